#include "net/peerlist.h"

#include "net/discoveryservice.h"
#include "net/netlog.h"
#include "net/peermessages.h"

#include <QCoreApplication>
#include <QUrl>

namespace mdi {

namespace {
// Copies what a beacon says into an entry; returns whether anything changed.
bool apply(DiscoveredPeer &peer, const DiscoveryBeacon &beacon, const QString &host) {
  DiscoveredPeer before = peer;
  peer.nodeId = beacon.nodeId;
  peer.name = beacon.name;
  peer.host = host;
  peer.port = beacon.tcpPort;
  peer.appVersion = beacon.appVersion;
  peer.protocolVersion = beacon.protocolVersion;
  peer.device = beacon.device;
  peer.freeMemoryBytes = beacon.freeMemoryBytes;
  peer.speed = beacon.speed;
  peer.load = beacon.load;
  return before.nodeId != peer.nodeId || before.name != peer.name || before.host != peer.host ||
         before.port != peer.port || before.appVersion != peer.appVersion ||
         before.protocolVersion != peer.protocolVersion || before.device != peer.device ||
         before.freeMemoryBytes != peer.freeMemoryBytes || before.speed != peer.speed || before.load != peer.load;
}
} // namespace

PeerList::PeerList(const Options &options, QObject *parent) : QObject(parent), m_options(options) {
  m_clock.start();
  m_expiryTimer.setInterval(qBound(10, options.expiryMs / 4, 1000));
  connect(&m_expiryTimer, &QTimer::timeout, this, &PeerList::expire);
  m_expiryTimer.start();
}

PeerList::PeerList(QObject *parent) : PeerList(Options(), parent) {}

PeerList::~PeerList() = default;

void PeerList::attach(DiscoveryService *service) {
  connect(service, &DiscoveryService::beaconReceived, this, &PeerList::handleBeacon);
}

qsizetype PeerList::indexOf(const QString &id) const {
  for (qsizetype i = 0; i < m_peers.size(); ++i)
    if (m_peers[i].id == id)
      return i;
  return -1;
}

void PeerList::handleBeacon(const DiscoveryBeacon &beacon, const QHostAddress &sender) {
  if (beacon.kind != DiscoveryBeacon::Kind::Announce || !isValidPeerId(beacon.nodeId) || beacon.tcpPort == 0)
    return;
  const QString host = sender.toString();
  // A hand-added entry is the address the user gave: a beacon from exactly there fills in its
  // details (and its node id while unknown); one naming its node from elsewhere changes nothing.
  for (qsizetype i = 0; i < m_peers.size(); ++i) {
    DiscoveredPeer &peer = m_peers[i];
    if (!peer.manual)
      continue;
    const bool here = peer.host == host && peer.port == beacon.tcpPort;
    if (here && (peer.nodeId.isEmpty() || peer.nodeId == beacon.nodeId)) {
      const bool changed = apply(peer, beacon, peer.host);
      peer.lastSeenMs = m_clock.elapsed();
      if (changed)
        Q_EMIT peerChanged(peer.id);
      return;
    }
    if (here || peer.nodeId == beacon.nodeId)
      return;
  }
  if (const auto pin = m_pins.constFind(beacon.nodeId);
      pin != m_pins.constEnd() && (pin->host != host || pin->port != beacon.tcpPort)) {
    // Maybe the node moved, maybe a forgery: only a handshake there can tell.
    Candidate &candidate = m_candidates[beacon.nodeId];
    const bool same = candidate.host == host && candidate.beacon.tcpPort == beacon.tcpPort;
    const qint64 now = m_clock.elapsed();
    const bool offer = !same || candidate.offeredMs <= 0 || now - candidate.offeredMs >= m_options.candidateRetryMs;
    candidate.beacon = beacon;
    candidate.host = host;
    if (offer) {
      candidate.offeredMs = qMax<qint64>(1, now);
      qCInfo(lcNet).noquote() << "node" << beacon.nodeId << "announced from" << host << "port" << beacon.tcpPort
                              << "but is paired at" << pin->host << "port" << pin->port
                              << "; kept there until a handshake confirms the new address";
      Q_EMIT addressCandidate(beacon.nodeId, host, beacon.tcpPort);
    }
    return;
  }
  accept(beacon, host);
}

void PeerList::accept(const DiscoveryBeacon &beacon, const QString &host) {
  qsizetype index = indexOf(beacon.nodeId);
  if (index < 0) {
    if (m_peers.size() >= m_options.maxPeers && !makeRoom()) {
      qCDebug(lcNet).noquote() << "peer list full; ignored node" << beacon.nodeId << "at" << host;
      return;
    }
    DiscoveredPeer peer;
    peer.id = beacon.nodeId;
    apply(peer, beacon, host);
    peer.lastSeenMs = m_clock.elapsed();
    m_peers.append(peer);
    Q_EMIT peerAdded(peer.id);
    return;
  }
  DiscoveredPeer &peer = m_peers[index];
  const QString id = peer.id;
  const bool changed = apply(peer, beacon, host);
  peer.lastSeenMs = m_clock.elapsed();
  if (changed)
    Q_EMIT peerChanged(id);
}

bool PeerList::makeRoom() {
  qsizetype oldest = -1;
  for (qsizetype i = 0; i < m_peers.size(); ++i) {
    const DiscoveredPeer &peer = m_peers[i];
    if (peer.manual || m_pins.contains(peer.nodeId))
      continue;
    if (oldest < 0 || peer.lastSeenMs < m_peers[oldest].lastSeenMs)
      oldest = i;
  }
  if (oldest < 0)
    return false;
  const QString id = m_peers[oldest].id;
  m_peers.removeAt(oldest);
  Q_EMIT peerRemoved(id);
  return true;
}

void PeerList::pinAddress(const QString &nodeId, const QString &host, quint16 port) {
  m_pins.insert(nodeId, Pin{host, port});
  const auto candidate = m_candidates.constFind(nodeId);
  if (candidate == m_candidates.constEnd())
    return;
  const Candidate taken = *candidate;
  m_candidates.erase(candidate);
  if (taken.host == host && taken.beacon.tcpPort == port)
    accept(taken.beacon, taken.host);
}

void PeerList::unpin(const QString &nodeId) {
  m_pins.remove(nodeId);
  m_candidates.remove(nodeId);
}

Expected<QString> PeerList::addManual(const QString &hostAndPort) {
  const QString text = hostAndPort.trimmed();
  const QUrl url(QStringLiteral("mdi://") + text, QUrl::StrictMode);
  if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() ||
      !url.userInfo().isEmpty())
    return makeError(tr("'%1' is not a host name or address with an optional port, such as 192.168.1.20:%2.")
                         .arg(text.left(256))
                         .arg(DiscoveryService::kDefaultNodePort));
  const int port = url.port(DiscoveryService::kDefaultNodePort);
  if (port <= 0 || port > 65535)
    return makeError(tr("'%1' has no valid port.").arg(text.left(256)));
  DiscoveredPeer peer;
  peer.host = url.host();
  peer.port = quint16(port);
  peer.manual = true;
  peer.id = peer.endpoint();
  if (indexOf(peer.id) >= 0)
    return peer.id;
  m_peers.append(peer);
  Q_EMIT peerAdded(peer.id);
  return peer.id;
}

void PeerList::setNodeId(const QString &id, const QString &nodeId) {
  const qsizetype index = indexOf(id);
  if (index < 0 || !isValidPeerId(nodeId) || m_peers[index].nodeId == nodeId)
    return;
  m_peers[index].nodeId = nodeId;
  Q_EMIT peerChanged(id);
}

void PeerList::remove(const QString &id) {
  const qsizetype index = indexOf(id);
  if (index < 0)
    return;
  m_peers.removeAt(index);
  Q_EMIT peerRemoved(id);
}

std::optional<DiscoveredPeer> PeerList::find(const QString &id) const {
  const qsizetype index = indexOf(id);
  if (index < 0)
    return std::nullopt;
  return m_peers[index];
}

std::optional<DiscoveredPeer> PeerList::findNode(const QString &nodeId) const {
  for (const DiscoveredPeer &peer : m_peers)
    if (peer.nodeId == nodeId)
      return peer;
  return std::nullopt;
}

void PeerList::expire() {
  const qint64 now = m_clock.elapsed();
  QStringList gone;
  for (qsizetype i = m_peers.size() - 1; i >= 0; --i) {
    const DiscoveredPeer &peer = m_peers[i];
    if (!peer.manual && now - peer.lastSeenMs > m_options.expiryMs) {
      gone.prepend(peer.id);
      m_peers.removeAt(i);
    }
  }
  // Candidates not announced again are forgotten with their entries' age.
  m_candidates.removeIf([this, now](QHash<QString, Candidate>::iterator candidate) {
    return now - candidate->offeredMs > qMax<qint64>(m_options.expiryMs, m_options.candidateRetryMs);
  });
  for (const QString &id : std::as_const(gone))
    Q_EMIT peerRemoved(id);
}

} // namespace mdi
