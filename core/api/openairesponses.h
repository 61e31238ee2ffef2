#pragma once

#include "api/httpresponse.h"
#include "engine/generationresult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mdi {

// The JSON the local API answers with, in OpenAI's shapes: error objects
// ({"error": {"message", "type", "param", "code"}}), the model list, chat completions and their
// streamed chunks as server-sent events ("data: {...}\n\n", ending with "data: [DONE]\n\n"), with
// the fields OpenAI's client types require (message.refusal, system_fingerprint, service_tier)
// and log-probabilities ({"content": [{"token", "logprob", "bytes", "top_logprobs"}], "refusal"}).
class OpenAiResponses {
public:
  // What every completion and chunk of one request carries.
  struct Envelope {
    QString id;
    qint64 created = 0;
    QString model;
    QString systemFingerprint;
  };

  // An error response: type from the status (invalid_request_error, server_error, ...), code
  // optional ("invalid_api_key", "model_not_loaded", ...), param the request field at fault.
  static HttpResponse error(int status, const QString &message, const QString &code = {}, const QString &param = {});
  static QJsonObject errorObject(int status, const QString &message, const QString &code = {},
                                 const QString &param = {});

  static QJsonObject model(const QString &id, qint64 created);
  static QJsonObject usage(qint64 promptTokens, qint64 completionTokens);
  // "stop" (end of sequence, stop string, stopped) or "length".
  static QString finishReason(FinishReason reason);

  // One choice of a chat completion; logprobs null or logprobs() of its tokens.
  static QJsonObject choice(int index, const QString &text, FinishReason reason,
                            const QJsonValue &logprobs = QJsonValue::Null);
  static QJsonObject completion(const Envelope &envelope, const QJsonArray &choices, const QJsonObject &usage);
  // A chunk of a streamed completion with one choice's delta; finishReason empty: null.
  static QJsonObject chunk(const Envelope &envelope, int index, const QJsonObject &delta,
                           const QString &finishReason = {}, const QJsonValue &logprobs = QJsonValue::Null);
  // The last chunk with include_usage: no choices, the usage.
  static QJsonObject usageChunk(const Envelope &envelope, const QJsonObject &usage);
  // {"content": [...], "refusal": null} for these tokens.
  static QJsonObject logprobs(const QList<TokenLogprobs> &tokens);

  static QByteArray sseEvent(const QJsonObject &object);
  static QByteArray sseDone() { return QByteArrayLiteral("data: [DONE]\n\n"); }
  static QByteArray compact(const QJsonObject &object);
};

} // namespace mdi
