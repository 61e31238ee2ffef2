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
  // A hand-added entry for this address and port, or one that already knows the node id, takes it.
  qsizetype index = -1;
  for (qsizetype i = 0; i < m_peers.size() && index < 0; ++i) {
    const DiscoveredPeer &peer = m_peers[i];
    if (peer.manual && (peer.nodeId == beacon.nodeId || (peer.host == host && peer.port == beacon.tcpPort)))
      index = i;
  }
  if (index < 0)
    index = indexOf(beacon.nodeId);
  if (index < 0) {
    if (m_peers.size() >= m_options.maxPeers) {
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
  for (const QString &id : std::as_const(gone))
    Q_EMIT peerRemoved(id);
}

} // namespace mdi
