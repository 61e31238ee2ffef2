#include "model/streamingdecoder.h"

#include "model/utf8.h"

namespace mdi {

namespace {

// Number of trailing bytes that form the valid beginning of a character still missing bytes.
qsizetype incompleteTail(const QByteArray &bytes) {
  const qsizetype n = bytes.size();
  for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
    const auto lead = uchar(bytes[n - k]);
    if (lead >= 0x80 && lead < 0xC0)
      continue; // a continuation byte: the lead is further back
    const int length = utf8::sequenceLength(lead);
    if (length <= k)
      return 0; // complete, or not a lead byte at all
    for (qsizetype j = 1; j < k; ++j) {
      const auto c = uchar(bytes[n - k + j]);
      if (j == 1 ? !utf8::validSecond(lead, c) : (c < 0x80 || c > 0xBF))
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
