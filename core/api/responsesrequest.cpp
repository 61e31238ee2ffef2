#include "api/responsesrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <climits>

namespace mdi {

namespace {

bool isSet(const QJsonObject &o, const QString &key) {
  const QJsonValue v = o.value(key);
  return !v.isUndefined() && !v.isNull();
}

// One content part of an input message as a chat completion part.
Expected<QJsonObject> chatPart(const QJsonValue &value, const QString &where) {
  const QJsonObject part = value.toObject();
  const QString type = part.value(QStringLiteral("type")).toString();
  if (type == QLatin1String("input_text") || type == QLatin1String("output_text") || type == QLatin1String("text") ||
      type == QLatin1String("refusal")) {
    const QString key = type == QLatin1String("refusal") ? QStringLiteral("refusal") : QStringLiteral("text");
    if (!part.value(key).isString())
      return makeError(ResponsesRequest::tr("%1.%2 must be a string").arg(where, key));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), part.value(key)}};
  }
  if (type == QLatin1String("input_image")) {
    const QJsonValue url = part.value(QStringLiteral("image_url"));
    if (isSet(part, QStringLiteral("file_id")) || !url.isString())
      return makeError(ResponsesRequest::tr("%1: an input_image needs \"image_url\" with a data: URL "
                                            "(data:image/png;base64,...); uploaded files (file_id) are not supported")
                           .arg(where));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                       {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
  }
  return makeError(ResponsesRequest::tr("%1: content of type '%2' is not supported (input_text, input_image, "
                                        "output_text)")
                       .arg(where, type.left(40)));
}

} // namespace

Expected<ChatCompletionRequest> ResponsesRequest::fromJson(const QByteArray &body,
                                                           const ChatCompletionRequest::Defaults &defaults) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(ResponsesRequest::tr("The request body is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
  if (!doc.isObject())
    return makeError(ResponsesRequest::tr("The request body must be a JSON object."));
  const QJsonObject o = doc.object();

  // What this server cannot do, refused by name rather than ignored.
  if (isSet(o, QStringLiteral("previous_response_id")))
    return makeError(ResponsesRequest::tr("'previous_response_id' is not supported: this server keeps no responses; "
                                          "send the whole conversation in 'input'"));
  if (isSet(o, QStringLiteral("conversation")))
    return makeError(ResponsesRequest::tr("'conversation' is not supported: this server keeps no conversations; "
                                          "send the whole conversation in 'input'"));
  if (!o.value(QStringLiteral("tools")).toArray().isEmpty() ||
      (isSet(o, QStringLiteral("tools")) && !o.value(QStringLiteral("tools")).isArray()))
    return makeError(ResponsesRequest::tr("'tools' (function calling, built-in tools) is not supported"));
  if (o.value(QStringLiteral("background")).toBool())
    return makeError(ResponsesRequest::tr("'background' is not supported: answers are given while the request waits"));
  if (isSet(o, QStringLiteral("prompt")))
    return makeError(ResponsesRequest::tr("'prompt' (stored prompt templates) is not supported"));

  QJsonArray messages;
  const QJsonValue instructions = o.value(QStringLiteral("instructions"));
  if (instructions.isString()) {
    if (!instructions.toString().isEmpty())
      messages.append(
          QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), instructions}});
  } else if (!instructions.isUndefined() && !instructions.isNull()) {
    return makeError(ResponsesRequest::tr("'instructions' must be a string"));
  }
  const QJsonValue input = o.value(QStringLiteral("input"));
  if (input.isString()) {
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), input}});
  } else if (input.isArray()) {
    const QJsonArray items = input.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
      const QString where = QStringLiteral("input[%1]").arg(i);
      const QJsonObject item = items[i].toObject();
      const QString type = item.value(QStringLiteral("type")).toString(QStringLiteral("message"));
      if (!items[i].isObject() || type != QLatin1String("message"))
        return makeError(ResponsesRequest::tr("%1: items of type '%2' are not supported (only messages: this server "
                                              "has no tools or reasoning items)")
                             .arg(where, items[i].isObject() ? type.left(40) : QStringLiteral("?")));
      const QJsonValue content = item.value(QStringLiteral("content"));
      QJsonValue chatContent;
      if (content.isString()) {
        chatContent = content;
      } else if (content.isArray()) {
        QJsonArray parts;
        const QJsonArray list = content.toArray();
        for (qsizetype k = 0; k < list.size(); ++k) {
          auto part = chatPart(list[k], QStringLiteral("%1.content[%2]").arg(where).arg(k));
          if (!part)
            return makeError(part.error());
          parts.append(*part);
        }
        chatContent = parts;
      } else {
        return makeError(ResponsesRequest::tr("%1.content must be a string or a list of parts").arg(where));
      }
      messages.append(QJsonObject{{QStringLiteral("role"), item.value(QStringLiteral("role"))},
                                  {QStringLiteral("content"), chatContent}});
    }
  } else {
    return makeError(ResponsesRequest::tr("'input' must be a string or a list of messages"));
  }

  // The chat request: the same fields where the names agree.
  QJsonObject chat{{QStringLiteral("messages"), messages}};
  for (const QString &key :
       {QStringLiteral("model"), QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("stream"),
        QStringLiteral("seed"), QStringLiteral("top_k"), QStringLiteral("min_p"), QStringLiteral("repetition_penalty"),
        QStringLiteral("ignore_eos"), QStringLiteral("user")}) {
    if (o.contains(key))
      chat.insert(key, o.value(key));
  }
  if (isSet(o, QStringLiteral("max_output_tokens"))) {
    const QJsonValue max = o.value(QStringLiteral("max_output_tokens"));
    if (!max.isDouble() || max.toDouble() != double(max.toInteger()) || max.toInteger() < 1 ||
        (defaults.contextTokens > 0 && max.toInteger() > defaults.contextTokens))
      return makeError(ResponsesRequest::tr("'max_output_tokens' must be an integer between 1 and %1")
                           .arg(defaults.contextTokens > 0 ? defaults.contextTokens : qint64(INT_MAX)));
    chat.insert(QStringLiteral("max_tokens"), max);
  }
  auto out = ChatCompletionRequest::fromJson(QJsonDocument(chat).toJson(QJsonDocument::Compact),
                                             ChatCompletionRequest::Format::OpenAi, defaults);
  if (!out)
    return out;
  const QJsonObject text = o.value(QStringLiteral("text")).toObject();
  const QJsonValue format = text.value(QStringLiteral("format"));
  if (!format.isUndefined() && !format.isNull()) {
    if (Status ok = ChatCompletionRequest::readResponseFormat(format, out->generation.sampling,
                                                              QStringLiteral("text.format"), true);
        !ok)
      return makeError(ok.error());
  }

  // Repeated in the response object, as OpenAI does.
  auto orNull = [&](const QString &key) { return isSet(o, key) ? o.value(key) : QJsonValue(QJsonValue::Null); };
  out->echo = QJsonObject{
      {QStringLiteral("instructions"), orNull(QStringLiteral("instructions"))},
      {QStringLiteral("max_output_tokens"), orNull(QStringLiteral("max_output_tokens"))},
      {QStringLiteral("temperature"),
       isSet(o, QStringLiteral("temperature")) ? o.value(QStringLiteral("temperature")) : QJsonValue(1.0)},
      {QStringLiteral("top_p"), isSet(o, QStringLiteral("top_p")) ? o.value(QStringLiteral("top_p")) : QJsonValue(1.0)},
      {QStringLiteral("text"),
       QJsonObject{
           {QStringLiteral("format"),
            format.isObject() ? format : QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}})}}},
      {QStringLiteral("metadata"), o.value(QStringLiteral("metadata")).isObject() ? o.value(QStringLiteral("metadata"))
                                                                                  : QJsonValue(QJsonObject())},
      {QStringLiteral("user"), orNull(QStringLiteral("user"))},
      {QStringLiteral("store"), false}, // nothing is kept
      {QStringLiteral("tool_choice"), QStringLiteral("auto")},
      {QStringLiteral("tools"), QJsonArray()},
      {QStringLiteral("parallel_tool_calls"), true},
      {QStringLiteral("truncation"), QStringLiteral("disabled")},
      {QStringLiteral("previous_response_id"), QJsonValue::Null},
      {QStringLiteral("reasoning"),
       QJsonObject{{QStringLiteral("effort"), QJsonValue::Null}, {QStringLiteral("summary"), QJsonValue::Null}}},
  };
  return out;
}

} // namespace mdi
