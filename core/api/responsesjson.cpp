#include "api/responsesjson.h"

#include <QJsonDocument>

namespace mdi {

QJsonObject ResponsesJson::response(const Envelope &envelope, const QString &status, const QJsonArray &output,
                                    const QJsonValue &usage) {
  QJsonObject o = envelope.echo;
  o.insert(QStringLiteral("id"), envelope.id);
  o.insert(QStringLiteral("object"), QStringLiteral("response"));
  o.insert(QStringLiteral("created_at"), envelope.created);
  o.insert(QStringLiteral("model"), envelope.model);
  o.insert(QStringLiteral("status"), status);
  o.insert(QStringLiteral("error"), QJsonValue::Null);
  o.insert(QStringLiteral("incomplete_details"),
           status == QLatin1String("incomplete")
               ? QJsonValue(QJsonObject{{QStringLiteral("reason"), QStringLiteral("max_output_tokens")}})
               : QJsonValue(QJsonValue::Null));
  o.insert(QStringLiteral("output"), output);
  o.insert(QStringLiteral("usage"), usage);
  o.insert(QStringLiteral("service_tier"), QStringLiteral("default"));
  return o;
}

QJsonObject ResponsesJson::messageItem(const Envelope &envelope, const QString &status, const QJsonArray &content) {
  return QJsonObject{{QStringLiteral("id"), envelope.itemId},
                     {QStringLiteral("type"), QStringLiteral("message")},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("role"), QStringLiteral("assistant")},
                     {QStringLiteral("content"), content}};
}

QJsonObject ResponsesJson::outputText(const QString &text) {
  return QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("annotations"), QJsonArray()},
                     {QStringLiteral("logprobs"), QJsonArray()}};
}

QJsonObject ResponsesJson::usage(qint64 inputTokens, qint64 outputTokens) {
  return QJsonObject{
      {QStringLiteral("input_tokens"), inputTokens},
      {QStringLiteral("input_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
      {QStringLiteral("output_tokens"), outputTokens},
      {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}},
      {QStringLiteral("total_tokens"), inputTokens + outputTokens},
  };
}

QJsonObject ResponsesJson::partAddress(const Envelope &envelope) {
  return QJsonObject{{QStringLiteral("item_id"), envelope.itemId},
                     {QStringLiteral("output_index"), 0},
                     {QStringLiteral("content_index"), 0}};
}

QByteArray ResponsesJson::event(const QString &type, QJsonObject payload, int &sequence) {
  payload.insert(QStringLiteral("type"), type);
  payload.insert(QStringLiteral("sequence_number"), sequence++);
  return "event: " + type.toUtf8() + "\ndata: " + QJsonDocument(payload).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace mdi
