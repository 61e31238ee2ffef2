// The scalar variant: plain C++ for any CPU, and the semantics every vector variant must match
// (to rounding). Written for clarity first; the compiler vectorizes the inner loops where it can.

#include "kernels/halffloat.h"
#include "kernels/isakernels.h"

#include <cmath>

namespace mdi::kernels {

namespace {

float weightValue(const PackedWeight &w, int64_t row, int64_t col) {
  switch (w.format) {
  case WeightFormat::F32:
    return static_cast<const float *>(w.data)[row * w.cols + col];
  case WeightFormat::BF16:
    return bf16ToFloat(static_cast<const uint16_t *>(w.data)[row * w.cols + col]);
  case WeightFormat::Q8: {
    const uint8_t *base = static_cast<const uint8_t *>(w.data);
    const uint16_t *scales = reinterpret_cast<const uint16_t *>(base + scalesOffset(w.format, w.rows, w.cols));
    const int8_t q = int8_t(base[q8QuantIndex(row, col, w.cols)]);
    return f16ToFloat(scales[q8ScaleIndex(row, col / kQuantBlock, w.cols)]) * float(q);
  }
  case WeightFormat::Q4: {
    const int64_t b = col / kQuantBlock, j = col % kQuantBlock;
    const uint8_t byte = w.rowQuants(row)[b * (kQuantBlock / 2) + (j % 16)];
    const int n = j < 16 ? (byte & 0x0f) : (byte >> 4);
    return f16ToFloat(w.rowScales(row)[b]) * float(n - 8);
  }
  }
  return 0;
}

// Float formats: float32 products, one accumulator per (row, output).
void gemvFloat(const LinearJob &job, int64_t begin, int64_t end) {
  const PackedWeight &w = job.w;
  for (int64_t o = begin; o < end; ++o)
    for (int64_t r = 0; r < job.m; ++r) {
      const float *x = job.x + r * job.ldx;
      float sum = 0;
      if (w.format == WeightFormat::F32) {
        const float *row = static_cast<const float *>(w.data) + o * w.cols;
        for (int64_t i = 0; i < w.cols; ++i)
          sum += row[i] * x[i];
      } else {
        const uint16_t *row = static_cast<const uint16_t *>(w.data) + o * w.cols;
        for (int64_t i = 0; i < w.cols; ++i)
          sum += bf16ToFloat(row[i]) * x[i];
      }
      job.y[r * job.ldy + o] = sum + (job.bias ? job.bias[o] : 0.0f);
    }
}

// Q8/Q4 with quantized activations: per block an exact integer dot product, scaled by both scales.
void gemvQuant(const LinearJob &job, int64_t begin, int64_t end) {
  const PackedWeight &w = job.w;
  const int64_t blocks = w.blocks();
  const uint8_t *base = static_cast<const uint8_t *>(w.data);
  const uint16_t *q8Scales = reinterpret_cast<const uint16_t *>(base + scalesOffset(w.format, w.rows, w.cols));
  for (int64_t o = begin; o < end; ++o) {
    const uint8_t *quants = w.format == WeightFormat::Q4 ? w.rowQuants(o) : nullptr;
    const uint16_t *scales = w.format == WeightFormat::Q4 ? w.rowScales(o) : nullptr;
    for (int64_t r = 0; r < job.m; ++r) {
      const int8_t *xq = job.xq + r * job.ldxq;
      const float *xd = job.xd + r * blocks;
      float sum = 0;
      for (int64_t b = 0; b < blocks; ++b) {
        int32_t dot = 0;
        if (w.format == WeightFormat::Q8) {
          for (int j = 0; j < kQuantBlock; ++j)
            dot +=
                int32_t(int8_t(base[q8QuantIndex(o, b * kQuantBlock + j, w.cols)])) * int32_t(xq[b * kQuantBlock + j]);
        } else {
          const uint8_t *q = quants + b * (kQuantBlock / 2);
          for (int j = 0; j < 16; ++j) {
            dot += (int32_t(q[j] & 0x0f) - 8) * int32_t(xq[b * kQuantBlock + j]);
            dot += (int32_t(q[j] >> 4) - 8) * int32_t(xq[b * kQuantBlock + j + 16]);
          }
        }
        const uint16_t scale = w.format == WeightFormat::Q8 ? q8Scales[q8ScaleIndex(o, b, w.cols)] : scales[b];
        sum += f16ToFloat(scale) * xd[b] * float(dot);
      }
      job.y[r * job.ldy + o] = sum + (job.bias ? job.bias[o] : 0.0f);
    }
  }
}

// Many rows: each weight row is expanded to float32 once per call and used for every input row.
void gemmAny(const LinearJob &job, int64_t begin, int64_t end) {
  const PackedWeight &w = job.w;
  float stackRow[1024];
  float *row = w.cols <= 1024 ? stackRow : new float[size_t(w.cols)];
  for (int64_t o = begin; o < end; ++o) {
    for (int64_t i = 0; i < w.cols; ++i)
      row[i] = weightValue(w, o, i);
    for (int64_t r = 0; r < job.m; ++r) {
      const float *x = job.x + r * job.ldx;
      float sum = 0;
      for (int64_t i = 0; i < w.cols; ++i)
        sum += row[i] * x[i];
      job.y[r * job.ldy + o] = sum + (job.bias ? job.bias[o] : 0.0f);
    }
  }
  if (row != stackRow)
    delete[] row;
}

void quantizeRow(const float *x, int64_t cols, int8_t *q, float *d) {
  const int64_t blocks = blocksPerRow(cols);
  for (int64_t b = 0; b < blocks; ++b) {
    const int64_t first = b * kQuantBlock;
    const int64_t n = cols - first < kQuantBlock ? cols - first : kQuantBlock;
    float amax = 0;
    for (int64_t j = 0; j < n; ++j)
      amax = std::fmax(amax, std::fabs(x[first + j]));
    const float scale = amax / 127.0f;
    const float inverse = scale != 0.0f ? 1.0f / scale : 0.0f;
    d[b] = scale;
    for (int64_t j = 0; j < kQuantBlock; ++j)
      q[first + j] = j < n ? int8_t(std::nearbyint(x[first + j] * inverse)) : int8_t(0);
  }
}

IsaKernels makeScalar() {
  IsaKernels k;
  k.gemv[int(WeightFormat::F32)] = gemvFloat;
  k.gemv[int(WeightFormat::BF16)] = gemvFloat;
  k.gemv[int(WeightFormat::Q8)] = gemvQuant;
  k.gemv[int(WeightFormat::Q4)] = gemvQuant;
  for (int f = 0; f < kWeightFormatCount; ++f)
    k.gemm[f] = gemmAny;
  k.rowGrain = 4;
  k.quantizeRow = quantizeRow;
  return k;
}

} // namespace

const IsaKernels *scalarKernels() {
  static const IsaKernels kernels = makeScalar();
  return &kernels;
}

} // namespace mdi::kernels
