#include "model/bytelevelalphabet.h"

namespace mdi {

ByteLevelAlphabet::ByteLevelAlphabet() {
  m_charToByte.fill(-1);
  int next = 256;
  for (int b = 0; b < 256; ++b) {
    const bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    const int c = printable ? b : next++;
    m_byteToChar[size_t(b)] = char16_t(c);
    m_charToByte[size_t(c)] = b;
  }
}

const ByteLevelAlphabet &ByteLevelAlphabet::instance() {
  static const ByteLevelAlphabet alphabet;
  return alphabet;
}

bool ByteLevelAlphabet::toBytes(const QString &spelled, QByteArray &out) const {
  out.clear();
  out.reserve(spelled.size());
  for (QChar c : spelled) {
    const char16_t u = c.unicode();
    if (u >= m_charToByte.size() || m_charToByte[u] < 0)
      return false;
    out.append(char(m_charToByte[u]));
  }
  return true;
}

} // namespace mdi
