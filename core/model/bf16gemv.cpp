#include "model/bf16gemv.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MDI_BF16GEMV_X86 1
#include <immintrin.h>
#endif

namespace mdi {

namespace {

std::atomic<bool> bf16GemvEnabled{true};

#ifdef MDI_BF16GEMV_X86

#define MDI_BF16GEMV_TARGET __attribute__((target("avx512f,avx512bw,avx512bf16")))

// Round to nearest even, as at::linear's bfloat16 output is; NaN stays NaN.
inline uint16_t bf16GemvRound(float f) {
  uint32_t u = 0;
  std::memcpy(&u, &f, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u)
    return uint16_t((u >> 16) | 0x40u);
  u += 0x7fffu + ((u >> 16) & 1u);
  return uint16_t(u >> 16);
}

inline float bf16GemvWiden(uint16_t b) {
  const uint32_t u = uint32_t(b) << 16;
  float f = 0;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// The four horizontal sums of a0..a3 into sums[0..3]. (The all-ones masked forms of the shuffles:
// GCC 12 warns inside the unmasked ones, which start from an undefined vector.)
MDI_BF16GEMV_TARGET inline void bf16GemvReduce4(__m512 a0, __m512 a1, __m512 a2, __m512 a3, float *sums) {
  const __mmask16 all = 0xffff;
  // Per 128-bit lane: [a0 0+2, a1 0+2, a0 1+3, a1 1+3] and the same for a2, a3.
  const __m512 u01 = _mm512_add_ps(_mm512_mask_unpacklo_ps(a0, all, a0, a1), _mm512_mask_unpackhi_ps(a0, all, a0, a1));
  const __m512 u23 = _mm512_add_ps(_mm512_mask_unpacklo_ps(a2, all, a2, a3), _mm512_mask_unpackhi_ps(a2, all, a2, a3));
  // Per lane: partial sums of [a0, a1, a2, a3]; then the four lanes added.
  const __m512d d01 = _mm512_castps_pd(u01), d23 = _mm512_castps_pd(u23);
  __m512 v = _mm512_add_ps(_mm512_castpd_ps(_mm512_mask_unpacklo_pd(d01, 0xff, d01, d23)),
                           _mm512_castpd_ps(_mm512_mask_unpackhi_pd(d01, 0xff, d01, d23)));
  v = _mm512_add_ps(v, _mm512_mask_shuffle_f32x4(v, all, v, v, _MM_SHUFFLE(1, 0, 3, 2)));
  v = _mm512_add_ps(v, _mm512_mask_shuffle_f32x4(v, all, v, v, _MM_SHUFFLE(2, 3, 0, 1)));
  alignas(64) float lanes[16];
  _mm512_store_ps(lanes, v);
  std::memcpy(sums, lanes, 4 * sizeof(float));
}

MDI_BF16GEMV_TARGET inline __m512bh bf16GemvLoad(const uint16_t *p) {
  return (__m512bh)_mm512_loadu_si512(p);
}

MDI_BF16GEMV_TARGET inline __m512bh bf16GemvLoadTail(const uint16_t *p, __mmask32 mask) {
  return (__m512bh)_mm512_maskz_loadu_epi16(mask, p);
}

struct Bf16GemvArgs {
  const uint16_t *w = nullptr; // [out, in], row-major
  const uint16_t *x = nullptr; // [M, in], row-major
  const uint16_t *bias = nullptr;
  uint16_t *y = nullptr; // [M, out], row-major
  int64_t in = 0;
  int64_t out = 0;
};

// Rows [begin, end) of y for M input rows. Each weight row is read start to end (one sequential
// stream per thread, as fast as a plain read of the matrix in our measurements, where reading
// four rows side by side was 20 % slower), 128 values per step into four accumulators per input
// row; x (at most 4 x 17.5 KB for the 2B shapes) stays in L1. Every line is first touched with
// prefetchnta: the weights are used once per token, so they should not push the activations and
// the KV cache out of L2/L3 (and measured, it streams a few GB/s faster than plain loads or
// prefetching further ahead). The row sums are reduced four rows at a time.
template <int M> MDI_BF16GEMV_TARGET void bf16GemvRows(const Bf16GemvArgs &a, int64_t begin, int64_t end) {
  const int64_t in = a.in;
  const int64_t full128 = in & ~int64_t(127);
  const int64_t full32 = in & ~int64_t(31);
  const int64_t rest = in - full32;
  const __mmask32 tailMask = rest ? __mmask32((uint64_t(1) << rest) - 1) : 0;
  for (int64_t o0 = begin; o0 < end; o0 += 4) {
    const int rows = int(std::min<int64_t>(4, end - o0));
    __m512 rowSums[M][4];
#pragma GCC unroll 4
    for (int m = 0; m < M; ++m)
      for (int r = 0; r < 4; ++r)
        rowSums[m][r] = _mm512_setzero_ps();
    for (int r = 0; r < rows; ++r) {
      const uint16_t *row = a.w + (o0 + r) * in;
      __m512 acc[M][4];
#pragma GCC unroll 4
      for (int m = 0; m < M; ++m)
        for (int j = 0; j < 4; ++j)
          acc[m][j] = _mm512_setzero_ps();
      int64_t i = 0;
      for (; i < full128; i += 128) {
        _mm_prefetch(reinterpret_cast<const char *>(row + i), _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char *>(row + i + 32), _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char *>(row + i + 64), _MM_HINT_NTA);
        _mm_prefetch(reinterpret_cast<const char *>(row + i + 96), _MM_HINT_NTA);
        const __m512bh w0 = bf16GemvLoad(row + i), w1 = bf16GemvLoad(row + i + 32);
        const __m512bh w2 = bf16GemvLoad(row + i + 64), w3 = bf16GemvLoad(row + i + 96);
#pragma GCC unroll 4
        for (int m = 0; m < M; ++m) {
          const uint16_t *x = a.x + m * in + i;
          acc[m][0] = _mm512_dpbf16_ps(acc[m][0], w0, bf16GemvLoad(x));
          acc[m][1] = _mm512_dpbf16_ps(acc[m][1], w1, bf16GemvLoad(x + 32));
          acc[m][2] = _mm512_dpbf16_ps(acc[m][2], w2, bf16GemvLoad(x + 64));
          acc[m][3] = _mm512_dpbf16_ps(acc[m][3], w3, bf16GemvLoad(x + 96));
        }
      }
      for (; i < full32; i += 32) {
        const __m512bh w0 = bf16GemvLoad(row + i);
#pragma GCC unroll 4
        for (int m = 0; m < M; ++m)
          acc[m][0] = _mm512_dpbf16_ps(acc[m][0], w0, bf16GemvLoad(a.x + m * in + i));
      }
      if (rest) {
        const __m512bh w0 = bf16GemvLoadTail(row + i, tailMask);
#pragma GCC unroll 4
        for (int m = 0; m < M; ++m)
          acc[m][1] = _mm512_dpbf16_ps(acc[m][1], w0, bf16GemvLoadTail(a.x + m * in + i, tailMask));
      }
#pragma GCC unroll 4
      for (int m = 0; m < M; ++m)
        rowSums[m][r] = _mm512_add_ps(_mm512_add_ps(acc[m][0], acc[m][1]), _mm512_add_ps(acc[m][2], acc[m][3]));
    }
    float b[4] = {0, 0, 0, 0};
    if (a.bias)
      for (int r = 0; r < rows; ++r)
        b[r] = bf16GemvWiden(a.bias[o0 + r]);
#pragma GCC unroll 4
    for (int m = 0; m < M; ++m) {
      float sums[4];
      bf16GemvReduce4(rowSums[m][0], rowSums[m][1], rowSums[m][2], rowSums[m][3], sums);
      uint16_t *y = a.y + m * a.out + o0;
      for (int r = 0; r < rows; ++r)
        y[r] = bf16GemvRound(sums[r] + b[r]);
    }
  }
}

void bf16GemvRun(const Bf16GemvArgs &a, int64_t rows) {
  // Blocks of four output rows over the threads (each thread one contiguous part of the matrix);
  // a grain of at least ~64 KB of weights so small projections do not wake threads for nothing.
  const int64_t blocks = (a.out + 3) / 4;
  const int64_t grain = std::max<int64_t>(1, 65536 / (8 * a.in));
  at::parallel_for(0, blocks, grain, [&](int64_t b0, int64_t b1) {
    const int64_t begin = b0 * 4, end = std::min(b1 * 4, a.out);
    switch (rows) {
    case 1:
      bf16GemvRows<1>(a, begin, end);
      break;
    case 2:
      bf16GemvRows<2>(a, begin, end);
      break;
    case 3:
      bf16GemvRows<3>(a, begin, end);
      break;
    default:
      bf16GemvRows<4>(a, begin, end);
      break;
    }
  });
}

bool bf16GemvCpuSupported() {
  static const bool supported =
      __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512bf16");
  return supported;
}

#else

bool bf16GemvCpuSupported() {
  return false;
}

#endif

} // namespace

bool Bf16Gemv::cpuSupported() {
  return bf16GemvCpuSupported();
}

bool Bf16Gemv::isEnabled() {
  return bf16GemvEnabled.load(std::memory_order_relaxed);
}

void Bf16Gemv::setEnabled(bool enabled) {
  bf16GemvEnabled.store(enabled, std::memory_order_relaxed);
}

bool Bf16Gemv::applies(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias) {
  if (!isEnabled() || !cpuSupported())
    return false;
  if (!x.defined() || !weight.defined() || weight.dim() != 2 || x.dim() < 1)
    return false;
  if (x.scalar_type() != at::kBFloat16 || weight.scalar_type() != at::kBFloat16 || !x.device().is_cpu() ||
      !weight.device().is_cpu() || !weight.is_contiguous())
    return false;
  const int64_t out = weight.size(0), in = weight.size(1);
  if (in == 0 || out == 0 || x.size(-1) != in || x.numel() / in > kMaxRows || x.numel() == 0)
    return false;
  // The kernel records nothing for autograd.
  if (x.requires_grad() || weight.requires_grad())
    return false;
  if (bias.defined() && (bias.dim() != 1 || bias.size(0) != out || bias.scalar_type() != at::kBFloat16 ||
                         !bias.device().is_cpu() || !bias.is_contiguous() || bias.requires_grad()))
    return false;
  return true;
}

at::Tensor Bf16Gemv::linear(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias) {
#ifdef MDI_BF16GEMV_X86
  if (applies(x, weight, bias)) {
    const int64_t out = weight.size(0), in = weight.size(1);
    const at::Tensor xc = x.contiguous();
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = out;
    at::Tensor y = at::empty(shape, x.options());
    Bf16GemvArgs a;
    a.w = static_cast<const uint16_t *>(weight.data_ptr());
    a.x = static_cast<const uint16_t *>(xc.data_ptr());
    a.bias = bias.defined() ? static_cast<const uint16_t *>(bias.data_ptr()) : nullptr;
    a.y = static_cast<uint16_t *>(y.data_ptr());
    a.in = in;
    a.out = out;
    bf16GemvRun(a, x.numel() / in);
    return y;
  }
#endif
  return bias.defined() ? at::linear(x, weight, bias) : at::linear(x, weight);
}

} // namespace mdi
