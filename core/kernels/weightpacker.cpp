#include "kernels/weightpacker.h"

#include "kernels/halffloat.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mdi::kernels {

namespace {

void sourceRow(SourceType type, const void *src, int64_t cols, int64_t row, float *out) {
  switch (type) {
  case SourceType::F32:
    std::memcpy(out, static_cast<const float *>(src) + row * cols, size_t(cols) * sizeof(float));
    return;
  case SourceType::BF16: {
    const uint16_t *p = static_cast<const uint16_t *>(src) + row * cols;
    for (int64_t i = 0; i < cols; ++i)
      out[i] = bf16ToFloat(p[i]);
    return;
  }
  case SourceType::F16: {
    const uint16_t *p = static_cast<const uint16_t *>(src) + row * cols;
    for (int64_t i = 0; i < cols; ++i)
      out[i] = f16ToFloat(p[i]);
    return;
  }
  }
}

void quantizeQ8Block(const float *v, int n, int8_t *q, uint16_t *scale) {
  float amax = 0;
  for (int j = 0; j < n; ++j)
    amax = std::max(amax, std::fabs(v[j]));
  const uint16_t d16 = floatToF16(amax / 127.0f);
  const float d = f16ToFloat(d16);
  const float inverse = d != 0.0f ? 1.0f / d : 0.0f;
  for (int j = 0; j < kQuantBlock; ++j)
    q[j] = j < n ? int8_t(std::clamp(std::nearbyint(v[j] * inverse), -127.0f, 127.0f)) : int8_t(0);
  *scale = d16;
}

// Codes 0..15 for value / d + 8, and the squared error of that choice.
float q4Codes(const float *v, int n, float d, uint8_t *codes) {
  const float inverse = d != 0.0f ? 1.0f / d : 0.0f;
  float error = 0;
  for (int j = 0; j < kQuantBlock; ++j) {
    if (j >= n) {
      codes[j] = 8;
      continue;
    }
    const int c = int(std::clamp(std::nearbyint(v[j] * inverse) + 8.0f, 0.0f, 15.0f));
    codes[j] = uint8_t(c);
    const float e = v[j] - d * float(c - 8);
    error += e * e;
  }
  return error;
}

void quantizeQ4Block(const float *v, int n, uint8_t *packed, uint16_t *scale) {
  float extreme = 0; // the value of largest magnitude, with its sign
  for (int j = 0; j < n; ++j)
    if (std::fabs(v[j]) > std::fabs(extreme))
      extreme = v[j];
  // Zero codes with scale 0 (all values 0) if no divisor wins, as with NaN input.
  uint8_t best[kQuantBlock] = {}, codes[kQuantBlock];
  uint16_t bestScale = 0;
  float bestError = INFINITY;
  // -8 is the Q4_0 rule (the extreme value lands on code 0); the others trade the clipped
  // extreme for finer steps elsewhere. The scale is rounded to float16 before it is tried.
  for (const float divisor : {-8.0f, -7.5f, -7.0f, 7.0f, -8.5f, -9.0f}) {
    const uint16_t d16 = floatToF16(extreme / divisor);
    const float error = q4Codes(v, n, f16ToFloat(d16), codes);
    if (error < bestError) {
      bestError = error;
      bestScale = d16;
      std::memcpy(best, codes, sizeof best);
    }
  }
  for (int j = 0; j < 16; ++j)
    packed[j] = uint8_t(best[j] | (best[j + 16] << 4));
  *scale = bestScale;
}

} // namespace

void WeightPacker::packRows(WeightFormat format, SourceType type, const void *src, int64_t rows, int64_t cols,
                            int64_t begin, int64_t end, void *dst) {
  PackedWeight w{format, rows, cols, dst};
  if (format == WeightFormat::F32 || format == WeightFormat::BF16) {
    float buffer[512];
    for (int64_t r = begin; r < end; ++r)
      for (int64_t c0 = 0; c0 < cols; c0 += 512) {
        const int64_t n = std::min<int64_t>(512, cols - c0);
        // sourceRow on a 512-column window: shift the source pointer by the column offset.
        for (int64_t i = 0; i < n; ++i) {
          const int64_t at = r * cols + c0 + i;
          switch (type) {
          case SourceType::F32:
            buffer[i] = static_cast<const float *>(src)[at];
            break;
          case SourceType::BF16:
            buffer[i] = bf16ToFloat(static_cast<const uint16_t *>(src)[at]);
            break;
          case SourceType::F16:
            buffer[i] = f16ToFloat(static_cast<const uint16_t *>(src)[at]);
            break;
          }
        }
        if (format == WeightFormat::F32)
          std::memcpy(static_cast<float *>(dst) + r * cols + c0, buffer, size_t(n) * sizeof(float));
        else
          for (int64_t i = 0; i < n; ++i)
            static_cast<uint16_t *>(dst)[r * cols + c0 + i] = floatToBf16(buffer[i]);
      }
    return;
  }
  const int64_t blocks = w.blocks();
  float *row = new float[size_t(blocks * kQuantBlock)];
  uint8_t *base = static_cast<uint8_t *>(dst);
  uint16_t *allScales = reinterpret_cast<uint16_t *>(base + scalesOffset(format, rows, cols));
  for (int64_t r = begin; r < end; ++r) {
    sourceRow(type, src, cols, r, row);
    if (format == WeightFormat::Q8) {
      // Each block's 32 quants go in 8 pieces of 4 into the row's lane of its group (weightformat.h).
      for (int64_t b = 0; b < blocks; ++b) {
        const int n = int(std::min<int64_t>(kQuantBlock, cols - b * kQuantBlock));
        int8_t q[kQuantBlock];
        quantizeQ8Block(row + b * kQuantBlock, n, q, allScales + q8ScaleIndex(r, b, cols));
        uint8_t *out = base + q8QuantIndex(r, b * kQuantBlock, cols);
        for (int k = 0; k < kQuantBlock / 4; ++k)
          std::memcpy(out + k * 32, q + k * 4, 4);
      }
      continue;
    }
    uint8_t *quants = const_cast<uint8_t *>(w.rowQuants(r));
    uint16_t *scales = const_cast<uint16_t *>(w.rowScales(r));
    for (int64_t b = 0; b < blocks; ++b) {
      const int n = int(std::min<int64_t>(kQuantBlock, cols - b * kQuantBlock));
      quantizeQ4Block(row + b * kQuantBlock, n, quants + b * (kQuantBlock / 2), scales + b);
    }
  }
  delete[] row;
}

void WeightPacker::pack(WeightFormat format, SourceType type, const void *src, int64_t rows, int64_t cols, void *dst,
                        const ParallelFor &parallel) {
  if (format == WeightFormat::Q8) {
    // The last group's rows past the end are zero (quants and scales), and so is the gap before
    // the scales, so the bytes are deterministic: the last group's bytes are cleared first.
    const int64_t blocks = blocksPerRow(cols), groupBytes = blocks * kQ8GroupRows * kQuantBlock;
    const int64_t lastGroup = q8Groups(rows) - 1;
    uint8_t *base = static_cast<uint8_t *>(dst);
    const int64_t scalesAt = scalesOffset(format, rows, cols);
    std::memset(base + lastGroup * groupBytes, 0, size_t(scalesAt - lastGroup * groupBytes));
    std::memset(base + scalesAt + lastGroup * blocks * kQ8GroupRows * 2, 0, size_t(blocks * kQ8GroupRows * 2));
  } else if (format == WeightFormat::Q4) {
    // The gap between the quants and the scales is zeroed so the bytes are deterministic.
    const int64_t quantEnd = rows * blocksPerRow(cols) * blockQuantBytes(format);
    std::memset(static_cast<uint8_t *>(dst) + quantEnd, 0, size_t(scalesOffset(format, rows, cols) - quantEnd));
  }
  const int64_t grain = std::max<int64_t>(1, 262144 / std::max<int64_t>(1, cols));
  runParallel(parallel, rows, grain,
              [&](int64_t begin, int64_t end) { packRows(format, type, src, rows, cols, begin, end, dst); });
}

void WeightPacker::unpackRow(const PackedWeight &w, int64_t row, float *out) {
  switch (w.format) {
  case WeightFormat::F32:
    std::memcpy(out, static_cast<const float *>(w.data) + row * w.cols, size_t(w.cols) * sizeof(float));
    return;
  case WeightFormat::BF16: {
    const uint16_t *p = static_cast<const uint16_t *>(w.data) + row * w.cols;
    for (int64_t i = 0; i < w.cols; ++i)
      out[i] = bf16ToFloat(p[i]);
    return;
  }
  case WeightFormat::Q8: {
    const uint8_t *base = static_cast<const uint8_t *>(w.data);
    const uint16_t *scales = reinterpret_cast<const uint16_t *>(base + scalesOffset(w.format, w.rows, w.cols));
    for (int64_t i = 0; i < w.cols; ++i)
      out[i] = f16ToFloat(scales[q8ScaleIndex(row, i / kQuantBlock, w.cols)]) *
               float(int8_t(base[q8QuantIndex(row, i, w.cols)]));
    return;
  }
  case WeightFormat::Q4: {
    const uint8_t *quants = w.rowQuants(row);
    const uint16_t *scales = w.rowScales(row);
    for (int64_t i = 0; i < w.cols; ++i) {
      const int64_t b = i / kQuantBlock, j = i % kQuantBlock;
      const float d = f16ToFloat(scales[b]);
      if (w.format == WeightFormat::Q8) {
        out[i] = d * float(int8_t(quants[b * kQuantBlock + j]));
      } else {
        const uint8_t byte = quants[b * 16 + (j % 16)];
        out[i] = d * float((j < 16 ? (byte & 0x0f) : (byte >> 4)) - 8);
      }
    }
    return;
  }
  }
}

} // namespace mdi::kernels
