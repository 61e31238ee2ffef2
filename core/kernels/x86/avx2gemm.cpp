// The AVX2 + FMA + F16C matrix-product kernels (prefill, the vision tower): y = x W^T + bias for
// many rows of x. Blocking, packing and weight expansion: x86gemmcommon.h.
//
// F32, BF16, Q8: the weights expanded to float32, a 6 x 16 micro-kernel of FMAs (12 ymm
// accumulators, x broadcast), at the speed of a float32 sgemm for every format.
//
// Q4: an integer product with x quantized per block of 32 (LinearJob::xq/xd, as the matrix-vector
// kernels use), about twice as fast as the float path:
//   y[r, n] = bias[n] + sum over blocks of dx[r] * dw[n] * (sum over the block of xq * (c - 8))
// with c the 4-bit codes and the integer sums exact. vpmaddubsw multiplies u = xq + 128 (unsigned,
// 1..255) by the codes (0..15) in pairs: every 16-bit lane stays non-negative and a block's 8 steps
// sum to at most 16 * 255 * 15 < 65536, so they are added with vpaddq, which is the 16-bit sum
// without carries between lanes. (vpaddw would do the same, but GCC 12 then spills the
// accumulators: it handles a loop-carried __m256i updated through 16-bit lanes badly.) Once per
// block the pairs are widened to 32 bits (biased by -32768 each to fit vpmaddwd) and the sum is
// corrected: sum(xq * (c - 8)) = sum(u * c) - 128 * sum(c) - 8 * sum(xq); wCorr holds 65536 (the
// bias) - 128 * sum(c) per output row, xCorr -8 * sum(xq) per row of x. It is then converted and
// added times dx * dw to the float sums of the tile, which stay in L1 (the 12 integer sums and
// the operands fill the 16 ymm registers).
//
// Q8 stays on the float path: its weights times u do not fit vpmaddubsw's 16-bit pairs, and the
// sign trick (|w| times x with w's sign) costs as many instructions per product as the FMAs.

#include "kernels/x86/x86gemm.h"
#include "kernels/x86/x86gemmcommon.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>

namespace mdi::kernels {

namespace {

constexpr int kMr = 6;            // rows of x per micro-kernel
constexpr int kNr = 16;           // output rows per panel; divides the row grain 64
constexpr int64_t kKc = 384;      // inputs per slice (float path): a multiple of 32
constexpr int64_t kKcBlocks = 32; // blocks of 32 inputs per slice (integer path)
constexpr int64_t kMc = 384;      // rows of x per packed block: a multiple of kMr

GemmScratch &scratch() {
  thread_local GemmScratch s;
  s.ensure(gemmMax(kMc * kKc * 4 + 256, gemmQuantXBytes(kMc, kKcBlocks)),
           gemmMax(kKc * kNr * 4, gemmQuantPanelBytes(kNr, kKcBlocks)));
  return s;
}

inline __m256i tailMask(int n) { // lanes < n
  return _mm256_cmpgt_epi32(_mm256_set1_epi32(n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

// y[R rows, cols <= kNr] = c (+ y if accumulate) (+ bias).
template <int R>
inline void storeTile(const __m256 (&c)[R][2], float *y, int64_t ldy, int cols, bool accumulate, const float *bias) {
  if (cols == kNr) {
    const __m256 bias0 = bias ? _mm256_loadu_ps(bias) : _mm256_setzero_ps();
    const __m256 bias1 = bias ? _mm256_loadu_ps(bias + 8) : _mm256_setzero_ps();
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      float *row = y + i * ldy;
      __m256 v0 = c[i][0], v1 = c[i][1];
      if (accumulate) {
        v0 = _mm256_add_ps(_mm256_loadu_ps(row), v0);
        v1 = _mm256_add_ps(_mm256_loadu_ps(row + 8), v1);
      }
      _mm256_storeu_ps(row, _mm256_add_ps(v0, bias0));
      _mm256_storeu_ps(row + 8, _mm256_add_ps(v1, bias1));
    }
    return;
  }
  const __m256i m0 = tailMask(cols), m1 = tailMask(cols - 8);
  const __m256 bias0 = bias ? _mm256_maskload_ps(bias, m0) : _mm256_setzero_ps();
  const __m256 bias1 = bias ? _mm256_maskload_ps(bias + 8, m1) : _mm256_setzero_ps();
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    float *row = y + i * ldy;
    __m256 v0 = c[i][0], v1 = c[i][1];
    if (accumulate) {
      v0 = _mm256_add_ps(_mm256_maskload_ps(row, m0), v0);
      v1 = _mm256_add_ps(_mm256_maskload_ps(row + 8, m1), v1);
    }
    _mm256_maskstore_ps(row, m0, _mm256_add_ps(v0, bias0));
    _mm256_maskstore_ps(row + 8, m1, _mm256_add_ps(v1, bias1));
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
  __m256 c[R][2];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i)
    c[i][0] = c[i][1] = _mm256_setzero_ps();
  for (int64_t k = 0; k < kc; ++k) {
    const __m256 b0 = _mm256_load_ps(wp), b1 = _mm256_load_ps(wp + 8);
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      const __m256 a = _mm256_broadcast_ss(xp + i);
      c[i][0] = _mm256_fmadd_ps(a, b0, c[i][0]);
      c[i][1] = _mm256_fmadd_ps(a, b1, c[i][1]);
    }
    xp += kMr;
    wp += kNr;
  }
  storeTile<R>(c, y, ldy, cols, accumulate, bias);
}

constexpr GemmFloatKernel kMicroKernels[kMr + 1] = {nullptr,        microKernel<1>, microKernel<2>, microKernel<3>,
                                                    microKernel<4>, microKernel<5>, microKernel<6>};

template <WeightFormat F> void gemm(const LinearJob &job, int64_t begin, int64_t end) {
  if (begin < end)
    gemmFloat<F, kMr, kNr, kKc, kMc>(job, begin, end, scratch(), kMicroKernels);
}

// ---- Q4 on quantized x.

template <int R>
void microKernelQ4(const uint8_t *xp, const int32_t *xCorr, const float *xScale, const uint8_t *wp, const float *wScale,
                   const int32_t *wCorr, int64_t nb, float *y, int64_t ldy, int cols, bool accumulate,
                   const float *bias) {
  prefetchTile<R>(y, ldy);
  alignas(32) float sums[R][2][8];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    _mm256_store_ps(sums[i][0], _mm256_setzero_ps());
    _mm256_store_ps(sums[i][1], _mm256_setzero_ps());
  }
  const __m256i ones = _mm256_set1_epi16(1);
  const __m256i signs = _mm256_set1_epi16(-32768);
  for (int64_t bb = 0; bb < nb; ++bb) {
    __m256i c[R][2];
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i)
      c[i][0] = c[i][1] = _mm256_setzero_si256();
    // Not unrolled: the compilers would hoist the loads of later steps and run out of registers.
    MDI_GEMM_NO_UNROLL
    for (int q = 0; q < 8; ++q) {
      const __m256i w0 = _mm256_load_si256(reinterpret_cast<const __m256i *>(wp + q * kNr * 4));
      const __m256i w1 = _mm256_load_si256(reinterpret_cast<const __m256i *>(wp + q * kNr * 4 + 32));
      MDI_GEMM_UNROLL
      for (int i = 0; i < R; ++i) {
        int32_t four;
        std::memcpy(&four, xp + (q * kMr + i) * 4, 4);
        const __m256i u = _mm256_set1_epi32(four);
        c[i][0] = _mm256_add_epi64(c[i][0], _mm256_maddubs_epi16(u, w0));
        c[i][1] = _mm256_add_epi64(c[i][1], _mm256_maddubs_epi16(u, w1));
      }
    }
    const __m256 d0 = _mm256_load_ps(wScale), d1 = _mm256_load_ps(wScale + 8);
    const __m256i e0 = _mm256_load_si256(reinterpret_cast<const __m256i *>(wCorr));
    const __m256i e1 = _mm256_load_si256(reinterpret_cast<const __m256i *>(wCorr + 8));
    MDI_GEMM_UNROLL
    for (int i = 0; i < R; ++i) {
      const __m256 dx = _mm256_broadcast_ss(xScale + i);
      const __m256i corr = _mm256_set1_epi32(xCorr[i]);
      const __m256i s0 = _mm256_add_epi32(_mm256_madd_epi16(_mm256_xor_si256(c[i][0], signs), ones), corr);
      const __m256i s1 = _mm256_add_epi32(_mm256_madd_epi16(_mm256_xor_si256(c[i][1], signs), ones), corr);
      _mm256_store_ps(sums[i][0], _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_add_epi32(s0, e0)), _mm256_mul_ps(d0, dx),
                                                  _mm256_load_ps(sums[i][0])));
      _mm256_store_ps(sums[i][1], _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_add_epi32(s1, e1)), _mm256_mul_ps(d1, dx),
                                                  _mm256_load_ps(sums[i][1])));
    }
    xp += 8 * kMr * 4;
    xCorr += kMr;
    xScale += kMr;
    wp += 8 * kNr * 4;
    wScale += kNr;
    wCorr += kNr;
  }
  __m256 c[R][2];
  MDI_GEMM_UNROLL
  for (int i = 0; i < R; ++i) {
    c[i][0] = _mm256_load_ps(sums[i][0]);
    c[i][1] = _mm256_load_ps(sums[i][1]);
  }
  storeTile<R>(c, y, ldy, cols, accumulate, bias);
}

constexpr GemmQuantKernel kMicroKernelsQ4[kMr + 1] = {nullptr,          microKernelQ4<1>, microKernelQ4<2>,
                                                      microKernelQ4<3>, microKernelQ4<4>, microKernelQ4<5>,
                                                      microKernelQ4<6>};

void gemmQ4(const LinearJob &job, int64_t begin, int64_t end) {
  if (begin < end)
    gemmQuant<WeightFormat::Q4, kMr, kNr, kKcBlocks, kMc>(job, begin, end, scratch(), int8_t(-128), -8, 0, true,
                                                          kMicroKernelsQ4);
}

} // namespace

LinearFn avx2Gemm(WeightFormat format) {
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

bool avx2GemmWantsQuantizedX(WeightFormat format) {
  return format == WeightFormat::Q4;
}

} // namespace mdi::kernels
