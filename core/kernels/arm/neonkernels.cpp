// The AArch64 Advanced SIMD variant (every AArch64 CPU: Apple M-series, Graviton, Raspberry Pi 5).
// Built with the baseline flags; neondotkernels.cpp adds the dot-product Q8/Q4 kernels.
//  - gemv (m <= 8): F32/BF16 multiply in float32 with several accumulators per output row and each
//    weight vector loaded once for all rows of x; Q8/Q4 take the quantized x (neonkernels.h) with
//    integer block dot products from widening multiplies (smull/smlal + sadalp).
//  - gemm (m > 8): the weights are expanded panel by panel (16 output rows x 256 inputs) into
//    float32 and multiplied by a 6x16 register-blocked FMA micro-kernel (fmla by element).
//  - quantizeRow: the scalar semantics exactly (max |x| / 127, round to nearest even).
// Output rows are tiled from `begin` and every output row is computed the same way whatever the
// tile, so the thread split never changes a result bit.

#include "kernels/arm/neonkernels.h"

#include <vector>

namespace mdi::kernels {

namespace {

float bf16Bits(uint16_t b) {
  const uint32_t u = uint32_t(b) << 16;
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// ---- quantizeRow -------------------------------------------------------------------------------

void quantizeRow(const float *x, int64_t cols, int8_t *q, float *d) {
  const int64_t blocks = (cols + kQuantBlock - 1) / kQuantBlock;
  for (int64_t b = 0; b < blocks; ++b) {
    const int64_t first = b * kQuantBlock;
    const int64_t n = cols - first < kQuantBlock ? cols - first : kQuantBlock;
    float padded[kQuantBlock];
    const float *src = x + first;
    if (n < kQuantBlock) { // zeros change neither the maximum nor the padding quants
      std::memset(padded, 0, sizeof padded);
      std::memcpy(padded, src, size_t(n) * sizeof(float));
      src = padded;
    }
    float32x4_t v[8];
    MDI_NEON_UNROLL
    for (int i = 0; i < 8; ++i)
      v[i] = vld1q_f32(src + 4 * i);
    // fmaxnm ignores NaN like std::fmax; the maximum does not depend on the order.
    const float32x4_t m01 = vmaxnmq_f32(vabsq_f32(v[0]), vabsq_f32(v[1]));
    const float32x4_t m23 = vmaxnmq_f32(vabsq_f32(v[2]), vabsq_f32(v[3]));
    const float32x4_t m45 = vmaxnmq_f32(vabsq_f32(v[4]), vabsq_f32(v[5]));
    const float32x4_t m67 = vmaxnmq_f32(vabsq_f32(v[6]), vabsq_f32(v[7]));
    const float amax = vmaxnmvq_f32(vmaxnmq_f32(vmaxnmq_f32(m01, m23), vmaxnmq_f32(m45, m67)));
    const float scale = amax / 127.0f;
    const float inverse = scale != 0.0f ? 1.0f / scale : 0.0f;
    d[b] = scale;
    const float32x4_t inv = vdupq_n_f32(inverse);
    int32x4_t n32[8];
    MDI_NEON_UNROLL
    for (int i = 0; i < 8; ++i) // fcvtns: round to nearest, ties to even, like std::nearbyint
      n32[i] = vcvtnq_s32_f32(vmulq_f32(v[i], inv));
    MDI_NEON_UNROLL
    for (int h = 0; h < 2; ++h) {
      const int16x8_t a = vcombine_s16(vqmovn_s32(n32[4 * h]), vqmovn_s32(n32[4 * h + 1]));
      const int16x8_t c = vcombine_s16(vqmovn_s32(n32[4 * h + 2]), vqmovn_s32(n32[4 * h + 3]));
      vst1q_s8(q + first + 16 * h, vcombine_s8(vqmovn_s16(a), vqmovn_s16(c)));
    }
  }
}

// ---- gemv, float formats -----------------------------------------------------------------------

// Four weights of a row from index k, as float32.
template <bool Bf16> float32x4_t loadWeights(const void *row, int64_t k) {
  if constexpr (Bf16)
    return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(static_cast<const uint16_t *>(row) + k), 16));
  else
    return vld1q_f32(static_cast<const float *>(row) + k);
}

template <bool Bf16> float weightAt(const void *row, int64_t k) {
  if constexpr (Bf16)
    return bf16Bits(static_cast<const uint16_t *>(row)[k]);
  else
    return static_cast<const float *>(row)[k];
}

// Output rows o0..o0+R for M rows of x (x/y already offset to the first): U accumulators per
// (output row, x row), 4 * U inputs per step, the weight vectors loaded once for all M rows. The
// sum of an output row is: lanes of U accumulators over whole steps, one more vector step into
// the first accumulator, the horizontal add, then the last cols % 4 products in order.
template <bool Bf16, int M, int R, int U> void floatTile(const LinearJob &job, const float *x, float *y, int64_t o0) {
  const int64_t cols = job.w.cols;
  const int64_t elementBytes = Bf16 ? 2 : 4;
  const void *rows[R];
  float32x4_t acc[R][M][U];
  MDI_NEON_UNROLL
  for (int r = 0; r < R; ++r) {
    rows[r] = static_cast<const uint8_t *>(job.w.data) + (o0 + r) * cols * elementBytes;
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m) {
      MDI_NEON_UNROLL
      for (int u = 0; u < U; ++u)
        acc[r][m][u] = vdupq_n_f32(0.0f);
    }
  }
  int64_t k = 0;
  for (; k + 4 * U <= cols; k += 4 * U) {
    float32x4_t w[R][U];
    MDI_NEON_UNROLL
    for (int r = 0; r < R; ++r) {
      MDI_NEON_UNROLL
      for (int u = 0; u < U; ++u)
        w[r][u] = loadWeights<Bf16>(rows[r], k + 4 * u);
    }
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m) {
      MDI_NEON_UNROLL
      for (int u = 0; u < U; ++u) {
        const float32x4_t xv = vld1q_f32(x + m * job.ldx + k + 4 * u);
        MDI_NEON_UNROLL
        for (int r = 0; r < R; ++r)
          acc[r][m][u] = vfmaq_f32(acc[r][m][u], w[r][u], xv);
      }
    }
  }
  if (U > 1 && k + 4 <= cols) {
    MDI_NEON_UNROLL
    for (int r = 0; r < R; ++r) {
      const float32x4_t w = loadWeights<Bf16>(rows[r], k);
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m)
        acc[r][m][0] = vfmaq_f32(acc[r][m][0], w, vld1q_f32(x + m * job.ldx + k));
    }
    k += 4;
  }
  MDI_NEON_UNROLL
  for (int r = 0; r < R; ++r) {
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m) {
      float32x4_t v = acc[r][m][0];
      for (int u = 1; u < U; ++u)
        v = vaddq_f32(v, acc[r][m][u]);
      float sum = vaddvq_f32(v);
      for (int64_t i = k; i < cols; ++i)
        sum += weightAt<Bf16>(rows[r], i) * x[m * job.ldx + i];
      y[m * job.ldy + o0 + r] = sum + (job.bias ? job.bias[o0 + r] : 0.0f);
    }
  }
}

template <bool Bf16, int M, int R, int U>
void floatGemvRows(const LinearJob &job, int64_t m0, int64_t begin, int64_t end) {
  const float *x = job.x + m0 * job.ldx;
  float *y = job.y + m0 * job.ldy;
  int64_t o = begin;
  for (; o + R <= end; o += R)
    floatTile<Bf16, M, R, U>(job, x, y, o);
  for (; o < end; ++o)
    floatTile<Bf16, M, 1, U>(job, x, y, o);
}

// 8 to 16 accumulators: two per pair for one or two rows of x, then one, over fewer output rows.
template <bool Bf16> void floatGemv(const LinearJob &job, int64_t begin, int64_t end) {
  for (int64_t m0 = 0; m0 < job.m; m0 += kGemvMaxRows) {
    const int64_t m = job.m - m0 < kGemvMaxRows ? job.m - m0 : kGemvMaxRows;
    switch (m) {
    case 1:
      floatGemvRows<Bf16, 1, 4, 2>(job, m0, begin, end);
      break;
    case 2:
      floatGemvRows<Bf16, 2, 4, 2>(job, m0, begin, end);
      break;
    case 3:
      floatGemvRows<Bf16, 3, 4, 1>(job, m0, begin, end);
      break;
    case 4:
      floatGemvRows<Bf16, 4, 4, 1>(job, m0, begin, end);
      break;
    case 5:
      floatGemvRows<Bf16, 5, 2, 1>(job, m0, begin, end);
      break;
    case 6:
      floatGemvRows<Bf16, 6, 2, 1>(job, m0, begin, end);
      break;
    case 7:
      floatGemvRows<Bf16, 7, 2, 1>(job, m0, begin, end);
      break;
    default:
      floatGemvRows<Bf16, 8, 2, 1>(job, m0, begin, end);
      break;
    }
  }
}

// ---- gemv, Q8/Q4 over widening multiplies ------------------------------------------------------

struct MullDot {
  static int32x4_t block(int8x16_t w0, int8x16_t w1, int8x16_t x0, int8x16_t x1) {
    // |w|, |x| <= 127: two products per int16 lane stay below 2^15.
    int16x8_t p0 = vmull_s8(vget_low_s8(w0), vget_low_s8(x0));
    p0 = vmlal_high_s8(p0, w0, x0);
    int16x8_t p1 = vmull_s8(vget_low_s8(w1), vget_low_s8(x1));
    p1 = vmlal_high_s8(p1, w1, x1);
    return vpadalq_s16(vpaddlq_s16(p0), p1);
  }
  // acc[r] += the 4 products of row r's 4 bytes of w with x's 4 (every lane of x the same 4).
  static int32x4_t quad(int32x4_t acc, int8x16_t w, int8x16_t x) {
    const int16x8_t lo = vmull_s8(vget_low_s8(w), vget_low_s8(x)); // rows 0, 1: 4 products each
    const int16x8_t hi = vmull_high_s8(w, x);                      // rows 2, 3
    return vpadalq_s16(acc, vpaddq_s16(lo, hi));                   // pairs (at most 2 * 127 * 127), then per row
  }
};

// ---- gemm --------------------------------------------------------------------------------------

constexpr int kMr = 6;       // rows of x per micro-tile (broadcast by lane)
constexpr int kNr = 16;      // output rows per micro-tile (four vectors)
constexpr int64_t kKc = 256; // inputs per panel (a multiple of the quant block)
constexpr int64_t kMc = 120; // rows of x packed at a time (a multiple of kMr)

// y[0..6, 0..16) (+)= xp^T wp over kc inputs: xp is [kc][6], wp is [kc][16]. 24 accumulators in
// named variables (every compiler keeps them in registers), per input 4 + 2 loads for 24 fmla by
// element. With `bias`, it is added at the end (the last panel).
#define MDI_NEON_TILE(OP) OP(0) OP(1) OP(2) OP(3) OP(4) OP(5)
#define MDI_NEON_DECLARE(i)                                                                                            \
  float32x4_t c##i##0 = vdupq_n_f32(0.0f), c##i##1 = c##i##0, c##i##2 = c##i##0, c##i##3 = c##i##0;                    \
  if (accumulate) {                                                                                                    \
    c##i##0 = vld1q_f32(c + i * ldc);                                                                                  \
    c##i##1 = vld1q_f32(c + i * ldc + 4);                                                                              \
    c##i##2 = vld1q_f32(c + i * ldc + 8);                                                                              \
    c##i##3 = vld1q_f32(c + i * ldc + 12);                                                                             \
  }
// Rows 0..3 take their x from lanes of xa, rows 4 and 5 from lanes of xb.
#define MDI_NEON_FMA(i)                                                                                                \
  if (i < 4) {                                                                                                         \
    c##i##0 = vfmaq_laneq_f32(c##i##0, w0, xa, i & 3);                                                                 \
    c##i##1 = vfmaq_laneq_f32(c##i##1, w1, xa, i & 3);                                                                 \
    c##i##2 = vfmaq_laneq_f32(c##i##2, w2, xa, i & 3);                                                                 \
    c##i##3 = vfmaq_laneq_f32(c##i##3, w3, xa, i & 3);                                                                 \
  } else {                                                                                                             \
    c##i##0 = vfmaq_lane_f32(c##i##0, w0, xb, i & 1);                                                                  \
    c##i##1 = vfmaq_lane_f32(c##i##1, w1, xb, i & 1);                                                                  \
    c##i##2 = vfmaq_lane_f32(c##i##2, w2, xb, i & 1);                                                                  \
    c##i##3 = vfmaq_lane_f32(c##i##3, w3, xb, i & 1);                                                                  \
  }
#define MDI_NEON_STORE(i)                                                                                              \
  vst1q_f32(c + i * ldc, vaddq_f32(c##i##0, b0));                                                                      \
  vst1q_f32(c + i * ldc + 4, vaddq_f32(c##i##1, b1));                                                                  \
  vst1q_f32(c + i * ldc + 8, vaddq_f32(c##i##2, b2));                                                                  \
  vst1q_f32(c + i * ldc + 12, vaddq_f32(c##i##3, b3));

void microKernel(int64_t kc, const float *xp, const float *wp, float *c, int64_t ldc, bool accumulate,
                 const float *bias) {
  MDI_NEON_TILE(MDI_NEON_DECLARE)
  for (int64_t k = 0; k < kc; ++k) {
    const float32x4_t w0 = vld1q_f32(wp), w1 = vld1q_f32(wp + 4), w2 = vld1q_f32(wp + 8), w3 = vld1q_f32(wp + 12);
    const float32x4_t xa = vld1q_f32(xp);
    const float32x2_t xb = vld1_f32(xp + 4);
    MDI_NEON_TILE(MDI_NEON_FMA)
    wp += kNr;
    xp += kMr;
  }
  // Adding a zero bias leaves every value as it is (-0 + 0 aside, which compares equal).
  const float32x4_t zero = vdupq_n_f32(0.0f);
  const float32x4_t b0 = bias ? vld1q_f32(bias) : zero, b1 = bias ? vld1q_f32(bias + 4) : zero;
  const float32x4_t b2 = bias ? vld1q_f32(bias + 8) : zero, b3 = bias ? vld1q_f32(bias + 12) : zero;
  MDI_NEON_TILE(MDI_NEON_STORE)
}

#undef MDI_NEON_TILE
#undef MDI_NEON_DECLARE
#undef MDI_NEON_FMA
#undef MDI_NEON_STORE

// Row o's inputs [k0, k0 + len) as float32 into dst, which is then valid (zeros past len) up to a
// multiple of 4 (F32/BF16) or of 32 (Q8/Q4; k0 is a multiple of 32 and the padding quants are 0).
template <WeightFormat F>
void expandRow(const PackedWeight &w, const QuantLayout &l, int64_t o, int64_t k0, int64_t len, float *dst) {
  if constexpr (F == WeightFormat::F32 || F == WeightFormat::BF16) {
    int64_t k = 0;
    if constexpr (F == WeightFormat::F32) {
      std::memcpy(dst, static_cast<const float *>(w.data) + o * w.cols + k0, size_t(len) * sizeof(float));
      k = len;
    } else {
      const uint16_t *src = static_cast<const uint16_t *>(w.data) + o * w.cols + k0;
      for (; k + 8 <= len; k += 8) {
        const uint16x8_t v = vld1q_u16(src + k);
        vst1q_f32(dst + k, vreinterpretq_f32_u32(vshll_n_u16(vget_low_u16(v), 16)));
        vst1q_f32(dst + k + 4, vreinterpretq_f32_u32(vshll_high_n_u16(v, 16)));
      }
      for (; k < len; ++k)
        dst[k] = bf16Bits(src[k]);
    }
    for (; k % 4 != 0; ++k)
      dst[k] = 0.0f;
  } else {
    const int64_t b0 = k0 / kQuantBlock, nb = (len + kQuantBlock - 1) / kQuantBlock;
    const bool q8 = F == WeightFormat::Q8;
    // Q8: row o's lane of its group (4 bytes of every 32); Q4: the row's own blocks.
    const uint8_t *quants =
        q8 ? l.quants + ((o / 8) * l.blocks + b0) * 256 + (o % 8) * 4 : l.quants + (o * l.blocks + b0) * l.blockBytes;
    const uint16_t *scales = q8 ? l.scales + ((o / 8) * l.blocks + b0) * 8 + o % 8 : l.scales + o * l.blocks + b0;
    for (int64_t b = 0; b < nb; ++b) {
      // The scale in every lane (float16 -> float32 exactly; the products below are exact too).
      const float32x4_t s = vcvt_f32_f16(vreinterpret_f16_u16(vld1_dup_u16(scales + b * (q8 ? 8 : 1))));
      int8x16_t q[2];
      if constexpr (F == WeightFormat::Q4) {
        unpackQ4(quants + b * l.blockBytes, &q[0], &q[1]);
      } else {
        int8_t bytes[kQuantBlock];
        for (int k = 0; k < 8; ++k)
          std::memcpy(bytes + 4 * k, quants + b * 256 + k * 32, 4);
        q[0] = vld1q_s8(bytes);
        q[1] = vld1q_s8(bytes + 16);
      }
      float *out = dst + b * kQuantBlock;
      MDI_NEON_UNROLL
      for (int h = 0; h < 2; ++h) {
        const int16x8_t lo = vmovl_s8(vget_low_s8(q[h])), hi = vmovl_high_s8(q[h]);
        vst1q_f32(out + 16 * h, vmulq_f32(vcvtq_f32_s32(vmovl_s16(vget_low_s16(lo))), s));
        vst1q_f32(out + 16 * h + 4, vmulq_f32(vcvtq_f32_s32(vmovl_high_s16(lo)), s));
        vst1q_f32(out + 16 * h + 8, vmulq_f32(vcvtq_f32_s32(vmovl_s16(vget_low_s16(hi))), s));
        vst1q_f32(out + 16 * h + 12, vmulq_f32(vcvtq_f32_s32(vmovl_high_s16(hi)), s));
      }
    }
  }
}

// rows [16][kKc] (row-major expanded weights) -> panel [k][16], k < kc rounded up to 4.
void transposePanel(const float *rows, int64_t kc, float *panel) {
  for (int64_t k = 0; k < kc; k += 4) {
    MDI_NEON_UNROLL
    for (int g = 0; g < kNr / 4; ++g) {
      const float32x4_t r0 = vld1q_f32(rows + (4 * g + 0) * kKc + k), r1 = vld1q_f32(rows + (4 * g + 1) * kKc + k);
      const float32x4_t r2 = vld1q_f32(rows + (4 * g + 2) * kKc + k), r3 = vld1q_f32(rows + (4 * g + 3) * kKc + k);
      const float64x2_t t0 = vreinterpretq_f64_f32(vtrn1q_f32(r0, r1)), t1 = vreinterpretq_f64_f32(vtrn2q_f32(r0, r1));
      const float64x2_t t2 = vreinterpretq_f64_f32(vtrn1q_f32(r2, r3)), t3 = vreinterpretq_f64_f32(vtrn2q_f32(r2, r3));
      vst1q_f32(panel + (k + 0) * kNr + 4 * g, vreinterpretq_f32_f64(vtrn1q_f64(t0, t2)));
      vst1q_f32(panel + (k + 1) * kNr + 4 * g, vreinterpretq_f32_f64(vtrn1q_f64(t1, t3)));
      vst1q_f32(panel + (k + 2) * kNr + 4 * g, vreinterpretq_f32_f64(vtrn2q_f64(t0, t2)));
      vst1q_f32(panel + (k + 3) * kNr + 4 * g, vreinterpretq_f32_f64(vtrn2q_f64(t1, t3)));
    }
  }
}

struct GemmScratch {
  std::vector<float> x;     // kMc x kKc, as micro-tiles [kc][6]
  std::vector<float> rows;  // 16 x kKc
  std::vector<float> panel; // kKc x 16
};

// y = x W^T for any m: for each block of kMc rows of x and each panel of kKc inputs, x is packed
// into 6-row micro-tiles, then each group of 16 output rows from `begin` is expanded to float32
// (once per block of x) and multiplied with every micro-tile. An output's sum runs over the input
// panels in order from 0, the same for every tile and thread split. Partial tiles (past `end` or
// past m) compute on zeros into a scratch tile.
template <WeightFormat F> void gemm(const LinearJob &job, int64_t begin, int64_t end) {
  const PackedWeight &w = job.w;
  const int64_t cols = w.cols;
  const QuantLayout l =
      F == WeightFormat::Q8 || F == WeightFormat::Q4 ? quantLayout(w, F == WeightFormat::Q4) : QuantLayout{};
  thread_local GemmScratch scratch;
  scratch.x.resize(size_t(kMc * kKc));
  scratch.rows.resize(size_t(kNr * kKc));
  scratch.panel.resize(size_t(kKc * kNr));
  float *xp = scratch.x.data(), *rows = scratch.rows.data(), *panel = scratch.panel.data();
  if (cols == 0) { // no inputs: y is the bias
    for (int64_t i = 0; i < job.m; ++i)
      for (int64_t o = begin; o < end; ++o)
        job.y[i * job.ldy + o] = job.bias ? job.bias[o] : 0.0f;
    return;
  }
  for (int64_t i0 = 0; i0 < job.m; i0 += kMc) {
    const int64_t mc = job.m - i0 < kMc ? job.m - i0 : kMc;
    const int64_t tiles = (mc + kMr - 1) / kMr;
    for (int64_t k0 = 0; k0 < cols; k0 += kKc) {
      const int64_t kc = cols - k0 < kKc ? cols - k0 : kKc;
      const bool first = k0 == 0, last = k0 + kc == cols;
      for (int64_t t = 0; t < tiles; ++t) {
        float *dst = xp + t * kKc * kMr;
        for (int i = 0; i < kMr; ++i) {
          const int64_t row = t * kMr + i;
          if (row < mc) {
            const float *src = job.x + (i0 + row) * job.ldx + k0;
            for (int64_t k = 0; k < kc; ++k)
              dst[k * kMr + i] = src[k];
          } else {
            for (int64_t k = 0; k < kc; ++k)
              dst[k * kMr + i] = 0.0f;
          }
        }
      }
      for (int64_t o0 = begin; o0 < end; o0 += kNr) {
        const int64_t nr = end - o0 < kNr ? end - o0 : kNr;
        for (int64_t j = 0; j < kNr; ++j) {
          if (j < nr)
            expandRow<F>(w, l, o0 + j, k0, kc, rows + j * kKc);
          else
            std::memset(rows + j * kKc, 0, size_t(kKc) * sizeof(float));
        }
        transposePanel(rows, kc, panel);
        const float *bias = last && job.bias ? job.bias + o0 : nullptr;
        for (int64_t t = 0; t < tiles; ++t) {
          const int64_t mr = mc - t * kMr < kMr ? mc - t * kMr : kMr;
          float *c = job.y + (i0 + t * kMr) * job.ldy + o0;
          if (mr == kMr && nr == kNr) {
            microKernel(kc, xp + t * kKc * kMr, panel, c, job.ldy, !first, bias);
            continue;
          }
          float tile[kMr * kNr] = {};
          float biasTile[kNr] = {};
          if (bias)
            std::memcpy(biasTile, bias, size_t(nr) * sizeof(float));
          if (!first)
            for (int64_t i = 0; i < mr; ++i)
              std::memcpy(tile + i * kNr, c + i * job.ldy, size_t(nr) * sizeof(float));
          microKernel(kc, xp + t * kKc * kMr, panel, tile, kNr, !first, bias ? biasTile : nullptr);
          for (int64_t i = 0; i < mr; ++i)
            std::memcpy(c + i * job.ldy, tile + i * kNr, size_t(nr) * sizeof(float));
        }
      }
    }
  }
}

IsaKernels makeNeon() {
  IsaKernels k;
  k.gemv[int(WeightFormat::F32)] = floatGemv<false>;
  k.gemv[int(WeightFormat::BF16)] = floatGemv<true>;
  k.gemv[int(WeightFormat::Q8)] = q8GroupGemv<MullDot>;
  k.gemv[int(WeightFormat::Q4)] = quantGemv<MullDot, true>;
  k.gemm[int(WeightFormat::F32)] = gemm<WeightFormat::F32>;
  k.gemm[int(WeightFormat::BF16)] = gemm<WeightFormat::BF16>;
  k.gemm[int(WeightFormat::Q8)] = gemm<WeightFormat::Q8>;
  k.gemm[int(WeightFormat::Q4)] = gemm<WeightFormat::Q4>;
  k.gemvWantsQuantizedX[int(WeightFormat::Q8)] = true;
  k.gemvWantsQuantizedX[int(WeightFormat::Q4)] = true;
  k.rowGrain = 64; // a multiple of every tile: 1, 2, 4 (gemv) and 16 (gemm)
  k.quantizeRow = quantizeRow;
  return k;
}

} // namespace

const IsaKernels *neonKernels() {
  static const IsaKernels kernels = makeNeon();
  return &kernels;
}

const IsaKernels *neon::dotKernels(LinearFn gemvQ8, LinearFn gemvQ4) {
  static const IsaKernels kernels = [&] {
    IsaKernels k = *neonKernels();
    k.gemv[int(WeightFormat::Q8)] = gemvQ8;
    k.gemv[int(WeightFormat::Q4)] = gemvQ4;
    return k;
  }();
  return &kernels;
}

} // namespace mdi::kernels
