#pragma once

// Internal to the x86 matrix-product kernels: the blocking, packing and weight expansion shared by
// avx2gemm.cpp, avx512gemm.cpp and avx512vnnigemm.cpp. Each of those files is compiled with its
// own target flags, so everything here has internal linkage (an anonymous namespace) and no
// function of this header is shared between them (the linker could otherwise keep an AVX-512 copy
// for a CPU without it); for the same reason it calls no inline function of the other kernel
// headers (PackedWeight::rowQuants, blocksPerRow, std::min...): offsets are computed here from the
// layout in weightformat.h. The code here needs AVX2, FMA and F16C only.
//
// The product y = x W^T + bias (x [m, cols], W [rows, cols]) is blocked as in GotoBLAS/BLIS, for
// the output rows [begin, end) of one thread:
//  - sweeps of ~1 MB of y (gemmSweepRows output rows), so that y stays in the cache while
//  - each block of at most Mc rows of x is packed per slice of Kc inputs, k-major in strips of Mr
//    rows (each input's Mr values together, what the micro-kernel broadcasts);
//  - then for each panel of Nr output rows the slice of the weights is expanded into a k-major
//    panel that stays in L1 (float path: float32, copied, widened from bf16 or dequantized; integer
//    path: the quants in groups of 4 inputs per output row, with the block scales), while the
//    next panel's weights are prefetched, and an Mr x Nr micro-kernel runs over every strip.
// Expanding a weight costs a few instructions and serves every row of the block of x.
//
// Panels start at multiples of Nr from output row 0 (Nr divides the row grain 64, so also from
// `begin`) and every output's inputs are summed in the same order, so a row's value does not
// depend on how the output rows are split over threads.

#include "kernels/isakernels.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>

// Loops over registers are unrolled; some loops must not be (see the micro-kernels).
#if defined(__GNUC__)
#define MDI_GEMM_UNROLL _Pragma("GCC unroll 16")
#define MDI_GEMM_NO_UNROLL _Pragma("GCC unroll 1")
#else
#define MDI_GEMM_UNROLL
#define MDI_GEMM_NO_UNROLL
#endif

namespace mdi::kernels {

namespace {

inline int64_t gemmMin(int64_t a, int64_t b) {
  return a < b ? a : b;
}

constexpr int64_t gemmMax(int64_t a, int64_t b) {
  return a > b ? a : b;
}

// Per-thread scratch, allocated on a thread's first product and kept: the packed block of x and
// the expanded panel, each 64-byte aligned. The including file passes the same sizes every time.
struct GemmScratch {
  char *raw = nullptr;
  char *x = nullptr;
  char *w = nullptr;
  GemmScratch() = default;
  GemmScratch(const GemmScratch &) = delete;
  GemmScratch &operator=(const GemmScratch &) = delete;
  ~GemmScratch() { delete[] raw; }
  void ensure(int64_t xBytes, int64_t wBytes) {
    if (raw)
      return;
    xBytes = (xBytes + 63) / 64 * 64;
    raw = new char[size_t(xBytes + wBytes + 64)];
    const uintptr_t misalign = reinterpret_cast<uintptr_t>(raw) & 63;
    x = raw + (misalign ? 64 - misalign : 0);
    w = x + xBytes;
  }
};

// In-register transpose of an 8 x 8 block of 32-bit lanes (floats, or groups of 4 bytes).
inline void gemmTranspose8(__m256 v[8]) {
  const __m256 t0 = _mm256_unpacklo_ps(v[0], v[1]), t1 = _mm256_unpackhi_ps(v[0], v[1]);
  const __m256 t2 = _mm256_unpacklo_ps(v[2], v[3]), t3 = _mm256_unpackhi_ps(v[2], v[3]);
  const __m256 t4 = _mm256_unpacklo_ps(v[4], v[5]), t5 = _mm256_unpackhi_ps(v[4], v[5]);
  const __m256 t6 = _mm256_unpacklo_ps(v[6], v[7]), t7 = _mm256_unpackhi_ps(v[6], v[7]);
  const __m256 s0 = _mm256_shuffle_ps(t0, t2, 0x44), s1 = _mm256_shuffle_ps(t0, t2, 0xee);
  const __m256 s2 = _mm256_shuffle_ps(t1, t3, 0x44), s3 = _mm256_shuffle_ps(t1, t3, 0xee);
  const __m256 s4 = _mm256_shuffle_ps(t4, t6, 0x44), s5 = _mm256_shuffle_ps(t4, t6, 0xee);
  const __m256 s6 = _mm256_shuffle_ps(t5, t7, 0x44), s7 = _mm256_shuffle_ps(t5, t7, 0xee);
  v[0] = _mm256_permute2f128_ps(s0, s4, 0x20);
  v[1] = _mm256_permute2f128_ps(s1, s5, 0x20);
  v[2] = _mm256_permute2f128_ps(s2, s6, 0x20);
  v[3] = _mm256_permute2f128_ps(s3, s7, 0x20);
  v[4] = _mm256_permute2f128_ps(s0, s4, 0x31);
  v[5] = _mm256_permute2f128_ps(s1, s5, 0x31);
  v[6] = _mm256_permute2f128_ps(s2, s6, 0x31);
  v[7] = _mm256_permute2f128_ps(s3, s7, 0x31);
}

// ---- Packed weights (weightformat.h).

template <WeightFormat F> inline int64_t gemmBlockBytes() {
  return F == WeightFormat::Q8 ? 32 : 16;
}

// Bytes from one weight row to the next.
template <WeightFormat F> inline int64_t gemmRowBytes(const PackedWeight &w) {
  const int64_t blocks = (w.cols + 31) / 32;
  return F == WeightFormat::F32 ? w.cols * 4 : F == WeightFormat::BF16 ? w.cols * 2 : blocks * gemmBlockBytes<F>();
}

// Q8 is stored in groups of 8 rows (weightformat.h): a group's block is 256 bytes, 4 inputs of
// each of its 8 rows per 32 bytes; the quants of all groups come before the scales.
inline int64_t gemmQ8GroupBytes(const PackedWeight &w) {
  return (w.cols + 31) / 32 * 256;
}

// The float16 scales of a Q8/Q4 matrix (Q4: blocks per row; Q8: 8 rows per group and block).
template <WeightFormat F> inline const uint16_t *gemmScales(const PackedWeight &w) {
  const int64_t blocks = (w.cols + 31) / 32;
  const int64_t rows = F == WeightFormat::Q8 ? (w.rows + 7) / 8 * 8 : w.rows;
  const int64_t quantBytes = (rows * blocks * gemmBlockBytes<F>() + 63) / 64 * 64;
  return reinterpret_cast<const uint16_t *>(static_cast<const uint8_t *>(w.data) + quantBytes);
}

// The scales of block b of rows n0 .. n0 + 7 as float32 (0 for rows past `valid`); for Q8, n0 is
// a multiple of 8.
template <WeightFormat F> inline __m256 gemmScales8(const PackedWeight &w, int64_t n0, int valid, int64_t b) {
  const int64_t blocks = (w.cols + 31) / 32;
  const uint16_t *scales = gemmScales<F>(w);
  alignas(16) uint16_t h[8];
  for (int r = 0; r < 8; ++r)
    h[r] = r >= valid              ? 0
           : F == WeightFormat::Q8 ? scales[(n0 / 8 * blocks + b) * 8 + r]
                                   : scales[(n0 + r) * blocks + b];
  return _mm256_cvtph_ps(_mm_load_si128(reinterpret_cast<const __m128i *>(h)));
}

// The value of one weight, for the ragged edges.
template <WeightFormat F> float gemmWeightAt(const PackedWeight &w, int64_t row, int64_t col) {
  if (F == WeightFormat::F32)
    return static_cast<const float *>(w.data)[row * w.cols + col];
  if (F == WeightFormat::BF16) {
    const uint32_t u = uint32_t(static_cast<const uint16_t *>(w.data)[row * w.cols + col]) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  }
  const int64_t blocks = (w.cols + 31) / 32;
  const int j = int(col % 32);
  if (F == WeightFormat::Q8) {
    const int64_t groupBlock = row / 8 * blocks + col / 32;
    const uint16_t h = gemmScales<F>(w)[groupBlock * 8 + row % 8];
    const uint8_t *q = static_cast<const uint8_t *>(w.data) + groupBlock * 256;
    return _mm_cvtss_f32(_mm_cvtph_ps(_mm_cvtsi32_si128(h))) * float(int8_t(q[(j / 4) * 32 + (row % 8) * 4 + j % 4]));
  }
  const uint16_t h = gemmScales<F>(w)[row * blocks + col / 32];
  const float scale = _mm_cvtss_f32(_mm_cvtph_ps(_mm_cvtsi32_si128(h)));
  const uint8_t *q = static_cast<const uint8_t *>(w.data) + (row * blocks + col / 32) * gemmBlockBytes<F>();
  const int n = j < 16 ? (q[j] & 15) : (q[j - 16] >> 4);
  return scale * float(n - 8);
}

// Where the weights of row n0, inputs pc.. (a multiple of 32) start, and the bytes of kc inputs.
template <WeightFormat F>
inline const void *gemmWeightSource(const PackedWeight &w, int64_t n0, int64_t pc, int64_t kc, int64_t *bytes) {
  const uint8_t *base = static_cast<const uint8_t *>(w.data) + n0 * gemmRowBytes<F>(w);
  switch (F) {
  case WeightFormat::F32:
    *bytes = kc * 4;
    return base + pc * 4;
  case WeightFormat::BF16:
    *bytes = kc * 2;
    return base + pc * 2;
  case WeightFormat::Q8:
    *bytes = (kc + 31) / 32 * 32;
    return base + pc;
  case WeightFormat::Q4:
    *bytes = (kc + 31) / 32 * 16;
    return base + pc / 2;
  }
  return base;
}

// Fetches the weights of the next panel into the cache while the micro-kernels run on the current
// one (its expansion then reads them from the cache instead of waiting on memory): `rows` ranges of
// `bytes` bytes `stride` apart, a share of the cache lines per step().
struct GemmPrefetch {
  const char *first = nullptr;
  int64_t stride = 0, lines = 0, perStep = 0;
  int64_t row = 0, line = 0, rows = 0;
  template <WeightFormat F>
  void start(const PackedWeight &w, int64_t n0, int64_t rowCount, int64_t pc, int64_t kc, int64_t steps) {
    int64_t bytes = 0;
    if (F == WeightFormat::Q8) { // one range per group of 8 rows
      first = static_cast<const char *>(w.data) + (n0 / 8 * gemmQ8GroupBytes(w) + pc / 32 * 256);
      bytes = (kc + 31) / 32 * 256;
      stride = gemmQ8GroupBytes(w);
      rows = (rowCount + 7) / 8;
    } else {
      first = static_cast<const char *>(gemmWeightSource<F>(w, n0, pc, kc, &bytes));
      stride = gemmRowBytes<F>(w);
      rows = rowCount;
    }
    lines = (bytes + 63) / 64;
    perStep = (rows * lines + steps - 1) / (steps > 0 ? steps : 1);
    row = line = 0;
  }
  void step() {
    for (int64_t n = 0; n < perStep && row < rows; ++n) {
      _mm_prefetch(first + row * stride + line * 64, _MM_HINT_T0);
      if (++line == lines) {
        line = 0;
        ++row;
      }
    }
  }
};

// Output rows per sweep: for each block of x, the sweep's block of y is revisited for every slice
// of inputs; at ~1 MB (with all of x's rows) it stays in the cache in between.
inline int64_t gemmSweepRows(int64_t m) {
  const int64_t rows = (int64_t(1) << 18) / (m > 0 ? m : 1) / 64 * 64;
  return rows < 256 ? 256 : rows;
}

// Rows of x per block: at most mc, as even as possible, whole strips of mr.
inline int64_t gemmBlockRows(int64_t m, int64_t mc, int64_t mr) {
  const int64_t blocks = (m + mc - 1) / mc;
  return ((m + blocks - 1) / blocks + mr - 1) / mr * mr;
}

// ---------------------------------------------------------------------------------------------
// Float path: float32 weights times float32 x.

// 8 consecutive inputs k..k+7 of a weight row as float32, unscaled for Q8/Q4. `row` points at the
// row's values (F32, BF16) or quants (Q8, Q4); k is a multiple of 8.
template <WeightFormat F> inline __m256 gemmLoad8(const uint8_t *row, int64_t k) {
  if (F == WeightFormat::F32)
    return _mm256_loadu_ps(reinterpret_cast<const float *>(row) + k);
  if (F == WeightFormat::BF16) {
    const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i *>(reinterpret_cast<const uint16_t *>(row) + k));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
  }
  if (F == WeightFormat::Q8)
    return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(row + k))));
  // Q4: block k / 32 is 16 bytes; inputs 0..15 of a block are the low nibbles, 16..31 the high.
  const int64_t t = k & 31;
  const __m256i b =
      _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(row + (k >> 5) * 16 + (t & 15))));
  const __m256i n = t < 16 ? _mm256_and_si256(b, _mm256_set1_epi32(15)) : _mm256_srli_epi32(b, 4);
  return _mm256_cvtepi32_ps(_mm256_sub_epi32(n, _mm256_set1_epi32(8)));
}

// panel[k * Nr + j] = W[n0 + j, pc + k] as float32 for k < kc, j < Nr (0 for j >= nn).
template <WeightFormat F, int Nr>
void gemmExpandPanel(const PackedWeight &w, int64_t n0, int nn, int64_t pc, int64_t kc, float *panel) {
  constexpr bool quant = F == WeightFormat::Q8 || F == WeightFormat::Q4;
  const uint8_t *base = static_cast<const uint8_t *>(w.data);
  const int64_t rowBytes = gemmRowBytes<F>(w);
  // Whole vectors of 8 inputs: Q8/Q4 rows are padded to whole blocks, F32/BF16 rows are not.
  const int64_t kVec = quant ? (kc + 31) / 32 * 32 : kc / 8 * 8;
  for (int g = 0; g < Nr / 8; ++g) {
    const int valid = nn - g * 8 < 0 ? 0 : nn - g * 8 > 8 ? 8 : nn - g * 8;
    float *out = panel + g * 8;
    if (valid == 0) {
      for (int64_t k = 0; k < kc; ++k)
        _mm256_store_ps(out + k * Nr, _mm256_setzero_ps());
      continue;
    }
    if constexpr (F == WeightFormat::Q8) {
      // A group's 32 bytes at 4q hold inputs 4q..4q+3 of its 8 rows: input t of each row is byte t
      // of each 32-bit lane, sign-extended by two shifts; no transpose.
      const uint8_t *group = base + (n0 + g * 8) / 8 * gemmQ8GroupBytes(w);
      __m256 scale = _mm256_setzero_ps();
      for (int64_t k = 0; k < kVec; k += 8) {
        const int64_t col = pc + k;
        if ((col & 31) == 0)
          scale = gemmScales8<F>(w, n0 + g * 8, valid, col / 32);
        const uint8_t *chunk = group + col / 32 * 256 + (col & 31) / 4 * 32;
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(chunk));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(chunk + 32));
        MDI_GEMM_UNROLL
        for (int t = 0; t < 8; ++t) {
          const __m256i v = t < 4 ? lo : hi;
          const __m256i b = _mm256_srai_epi32(_mm256_sllv_epi32(v, _mm256_set1_epi32(24 - 8 * (t & 3))), 24);
          _mm256_store_ps(out + (k + t) * Nr, _mm256_mul_ps(_mm256_cvtepi32_ps(b), scale));
        }
      }
      for (int64_t k = kVec; k < kc; ++k)
        for (int r = 0; r < 8; ++r)
          out[k * Nr + r] = r < valid ? gemmWeightAt<F>(w, n0 + g * 8 + r, pc + k) : 0.0f;
      continue;
    }
    const uint8_t *rows[8];
    for (int r = 0; r < 8; ++r)
      rows[r] = base + (n0 + g * 8 + (r < valid ? r : 0)) * rowBytes;
    __m256 scale = _mm256_setzero_ps();
    for (int64_t k = 0; k < kVec; k += 8) {
      if (quant && (k & 31) == 0)
        scale = gemmScales8<F>(w, n0 + g * 8, valid, (pc + k) / 32);
      __m256 v[8];
      MDI_GEMM_UNROLL
      for (int r = 0; r < 8; ++r)
        v[r] = gemmLoad8<F>(rows[r], pc + k);
      if (!quant && valid < 8)
        for (int r = valid; r < 8; ++r)
          v[r] = _mm256_setzero_ps();
      gemmTranspose8(v);
      MDI_GEMM_UNROLL
      for (int t = 0; t < 8; ++t)
        _mm256_store_ps(out + (k + t) * Nr, quant ? _mm256_mul_ps(v[t], scale) : v[t]);
    }
    for (int64_t k = kVec; k < kc; ++k)
      for (int r = 0; r < 8; ++r)
        out[k * Nr + r] = r < valid ? gemmWeightAt<F>(w, n0 + g * 8 + r, pc + k) : 0.0f;
  }
}

// Strip s of the block holds xp[s * Mr * kc + k * Mr + i] = x[s * Mr + i, k] for k < kc (0 past
// `rows`). Needs 8 floats of slack past the last strip.
template <int Mr> void gemmPackX(const float *x, int64_t ldx, int64_t rows, int64_t kc, float *xp) {
  static_assert(Mr <= 16, "two transposes at most");
  for (int64_t i0 = 0; i0 < rows; i0 += Mr) {
    const int r = int(gemmMin(Mr, rows - i0));
    float *strip = xp + i0 * kc;
    int64_t k = 0;
    if (r == Mr) {
      // 8 inputs at a time: 8 x 8 transposes of rows 0-7 and 8-15 (zeros past Mr). Each input's
      // last store runs into the next input's place, which the next stores overwrite.
      for (; k + 8 <= kc; k += 8) {
        __m256 v[2][8];
        MDI_GEMM_UNROLL
        for (int i = 0; i < (Mr + 7) / 8 * 8; ++i)
          v[i / 8][i % 8] = i < Mr ? _mm256_loadu_ps(x + (i0 + i) * ldx + k) : _mm256_setzero_ps();
        MDI_GEMM_UNROLL
        for (int h = 0; h < (Mr + 7) / 8; ++h)
          gemmTranspose8(v[h]);
        MDI_GEMM_UNROLL
        for (int t = 0; t < 8; ++t) {
          MDI_GEMM_UNROLL
          for (int h = 0; h < (Mr + 7) / 8; ++h)
            _mm256_storeu_ps(strip + (k + t) * Mr + h * 8, v[h][t]);
        }
      }
    }
    for (; k < kc; ++k)
      for (int i = 0; i < Mr; ++i)
        strip[k * Mr + i] = i < r ? x[(i0 + i) * ldx + k] : 0.0f;
  }
}

// A float micro-kernel: y[r rows, cols <= Nr] = (y if accumulate) + x strip . panel (+ bias).
using GemmFloatKernel = void (*)(const float *xp, const float *wp, int64_t kc, float *y, int64_t ldy, int cols,
                                 bool accumulate, const float *bias);

// The float path for output rows [begin, end); kernels[r] handles r rows of x (1..Mr).
template <WeightFormat F, int Mr, int Nr, int64_t Kc, int64_t Mc>
void gemmFloat(const LinearJob &job, int64_t begin, int64_t end, GemmScratch &s, const GemmFloatKernel *kernels) {
  float *xp = reinterpret_cast<float *>(s.x);
  float *panel = reinterpret_cast<float *>(s.w);
  const int64_t cols = job.w.cols, m = job.m;
  const int64_t mc = gemmBlockRows(m, Mc, Mr);
  const int64_t nc = gemmSweepRows(m);
  for (int64_t sweep = begin; sweep < end; sweep += nc) {
    const int64_t sweepEnd = gemmMin(end, sweep + nc);
    for (int64_t ic = 0; ic < m; ic += mc) {
      const int64_t rows = gemmMin(mc, m - ic);
      for (int64_t pc = 0; pc < cols; pc += Kc) {
        const int64_t kc = gemmMin(Kc, cols - pc);
        const bool accumulate = pc > 0;
        const float *bias = pc + kc == cols ? job.bias : nullptr;
        gemmPackX<Mr>(job.x + ic * job.ldx + pc, job.ldx, rows, kc, xp);
        GemmPrefetch prefetch;
        for (int64_t n0 = sweep; n0 < sweepEnd; n0 += Nr) {
          const int nn = int(gemmMin(Nr, sweepEnd - n0));
          gemmExpandPanel<F, Nr>(job.w, n0, nn, pc, kc, panel);
          if (n0 + Nr < sweepEnd)
            prefetch.start<F>(job.w, n0 + Nr, gemmMin(Nr, sweepEnd - n0 - Nr), pc, kc, (rows + Mr - 1) / Mr);
          for (int64_t i0 = 0; i0 < rows; i0 += Mr) {
            prefetch.step();
            kernels[gemmMin(Mr, rows - i0)](xp + i0 * kc, panel, kc, job.y + (ic + i0) * job.ldy + n0, job.ldy, nn,
                                            accumulate, bias ? bias + n0 : nullptr);
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Integer path (Q8/Q4 weights on x quantized per block of 32, LinearJob::xq/xd): per block an
// exact integer sum, added times dx * dw to float sums. Slices are whole blocks; for block bb of a
// slice and group q (its inputs 4q..4q+3):
//  - panel: the 4 weights (as bytes) of output row j at panel[((bb * 8 + q) * Nr + j) * 4], dw at
//    scales[bb * Nr + j] (0 past the last row), and where the kernel wants one, a per-row
//    correction at wCorr[bb * Nr + j];
//  - strip: the 4 quants of x row i at strip[((bb * 8 + q) * Mr + i) * 4], a per-row correction
//    and dx at [(strip * nb + bb) * Mr + i] of their arrays (0 past the last row).

struct GemmQuantX {
  uint8_t *q;
  int32_t *corr;
  float *scale;
};

// Packs blocks b0 .. b0 + nb of rows r0 .. r0 + rows of the quantized x. The quants are stored
// xor `flip` (0, or 0x80 to make them unsigned: xq + 128), the correction is corrFactor * (sum of
// the block's xq).
template <int Mr>
void gemmPackXQuant(const LinearJob &job, int64_t r0, int64_t rows, int64_t b0, int64_t nb, int8_t flip,
                    int32_t corrFactor, const GemmQuantX &out) {
  static_assert(Mr <= 8, "one transpose");
  const int64_t blocks = job.ldxq / 32;
  const __m256i ones = _mm256_set1_epi8(1);
  const __m256i ones16 = _mm256_set1_epi16(1);
  const __m256i flipBits = _mm256_set1_epi8(flip);
  for (int64_t i0 = 0; i0 < rows; i0 += Mr) {
    const int r = int(gemmMin(Mr, rows - i0));
    uint8_t *strip = out.q + i0 * nb * 32;
    int32_t *corr = out.corr + i0 * nb;
    float *scale = out.scale + i0 * nb;
    for (int64_t bb = 0; bb < nb; ++bb) {
      __m256 v[8];
      alignas(32) int32_t sums[8];
      MDI_GEMM_UNROLL
      for (int i = 0; i < 8; ++i) {
        __m256i q = _mm256_setzero_si256();
        if (i < r && i < Mr)
          q = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(job.xq + (r0 + i0 + i) * job.ldxq + (b0 + bb) * 32));
        v[i] = _mm256_castsi256_ps(_mm256_xor_si256(q, flipBits));
        const __m256i quads = _mm256_madd_epi16(_mm256_maddubs_epi16(ones, q), ones16);
        __m128i h = _mm_add_epi32(_mm256_castsi256_si128(quads), _mm256_extracti128_si256(quads, 1));
        h = _mm_add_epi32(h, _mm_shuffle_epi32(h, 0x4e));
        h = _mm_add_epi32(h, _mm_shuffle_epi32(h, 0xb1));
        sums[i] = _mm_cvtsi128_si32(h);
      }
      // Groups of 4 bytes move as 32-bit lanes. Each group's 8-lane store runs into the next
      // group's place, which the next store overwrites (the buffer has slack past the end).
      gemmTranspose8(v);
      uint8_t *dst = strip + bb * 8 * Mr * 4;
      MDI_GEMM_UNROLL
      for (int q = 0; q < 8; ++q)
        _mm256_storeu_ps(reinterpret_cast<float *>(dst + q * Mr * 4), v[q]);
      for (int i = 0; i < Mr; ++i) {
        corr[bb * Mr + i] = i < r ? corrFactor * sums[i] : 0;
        scale[bb * Mr + i] = i < r ? job.xd[(r0 + i0 + i) * blocks + b0 + bb] : 0.0f;
      }
    }
  }
}

// The 32 weights of one Q4 block of one row as its codes (0..15), in input order. (Q8's groups
// are read as they are stored, before gemmExpandQuant gets here.)
template <WeightFormat F> inline __m256i gemmBlockBytes32(const uint8_t *quants, int8_t flip) {
  (void)flip;
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(quants));
  const __m128i low = _mm_set1_epi8(15);
  return _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(b, 4), low), _mm_and_si128(b, low));
}

// Expands blocks b0 .. b0 + nb of rows n0 .. n0 + nn (nn <= Nr). With wCorr (Q4 codes only), also
// wCorr = 65536 - 128 * (sum of the block's codes) per row: see avx2gemm.cpp.
template <WeightFormat F, int Nr>
void gemmExpandQuant(const PackedWeight &w, int64_t n0, int nn, int64_t b0, int64_t nb, int8_t flip, uint8_t *panel,
                     float *scales, int32_t *wCorr) {
  const uint8_t *base = static_cast<const uint8_t *>(w.data);
  const int64_t rowBytes = gemmRowBytes<F>(w);
  const int64_t blockBytes = gemmBlockBytes<F>();
  const __m256i ones = _mm256_set1_epi8(1);
  const __m256i ones16 = _mm256_set1_epi16(1);
  for (int g = 0; g < Nr / 8; ++g) {
    const int valid = nn - g * 8 < 0 ? 0 : nn - g * 8 > 8 ? 8 : nn - g * 8;
    if constexpr (F == WeightFormat::Q8) {
      // Already in the panel's order: per group of 4 inputs, 4 bytes of each of the 8 rows.
      const uint8_t *group = base + (n0 + g * 8) / 8 * gemmQ8GroupBytes(w) + b0 * 256;
      const __m256i flipBits = _mm256_set1_epi8(flip);
      for (int64_t bb = 0; bb < nb; ++bb) {
        uint8_t *out = panel + (bb * 8 * Nr + g * 8) * 4;
        MDI_GEMM_UNROLL
        for (int q = 0; q < 8; ++q)
          _mm256_store_si256(
              reinterpret_cast<__m256i *>(out + q * Nr * 4),
              _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(group + bb * 256 + q * 32)),
                               flipBits));
        _mm256_store_ps(scales + bb * Nr + g * 8, gemmScales8<F>(w, n0 + g * 8, valid, b0 + bb));
      }
      continue;
    }
    // Rows past the end read row n0 instead (their scales are 0, which zeroes their products).
    const uint8_t *rows[8];
    for (int r = 0; r < 8; ++r)
      rows[r] = base + (r < valid ? n0 + g * 8 + r : n0) * rowBytes + b0 * blockBytes;
    for (int64_t bb = 0; bb < nb; ++bb) {
      __m256 v[8];
      MDI_GEMM_UNROLL
      for (int r = 0; r < 8; ++r)
        v[r] = _mm256_castsi256_ps(gemmBlockBytes32<F>(rows[r] + bb * blockBytes, flip));
      gemmTranspose8(v);
      uint8_t *out = panel + (bb * 8 * Nr + g * 8) * 4;
      __m256i codeSums = _mm256_setzero_si256(); // per row, 4 byte sums of at most 8 * 15
      MDI_GEMM_UNROLL
      for (int q = 0; q < 8; ++q) {
        _mm256_store_ps(reinterpret_cast<float *>(out + q * Nr * 4), v[q]);
        if (wCorr)
          codeSums = _mm256_add_epi8(codeSums, _mm256_castps_si256(v[q]));
      }
      if (wCorr) {
        const __m256i rowSums = _mm256_madd_epi16(_mm256_maddubs_epi16(codeSums, ones), ones16);
        _mm256_store_si256(reinterpret_cast<__m256i *>(wCorr + bb * Nr + g * 8),
                           _mm256_sub_epi32(_mm256_set1_epi32(65536), _mm256_slli_epi32(rowSums, 7)));
      }
      _mm256_store_ps(scales + bb * Nr + g * 8, gemmScales8<F>(w, n0 + g * 8, valid, b0 + bb));
    }
  }
}

// An integer micro-kernel: y[r rows, cols <= Nr] = (y if accumulate) + the sum over the nb
// blocks (+ bias).
using GemmQuantKernel = void (*)(const uint8_t *xp, const int32_t *xCorr, const float *xScale, const uint8_t *wp,
                                 const float *wScale, const int32_t *wCorr, int64_t nb, float *y, int64_t ldy, int cols,
                                 bool accumulate, const float *bias);

// Bytes of scratch the integer path needs.
constexpr int64_t gemmQuantXBytes(int64_t mc, int64_t kcBlocks) {
  return mc * kcBlocks * 32 + 256 + mc * kcBlocks * 8;
}
constexpr int64_t gemmQuantPanelBytes(int64_t nr, int64_t kcBlocks) {
  return kcBlocks * 32 * nr + kcBlocks * nr * 8;
}

// The integer path for output rows [begin, end): x as gemmPackXQuant(flipX, xCorrFactor), the
// weights as gemmExpandQuant(flipW, with wCorr if withWCorr); kernels[r] handles r rows of x.
template <WeightFormat F, int Mr, int Nr, int64_t KcBlocks, int64_t Mc>
void gemmQuant(const LinearJob &job, int64_t begin, int64_t end, GemmScratch &s, int8_t flipX, int32_t xCorrFactor,
               int8_t flipW, bool withWCorr, const GemmQuantKernel *kernels) {
  GemmQuantX x;
  x.q = reinterpret_cast<uint8_t *>(s.x);
  x.corr = reinterpret_cast<int32_t *>(s.x + (Mc * KcBlocks * 32 + 256));
  x.scale = reinterpret_cast<float *>(x.corr + Mc * KcBlocks);
  uint8_t *panel = reinterpret_cast<uint8_t *>(s.w);
  float *panelScales = reinterpret_cast<float *>(panel + KcBlocks * 32 * Nr);
  int32_t *panelCorr = reinterpret_cast<int32_t *>(panelScales + KcBlocks * Nr);
  const int64_t blocks = (job.w.cols + 31) / 32, m = job.m;
  const int64_t mc = gemmBlockRows(m, Mc, Mr);
  const int64_t nc = gemmSweepRows(m);
  for (int64_t sweep = begin; sweep < end; sweep += nc) {
    const int64_t sweepEnd = gemmMin(end, sweep + nc);
    for (int64_t ic = 0; ic < m; ic += mc) {
      const int64_t rows = gemmMin(mc, m - ic);
      for (int64_t b0 = 0; b0 < blocks; b0 += KcBlocks) {
        const int64_t nb = gemmMin(KcBlocks, blocks - b0);
        const bool accumulate = b0 > 0;
        const float *bias = b0 + nb == blocks ? job.bias : nullptr;
        gemmPackXQuant<Mr>(job, ic, rows, b0, nb, flipX, xCorrFactor, x);
        GemmPrefetch prefetch;
        for (int64_t n0 = sweep; n0 < sweepEnd; n0 += Nr) {
          const int nn = int(gemmMin(Nr, sweepEnd - n0));
          gemmExpandQuant<F, Nr>(job.w, n0, nn, b0, nb, flipW, panel, panelScales, withWCorr ? panelCorr : nullptr);
          if (n0 + Nr < sweepEnd)
            prefetch.start<F>(job.w, n0 + Nr, gemmMin(Nr, sweepEnd - n0 - Nr), b0 * 32, nb * 32, (rows + Mr - 1) / Mr);
          for (int64_t i0 = 0; i0 < rows; i0 += Mr) {
            prefetch.step();
            kernels[gemmMin(Mr, rows - i0)](x.q + i0 * nb * 32, x.corr + i0 * nb, x.scale + i0 * nb, panel, panelScales,
                                            panelCorr, nb, job.y + (ic + i0) * job.ldy + n0, job.ldy, nn, accumulate,
                                            bias ? bias + n0 : nullptr);
          }
        }
      }
    }
  }
}

} // namespace

} // namespace mdi::kernels
