#include "model/lmhead.h"

#include "model/decoderlayers.h"

namespace mdi {

Expected<LmHead> LmHead::load(const Checkpoint &checkpoint, const TensorFactory &factory,
                              const TextEmbedding *embedding) {
  const TextConfig &c = checkpoint.config().text;
  LmHead head;
  head.m_eps = c.rmsNormEps;
  head.m_tied = c.tieWordEmbeddings;
  TensorFactory::Loader get(factory, checkpoint);
  head.m_norm = get(QStringLiteral("model.norm.weight"), {c.hiddenSize});
  const ComputeDtype format = factory.options().headFormat();
  if (!head.m_tied)
    head.m_weight = get.linear(QStringLiteral("lm_head.weight"), {c.vocabSize, c.hiddenSize}, format);
  else if (embedding)
    head.m_weight = embedding->weight();
  else
    head.m_weight = get.linear(QStringLiteral("model.embed_tokens.weight"), {c.vocabSize, c.hiddenSize}, format);
  if (Status s = get.status(); !s)
    return makeError(s.error());
  head.m_ownBytes = get.bytes();
  return head;
}

at::Tensor LmHead::norm(const at::Tensor &hidden) const {
  return DecoderLayers::rmsNorm(hidden, m_norm, m_eps);
}

at::Tensor LmHead::logits(const at::Tensor &hidden, bool allPositions) const {
  const at::Tensor rows = allPositions ? hidden : hidden.narrow(0, hidden.size(0) - 1, 1);
  const at::Tensor out = m_weight.forward(norm(rows)).to(at::kFloat);
  return allPositions ? out : out[0];
}

} // namespace mdi
