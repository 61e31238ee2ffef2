// The AVX-512 (F/BW/VL/DQ) matrix-product kernels (prefill, the vision tower): y = x W^T + bias for
// many rows of x. Blocking, packing and weight expansion: x86gemmcommon.h.
//
// F32, BF16, Q8: the weights expanded to float32, a 12 x 32 micro-kernel of FMAs (24 zmm
// accumulators, x broadcast).
//
// Q4: the integer product of avx2gemm.cpp on zmm registers (vpmaddubsw of xq + 128 by the codes,
// 16-bit sums added with vpaddq, corrected and scaled once per block), 6 x 32 with the float sums
// in registers too.

#include "kernels/x86/x86gemm.h"
#include "kernels/x86/x86gemmcommon.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>

namespace mdi::kernels {

namespace {

constexpr int kMr = 12;           // rows of x per float micro-kernel
constexpr int kQMr = 6;           // rows of x per integer micro-kernel
constexpr int kNr = 32;           // output rows per panel; divides the row grain 64
constexpr int64_t kKc = 192;      // inputs per slice (float path): a multiple of 32
constexpr int64_t kKcBlocks = 32; // blocks of 32 inputs per slice (integer path)
constexpr int64_t kMc = 384;      // rows of x per packed block: a multiple of kMr and kQMr

GemmScratch &scratch() {
  thread_local GemmScratch s;
  s.ensure(gemmMax(kMc * kKc * 4 + 256, gemmQuantXBytes(kMc, kKcBlocks)),
           gemmMax(kKc * kNr * 4, gemmQuantPanelBytes(kNr, kKcBlocks)));
  return s;
}

// int32 to float. (_mm512_cvtepi32_ps's undefined pass-through trips GCC 12's
// -Wmaybe-uninitialized; with a full mask this is the same instruction.)
inline __m512 toFloat(__m512i v) {
  return _mm512_maskz_cvtepi32_ps(__mmask16(0xffff), v);
}

// y[R rows, cols <= kNr] = c (+ y if accumulate) (+ bias).
template <int R>
inline void storeTile(const __m512 (&c)[R][2], float *y, int64_t ldy, int cols, bool accumulate, const float *bias) {
  const __mmask16 m0 = cols >= 16 ? __mmask16(0xffff) : __mmask16((1u << cols) - 1);
  const __mmask16 m1 = cols >= 32 ? __mmask16(0xffff) : cols <= 16 ? __mmask16(0) : __mmask16((1u << (cols - 16)) - 1);
  const __m512 bias0 = bias ? _mm512_maskz_loadu_ps(m0, bias) : _mm512_setzero_ps();
  const __m512 bias1 = bias ? _mm512_maskz_loadu_ps(m1, bias + 16) : _mm512_setzero_ps();
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    float *row = y + i * ldy;
    __m512 v0 = c[i][0], v1 = c[i][1];
    if (accumulate) {
      v0 = _mm512_add_ps(_mm512_maskz_loadu_ps(m0, row), v0);
      v1 = _mm512_add_ps(_mm512_maskz_loadu_ps(m1, row + 16), v1);
    }
    _mm512_mask_storeu_ps(row, m0, _mm512_add_ps(v0, bias0));
    _mm512_mask_storeu_ps(row + 16, m1, _mm512_add_ps(v1, bias1));
  }
}

// The tile of y is read or written only after the sums: fetch it meanwhile.
template <int R> inline void prefetchTile(const float *y, int64_t ldy) {
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    _mm_prefetch(reinterpret_cast<const char *>(y + i * ldy), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char *>(y + i * ldy + kNr - 1), _MM_HINT_T0);
  }
}

// ---- Float path.

template <int R>
void microKernel(const float *xp, const float *wp, int64_t kc, float *y, int64_t ldy, int cols, bool accumulate,
                 const float *bias) {
  prefetchTile<R>(y, ldy);
  __m512 c[R][2];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i)
    c[i][0] = c[i][1] = _mm512_setzero_ps();
  for (int64_t k = 0; k < kc; ++k) {
    const __m512 b0 = _mm512_load_ps(wp), b1 = _mm512_load_ps(wp + 16);
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      const __m512 a = _mm512_set1_ps(xp[i]);
      c[i][0] = _mm512_fmadd_ps(a, b0, c[i][0]);
      c[i][1] = _mm512_fmadd_ps(a, b1, c[i][1]);
    }
    xp += kMr;
    wp += kNr;
  }
  storeTile<R>(c, y, ldy, cols, accumulate, bias);
}

constexpr GemmFloatKernel kMicroKernels[kMr + 1] = {
    nullptr,        microKernel<1>, microKernel<2>, microKernel<3>,  microKernel<4>,  microKernel<5>, microKernel<6>,
    microKernel<7>, microKernel<8>, microKernel<9>, microKernel<10>, microKernel<11>, microKernel<12>};

template <WeightFormat F> void gemm(const LinearJob &job, int64_t begin, int64_t end) {
  if (begin < end)
    gemmFloat<F, kMr, kNr, kKc, kMc>(job, begin, end, scratch(), kMicroKernels);
}

// ---- Q4 on quantized x (see avx2gemm.cpp).

template <int R>
void microKernelQ4(const uint8_t *xp, const int32_t *xCorr, const float *xScale, const uint8_t *wp, const float *wScale,
                   const int32_t *wCorr, int64_t nb, float *y, int64_t ldy, int cols, bool accumulate,
                   const float *bias) {
  prefetchTile<R>(y, ldy);
  __m512 f[R][2];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i)
    f[i][0] = f[i][1] = _mm512_setzero_ps();
  const __m512i ones = _mm512_set1_epi16(1);
  const __m512i signs = _mm512_set1_epi16(-32768);
  for (int64_t bb = 0; bb < nb; ++bb) {
    __m512i c[R][2];
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i)
      c[i][0] = c[i][1] = _mm512_setzero_si512();
    for (int q = 0; q < 8; ++q) {
      const __m512i w0 = _mm512_load_si512(wp + q * kNr * 4);
      const __m512i w1 = _mm512_load_si512(wp + q * kNr * 4 + 64);
      MDI_GEMM_UNROLL
      for (int i = 0; i < R; ++i) {
        int32_t four;
        std::memcpy(&four, xp + (q * kQMr + i) * 4, 4);
        const __m512i u = _mm512_set1_epi32(four);
        c[i][0] = _mm512_add_epi64(c[i][0], _mm512_maddubs_epi16(u, w0));
        c[i][1] = _mm512_add_epi64(c[i][1], _mm512_maddubs_epi16(u, w1));
      }
    }
    const __m512 d0 = _mm512_load_ps(wScale), d1 = _mm512_load_ps(wScale + 16);
    const __m512i e0 = _mm512_load_si512(wCorr), e1 = _mm512_load_si512(wCorr + 16);
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      const __m512 dx = _mm512_set1_ps(xScale[i]);
      const __m512i corr = _mm512_set1_epi32(xCorr[i]);
      const __m512i s0 = _mm512_add_epi32(_mm512_madd_epi16(_mm512_xor_si512(c[i][0], signs), ones), corr);
      const __m512i s1 = _mm512_add_epi32(_mm512_madd_epi16(_mm512_xor_si512(c[i][1], signs), ones), corr);
      f[i][0] = _mm512_fmadd_ps(toFloat(_mm512_add_epi32(s0, e0)), _mm512_mul_ps(d0, dx), f[i][0]);
      f[i][1] = _mm512_fmadd_ps(toFloat(_mm512_add_epi32(s1, e1)), _mm512_mul_ps(d1, dx), f[i][1]);
    }
    xp += 8 * kQMr * 4;
    xCorr += kQMr;
    xScale += kQMr;
    wp += 8 * kNr * 4;
    wScale += kNr;
    wCorr += kNr;
  }
  storeTile<R>(f, y, ldy, cols, accumulate, bias);
}

constexpr GemmQuantKernel kMicroKernelsQ4[kQMr + 1] = {nullptr,          microKernelQ4<1>, microKernelQ4<2>,
                                                       microKernelQ4<3>, microKernelQ4<4>, microKernelQ4<5>,
                                                       microKernelQ4<6>};

void gemmQ4(const LinearJob &job, int64_t begin, int64_t end) {
  if (begin < end)
    gemmQuant<WeightFormat::Q4, kQMr, kNr, kKcBlocks, kMc>(job, begin, end, scratch(), int8_t(-128), -8, 0, true,
                                                           kMicroKernelsQ4);
}

} // namespace

LinearFn avx512Gemm(WeightFormat format) {
  switch (format) {
  case WeightFormat::F32:
    return gemm<WeightFormat::F32>;
  case WeightFormat::BF16:
    return gemm<WeightFormat::BF16>;
  case WeightFormat::Q8:
    return gemm<WeightFormat::Q8>;
  case WeightFormat::Q4:
    return gemmQ4;
  }
  return nullptr;
}

bool avx512GemmWantsQuantizedX(WeightFormat format) {
  return format == WeightFormat::Q4;
}

} // namespace mdi::kernels
