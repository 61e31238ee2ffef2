#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace mdi {

// Full (non-causal) multi-head attention on the CPU for the vision tower, computed on the calling
// thread's kernel pool: each (head, block of queries) is one task; its scores are a matrix product
// through the kernel layer (keys as an f32 weight matrix), softmax in place, then the product
// with the values (transposed, as the weight matrix). libtorch's matmul on one thread reached
// 37 GFLOP/s here, and letting libtorch use more threads made its idle OpenMP workers spin against
// the kernel pool's (AtenThreadsScope); tasks this coarse keep both cores busy with neither.
// Include only from torch units.
class CpuAttention {
public:
  // q, k, v: [heads, n, head_dim] float32 on the CPU; attention runs within each segment (the
  // frames of the images: lengths summing to n) and not across them. Returns [n, heads * head_dim].
  // scoreBudget bounds the float elements of scores held at once over all tasks in flight.
  static at::Tensor forward(const at::Tensor &q, const at::Tensor &k, const at::Tensor &v,
                            const std::vector<int64_t> &segments, int64_t scoreBudget);

  // x * sigmoid(1.702 x) in place, rows split over the kernel pool (the vision MLP's activation).
  static void quickGeluInPlace(at::Tensor &x);
};

} // namespace mdi
