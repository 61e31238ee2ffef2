#pragma once

#include "model/checkpoint.h"
#include "model/computeoptions.h"
#include "model/imagepreprocessor.h"
#include "model/tokenizer.h"
#include "util/expected.h"

#include <memory>

namespace mdi {

class Qwen2VLModel;

// A checkpoint folder opened for inference in this process: validated weights, tokenizer,
// image preprocessor and the converted model. Loading is the expensive step (weights are
// converted once to the compute dtype); everything after it reuses this object.
class LoadedModel {
public:
  static Expected<std::shared_ptr<LoadedModel>> load(const QString &directory, const ComputeOptions &options);
  ~LoadedModel();

  const Checkpoint &checkpoint() const { return m_checkpoint; }
  const ModelConfig &config() const { return m_checkpoint.config(); }
  const Tokenizer &tokenizer() const { return m_tokenizer; }
  const ImagePreprocessor &imagePreprocessor() const { return m_images; }
  void setMaxImagePixels(qint64 pixels) { m_images.setMaxPixels(pixels); }
  Qwen2VLModel &model() const { return *m_model; }
  double loadMs() const { return m_loadMs; }

private:
  LoadedModel(Checkpoint checkpoint, Tokenizer tokenizer);

  Checkpoint m_checkpoint;
  Tokenizer m_tokenizer;
  ImagePreprocessor m_images;
  std::unique_ptr<Qwen2VLModel> m_model;
  double m_loadMs = 0;
};

} // namespace mdi
