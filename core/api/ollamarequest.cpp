#include "api/ollamarequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace mdi {

namespace {

bool isSet(const QJsonObject &o, const QString &key) {
  const QJsonValue v = o.value(key);
  return !v.isUndefined() && !v.isNull();
}

// Ollama sends bare base64; the image decoder takes data: URLs, whose type is read from the
// first bytes.
QString dataUrl(const QString &base64) {
  const QByteArray head = QByteArray::fromBase64(base64.left(24).toLatin1());
  QString type = QStringLiteral("image/png");
  if (head.startsWith("\xff\xd8\xff"))
    type = QStringLiteral("image/jpeg");
  else if (head.startsWith("GIF8"))
    type = QStringLiteral("image/gif");
  else if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
    type = QStringLiteral("image/webp");
  else if (head.startsWith("BM"))
    type = QStringLiteral("image/bmp");
  return QStringLiteral("data:%1;base64,%2").arg(type, base64);
}

// A message's text and images as chat completion content.
Expected<QJsonValue> chatContent(const QJsonObject &m, const QString &where) {
  const QJsonValue text = m.value(QStringLiteral("content"));
  if (!text.isString() && !text.isUndefined() && !text.isNull())
    return makeError(OllamaRequest::tr("%1.content must be a string").arg(where));
  const QJsonValue images = m.value(QStringLiteral("images"));
  if (images.isUndefined() || images.isNull() || images.toArray().isEmpty())
    return QJsonValue(text.toString());
  if (!images.isArray())
    return makeError(OllamaRequest::tr("%1.images must be a list of base64 strings").arg(where));
  QJsonArray parts;
  const QJsonArray list = images.toArray();
  for (qsizetype i = 0; i < list.size(); ++i) {
    if (!list[i].isString())
      return makeError(OllamaRequest::tr("%1.images[%2] must be a base64 string").arg(where).arg(i));
    parts.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                    {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), dataUrl(list[i].toString())}}}});
  }
  if (!text.toString().isEmpty())
    parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
  return QJsonValue(parts);
}

} // namespace

QString OllamaRequest::modelName(const QString &name) {
  return name.endsWith(QLatin1String(":latest")) ? name.chopped(7) : name;
}

Expected<ChatCompletionRequest> OllamaRequest::fromJson(const QByteArray &body, Endpoint endpoint,
                                                        const ChatCompletionRequest::Defaults &defaults) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(OllamaRequest::tr("The request body is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
  if (!doc.isObject())
    return makeError(OllamaRequest::tr("The request body must be a JSON object."));
  const QJsonObject o = doc.object();
  if (!o.value(QStringLiteral("tools")).toArray().isEmpty())
    return makeError(OllamaRequest::tr("'tools' (function calling) is not supported"));

  QJsonArray messages;
  bool loadOnly = false;
  if (endpoint == Endpoint::Chat) {
    const QJsonValue list = o.value(QStringLiteral("messages"));
    if (!list.isArray() && !list.isUndefined() && !list.isNull())
      return makeError(OllamaRequest::tr("'messages' must be a list of messages"));
    const QJsonArray in = list.toArray();
    for (qsizetype i = 0; i < in.size(); ++i) {
      const QString where = QStringLiteral("messages[%1]").arg(i);
      const QJsonObject m = in[i].toObject();
      const QString role = m.value(QStringLiteral("role")).toString();
      if (role == QLatin1String("tool"))
        return makeError(OllamaRequest::tr("%1: tool messages are not supported (no function calling)").arg(where));
      auto content = chatContent(m, where);
      if (!content)
        return makeError(content.error());
      messages.append(QJsonObject{{QStringLiteral("role"), m.value(QStringLiteral("role"))},
                                  {QStringLiteral("content"), *content}});
    }
    // Ollama answers a chat without messages by loading the model.
    loadOnly = in.isEmpty();
  } else {
    if (o.value(QStringLiteral("raw")).toBool())
      return makeError(OllamaRequest::tr("'raw' prompts are not supported: the prompt goes through the model's chat "
                                         "template"));
    if (isSet(o, QStringLiteral("suffix")) && !o.value(QStringLiteral("suffix")).toString().isEmpty())
      return makeError(OllamaRequest::tr("'suffix' (fill in the middle) is not supported"));
    if (!o.value(QStringLiteral("context")).toArray().isEmpty())
      return makeError(OllamaRequest::tr("'context' is not supported: send the conversation to /api/chat"));
    const QJsonValue system = o.value(QStringLiteral("system"));
    if (system.isString() && !system.toString().isEmpty())
      messages.append(
          QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    const QJsonValue prompt = o.value(QStringLiteral("prompt"));
    if (!prompt.isString() && !prompt.isUndefined() && !prompt.isNull())
      return makeError(OllamaRequest::tr("'prompt' must be a string"));
    QJsonObject user{{QStringLiteral("content"), prompt},
                     {QStringLiteral("images"), o.value(QStringLiteral("images"))}};
    auto content = chatContent(user, QStringLiteral("request"));
    if (!content)
      return makeError(content.error());
    loadOnly = prompt.toString().isEmpty() && o.value(QStringLiteral("images")).toArray().isEmpty();
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), *content}});
  }
  if (loadOnly && messages.isEmpty())
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QString()}});

  QJsonObject chat{{QStringLiteral("messages"), messages},
                   {QStringLiteral("stream"),
                    o.value(QStringLiteral("stream")).isBool() ? o.value(QStringLiteral("stream")) : QJsonValue(true)}};
  if (o.value(QStringLiteral("model")).isString())
    chat.insert(QStringLiteral("model"), modelName(o.value(QStringLiteral("model")).toString()));
  const QJsonValue optionsValue = o.value(QStringLiteral("options"));
  if (!optionsValue.isObject() && !optionsValue.isUndefined() && !optionsValue.isNull())
    return makeError(OllamaRequest::tr("'options' must be an object"));
  const QJsonObject options = optionsValue.toObject();
  // The same meaning under Ollama's names; type and range errors then name the chat field.
  const QList<QPair<QString, QString>> names{{QStringLiteral("temperature"), QStringLiteral("temperature")},
                                             {QStringLiteral("top_p"), QStringLiteral("top_p")},
                                             {QStringLiteral("top_k"), QStringLiteral("top_k")},
                                             {QStringLiteral("min_p"), QStringLiteral("min_p")},
                                             {QStringLiteral("seed"), QStringLiteral("seed")},
                                             {QStringLiteral("stop"), QStringLiteral("stop")},
                                             {QStringLiteral("repeat_penalty"), QStringLiteral("repetition_penalty")}};
  for (const auto &[ollama, openai] : names) {
    if (isSet(options, ollama))
      chat.insert(openai, options.value(ollama));
  }
  // num_predict -1 (no limit) and -2 (fill the context): the server's own limit.
  if (isSet(options, QStringLiteral("num_predict"))) {
    const QJsonValue n = options.value(QStringLiteral("num_predict"));
    if (!n.isDouble() || n.toDouble() != double(n.toInteger()))
      return makeError(OllamaRequest::tr("options.num_predict must be an integer"));
    if (n.toInteger() > 0)
      chat.insert(QStringLiteral("max_tokens"), n);
  }
  auto out = ChatCompletionRequest::fromJson(QJsonDocument(chat).toJson(QJsonDocument::Compact),
                                             ChatCompletionRequest::Format::OpenAi, defaults);
  if (!out)
    return out;
  const QJsonValue format = o.value(QStringLiteral("format"));
  if (format.isString() && format.toString() == QLatin1String("json")) {
    out->generation.sampling.jsonObject = true;
  } else if (format.isObject()) {
    if (Status ok = ChatCompletionRequest::applySchema(format, out->generation.sampling, QStringLiteral("format")); !ok)
      return makeError(ok.error());
  } else if (!format.isUndefined() && !format.isNull() && !(format.isString() && format.toString().isEmpty())) {
    return makeError(OllamaRequest::tr("'format' must be \"json\" or a JSON schema"));
  }
  if (loadOnly)
    out->echo.insert(QStringLiteral("load"), true);
  return out;
}

} // namespace mdi
