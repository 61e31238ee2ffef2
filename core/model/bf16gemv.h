#pragma once

#include <ATen/ATen.h>

namespace mdi {

// y = x W^T + b for decoding: a bfloat16 matrix-vector product for one to four input rows, the
// shape of every weight read while generating a token. oneDNN's GEMV behind at::linear streams
// these weights at well under the memory bandwidth on the x86 CPUs we measured, so where the CPU
// has AVX512-BF16 (checked at run time) a hand-written kernel does it instead: each thread of the
// intra-op pool (at::parallel_for, sized by at::set_num_threads) reads its contiguous share of
// the weight rows front to back, vdpbf16ps dot products accumulated in float32, and each output
// is rounded once to bfloat16, bias included, so it agrees with at::linear to within one
// bfloat16 ulp. Anything else (other dtypes, more rows, a strided weight, another compiler or
// CPU, or the kernel switched off) goes to at::linear unchanged.
class Bf16Gemv {
public:
  // Input rows the kernel handles; more rows (prefill) are a matrix product: at::linear.
  static constexpr int64_t kMaxRows = 4;

  // Same contract as at::linear(x, weight, bias) (bias may be undefined).
  static at::Tensor linear(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias = {});

  // Whether linear() would use the kernel for these operands.
  static bool applies(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias = {});

  // The kernel is compiled in and the CPU has AVX512-F/BW/BF16.
  static bool cpuSupported();
  // On by default where supported; off sends every call to at::linear (benchmarks, tests).
  static bool isEnabled();
  static void setEnabled(bool enabled);
};

} // namespace mdi
