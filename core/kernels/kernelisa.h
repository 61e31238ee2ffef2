#pragma once

#include <cstdint>
#include <optional>

namespace mdi::kernels {

// The instruction-set variants the kernels are compiled for. Each is a separate translation unit
// built with its own target flags and chosen once at run time by the CPU's features, so one binary
// runs everywhere and uses what the CPU has:
//  - Scalar:     plain C++, any CPU (and the fallback for compilers whose intrinsics differ).
//  - Avx2:       AVX2 + FMA + F16C (x86-64-v3: Intel since Haswell, AMD since Zen 1).
//  - Avx512:     AVX-512 F/BW/VL/DQ (Skylake-SP and later; no VNNI).
//  - Avx512Vnni: Avx512 plus VNNI (vpdpbusd), and BF16 where the CPU has it (Ice Lake, Zen 4).
//  - Neon:       AArch64 Advanced SIMD.
//  - NeonDot:    Neon plus the ARMv8.2 dot product (sdot): Apple M1+, Cortex-A76+, Graviton 2+.
enum class Isa : uint8_t { Scalar = 0, Avx2, Avx512, Avx512Vnni, Neon, NeonDot };

inline constexpr int kIsaCount = 6;

const char *isaName(Isa isa);
// Compiled into this binary.
bool isaCompiled(Isa isa);
// Compiled in and the CPU (and OS) support it.
bool isaSupported(Isa isa);
// The fastest supported variant, unless overridden by setIsaOverride() or the environment
// variable MDI_KERNELS_ISA (an isaName(); unsupported names are ignored).
Isa bestIsa();
// For tests and benchmarks: force a variant (must be supported), or nullopt to go back to the best.
void setIsaOverride(std::optional<Isa> isa);

} // namespace mdi::kernels
