#pragma once

#include <cstdint>
#include <cstring>

// Scalar conversions between float32 and the 16-bit float formats, for packing weights and for
// the scalar kernels (the vector kernels use F16C/NEON conversions, which round the same way).
namespace mdi::kernels {

inline float bf16ToFloat(uint16_t b) {
  const uint32_t u = uint32_t(b) << 16;
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// Round to nearest even; NaN stays a (quiet) NaN.
inline uint16_t floatToBf16(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u)
    return uint16_t((u >> 16) | 0x40u);
  u += 0x7fffu + ((u >> 16) & 1u);
  return uint16_t(u >> 16);
}

inline float f16ToFloat(uint16_t h) {
  const uint32_t sign = uint32_t(h & 0x8000u) << 16;
  uint32_t exponent = (h >> 10) & 0x1fu;
  uint32_t mantissa = h & 0x3ffu;
  uint32_t u;
  if (exponent == 0x1f) { // inf / NaN
    u = sign | 0x7f800000u | (mantissa << 13);
  } else if (exponent != 0) {
    u = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) {
    u = sign;
  } else { // subnormal: normalise
    exponent = 113;
    while ((mantissa & 0x400u) == 0) {
      mantissa <<= 1;
      --exponent;
    }
    u = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
  }
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// Round to nearest even, overflow to infinity, subnormals kept (as F16C's vcvtps2ph does).
inline uint16_t floatToF16(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  const uint16_t sign = uint16_t((u >> 16) & 0x8000u);
  u &= 0x7fffffffu;
  if (u > 0x7f800000u)
    return uint16_t(sign | 0x7e00u);
  if (u >= 0x477ff000u) // rounds to >= 65520: infinity
    return uint16_t(sign | 0x7c00u);
  if (u >= 0x38800000u) { // normal half
    const uint32_t rounded = u + 0xfffu + ((u >> 13) & 1u);
    return uint16_t(sign | ((rounded - 0x38000000u) >> 13));
  }
  if (u < 0x33000000u) // below half the smallest subnormal
    return sign;
  // Subnormal half: shift the full mantissa into place with round to nearest even.
  const uint32_t exponent = u >> 23;
  const uint32_t mantissa = (u & 0x7fffffu) | 0x800000u;
  const uint32_t shift = 126 - exponent; // 14..24
  const uint32_t half = mantissa >> shift;
  const uint32_t rest = mantissa & ((1u << shift) - 1);
  const uint32_t midpoint = 1u << (shift - 1);
  const uint32_t up = rest > midpoint || (rest == midpoint && (half & 1u));
  return uint16_t(sign | (half + up));
}

} // namespace mdi::kernels
