#include "api/openairesponses.h"

#include <QJsonDocument>

namespace mdi {

namespace {

QJsonValue orNull(const QString &s) {
  return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject candidate(const TokenLogprobs::Candidate &c) {
  QJsonArray bytes;
  for (char b : c.bytes)
    bytes.append(int(static_cast<unsigned char>(b)));
  return QJsonObject{{QStringLiteral("token"), TokenLogprobs::text(c.bytes)},
                     {QStringLiteral("logprob"), c.logprob},
                     {QStringLiteral("bytes"), bytes}};
}

} // namespace

QJsonObject OpenAiResponses::errorObject(int status, const QString &message, const QString &code,
                                         const QString &param) {
  QString type = QStringLiteral("invalid_request_error");
  if (status == 429)
    type = QStringLiteral("rate_limit_error");
  else if (status >= 500)
    type = QStringLiteral("server_error");
  return QJsonObject{{QStringLiteral("error"), QJsonObject{
                                                   {QStringLiteral("message"), message},
                                                   {QStringLiteral("type"), type},
                                                   {QStringLiteral("param"), orNull(param)},
                                                   {QStringLiteral("code"), orNull(code)},
                                               }}};
}

HttpResponse OpenAiResponses::error(int status, const QString &message, const QString &code, const QString &param) {
  return HttpResponse::json(status, compact(errorObject(status, message, code, param)));
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

QJsonObject OpenAiResponses::choice(int index, const QString &text, FinishReason reason, const QJsonValue &logprobs) {
  return QJsonObject{
      {QStringLiteral("index"), index},
      {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"), text},
                                              // OpenAI's client types require it; this server never refuses in words.
                                              {QStringLiteral("refusal"), QJsonValue::Null}}},
      {QStringLiteral("logprobs"), logprobs},
      {QStringLiteral("finish_reason"), finishReason(reason)},
  };
}

QJsonObject OpenAiResponses::completion(const Envelope &envelope, const QJsonArray &choices, const QJsonObject &usage) {
  return QJsonObject{{QStringLiteral("id"), envelope.id},
                     {QStringLiteral("object"), QStringLiteral("chat.completion")},
                     {QStringLiteral("created"), envelope.created},
                     {QStringLiteral("model"), envelope.model},
                     {QStringLiteral("system_fingerprint"), envelope.systemFingerprint},
                     {QStringLiteral("service_tier"), QStringLiteral("default")},
                     {QStringLiteral("choices"), choices},
                     {QStringLiteral("usage"), usage}};
}

QJsonObject OpenAiResponses::chunk(const Envelope &envelope, int index, const QJsonObject &delta,
                                   const QString &finishReason, const QJsonValue &logprobs) {
  const QJsonObject choice{
      {QStringLiteral("index"), index},
      {QStringLiteral("delta"), delta},
      {QStringLiteral("logprobs"), logprobs},
      {QStringLiteral("finish_reason"), orNull(finishReason)},
  };
  return QJsonObject{{QStringLiteral("id"), envelope.id},
                     {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                     {QStringLiteral("created"), envelope.created},
                     {QStringLiteral("model"), envelope.model},
                     {QStringLiteral("system_fingerprint"), envelope.systemFingerprint},
                     {QStringLiteral("service_tier"), QStringLiteral("default")},
                     {QStringLiteral("choices"), QJsonArray{choice}}};
}

QJsonObject OpenAiResponses::usageChunk(const Envelope &envelope, const QJsonObject &usage) {
  QJsonObject last = chunk(envelope, 0, QJsonObject());
  last.insert(QStringLiteral("choices"), QJsonArray());
  last.insert(QStringLiteral("usage"), usage);
  return last;
}

QJsonObject OpenAiResponses::logprobs(const QList<TokenLogprobs> &tokens) {
  QJsonArray content;
  for (const TokenLogprobs &t : tokens) {
    QJsonObject entry = candidate(t.chosen);
    QJsonArray top;
    for (const TokenLogprobs::Candidate &c : t.top)
      top.append(candidate(c));
    entry.insert(QStringLiteral("top_logprobs"), top);
    content.append(entry);
  }
  return QJsonObject{{QStringLiteral("content"), content}, {QStringLiteral("refusal"), QJsonValue::Null}};
}

QByteArray OpenAiResponses::sseEvent(const QJsonObject &object) {
  return "data: " + compact(object) + "\n\n";
}

QByteArray OpenAiResponses::compact(const QJsonObject &object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace mdi
