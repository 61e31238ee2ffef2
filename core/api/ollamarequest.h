#pragma once

#include "api/chatcompletionrequest.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mdi {

// A request body of Ollama's API, read into the chat request the engine runs, for the desktop
// tools and editor plugins that speak only Ollama: POST /api/chat ("messages" with string
// content and "images" as base64) and POST /api/generate ("prompt", "system", "images"), with
// "stream" (true unless false, as Ollama), "format" ("json" or a JSON schema: constrained decoding)
// and "options" (temperature, top_p, top_k, min_p, seed, num_predict, stop, repeat_penalty; the
// others, such as num_ctx, are ignored). A model name may carry Ollama's ":latest" tag. Refused
// by name: tools, tool messages, raw prompts, suffix and the old "context" memory. An empty
// /api/generate prompt only asks to load the model: echo {"load": true}. Thread-safe.
struct OllamaRequest {
  Q_DECLARE_TR_FUNCTIONS(mdi::OllamaRequest)

public:
  enum class Endpoint { Chat, Generate };

  static Expected<ChatCompletionRequest> fromJson(const QByteArray &body, Endpoint endpoint,
                                                  const ChatCompletionRequest::Defaults &defaults);
  // "name:latest" -> "name": Ollama's default tag means this server's one model.
  static QString modelName(const QString &name);
};

} // namespace mdi
