#include "kernels/weightformat.h"

namespace mdi::kernels {

const char *formatName(WeightFormat format) {
  switch (format) {
  case WeightFormat::F32:
    return "f32";
  case WeightFormat::BF16:
    return "bf16";
  case WeightFormat::Q8:
    return "q8";
  case WeightFormat::Q4:
    return "q4";
  }
  return "?";
}

bool parseFormat(std::string_view name, WeightFormat *format) {
  for (int i = 0; i < kWeightFormatCount; ++i)
    if (name == formatName(WeightFormat(i))) {
      *format = WeightFormat(i);
      return true;
    }
  return false;
}

int64_t blockQuantBytes(WeightFormat format) {
  switch (format) {
  case WeightFormat::Q8:
    return kQuantBlock;
  case WeightFormat::Q4:
    return kQuantBlock / 2;
  default:
    return 0;
  }
}

// Rows as stored: Q8 in whole groups.
static int64_t storedRows(WeightFormat format, int64_t rows) {
  return format == WeightFormat::Q8 ? q8Groups(rows) * kQ8GroupRows : rows;
}

int64_t scalesOffset(WeightFormat format, int64_t rows, int64_t cols) {
  const int64_t quants = storedRows(format, rows) * blocksPerRow(cols) * blockQuantBytes(format);
  return (quants + kPackAlignment - 1) / kPackAlignment * kPackAlignment;
}

int64_t packedBytes(WeightFormat format, int64_t rows, int64_t cols) {
  switch (format) {
  case WeightFormat::F32:
    return rows * cols * 4;
  case WeightFormat::BF16:
    return rows * cols * 2;
  case WeightFormat::Q8:
  case WeightFormat::Q4:
    return scalesOffset(format, rows, cols) + storedRows(format, rows) * blocksPerRow(cols) * 2;
  }
  return 0;
}

double bitsPerWeight(WeightFormat format) {
  switch (format) {
  case WeightFormat::F32:
    return 32;
  case WeightFormat::BF16:
    return 16;
  case WeightFormat::Q8:
    return 8.5;
  case WeightFormat::Q4:
    return 4.5;
  }
  return 0;
}

} // namespace mdi::kernels
