#include "model/samplingoverrides.h"

#include "util/jsonreader.h"

#include <limits>

namespace mdi {

namespace {
const QString kTemperature = QStringLiteral("temperature");
const QString kTopP = QStringLiteral("topP");
const QString kTopK = QStringLiteral("topK");
const QString kMinP = QStringLiteral("minP");
const QString kRepetitionPenalty = QStringLiteral("repetitionPenalty");
const QString kMaxNewTokens = QStringLiteral("maxNewTokens");

constexpr qint64 kIntMax = std::numeric_limits<int>::max();

template <typename T> void overlay(std::optional<T> &field, const std::optional<T> &later) {
  if (later)
    field = later;
}

std::optional<double> readDouble(JsonReader &reader, const QString &key) {
  if (!reader.contains(key) || reader.object().value(key).isNull())
    return std::nullopt;
  return reader.optionalDouble(key, 0);
}

std::optional<int> readInt(JsonReader &reader, const QString &key) {
  if (!reader.contains(key) || reader.object().value(key).isNull())
    return std::nullopt;
  // Clamped into int: validate() then refuses what is below its range, and more tokens or a
  // larger top-k than int holds mean the same as the largest int.
  return int(qBound<qint64>(-kIntMax, reader.optionalInt(key, 0), kIntMax));
}
} // namespace

SamplingOverrides SamplingOverrides::overlaidWith(const SamplingOverrides &later) const {
  SamplingOverrides out = *this;
  overlay(out.temperature, later.temperature);
  overlay(out.topP, later.topP);
  overlay(out.topK, later.topK);
  overlay(out.minP, later.minP);
  overlay(out.repetitionPenalty, later.repetitionPenalty);
  overlay(out.maxNewTokens, later.maxNewTokens);
  return out;
}

Expected<SamplingOverrides> SamplingOverrides::fromJson(const QJsonObject &object) {
  // Named by its key in the history and in exported files, where a person would look for it.
  JsonReader reader(object, QStringLiteral("sampling"));
  SamplingOverrides out;
  out.temperature = readDouble(reader, kTemperature);
  out.topP = readDouble(reader, kTopP);
  out.topK = readInt(reader, kTopK);
  out.minP = readDouble(reader, kMinP);
  out.repetitionPenalty = readDouble(reader, kRepetitionPenalty);
  out.maxNewTokens = readInt(reader, kMaxNewTokens);
  if (reader.failed())
    return makeError(reader.error());
  return out;
}

QJsonObject SamplingOverrides::toJson() const {
  QJsonObject o;
  if (temperature)
    o.insert(kTemperature, *temperature);
  if (topP)
    o.insert(kTopP, *topP);
  if (topK)
    o.insert(kTopK, *topK);
  if (minP)
    o.insert(kMinP, *minP);
  if (repetitionPenalty)
    o.insert(kRepetitionPenalty, *repetitionPenalty);
  if (maxNewTokens)
    o.insert(kMaxNewTokens, *maxNewTokens);
  return o;
}

} // namespace mdi
