#pragma once

#include "engine/remotepeer.h"

#include <QList>
#include <QString>

namespace mdi {

// Where the layers of a lost stage should go: the other peers that run a stage of the ring and
// are still connected (they are known to be alive and paired), best first. A peer that reported
// less free memory than the layers need is left out; the rest go least loaded first, then those
// running fewer stages, then those with more free memory. The ring keeps its stage count, so the
// links keep their places while steps are in flight: the planner's split of all layers does not
// apply to moving one range. Pure: the pipeline passes what its links report.
class FailoverPlanner {
public:
  // One stage of the ring as its link reports it.
  struct RingStage {
    QString hostId;
    const RemotePeer *peer = nullptr; // null for a stage on this computer
    bool connected = true;
    bool replacing = false;     // being reloaded after its own loss
    qint64 freeMemoryBytes = 0; // as the peer last said; <= 0: not known
    double load = 0;            // busy fraction, 0..1
  };

  // The peers to try for the stage at `lostIndex`, whose layers need `neededBytes`.
  static QList<RemotePeer> candidates(const QList<RingStage> &ring, qsizetype lostIndex, qint64 neededBytes);
};

} // namespace mdi
