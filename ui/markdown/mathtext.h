#pragma once

#include <QString>

namespace mdi {

// Simple TeX math in answers, made readable without a math renderer: $…$, \(…\), $$…$$ and
// \[…\] become code spans whose TeX is turned into Unicode where it maps to a character
// (\alpha -> α, x^2 -> x², a_1 -> a₁, \frac{a}{b} -> (a)/(b), \int -> ∫, \le -> ≤, \sqrt{x} -> √(x)).
// What it does not know stays as written. Dollar amounts ("$5 and $6") are not math: an opening
// $ must be followed, and a closing one preceded, by a non-space, and no digit may follow the
// closing one. Code spans are left alone.
class MathText {
public:
  // The Markdown with its math as code spans (a formula alone in a paragraph becomes a paragraph
  // of its own).
  static QString markdownWithMath(const QString &markdown);
  // TeX to Unicode, as far as it goes.
  static QString toUnicode(const QString &tex);
};

} // namespace mdi
