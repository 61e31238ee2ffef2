#pragma once

#include "engine/tokenlogprobs.h"

#include <QList>
#include <QString>

#include <vector>

namespace mdi {

// Why an answer ended.
enum class FinishReason { None, Eos, Length, StopString, Stopped };

// Why an answer failed, for callers that answer differently (the local API: a request the
// client got wrong is a 400, not a 500): the request itself is invalid (image placeholders that do
// not match the images, a video token), its prompt does not fit the context, or anything else.
enum class GenerationErrorKind { Internal, InvalidRequest, ContextLengthExceeded };

QString finishReasonName(FinishReason reason); // "eos", "length", "stop", "stopped", ""

// Timings and counts of one answer. Times are wall-clock milliseconds from the request start.
struct GenerationStats {
  qint64 promptTokens = 0; // the whole prompt, image tokens included
  qint64 imageTokens = 0;  // <|image_pad|> tokens in the prompt
  qint64 images = 0;
  qint64 cachedPrefixTokens = 0; // reused from the previous turn, not prefilled again
  qint64 prefilledTokens = 0;
  qint64 generatedTokens = 0;
  double preprocessMs = 0; // template, tokenizer, image decoding and resizing
  double visionMs = 0;     // vision tower
  double prefillMs = 0;    // prefill including the vision tower
  double timeToFirstTokenMs = 0;
  double decodeMs = 0; // after the first token
  qint64 peakRssBytes = 0;

  double prefillTokensPerSecond() const { return prefillMs > 0 ? prefilledTokens * 1000.0 / prefillMs : 0; }
  // Tokens after the first one, over the time they took.
  double decodeTokensPerSecond() const {
    return decodeMs > 0 && generatedTokens > 1 ? (generatedTokens - 1) * 1000.0 / decodeMs : 0;
  }
};

// The finished answer.
struct GenerationResult {
  QList<qint64> promptTokens;
  QList<qint64> tokens; // generated ids, the final end-of-sequence id included when one ended it
  QString text;         // decoded answer, stop string and special tokens excluded
  FinishReason finishReason = FinishReason::None;
  GenerationStats stats;
  std::vector<std::vector<float>> logits; // per step, only with GenerationRequest::keepLogits
  // Per generated token (as `tokens`), only with SamplingParams::topLogprobs >= 0.
  QList<TokenLogprobs> logprobs;
  // When the answer failed: whose fault it was (PromptPlanner sets it for the requests it refuses).
  GenerationErrorKind errorKind = GenerationErrorKind::Internal;
};

} // namespace mdi
