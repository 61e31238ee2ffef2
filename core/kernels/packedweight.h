#pragma once

#include "kernels/weightformat.h"

#include <cstdint>

namespace mdi::kernels {

// A non-owning view of a weight matrix [rows, cols] packed in one of the WeightFormats: what the
// linear kernels read. The bytes live elsewhere (a memory-mapped checkpoint or cache file, or a
// buffer the engine owns) and must outlive every use of the view.
struct PackedWeight {
  WeightFormat format = WeightFormat::F32;
  int64_t rows = 0;
  int64_t cols = 0;
  const void *data = nullptr;

  int64_t bytes() const { return packedBytes(format, rows, cols); }
  int64_t blocks() const { return blocksPerRow(cols); }
  // Q4 (rows stored one after the other): the quants of a row and the float16 scales of a row. Q8
  // stores groups of rows: see q8QuantIndex() and q8ScaleIndex().
  const uint8_t *rowQuants(int64_t row) const {
    return static_cast<const uint8_t *>(data) + row * blocks() * blockQuantBytes(format);
  }
  const uint16_t *rowScales(int64_t row) const {
    return reinterpret_cast<const uint16_t *>(static_cast<const uint8_t *>(data) + scalesOffset(format, rows, cols)) +
           row * blocks();
  }
};

} // namespace mdi::kernels
