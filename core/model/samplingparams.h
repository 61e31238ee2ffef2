#pragma once

#include "model/modelconfig.h"
#include "util/expected.h"

#include <QList>
#include <QStringList>

namespace mdi {

// The sampling settings of one generation request: how the next token is chosen from the logits
// (greedy, or temperature / top-k / top-p / min-p sampling after a repetition penalty, in the
// order Hugging Face transformers applies them), the seed that makes sampling reproducible, and
// when generation ends (token budget, end-of-sequence ids, stop strings). Defaults come from the
// checkpoint's generation_config.json via fromGenerationConfig(); the user may override any field.
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

  static SamplingParams fromGenerationConfig(const GenerationConfig &g);
  Status validate() const; // clear messages for out-of-range values

  // True when sample() picks the argmax (no random draw): doSample off or temperature 0.
  bool isGreedy() const { return !doSample || temperature == 0.0; }
  // True when `token` ends generation (an end-of-sequence id and ignoreEos is off).
  bool isEos(int token) const { return !ignoreEos && eosTokenIds.contains(token); }
};

} // namespace mdi
