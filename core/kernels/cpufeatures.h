#pragma once

#include <string>

namespace mdi::kernels {

// What the CPU this process runs on can do, as far as the kernels care: read once (cpuid and
// the OS's saved-state mask on x86, the hardware capabilities on ARM) and never changed. A
// feature counts only when the operating system also saves its registers.
struct CpuFeatures {
  // x86-64
  bool sse42 = false;
  bool avx = false;
  bool avx2 = false;
  bool fma = false;
  bool f16c = false;
  bool avxVnni = false; // AVX-VNNI (vpdpbusd on 256-bit registers without AVX-512)
  bool avx512f = false;
  bool avx512bw = false;
  bool avx512vl = false;
  bool avx512dq = false;
  bool avx512vnni = false;
  bool avx512bf16 = false;
  // AArch64
  bool neon = false;
  bool dotprod = false; // sdot / udot (ARMv8.2 DotProd)
  bool i8mm = false;

  // The features of this machine.
  static const CpuFeatures &host();
  // "avx2 fma f16c avx512f ..." in a fixed order: for logs, --json and benchmark reports.
  std::string describe() const;
};

} // namespace mdi::kernels
