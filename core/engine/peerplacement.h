#pragma once

#include "engine/hostdescription.h"
#include "engine/plan.h"
#include "engine/planner.h"
#include "engine/remotepeer.h"
#include "model/modelconfig.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// Where the layers of a model load go when peers take part, shared by mdi-run (--peer: the last
// K stages of the plan on K peers, in order) and the Peers panel (the planner over this computer
// and the paired peers the user chose). Torch-free: it only fills a Plan and RemotePeers for
// EngineLoadOptions.
class PeerPlacement {
  Q_DECLARE_TR_FUNCTIONS(mdi::PeerPlacement)

public:
  // The host id mdi-run gives its index-th --peer ("peer:0", "peer:1", ...).
  static QString peerHostId(int index);
  // "HOST:PORT" or "[IPv6]:PORT" (the port is required, 1..65535): a RemotePeer with only host and
  // port set.
  static Expected<RemotePeer> parsePeerAddress(const QString &text);
  // The last peerCount stages of plan run on peerHostId(0) .. peerHostId(peerCount - 1), in ring
  // order. Refuses a plan with fewer stages than peers.
  static Status placeOnLastStages(Plan &plan, int peerCount);

  // The planner over this computer (local: the coordinator, id "local") and peers (ids as the
  // RemotePeers' hostId). Beacons of nodes that measured nothing carry no speed or free memory:
  // when this computer's speed is unknown (0) every host counts as equally fast; a peer without
  // a speed counts as fast as this computer and one without free memory as having as much as it.
  static Expected<Plan> automatic(const ModelConfig &config, HostDescription local, QList<HostDescription> peers,
                                  const PlannerOptions &options);
};

} // namespace mdi
