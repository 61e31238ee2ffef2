#include "peers/placementassembly.h"

#include "engine/peerplacement.h"
#include "util/processmemory.h"

#include <algorithm>

namespace mdi {

namespace {

bool planUses(const Plan &plan, const QString &hostId) {
  return std::any_of(plan.stages.cbegin(), plan.stages.cend(),
                     [&hostId](const StageAssignment &stage) { return stage.hostId == hostId; });
}

Expected<PlacementAssembly::Placement> fixed(const ModelConfig &config, const PlacementAssembly::Request &request) {
  PlacementAssembly::Placement placement;
  placement.plan = request.plan;
  const int layers = config.text.numLayers;
  if (placement.plan.stages.isEmpty()) {
    // Without --stages, one stage per peer: each peer gets a share and this computer only the rest.
    const int stages = request.stages > 0 ? request.stages : qMax(1, int(request.peers.size()));
    placement.plan = Plan::evenSplit(layers, stages);
  }
  if (request.peers.isEmpty())
    return placement;
  if (Status placed = PeerPlacement::placeOnLastStages(placement.plan, int(request.peers.size())); !placed)
    return makeError(placed.error());
  for (qsizetype i = 0; i < request.peers.size(); ++i) {
    RemotePeer peer = request.peers.at(i);
    peer.hostId = PeerPlacement::peerHostId(int(i));
    placement.hostNames.insert(peer.hostId, QStringLiteral("%1:%2").arg(peer.host).arg(peer.port));
    placement.peers.append(peer);
  }
  return placement;
}

Expected<PlacementAssembly::Placement> automatic(const ModelConfig &config, const PlacementAssembly::Request &request) {
  PlacementAssembly::Placement placement;
  if (request.candidates.isEmpty()) {
    placement.plan = Plan::evenSplit(config.text.numLayers, 1);
    return placement;
  }
  HostDescription local;
  local.id = QStringLiteral("local");
  local.name = PlacementAssembly::tr("this computer");
  local.freeMemoryBytes =
      request.localFreeMemoryBytes > 0 ? request.localFreeMemoryBytes : PlacementAssembly::kUnknownMemoryBytes;
  QList<HostDescription> hosts;
  for (const PlacementAssembly::Candidate &candidate : request.candidates) {
    HostDescription host = candidate.host;
    host.id = candidate.peer.hostId; // the plan names peers by the id their RemotePeer carries
    hosts.append(host);
  }
  PlannerOptions options;
  options.dtype = request.dtype;
  auto plan = PeerPlacement::automatic(config, local, hosts, options);
  if (!plan)
    return makeError(PlacementAssembly::tr("The layers cannot be placed: %1").arg(plan.error()));
  placement.plan = *plan;
  for (const PlacementAssembly::Candidate &candidate : request.candidates) {
    // Peers the planner left without layers are not connected to at all.
    if (!planUses(placement.plan, candidate.peer.hostId))
      continue;
    placement.peers.append(candidate.peer);
    placement.hostNames.insert(candidate.peer.hostId, candidate.host.displayName());
  }
  return placement;
}

} // namespace

void PlacementAssembly::Placement::applyTo(EngineLoadOptions &options) const {
  options.plan = plan;
  options.peers = peers;
}

Expected<PlacementAssembly::Placement> PlacementAssembly::assemble(const ModelConfig &config, const Request &request) {
  return request.policy == Policy::Automatic ? automatic(config, request) : fixed(config, request);
}

qint64 PlacementAssembly::localFreeMemory(qint64 loadedWeightBytes) {
  const qint64 available = ProcessMemory::systemAvailableBytes();
  if (available <= 0)
    return kUnknownMemoryBytes;
  return available + qMax<qint64>(0, loadedWeightBytes);
}

} // namespace mdi
