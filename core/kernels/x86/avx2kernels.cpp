// The AVX2 + FMA + F16C variant: the matrix-vector (decode) kernels of x86/avx2gemv.h on 256-bit
// vectors, the vectorized activation quantizer, and the matrix-product kernels of x86/avx2gemm.cpp.

#include "kernels/isakernels.h"
#include "kernels/x86/avx2gemv.h"
#include "kernels/x86/x86gemm.h"

namespace mdi::kernels {

const IsaKernels *avx2Kernels() {
  static const IsaKernels kernels = [] {
    IsaKernels k = *scalarKernels();
    k.gemv[int(WeightFormat::F32)] = gemvFloat<F32Rows>;
    k.gemv[int(WeightFormat::BF16)] = gemvFloat<Bf16Rows>;
    k.gemv[int(WeightFormat::Q8)] = gemvQ8Groups;
    k.gemv[int(WeightFormat::Q4)] = gemvQuant<Q4Maddubs>;
    k.gemvWantsQuantizedX[int(WeightFormat::Q8)] = true;
    k.gemvWantsQuantizedX[int(WeightFormat::Q4)] = true;
    k.quantizeRow = gemvQuantizeRow;
    for (int f = 0; f < kWeightFormatCount; ++f) {
      if (LinearFn gemm = avx2Gemm(WeightFormat(f))) {
        k.gemm[f] = gemm;
        k.gemmWantsQuantizedX[f] = avx2GemmWantsQuantizedX(WeightFormat(f));
      }
    }
    k.rowGrain = 64;
    return k;
  }();
  return &kernels;
}

} // namespace mdi::kernels
