#include "api/openairesponses.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mdi {

QJsonObject OpenAiResponses::errorObject(int status, const QString &message, const QString &code) {
  QString type = QStringLiteral("invalid_request_error");
  if (status == 429)
    type = QStringLiteral("rate_limit_error");
  else if (status >= 500)
    type = QStringLiteral("server_error");
  return QJsonObject{{QStringLiteral("error"),
                      QJsonObject{
                          {QStringLiteral("message"), message},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("param"), QJsonValue::Null},
                          {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
                      }}};
}

HttpResponse OpenAiResponses::error(int status, const QString &message, const QString &code) {
  return HttpResponse::json(status, compact(errorObject(status, message, code)));
}

QJsonObject OpenAiResponses::model(const QString &id, qint64 created) {
  return QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("object"), QStringLiteral("model")},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("owned_by"), QStringLiteral("mdi-chat")}};
}

QJsonObject OpenAiResponses::usage(qint64 promptTokens, qint64 completionTokens) {
  return QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                     {QStringLiteral("completion_tokens"), completionTokens},
                     {QStringLiteral("total_tokens"), promptTokens + completionTokens}};
}

QString OpenAiResponses::finishReason(FinishReason reason) {
  return reason == FinishReason::Length ? QStringLiteral("length") : QStringLiteral("stop");
}

QJsonObject OpenAiResponses::choice(int index, const QString &text, FinishReason reason) {
  return QJsonObject{
      {QStringLiteral("index"), index},
      {QStringLiteral("message"),
       QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), text}}},
      {QStringLiteral("logprobs"), QJsonValue::Null},
      {QStringLiteral("finish_reason"), finishReason(reason)},
  };
}

QJsonObject OpenAiResponses::chunk(const QString &id, qint64 created, const QString &model, int index,
                                   const QJsonObject &delta, const QString &finishReason) {
  const QJsonObject choice{
      {QStringLiteral("index"), index},
      {QStringLiteral("delta"), delta},
      {QStringLiteral("logprobs"), QJsonValue::Null},
      {QStringLiteral("finish_reason"),
       finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finishReason)},
  };
  return QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("choices"), QJsonArray{choice}}};
}

QByteArray OpenAiResponses::sseEvent(const QJsonObject &object) {
  return "data: " + compact(object) + "\n\n";
}

QByteArray OpenAiResponses::compact(const QJsonObject &object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace mdi
