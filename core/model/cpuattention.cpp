#include "model/cpuattention.h"

#include "kernels/linearkernel.h"
#include "kernels/threadpool.h"

#include <algorithm>
#include <cmath>

namespace mdi {

namespace {

// Queries per task: their scores against ~1k keys stay in L2 between the two products.
constexpr int64_t kQueryBlock = 128;

struct Task {
  int64_t head = 0;
  int64_t segmentBegin = 0;
  int64_t segmentLength = 0;
  int64_t valuesIndex = 0; // which transposed-values tensor
  int64_t query = 0;       // first query row, relative to the segment
  int64_t count = 0;
};

} // namespace

at::Tensor CpuAttention::forward(const at::Tensor &q, const at::Tensor &k, const at::Tensor &v,
                                 const std::vector<int64_t> &segments, int64_t scoreBudget) {
  const int64_t heads = q.size(0), n = q.size(1), hd = q.size(2);
  // Scaling q before the product rather than the scores after it: n * hd multiplies, not n * n.
  const at::Tensor qs = (q.to(at::kFloat) * (1.0 / std::sqrt(double(hd)))).contiguous();
  const at::Tensor ks = k.to(at::kFloat).contiguous();
  // Per segment, the values transposed to [heads, hd, length]: row d of head h is a weight row.
  std::vector<at::Tensor> valuesT;
  kernels::ThreadPool &pool = kernels::ThreadPool::current();
  const int64_t inFlight = std::max<int64_t>(1, pool.threads());
  std::vector<Task> tasks;
  int64_t begin = 0;
  for (const int64_t length : segments) {
    valuesT.push_back(v.narrow(1, begin, length).to(at::kFloat).transpose(1, 2).contiguous());
    const int64_t block =
        std::clamp<int64_t>(scoreBudget / (2 * inFlight * std::max<int64_t>(1, length)), 1, kQueryBlock);
    for (int64_t h = 0; h < heads; ++h)
      for (int64_t r = 0; r < length; r += block)
        tasks.push_back({h, begin, length, int64_t(valuesT.size()) - 1, r, std::min(block, length - r)});
    begin += length;
  }
  TORCH_CHECK(begin == n, "attention: segments cover ", begin, " of ", n, " rows");
  at::Tensor out = at::empty({n, heads * hd}, qs.options());
  const float *qp = qs.data_ptr<float>();
  const float *kp = ks.data_ptr<float>();
  float *op = out.data_ptr<float>();
  pool.run(int64_t(tasks.size()), 1, [&](int64_t first, int64_t last) {
    std::vector<float> scores, probs;
    for (int64_t t = first; t < last; ++t) {
      const Task &task = tasks[size_t(t)];
      const int64_t length = task.segmentLength;
      scores.resize(size_t(task.count * length));
      probs.resize(scores.size());
      const int64_t row = task.segmentBegin + task.query;
      const kernels::PackedWeight keys{kernels::WeightFormat::F32, length, hd,
                                       kp + (task.head * n + task.segmentBegin) * hd};
      kernels::linear(keys, qp + (task.head * n + row) * hd, task.count, hd, nullptr, scores.data(), length);
      // Softmax of each row (on one libtorch thread: ATen's per-thread count is lazily set from
      // at::set_num_threads, 1 on compute threads, see ComputeEnvironment).
      at::Tensor p = at::from_blob(probs.data(), {task.count, length}, at::kFloat);
      at::_softmax_out(p, at::from_blob(scores.data(), {task.count, length}, at::kFloat), -1, false);
      const kernels::PackedWeight values{kernels::WeightFormat::F32, hd, length,
                                         valuesT[size_t(task.valuesIndex)].data_ptr<float>() + task.head * hd * length};
      kernels::linear(values, probs.data(), task.count, length, nullptr, op + row * heads * hd + task.head * hd,
                      heads * hd);
    }
  });
  return out;
}

void CpuAttention::quickGeluInPlace(at::Tensor &x) {
  TORCH_CHECK(x.is_contiguous() && x.scalar_type() == at::kFloat, "quickGeluInPlace: contiguous float32 expected");
  const int64_t rows = x.numel() / std::max<int64_t>(1, x.size(-1));
  const at::Tensor flat = x.view({rows, -1});
  kernels::ThreadPool::current().run(rows, 16, [&](int64_t first, int64_t last) {
    at::Tensor part = flat.narrow(0, first, last - first);
    part.mul_(at::sigmoid(part * 1.702));
  });
}

} // namespace mdi
