#include "engine/peerplacement.h"

#include <QCoreApplication>

#include <cmath>

namespace mdi {

namespace {

bool knownSpeed(double speed) {
  return std::isfinite(speed) && speed > 0;
}
} // namespace

QString PeerPlacement::peerHostId(int index) {
  return QStringLiteral("peer:%1").arg(index);
}

Expected<RemotePeer> PeerPlacement::parsePeerAddress(const QString &text) {
  const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
  bool portOk = false;
  const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
  if (!portOk || port == 0 || port > 65535)
    return makeError(tr("'%1' is not HOST:PORT with a port from 1 to 65535.").arg(text.left(256)));
  RemotePeer peer;
  peer.host = text.left(colon);
  if (peer.host.startsWith(QLatin1Char('[')) && peer.host.endsWith(QLatin1Char(']')))
    peer.host = peer.host.mid(1, peer.host.size() - 2);
  peer.port = quint16(port);
  return peer;
}

Status PeerPlacement::placeOnLastStages(Plan &plan, int peerCount) {
  if (plan.stages.size() < peerCount)
    return makeError(
        tr("%n peer(s) need at least %n stage(s); the plan has %1.", nullptr, int(peerCount)).arg(plan.stages.size()));
  const qsizetype firstRemote = plan.stages.size() - peerCount;
  for (int i = 0; i < peerCount; ++i)
    plan.stages[firstRemote + i].hostId = peerHostId(i);
  return Status::ok();
}

Expected<Plan> PeerPlacement::automatic(const ModelConfig &config, HostDescription local, QList<HostDescription> peers,
                                        const PlannerOptions &options) {
  local.isCoordinator = true;
  const bool localMeasured = knownSpeed(local.speed);
  if (!localMeasured)
    local.speed = 1.0; // only the ratios matter: every host alike
  QList<HostDescription> hosts{local};
  for (HostDescription peer : peers) {
    peer.isCoordinator = false;
    if (!localMeasured || !knownSpeed(peer.speed))
      peer.speed = local.speed;
    if (peer.freeMemoryBytes <= 0)
      peer.freeMemoryBytes = local.freeMemoryBytes;
    hosts.append(peer);
  }
  return Planner::plan(config, hosts, options);
}

} // namespace mdi
