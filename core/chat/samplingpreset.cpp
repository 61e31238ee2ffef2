#include "chat/samplingpreset.h"

#include <QLocale>
#include <QStringList>

namespace mdi {

namespace {
const QString kPresetKey = QString::fromLatin1(SamplingPreset::kKey);
const QStringList kSamplingKeys = {QStringLiteral("temperature"), QStringLiteral("topP"), QStringLiteral("topK"),
                                   QStringLiteral("minP")};
} // namespace

SamplingOverrides SamplingPreset::overrides(Kind kind) {
  SamplingOverrides o;
  switch (kind) {
  case Kind::None:
  case Kind::Precise:
    break;
  case Kind::Balanced:
    o.temperature = 0.7;
    o.topP = 0.8;
    o.topK = 20;
    o.minP = 0.0;
    break;
  case Kind::Creative:
    o.temperature = 1.0;
    o.topP = 0.95;
    o.topK = 50;
    o.minP = 0.0;
    break;
  }
  return o;
}

QString SamplingPreset::key(Kind kind) {
  switch (kind) {
  case Kind::None:
    return {};
  case Kind::Precise:
    return QStringLiteral("precise");
  case Kind::Balanced:
    return QStringLiteral("balanced");
  case Kind::Creative:
    return QStringLiteral("creative");
  }
  return {};
}

QString SamplingPreset::name(Kind kind) {
  switch (kind) {
  case Kind::None:
    return tr("As in Settings");
  case Kind::Precise:
    return tr("Precise");
  case Kind::Balanced:
    return tr("Balanced");
  case Kind::Creative:
    return tr("Creative");
  }
  return {};
}

QString SamplingPreset::description(Kind kind) {
  switch (kind) {
  case Kind::None:
    return tr("The sampling chosen in Settings for every conversation.");
  case Kind::Precise:
    return tr("The model's own values: the most likely answer, the same each time (Regenerate still varies it).");
  case Kind::Balanced:
    return tr("Some variety, still to the point: the values Qwen recommends for chat.");
  case Kind::Creative:
    return tr("More varied and surprising wording; may wander off more often.");
  }
  return {};
}

Expected<SamplingPreset::Kind> SamplingPreset::fromJson(const QJsonObject &sampling) {
  const QJsonValue value = sampling.value(kPresetKey);
  if (value.isUndefined() || value.isNull())
    return Kind::None;
  const QString name = value.toString();
  for (Kind kind : {Kind::Precise, Kind::Balanced, Kind::Creative}) {
    if (name == key(kind))
      return kind;
  }
  return makeError(
      tr("sampling: the preset '%1' is unknown (precise, balanced or creative)").arg(value.toVariant().toString()));
}

QJsonObject SamplingPreset::withPreset(const QJsonObject &sampling, Kind kind) {
  QJsonObject out = sampling;
  for (const QString &field : kSamplingKeys)
    out.remove(field);
  if (kind == Kind::None)
    out.remove(kPresetKey);
  else
    out.insert(kPresetKey, key(kind));
  return out;
}

Expected<SamplingOverrides> SamplingPreset::effective(const SamplingOverrides &settings,
                                                      const QJsonObject &conversation) {
  auto kind = fromJson(conversation);
  if (!kind)
    return makeError(kind.error());
  auto own = SamplingOverrides::fromJson(conversation);
  if (!own)
    return makeError(own.error());
  SamplingOverrides out = settings;
  if (*kind != Kind::None) {
    // The preset decides how words are drawn; the Settings keep the rest (answer length,
    // repetition penalty).
    const SamplingOverrides preset = overrides(*kind);
    out.temperature = preset.temperature;
    out.topP = preset.topP;
    out.topK = preset.topK;
    out.minP = preset.minP;
  }
  return out.overlaidWith(*own);
}

bool SamplingPreset::isGreedyInEffect(const SamplingParams &p) {
  return p.isGreedy() || p.topK == 1 || (p.topP > 0 && p.topP <= 0.01);
}

QString SamplingPreset::describe(const SamplingParams &p) {
  const QLocale locale;
  if (!p.doSample || p.temperature == 0.0)
    return tr("greedy: always the most likely word");
  QStringList parts;
  parts << tr("temperature %1").arg(locale.toString(p.temperature, 'g', 3));
  parts << (p.topP < 1.0 ? tr("top-p %1").arg(locale.toString(p.topP, 'g', 3)) : tr("top-p off"));
  parts << (p.topK > 0 ? tr("top-k %1").arg(p.topK) : tr("top-k off"));
  if (p.minP > 0)
    parts << tr("min-p %1").arg(locale.toString(p.minP, 'g', 3));
  const QString numbers = parts.join(QStringLiteral(" · "));
  return isGreedyInEffect(p) ? tr("%1: in effect always the most likely word").arg(numbers) : numbers;
}

} // namespace mdi
