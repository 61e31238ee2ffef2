#pragma once

// Internal to the x86 variants: the matrix-vector (decode) kernels on 256-bit vectors and the
// vectorized activation quantizer. Included by avx2kernels.cpp, avx512kernels.cpp and
// avx512vnnikernels.cpp, each compiled with its own target flags, so everything here has internal
// linkage (an anonymous namespace): no function of this header may be shared between those files,
// or the linker could keep an AVX-512 copy for a CPU without it. For the same reason it calls no
// inline function of the other kernel headers (PackedWeight::rowQuants, blocksPerRow, std::min...):
// offsets are computed here from the layout in weightformat.h.
//
// Define MDI_X86GEMV_VNNI to 1 before including it to compute the Q8/Q4 dot products with
// vpdpbusd (AVX512-VNNI on 256-bit vectors) instead of vpmaddubsw + vpmaddwd.
//
// Decode streams every weight once per token, so the goal is memory bandwidth, which on the
// machines measured (Zen 4) takes:
//  - One sequential stream per thread: each thread computes its output rows one after the other,
//    reading each row start to end. Computing 2 or 4 rows side by side (a tile of rows sharing the
//    loads of x) was up to 2x slower from memory for every format and m, though faster from cache:
//    rows of 1.5 to 3 KB are too short for the hardware prefetcher to follow 4 streams.
//  - prefetchnta a little ahead of the loads (kGemvPrefetch*: measured per format and m).
//  - Each weight vector loaded once for all m (<= 8) rows of x, which stay in L1 (up to 8 x 1536
//    floats: 48 KB does not, so F32/BF16 with m >= 5 work in column panels of x).
//  - Independent accumulators along the row (U per x row) for the FMA latency.
// An output row's arithmetic depends only on the format, m and cols, never on where a thread's
// range starts, so the results are bitwise the same for any number of threads.
//
// Q8/Q4: per block of 32 an exact int32 dot product, converted to float and multiplied by the
// product of the two scales. The weight scales of 8 blocks are converted at once (F16C),
// multiplied by x's 8 block scales and kept on the stack, from where each block broadcasts its own
// (a broadcast from memory costs a load, not a shuffle). Q4's codes n = q + 8 are used unsigned
// (vpmaddubsw/vpdpbusd take u8 x s8) and the - 8 * sum(x) of each block is added once per 8
// blocks from x's precomputed block sums. Q8 is stored in groups of 8 rows and has its own kernel
// (gemvQ8Groups, below), whose dot products have output rows in their lanes.

#include "kernels/isakernels.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <immintrin.h>

#ifndef MDI_X86GEMV_VNNI
#define MDI_X86GEMV_VNNI 0
#endif

#if defined(__GNUC__)
#define MDI_X86GEMV_UNROLL _Pragma("GCC unroll 32")
#define MDI_X86GEMV_INLINE inline __attribute__((always_inline))
#else
#define MDI_X86GEMV_UNROLL
#define MDI_X86GEMV_INLINE __forceinline
#endif

namespace mdi::kernels {

namespace {

// ---------------------------------------------------------------------------------------------
// Helpers.

// Lane k: the sum of the 8 lanes of v_k, added as ((0 + 1) + (2 + 3)) + ((4 + 5) + (6 + 7)) for
// every k, so a row's sum does not depend on its position among the eight.
inline __m256 gemvSum8(__m256 v0, __m256 v1, __m256 v2, __m256 v3, __m256 v4, __m256 v5, __m256 v6, __m256 v7) {
  const __m256 t0 = _mm256_hadd_ps(v0, v1), t1 = _mm256_hadd_ps(v2, v3);
  const __m256 t2 = _mm256_hadd_ps(v4, v5), t3 = _mm256_hadd_ps(v6, v7);
  const __m256 u0 = _mm256_hadd_ps(t0, t1), u1 = _mm256_hadd_ps(t2, t3);
  return _mm256_add_ps(_mm256_permute2f128_ps(u0, u1, 0x20), _mm256_permute2f128_ps(u0, u1, 0x31));
}

// y[m][o] = the sum of the lanes of v[m] + bias[o], for m < M.
template <int M> MDI_X86GEMV_INLINE void gemvStore(const LinearJob &job, int64_t o, const __m256 (&v)[M]) {
  __m256 p[8];
  MDI_X86GEMV_UNROLL
  for (int i = 0; i < 8; ++i)
    p[i] = i < M ? v[i < M ? i : 0] : _mm256_setzero_ps();
  alignas(32) float sums[8];
  _mm256_store_ps(sums, gemvSum8(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
  const float b = job.bias ? job.bias[o] : 0.0f;
  MDI_X86GEMV_UNROLL
  for (int m = 0; m < M; ++m)
    job.y[m * job.ldy + o] = sums[m] + b;
}

inline __m256i gemvTailMask(int64_t n) { // lanes < n
  return _mm256_cmpgt_epi32(_mm256_set1_epi32(int(n)), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

inline int32_t gemvHsumEpi32(__m256i v) {
  __m128i t = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
  t = _mm_add_epi32(t, _mm_shuffle_epi32(t, 0x4e));
  t = _mm_add_epi32(t, _mm_shuffle_epi32(t, 0xb1));
  return _mm_cvtsi128_si32(t);
}

inline const __m256i *gemvBlock(const void *p) {
  return static_cast<const __m256i *>(p);
}

inline void gemvPrefetch(const void *p) {
  _mm_prefetch(static_cast<const char *>(p), _MM_HINT_NTA);
}

// ---------------------------------------------------------------------------------------------
// Activation quantization (quantizeActivationRow): the scalar code's arithmetic, 32 at a time.

void gemvQuantizeRow(const float *x, int64_t cols, int8_t *q, float *d) {
  const int64_t blocks = (cols + 31) / 32;
  const __m256 signBit = _mm256_set1_ps(-0.0f);
  const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
  for (int64_t b = 0; b < blocks; ++b) {
    const int64_t first = b * 32;
    const int64_t n = cols - first;
    __m256 v[4];
    if (n >= 32) {
      for (int i = 0; i < 4; ++i)
        v[i] = _mm256_loadu_ps(x + first + 8 * i);
    } else {
      for (int i = 0; i < 4; ++i)
        v[i] = _mm256_maskload_ps(x + first + 8 * i, gemvTailMask(n - 8 * i));
    }
    // max(|v|, acc) keeps acc where v is NaN, as std::fmax does.
    __m256 amax8 = _mm256_setzero_ps();
    for (int i = 0; i < 4; ++i)
      amax8 = _mm256_max_ps(_mm256_andnot_ps(signBit, v[i]), amax8);
    __m128 m4 = _mm_max_ps(_mm256_castps256_ps128(amax8), _mm256_extractf128_ps(amax8, 1));
    m4 = _mm_max_ps(m4, _mm_movehl_ps(m4, m4));
    m4 = _mm_max_ss(m4, _mm_shuffle_ps(m4, m4, 1));
    const float amax = _mm_cvtss_f32(m4);
    const float scale = amax / 127.0f;
    const float inverse = scale != 0.0f ? 1.0f / scale : 0.0f;
    d[b] = scale;
    const __m256 inv = _mm256_set1_ps(inverse);
    // Round to nearest even (the default MXCSR mode, as std::nearbyint).
    const __m256i q0 = _mm256_cvtps_epi32(_mm256_mul_ps(v[0], inv));
    const __m256i q1 = _mm256_cvtps_epi32(_mm256_mul_ps(v[1], inv));
    const __m256i q2 = _mm256_cvtps_epi32(_mm256_mul_ps(v[2], inv));
    const __m256i q3 = _mm256_cvtps_epi32(_mm256_mul_ps(v[3], inv));
    const __m256i bytes = _mm256_packs_epi16(_mm256_packs_epi32(q0, q1), _mm256_packs_epi32(q2, q3));
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(q + first), _mm256_permutevar8x32_epi32(bytes, order));
  }
}

// ---------------------------------------------------------------------------------------------
// F32 and BF16: float32 FMAs against float32 x. The row formats (W) give the vector type and its
// loads; avx512gemv.h has 512-bit ones for the same code.

struct Float256 {
  using Vec = __m256;
  using Mask = __m256i;
  static constexpr int kLanes = 8;
  static Vec zero() { return _mm256_setzero_ps(); }
  static Vec add(Vec a, Vec b) { return _mm256_add_ps(a, b); }
  static Vec fmadd(Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); }
  static Mask tailMask(int64_t n) { return gemvTailMask(n); }
  static Vec loadX(const float *p) { return _mm256_loadu_ps(p); }
  static Vec loadXTail(const float *p, Mask mask) { return _mm256_maskload_ps(p, mask); }
  static __m256 fold(Vec v) { return v; }
};

struct F32Rows : Float256 {
  using Elem = float;
  static Vec load(const float *p) { return _mm256_loadu_ps(p); }
  static Vec loadTail(const float *p, int64_t, Mask mask) { return _mm256_maskload_ps(p, mask); }
};

struct Bf16Rows : Float256 {
  using Elem = uint16_t;
  // bfloat16 is the top half of a float32: zero-extend to 32 bits and shift into place.
  static Vec load(const uint16_t *p) {
    const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
  }
  static Vec loadTail(const uint16_t *p, int64_t n, Mask) {
    alignas(16) uint16_t t[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::memcpy(t, p, size_t(n) * sizeof(uint16_t));
    return load(t);
  }
};

// Bytes ahead at which the float kernels prefetch their row (measured: near for few x rows, far
// when the FMAs of many x rows take longer per byte).
template <int M> constexpr int64_t kGemvPrefetchFloat = M <= 2 ? 256 : 2048;

// Columns [i0, i1) of row w into acc (U accumulators per x row, column step L * U); i1 == cols
// includes the last columns (steps of L, then masked).
template <class W, int M, int U>
MDI_X86GEMV_INLINE void gemvFloatSpan(const LinearJob &job, const typename W::Elem *w, int64_t i0, int64_t i1,
                                      typename W::Vec (&acc)[M][U]) {
  using Vec = typename W::Vec;
  constexpr int L = W::kLanes;
  const int64_t cols = job.w.cols, ldx = job.ldx;
  const float *x = job.x;
  int64_t i = i0;
  for (; i + L * U <= i1; i += L * U) {
    gemvPrefetch(w + i + kGemvPrefetchFloat<M> / int64_t(sizeof(typename W::Elem)));
    MDI_X86GEMV_UNROLL
    for (int u = 0; u < U; ++u) {
      const Vec wv = W::load(w + i + L * u);
      MDI_X86GEMV_UNROLL
      for (int m = 0; m < M; ++m)
        acc[m][u] = W::fmadd(wv, W::loadX(x + m * ldx + i + L * u), acc[m][u]);
    }
  }
  if (i1 != cols)
    return;
  for (; i + L <= cols; i += L) {
    const Vec wv = W::load(w + i);
    MDI_X86GEMV_UNROLL
    for (int m = 0; m < M; ++m)
      acc[m][0] = W::fmadd(wv, W::loadX(x + m * ldx + i), acc[m][0]);
  }
  if (i < cols) {
    const typename W::Mask mask = W::tailMask(cols - i);
    const Vec wv = W::loadTail(w + i, cols - i, mask);
    MDI_X86GEMV_UNROLL
    for (int m = 0; m < M; ++m)
      acc[m][0] = W::fmadd(wv, W::loadXTail(x + m * ldx + i, mask), acc[m][0]);
  }
}

template <class W, int M, int U>
MDI_X86GEMV_INLINE void gemvFloatFinish(const LinearJob &job, int64_t o, const typename W::Vec (&acc)[M][U]) {
  __m256 v[M];
  MDI_X86GEMV_UNROLL
  for (int m = 0; m < M; ++m) {
    typename W::Vec s = acc[m][0];
    MDI_X86GEMV_UNROLL
    for (int u = 1; u < U; ++u)
      s = W::add(s, acc[m][u]);
    v[m] = W::fold(s);
  }
  gemvStore<M>(job, o, v);
}

// Column panels, for m >= 5 when x does not fit L1 (measured: fewer rows of x are better without).
// The rows of a group of kGroupRows are computed panel by panel (kGemvXBudget bytes of x each),
// their accumulators kept on the stack in between; each accumulator sees the same FMAs in the same
// order as without panels (which end at multiples of the column step).
constexpr int kGroupRows = 4; // divides 64, the table's rowGrain; few rows, few streams
constexpr int64_t kGemvXBudget = 16384;
constexpr int64_t kGemvL1 = 32768;

template <class W, int M, int U> void gemvFloatRows(const LinearJob &job, int64_t begin, int64_t end) {
  using Vec = typename W::Vec;
  using Elem = typename W::Elem;
  constexpr int64_t step = int64_t(W::kLanes) * U;
  const int64_t cols = job.w.cols;
  const Elem *w = static_cast<const Elem *>(job.w.data);
  const int64_t fit = kGemvXBudget / (M * int64_t(sizeof(float))) / step * step;
  const int64_t panel = M >= 5 && M * cols * int64_t(sizeof(float)) > kGemvL1 && fit > 0 ? fit : cols;
  if (panel >= cols) {
    for (int64_t o = begin; o < end; ++o) {
      Vec acc[M][U];
      MDI_X86GEMV_UNROLL
      for (int m = 0; m < M; ++m) {
        MDI_X86GEMV_UNROLL
        for (int u = 0; u < U; ++u)
          acc[m][u] = W::zero();
      }
      gemvFloatSpan<W, M, U>(job, w + o * cols, 0, cols, acc);
      gemvFloatFinish<W, M, U>(job, o, acc);
    }
    return;
  }
  for (int64_t o0 = begin; o0 < end; o0 += kGroupRows) {
    const int64_t n = end - o0 < kGroupRows ? end - o0 : kGroupRows;
    Vec saved[kGroupRows][M][U] = {};
    for (int64_t i0 = 0; i0 < cols; i0 += panel) {
      const int64_t i1 = cols - i0 > panel ? i0 + panel : cols;
      for (int64_t t = 0; t < n; ++t) {
        Vec acc[M][U];
        std::memcpy(&acc, &saved[t], sizeof acc);
        gemvFloatSpan<W, M, U>(job, w + (o0 + t) * cols, i0, i1, acc);
        std::memcpy(&saved[t], &acc, sizeof acc);
      }
    }
    for (int64_t t = 0; t < n; ++t)
      gemvFloatFinish<W, M, U>(job, o0 + t, saved[t]);
  }
}

// U accumulators per x row: enough for the FMA latency, M * U of 16 registers.
template <class W> void gemvFloat(const LinearJob &job, int64_t begin, int64_t end) {
  switch (job.m) {
  case 1:
    return gemvFloatRows<W, 1, 4>(job, begin, end);
  case 2:
    return gemvFloatRows<W, 2, 2>(job, begin, end);
  case 3:
    return gemvFloatRows<W, 3, 2>(job, begin, end);
  case 4:
    return gemvFloatRows<W, 4, 2>(job, begin, end);
  case 5:
    return gemvFloatRows<W, 5, 1>(job, begin, end);
  case 6:
    return gemvFloatRows<W, 6, 1>(job, begin, end);
  case 7:
    return gemvFloatRows<W, 7, 1>(job, begin, end);
  default:
    return gemvFloatRows<W, 8, 1>(job, begin, end);
  }
}

// ---------------------------------------------------------------------------------------------
// Q8 and Q4: integer dot products per block of 32.
//
// Each format's policy: prepare() loads and decodes weights once for all x rows, loadX() loads x,
// dot() gives int32 partial dot products. kOffset: the products are of (q + kOffset) with x.
// kPairs: two blocks at a time (Q4).

// Q4 two blocks at a time: their 32 bytes with the dwords interleaved (block 0's bytes 0..3, block
// 1's bytes 0..3, block 0's 4..7, ...), split into low nibbles (inputs 0..15) and high nibbles
// (inputs 16..31) as unsigned codes. x is laid out to match once per call (in gemvQuant), so the
// dot products come out with the even int32 lanes block 0's and the odd ones block 1's, and one
// broadcast pair of scale products scales both: half the decoding, conversions and FMAs of a
// block-by-block loop.
struct Q4Pairs {
  static constexpr int64_t kBytes = 16;
  static constexpr int kOffset = 8;
  static constexpr bool kPairs = true;
  struct Pair {
    __m256i lo, hi;
  };
  static Pair prepare(const uint8_t *q, bool two) {
    const __m256i v =
        two ? _mm256_loadu_si256(gemvBlock(q))
            : _mm256_inserti128_si256(_mm256_setzero_si256(), _mm_loadu_si128(reinterpret_cast<const __m128i *>(q)), 0);
    const __m256i d = _mm256_permutevar8x32_epi32(v, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    return {_mm256_and_si256(d, nibble), _mm256_and_si256(_mm256_srli_epi16(d, 4), nibble)};
  }
  // x of the two blocks for the low and the high nibbles.
  struct X {
    __m256i lo, hi;
  };
  static X loadX(const int8_t *x) { return {_mm256_loadu_si256(gemvBlock(x)), _mm256_loadu_si256(gemvBlock(x + 32))}; }
};

struct Q4Maddubs : Q4Pairs {
  // Two vpmaddubsw (each int16 at most 2 * 15 * 127) added in int16, then widened.
  static __m256i dot(const Pair &p, const X &x) {
    const __m256i lo = _mm256_maddubs_epi16(p.lo, x.lo), hi = _mm256_maddubs_epi16(p.hi, x.hi);
    return _mm256_madd_epi16(_mm256_add_epi16(lo, hi), _mm256_set1_epi16(1));
  }
};

#if MDI_X86GEMV_VNNI
struct Q4Vnni : Q4Pairs {
  static __m256i dot(const Pair &p, const X &x) {
    return _mm256_dpbusd_epi32(_mm256_dpbusd_epi32(_mm256_setzero_si256(), p.lo, x.lo), p.hi, x.hi);
  }
};
#endif

// Q8 in groups of 8 output rows (weightformat.h): a 32-byte load is 4 inputs of the group's 8
// rows, so the lanes of the dot products are output rows. Per block and row of x, the 8 loads
// of the block are multiplied by x's 4 inputs broadcast (vpbroadcastd from memory) into one int32
// sum per output row, exact; that sum is converted and scaled once for all 8 rows (one
// cvtdq2ps and one FMA per 8 output rows instead of per row). VNNI: vpdpbusd on w + 128 (the
// quants xor 0x80), the 128 * sum(x) of each block taken off by starting the sum at
// -128 * sum(x). AVX2: |w| times x with w's sign (vpmaddubsw takes u8 x s8).
struct Q8GroupArgs {
  const LinearJob *job;
  const uint8_t *quants;  // group 0, block 0
  const uint16_t *scales; // group 0, block 0, row 0
  int64_t blocks;         // per row
  const int32_t *corr;    // VNNI: [m][blocks] -128 * (sum of x's block)
};

// Bytes ahead of the group's block at which it prefetches (4 blocks: 1 KB).
constexpr int64_t kGemvPrefetchQ8Group = 1536;

template <int M> void gemvQ8GroupRange(const Q8GroupArgs &a, int64_t begin, int64_t end) {
  const LinearJob &job = *a.job;
  const int64_t blocks = a.blocks, ldxq = job.ldxq;
  [[maybe_unused]] const __m256i ones16 = _mm256_set1_epi16(1);
  [[maybe_unused]] const __m256i flip = _mm256_set1_epi8(int8_t(0x80));
  for (int64_t r0 = begin; r0 < end; r0 += 8) {
    const int64_t g = r0 / 8;
    const uint8_t *q = a.quants + g * blocks * 256;
    const uint16_t *s = a.scales + g * blocks * 8;
    __m256 acc[M];
    MDI_X86GEMV_UNROLL
    for (int m = 0; m < M; ++m)
      acc[m] = _mm256_setzero_ps();
    for (int64_t b = 0; b < blocks; ++b) {
      const uint8_t *qb = q + b * 256;
      MDI_X86GEMV_UNROLL
      for (int line = 0; line < 256; line += 64)
        gemvPrefetch(qb + line + kGemvPrefetchQ8Group);
      // Two sums per row of x (even and odd k) halve the chain of dependent vpdpbusd.
      __m256i sum[M], odd[M];
      MDI_X86GEMV_UNROLL
      for (int m = 0; m < M; ++m) {
        sum[m] = MDI_X86GEMV_VNNI ? _mm256_set1_epi32(a.corr[m * blocks + b]) : _mm256_setzero_si256();
        odd[m] = _mm256_setzero_si256();
      }
      const int8_t *xb = job.xq + b * 32;
      MDI_X86GEMV_UNROLL
      for (int k = 0; k < 8; ++k) {
        const __m256i w = _mm256_loadu_si256(gemvBlock(qb + k * 32));
#if MDI_X86GEMV_VNNI
        const __m256i biased = _mm256_xor_si256(w, flip);
        MDI_X86GEMV_UNROLL
        for (int m = 0; m < M; ++m) {
          int32_t x4;
          std::memcpy(&x4, xb + m * ldxq + k * 4, 4);
          if (k % 2 == 0)
            sum[m] = _mm256_dpbusd_epi32(sum[m], biased, _mm256_set1_epi32(x4));
          else
            odd[m] = _mm256_dpbusd_epi32(odd[m], biased, _mm256_set1_epi32(x4));
        }
#else
        const __m256i magnitude = _mm256_abs_epi8(w);
        MDI_X86GEMV_UNROLL
        for (int m = 0; m < M; ++m) {
          int32_t x4;
          std::memcpy(&x4, xb + m * ldxq + k * 4, 4);
          const __m256i signedX = _mm256_sign_epi8(_mm256_set1_epi32(x4), w);
          const __m256i product = _mm256_madd_epi16(_mm256_maddubs_epi16(magnitude, signedX), ones16);
          if (k % 2 == 0)
            sum[m] = _mm256_add_epi32(sum[m], product);
          else
            odd[m] = _mm256_add_epi32(odd[m], product);
        }
#endif
      }
      const __m256 ws = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + b * 8)));
      MDI_X86GEMV_UNROLL
      for (int m = 0; m < M; ++m)
        acc[m] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_add_epi32(sum[m], odd[m])),
                                 _mm256_mul_ps(ws, _mm256_set1_ps(job.xd[m * blocks + b])), acc[m]);
    }
    const int64_t valid = end - r0 < 8 ? end - r0 : 8;
    MDI_X86GEMV_UNROLL
    for (int m = 0; m < M; ++m) {
      alignas(32) float out[8];
      _mm256_store_ps(out, acc[m]);
      float *y = job.y + m * job.ldy + r0;
      for (int64_t r = 0; r < valid; ++r)
        y[r] = out[r] + (job.bias ? job.bias[r0 + r] : 0.0f);
    }
  }
}

void gemvQ8Groups(const LinearJob &job, int64_t begin, int64_t end) {
  const int64_t blocks = (job.w.cols + 31) / 32;
  const int64_t m = job.m;
  Q8GroupArgs a;
  a.job = &job;
  a.blocks = blocks;
  a.quants = static_cast<const uint8_t *>(job.w.data);
  const int64_t groups = (job.w.rows + 7) / 8;
  a.scales = reinterpret_cast<const uint16_t *>(a.quants + (groups * blocks * 256 + 63) / 64 * 64);
  int32_t localCorr[2048];
  int32_t *corr = localCorr;
#if MDI_X86GEMV_VNNI
  if (m * blocks > 2048)
    corr = static_cast<int32_t *>(std::malloc(size_t(m * blocks) * sizeof(int32_t)));
  if (!corr)
    std::abort();
  for (int64_t r = 0; r < m; ++r)
    for (int64_t b = 0; b < blocks; ++b) {
      const __m256i x8 = _mm256_loadu_si256(gemvBlock(job.xq + r * job.ldxq + b * 32));
      const __m256i pairs = _mm256_maddubs_epi16(_mm256_set1_epi8(1), x8);
      corr[r * blocks + b] = -128 * gemvHsumEpi32(_mm256_madd_epi16(pairs, _mm256_set1_epi16(1)));
    }
#endif
  a.corr = corr;
  switch (m) {
  case 1:
    gemvQ8GroupRange<1>(a, begin, end);
    break;
  case 2:
    gemvQ8GroupRange<2>(a, begin, end);
    break;
  case 3:
    gemvQ8GroupRange<3>(a, begin, end);
    break;
  case 4:
    gemvQ8GroupRange<4>(a, begin, end);
    break;
  case 5:
    gemvQ8GroupRange<5>(a, begin, end);
    break;
  case 6:
    gemvQ8GroupRange<6>(a, begin, end);
    break;
  case 7:
    gemvQ8GroupRange<7>(a, begin, end);
    break;
  default:
    gemvQ8GroupRange<8>(a, begin, end);
    break;
  }
  if (corr != localCorr)
    std::free(corr);
}

struct QuantArgs {
  const LinearJob *job;
  const uint8_t *quants;  // row 0's blocks
  const uint16_t *scales; // row 0's float16 scales
  int64_t blocks;         // per row
  int64_t padded;         // blocks rounded up to 8: the stride of xd, xs and xp below
  const float *xd;        // [m][padded] x's block scales, zero-padded
  const float *xs;        // [m][padded] -kOffset * (sum of x's block), zero-padded
  const int8_t *xp;       // Q4: [m][padded * 32] x in the order of Q4Pairs
};

// Bytes ahead at which the quantized kernels prefetch their row (measured).
template <class Q, int M> constexpr int64_t kGemvPrefetchQuant = Q::kPairs || M > 1 ? 2048 : 256;

// Output row o for M rows of x, 8 blocks at a time. Unrolled: the 8 blocks of a group in
// straight-line code, block (or pair) k into acc[..][k % U]; else a loop into acc[..][0] (where
// straight-line code would need more registers than there are).
template <class Q, int M, int U, bool Unrolled> void gemvQuantRow(const QuantArgs &a, int64_t o) {
  const LinearJob &job = *a.job;
  const int64_t blocks = a.blocks, ldxq = job.ldxq;
  const uint8_t *q = a.quants + o * blocks * Q::kBytes;
  const uint16_t *s = a.scales + o * blocks;
  __m256 acc[M][U];
  MDI_X86GEMV_UNROLL
  for (int m = 0; m < M; ++m) {
    MDI_X86GEMV_UNROLL
    for (int u = 0; u < U; ++u)
      acc[m][u] = _mm256_setzero_ps();
  }
  // The 8 scale products of a group (as 4 pairs of floats for Q4).
  [[maybe_unused]] alignas(32) float scale[M][Q::kPairs ? 1 : 8];
  [[maybe_unused]] alignas(32) double pairScale[M][Q::kPairs ? 4 : 1];
  for (int64_t b0 = 0; b0 < blocks; b0 += 8) {
    const int64_t nb = blocks - b0 < 8 ? blocks - b0 : 8;
    const uint8_t *qb = q + b0 * Q::kBytes;
    for (int64_t line = 0; line < 8 * Q::kBytes; line += 64)
      gemvPrefetch(qb + line + kGemvPrefetchQuant<Q, M>);
    __m128i h;
    if (nb == 8) {
      h = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + b0));
    } else { // zeros past the row's end
      alignas(16) uint16_t t[8] = {0, 0, 0, 0, 0, 0, 0, 0};
      std::memcpy(t, s + b0, size_t(nb) * sizeof(uint16_t));
      h = _mm_load_si128(reinterpret_cast<const __m128i *>(t));
    }
    const __m256 ws = _mm256_cvtph_ps(h);
    MDI_X86GEMV_UNROLL
    for (int m = 0; m < M; ++m) {
      const __m256 p = _mm256_mul_ps(ws, _mm256_loadu_ps(a.xd + m * a.padded + b0));
      if constexpr (Q::kPairs)
        _mm256_store_pd(pairScale[m], _mm256_castps_pd(p));
      else
        _mm256_store_ps(scale[m], p);
      if (Q::kOffset != 0)
        acc[m][0] = _mm256_fmadd_ps(p, _mm256_loadu_ps(a.xs + m * a.padded + b0), acc[m][0]);
    }
    if constexpr (Q::kPairs) {
      const int8_t *xb = a.xp + b0 * 32;
      const int64_t ldxp = a.padded * 32;
      if (Unrolled && nb == 8) {
        MDI_X86GEMV_UNROLL
        for (int j = 0; j < 4; ++j) {
          const typename Q::Pair wp = Q::prepare(qb + j * 2 * Q::kBytes, true);
          MDI_X86GEMV_UNROLL
          for (int m = 0; m < M; ++m) {
            const __m256 dot = _mm256_cvtepi32_ps(Q::dot(wp, Q::loadX(xb + m * ldxp + j * 64)));
            const __m256 sc = _mm256_castpd_ps(_mm256_broadcast_sd(&pairScale[m][j]));
            acc[m][j % U] = _mm256_fmadd_ps(dot, sc, acc[m][j % U]);
          }
        }
      } else {
        for (int j = 0; 2 * j < nb; ++j) {
          const typename Q::Pair wp = Q::prepare(qb + j * 2 * Q::kBytes, 2 * j + 1 < nb);
          MDI_X86GEMV_UNROLL
          for (int m = 0; m < M; ++m) {
            const __m256 dot = _mm256_cvtepi32_ps(Q::dot(wp, Q::loadX(xb + m * ldxp + j * 64)));
            const __m256 sc = _mm256_castpd_ps(_mm256_broadcast_sd(&pairScale[m][j]));
            acc[m][0] = _mm256_fmadd_ps(dot, sc, acc[m][0]);
          }
        }
      }
    } else {
      const int8_t *xb = job.xq + b0 * 32;
      if (Unrolled && nb == 8) {
        MDI_X86GEMV_UNROLL
        for (int k = 0; k < 8; ++k) {
          const typename Q::Block wb = Q::prepare(qb + k * Q::kBytes);
          MDI_X86GEMV_UNROLL
          for (int m = 0; m < M; ++m) {
            const __m256 dot = _mm256_cvtepi32_ps(Q::dot(wb, Q::loadX(xb + m * ldxq + k * 32)));
            acc[m][k % U] = _mm256_fmadd_ps(dot, _mm256_broadcast_ss(&scale[m][k]), acc[m][k % U]);
          }
        }
      } else {
        for (int k = 0; k < nb; ++k) {
          const typename Q::Block wb = Q::prepare(qb + k * Q::kBytes);
          MDI_X86GEMV_UNROLL
          for (int m = 0; m < M; ++m) {
            const __m256 dot = _mm256_cvtepi32_ps(Q::dot(wb, Q::loadX(xb + m * ldxq + k * 32)));
            acc[m][0] = _mm256_fmadd_ps(dot, _mm256_broadcast_ss(&scale[m][k]), acc[m][0]);
          }
        }
      }
    }
  }
  __m256 v[M];
  MDI_X86GEMV_UNROLL
  for (int m = 0; m < M; ++m) {
    __m256 sum = acc[m][0];
    MDI_X86GEMV_UNROLL
    for (int u = 1; u < U; ++u)
      sum = _mm256_add_ps(sum, acc[m][u]);
    v[m] = sum;
  }
  gemvStore<M>(job, o, v);
}

template <class Q, int M, int U, bool Unrolled> void gemvQuantRows(const QuantArgs &a, int64_t begin, int64_t end) {
  for (int64_t o = begin; o < end; ++o)
    gemvQuantRow<Q, M, U, Unrolled>(a, o);
}

template <class Q> void gemvQuant(const LinearJob &job, int64_t begin, int64_t end) {
  const int64_t blocks = (job.w.cols + 31) / 32;
  const int64_t padded = (blocks + 7) / 8 * 8;
  const int64_t m = job.m;
  // x's block scales and block sums, zero-padded to whole groups of 8 blocks, and for Q4 x in the
  // order of Q4Pairs.
  const int64_t floats = 2 * m * padded;
  const int64_t bytes = floats * int64_t(sizeof(float)) + (Q::kPairs ? m * padded * 32 : 0);
  alignas(32) unsigned char local[32768];
  unsigned char *buffer =
      bytes <= int64_t(sizeof local) ? local : static_cast<unsigned char *>(std::malloc(size_t(bytes)));
  if (!buffer)
    std::abort();
  float *xd = reinterpret_cast<float *>(buffer), *xs = xd + m * padded;
  int8_t *xp = reinterpret_cast<int8_t *>(buffer + floats * int64_t(sizeof(float)));
  for (int64_t r = 0; r < m; ++r) {
    const int8_t *xq = job.xq + r * job.ldxq;
    std::memcpy(xd + r * padded, job.xd + r * blocks, size_t(blocks) * sizeof(float));
    for (int64_t b = blocks; b < padded; ++b)
      xd[r * padded + b] = 0.0f;
    for (int64_t b = 0; b < padded; ++b) {
      float sum = 0.0f;
      if (Q::kOffset != 0 && b < blocks) {
        const __m256i x8 = _mm256_loadu_si256(gemvBlock(xq + b * 32));
        const __m256i pairs = _mm256_maddubs_epi16(_mm256_set1_epi8(1), x8);
        sum = float(-Q::kOffset * gemvHsumEpi32(_mm256_madd_epi16(pairs, _mm256_set1_epi16(1))));
      }
      xs[r * padded + b] = sum;
    }
    if constexpr (Q::kPairs) {
      // Per pair of blocks: the first halves of both (low nibbles), then the second halves (high
      // nibbles), each with its dwords interleaved as Q4Pairs::prepare interleaves the weights.
      const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
      for (int64_t b = 0; b < padded; b += 2) {
        const __m256i x0 = b < blocks ? _mm256_loadu_si256(gemvBlock(xq + b * 32)) : _mm256_setzero_si256();
        const __m256i x1 = b + 1 < blocks ? _mm256_loadu_si256(gemvBlock(xq + b * 32 + 32)) : _mm256_setzero_si256();
        __m256i *out = reinterpret_cast<__m256i *>(xp + r * padded * 32 + b * 32);
        _mm256_storeu_si256(out, _mm256_permutevar8x32_epi32(_mm256_permute2x128_si256(x0, x1, 0x20), order));
        _mm256_storeu_si256(out + 1, _mm256_permutevar8x32_epi32(_mm256_permute2x128_si256(x0, x1, 0x31), order));
      }
    }
  }
  const int64_t scalesOffset = (job.w.rows * blocks * Q::kBytes + 63) / 64 * 64;
  QuantArgs a;
  a.job = &job;
  a.quants = static_cast<const uint8_t *>(job.w.data);
  a.scales = reinterpret_cast<const uint16_t *>(a.quants + scalesOffset);
  a.blocks = blocks;
  a.padded = padded;
  a.xd = xd;
  a.xs = xs;
  a.xp = xp;
  switch (m) {
  case 1:
    gemvQuantRows<Q, 1, 4, true>(a, begin, end);
    break;
  case 2:
    gemvQuantRows<Q, 2, 2, true>(a, begin, end);
    break;
  case 3:
    gemvQuantRows<Q, 3, 1, true>(a, begin, end);
    break;
  case 4:
    gemvQuantRows<Q, 4, 1, true>(a, begin, end);
    break;
  case 5:
    gemvQuantRows<Q, 5, 1, false>(a, begin, end);
    break;
  case 6:
    gemvQuantRows<Q, 6, 1, false>(a, begin, end);
    break;
  case 7:
    gemvQuantRows<Q, 7, 1, false>(a, begin, end);
    break;
  default:
    gemvQuantRows<Q, 8, 1, false>(a, begin, end);
    break;
  }
  if (buffer != local)
    std::free(buffer);
}

} // namespace

} // namespace mdi::kernels
