#pragma once

#include <cstdint>
#include <string_view>

namespace mdi::kernels {

// How the weights of a linear layer are stored for compute. Every format is a matrix of `rows`
// output rows by `cols` input values ([out, in], as Hugging Face stores linear weights), packed
// into one contiguous buffer whose layout is fixed here, because the same bytes are cached on
// disk and sent to peers:
//  - F32:  rows x cols float32, row-major.
//  - BF16: rows x cols bfloat16, row-major (the Hugging Face file's own bytes, zero-copy).
//  - Q8:   blocks of 32 inputs, value = scale * q with q an int8 in [-127, 127], stored in groups
//          of 8 output rows (kQ8GroupRows; the last group padded with zero rows): for group g and
//          block b, 256 bytes at (g * blocksPerRow + b) * 256 hold input 4k + j (k < 8, j < 4)
//          of row r of the group at byte 32k + 4r + j: eight times "4 inputs of each of the 8
//          rows", so one 32-byte load gives 4 inputs of 8 rows. The lanes of a dot-product
//          instruction are then output rows, a block's int32 sums are converted and scaled once
//          for 8 rows, and each thread streams one contiguous range. The last block of a row is padded with zeros.
//          Then, at the next 64-byte boundary, the scales: IEEE float16, for group g and block b the 8 rows' scales at
//          (g * blocksPerRow + b) * 8 + r.
//  - Q4:   blocks of 32 inputs, value = scale * (n - 8) with n a 4-bit code in [0, 15]. Byte j of a
//          block holds input j in its low nibble and input j + 16 in its high nibble: the quants
//          are rows x blocksPerRow x 16 bytes, then at the next 64-byte boundary the float16
//          scales as for Q8.
enum class WeightFormat : uint8_t { F32 = 0, BF16 = 1, Q8 = 2, Q4 = 3 };

inline constexpr int kWeightFormatCount = 4;
// Inputs per quantization block (Q8, Q4), and the alignment of a packed buffer's sections.
inline constexpr int64_t kQuantBlock = 32;
inline constexpr int64_t kPackAlignment = 64;
// Output rows per Q8 group (see above).
inline constexpr int64_t kQ8GroupRows = 8;

// "f32", "bf16", "q8", "q4".
const char *formatName(WeightFormat format);
// Parses formatName()'s spelling; false for anything else.
bool parseFormat(std::string_view name, WeightFormat *format);

inline int64_t blocksPerRow(int64_t cols) {
  return (cols + kQuantBlock - 1) / kQuantBlock;
}
inline int64_t q8Groups(int64_t rows) {
  return (rows + kQ8GroupRows - 1) / kQ8GroupRows;
}
// Q8: the byte of input `col` of row `row` within the quants, and the index of its block's scale.
inline int64_t q8QuantIndex(int64_t row, int64_t col, int64_t cols) {
  const int64_t b = col / kQuantBlock, j = col % kQuantBlock;
  return ((row / kQ8GroupRows) * blocksPerRow(cols) + b) * (kQ8GroupRows * kQuantBlock) + (j / 4) * 32 +
         (row % kQ8GroupRows) * 4 + j % 4;
}
inline int64_t q8ScaleIndex(int64_t row, int64_t block, int64_t cols) {
  return ((row / kQ8GroupRows) * blocksPerRow(cols) + block) * kQ8GroupRows + row % kQ8GroupRows;
}
// Bytes of one block's quants: 32 for Q8, 16 for Q4 (0 for the float formats).
int64_t blockQuantBytes(WeightFormat format);
// Offset of the scales section in a Q8/Q4 buffer (0 for the float formats); Q8 counts whole groups.
int64_t scalesOffset(WeightFormat format, int64_t rows, int64_t cols);
// Size of the whole packed buffer of a [rows, cols] matrix.
int64_t packedBytes(WeightFormat format, int64_t rows, int64_t cols);
// Average storage bits per weight of the format, scales included (32, 16, 8.5, 4.5).
double bitsPerWeight(WeightFormat format);

} // namespace mdi::kernels
