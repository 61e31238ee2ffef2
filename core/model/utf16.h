#pragma once

#include <QChar>
#include <QStringView>

namespace mdi::utf16 {

// Code point and character class helpers over UTF-16 text shared by the tokenizer's parts (the
// added-token matcher and the Unicode normalizer), so each agrees with the `tokenizers` library
// on what a space or a word character is.

// Unicode White_Space, which is what \s means to the `tokenizers` library (Oniguruma) and to
// Python's regex module. QChar::isSpace() is exactly that set.
inline bool isWhiteSpace(char32_t c) {
  return QChar::isSpace(c);
}

// Rust regex's \w: alphabetic, marks, decimal digits, connector punctuation, join controls.
inline bool isWordChar(char32_t c) {
  if (QChar::isLetter(c) || QChar::isMark(c))
    return true;
  switch (QChar::category(c)) {
  case QChar::Number_DecimalDigit:
  case QChar::Number_Letter:
  case QChar::Punctuation_Connector:
    return true;
  default:
    return c == 0x200C || c == 0x200D;
  }
}

// The code point that ends just before pos (pos > 0).
inline char32_t codePointBefore(QStringView s, qsizetype pos) {
  const QChar low = s[pos - 1];
  if (low.isLowSurrogate() && pos >= 2 && s[pos - 2].isHighSurrogate())
    return QChar::surrogateToUcs4(s[pos - 2], low);
  return low.unicode();
}

// The code point that starts at pos (pos < size).
inline char32_t codePointAt(QStringView s, qsizetype pos) {
  const QChar high = s[pos];
  if (high.isHighSurrogate() && pos + 1 < s.size() && s[pos + 1].isLowSurrogate())
    return QChar::surrogateToUcs4(high, s[pos + 1]);
  return high.unicode();
}

} // namespace mdi::utf16
