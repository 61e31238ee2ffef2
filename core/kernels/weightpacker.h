#pragma once

#include "kernels/packedweight.h"
#include "kernels/parallelfor.h"

#include <cstdint>

namespace mdi::kernels {

// Element type of a source matrix handed to the packer (what checkpoints store).
enum class SourceType : uint8_t { F32, BF16, F16 };

// Converts weight matrices into the packed WeightFormats at load time, and back (embedding rows,
// tests). Q8 takes d = max|w| / 127 per block, stored as float16, and q = round(w / d) with the
// stored d. Q4 takes the block's value of largest magnitude as -8 * d (the llama.cpp Q4_0 rule,
// which uses all 16 codes), then tries a few nearby scales and keeps the one with the smallest
// squared error. Deterministic: the same source gives the same bytes on every CPU. The packed
// bytes are cached on disk (mdi::PackedWeightCache): a change to what pack() writes must bump
// PackedWeightCache::kPackerVersion, or loads keep mapping the old bytes.
class WeightPacker {
public:
  // Packs the whole [rows, cols] matrix at src into dst (packedBytes(format, rows, cols) bytes,
  // 64-byte aligned), rows split over `parallel`.
  static void pack(WeightFormat format, SourceType type, const void *src, int64_t rows, int64_t cols, void *dst,
                   const ParallelFor &parallel = {});
  // Rows [begin, end) only; the other rows of dst are left as they are.
  static void packRows(WeightFormat format, SourceType type, const void *src, int64_t rows, int64_t cols, int64_t begin,
                       int64_t end, void *dst);
  // Row `row` of w as cols float32 values.
  static void unpackRow(const PackedWeight &w, int64_t row, float *out);
};

} // namespace mdi::kernels
