// The AArch64 variant with the ARMv8.2 dot product (sdot: Apple M1+, Cortex-A76+, Neoverse,
// Graviton 2+). Built with +dotprod, so nothing here may be shared with other translation units
// (see neonkernels.h): only the Q8/Q4 matrix-vector kernels, whose 32-input block dot products
// are two sdot; everything else is the Neon variant's (the table is built in neonkernels.cpp).

#include "kernels/arm/neonkernels.h"

namespace mdi::kernels {

// Compilers that cannot target the dot product here (MSVC without /arch:armv8.2) leave the
// variant out; the dispatcher then never selects it.
#if defined(__ARM_FEATURE_DOTPROD)

namespace {

struct SdotDot {
  static int32x4_t block(int8x16_t w0, int8x16_t w1, int8x16_t x0, int8x16_t x1) {
    return vdotq_s32(vdotq_s32(vdupq_n_s32(0), w0, x0), w1, x1);
  }
  static int32x4_t quad(int32x4_t acc, int8x16_t w, int8x16_t x) { return vdotq_s32(acc, w, x); }
};

void gemvQ8(const LinearJob &job, int64_t begin, int64_t end) {
  q8GroupGemv<SdotDot>(job, begin, end);
}

void gemvQ4(const LinearJob &job, int64_t begin, int64_t end) {
  quantGemv<SdotDot, true>(job, begin, end);
}

} // namespace

const IsaKernels *neonDotKernels() {
  static const IsaKernels *const kernels = neon::dotKernels(gemvQ8, gemvQ4);
  return kernels;
}

#else

const IsaKernels *neonDotKernels() {
  return nullptr;
}

#endif

} // namespace mdi::kernels
