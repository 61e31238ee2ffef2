#pragma once

#include <QCoreApplication>

#include "model/checkpoint.h"
#include "model/kvcache.h"
#include "model/linearweight.h"
#include "model/modelconfig.h"
#include "model/mrope.h"
#include "model/positionids.h"
#include "model/tensorfactory.h"
#include "util/expected.h"

#include <ATen/ATen.h>

#include <vector>

namespace mdi {

// A contiguous range [first, last) of Qwen2 decoder layers: the unit a pipeline stage runs. It
// loads only its own layers' tensors. forward() appends n tokens to a sequence whose earlier
// tokens are in a KvCache made by createCache(): pre-norm blocks of RMSNorm (float32), GQA
// attention with q/k/v biases and M-RoPE (causal within the new tokens, full over the cached
// prefix, softmax in float32) and a SwiGLU MLP, all linear layers as LinearWeights in the
// compute format. Hidden states go in and come out as [n, hidden] in the activation dtype.
class DecoderLayers {
  Q_DECLARE_TR_FUNCTIONS(mdi::DecoderLayers)

public:
  static Expected<DecoderLayers> load(const Checkpoint &checkpoint, const TensorFactory &factory, int first, int last);

  int first() const { return m_first; }
  int last() const { return m_last; }
  int count() const { return m_last - m_first; }
  const TextConfig &config() const { return m_config; }
  at::TensorOptions tensorOptions() const { return m_options; }
  qint64 weightBytes() const { return m_weightBytes; }

  // An empty cache for one sequence through these layers.
  KvCache createCache(int64_t chunk = 256) const;

  // hidden [n, hidden] at cache positions cache.length() .. + n with the given M-RoPE positions;
  // appends the tokens' keys and values to cache. layerOutputs, when given, receives each layer's
  // output (the residual stream).
  Expected<at::Tensor> forward(const at::Tensor &hidden, const PositionIds &positions, KvCache &cache,
                               std::vector<at::Tensor> *layerOutputs = nullptr) const;
  // The same with the rotary tables already made (Mrope::tables), e.g. shared by several stages
  // of one process. Throws c10::Error on failure.
  at::Tensor forward(const at::Tensor &hidden, const Mrope::Tables &rotary, KvCache &cache,
                     std::vector<at::Tensor> *layerOutputs = nullptr) const;

  // One sequence of a batch: its next `rows` rows of the batch's hidden states, appended to its
  // own cache.
  struct Segment {
    int64_t rows = 0;
    KvCache *cache = nullptr;
  };
  // Several sequences in one pass (batched decoding, a prefill chunk beside decode steps): hidden
  // [N, hidden] holds the segments' rows one after another and rotary their N positions. The
  // projections and the MLP run once over all N rows, so each weight is read once per step
  // however many sequences there are; attention runs per segment against its own cache (ragged
  // lengths, no padding). A row's result does not depend on the other segments. Throws
  // c10::Error on failure, leaving every cache's length as it was.
  at::Tensor forward(const at::Tensor &hidden, const Mrope::Tables &rotary, const std::vector<Segment> &segments) const;

  const Mrope &rope() const { return m_rope; }

  // Largest number of attention scores (float elements) computed at once; long prefills over a
  // long cache are split into query blocks to stay within it. Default 2^25 (128 MiB in float32).
  void setScoreBudget(int64_t elements) { m_scoreBudget = qMax<int64_t>(1, elements); }

  // RMSNorm as Qwen2 computes it: float32 statistics, weight * x.to(input dtype).
  static at::Tensor rmsNorm(const at::Tensor &x, const at::Tensor &weight, double eps);

private:
  struct Layer {
    at::Tensor inputNorm, qBias, kBias, vBias, postNorm;
    LinearWeight q, k, v, o, gate, up, down;
  };

  DecoderLayers(const TextConfig &config, int first, int last);
  at::Tensor runLayers(const at::Tensor &hidden, const Mrope::Tables &rotary, const std::vector<Segment> &segments,
                       std::vector<at::Tensor> *layerOutputs) const;
  at::Tensor layerForward(const Layer &w, int index, const at::Tensor &x, const Mrope::Tables &rotary,
                          const std::vector<Segment> &segments, const std::vector<int64_t> &starts) const;
  // Causal attention of q [heads, n, hd] (cache positions start .. start + n) over the cache's
  // first start + n positions; [heads, n, hd]. Queries go in blocks within the score budget and
  // each block builds only its own part of the causal mask (never an n x n one).
  at::Tensor attend(const at::Tensor &q, const KvCache &cache, int index, int64_t start) const;

  TextConfig m_config;
  int m_first = 0;
  int m_last = 0;
  Mrope m_rope;
  at::TensorOptions m_options;
  std::vector<Layer> m_layers;
  qint64 m_weightBytes = 0;
  int64_t m_scoreBudget = int64_t(1) << 25;
};

} // namespace mdi
