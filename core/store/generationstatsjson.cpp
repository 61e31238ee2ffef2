#include "store/generationstatsjson.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace mdi {

namespace {

qint64 count(const QJsonObject &o, const char *key) {
  const QJsonValue v = o.value(QLatin1String(key));
  return v.isDouble() ? std::max<qint64>(0, v.toInteger()) : 0;
}

double milliseconds(const QJsonObject &o, const char *key) {
  const double d = o.value(QLatin1String(key)).toDouble();
  return std::isfinite(d) && d > 0 ? d : 0.0;
}

} // namespace

QJsonObject GenerationStatsJson::toJson(const GenerationStats &s, FinishReason reason) {
  QJsonObject o{
      {QStringLiteral("promptTokens"), s.promptTokens},
      {QStringLiteral("imageTokens"), s.imageTokens},
      {QStringLiteral("images"), s.images},
      {QStringLiteral("cachedPrefixTokens"), s.cachedPrefixTokens},
      {QStringLiteral("prefilledTokens"), s.prefilledTokens},
      {QStringLiteral("generatedTokens"), s.generatedTokens},
      {QStringLiteral("preprocessMs"), s.preprocessMs},
      {QStringLiteral("visionMs"), s.visionMs},
      {QStringLiteral("prefillMs"), s.prefillMs},
      {QStringLiteral("timeToFirstTokenMs"), s.timeToFirstTokenMs},
      {QStringLiteral("decodeMs"), s.decodeMs},
      {QStringLiteral("peakRssBytes"), s.peakRssBytes},
      {QStringLiteral("prefillTokensPerSecond"), s.prefillTokensPerSecond()},
      {QStringLiteral("decodeTokensPerSecond"), s.decodeTokensPerSecond()},
  };
  const QString name = finishReasonName(reason);
  if (!name.isEmpty())
    o.insert(QStringLiteral("finishReason"), name);
  return o;
}

GenerationStats GenerationStatsJson::fromJson(const QJsonObject &o) {
  GenerationStats s;
  s.promptTokens = count(o, "promptTokens");
  s.imageTokens = count(o, "imageTokens");
  s.images = count(o, "images");
  s.cachedPrefixTokens = count(o, "cachedPrefixTokens");
  s.prefilledTokens = count(o, "prefilledTokens");
  s.generatedTokens = count(o, "generatedTokens");
  s.preprocessMs = milliseconds(o, "preprocessMs");
  s.visionMs = milliseconds(o, "visionMs");
  s.prefillMs = milliseconds(o, "prefillMs");
  s.timeToFirstTokenMs = milliseconds(o, "timeToFirstTokenMs");
  s.decodeMs = milliseconds(o, "decodeMs");
  s.peakRssBytes = count(o, "peakRssBytes");
  return s;
}

FinishReason GenerationStatsJson::finishReason(const QJsonObject &o) {
  const QString name = o.value(QLatin1String("finishReason")).toString();
  for (FinishReason r : {FinishReason::Eos, FinishReason::Length, FinishReason::StopString, FinishReason::Stopped}) {
    if (finishReasonName(r) == name)
      return r;
  }
  return FinishReason::None;
}

} // namespace mdi
