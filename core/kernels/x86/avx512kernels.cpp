// The AVX-512 (F/BW/VL/DQ) variant: F32/BF16 matrix-vector kernels on 512-bit vectors (x86/avx512gemv.h),
// Q8/Q4 ones on 256-bit vectors with vpmaddubsw (x86/avx2gemv.h, here with 32 vector registers),
// and the matrix-product kernels of x86/avx512gemm.cpp.

#include "kernels/isakernels.h"
#include "kernels/x86/avx512gemv.h"
#include "kernels/x86/x86gemm.h"

namespace mdi::kernels {

const IsaKernels *avx512Kernels() {
  static const IsaKernels kernels = [] {
    IsaKernels k = *scalarKernels();
    k.gemv[int(WeightFormat::F32)] = gemvFloat512<F32Rows512>;
    k.gemv[int(WeightFormat::BF16)] = gemvFloat512<Bf16Rows512>;
    k.gemv[int(WeightFormat::Q8)] = gemvQ8Groups;
    k.gemv[int(WeightFormat::Q4)] = gemvQuant<Q4Maddubs>;
    k.gemvWantsQuantizedX[int(WeightFormat::Q8)] = true;
    k.gemvWantsQuantizedX[int(WeightFormat::Q4)] = true;
    k.quantizeRow = gemvQuantizeRow;
    for (int f = 0; f < kWeightFormatCount; ++f) {
      if (LinearFn gemm = avx512Gemm(WeightFormat(f))) {
        k.gemm[f] = gemm;
        k.gemmWantsQuantizedX[f] = avx512GemmWantsQuantizedX(WeightFormat(f));
      }
    }
    k.rowGrain = 64;
    return k;
  }();
  return &kernels;
}

} // namespace mdi::kernels
