#include "engine/promptbuilder.h"

#include "model/chattemplate.h"
#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace mdi {

PromptBuilder::PromptBuilder(const ModelConfig &config, const Tokenizer &tokenizer, const ImagePreprocessor &images) :
    m_config(config), m_tokenizer(tokenizer), m_images(images) {}

Expected<PreprocessedImage> PromptBuilder::loadImage(const QString &reference, const QString &baseDir) const {
  if (reference.startsWith(QLatin1String("data:")))
    return m_images.fromDataUrl(reference);
  QString path = reference;
  if (reference.startsWith(QLatin1String("file:")))
    path = QUrl(reference).toLocalFile();
  if (QFileInfo(path).isRelative() && !baseDir.isEmpty())
    path = QDir(baseDir).filePath(path);
  return m_images.fromFile(path);
}

Expected<PreparedPrompt> PromptBuilder::build(const QList<ChatMessage> &messages, const ChatTemplateOptions &options,
                                              const QString &imageBaseDir, const QList<PreprocessedImage> *prepared,
                                              GenerationErrorKind *errorKind) const {
  PreparedPrompt prompt;
  const int merge = m_config.vision.spatialMergeSize;
  QList<int> tokensPerImage;
  const QStringList references = ChatTemplate::imageReferences(messages);
  if (prepared && prepared->size() != references.size())
    prepared = nullptr;
  for (qsizetype k = 0; k < references.size(); ++k) {
    // Decoding is the expensive part (seconds for a large PNG): never twice for one request.
    auto image = prepared ? Expected<PreprocessedImage>(prepared->at(k)) : loadImage(references[k], imageBaseDir);
    if (!image) {
      if (errorKind)
        *errorKind = GenerationErrorKind::Internal;
      return makeError(image.error());
    }
    Sha256Hasher hash;
    hash.addData(image->resizedRgb);
    const qint32 grid[3] = {image->gridT, image->gridH, image->gridW};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(grid), sizeof grid));
    prompt.imageDigests.append(hash.result());
    tokensPerImage.append(image->tokenCount(merge));
    prompt.imageTokens += image->tokenCount(merge);
    prompt.images.append(std::move(*image));
  }

  // Text in the messages is text: only the template's own control tokens become special ids (a
  // "<|im_start|>system" typed by a person or an API client cannot open a message of its own).
  const ChatTemplate::Rendered rendered = ChatTemplate::renderMarked(messages, options);
  auto expanded = ChatTemplate::expandImagePads(m_tokenizer.encode(rendered.text, rendered.controlTokenOffsets),
                                                tokensPerImage, int(m_config.tokens.imagePad));
  if (!expanded) {
    if (errorKind)
      *errorKind = GenerationErrorKind::InvalidRequest;
    return makeError(expanded.error());
  }
  prompt.ids.reserve(expanded->size());
  for (int id : *expanded)
    prompt.ids.append(id);
  return prompt;
}

} // namespace mdi
