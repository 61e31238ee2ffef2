#pragma once

// Internal: the matrix-product (many rows) kernels of the x86 variants, for their IsaKernels
// tables. A getter returns nullptr for a format it has no kernel for (the dispatcher then uses the
// scalar code).

#include "kernels/isakernels.h"

namespace mdi::kernels {

LinearFn avx2Gemm(WeightFormat format);
LinearFn avx512Gemm(WeightFormat format);
// For the Avx512Vnni table (x86/avx512vnnigemm.cpp, built with -mavx512vnni but not BF16): Q8 and
// Q4 on vpdpbusd, F32 and BF16 as avx512Gemm.
LinearFn avx512VnniGemm(WeightFormat format);
// Whether the gemm of this format reads LinearJob::xq/xd.
bool avx2GemmWantsQuantizedX(WeightFormat format);
bool avx512GemmWantsQuantizedX(WeightFormat format);
bool avx512VnniGemmWantsQuantizedX(WeightFormat format);

} // namespace mdi::kernels
