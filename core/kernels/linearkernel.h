#pragma once

#include "kernels/kernelisa.h"
#include "kernels/packedweight.h"
#include "kernels/parallelfor.h"

#include <cstdint>

namespace mdi::kernels {

// The one entry point for the model's linear layers: y = x W^T (+ bias), with x [m, cols] and
// y [m, rows] in float32 (row-major with leading dimensions ldx, ldy, in floats) and W packed in
// any WeightFormat. Few rows (decoding, batched decoding) run as matrix-vector products that
// stream each weight once for all rows; many rows (prefill, the vision tower) as a tiled matrix
// product. Both split the output rows over `parallel`. For Q8 and Q4 the few-rows path quantizes
// x to int8 per block of 32 (one float scale per block) and computes integer dot products, as
// llama.cpp does; the float formats multiply in float32. bias may be null.
void linear(const PackedWeight &w, const float *x, int64_t m, int64_t ldx, const float *bias, float *y, int64_t ldy,
            const ParallelFor &parallel = {}, Isa isa = bestIsa());

// Quantizes one activation row of `cols` floats per block of 32: d = max|x| / 127 (0 for an
// all-zero block), q = round-to-nearest-even(x / d), q padded with zeros to whole blocks. This is
// what linear() does to x for Q8/Q4 weights; tests use it to build their reference.
void quantizeActivationRow(const float *x, int64_t cols, int8_t *q, float *d);

} // namespace mdi::kernels
