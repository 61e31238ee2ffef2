#pragma once

#include <cstdint>
#include <functional>

namespace mdi::kernels {

// Work split over threads without the kernels depending on a thread pool: the caller passes one
// (the engine passes libtorch's intra-op pool, tests their own). It must run body over all of
// [0, n) in disjoint chunks [begin, end), each of at least `grain` items where possible, and
// return when every chunk is done. An empty ParallelFor runs body(0, n) on the calling thread.
using ParallelBody = std::function<void(int64_t begin, int64_t end)>;
using ParallelFor = std::function<void(int64_t n, int64_t grain, const ParallelBody &body)>;

inline void runParallel(const ParallelFor &parallel, int64_t n, int64_t grain, const ParallelBody &body) {
  if (n <= 0)
    return;
  if (parallel)
    parallel(n, grain, body);
  else
    body(0, n);
}

} // namespace mdi::kernels
