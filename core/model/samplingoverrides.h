#pragma once

#include "util/expected.h"

#include <QJsonObject>

#include <optional>

namespace mdi {

// What a caller (the app's Settings, a conversation, an API request, mdi-run's flags) asks of
// sampling, field by field; a field left empty takes the model's generation_config.json value
// through SamplingParams::merged(), the one place that rule lives.
struct SamplingOverrides {
  std::optional<double> temperature; // 0: greedy
  std::optional<double> topP;        // 1: off
  std::optional<int> topK;           // 0: off
  std::optional<double> minP;        // 0: off
  std::optional<double> repetitionPenalty;
  std::optional<int> maxNewTokens;

  // True when the caller chose how tokens are drawn (temperature, top-p, top-k or min-p): then
  // none of the model's values of that group apply (SamplingParams::merged()).
  bool setsSampling() const { return temperature || topP || topK || minP; }
  bool isEmpty() const { return !setsSampling() && !repetitionPenalty && !maxNewTokens; }

  // These overrides with every field that `later` sets replaced by its value (a conversation's
  // own settings over the app's).
  SamplingOverrides overlaidWith(const SamplingOverrides &later) const;

  // A conversation's stored "sampling" object (Conversation::sampling): the keys temperature,
  // topP, topK, minP, repetitionPenalty and maxNewTokens, each optional; a key that is present is
  // set, 0 included (temperature 0 is greedy). Other keys are ignored; a key of the wrong type is
  // an error naming it. Ranges are checked later, by SamplingParams::validate().
  static Expected<SamplingOverrides> fromJson(const QJsonObject &object);
  QJsonObject toJson() const;

  bool operator==(const SamplingOverrides &other) const = default;
};

} // namespace mdi
