#include "kernels/linearkernel.h"

#include "kernels/cpufeatures.h"
#include "kernels/isakernels.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace mdi::kernels {

namespace {

// -1: no override.
std::atomic<int> isaOverride{-1};

bool cpuHas(Isa isa) {
  const CpuFeatures &f = CpuFeatures::host();
  switch (isa) {
  case Isa::Scalar:
    return true;
  case Isa::Avx2:
    return f.avx2 && f.fma && f.f16c;
  case Isa::Avx512:
    return f.avx2 && f.fma && f.f16c && f.avx512f && f.avx512bw && f.avx512vl && f.avx512dq;
  case Isa::Avx512Vnni:
    return cpuHas(Isa::Avx512) && f.avx512vnni;
  case Isa::Neon:
    return f.neon;
  case Isa::NeonDot:
    return f.neon && f.dotprod;
  }
  return false;
}

Isa detectBest() {
  if (const char *env = std::getenv("MDI_KERNELS_ISA"))
    for (int i = 0; i < kIsaCount; ++i)
      if (std::strcmp(env, isaName(Isa(i))) == 0 && isaSupported(Isa(i)))
        return Isa(i);
  for (Isa isa : {Isa::Avx512Vnni, Isa::Avx512, Isa::Avx2, Isa::NeonDot, Isa::Neon})
    if (isaSupported(isa))
      return isa;
  return Isa::Scalar;
}

// Per-thread scratch for quantized activations: grows, never shrinks, so decoding allocates
// nothing after the first token.
struct QuantScratch {
  std::vector<int8_t> q;
  std::vector<float> d;
};

} // namespace

const IsaKernels *isaKernels(int isa) {
  switch (Isa(isa)) {
  case Isa::Scalar:
    return scalarKernels();
  case Isa::Avx2:
    return avx2Kernels();
  case Isa::Avx512:
    return avx512Kernels();
  case Isa::Avx512Vnni:
    return avx512VnniKernels();
  case Isa::Neon:
    return neonKernels();
  case Isa::NeonDot:
    return neonDotKernels();
  }
  return nullptr;
}

const char *isaName(Isa isa) {
  switch (isa) {
  case Isa::Scalar:
    return "scalar";
  case Isa::Avx2:
    return "avx2";
  case Isa::Avx512:
    return "avx512";
  case Isa::Avx512Vnni:
    return "avx512vnni";
  case Isa::Neon:
    return "neon";
  case Isa::NeonDot:
    return "neon-dotprod";
  }
  return "?";
}

bool isaCompiled(Isa isa) {
  return isaKernels(int(isa)) != nullptr;
}

bool isaSupported(Isa isa) {
  return isaCompiled(isa) && cpuHas(isa);
}

Isa bestIsa() {
  const int forced = isaOverride.load(std::memory_order_relaxed);
  if (forced >= 0)
    return Isa(forced);
  static const Isa best = detectBest();
  return best;
}

void setIsaOverride(std::optional<Isa> isa) {
  isaOverride.store(isa && isaSupported(*isa) ? int(*isa) : -1, std::memory_order_relaxed);
}

void quantizeActivationRow(const float *x, int64_t cols, int8_t *q, float *d) {
  scalarKernels()->quantizeRow(x, cols, q, d);
}

void linear(const PackedWeight &w, const float *x, int64_t m, int64_t ldx, const float *bias, float *y, int64_t ldy,
            const ParallelFor &parallel, Isa isa) {
  if (m <= 0 || w.rows <= 0)
    return;
  const IsaKernels *k = isaKernels(int(isa));
  if (!k || !isaSupported(isa))
    k = scalarKernels();
  const int f = int(w.format);
  // Up to twice the matrix-vector kernels' rows (batched decoding of 9 to 16 answers) run as that
  // many tiles of rows of x over each range of output rows: the weights come from memory once and
  // from the cache for the other tiles. The matrix product would repack every weight per call.
  const int64_t maxRows = k->gemvMaxRows[f];
  const int64_t tiles = m <= maxRows ? 1 : m <= kGemvTiles * maxRows ? (m + maxRows - 1) / maxRows : 0;
  const bool few = tiles > 0;
  LinearFn fn = few ? k->gemv[f] : k->gemm[f];
  const bool wantsQ = few ? k->gemvWantsQuantizedX[f] : k->gemmWantsQuantizedX[f];
  if (!fn) { // a variant may leave a path to the scalar code
    fn = few ? scalarKernels()->gemv[f] : scalarKernels()->gemm[f];
  }

  LinearJob job;
  job.w = w;
  job.x = x;
  job.m = m;
  job.ldx = ldx;
  job.bias = bias;
  job.y = y;
  job.ldy = ldy;
  if (wantsQ && (w.format == WeightFormat::Q8 || w.format == WeightFormat::Q4)) {
    thread_local QuantScratch scratch;
    const int64_t blocks = w.blocks();
    const size_t qBytes = size_t(m * blocks * kQuantBlock);
    if (scratch.q.size() < qBytes + 64)
      scratch.q.resize(qBytes + 64);
    if (scratch.d.size() < size_t(m * blocks))
      scratch.d.resize(size_t(m * blocks));
    // 64-byte aligned start for the vector loads.
    int8_t *q = scratch.q.data();
    q += (64 - (reinterpret_cast<uintptr_t>(q) & 63)) & 63;
    for (int64_t r = 0; r < m; ++r)
      k->quantizeRow(x + r * ldx, w.cols, q + r * blocks * kQuantBlock, scratch.d.data() + r * blocks);
    job.xq = q;
    job.xd = scratch.d.data();
    job.ldxq = blocks * kQuantBlock;
  }

  // Chunks of whole panels, and enough work per chunk (~256 KB of weights for a matrix-vector
  // product, more rows of the product for a matrix product) that small layers do not wake threads.
  const int64_t grain = std::max<int64_t>(1, k->rowGrain);
  const int64_t panels = (w.rows + grain - 1) / grain;
  const int64_t panelBytes = std::max<int64_t>(1, packedBytes(w.format, grain, w.cols));
  const int64_t minPanels = std::max<int64_t>(1, (few ? 262144 : 65536 / std::max<int64_t>(1, m)) / panelBytes);
  if (tiles <= 1) {
    runParallel(parallel, panels, minPanels,
                [&](int64_t p0, int64_t p1) { fn(job, p0 * grain, std::min(p1 * grain, w.rows)); });
    return;
  }
  // Tiles of x's rows as even as possible, each its own job over the same output rows; the output
  // rows in spans of about 128 KB of weights, so a span is still in the cache for the next tile.
  LinearJob parts[kGemvTiles];
  const int64_t per = (m + tiles - 1) / tiles;
  int64_t count = 0;
  for (int64_t r0 = 0; r0 < m; r0 += per, ++count) {
    LinearJob &part = parts[count];
    part = job;
    part.m = std::min(per, m - r0);
    part.x = x + r0 * ldx;
    part.y = y + r0 * ldy;
    if (job.xq) {
      part.xq = job.xq + r0 * job.ldxq;
      part.xd = job.xd + r0 * w.blocks();
    }
  }
  const int64_t span = std::max<int64_t>(1, 131072 / panelBytes) * grain;
  runParallel(parallel, panels, minPanels, [&](int64_t p0, int64_t p1) {
    const int64_t end = std::min(p1 * grain, w.rows);
    for (int64_t o = p0 * grain; o < end; o += span)
      for (int64_t t = 0; t < count; ++t)
        fn(parts[t], o, std::min(o + span, end));
  });
}

} // namespace mdi::kernels
