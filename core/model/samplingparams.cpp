#include "model/samplingparams.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace mdi {

SamplingParams SamplingParams::fromGenerationConfig(const GenerationConfig &g) {
  SamplingParams p;
  p.doSample = g.doSample;
  p.temperature = g.temperature;
  p.topK = g.topK;
  p.topP = g.topP;
  p.minP = g.minP;
  p.repetitionPenalty = g.repetitionPenalty;
  if (g.maxNewTokens > 0)
    p.maxNewTokens = g.maxNewTokens;
  for (qint64 id : g.eosTokenIds) {
    // Ids beyond int cannot name a vocabulary entry; the model config already bounds them.
    if (id >= 0 && id <= std::numeric_limits<int>::max())
      p.eosTokenIds.append(static_cast<int>(id));
  }
  return p;
}

SamplingParams SamplingParams::merged(const SamplingParams &modelDefaults, const SamplingOverrides &overrides) {
  SamplingParams p = modelDefaults;
  if (overrides.setsSampling()) {
    // The caller chose how to sample: a model's near-greedy clamp (Qwen2-VL ships top_k 1,
    // top_p 0.001) must not silently undo it, so what the caller left out is OpenAI's default.
    p.temperature = overrides.temperature.value_or(1.0);
    p.topP = overrides.topP.value_or(1.0);
    p.topK = overrides.topK.value_or(0);
    p.minP = overrides.minP.value_or(0.0);
    p.doSample = p.temperature != 0.0;
  }
  if (overrides.repetitionPenalty)
    p.repetitionPenalty = *overrides.repetitionPenalty;
  if (overrides.maxNewTokens)
    p.maxNewTokens = *overrides.maxNewTokens;
  return p;
}

Status SamplingParams::validate() const {
  if (!std::isfinite(temperature) || temperature < 0)
    return makeError(
        QCoreApplication::translate(
            "SamplingParams", "Temperature must be a number of at least 0 (0 picks the most likely token); got %1.")
            .arg(temperature));
  if (topK < 0)
    return makeError(
        QCoreApplication::translate("SamplingParams", "Top-k must be 0 (off) or a positive number of tokens; got %1.")
            .arg(topK));
  if (!(topP >= 0 && topP <= 1))
    return makeError(
        QCoreApplication::translate("SamplingParams", "Top-p must be between 0 and 1 (1 turns it off); got %1.")
            .arg(topP));
  if (!(minP >= 0 && minP <= 1))
    return makeError(
        QCoreApplication::translate("SamplingParams", "Min-p must be between 0 (off) and 1; got %1.").arg(minP));
  if (!std::isfinite(repetitionPenalty) || repetitionPenalty <= 0)
    return makeError(QCoreApplication::translate(
                         "SamplingParams", "Repetition penalty must be a positive number (1 turns it off); got %1.")
                         .arg(repetitionPenalty));
  if (maxNewTokens < 1)
    return makeError(
        QCoreApplication::translate("SamplingParams", "The maximum number of new tokens must be at least 1; got %1.")
            .arg(maxNewTokens));
  if (topLogprobs < -1 || topLogprobs > kMaxTopLogprobs)
    return makeError(
        QCoreApplication::translate("SamplingParams", "The number of top log-probabilities must be 0 to %1; got %2.")
            .arg(kMaxTopLogprobs)
            .arg(topLogprobs));
  for (const QString &s : stopStrings) {
    if (s.isEmpty())
      return makeError(QCoreApplication::translate("SamplingParams", "Stop strings must not be empty."));
  }
  for (int id : eosTokenIds) {
    if (id < 0)
      return makeError(
          QCoreApplication::translate("SamplingParams", "End-of-sequence token ids must not be negative; got %1.")
              .arg(id));
  }
  return Status::ok();
}

} // namespace mdi
