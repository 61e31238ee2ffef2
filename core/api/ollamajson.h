#pragma once

#include "api/httpresponse.h"
#include "engine/generationresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mdi {

// The JSON of Ollama's API in Ollama's shapes: streamed answers as newline-delimited JSON objects
// (/api/chat: {"model", "created_at", "message": {"role": "assistant", "content"}, "done": false};
// /api/generate: "response" instead of "message"), the last one with "done": true, done_reason and
// the counts and durations; errors as {"error": "..."}; the model list of /api/tags and the model
// facts of /api/show; /api/version.
class OllamaJson {
public:
  // This server speaks the API of this Ollama version (clients check it against their minimum).
  static constexpr const char *kVersion = "0.9.0";

  static HttpResponse error(int status, const QString &message);
  // The time as Ollama writes it: RFC 3339 in UTC with fractions of a second.
  static QString now();
  // One piece of an answer; chat: as a message, else as "response".
  static QJsonObject piece(bool chat, const QString &model, const QString &text);
  // The last object: done, done_reason ("stop", "length" or "load"), token counts and nanosecond
  // durations. `text` is the whole answer when not streamed, else empty.
  static QJsonObject done(bool chat, const QString &model, const QString &text, const QString &reason,
                          const GenerationStats &stats, qint64 totalNs);
  static QString doneReason(FinishReason reason);
  // The model's facts: {"format", "family", "families", "parameter_size", "quantization_level"}.
  static QJsonObject details(const QString &dtype, qint64 weightBytes);
  static QByteArray line(const QJsonObject &object); // compact JSON and "\n"
};

} // namespace mdi
