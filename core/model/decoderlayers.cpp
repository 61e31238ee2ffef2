#include "model/decoderlayers.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace mdi {

DecoderLayers::DecoderLayers(const TextConfig &config, int first, int last) :
    m_config(config), m_first(first), m_last(last), m_rope(config) {}

Expected<DecoderLayers> DecoderLayers::load(const Checkpoint &checkpoint, const TensorFactory &factory, int first,
                                            int last) {
  const TextConfig &c = checkpoint.config().text;
  if (first < 0 || last > c.numLayers || first >= last)
    return makeError(DecoderLayers::tr("Layer range %1-%2 is not inside the model's %n layer(s).", nullptr, c.numLayers)
                         .arg(first)
                         .arg(last));
  DecoderLayers layers(c, first, last);
  layers.m_options = factory.tensorOptions();
  const qint64 H = c.hiddenSize, I = c.intermediateSize, hd = c.headDim;
  const qint64 qOut = qint64(c.numHeads) * hd, kvOut = qint64(c.numKeyValueHeads) * hd;
  TensorFactory::Loader get(factory, checkpoint);
  const ComputeDtype f = factory.options().dtype;
  for (int i = first; i < last; ++i) {
    const QString p = QStringLiteral("model.layers.%1.").arg(i);
    Layer w;
    w.inputNorm = get(p + QStringLiteral("input_layernorm.weight"), {H});
    w.q = get.linear(p + QStringLiteral("self_attn.q_proj.weight"), {qOut, H}, f);
    w.qBias = get(p + QStringLiteral("self_attn.q_proj.bias"), {qOut});
    w.k = get.linear(p + QStringLiteral("self_attn.k_proj.weight"), {kvOut, H}, f);
    w.kBias = get(p + QStringLiteral("self_attn.k_proj.bias"), {kvOut});
    w.v = get.linear(p + QStringLiteral("self_attn.v_proj.weight"), {kvOut, H}, f);
    w.vBias = get(p + QStringLiteral("self_attn.v_proj.bias"), {kvOut});
    w.o = get.linear(p + QStringLiteral("self_attn.o_proj.weight"), {H, qOut}, f);
    w.postNorm = get(p + QStringLiteral("post_attention_layernorm.weight"), {H});
    w.gate = get.linear(p + QStringLiteral("mlp.gate_proj.weight"), {I, H}, f);
    w.up = get.linear(p + QStringLiteral("mlp.up_proj.weight"), {I, H}, f);
    w.down = get.linear(p + QStringLiteral("mlp.down_proj.weight"), {H, I}, f);
    layers.m_layers.push_back(std::move(w));
  }
  if (Status s = get.status(); !s)
    return makeError(s.error());
  layers.m_weightBytes = get.bytes();
  return layers;
}

KvCache DecoderLayers::createCache(int64_t chunk) const {
  return KvCache(count(), m_config.numKeyValueHeads, m_config.headDim, m_options, chunk);
}

at::Tensor DecoderLayers::rmsNorm(const at::Tensor &x, const at::Tensor &weight, double eps) {
  const at::Tensor xf = x.to(at::kFloat);
  const at::Tensor variance = xf.pow(2).mean(-1, /*keepdim=*/true);
  return weight * (xf * at::rsqrt(variance + eps)).to(x.scalar_type());
}

Expected<at::Tensor> DecoderLayers::forward(const at::Tensor &hidden, const PositionIds &positions, KvCache &cache,
                                            std::vector<at::Tensor> *layerOutputs) const {
  if (hidden.dim() != 2 || hidden.size(1) != m_config.hiddenSize)
    return makeError(DecoderLayers::tr("Hidden states must be [n, %1].").arg(m_config.hiddenSize));
  if (hidden.size(0) != positions.count())
    return makeError(
        DecoderLayers::tr("%1 hidden states came with %2 positions.").arg(hidden.size(0)).arg(positions.count()));
  if (cache.layerCount() != count())
    return makeError(
        DecoderLayers::tr("The KV cache holds %n layer(s); this stage has %1.", nullptr, int(cache.layerCount()))
            .arg(count()));
  try {
    const Mrope::Tables rotary = m_rope.tables(positions, m_options.device());
    return forward(hidden, rotary, cache, layerOutputs);
  } catch (const c10::Error &e) {
    return makeError(DecoderLayers::tr("Decoder layers %1-%2 failed: %3")
                         .arg(m_first)
                         .arg(m_last - 1)
                         .arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

at::Tensor DecoderLayers::forward(const at::Tensor &hidden, const Mrope::Tables &rotary, KvCache &cache,
                                  std::vector<at::Tensor> *layerOutputs) const {
  return runLayers(hidden, rotary, {Segment{hidden.size(0), &cache}}, layerOutputs);
}

at::Tensor DecoderLayers::forward(const at::Tensor &hidden, const Mrope::Tables &rotary,
                                  const std::vector<Segment> &segments) const {
  return runLayers(hidden, rotary, segments, nullptr);
}

at::Tensor DecoderLayers::runLayers(const at::Tensor &hidden, const Mrope::Tables &rotary,
                                    const std::vector<Segment> &segments, std::vector<at::Tensor> *layerOutputs) const {
  const int64_t n = hidden.size(0);
  int64_t total = 0;
  std::vector<int64_t> starts;
  starts.reserve(segments.size());
  for (const Segment &segment : segments) {
    Q_ASSERT(segment.cache && segment.rows > 0);
    total += segment.rows;
    starts.push_back(segment.cache->length());
  }
  TORCH_CHECK(total == n, "the segments hold ", total, " rows of ", n);
  // A prefill: libtorch's operations (attention, norms) on every core too; decoding keeps them on
  // one thread (see AtenThreadsScope).
  const AtenThreadsScope threads(n >= 32);
  for (size_t s = 0; s < segments.size(); ++s)
    segments[s].cache->reserve(starts[s] + segments[s].rows);
  at::Tensor x = hidden.to(m_options.device(), m_options.dtype().toScalarType());
  for (int i = 0; i < count(); ++i) {
    x = layerForward(m_layers[size_t(i)], i, x, rotary, segments, starts);
    if (layerOutputs)
      layerOutputs->push_back(x);
  }
  // Only now: a failure part-way leaves the caches as they were.
  for (size_t s = 0; s < segments.size(); ++s)
    segments[s].cache->setLength(starts[s] + segments[s].rows);
  return x;
}

at::Tensor DecoderLayers::attend(const at::Tensor &q, const KvCache &cache, int index, int64_t start) const {
  const int64_t n = q.size(1);
  const int64_t heads = m_config.numHeads, kvHeads = m_config.numKeyValueHeads, hd = m_config.headDim;
  const int64_t groups = heads / kvHeads;
  const int64_t length = start + n;
  const at::Tensor keys = cache.keys(index, length);
  const at::Tensor values = cache.values(index, length);
  // GQA without repeating the cache: query head j uses kv head j / groups, so the query heads
  // of one kv head are consecutive and [heads, n, hd] is [kvHeads, groups * n, hd].
  const double scale = std::sqrt(double(hd));
  const auto longs = at::TensorOptions().dtype(at::kLong).device(m_options.device());
  const auto block = [&](const at::Tensor &queries, int64_t first, int64_t rows) {
    at::Tensor scores = at::bmm(queries, keys.transpose(1, 2));
    scores.div_(scale);
    if (rows > 1 || first + rows < n) {
      // Query first + i sits at cache position start + first + i and sees keys up to there.
      const at::Tensor mask =
          at::arange(length, longs).unsqueeze(0) > at::arange(start + first, start + first + rows, longs).unsqueeze(1);
      scores.view({kvHeads, groups, rows, length}).masked_fill_(mask, -std::numeric_limits<double>::infinity());
    }
    return at::bmm(at::softmax(scores, -1, at::kFloat).to(q.scalar_type()), values); // [kvHeads, groups * rows, hd]
  };
  const int64_t rowsPerBlock = qMax<int64_t>(1, m_scoreBudget / (heads * length));
  if (rowsPerBlock >= n) {
    // (The rotation keeps the transposed layout of its input, so the reshape copies for n > 1.)
    return block(q.reshape({kvHeads, groups * n, hd}), 0, n).view({heads, n, hd});
  }
  // Long prompt over a long cache: queries in blocks so the scores stay within the budget.
  at::Tensor context = at::empty({heads, n, hd}, q.options());
  const at::Tensor q4 = q.view({kvHeads, groups, n, hd});
  const at::Tensor out4 = context.view({kvHeads, groups, n, hd});
  for (int64_t r = 0; r < n; r += rowsPerBlock) {
    const int64_t rows = qMin(rowsPerBlock, n - r);
    const at::Tensor part = block(q4.narrow(2, r, rows).reshape({kvHeads, groups * rows, hd}), r, rows);
    out4.narrow(2, r, rows).copy_(part.view({kvHeads, groups, rows, hd}));
  }
  return context;
}

at::Tensor DecoderLayers::layerForward(const Layer &w, int index, const at::Tensor &x, const Mrope::Tables &rotary,
                                       const std::vector<Segment> &segments, const std::vector<int64_t> &starts) const {
  const int64_t n = x.size(0);
  const int64_t heads = m_config.numHeads, kvHeads = m_config.numKeyValueHeads, hd = m_config.headDim;
  const double eps = m_config.rmsNormEps;

  const at::Tensor h = rmsNorm(x, w.inputNorm, eps);
  // [n, heads * hd] -> [heads, n, hd] views.
  const at::Tensor q = Mrope::apply(w.q.forward(h, w.qBias).view({n, heads, hd}).transpose(0, 1), rotary);
  const at::Tensor k = Mrope::apply(w.k.forward(h, w.kBias).view({n, kvHeads, hd}).transpose(0, 1), rotary);
  const at::Tensor v = w.v.forward(h, w.vBias).view({n, kvHeads, hd}).transpose(0, 1);
  at::Tensor context;
  if (segments.size() == 1) {
    segments[0].cache->store(index, starts[0], k, v);
    context = attend(q, *segments[0].cache, index, starts[0]);
  } else {
    context = at::empty({heads, n, hd}, q.options());
    int64_t row = 0;
    for (size_t s = 0; s < segments.size(); ++s) {
      const int64_t rows = segments[s].rows;
      segments[s].cache->store(index, starts[s], k.narrow(1, row, rows), v.narrow(1, row, rows));
      context.narrow(1, row, rows).copy_(attend(q.narrow(1, row, rows), *segments[s].cache, index, starts[s]));
      row += rows;
    }
  }
  const at::Tensor attention = context.transpose(0, 1).reshape({n, heads * hd});
  const at::Tensor attended = x + w.o.forward(attention);

  const at::Tensor h2 = rmsNorm(attended, w.postNorm, eps);
  const at::Tensor mlp = w.down.forward(at::silu(w.gate.forward(h2)) * w.up.forward(h2));
  return attended + mlp;
}

} // namespace mdi
