#pragma once

#include "model/checkpoint.h"
#include "model/linearweight.h"
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

  // The matrix in the head's format (ComputeOptions::headFormat()); rows are expanded on lookup.
  const LinearWeight &weight() const { return m_weight; }
  int64_t vocabSize() const { return m_weight.outFeatures(); }
  int64_t hiddenSize() const { return m_weight.inFeatures(); }
  qint64 weightBytes() const { return m_weight.bytes(); }

  // [n, hidden] in the activation dtype. Ids outside the vocabulary are an error.
  Expected<at::Tensor> embed(const QList<qint64> &ids) const;
  // The same, then the rows whose id is imagePadId replaced by imageEmbeds' rows in order
  // ([count of such ids, hidden]).
  Expected<at::Tensor> embed(const QList<qint64> &ids, const at::Tensor &imageEmbeds, qint64 imagePadId) const;

private:
  at::Device device() const;

  LinearWeight m_weight;
};

} // namespace mdi
