#pragma once

#include "api/chatcompletionrequest.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mdi {

// A request body of OpenAI's Responses API (POST /v1/responses, what the Vercel AI SDK's
// openai("model") sends), read into the chat request the engine runs: "input" (a string, or
// messages whose content is a string or input_text / input_image / output_text parts; images as
// data: URLs, or file:// where the server allows them), "instructions" (a system message first),
// max_output_tokens, temperature, top_p, stream and text.format (text, json_object, json_schema),
// plus the chat extensions (seed, top_k, ...). What this server cannot do is refused by name:
// tools, previous_response_id (it keeps no responses), background, conversation, items that are
// not messages. The fields a response repeats from its request (instructions, max_output_tokens,
// temperature, top_p, text, metadata, ...) are kept in ChatCompletionRequest::echo. Thread-safe.
struct ResponsesRequest {
  Q_DECLARE_TR_FUNCTIONS(mdi::ResponsesRequest)

public:
  static Expected<ChatCompletionRequest> fromJson(const QByteArray &body,
                                                  const ChatCompletionRequest::Defaults &defaults);
};

} // namespace mdi
