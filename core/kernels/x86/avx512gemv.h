#pragma once

// Internal to avx512kernels.cpp and avx512vnnikernels.cpp (compiled with AVX-512 flags; the same
// internal-linkage rule as avx2gemv.h, which this extends): the F32 and BF16 matrix-vector kernels
// on 512-bit vectors, with masked loads for the rows' last values. The Q8/Q4 kernels stay on
// 256-bit vectors (avx2gemv.h): per block of 32 they are as many instructions either way, and
// on Zen 4, which splits 512-bit operations in two, the 256-bit form costs fewer cycles.

#include "kernels/x86/avx2gemv.h"

#include <immintrin.h>

namespace mdi::kernels {

namespace {

// The two 256-bit halves added: the partial sums gemvSums reduces. (The all-ones masked forms of
// the intrinsics here: GCC 12 warns inside the unmasked ones, which start from an undefined
// vector, even in _mm512_castps512_ps256.)
inline __m256 gemvFold512(__m512 v) {
  const __m512d d = _mm512_castps_pd(v);
  return _mm256_add_ps(_mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xff, d, 0)),
                       _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(0xff, d, 1)));
}

struct Float512 {
  using Vec = __m512;
  using Mask = __mmask16;
  static constexpr int kLanes = 16;
  static Vec zero() { return _mm512_setzero_ps(); }
  static Vec add(Vec a, Vec b) { return _mm512_add_ps(a, b); }
  static Vec fmadd(Vec a, Vec b, Vec c) { return _mm512_fmadd_ps(a, b, c); }
  static Mask tailMask(int64_t n) { return Mask((1u << n) - 1); }
  static Vec loadX(const float *p) { return _mm512_loadu_ps(p); }
  static Vec loadXTail(const float *p, Mask mask) { return _mm512_maskz_loadu_ps(mask, p); }
  static __m256 fold(Vec v) { return gemvFold512(v); }
};

// Narrow, kNarrowMs (bit m): for these m the 256-bit kernel streamed faster from memory (measured on
// Zen 4: F32 at m = 1 and 2, BF16 at m = 2).
struct F32Rows512 : Float512 {
  using Elem = float;
  using Narrow = F32Rows;
  static constexpr unsigned kNarrowMs = 0b110;
  static Vec load(const float *p) { return _mm512_loadu_ps(p); }
  static Vec loadTail(const float *p, int64_t, Mask mask) { return _mm512_maskz_loadu_ps(mask, p); }
};

struct Bf16Rows512 : Float512 {
  using Elem = uint16_t;
  using Narrow = Bf16Rows;
  static constexpr unsigned kNarrowMs = 0b100;
  static Vec widen(__m256i h) {
    return _mm512_castsi512_ps(_mm512_maskz_slli_epi32(0xffff, _mm512_maskz_cvtepu16_epi32(0xffff, h), 16));
  }
  static Vec load(const uint16_t *p) { return widen(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(p))); }
  static Vec loadTail(const uint16_t *p, int64_t, Mask mask) { return widen(_mm256_maskz_loadu_epi16(mask, p)); }
};

// U accumulators per x row, M * U of 32 registers.
template <class W> void gemvFloat512(const LinearJob &job, int64_t begin, int64_t end) {
  switch (job.m) {
  case 1:
    if constexpr ((W::kNarrowMs & 2) != 0)
      return gemvFloatRows<typename W::Narrow, 1, 4>(job, begin, end);
    else
      return gemvFloatRows<W, 1, 2>(job, begin, end);
  case 2:
    if constexpr ((W::kNarrowMs & 4) != 0)
      return gemvFloatRows<typename W::Narrow, 2, 2>(job, begin, end);
    else
      return gemvFloatRows<W, 2, 2>(job, begin, end);
  case 3:
    return gemvFloatRows<W, 3, 2>(job, begin, end);
  case 4:
    return gemvFloatRows<W, 4, 2>(job, begin, end);
  case 5:
    return gemvFloatRows<W, 5, 2>(job, begin, end);
  case 6:
    return gemvFloatRows<W, 6, 2>(job, begin, end);
  case 7:
    return gemvFloatRows<W, 7, 2>(job, begin, end);
  default:
    return gemvFloatRows<W, 8, 2>(job, begin, end);
  }
}

} // namespace

} // namespace mdi::kernels
