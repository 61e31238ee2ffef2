#pragma once

// Internal to the AArch64 variants (arm/): what neonkernels.cpp and neondotkernels.cpp share.
// Everything here is either a declaration or lives in an anonymous namespace, so that the
// +dotprod translation unit instantiates nothing it shares with the baseline one (no ODR
// hazard): intrinsics, <cstdint> and <cstring> only, offsets computed here from the layout in
// weightformat.h rather than through PackedWeight's inline helpers.

#include "kernels/isakernels.h"

#if defined(_MSC_VER) && !defined(__clang__)
#include <arm64_neon.h>
#else
#include <arm_neon.h>
#endif

#include <cstdint>
#include <cstring>

// Complete unrolling of the loops over a tile's fixed dimensions, so that its accumulator arrays
// live in registers: GCC at -O2 keeps loops with large bodies rolled, and then the arrays in
// memory. (GCC and clang; MSVC has no such pragma.)
#if defined(__GNUC__)
#define MDI_NEON_UNROLL _Pragma("GCC unroll 32")
#else
#define MDI_NEON_UNROLL
#endif

namespace mdi::kernels {

namespace neon {
// The NeonDot table: the Neon one with these Q8/Q4 matrix-vector kernels. Built in
// neonkernels.cpp (baseline flags) so that the +dotprod file constructs no IsaKernels itself.
const IsaKernels *dotKernels(LinearFn gemvQ8, LinearFn gemvQ4);
} // namespace neon

namespace {

// Where a Q8/Q4 matrix's quants and float16 scales are (weightformat.h).
struct QuantLayout {
  const uint8_t *quants = nullptr;
  const uint16_t *scales = nullptr;
  int64_t blocks = 0;     // per row
  int64_t blockBytes = 0; // 32 (Q8) or 16 (Q4)
};

// Q8 keeps groups of 8 rows (weightformat.h): its scales then sit 8 per group and block, and a
// group's block is 256 bytes, 4 inputs of each of its 8 rows per 16 + 16 bytes.
inline QuantLayout quantLayout(const PackedWeight &w, bool q4) {
  QuantLayout l;
  l.blocks = (w.cols + kQuantBlock - 1) / kQuantBlock;
  l.blockBytes = q4 ? kQuantBlock / 2 : kQuantBlock;
  const int64_t storedRows = q4 ? w.rows : (w.rows + 7) / 8 * 8;
  const int64_t quantBytes = storedRows * l.blocks * l.blockBytes;
  const int64_t scalesAt = (quantBytes + kPackAlignment - 1) / kPackAlignment * kPackAlignment;
  l.quants = static_cast<const uint8_t *>(w.data);
  l.scales = reinterpret_cast<const uint16_t *>(l.quants + scalesAt);
  return l;
}

// Four float16 values to float32 (AArch64 always has the conversion).
inline float32x4_t halfToFloat4(const uint16_t *h) {
  return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(h)));
}

// One Q4 block's 16 bytes as two int8 vectors of n - 8: inputs 0..15 (low nibbles) and 16..31.
inline void unpackQ4(const uint8_t *q, int8x16_t *lo, int8x16_t *hi) {
  const uint8x16_t v = vld1q_u8(q);
  const int8x16_t eight = vdupq_n_s8(8);
  *lo = vsubq_s8(vreinterpretq_s8_u8(vandq_u8(v, vdupq_n_u8(0x0f))), eight);
  *hi = vsubq_s8(vreinterpretq_s8_u8(vshrq_n_u8(v, 4)), eight);
}

// The Q8/Q4 matrix-vector product over quantized x (job.xq/xd), generic in the block dot product
// Dot::block(w0, w1, x0, x1): four int32 partial sums of the 32 products w0.x0 + w1.x1 (each
// lane a sum of 8 of them; exact). Per block the partial sums are converted to float and
// accumulated with the block's scale product (weight scale * x scale) into one float32x4 per
// (output row, x row): no horizontal reduction inside the loop, one vaddv at the end. Each weight
// block is loaded (and for Q4 unpacked) once for all M rows of x; R output rows per tile give
// R * M independent accumulator chains. An output row's arithmetic does not depend on R or on
// where the tile starts, so results are bitwise the same for any split of the rows.

// Block b (lane J of the current group of four scale products) of R output rows.
template <class Dot, bool Q4, int J, int M, int R>
inline void quantBlock(float32x4_t (&acc)[R][M], float32x4_t (&scale)[R][M], const uint8_t *(&rows)[R],
                       const int8_t *xq, int64_t ldxq, int64_t b, int64_t blockBytes) {
  int8x16_t w0[R], w1[R];
  MDI_NEON_UNROLL
  for (int r = 0; r < R; ++r) {
    const uint8_t *q = rows[r] + b * blockBytes;
    if (Q4) {
      unpackQ4(q, &w0[r], &w1[r]);
    } else {
      w0[r] = vld1q_s8(reinterpret_cast<const int8_t *>(q));
      w1[r] = vld1q_s8(reinterpret_cast<const int8_t *>(q) + 16);
    }
  }
  MDI_NEON_UNROLL
  for (int m = 0; m < M; ++m) {
    const int8_t *x = xq + m * ldxq + b * kQuantBlock;
    const int8x16_t x0 = vld1q_s8(x), x1 = vld1q_s8(x + 16);
    MDI_NEON_UNROLL
    for (int r = 0; r < R; ++r)
      acc[r][m] = vfmaq_laneq_f32(acc[r][m], vcvtq_f32_s32(Dot::block(w0[r], w1[r], x0, x1)), scale[r][m], J);
  }
}

// Output rows o0..o0+R for M rows of x (xq/xd/y already offset to the first of them).
template <class Dot, bool Q4, int M, int R>
inline void quantTile(const LinearJob &job, const QuantLayout &l, const int8_t *xq, const float *xd, float *y,
                      int64_t o0) {
  const int64_t blocks = l.blocks;
  const uint8_t *rows[R];
  float32x4_t acc[R][M];
  MDI_NEON_UNROLL
  for (int r = 0; r < R; ++r) {
    rows[r] = l.quants + (o0 + r) * blocks * l.blockBytes;
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m)
      acc[r][m] = vdupq_n_f32(0.0f);
  }
  for (int64_t b = 0; b < blocks; b += 4) {
    const int64_t n = blocks - b < 4 ? blocks - b : 4;
    float32x4_t ws[R], xs[M], scale[R][M];
    if (n == 4) {
      MDI_NEON_UNROLL
      for (int r = 0; r < R; ++r)
        ws[r] = halfToFloat4(l.scales + (o0 + r) * blocks + b);
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m)
        xs[m] = vld1q_f32(xd + m * blocks + b);
    } else { // the row's last blocks: do not read past its scales
      MDI_NEON_UNROLL
      for (int r = 0; r < R; ++r) {
        uint16_t h[4] = {0, 0, 0, 0};
        std::memcpy(h, l.scales + (o0 + r) * blocks + b, size_t(n) * sizeof(uint16_t));
        ws[r] = halfToFloat4(h);
      }
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m) {
        float f[4] = {0.0f, 0.0f, 0.0f, 0.0f};
        std::memcpy(f, xd + m * blocks + b, size_t(n) * sizeof(float));
        xs[m] = vld1q_f32(f);
      }
    }
    MDI_NEON_UNROLL
    for (int r = 0; r < R; ++r) {
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m)
        scale[r][m] = vmulq_f32(ws[r], xs[m]);
    }
    quantBlock<Dot, Q4, 0, M, R>(acc, scale, rows, xq, job.ldxq, b, l.blockBytes);
    if (n > 1)
      quantBlock<Dot, Q4, 1, M, R>(acc, scale, rows, xq, job.ldxq, b + 1, l.blockBytes);
    if (n > 2)
      quantBlock<Dot, Q4, 2, M, R>(acc, scale, rows, xq, job.ldxq, b + 2, l.blockBytes);
    if (n > 3)
      quantBlock<Dot, Q4, 3, M, R>(acc, scale, rows, xq, job.ldxq, b + 3, l.blockBytes);
  }
  MDI_NEON_UNROLL
  for (int r = 0; r < R; ++r) {
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m)
      y[m * job.ldy + o0 + r] = vaddvq_f32(acc[r][m]) + (job.bias ? job.bias[o0 + r] : 0.0f);
  }
}

template <class Dot, bool Q4, int M, int R>
inline void quantGemvRows(const LinearJob &job, const QuantLayout &l, int64_t m0, int64_t begin, int64_t end) {
  const int8_t *xq = job.xq + m0 * job.ldxq;
  const float *xd = job.xd + m0 * l.blocks;
  float *y = job.y + m0 * job.ldy;
  int64_t o = begin;
  for (; o + R <= end; o += R)
    quantTile<Dot, Q4, M, R>(job, l, xq, xd, y, o);
  for (; o < end; ++o)
    quantTile<Dot, Q4, M, 1>(job, l, xq, xd, y, o);
}

// Output rows per tile for M rows of x: about 4 to 8 accumulators, and the weight vectors of a
// tile kept in registers across the rows of x.
template <class Dot, bool Q4> inline void quantGemv(const LinearJob &job, int64_t begin, int64_t end) {
  const QuantLayout l = quantLayout(job.w, Q4);
  for (int64_t m0 = 0; m0 < job.m; m0 += kGemvMaxRows) {
    const int64_t m = job.m - m0 < kGemvMaxRows ? job.m - m0 : kGemvMaxRows;
    switch (m) {
    case 1:
      quantGemvRows<Dot, Q4, 1, 4>(job, l, m0, begin, end);
      break;
    case 2:
      quantGemvRows<Dot, Q4, 2, 4>(job, l, m0, begin, end);
      break;
    case 3:
      quantGemvRows<Dot, Q4, 3, 2>(job, l, m0, begin, end);
      break;
    case 4:
      quantGemvRows<Dot, Q4, 4, 2>(job, l, m0, begin, end);
      break;
    case 5:
      quantGemvRows<Dot, Q4, 5, 1>(job, l, m0, begin, end);
      break;
    case 6:
      quantGemvRows<Dot, Q4, 6, 1>(job, l, m0, begin, end);
      break;
    case 7:
      quantGemvRows<Dot, Q4, 7, 1>(job, l, m0, begin, end);
      break;
    default:
      quantGemvRows<Dot, Q4, 8, 1>(job, l, m0, begin, end);
      break;
    }
  }
}

// Q8 in groups of 8 output rows: per block and row of x, eight times 4 inputs of the 8 rows
// (two vectors of 4 rows x 4 bytes) times x's 4 inputs in every lane, through Dot::quad(acc, w, x)
// (int32 sums per output row: sdot, or widening multiplies), converted and scaled once per block
// for 4 rows per vector.
template <class Dot, int M>
inline void q8GroupRange(const LinearJob &job, const QuantLayout &l, int64_t begin, int64_t end) {
  const int64_t blocks = l.blocks;
  for (int64_t r0 = begin; r0 < end; r0 += 8) {
    const uint8_t *q = l.quants + r0 / 8 * blocks * 256;
    const uint16_t *s = l.scales + r0 / 8 * blocks * 8;
    float32x4_t acc[M][2];
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m)
      acc[m][0] = acc[m][1] = vdupq_n_f32(0.0f);
    for (int64_t b = 0; b < blocks; ++b) {
      const int8_t *qb = reinterpret_cast<const int8_t *>(q + b * 256);
      int32x4_t sum[M][2];
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m)
        sum[m][0] = sum[m][1] = vdupq_n_s32(0);
      MDI_NEON_UNROLL
      for (int k = 0; k < 8; ++k) {
        const int8x16_t w0 = vld1q_s8(qb + k * 32), w1 = vld1q_s8(qb + k * 32 + 16);
        MDI_NEON_UNROLL
        for (int m = 0; m < M; ++m) {
          int32_t x4;
          std::memcpy(&x4, job.xq + m * job.ldxq + b * 32 + k * 4, 4);
          const int8x16_t x = vreinterpretq_s8_s32(vdupq_n_s32(x4));
          sum[m][0] = Dot::quad(sum[m][0], w0, x);
          sum[m][1] = Dot::quad(sum[m][1], w1, x);
        }
      }
      const float32x4_t ws0 = halfToFloat4(s + b * 8), ws1 = halfToFloat4(s + b * 8 + 4);
      MDI_NEON_UNROLL
      for (int m = 0; m < M; ++m) {
        const float xs = job.xd[m * blocks + b];
        acc[m][0] = vfmaq_f32(acc[m][0], vcvtq_f32_s32(sum[m][0]), vmulq_n_f32(ws0, xs));
        acc[m][1] = vfmaq_f32(acc[m][1], vcvtq_f32_s32(sum[m][1]), vmulq_n_f32(ws1, xs));
      }
    }
    const int64_t valid = end - r0 < 8 ? end - r0 : 8;
    MDI_NEON_UNROLL
    for (int m = 0; m < M; ++m) {
      float out[8];
      vst1q_f32(out, acc[m][0]);
      vst1q_f32(out + 4, acc[m][1]);
      float *y = job.y + m * job.ldy + r0;
      for (int64_t r = 0; r < valid; ++r)
        y[r] = out[r] + (job.bias ? job.bias[r0 + r] : 0.0f);
    }
  }
}

template <class Dot> inline void q8GroupGemv(const LinearJob &job, int64_t begin, int64_t end) {
  const QuantLayout l = quantLayout(job.w, false);
  switch (job.m) {
  case 1:
    return q8GroupRange<Dot, 1>(job, l, begin, end);
  case 2:
    return q8GroupRange<Dot, 2>(job, l, begin, end);
  case 3:
    return q8GroupRange<Dot, 3>(job, l, begin, end);
  case 4:
    return q8GroupRange<Dot, 4>(job, l, begin, end);
  case 5:
    return q8GroupRange<Dot, 5>(job, l, begin, end);
  case 6:
    return q8GroupRange<Dot, 6>(job, l, begin, end);
  case 7:
    return q8GroupRange<Dot, 7>(job, l, begin, end);
  default:
    return q8GroupRange<Dot, 8>(job, l, begin, end);
  }
}

} // namespace

} // namespace mdi::kernels
