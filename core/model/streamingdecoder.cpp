#include "model/streamingdecoder.h"

namespace mdi {

namespace {

// Length of a UTF-8 sequence that starts with lead byte b; 0 when b cannot start one.
int sequenceLength(uchar b) {
  if (b < 0x80)
    return 1;
  if (b >= 0xC2 && b <= 0xDF)
    return 2;
  if (b >= 0xE0 && b <= 0xEF)
    return 3;
  if (b >= 0xF0 && b <= 0xF4)
    return 4;
  return 0;
}

// Whether byte c may follow lead byte lead as its first continuation (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
bool validSecond(uchar lead, uchar c) {
  switch (lead) {
  case 0xE0:
    return c >= 0xA0 && c <= 0xBF;
  case 0xED:
    return c >= 0x80 && c <= 0x9F;
  case 0xF0:
    return c >= 0x90 && c <= 0xBF;
  case 0xF4:
    return c >= 0x80 && c <= 0x8F;
  default:
    return c >= 0x80 && c <= 0xBF;
  }
}

// Number of trailing bytes that form the valid beginning of a character still missing bytes.
qsizetype incompleteTail(const QByteArray &bytes) {
  const qsizetype n = bytes.size();
  for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
    const auto lead = uchar(bytes[n - k]);
    if (lead >= 0x80 && lead < 0xC0)
      continue; // a continuation byte: the lead is further back
    const int length = sequenceLength(lead);
    if (length <= k)
      return 0; // complete, or not a lead byte at all
    for (qsizetype j = 1; j < k; ++j) {
      const auto c = uchar(bytes[n - k + j]);
      if (j == 1 ? !validSecond(lead, c) : (c < 0x80 || c > 0xBF))
        return 0; // can never complete: let the decoder replace it now
    }
    return k;
  }
  return 0;
}

} // namespace

StreamingDecoder::StreamingDecoder(const Tokenizer &tokenizer, bool skipSpecialTokens) :
    m_tokenizer(tokenizer), m_skipSpecialTokens(skipSpecialTokens) {}

QString StreamingDecoder::push(int id) {
  if (m_skipSpecialTokens && m_tokenizer.isSpecial(id))
    return {};
  m_pending += m_tokenizer.tokenBytes(id);
  const qsizetype hold = incompleteTail(m_pending);
  if (hold == m_pending.size())
    return {};
  const QString text = Tokenizer::decodeUtf8(QByteArrayView(m_pending).first(m_pending.size() - hold));
  m_pending.remove(0, m_pending.size() - hold);
  return text;
}

QString StreamingDecoder::flush() {
  const QString text = Tokenizer::decodeUtf8(m_pending);
  m_pending.clear();
  return text;
}

void StreamingDecoder::reset() {
  m_pending.clear();
}

} // namespace mdi
