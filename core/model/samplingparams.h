#pragma once

#include "model/modelconfig.h"
#include "model/samplingoverrides.h"
#include "util/expected.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace mdi {

class JsonSchema;

// The sampling settings of one generation request: how the next token is chosen from the logits
// (greedy, or temperature / top-k / top-p / min-p sampling after a repetition penalty, in the
// order Hugging Face transformers applies them), the seed that makes sampling reproducible, and
// when generation ends (token budget, end-of-sequence ids, stop strings). Defaults come from the
// checkpoint's generation_config.json via fromGenerationConfig(); callers change them only through
// merged(), so the app, the API and mdi-run follow one rule.
struct SamplingParams {
  bool doSample = false;          // false: greedy (argmax after the repetition penalty)
  double temperature = 1.0;       // 0 means greedy
  int topK = 0;                   // 0: off
  double topP = 1.0;              // 1: off
  double minP = 0.0;              // 0: off
  double repetitionPenalty = 1.0; // 1: off
  quint64 seed = 0;
  int maxNewTokens = 512;
  QStringList stopStrings;
  QList<int> eosTokenIds;
  bool ignoreEos = false;
  // -1: no log-probabilities; 0..kMaxTopLogprobs: each generated token's log-probability and this
  // many most likely alternatives (GenerationState, OpenAI's logprobs/top_logprobs).
  int topLogprobs = -1;
  static constexpr int kMaxTopLogprobs = 20;
  // Constrain the answer to one JSON object (OpenAI's response_format json_object): GenerationState
  // masks the tokens that cannot continue one (JsonConstraint) and ends the answer when it is whole.
  bool jsonObject = false;
  // With jsonObject: the object must also be valid for this schema (response_format json_schema).
  std::shared_ptr<const JsonSchema> jsonSchema;

  static SamplingParams fromGenerationConfig(const GenerationConfig &g);
  // The parameters of one request: `modelDefaults` (fromGenerationConfig) with the caller's
  // `overrides`, by this rule (docs/API.md, "Sampling"):
  // - The model's values are defaults only for what the caller leaves out.
  // - Temperature, top-p, top-k and min-p are one group. A caller that sets none of them gets
  //   the model's group as it is. A caller that sets any gets its own values and, for the rest
  //   of the group, OpenAI's defaults: temperature 1, top-p 1, no top-k, no min-p. So a model's
  //   top_k 1 / top_p 0.001 never turns a requested temperature above 0 into greedy, and top-k
  //   applies only when the caller sets it.
  // - Temperature 0 means greedy (doSample off); any other temperature the caller sets samples.
  // - The repetition penalty and the token budget keep the model's values unless set.
  // Seed, stop strings, end-of-sequence ids, ignoreEos, topLogprobs, jsonObject and jsonSchema are kept from
  // `modelDefaults`; the caller sets them on the result. Nothing is range-checked here: call validate().
  static SamplingParams merged(const SamplingParams &modelDefaults, const SamplingOverrides &overrides);
  Status validate() const; // clear messages for out-of-range values

  // True when sample() picks the argmax (no random draw): doSample off or temperature 0.
  bool isGreedy() const { return !doSample || temperature == 0.0; }
  // True when `token` ends generation (an end-of-sequence id and ignoreEos is off).
  bool isEos(int token) const { return !ignoreEos && eosTokenIds.contains(token); }
};

} // namespace mdi
