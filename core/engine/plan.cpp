#include "engine/plan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace mdi {

namespace {

QString rangeText(int first, int last) {
  return QStringLiteral("%1-%2").arg(first).arg(last);
}

QString rangeText(const StageAssignment &stage) {
  return rangeText(stage.firstLayer, stage.lastLayer);
}

// Layers [first, last) named for people, inclusive: "Layer 9 is" / "Layers 9 to 11 are".
QString layersAre(int first, int last) {
  return last - first == 1 ? Plan::tr("Layer %1 is").arg(first)
                           : Plan::tr("Layers %1 to %2 are").arg(first).arg(last - 1);
}

} // namespace

Expected<Plan> Plan::parse(const QString &text, int numLayers, const QString &hostPrefix) {
  if (text.trimmed().isEmpty())
    return makeError(tr("The layer plan is empty: write ranges such as 0-%1,%1-%2 (first layer, then the layer after "
                        "the last).")
                         .arg(numLayers / 2)
                         .arg(numLayers));
  static const QRegularExpression rangePattern(QStringLiteral("^\\s*(\\d+)\\s*-\\s*(\\d+)\\s*$"));
  Plan plan;
  const QStringList parts = text.split(QLatin1Char(','));
  for (const QString &part : parts) {
    const QRegularExpressionMatch match = rangePattern.match(part);
    if (!match.hasMatch()) {
      if (parts.size() == 1)
        return makeError(tr("The layer plan '%2' is not a range such as 0-%1 (first layer, then the layer after the "
                            "last), nor a list of them such as 0-%3,%3-%1.")
                             .arg(numLayers)
                             .arg(text.trimmed(), QString::number(numLayers / 2)));
      return makeError(tr("'%2' in the layer plan '%3' is not a range such as 0-%1 (first layer, then the layer after "
                          "the last).")
                           .arg(numLayers)
                           .arg(part.trimmed(), text.trimmed()));
    }
    bool okFirst = false, okLast = false;
    const int first = match.captured(1).toInt(&okFirst);
    const int last = match.captured(2).toInt(&okLast);
    if (!okFirst || !okLast)
      return makeError(tr("The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).")
                           .arg(part.trimmed())
                           .arg(numLayers));
    plan.stages.append({hostPrefix + QString::number(plan.stages.size()), first, last});
  }
  const Status valid = plan.validate(numLayers);
  if (!valid)
    return makeError(valid.error());
  return plan;
}

Plan Plan::evenSplit(int numLayers, int stageCount, const QString &hostPrefix) {
  Q_ASSERT(numLayers > 0);
  const int count = qBound(1, stageCount, qMax(1, numLayers));
  Plan plan;
  const int base = numLayers / count;
  const int extra = numLayers % count;
  int first = 0;
  for (int i = 0; i < count; ++i) {
    const int n = base + (i < extra ? 1 : 0);
    plan.stages.append({hostPrefix + QString::number(i), first, first + n});
    first += n;
  }
  Q_ASSERT(first == numLayers);
  return plan;
}

Status Plan::validate(int numLayers) const {
  if (numLayers <= 0)
    return makeError(tr("The model has no decoder layers to place."));
  if (stages.isEmpty())
    return makeError(tr("The layer plan has no stages: the model's %1 decoder layers must be placed.").arg(numLayers));
  // Ranges listed in the wrong order would otherwise read as a gap before the first one.
  for (int i = 1; i < stages.size(); ++i) {
    const StageAssignment &previous = stages.at(i - 1);
    const StageAssignment &s = stages.at(i);
    if (s.firstLayer < s.lastLayer && previous.firstLayer < previous.lastLayer && s.lastLayer <= previous.firstLayer)
      return makeError(tr("The ranges of the layer plan are out of order: %1 comes after %2; list them in ring order, "
                          "each starting where the previous one ends.")
                           .arg(rangeText(s), rangeText(previous)));
  }
  int expectedFirst = 0;
  for (int i = 0; i < stages.size(); ++i) {
    const StageAssignment &s = stages.at(i);
    if (s.hostId.isEmpty())
      return makeError(tr("Stage %1 (layers %2) of the layer plan has no host.").arg(i + 1).arg(rangeText(s)));
    if (s.firstLayer < 0 || s.lastLayer > numLayers)
      return makeError(tr("The range %1 in the layer plan is out of range: the model has %2 decoder layers (0-%2).")
                           .arg(rangeText(s))
                           .arg(numLayers));
    if (s.lastLayer < s.firstLayer)
      return makeError(tr("The range %1 in the layer plan ends before it starts: write the first layer, then the "
                          "layer after the last (%2).")
                           .arg(rangeText(s), rangeText(s.lastLayer, s.firstLayer)));
    if (s.lastLayer == s.firstLayer)
      return makeError(tr("The range %1 in the layer plan holds no layers: the second number is the layer after the "
                          "last (%2 for layer %3 alone).")
                           .arg(rangeText(s), rangeText(s.firstLayer, s.firstLayer + 1))
                           .arg(s.firstLayer));
    if (s.firstLayer > expectedFirst)
      return makeError(
          i == 0 ? tr("%1 in no stage: the first range must start at 0.").arg(layersAre(0, s.firstLayer))
                 : tr("%1 in no stage: %2 is followed by %3; each range must start where the previous one ends.")
                       .arg(layersAre(expectedFirst, s.firstLayer), rangeText(stages.at(i - 1)), rangeText(s)));
    if (s.firstLayer < expectedFirst) {
      Q_ASSERT(i > 0);
      const StageAssignment &previous = stages.at(i - 1);
      return makeError(
          tr("The ranges %1 and %2 of the layer plan overlap (%3 in both); each range must start where the "
             "previous one ends (%4).")
              .arg(rangeText(previous), rangeText(s),
                   layersAre(qMax(s.firstLayer, previous.firstLayer), qMin(s.lastLayer, previous.lastLayer)).toLower())
              .arg(expectedFirst));
    }
    expectedFirst = s.lastLayer;
  }
  if (expectedFirst != numLayers)
    return makeError(tr("%2 in no stage: the last range must end at %1, the number of decoder layers.")
                         .arg(numLayers)
                         .arg(layersAre(expectedFirst, numLayers)));
  return Status::ok();
}

QString Plan::toString() const {
  QStringList parts;
  parts.reserve(stages.size());
  for (const StageAssignment &s : stages)
    parts.append(rangeText(s));
  return parts.join(QLatin1Char(','));
}

QString Plan::describe(const QList<HostDescription> &hosts) const {
  QStringList parts;
  for (const StageAssignment &s : stages) {
    QString name = s.hostId;
    for (const HostDescription &h : hosts)
      if (h.id == s.hostId) {
        name = h.displayName();
        break;
      }
    const QString layers = s.layerCount() == 1 ? tr("layer %1").arg(s.firstLayer)
                                               : tr("layers %1").arg(rangeText(s.firstLayer, s.lastLayer - 1));
    parts.append(tr("%1: %2").arg(name, layers));
  }
  return parts.join(QStringLiteral("; "));
}

int Plan::stageOfLayer(int layer) const {
  for (int i = 0; i < stages.size(); ++i)
    if (layer >= stages.at(i).firstLayer && layer < stages.at(i).lastLayer)
      return i;
  return -1;
}

} // namespace mdi
