#include "model/textembedding.h"

#include <QCoreApplication>

#include <vector>

namespace mdi {

Expected<TextEmbedding> TextEmbedding::load(const Checkpoint &checkpoint, const TensorFactory &factory) {
  const TextConfig &c = checkpoint.config().text;
  Expected<LinearWeight> w = factory.loadLinear(checkpoint, QStringLiteral("model.embed_tokens.weight"),
                                                {c.vocabSize, c.hiddenSize}, factory.options().headFormat());
  if (!w)
    return makeError(w.error());
  TextEmbedding e;
  e.m_weight = *w;
  return e;
}

at::Device TextEmbedding::device() const {
  return m_weight.isPacked() ? at::Device(at::kCPU) : m_weight.tensor().device();
}

Expected<at::Tensor> TextEmbedding::embed(const QList<qint64> &ids) const {
  const int64_t vocab = vocabSize();
  for (qsizetype i = 0; i < ids.size(); ++i)
    if (ids[i] < 0 || ids[i] >= vocab)
      return makeError(TextEmbedding::tr("Token id %1 at position %2 is outside the vocabulary (%3 tokens).")
                           .arg(ids[i])
                           .arg(i)
                           .arg(vocab));
  try {
    const at::Tensor index = at::from_blob(const_cast<qint64 *>(ids.constData()), {int64_t(ids.size())}, at::kLong)
                                 .to(device(), /*non_blocking=*/false, /*copy=*/true);
    return m_weight.rows(index);
  } catch (const c10::Error &e) {
    return makeError(TextEmbedding::tr("Embedding failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

Expected<at::Tensor> TextEmbedding::embed(const QList<qint64> &ids, const at::Tensor &imageEmbeds,
                                          qint64 imagePadId) const {
  Expected<at::Tensor> rows = embed(ids);
  if (!rows)
    return rows;
  std::vector<int64_t> padRows;
  for (qsizetype i = 0; i < ids.size(); ++i)
    if (ids[i] == imagePadId)
      padRows.push_back(i);
  const int64_t available = imageEmbeds.defined() ? imageEmbeds.size(0) : 0;
  if (int64_t(padRows.size()) != available)
    return makeError(TextEmbedding::tr("The prompt has %1 image tokens but the images give %2 embeddings.")
                         .arg(padRows.size())
                         .arg(available));
  if (padRows.empty())
    return rows;
  try {
    const at::Tensor index = at::tensor(padRows, at::kLong).to(device());
    rows->index_copy_(0, index, imageEmbeds.to(rows->device(), rows->scalar_type()));
    return rows;
  } catch (const c10::Error &e) {
    return makeError(TextEmbedding::tr("Embedding failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

} // namespace mdi
