#pragma once

#include "engine/generationresult.h"

#include <QJsonObject>

namespace mdi {

// The JSON form of GenerationStats kept in StoredMessage::stats: one key per field, named as the
// field ("promptTokens", "decodeMs", ...), plus "finishReason" (finishReasonName) and the derived
// "prefillTokensPerSecond" and "decodeTokensPerSecond" for readers that do not recompute them.
class GenerationStatsJson {
public:
  static QJsonObject toJson(const GenerationStats &stats, FinishReason reason = FinishReason::None);
  // Missing or mistyped keys read as 0; negative counts and times as 0.
  static GenerationStats fromJson(const QJsonObject &object);
  static FinishReason finishReason(const QJsonObject &object);
};

} // namespace mdi
