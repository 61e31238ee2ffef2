#include "reference/loadedmodel.h"

#include "model/qwen2vlmodel.h"

#include <QElapsedTimer>

namespace mdi {

LoadedModel::LoadedModel(Checkpoint checkpoint, Tokenizer tokenizer) :
    m_checkpoint(std::move(checkpoint)), m_tokenizer(std::move(tokenizer)),
    m_images(m_checkpoint.config().preprocessor) {}

LoadedModel::~LoadedModel() = default;

Expected<std::shared_ptr<LoadedModel>> LoadedModel::load(const QString &directory, const ComputeOptions &options) {
  QElapsedTimer timer;
  timer.start();
  auto checkpoint = Checkpoint::open(directory);
  if (!checkpoint)
    return makeError(checkpoint.error());
  auto tokenizer = Tokenizer::loadFromDirectory(directory);
  if (!tokenizer)
    return makeError(tokenizer.error());
  std::shared_ptr<LoadedModel> loaded(new LoadedModel(std::move(*checkpoint), std::move(*tokenizer)));
  auto model = Qwen2VLModel::load(loaded->m_checkpoint, options);
  if (!model)
    return makeError(model.error());
  loaded->m_model = std::move(*model);
  loaded->m_loadMs = timer.nsecsElapsed() / 1e6;
  return loaded;
}

} // namespace mdi
