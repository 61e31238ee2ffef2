#pragma once

#include "kernels/packedweight.h"

#include <ATen/ATen.h>

#include <QtGlobal>

#include <memory>

namespace mdi {

// The weight matrix [out, in] of one linear layer, as the model computes with it. On the CPU it
// is packed for our kernels (kernels::linear) in f32, bf16, q8 or q4, its bytes either a zero-copy
// view of the memory-mapped checkpoint (bf16 from a bf16 file, f32 from an f32 file) or a buffer
// this object shares ownership of; activations are float32. On other devices (CUDA, MPS) it is an
// ATen tensor and forward() is at::linear. Copies share the bytes. Include only from torch units.
class LinearWeight {
public:
  LinearWeight() = default;
  // The device path: at::linear with this [out, in] tensor.
  static LinearWeight fromTensor(at::Tensor weight);
  // The kernel path: packed bytes kept alive by `owner` (a mapped file, a byte tensor...).
  static LinearWeight fromPacked(const kernels::PackedWeight &packed, std::shared_ptr<const void> owner);

  bool isDefined() const { return m_tensor.defined() || m_packed.data != nullptr; }
  bool isPacked() const { return m_packed.data != nullptr; }
  int64_t outFeatures() const { return isPacked() ? m_packed.rows : m_tensor.size(0); }
  int64_t inFeatures() const { return isPacked() ? m_packed.cols : m_tensor.size(1); }
  // Bytes the weights take in memory.
  qint64 bytes() const;
  const kernels::PackedWeight &packed() const { return m_packed; }
  const at::Tensor &tensor() const { return m_tensor; }
  // Whether two weights share the same bytes (tied embeddings).
  bool sharesWith(const LinearWeight &other) const;

  // y = x W^T + bias for x [..., in]; bias [out] or undefined. The kernel path takes float32 x
  // (other dtypes are converted) and returns float32, computed on the calling thread's kernel
  // pool (kernels::ThreadPool::current()).
  at::Tensor forward(const at::Tensor &x, const at::Tensor &bias = {}) const;
  // Rows `ids` of the matrix [n, in] (an embedding lookup): float32 on the kernel path, the
  // tensor's dtype otherwise. Ids must be in range.
  at::Tensor rows(const at::Tensor &ids) const;
  // The whole matrix as a float32 tensor [out, in] (tests and reference computations).
  at::Tensor toFloat() const;

private:
  at::Tensor m_tensor;
  kernels::PackedWeight m_packed;
  std::shared_ptr<const void> m_owner;
};

// For the duration of a large computation (a prefill) on a compute thread, lets
// libtorch's own operations (attention products, softmax, norms) use as many threads as the
// calling thread's kernel pool; restores the previous count after. Decoding keeps libtorch at one
// thread: there its operations are tiny and idle OpenMP workers would spin against the kernels
// (ComputeEnvironment::setThreadCount). Measured on 2 cores: a 301-token q8 prefill 8.8 s -> 6.0 s
// with it; the vision tower 14 s -> 25.5 s (its products alternate with libtorch's operations
// more finely), so the tower does not use it.
class AtenThreadsScope {
public:
  explicit AtenThreadsScope(bool enable = true);
  ~AtenThreadsScope();
  AtenThreadsScope(const AtenThreadsScope &) = delete;
  AtenThreadsScope &operator=(const AtenThreadsScope &) = delete;

private:
  int m_previous = 0;
};

} // namespace mdi
