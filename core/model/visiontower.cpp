#include "model/visiontower.h"

#include "model/cpuattention.h"
#include "model/mrope.h"

#include <QCoreApplication>

#include <cmath>

namespace mdi {

namespace {

at::Tensor visionQuickGelu(const at::Tensor &x) {
  return x * at::sigmoid(1.702 * x);
}
} // namespace

Expected<VisionTower> VisionTower::load(const Checkpoint &checkpoint, const TensorFactory &factory) {
  const VisionConfig &c = checkpoint.config().vision;
  VisionTower tower(c);
  tower.m_options = factory.tensorOptions();
  const qint64 E = c.embedDim, M = c.mlpHiddenSize, merged = c.mergedSize;
  TensorFactory::Loader get(factory, checkpoint);
  const ComputeDtype f = factory.options().visionFormat();
  // The Conv3d over whole patches is a matrix product over the 1176 values of each patch.
  tower.m_patchWeight = get.linear(QStringLiteral("visual.patch_embed.proj.weight"),
                                   {E, c.inChannels, c.temporalPatchSize, c.patchSize, c.patchSize}, f);
  for (int i = 0; i < c.depth; ++i) {
    const QString p = QStringLiteral("visual.blocks.%1.").arg(i);
    Block w;
    w.norm1 = get(p + QStringLiteral("norm1.weight"), {E});
    w.norm1Bias = get(p + QStringLiteral("norm1.bias"), {E});
    w.qkv = get.linear(p + QStringLiteral("attn.qkv.weight"), {3 * E, E}, f);
    w.qkvBias = get(p + QStringLiteral("attn.qkv.bias"), {3 * E});
    w.proj = get.linear(p + QStringLiteral("attn.proj.weight"), {E, E}, f);
    w.projBias = get(p + QStringLiteral("attn.proj.bias"), {E});
    w.norm2 = get(p + QStringLiteral("norm2.weight"), {E});
    w.norm2Bias = get(p + QStringLiteral("norm2.bias"), {E});
    w.fc1 = get.linear(p + QStringLiteral("mlp.fc1.weight"), {M, E}, f);
    w.fc1Bias = get(p + QStringLiteral("mlp.fc1.bias"), {M});
    w.fc2 = get.linear(p + QStringLiteral("mlp.fc2.weight"), {E, M}, f);
    w.fc2Bias = get(p + QStringLiteral("mlp.fc2.bias"), {E});
    tower.m_blocks.push_back(std::move(w));
  }
  tower.m_lnQ = get(QStringLiteral("visual.merger.ln_q.weight"), {E});
  tower.m_lnQBias = get(QStringLiteral("visual.merger.ln_q.bias"), {E});
  tower.m_mlp0 = get.linear(QStringLiteral("visual.merger.mlp.0.weight"), {merged, merged}, f);
  tower.m_mlp0Bias = get(QStringLiteral("visual.merger.mlp.0.bias"), {merged});
  tower.m_mlp2 = get.linear(QStringLiteral("visual.merger.mlp.2.weight"), {c.outHiddenSize, merged}, f);
  tower.m_mlp2Bias = get(QStringLiteral("visual.merger.mlp.2.bias"), {c.outHiddenSize});
  if (Status s = get.status(); !s)
    return makeError(s.error());
  tower.m_weightBytes = get.bytes();
  // VisionRotaryEmbedding(head_dim / 2, theta 1e4): float arange, power in float32.
  const int64_t dim = c.headDim / 2;
  tower.m_invFreq = 1.0 / at::pow(10000.0, at::arange(0, dim, 2, at::kFloat) / double(dim));
  return tower;
}

at::Tensor VisionTower::rotaryAngles(const QList<ImageGrid> &grids) const {
  const int64_t m = m_config.spatialMergeSize;
  int64_t total = 0, largest = 0;
  for (const ImageGrid &g : grids) {
    total += g.patchCount();
    largest = qMax(largest, qMax(g.h, g.w));
  }
  // Row and column of every patch, in the merge-window order of the pixel rows.
  at::Tensor ids = at::empty({total, 2}, at::kLong);
  auto acc = ids.accessor<int64_t, 2>();
  int64_t k = 0;
  for (const ImageGrid &g : grids)
    for (int64_t f = 0; f < g.t; ++f)
      for (int64_t wr = 0; wr < g.h / m; ++wr)
        for (int64_t wc = 0; wc < g.w / m; ++wc)
          for (int64_t r = 0; r < m; ++r)
            for (int64_t c = 0; c < m; ++c, ++k) {
              acc[k][0] = wr * m + r;
              acc[k][1] = wc * m + c;
            }
  // freqs[p] = p * inv_freq for p < largest, as torch.outer computes it in float32.
  const at::Tensor table = at::outer(at::arange(largest, at::kFloat), m_invFreq);
  return table.index_select(0, ids.flatten()).view({total, -1});
}

Expected<at::Tensor> VisionTower::forward(const at::Tensor &pixels, const QList<ImageGrid> &grids, Trace *trace,
                                          const std::atomic<bool> *cancel) const {
  const int64_t m = m_config.spatialMergeSize;
  int64_t total = 0;
  std::vector<int64_t> segments; // patches per frame: attention stays within each
  for (const ImageGrid &g : grids) {
    if (g.t <= 0 || g.h <= 0 || g.w <= 0 || g.h % m != 0 || g.w % m != 0)
      return makeError(VisionTower::tr("Invalid image patch grid %1x%2x%3.").arg(g.t).arg(g.h).arg(g.w));
    for (int64_t f = 0; f < g.t; ++f)
      segments.push_back(g.h * g.w);
    total += g.patchCount();
  }
  if (grids.isEmpty())
    return makeError(VisionTower::tr("No images were given to the vision tower."));
  if (pixels.dim() != 2 || pixels.size(0) != total || pixels.size(1) != m_config.patchInputSize)
    return makeError(VisionTower::tr("Pixel values must be [%1, %2] for the given image grids.")
                         .arg(total)
                         .arg(m_config.patchInputSize));
  try {
    const at::ScalarType dtype = m_options.dtype().toScalarType();
    const at::Device device = m_options.device();
    at::Tensor x = m_patchWeight.forward(pixels.to(device, dtype));
    const at::Tensor angles = rotaryAngles(grids);
    if (trace) {
      trace->patchEmbed = x;
      trace->rotary = angles;
      trace->blocks.clear();
    }
    // cos/sin [N, 1, head_dim]: each angle serves channel f and f + head_dim/2, broadcast over heads.
    const at::Tensor cos = angles.cos().repeat({1, 2}).unsqueeze(1).to(device);
    const at::Tensor sin = angles.sin().repeat({1, 2}).unsqueeze(1).to(device);
    const double eps = 1e-6;
    const std::vector<int64_t> e{m_config.embedDim};
    for (const Block &w : m_blocks) {
      if (cancel && cancel->load(std::memory_order_relaxed))
        return makeError(VisionTower::tr("The image was not read to the end: the answer was stopped."));
      x = x + attention(w, at::layer_norm(x, e, w.norm1, w.norm1Bias, eps), cos, sin, segments);
      const at::Tensor h = at::layer_norm(x, e, w.norm2, w.norm2Bias, eps);
      at::Tensor hidden = w.fc1.forward(h, w.fc1Bias);
      if (w.fc1.isPacked())
        CpuAttention::quickGeluInPlace(hidden);
      else
        hidden = visionQuickGelu(hidden);
      x = x + w.fc2.forward(hidden, w.fc2Bias);
      if (trace)
        trace->blocks.push_back(x);
    }
    const at::Tensor ln = at::layer_norm(x, e, m_lnQ, m_lnQBias, eps);
    if (trace)
      trace->mergerLnQ = ln;
    // Four consecutive rows are one 2x2 window (the pixel rows' order).
    const at::Tensor merged = ln.reshape({total / (m * m), m_config.mergedSize});
    return m_mlp2.forward(at::gelu(m_mlp0.forward(merged, m_mlp0Bias)), m_mlp2Bias);
  } catch (const c10::Error &e) {
    return makeError(
        VisionTower::tr("The vision tower failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

at::Tensor VisionTower::attention(const Block &w, const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin,
                                  const std::vector<int64_t> &segments) const {
  const int64_t n = x.size(0), heads = m_config.numHeads, hd = m_config.headDim;
  const at::Tensor qkv = w.qkv.forward(x, w.qkvBias).view({n, 3, heads, hd});
  const Mrope::Tables rotary{cos, sin};
  // [heads, n, hd]
  const at::Tensor q = Mrope::apply(qkv.select(1, 0), rotary).transpose(0, 1);
  const at::Tensor k = Mrope::apply(qkv.select(1, 1), rotary).transpose(0, 1);
  const at::Tensor v = qkv.select(1, 2).transpose(0, 1);
  if (w.proj.isPacked() && x.device().is_cpu())
    return w.proj.forward(CpuAttention::forward(q, k, v, segments, m_scoreBudget), w.projBias);
  at::Tensor context = at::empty({heads, n, hd}, x.options());
  const double scale = std::sqrt(double(hd));
  int64_t begin = 0;
  for (const int64_t length : segments) {
    const at::Tensor ks = k.narrow(1, begin, length).transpose(1, 2);
    const at::Tensor vs = v.narrow(1, begin, length);
    // Query blocks bound the memory of a large image (65536 patches would need 16 heads x 64k x
    // 64k scores at once).
    const int64_t rows = qMax<int64_t>(1, m_scoreBudget / (heads * length));
    for (int64_t r = 0; r < length; r += rows) {
      const int64_t count = qMin(rows, length - r);
      const at::Tensor scores = at::matmul(q.narrow(1, begin + r, count), ks) / scale;
      const at::Tensor probs = at::softmax(scores, -1, at::kFloat).to(x.scalar_type());
      context.narrow(1, begin + r, count).copy_(at::matmul(probs, vs));
    }
    begin += length;
  }
  return w.proj.forward(context.transpose(0, 1).reshape({n, heads * hd}), w.projBias);
}

} // namespace mdi
