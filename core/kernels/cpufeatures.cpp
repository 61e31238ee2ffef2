#include "kernels/cpufeatures.h"

#if defined(__x86_64__) || defined(_M_X64)
#define MDI_KERNELS_X86 1
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

#if defined(__aarch64__) || defined(_M_ARM64)
#define MDI_KERNELS_ARM64 1
#if defined(__linux__)
#include <sys/auxv.h>
#ifndef HWCAP_ASIMDDP
#define HWCAP_ASIMDDP (1 << 20)
#endif
#ifndef HWCAP2_I8MM
#define HWCAP2_I8MM (1 << 13)
#endif
#elif defined(__APPLE__)
#include <sys/sysctl.h>
#endif
#endif

#include <cstdint>

namespace mdi::kernels {

namespace {

#ifdef MDI_KERNELS_X86
void cpuid(uint32_t leaf, uint32_t subleaf, uint32_t out[4]) {
#if defined(_MSC_VER) && !defined(__clang__)
  int r[4];
  __cpuidex(r, int(leaf), int(subleaf));
  for (int i = 0; i < 4; ++i)
    out[i] = uint32_t(r[i]);
#else
  __cpuid_count(leaf, subleaf, out[0], out[1], out[2], out[3]);
#endif
}

uint64_t xgetbv0() {
#if defined(_MSC_VER) && !defined(__clang__)
  return _xgetbv(0);
#else
  uint32_t lo = 0, hi = 0;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  return (uint64_t(hi) << 32) | lo;
#endif
}

CpuFeatures detectX86() {
  CpuFeatures f;
  uint32_t r[4];
  cpuid(0, 0, r);
  const uint32_t maxLeaf = r[0];
  if (maxLeaf < 1)
    return f;
  cpuid(1, 0, r);
  const uint32_t ecx1 = r[2];
  f.sse42 = ecx1 & (1u << 20);
  const bool osxsave = ecx1 & (1u << 27);
  const uint64_t xcr0 = osxsave ? xgetbv0() : 0;
  const bool ymmSaved = (xcr0 & 0x6) == 0x6;               // SSE and AVX state
  const bool zmmSaved = ymmSaved && (xcr0 & 0xe0) == 0xe0; // opmask, ZMM_Hi256, Hi16_ZMM
  f.avx = ymmSaved && (ecx1 & (1u << 28));
  f.fma = f.avx && (ecx1 & (1u << 12));
  f.f16c = f.avx && (ecx1 & (1u << 29));
  if (maxLeaf >= 7) {
    cpuid(7, 0, r);
    const uint32_t ebx7 = r[1], ecx7 = r[2];
    const uint32_t maxSub = r[0];
    f.avx2 = f.avx && (ebx7 & (1u << 5));
    f.avx512f = zmmSaved && (ebx7 & (1u << 16));
    f.avx512dq = f.avx512f && (ebx7 & (1u << 17));
    f.avx512bw = f.avx512f && (ebx7 & (1u << 30));
    f.avx512vl = f.avx512f && (ebx7 & (1u << 31));
    f.avx512vnni = f.avx512f && (ecx7 & (1u << 11));
    if (maxSub >= 1) {
      cpuid(7, 1, r);
      f.avxVnni = f.avx2 && (r[0] & (1u << 4));
      f.avx512bf16 = f.avx512f && (r[0] & (1u << 5));
    }
  }
  return f;
}
#endif

#ifdef MDI_KERNELS_ARM64
CpuFeatures detectArm64() {
  CpuFeatures f;
  f.neon = true; // Advanced SIMD is part of every AArch64 CPU
#if defined(__linux__)
  const unsigned long hwcap = getauxval(AT_HWCAP);
  const unsigned long hwcap2 = getauxval(AT_HWCAP2);
  f.dotprod = hwcap & HWCAP_ASIMDDP;
  f.i8mm = hwcap2 & HWCAP2_I8MM;
#elif defined(__APPLE__)
  const auto has = [](const char *name) {
    int value = 0;
    size_t size = sizeof value;
    return sysctlbyname(name, &value, &size, nullptr, 0) == 0 && value != 0;
  };
  f.dotprod = has("hw.optional.arm.FEAT_DotProd");
  f.i8mm = has("hw.optional.arm.FEAT_I8MM");
#endif
  return f;
}
#endif

CpuFeatures detect() {
#if defined(MDI_KERNELS_X86)
  return detectX86();
#elif defined(MDI_KERNELS_ARM64)
  return detectArm64();
#else
  return {};
#endif
}

} // namespace

const CpuFeatures &CpuFeatures::host() {
  static const CpuFeatures features = detect();
  return features;
}

std::string CpuFeatures::describe() const {
  std::string s;
  const auto add = [&s](bool present, const char *name) {
    if (!present)
      return;
    if (!s.empty())
      s += ' ';
    s += name;
  };
  add(sse42, "sse4.2");
  add(avx, "avx");
  add(avx2, "avx2");
  add(fma, "fma");
  add(f16c, "f16c");
  add(avxVnni, "avx-vnni");
  add(avx512f, "avx512f");
  add(avx512bw, "avx512bw");
  add(avx512vl, "avx512vl");
  add(avx512dq, "avx512dq");
  add(avx512vnni, "avx512vnni");
  add(avx512bf16, "avx512bf16");
  add(neon, "neon");
  add(dotprod, "dotprod");
  add(i8mm, "i8mm");
  return s.empty() ? std::string("none") : s;
}

} // namespace mdi::kernels
