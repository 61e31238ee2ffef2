#include "engine/failoverplanner.h"

#include <algorithm>

namespace mdi {

QList<RemotePeer> FailoverPlanner::candidates(const QList<RingStage> &ring, qsizetype lostIndex, qint64 neededBytes) {
  struct Candidate {
    RemotePeer peer;
    double load = 0;
    qint64 freeMemory = -1;
    int stages = 0;
  };
  const QString lostHost = lostIndex >= 0 && lostIndex < ring.size() ? ring.at(lostIndex).hostId : QString();
  QList<Candidate> candidates;
  for (qsizetype j = 0; j < ring.size(); ++j) {
    const RingStage &stage = ring.at(j);
    auto it = std::find_if(candidates.begin(), candidates.end(),
                           [&stage](const Candidate &c) { return c.peer.hostId == stage.hostId; });
    if (it != candidates.end()) {
      it->stages += 1;
      continue;
    }
    if (j == lostIndex || stage.replacing || stage.hostId == lostHost || !stage.peer || !stage.connected)
      continue;
    if (stage.freeMemoryBytes > 0 && stage.freeMemoryBytes < neededBytes)
      continue;
    candidates.append({*stage.peer, qMax(0.0, stage.load), stage.freeMemoryBytes, 1});
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
    if (a.load != b.load)
      return a.load < b.load;
    if (a.stages != b.stages)
      return a.stages < b.stages;
    return a.freeMemory > b.freeMemory;
  });
  QList<RemotePeer> out;
  for (const Candidate &c : std::as_const(candidates))
    out.append(c.peer);
  return out;
}

} // namespace mdi
