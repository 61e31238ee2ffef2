#pragma once

#include "engine/hostdescription.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// One stage of a plan: the host that runs it and its decoder layers [firstLayer, lastLayer).
struct StageAssignment {
  QString hostId;
  int firstLayer = 0;
  int lastLayer = 0; // exclusive

  int layerCount() const { return lastLayer - firstLayer; }
  bool operator==(const StageAssignment &other) const = default;
};

// Which host runs which decoder layers: stages in ring order, contiguous, together covering
// [0, numLayers). The coordinator's embedding, vision tower, final norm and head are not part of
// it (they never move). Text form "0-9,9-19,19-28": end-exclusive ranges, as the command line
// and the Peers panel take them.
class Plan {
  Q_DECLARE_TR_FUNCTIONS(mdi::Plan)

public:
  QList<StageAssignment> stages; // in ring order, contiguous, covering [0, numLayers)

  // Parses "0-9,9-19,19-28" (end exclusive, spaces allowed); stage i runs on hostPrefix + i.
  static Expected<Plan> parse(const QString &text, int numLayers, const QString &hostPrefix = QStringLiteral("local:"));
  // stageCount stages (clamped to [1, numLayers]) as even as possible; earlier stages get the
  // extra layers (28 over 3: 10, 9, 9).
  static Plan evenSplit(int numLayers, int stageCount, const QString &hostPrefix = QStringLiteral("local:"));

  // Contiguous, in order, non-empty stages with a host each, covering exactly [0, numLayers).
  Status validate(int numLayers) const;
  // "0-9,9-19,19-28"
  QString toString() const;
  // "this computer: layers 0-13; attic: layers 14-27" (inclusive, for people); unknown hosts by id.
  QString describe(const QList<HostDescription> &hosts) const;

  int stageCount() const { return int(stages.size()); }
  // The stage that runs a layer, or -1.
  int stageOfLayer(int layer) const;

  bool operator==(const Plan &other) const = default;
};

} // namespace mdi
