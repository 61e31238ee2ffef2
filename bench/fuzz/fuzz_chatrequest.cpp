// libFuzzer target: ChatCompletionRequest::fromJson, the local API's request body to an engine
// request, in both formats. Whatever it accepts must be within what it promised: n within
// maxChoices, at least one message, max tokens within the context, sampling values in range.

#include "api/chatcompletionrequest.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mdi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
  ChatCompletionRequest::Defaults defaults;
  defaults.contextTokens = 4096;
  defaults.maxChoices = 4;
  defaults.allowFileImages = false;
  for (const auto format : {ChatCompletionRequest::Format::OpenAi, ChatCompletionRequest::Format::Qwen}) {
    const Expected<ChatCompletionRequest> request = ChatCompletionRequest::fromJson(body, format, defaults);
    if (!request) {
      if (request.error().isEmpty())
        std::abort(); // every refusal says why
      continue;
    }
    const SamplingParams &s = request->generation.sampling;
    if (request->n < 1 || request->n > defaults.maxChoices || request->generation.messages.isEmpty() ||
        !std::isfinite(s.temperature) || s.temperature < 0 || !std::isfinite(s.topP) || s.topP < 0 || s.topP > 1 ||
        s.topK < 0) {
      std::fprintf(stderr, "accepted out of range: n %d, messages %d, temperature %g, top_p %g, top_k %d\n", request->n,
                   int(request->generation.messages.size()), s.temperature, s.topP, int(s.topK));
      std::abort();
    }
  }
  return 0;
}
