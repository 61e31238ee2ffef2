#pragma once

#include "model/checkpoint.h"
#include "model/linearweight.h"
#include "model/tensorfactory.h"
#include "model/textembedding.h"
#include "util/expected.h"

#include <ATen/ATen.h>

namespace mdi {

// The end of the text model: final RMSNorm and the vocabulary projection. With tied embeddings
// (Qwen2-VL-2B) the projection is the embedding matrix itself, shared rather than copied; an
// untied checkpoint's lm_head.weight is loaded instead. Logits come out in float32, by default
// for the last position only (all a sampler needs).
class LmHead {
public:
  // embedding: the loaded TextEmbedding to share when tied; null loads the matrix itself.
  static Expected<LmHead> load(const Checkpoint &checkpoint, const TensorFactory &factory,
                               const TextEmbedding *embedding = nullptr);

  bool isTied() const { return m_tied; }
  const LinearWeight &weight() const { return m_weight; }
  // Bytes this head holds beyond a shared embedding.
  qint64 ownWeightBytes() const { return m_ownBytes; }

  // Final RMSNorm of hidden [n, H].
  at::Tensor norm(const at::Tensor &hidden) const;
  // float32 logits of the last position [vocab], or of every position [n, vocab].
  at::Tensor logits(const at::Tensor &hidden, bool allPositions = false) const;

private:
  at::Tensor m_norm;
  LinearWeight m_weight;
  double m_eps = 1e-6;
  bool m_tied = false;
  qint64 m_ownBytes = 0;
};

} // namespace mdi
