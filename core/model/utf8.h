#pragma once

#include <QtGlobal>

namespace mdi::utf8 {

// UTF-8 structure checks shared by the tokenizer's decoding and the streaming decoder (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF).

// Length of the UTF-8 sequence a lead byte starts; 0 when the byte cannot start one.
inline int sequenceLength(uchar b) {
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

// Whether c may follow lead as its first continuation byte.
inline bool validSecond(uchar lead, uchar c) {
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

} // namespace mdi::utf8
