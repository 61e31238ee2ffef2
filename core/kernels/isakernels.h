#pragma once

// Internal to the kernel layer: the table of functions each instruction-set variant provides, and
// the job they work on. Each variant's translation unit (scalar/, x86/, arm/) defines one getter;
// a getter of a variant not built into this binary returns nullptr.

#include "kernels/packedweight.h"
#include "kernels/weightformat.h"

#include <cstdint>

namespace mdi::kernels {

// Largest m handled by the matrix-vector kernels (decode and batched decode).
inline constexpr int kGemvMaxRows = 8;
// Up to this many times gemvMaxRows, linear() runs the matrix-vector kernels in tiles of x's rows.
inline constexpr int kGemvTiles = 2;

struct LinearJob {
  PackedWeight w;
  const float *x = nullptr; // [m, cols], leading dimension ldx
  int64_t m = 0;
  int64_t ldx = 0;
  // x quantized by the variant's quantizeRow (Q8/Q4 weights, when the path wants it): row r's
  // int8 values at xq + r * ldxq (ldxq = blocks * 32), its block scales at xd + r * blocks.
  const int8_t *xq = nullptr;
  const float *xd = nullptr;
  int64_t ldxq = 0;
  const float *bias = nullptr; // [rows] or null
  float *y = nullptr;          // [m, rows], leading dimension ldy
  int64_t ldy = 0;
};

// Computes y[0..m, begin..end) (all input rows, a range of output rows). Called concurrently on
// disjoint ranges; ranges start at multiples of IsaKernels::rowGrain.
using LinearFn = void (*)(const LinearJob &job, int64_t begin, int64_t end);
// Quantizes cols floats per block of 32 (see quantizeActivationRow), zero-padding the last block.
using QuantizeRowFn = void (*)(const float *x, int64_t cols, int8_t *q, float *d);

struct IsaKernels {
  LinearFn gemv[kWeightFormatCount] = {}; // m in 1..gemvMaxRows[format]
  LinearFn gemm[kWeightFormatCount] = {}; // larger m
  int gemvMaxRows[kWeightFormatCount] = {kGemvMaxRows, kGemvMaxRows, kGemvMaxRows, kGemvMaxRows};
  // Whether gemv/gemm read job.xq/xd (else only job.x) for Q8 and Q4.
  bool gemvWantsQuantizedX[kWeightFormatCount] = {false, false, true, true};
  bool gemmWantsQuantizedX[kWeightFormatCount] = {false, false, false, false};
  // Output rows of a parallel chunk are a multiple of this (the width of a gemm panel).
  int64_t rowGrain = 16;
  QuantizeRowFn quantizeRow = nullptr;
};

const IsaKernels *scalarKernels();
const IsaKernels *avx2Kernels();
const IsaKernels *avx512Kernels();
const IsaKernels *avx512VnniKernels();
const IsaKernels *neonKernels();
const IsaKernels *neonDotKernels();

const IsaKernels *isaKernels(int isa);

} // namespace mdi::kernels
