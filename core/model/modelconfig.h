#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mdi {

// Decoder (language model) hyper-parameters.
struct TextConfig {
  qint64 vocabSize = 0;
  qint64 hiddenSize = 0;
  qint64 intermediateSize = 0;
  int numLayers = 0;
  int numHeads = 0;
  int numKeyValueHeads = 0;
  double rmsNormEps = 1e-6;
  double ropeTheta = 1e6;
  QList<int> mropeSection; // t, h, w: sums to headDim / 2
  qint64 maxPositionEmbeddings = 0;
  bool tieWordEmbeddings = false;
  QString hiddenAct;
  QString torchDtype;
  // Derived once in ModelConfig::fromJson.
  int headDim = 0;
  int kvGroups = 0;
};

// Vision tower and patch merger hyper-parameters.
struct VisionConfig {
  int depth = 0;
  qint64 embedDim = 0;
  int numHeads = 0;
  double mlpRatio = 4.0;
  int inChannels = 3;
  qint64 outHiddenSize = 0; // merger output, equals TextConfig::hiddenSize
  int patchSize = 14;
  int spatialMergeSize = 2;
  int temporalPatchSize = 2;
  QString hiddenAct;
  // Derived.
  int headDim = 0;
  qint64 mlpHiddenSize = 0;
  qint64 patchInputSize = 0; // inChannels * temporalPatchSize * patchSize^2 (1176)
  qint64 mergedSize = 0;     // embedDim * spatialMergeSize^2
};

// Image preprocessing parameters (preprocessor_config.json).
struct PreprocessorConfig {
  qint64 minPixels = 56 * 56;
  qint64 maxPixels = 28 * 28 * 1280 * 16;
  int patchSize = 14;
  int temporalPatchSize = 2;
  int mergeSize = 2;
  QList<double> imageMean;
  QList<double> imageStd;
};

// Sampling defaults (generation_config.json; absent file -> greedy).
struct GenerationConfig {
  QList<qint64> eosTokenIds;
  qint64 padTokenId = -1;
  qint64 bosTokenId = -1;
  bool doSample = false;
  double temperature = 1.0;
  double topP = 1.0;
  int topK = 0; // 0: off
  double minP = 0.0;
  double repetitionPenalty = 1.0;
  int maxNewTokens = 0; // 0: not set
};

// Special token ids of the Qwen2-VL vocabulary as the config names them.
struct SpecialTokens {
  qint64 bos = 151643;
  qint64 eos = 151645;
  qint64 visionStart = 151652;
  qint64 visionEnd = 151653;
  qint64 visionPad = 151654;
  qint64 imagePad = 151655;
  qint64 videoPad = 151656;
};

// A weight tensor the configuration implies, with the part of the model it belongs to.
struct TensorSpec {
  enum class Part { Vision, Embedding, Decoder, FinalNorm, Head };
  QString name; // canonical name: model.layers.N.*, visual.*, lm_head.weight
  QList<qint64> shape;
  Part part = Part::Decoder;
  int layer = -1; // decoder layer or vision block, -1 otherwise
  qint64 elementCount() const;
};

// Qwen2-VL configuration read from a checkpoint folder in the Hugging Face layout:
// config.json (text fields at top level as in the 2B/7B releases, or nested under text_config
// as newer transformers write them), generation_config.json and preprocessor_config.json.
// Nothing about sizes is hard-coded; every problem is reported naming the file and the field.
class ModelConfig {
  Q_DECLARE_TR_FUNCTIONS(mdi::ModelConfig)

public:
  static Expected<ModelConfig> loadFromDirectory(const QString &dir);
  // generation/preprocessor may be empty objects (defaults apply).
  static Expected<ModelConfig> fromJson(const QJsonObject &config, const QJsonObject &generation,
                                        const QJsonObject &preprocessor);

  QString modelType;
  TextConfig text;
  VisionConfig vision;
  PreprocessorConfig preprocessor;
  GenerationConfig generation;
  SpecialTokens tokens;

  // Every weight tensor this configuration implies (canonical names, lm_head only when untied).
  QList<TensorSpec> tensorSpecs() const;
  qint64 parameterCount(TensorSpec::Part part) const;
  qint64 totalParameterCount() const;
};

} // namespace mdi
