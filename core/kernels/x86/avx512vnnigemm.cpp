// The AVX-512 VNNI matrix-product kernels (prefill, the vision tower) for Q8 and Q4 weights: an
// integer product of the weights with x quantized per block of 32 (LinearJob::xq/xd, as the
// matrix-vector kernels use), on vpdpbusd. F32 and BF16 use the float kernels of avx512gemm.cpp.
// Blocking, packing and weight expansion: x86gemmcommon.h.
//
// y[r, n] = bias[n] + sum over blocks of dx[r] * dw[n] * (sum over the block of xq * wq), the
// integer sums exact. vpdpbusd multiplies unsigned by signed bytes: the weights are made unsigned
// (Q4's codes c = wq + 8 as they are, Q8's wq + 128) and each block's integer accumulator starts
// at -zeroPoint * sum(xq of the block), which the packing of x computes. Per block and output the
// integer sum is converted to float and added times dx * dw to a float accumulator: a 6 x 32
// micro-kernel with 12 integer and 12 float accumulators (24 of the 32 zmm registers).

#include "kernels/x86/x86gemm.h"
#include "kernels/x86/x86gemmcommon.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>

namespace mdi::kernels {

namespace {

constexpr int kMr = 6;            // rows of x per micro-kernel
constexpr int kNr = 32;           // output rows per panel; divides the row grain 64
constexpr int64_t kKcBlocks = 16; // blocks of 32 inputs per slice
constexpr int64_t kMc = 384;      // rows of x per packed block: a multiple of kMr

GemmScratch &scratch() {
  thread_local GemmScratch s;
  s.ensure(gemmQuantXBytes(kMc, kKcBlocks), gemmQuantPanelBytes(kNr, kKcBlocks));
  return s;
}

// int32 to float. (_mm512_cvtepi32_ps's undefined pass-through trips GCC 12's
// -Wmaybe-uninitialized; with a full mask this is the same instruction.)
inline __m512 toFloat(__m512i v) {
  return _mm512_maskz_cvtepi32_ps(__mmask16(0xffff), v);
}

template <int R>
void microKernel(const uint8_t *xp, const int32_t *xCorr, const float *xScale, const uint8_t *wp, const float *wScale,
                 const int32_t *, int64_t nb, float *y, int64_t ldy, int cols, bool accumulate, const float *bias) {
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    _mm_prefetch(reinterpret_cast<const char *>(y + i * ldy), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char *>(y + i * ldy + kNr - 1), _MM_HINT_T0);
  }
  __m512 f[R][2];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i)
    f[i][0] = f[i][1] = _mm512_setzero_ps();
  for (int64_t bb = 0; bb < nb; ++bb) {
    __m512i c[R][2];
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i)
      c[i][0] = c[i][1] = _mm512_set1_epi32(xCorr[i]);
    MDI_GEMM_UNROLL
    for (int q = 0; q < 8; ++q) {
      const __m512i w0 = _mm512_load_si512(wp + q * kNr * 4);
      const __m512i w1 = _mm512_load_si512(wp + q * kNr * 4 + 64);
      MDI_GEMM_UNROLL
      for (int i = 0; i < R; ++i) {
        int32_t four;
        std::memcpy(&four, xp + (q * kMr + i) * 4, 4);
        const __m512i a = _mm512_set1_epi32(four);
        c[i][0] = _mm512_dpbusd_epi32(c[i][0], w0, a);
        c[i][1] = _mm512_dpbusd_epi32(c[i][1], w1, a);
      }
    }
    const __m512 d0 = _mm512_load_ps(wScale), d1 = _mm512_load_ps(wScale + 16);
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      const __m512 dx = _mm512_set1_ps(xScale[i]);
      f[i][0] = _mm512_fmadd_ps(toFloat(c[i][0]), _mm512_mul_ps(d0, dx), f[i][0]);
      f[i][1] = _mm512_fmadd_ps(toFloat(c[i][1]), _mm512_mul_ps(d1, dx), f[i][1]);
    }
    xp += 8 * kMr * 4;
    xCorr += kMr;
    xScale += kMr;
    wp += 8 * kNr * 4;
    wScale += kNr;
  }
  const __mmask16 m0 = cols >= 16 ? __mmask16(0xffff) : __mmask16((1u << cols) - 1);
  const __mmask16 m1 = cols >= 32 ? __mmask16(0xffff) : cols <= 16 ? __mmask16(0) : __mmask16((1u << (cols - 16)) - 1);
  const __m512 bias0 = bias ? _mm512_maskz_loadu_ps(m0, bias) : _mm512_setzero_ps();
  const __m512 bias1 = bias ? _mm512_maskz_loadu_ps(m1, bias + 16) : _mm512_setzero_ps();
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    float *row = y + i * ldy;
    __m512 v0 = f[i][0], v1 = f[i][1];
    if (accumulate) {
      v0 = _mm512_add_ps(_mm512_maskz_loadu_ps(m0, row), v0);
      v1 = _mm512_add_ps(_mm512_maskz_loadu_ps(m1, row + 16), v1);
    }
    _mm512_mask_storeu_ps(row, m0, _mm512_add_ps(v0, bias0));
    _mm512_mask_storeu_ps(row + 16, m1, _mm512_add_ps(v1, bias1));
  }
}

constexpr GemmQuantKernel kMicroKernels[kMr + 1] = {nullptr,        microKernel<1>, microKernel<2>, microKernel<3>,
                                                    microKernel<4>, microKernel<5>, microKernel<6>};

template <WeightFormat F> void gemm(const LinearJob &job, int64_t begin, int64_t end) {
  // x signed, its correction -zeroPoint * sum(xq); the weights unsigned (Q8 xor 0x80).
  if (begin < end)
    gemmQuant<F, kMr, kNr, kKcBlocks, kMc>(job, begin, end, scratch(), 0, F == WeightFormat::Q8 ? -128 : -8,
                                           int8_t(-128), false, kMicroKernels);
}

} // namespace

LinearFn avx512VnniGemm(WeightFormat format) {
  switch (format) {
  case WeightFormat::Q8:
    return gemm<WeightFormat::Q8>;
  case WeightFormat::Q4:
    return gemm<WeightFormat::Q4>;
  default:
    return avx512Gemm(format);
  }
}

bool avx512VnniGemmWantsQuantizedX(WeightFormat format) {
  return format == WeightFormat::Q8 || format == WeightFormat::Q4;
}

} // namespace mdi::kernels
