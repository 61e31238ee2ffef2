#include "model/unicodenormalizer.h"

#include "model/utf16.h"

namespace mdi {

namespace {

// Whether normalization can never combine c with anything before it: a starter that is not the
// second half of a canonical composition. Compatibility forms also decompose c itself (U+3150
// becomes a Hangul vowel that composes with what precedes), so for them only ASCII qualifies.
bool isNormalizationBoundary(char32_t c, QString::NormalizationForm form) {
  if (c < 0x80)
    return true;
  if (form == QString::NormalizationForm_KC || form == QString::NormalizationForm_KD)
    return false;
  if (QChar::combiningClass(c) != 0 || (c >= 0x1100 && c <= 0x11FF)) // marks; Hangul vowels and finals
    return false;
  const QChar::Category category = QChar::category(c);
  return category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
         category != QChar::Mark_Enclosing;
}

// QString::normalized() edits the string one character at a time, which turns quadratic when
// much of a long text changes (Hangul is decomposed and recomposed: a megabyte takes seconds).
// Normalization never reaches across a boundary character, so long texts are normalized in
// pieces of a few hundred characters cut before one.
QString normalizeInPieces(const QString &text, QString::NormalizationForm form) {
  constexpr qsizetype kPiece = 256;
  if (text.size() <= kPiece)
    return text.normalized(form);
  QString out;
  out.reserve(text.size() + text.size() / 8);
  qsizetype start = 0;
  for (qsizetype i = kPiece; i < text.size(); ++i) {
    if (text[i].isLowSurrogate() || !isNormalizationBoundary(utf16::codePointAt(text, i), form))
      continue;
    out += text.sliced(start, i - start).normalized(form);
    start = i;
    i += kPiece - 1;
  }
  out += text.sliced(start).normalized(form);
  return out;
}

} // namespace

QString UnicodeNormalizer::apply(QString text) const {
  for (QString::NormalizationForm form : m_forms)
    text = normalizeInPieces(text, form);
  return text;
}

} // namespace mdi
