// The AVX-512 + VNNI variant: as avx512kernels.cpp, with the Q8/Q4 dot products on vpdpbusd
// (x86/avx2gemv.h with MDI_X86GEMV_VNNI), and the matrix-product kernels of x86/avx512vnnigemm.cpp.

#define MDI_X86GEMV_VNNI 1
#include "kernels/isakernels.h"
#include "kernels/x86/avx512gemv.h"
#include "kernels/x86/x86gemm.h"

namespace mdi::kernels {

const IsaKernels *avx512VnniKernels() {
  static const IsaKernels kernels = [] {
    IsaKernels k = *scalarKernels();
    k.gemv[int(WeightFormat::F32)] = gemvFloat512<F32Rows512>;
    k.gemv[int(WeightFormat::BF16)] = gemvFloat512<Bf16Rows512>;
    k.gemv[int(WeightFormat::Q8)] = gemvQ8Groups;
    k.gemv[int(WeightFormat::Q4)] = gemvQuant<Q4Vnni>;
    k.gemvWantsQuantizedX[int(WeightFormat::Q8)] = true;
    k.gemvWantsQuantizedX[int(WeightFormat::Q4)] = true;
    k.quantizeRow = gemvQuantizeRow;
    for (int f = 0; f < kWeightFormatCount; ++f) {
      if (LinearFn gemm = avx512VnniGemm(WeightFormat(f))) {
        k.gemm[f] = gemm;
        k.gemmWantsQuantizedX[f] = avx512VnniGemmWantsQuantizedX(WeightFormat(f));
      }
    }
    k.rowGrain = 64;
    return k;
  }();
  return &kernels;
}

} // namespace mdi::kernels
