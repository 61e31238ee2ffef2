#pragma once

#include "engine/generationresult.h"
#include "model/chatmessage.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/preprocessedimage.h"
#include "model/tokenizer.h"
#include "util/expected.h"

namespace mdi {

// A prompt ready for the model: token ids with every <|image_pad|> expanded to its image's
// token count, and the preprocessed images in the order of their runs.
struct PreparedPrompt {
  QList<qint64> ids;
  QList<PreprocessedImage> images;
  QList<QByteArray> imageDigests; // SHA-256 of each image's resized pixels and grid
  qint64 imageTokens = 0;
};

// Turns a conversation into model input: renders Qwen2-VL's chat template, loads and
// preprocesses the referenced images (files relative to a base folder, absolute paths, data:
// URLs), tokenizes, and expands the image placeholders. Errors name the image that failed.
class PromptBuilder {
public:
  PromptBuilder(const ModelConfig &config, const Tokenizer &tokenizer, const ImagePreprocessor &images);

  // prepared: the messages' images already preprocessed, in order (GenerationRequest::
  // preparedImages); null or of another count: they are loaded from their references. On failure
  // *errorKind (when given) says whose: an image that cannot be read is Internal (a file of the
  // app's that went missing), image placeholders that do not match the images InvalidRequest.
  Expected<PreparedPrompt> build(const QList<ChatMessage> &messages, const ChatTemplateOptions &options,
                                 const QString &imageBaseDir = {}, const QList<PreprocessedImage> *prepared = nullptr,
                                 GenerationErrorKind *errorKind = nullptr) const;

  // Loads one image reference (data: URL, absolute path, or a path relative to baseDir).
  Expected<PreprocessedImage> loadImage(const QString &reference, const QString &baseDir) const;

private:
  const ModelConfig &m_config;
  const Tokenizer &m_tokenizer;
  const ImagePreprocessor &m_images;
};

} // namespace mdi
