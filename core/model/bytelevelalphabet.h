#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace mdi {

// GPT-2's reversible map from bytes to printable code points, in which byte-level vocabularies
// are spelled: printable Latin-1 bytes stand for themselves, the others become U+0100 upwards.
// The tokenizer.json loader reads the vocabulary and merges through it.
class ByteLevelAlphabet {
public:
  static const ByteLevelAlphabet &instance();

  // The code point that spells byte b.
  char16_t charOf(uchar b) const { return m_byteToChar[b]; }
  // Byte-level spelling -> raw bytes; false when a character is outside the byte-level alphabet.
  bool toBytes(const QString &spelled, QByteArray &out) const;

private:
  ByteLevelAlphabet();

  std::array<char16_t, 256> m_byteToChar{};
  std::array<int, 0x144> m_charToByte{}; // -1 where the code point is not a byte-level character
};

} // namespace mdi
