// Getters for the vector variants on builds that do not compile them (other architectures, or
// compilers without the intrinsics): the dispatcher then never selects them.

#include "kernels/isakernels.h"

namespace mdi::kernels {
#ifndef MDI_KERNELS_HAVE_AVX2
const IsaKernels *avx2Kernels() {
  return nullptr;
}
#endif
#ifndef MDI_KERNELS_HAVE_AVX512
const IsaKernels *avx512Kernels() {
  return nullptr;
}
const IsaKernels *avx512VnniKernels() {
  return nullptr;
}
#endif
#ifndef MDI_KERNELS_HAVE_NEON
const IsaKernels *neonKernels() {
  return nullptr;
}
const IsaKernels *neonDotKernels() {
  return nullptr;
}
#endif
} // namespace mdi::kernels
