#include "model/chattemplate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace mdi {

namespace {

const QString kImStart = QStringLiteral("<|im_start|>");
const QString kImEnd = QStringLiteral("<|im_end|>");
const QString kVisionStart = QStringLiteral("<|vision_start|>");
const QString kImagePad = QStringLiteral("<|image_pad|>");
const QString kVisionEnd = QStringLiteral("<|vision_end|>");

// Reads one element of a content list, following the template's tests in its order: an image
// if type is "image" or the part has an "image"/"image_url" key, a video likewise, else text.
Expected<ChatPart> partFromJson(const QJsonValue &value, qsizetype message, qsizetype index) {
  const QString where = ChatTemplate::tr("message %1, part %2").arg(message).arg(index);
  if (!value.isObject())
    return makeError(ChatTemplate::tr("%1: a content part must be an object").arg(where));
  const QJsonObject o = value.toObject();
  const QString type = o.value(QStringLiteral("type")).toString();
  if (type == QLatin1String("image") || type == QLatin1String("image_url") || o.contains(QStringLiteral("image")) ||
      o.contains(QStringLiteral("image_url"))) {
    QJsonValue ref = o.value(QStringLiteral("image"));
    if (ref.isUndefined() || ref.isNull()) {
      ref = o.value(QStringLiteral("image_url"));
      if (ref.isObject()) // OpenAI style: {"url": "..."}
        ref = ref.toObject().value(QStringLiteral("url"));
    }
    if (!ref.isString() || ref.toString().isEmpty())
      return makeError(
          ChatTemplate::tr("%1: an image part needs a non-empty \"image\" or \"image_url\" reference").arg(where));
    return ChatPart::makeImage(ref.toString());
  }
  if (type == QLatin1String("video") || o.contains(QStringLiteral("video")))
    return makeError(ChatTemplate::tr("%1: video input is not supported").arg(where));
  if (o.contains(QStringLiteral("text"))) {
    if (!o.value(QStringLiteral("text")).isString())
      return makeError(ChatTemplate::tr("%1: \"text\" must be a string").arg(where));
    if (!type.isEmpty() && type != QLatin1String("text"))
      return makeError(ChatTemplate::tr("%1: unknown part type '%2'").arg(where, type));
    return ChatPart::makeText(o.value(QStringLiteral("text")).toString());
  }
  if (type == QLatin1String("text"))
    return makeError(ChatTemplate::tr("%1: a text part needs a \"text\" string").arg(where));
  if (!type.isEmpty())
    return makeError(ChatTemplate::tr("%1: unknown part type '%2'").arg(where, type));
  return makeError(ChatTemplate::tr("%1: the part has no \"type\", \"text\" or \"image\"").arg(where));
}

} // namespace

QString ChatTemplate::render(const QList<ChatMessage> &messages, const ChatTemplateOptions &options) {
  return renderMarked(messages, options).text;
}

ChatTemplate::Rendered ChatTemplate::renderMarked(const QList<ChatMessage> &messages,
                                                  const ChatTemplateOptions &options) {
  Rendered out;
  // The template's own control tokens: their offsets let the tokenizer tell them from the same
  // text inside a message.
  auto control = [&out](const QString &token) {
    out.controlTokenOffsets.append(out.text.size());
    out.text += token;
  };
  int imageCount = 0;
  for (qsizetype i = 0; i < messages.size(); ++i) {
    const ChatMessage &m = messages[i];
    if (i == 0 && m.role != QLatin1String("system")) {
      control(kImStart);
      out.text += QStringLiteral("system\nYou are a helpful assistant.");
      control(kImEnd);
      out.text += QLatin1Char('\n');
    }
    control(kImStart);
    out.text += m.role + QLatin1Char('\n');
    for (const ChatPart &part : m.parts) {
      if (part.kind == ChatPart::Kind::Image) {
        ++imageCount;
        if (options.addVisionId)
          out.text += QStringLiteral("Picture %1: ").arg(imageCount);
        control(kVisionStart);
        control(kImagePad);
        control(kVisionEnd);
      } else {
        out.text += part.text;
      }
    }
    if (options.continueFinalMessage && i == messages.size() - 1)
      return out; // left open: the model continues this message
    control(kImEnd);
    out.text += QLatin1Char('\n');
  }
  if (options.addGenerationPrompt) {
    control(kImStart);
    out.text += QStringLiteral("assistant\n");
  }
  return out;
}

Expected<QList<ChatMessage>> ChatTemplate::messagesFromJson(const QJsonArray &messages) {
  QList<ChatMessage> out;
  out.reserve(messages.size());
  for (qsizetype i = 0; i < messages.size(); ++i) {
    if (!messages[i].isObject())
      return makeError(tr("message %1: must be an object with \"role\" and \"content\"").arg(i));
    const QJsonObject o = messages[i].toObject();
    ChatMessage m;
    const QJsonValue role = o.value(QStringLiteral("role"));
    if (!role.isString() || role.toString().isEmpty())
      return makeError(tr("message %1: \"role\" must be a non-empty string").arg(i));
    m.role = role.toString();
    const QJsonValue content = o.value(QStringLiteral("content"));
    if (content.isString()) {
      m.parts.append(ChatPart::makeText(content.toString()));
    } else if (content.isArray()) {
      const QJsonArray parts = content.toArray();
      for (qsizetype k = 0; k < parts.size(); ++k) {
        Expected<ChatPart> part = partFromJson(parts[k], i, k);
        if (!part)
          return makeError(part.error());
        m.parts.append(std::move(part).value());
      }
    } else {
      return makeError(tr("message %1: \"content\" must be a string or a list of parts").arg(i));
    }
    out.append(std::move(m));
  }
  return out;
}

QStringList ChatTemplate::imageReferences(const QList<ChatMessage> &messages) {
  QStringList refs;
  for (const ChatMessage &m : messages) {
    for (const ChatPart &part : m.parts) {
      if (part.kind == ChatPart::Kind::Image)
        refs.append(part.text);
    }
  }
  return refs;
}

Expected<QList<int>> ChatTemplate::expandImagePads(const QList<int> &ids, const QList<int> &tokensPerImage,
                                                   int imagePadId) {
  const qsizetype placeholders = std::count(ids.begin(), ids.end(), imagePadId);
  if (placeholders != tokensPerImage.size())
    return makeError(tr("the prompt has %1 but %2 were given")
                         .arg(tr("%n image placeholder(s)", nullptr, int(placeholders)),
                              tr("%n image(s)", nullptr, int(tokensPerImage.size()))));
  qsizetype total = ids.size() - placeholders;
  for (qsizetype k = 0; k < tokensPerImage.size(); ++k) {
    if (tokensPerImage[k] <= 0)
      return makeError(tr("image %1 has %2 tokens; it must have at least one").arg(k + 1).arg(tokensPerImage[k]));
    total += tokensPerImage[k];
  }
  QList<int> out;
  out.reserve(total);
  qsizetype image = 0;
  for (int id : ids) {
    if (id == imagePadId)
      out.insert(out.size(), tokensPerImage[image++], id);
    else
      out.append(id);
  }
  return out;
}

} // namespace mdi
