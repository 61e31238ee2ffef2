#pragma once

#include "api/httpresponse.h"
#include "engine/generationresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mdi {

// The JSON the local API answers with, in OpenAI's shapes: error objects
// ({"error": {"message", "type", "param", "code"}}), the model list, chat completions and their
// streamed chunks as server-sent events ("data: {...}\n\n", ending with "data: [DONE]\n\n").
class OpenAiResponses {
public:
  // An error response: type from the status (invalid_request_error, server_error, ...), code
  // optional ("invalid_api_key", "model_not_loaded", ...).
  static HttpResponse error(int status, const QString &message, const QString &code = {});
  static QJsonObject errorObject(int status, const QString &message, const QString &code = {});

  static QJsonObject model(const QString &id, qint64 created);
  static QJsonObject usage(qint64 promptTokens, qint64 completionTokens);
  // "stop" (end of sequence, stop string, stopped) or "length".
  static QString finishReason(FinishReason reason);

  // One choice of a chat completion.
  static QJsonObject choice(int index, const QString &text, FinishReason reason);
  // A chunk of a streamed completion with one choice's delta; finishReason empty: null.
  static QJsonObject chunk(const QString &id, qint64 created, const QString &model, int index, const QJsonObject &delta,
                           const QString &finishReason = {});

  static QByteArray sseEvent(const QJsonObject &object);
  static QByteArray sseDone() { return QByteArrayLiteral("data: [DONE]\n\n"); }
  static QByteArray compact(const QJsonObject &object);
};

} // namespace mdi
