#include "model/pretokenizer.h"

namespace mdi {

namespace {

// PCRE2's \s differs from White_Space (it includes U+180E, and without UCP it is ASCII only),
// so each \s and \S of a split pattern is replaced by the White_Space set written out.
QString adaptPattern(const QString &pattern) {
  static const QString whiteSpace =
      QStringLiteral("\\x{9}-\\x{d}\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                     "\\x{202f}\\x{205f}\\x{3000}");
  QString out;
  out.reserve(pattern.size() + 64);
  bool inClass = false;
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar c = pattern[i];
    if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
      const QChar e = pattern[i + 1];
      ++i;
      if (e == QLatin1Char('s')) {
        out += inClass ? whiteSpace : QLatin1Char('[') + whiteSpace + QLatin1Char(']');
      } else if (e == QLatin1Char('S') && !inClass) {
        out += QStringLiteral("[^") + whiteSpace + QLatin1Char(']');
      } else {
        out += c;
        out += e;
      }
      continue;
    }
    if (!inClass && c == QLatin1Char('[')) {
      inClass = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal member, not the end of the class.
      if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('^')) {
        out += pattern[++i];
      }
      if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char(']'))
        out += pattern[++i];
      continue;
    }
    if (inClass && c == QLatin1Char('[') && i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char(':')) {
      // POSIX class [:alpha:] inside a bracket expression: copy it whole.
      const qsizetype end = pattern.indexOf(QLatin1String(":]"), i + 2);
      if (end > 0) {
        out += pattern.mid(i, end + 2 - i);
        i = end + 1;
        continue;
      }
    }
    if (inClass && c == QLatin1Char(']'))
      inClass = false;
    out += c;
  }
  return out;
}

// GPT-2's pre-tokenizer regex, used by a ByteLevel pre-tokenizer with use_regex.
const char *const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

} // namespace

QString PreTokenizer::gpt2Pattern() {
  return QString::fromLatin1(kGpt2Pattern);
}

Status PreTokenizer::addSplit(const QString &pattern) {
  Step step;
  step.kind = Step::Kind::Split;
  step.regex = QRegularExpression(adaptPattern(pattern), QRegularExpression::UseUnicodePropertiesOption);
  if (!step.regex.isValid())
    return makeError(step.regex.errorString());
  step.regex.optimize();
  m_steps.push_back(std::move(step));
  return Status::ok();
}

void PreTokenizer::addPrefixSpace() {
  m_steps.push_back(Step{Step::Kind::PrefixSpace, {}});
}

} // namespace mdi
