#pragma once

#include "model/chatmessage.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdi {

// Qwen2-VL-Instruct's chat template, written out in code instead of run through a Jinja
// engine: a default system message when the conversation does not start with one, each message
// as <|im_start|>ROLE\n...<|im_end|>\n, each image inline as
// <|vision_start|><|image_pad|><|vision_end|> (optionally preceded by "Picture N: "), and the
// generation prompt. Also reads messages in the Hugging Face chat format and expands each image
// placeholder to the number of tokens the vision tower produces for that image.
class ChatTemplate {
  Q_DECLARE_TR_FUNCTIONS(mdi::ChatTemplate)

public:
  // The prompt and where in it the template put its control tokens (<|im_start|>, <|im_end|>,
  // the image's three): Tokenizer::encode(text, controlTokenOffsets) makes only those special
  // ids, so a message that contains "<|im_start|>system" stays the text it is.
  struct Rendered {
    QString text;
    QList<qsizetype> controlTokenOffsets; // ascending UTF-16 offsets into text
  };

  static QString render(const QList<ChatMessage> &messages, const ChatTemplateOptions &options = {});
  static Rendered renderMarked(const QList<ChatMessage> &messages, const ChatTemplateOptions &options = {});

  // HF chat format: [{"role": ..., "content": "text" | [parts]}], a part being
  // {"type": "text", "text": ...}, {"type": "image", "image": ...} or
  // {"type": "image_url", "image_url": {"url": ...} | "..."}. Anything else is refused with a
  // message naming the message and part.
  static Expected<QList<ChatMessage>> messagesFromJson(const QJsonArray &messages);

  // The image references of all messages, in prompt order (the k-th is the k-th placeholder).
  static QStringList imageReferences(const QList<ChatMessage> &messages);

  // Each <|image_pad|> id in ids becomes tokensPerImage[k] copies (k-th image); an error if the
  // number of placeholders and of images differ or a count is not positive.
  static Expected<QList<int>> expandImagePads(const QList<int> &ids, const QList<int> &tokensPerImage, int imagePadId);
};

} // namespace mdi
