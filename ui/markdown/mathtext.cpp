#include "markdown/mathtext.h"

#include <QHash>
#include <QRegularExpression>

namespace mdi {

namespace {

const QHash<QString, QString> &symbols() {
  static const QHash<QString, QString> table = {
      {QStringLiteral("alpha"), QStringLiteral("α")},      {QStringLiteral("beta"), QStringLiteral("β")},
      {QStringLiteral("gamma"), QStringLiteral("γ")},      {QStringLiteral("delta"), QStringLiteral("δ")},
      {QStringLiteral("epsilon"), QStringLiteral("ε")},    {QStringLiteral("varepsilon"), QStringLiteral("ε")},
      {QStringLiteral("zeta"), QStringLiteral("ζ")},       {QStringLiteral("eta"), QStringLiteral("η")},
      {QStringLiteral("theta"), QStringLiteral("θ")},      {QStringLiteral("iota"), QStringLiteral("ι")},
      {QStringLiteral("kappa"), QStringLiteral("κ")},      {QStringLiteral("lambda"), QStringLiteral("λ")},
      {QStringLiteral("mu"), QStringLiteral("μ")},         {QStringLiteral("nu"), QStringLiteral("ν")},
      {QStringLiteral("xi"), QStringLiteral("ξ")},         {QStringLiteral("pi"), QStringLiteral("π")},
      {QStringLiteral("rho"), QStringLiteral("ρ")},        {QStringLiteral("sigma"), QStringLiteral("σ")},
      {QStringLiteral("tau"), QStringLiteral("τ")},        {QStringLiteral("phi"), QStringLiteral("φ")},
      {QStringLiteral("varphi"), QStringLiteral("φ")},     {QStringLiteral("chi"), QStringLiteral("χ")},
      {QStringLiteral("psi"), QStringLiteral("ψ")},        {QStringLiteral("omega"), QStringLiteral("ω")},
      {QStringLiteral("Gamma"), QStringLiteral("Γ")},      {QStringLiteral("Delta"), QStringLiteral("Δ")},
      {QStringLiteral("Theta"), QStringLiteral("Θ")},      {QStringLiteral("Lambda"), QStringLiteral("Λ")},
      {QStringLiteral("Pi"), QStringLiteral("Π")},         {QStringLiteral("Sigma"), QStringLiteral("Σ")},
      {QStringLiteral("Phi"), QStringLiteral("Φ")},        {QStringLiteral("Psi"), QStringLiteral("Ψ")},
      {QStringLiteral("Omega"), QStringLiteral("Ω")},      {QStringLiteral("infty"), QStringLiteral("∞")},
      {QStringLiteral("sum"), QStringLiteral("∑")},        {QStringLiteral("prod"), QStringLiteral("∏")},
      {QStringLiteral("int"), QStringLiteral("∫")},        {QStringLiteral("oint"), QStringLiteral("∮")},
      {QStringLiteral("partial"), QStringLiteral("∂")},    {QStringLiteral("nabla"), QStringLiteral("∇")},
      {QStringLiteral("times"), QStringLiteral("×")},      {QStringLiteral("cdot"), QStringLiteral("·")},
      {QStringLiteral("div"), QStringLiteral("÷")},        {QStringLiteral("pm"), QStringLiteral("±")},
      {QStringLiteral("mp"), QStringLiteral("∓")},         {QStringLiteral("le"), QStringLiteral("≤")},
      {QStringLiteral("leq"), QStringLiteral("≤")},        {QStringLiteral("ge"), QStringLiteral("≥")},
      {QStringLiteral("geq"), QStringLiteral("≥")},        {QStringLiteral("ne"), QStringLiteral("≠")},
      {QStringLiteral("neq"), QStringLiteral("≠")},        {QStringLiteral("approx"), QStringLiteral("≈")},
      {QStringLiteral("equiv"), QStringLiteral("≡")},      {QStringLiteral("sim"), QStringLiteral("∼")},
      {QStringLiteral("propto"), QStringLiteral("∝")},     {QStringLiteral("in"), QStringLiteral("∈")},
      {QStringLiteral("notin"), QStringLiteral("∉")},      {QStringLiteral("subset"), QStringLiteral("⊂")},
      {QStringLiteral("subseteq"), QStringLiteral("⊆")},   {QStringLiteral("cup"), QStringLiteral("∪")},
      {QStringLiteral("cap"), QStringLiteral("∩")},        {QStringLiteral("emptyset"), QStringLiteral("∅")},
      {QStringLiteral("forall"), QStringLiteral("∀")},     {QStringLiteral("exists"), QStringLiteral("∃")},
      {QStringLiteral("neg"), QStringLiteral("¬")},        {QStringLiteral("land"), QStringLiteral("∧")},
      {QStringLiteral("lor"), QStringLiteral("∨")},        {QStringLiteral("to"), QStringLiteral("→")},
      {QStringLiteral("rightarrow"), QStringLiteral("→")}, {QStringLiteral("leftarrow"), QStringLiteral("←")},
      {QStringLiteral("Rightarrow"), QStringLiteral("⇒")}, {QStringLiteral("Leftrightarrow"), QStringLiteral("⇔")},
      {QStringLiteral("implies"), QStringLiteral("⇒")},    {QStringLiteral("iff"), QStringLiteral("⇔")},
      {QStringLiteral("mapsto"), QStringLiteral("↦")},     {QStringLiteral("ldots"), QStringLiteral("…")},
      {QStringLiteral("cdots"), QStringLiteral("⋯")},      {QStringLiteral("dots"), QStringLiteral("…")},
      {QStringLiteral("circ"), QStringLiteral("∘")},       {QStringLiteral("degree"), QStringLiteral("°")},
      {QStringLiteral("angle"), QStringLiteral("∠")},      {QStringLiteral("perp"), QStringLiteral("⊥")},
      {QStringLiteral("parallel"), QStringLiteral("∥")},   {QStringLiteral("hbar"), QStringLiteral("ħ")},
      {QStringLiteral("ell"), QStringLiteral("ℓ")},        {QStringLiteral("Re"), QStringLiteral("ℜ")},
      {QStringLiteral("Im"), QStringLiteral("ℑ")},         {QStringLiteral("quad"), QStringLiteral("  ")},
      {QStringLiteral("qquad"), QStringLiteral("    ")},   {QStringLiteral("langle"), QStringLiteral("⟨")},
      {QStringLiteral("rangle"), QStringLiteral("⟩")},     {QStringLiteral("lfloor"), QStringLiteral("⌊")},
      {QStringLiteral("rfloor"), QStringLiteral("⌋")},     {QStringLiteral("lceil"), QStringLiteral("⌈")},
      {QStringLiteral("rceil"), QStringLiteral("⌉")},
  };
  return table;
}

QChar superscript(QChar c) {
  static const QString from = QStringLiteral("0123456789+-=()ni");
  static const QString to = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ");
  const qsizetype i = from.indexOf(c);
  return i < 0 ? QChar() : to.at(i);
}

QChar subscript(QChar c) {
  static const QString from = QStringLiteral("0123456789+-=()aeoxijnmkt");
  static const QString to = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓᵢⱼₙₘₖₜ");
  const qsizetype i = from.indexOf(c);
  return i < 0 ? QChar() : to.at(i);
}

// The group at `pos` ({…} or one character), its end in *end.
QString group(const QString &tex, qsizetype pos, qsizetype *end) {
  if (pos >= tex.size()) {
    *end = pos;
    return {};
  }
  if (tex.at(pos) != QLatin1Char('{')) {
    *end = pos + 1;
    return tex.mid(pos, 1);
  }
  int depth = 0;
  for (qsizetype i = pos; i < tex.size(); ++i) {
    if (tex.at(i) == QLatin1Char('{'))
      ++depth;
    else if (tex.at(i) == QLatin1Char('}') && --depth == 0) {
      *end = i + 1;
      return tex.mid(pos + 1, i - pos - 1);
    }
  }
  *end = tex.size();
  return tex.mid(pos + 1);
}

// A group in parentheses unless it is one symbol.
QString wrapped(const QString &text) {
  return text.size() <= 1 ? text : QStringLiteral("(") + text + QStringLiteral(")");
}

// Code span delimiters longer than any backtick run in the text.
QString codeSpan(const QString &text) {
  int longest = 0;
  int run = 0;
  for (QChar c : text) {
    run = c == QLatin1Char('`') ? run + 1 : 0;
    longest = qMax(longest, run);
  }
  const QString ticks(longest + 1, QLatin1Char('`'));
  const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
  return pad ? ticks + QLatin1Char(' ') + text + QLatin1Char(' ') + ticks : ticks + text + ticks;
}

} // namespace

QString MathText::toUnicode(const QString &tex) {
  QString out;
  for (qsizetype i = 0; i < tex.size();) {
    const QChar c = tex.at(i);
    if (c == QLatin1Char('\\')) {
      qsizetype j = i + 1;
      while (j < tex.size() && tex.at(j).isLetter())
        ++j;
      if (j == i + 1) { // \, \; \{ and the like
        const QChar next = i + 1 < tex.size() ? tex.at(i + 1) : QChar();
        if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char(' '))
          out += QLatin1Char(' ');
        else if (!next.isNull() && next != QLatin1Char('!'))
          out += next;
        i += 2;
        continue;
      }
      const QString name = tex.mid(i + 1, j - i - 1);
      if (name == QLatin1String("frac") || name == QLatin1String("dfrac") || name == QLatin1String("tfrac")) {
        qsizetype end = 0;
        const QString numerator = toUnicode(group(tex, j, &end));
        const QString denominator = toUnicode(group(tex, end, &end));
        out += wrapped(numerator) + QLatin1Char('/') + wrapped(denominator);
        i = end;
      } else if (name == QLatin1String("sqrt")) {
        qsizetype end = 0;
        out += QStringLiteral("√") + wrapped(toUnicode(group(tex, j, &end)));
        i = end;
      } else if (name == QLatin1String("text") || name == QLatin1String("mathrm") || name == QLatin1String("mathbf") ||
                 name == QLatin1String("mathit") || name == QLatin1String("operatorname") ||
                 name == QLatin1String("textbf") || name == QLatin1String("mathbb")) {
        qsizetype end = 0;
        out += toUnicode(group(tex, j, &end));
        i = end;
      } else if (name == QLatin1String("left") || name == QLatin1String("right") || name == QLatin1String("big") ||
                 name == QLatin1String("Big") || name == QLatin1String("displaystyle")) {
        i = j; // sizes only: the delimiter that follows stays
      } else if (const auto it = symbols().constFind(name); it != symbols().constEnd()) {
        out += *it;
        i = j;
      } else {
        // Functions read as their names (\sin -> sin); anything else stays as written.
        static const QStringList functions = {QStringLiteral("sin"), QStringLiteral("cos"), QStringLiteral("tan"),
                                              QStringLiteral("log"), QStringLiteral("ln"),  QStringLiteral("exp"),
                                              QStringLiteral("lim"), QStringLiteral("max"), QStringLiteral("min")};
        out += functions.contains(name) ? name : tex.mid(i, j - i);
        i = j;
      }
      continue;
    }
    if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
      qsizetype end = 0;
      const QString body = toUnicode(group(tex, i + 1, &end));
      QString converted;
      for (QChar b : body) {
        const QChar s = c == QLatin1Char('^') ? superscript(b) : subscript(b);
        if (s.isNull()) {
          converted.clear();
          break;
        }
        converted += s;
      }
      if (converted.isEmpty() && !body.isEmpty())
        converted = QString(c) + wrapped(body);
      out += converted;
      i = end;
      continue;
    }
    if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
      ++i;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

QString MathText::markdownWithMath(const QString &markdown) {
  if (!markdown.contains(QLatin1Char('$')) && !markdown.contains(QLatin1Char('\\')))
    return markdown;
  QString out;
  out.reserve(markdown.size());
  const qsizetype n = markdown.size();
  for (qsizetype i = 0; i < n;) {
    const QChar c = markdown.at(i);
    // A code span: copied as it is.
    if (c == QLatin1Char('`')) {
      qsizetype run = i;
      while (run < n && markdown.at(run) == QLatin1Char('`'))
        ++run;
      const QString ticks = markdown.mid(i, run - i);
      const qsizetype close = markdown.indexOf(ticks, run);
      const qsizetype end = close < 0 ? run : close + ticks.size();
      out += markdown.mid(i, end - i);
      i = end;
      continue;
    }
    QString open;
    QString closer;
    if (markdown.mid(i, 2) == QLatin1String("$$")) {
      open = QStringLiteral("$$");
      closer = QStringLiteral("$$");
    } else if (markdown.mid(i, 2) == QLatin1String("\\[")) {
      open = QStringLiteral("\\[");
      closer = QStringLiteral("\\]");
    } else if (markdown.mid(i, 2) == QLatin1String("\\(")) {
      open = QStringLiteral("\\(");
      closer = QStringLiteral("\\)");
    } else if (c == QLatin1Char('$') && (i == 0 || markdown.at(i - 1) != QLatin1Char('\\'))) {
      open = closer = QStringLiteral("$");
    }
    if (open.isEmpty()) {
      out += c;
      ++i;
      continue;
    }
    const qsizetype start = i + open.size();
    qsizetype close = markdown.indexOf(closer, start);
    bool math = close > start;
    if (math && open == QLatin1String("$")) {
      // Not a dollar amount: no space inside the dollars, no digit after, one line.
      const QString body = markdown.mid(start, close - start);
      math = !body.at(0).isSpace() && !body.back().isSpace() && !body.contains(QLatin1Char('\n')) &&
             !(close + 1 < n && markdown.at(close + 1).isDigit());
    }
    if (!math) {
      out += markdown.mid(i, open.size());
      i += open.size();
      continue;
    }
    const QString body = markdown.mid(start, close - start).simplified();
    out += codeSpan(toUnicode(body));
    i = close + closer.size();
  }
  return out;
}

} // namespace mdi
