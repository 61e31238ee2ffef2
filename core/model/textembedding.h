#pragma once

#include "model/checkpoint.h"
#include "model/tensorfactory.h"
#include "util/expected.h"

#include <ATen/ATen.h>

#include <QCoreApplication>
#include <QList>

namespace mdi {

// The token embedding matrix [vocab, hidden] and the lookup that starts every step, with the
// image-pad rows replaced by the vision tower's embeddings in order (as the reference's
// masked_scatter does). With tied embeddings the LM head reuses weight(), so it is stored once.
class TextEmbedding {
  Q_DECLARE_TR_FUNCTIONS(mdi::TextEmbedding)

public:
  static Expected<TextEmbedding> load(const Checkpoint &checkpoint, const TensorFactory &factory);

  const at::Tensor &weight() const { return m_weight; }
  int64_t vocabSize() const { return m_weight.size(0); }
  int64_t hiddenSize() const { return m_weight.size(1); }
  qint64 weightBytes() const { return qint64(m_weight.numel()) * qint64(m_weight.element_size()); }

  // [n, hidden] in the compute dtype. Ids outside the vocabulary are an error.
  Expected<at::Tensor> embed(const QList<qint64> &ids) const;
  // The same, then the rows whose id is imagePadId replaced by imageEmbeds' rows in order
  // ([count of such ids, hidden]).
  Expected<at::Tensor> embed(const QList<qint64> &ids, const at::Tensor &imageEmbeds, qint64 imagePadId) const;

private:
  at::Tensor m_weight;
};

} // namespace mdi
