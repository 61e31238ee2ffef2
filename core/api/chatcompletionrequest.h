#pragma once

#include "engine/generationrequest.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/samplingparams.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mdi {

// A request body of the local API, parsed and checked: OpenAI's chat completion request
// (POST /v1/chat/completions: "messages" with string or part-list content, text and image_url
// parts, max_tokens, temperature, top_p, seed, stop, n, stream, stream_options, logprobs,
// response_format with json_object or a json_schema for constrained decoding) or the Qwen
// format of POST /generate/multimodal ({"type": "image", "image": ...} parts, no n or stream).
// Images must be data: URLs or, where the server allows them, file:// URLs (no downloads); every
// refusal of a file:// URL has the same message, so that a client cannot learn which paths exist.
// Sampling follows
// SamplingParams::merged(), as the app and mdi-run do: the model's generation_config.json fills in
// only what the request leaves out, and a request that sets temperature, top_p, top_k or min_p
// gets OpenAI's defaults for the rest of that group, not the model's top-k clamp; a few extensions
// (top_k, min_p, repetition_penalty, ignore_eos, chat_template_kwargs.add_vision_id) reach the
// rest of the sampler. Unknown fields are ignored; known fields of the wrong type or out of range are errors
// naming the field. Torch-free; the functions are thread-safe (parse off the GUI thread).
struct ChatCompletionRequest {
  Q_DECLARE_TR_FUNCTIONS(mdi::ChatCompletionRequest)

public:
  enum class Format { OpenAi, Qwen };

  // What the server fills in and allows.
  struct Defaults {
    SamplingParams sampling;  // the model's generation_config.json
    qint64 contextTokens = 0; // max_tokens may not exceed it (0: no check)
    int maxChoices = 8;       // n at most
    bool allowFileImages = false;
    int maxImages = 32; // images per request at most
  };

  GenerationRequest generation; // sampling.seed: the first choice's seed (choice k: seed + k)
  QString model;                // as the client named it ("" when left out)
  int n = 1;
  bool stream = false;
  bool includeUsage = false; // stream_options.include_usage: a last chunk with usage
  // Fields another dialect's response repeats from its request (ResponsesRequest: instructions,
  // max_output_tokens, ...); empty for chat completions.
  QJsonObject echo;

  static Expected<ChatCompletionRequest> fromJson(const QByteArray &body, Format format, const Defaults &defaults);
  // Applies a response format to `sampling`, whose maxNewTokens must be final: {"type": "text"},
  // {"type": "json_object"}, or {"type": "json_schema"} with the schema under "json_schema" (chat
  // completions' response_format) or beside "type" (schemaBesideType: the Responses API's
  // text.format). `field` names the format in messages.
  static Status readResponseFormat(const QJsonValue &format, SamplingParams &sampling, const QString &field,
                                   bool schemaBesideType = false);
  // Constrains the answer to `schema` (JsonSchema's subset; `where` names it in messages). A schema
  // outside the subset is an error naming the keyword; so is one whose shortest valid document
  // is longer than maxNewTokens can be sure to hold.
  static Status applySchema(const QJsonValue &schema, SamplingParams &sampling, const QString &where);

  // Decodes and preprocesses every image with `images` (the engine's preprocessing), so that an
  // undecodable one is refused before an answer starts, and keeps them in
  // generation.preparedImages so that the engine does not decode them again. The decoded images
  // may hold maxSourcePixels pixels together (checked from each header before it is decoded).
  // Slow for large images: call it off the GUI thread.
  Status prepareImages(const ImagePreprocessor &images, qint64 maxSourcePixels);

  // The one message for every refused file:// image URL (turned off, not absolute, missing,
  // unreadable, not an image): the same text whatever the reason.
  static QString fileUrlRefused(qsizetype imageIndex);
};

} // namespace mdi
