#include "peers/peerroster.h"

#include "engine/peerplacement.h"
#include "mdiversion.h"
#include "model/modelconfig.h"
#include "net/discoveredpeer.h"
#include "net/discoverybeacon.h"
#include "net/netlog.h"
#include "net/pairingcheck.h"
#include "net/pairingkey.h"
#include "net/peerlist.h"
#include "store/appsettings.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QtConcurrent>

#include <utility>

namespace mdi {

namespace {

const QString kPairedPrefix = QStringLiteral("paired:");
const QString kAutomatic = QStringLiteral("automatic");
const QString kLocal = QStringLiteral("local");

} // namespace

PeerRoster::PeerRoster(AppSettings &settings, QObject *parent) :
    QObject(parent), m_settings(settings), m_paired(settings.settings()), m_list(new PeerList(this)) {
  connect(m_list, &PeerList::peerAdded, this, &PeerRoster::onPeerSeen);
  connect(m_list, &PeerList::peerChanged, this, &PeerRoster::onPeerSeen);
  connect(m_list, &PeerList::peerRemoved, this, &PeerRoster::entriesChanged);
  connect(m_list, &PeerList::addressCandidate, this, &PeerRoster::verifyAddress);
  for (const QString &nodeId : m_paired.nodeIds())
    pinPaired(nodeId);
  m_graceTimer.setSingleShot(true);
  connect(&m_graceTimer, &QTimer::timeout, this, &PeerRoster::runAfterDiscovery);

  // Nodes typed in earlier; a paired node remembered at that address takes its entry.
  // The settings keep only addresses accepted once (AppSettings cleans the list); one that no
  // longer parses is skipped rather than failing the roster.
  for (const QString &address : m_settings.value(AppSettings::PeerAddresses))
    static_cast<void>(addAddress(address));
}

PeerRoster::~PeerRoster() = default;

Status PeerRoster::startDiscovery(const DiscoveryService::Options &options) {
  if (m_discovery) {
    m_discovery->stop();
    delete m_discovery;
  }
  m_discovery = new DiscoveryService(options, this);
  m_list->attach(m_discovery);
  Status listening = m_discovery->startListening(m_paired.localId());
  m_discoveryError = listening ? QString() : listening.error();
  if (listening) {
    m_discoveryClock.start();
    m_discovery->query();
  }
  Q_EMIT discoveryChanged();
  return listening;
}

bool PeerRoster::isDiscovering() const {
  return m_discovery && m_discovery->isListening();
}

void PeerRoster::handleBeacon(const DiscoveryBeacon &beacon, const QHostAddress &sender) {
  m_list->handleBeacon(beacon, sender);
}

bool PeerRoster::waitingForPeers() const {
  if (!isDiscovering() || !m_discoveryClock.isValid() || m_discoveryClock.elapsed() >= kDiscoveryGraceMs ||
      placement() != Placement::Automatic)
    return false;
  for (const QString &nodeId : m_settings.value(AppSettings::UsedPeers))
    if (m_paired.isPaired(nodeId) && !m_list->findNode(nodeId))
      return true;
  return false;
}

void PeerRoster::afterDiscovery(std::function<void()> then) {
  m_afterDiscovery = std::move(then);
  if (!waitingForPeers()) {
    runAfterDiscovery();
    return;
  }
  m_graceTimer.start(int(qMax<qint64>(1, kDiscoveryGraceMs - m_discoveryClock.elapsed())));
}

void PeerRoster::runAfterDiscovery() {
  m_graceTimer.stop();
  if (auto then = std::exchange(m_afterDiscovery, nullptr))
    then();
}

void PeerRoster::pinPaired(const QString &nodeId) {
  const QString address = m_paired.address(nodeId);
  const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
  const uint port = colon > 0 ? address.mid(colon + 1).toUInt() : 0;
  // A node paired without an address (pairWithKey) is pinned where it is first heard from.
  if (colon > 0 && port > 0 && port <= 65535)
    m_list->pinAddress(nodeId, address.left(colon), quint16(port));
}

void PeerRoster::verifyAddress(const QString &nodeId, const QString &host, quint16 port) {
  const QByteArray key = m_paired.key(nodeId);
  if (key.isEmpty() || m_verifying.contains(nodeId))
    return; // one check per node at a time; the list offers the candidate again later
  m_verifying.insert(nodeId);
  PairingCheck::Request request;
  request.host = host;
  request.port = port;
  request.expectedNodeId = nodeId;
  request.key = key;
  request.identity = m_paired.localId();
  request.timeoutMs = 5000;
  const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
  auto *watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, nodeId, host, port, address] {
    watcher->deleteLater();
    m_verifying.remove(nodeId);
    const QString error = watcher->result();
    if (!error.isEmpty() || !m_paired.isPaired(nodeId)) {
      const QString message = tr("A beacon placed %1 at %2, but no handshake with its key succeeded there, so "
                                 "it is still used at its old address: %3")
                                  .arg(displayName(nodeId), address, error);
      qCWarning(lcNet).noquote() << message;
      Q_EMIT peerAddressChecked(nodeId, address, false, message);
      return;
    }
    m_paired.setAddress(nodeId, address);
    m_settings.sync();
    m_list->pinAddress(nodeId, host, port); // applies the waiting beacon: peerChanged
    const QString message =
        tr("%1 moved to %2 (verified by a handshake with its key).").arg(displayName(nodeId), address);
    qCInfo(lcNet).noquote() << message;
    Q_EMIT peerAddressChecked(nodeId, address, true, message);
    Q_EMIT entriesChanged();
  });
  watcher->setFuture(QtConcurrent::run([request] {
    const auto result = PairingCheck::run(request);
    return result ? QString() : result.error();
  }));
}

void PeerRoster::onPeerSeen(const QString &id) {
  // A paired node found by its beacons is remembered where it is, to be reached when it is quiet.
  // Beacons for a pinned node move it only after a handshake (verifyAddress), so this stores the
  // pinned address, or pins a node paired without one where it is first heard from.
  if (const auto peer = m_list->find(id); peer && m_paired.isPaired(peer->nodeId) && !peer->manual) {
    m_paired.setAddress(peer->nodeId, peer->endpoint());
    if (!m_list->isPinned(peer->nodeId))
      m_list->pinAddress(peer->nodeId, peer->host, peer->port);
  }
  Q_EMIT entriesChanged();
  if (m_afterDiscovery && !waitingForPeers())
    runAfterDiscovery();
}

QString PeerRoster::displayName(const QString &nodeId) const {
  if (const auto peer = m_list->findNode(nodeId); peer && !peer->name.isEmpty())
    return peer->name;
  if (const auto it = m_described.constFind(nodeId); it != m_described.constEnd() && !it->name.isEmpty())
    return it->name;
  const QString stored = m_paired.name(nodeId);
  return stored.isEmpty() ? nodeId : stored;
}

qint64 PeerRoster::clockMs() const {
  return m_list->clockMs();
}

PeerEntry PeerRoster::makeEntry(const QString &key, const QString &nodeId, const DiscoveredPeer *peer) const {
  const auto described = m_described.constFind(nodeId);
  const Described *node = described != m_described.constEnd() ? &*described : nullptr;
  PeerEntry entry;
  entry.key = key;
  entry.nodeId = nodeId;
  // What the node calls itself, else what it was called when paired, else where it is.
  entry.name = peer ? peer->name : QString();
  if (entry.name.isEmpty() && node)
    entry.name = node->name;
  if (entry.name.isEmpty())
    entry.name = m_paired.name(nodeId);
  if (entry.name.isEmpty())
    entry.name = peer ? peer->id : nodeId;
  entry.address = peer ? peer->endpoint() : m_paired.address(nodeId);
  entry.device = peer ? peer->device : QString();
  if (entry.device.isEmpty() && node)
    entry.device = node->device;
  entry.freeMemoryBytes = peer ? peer->freeMemoryBytes : 0;
  if (entry.freeMemoryBytes <= 0 && node)
    entry.freeMemoryBytes = node->freeMemoryBytes;
  entry.speed = peer ? peer->speed : 0;
  if (entry.speed <= 0 && node)
    entry.speed = node->speed;
  if (peer) {
    entry.load = peer->load;
    entry.lastSeenMs = peer->lastSeenMs;
    entry.protocolVersion = peer->protocolVersion;
    entry.onNetwork = true;
    entry.manual = peer->manual;
    entry.compatible = peer->isCompatible();
  }
  entry.paired = m_paired.isPaired(nodeId);
  entry.used = entry.paired && isUsed(nodeId);
  entry.pairing = m_pairingKey == key;
  return entry;
}

QList<PeerEntry> PeerRoster::entries() const {
  QList<PeerEntry> result;
  const QList<DiscoveredPeer> peers = m_list->peers();
  for (const DiscoveredPeer &peer : peers)
    result.append(makeEntry(peer.id, peer.nodeId, &peer));
  for (const QString &nodeId : m_paired.nodeIds())
    if (!m_list->findNode(nodeId))
      result.append(makeEntry(kPairedPrefix + nodeId, nodeId, nullptr));
  return result;
}

std::optional<PeerEntry> PeerRoster::entry(const QString &key) const {
  if (const auto peer = m_list->find(key))
    return makeEntry(peer->id, peer->nodeId, &*peer);
  if (key.startsWith(kPairedPrefix)) {
    const QString nodeId = key.mid(kPairedPrefix.size());
    if (m_paired.isPaired(nodeId) && !m_list->findNode(nodeId))
      return makeEntry(key, nodeId, nullptr);
  }
  return std::nullopt;
}

Expected<QString> PeerRoster::addAddress(const QString &hostAndPort) {
  auto id = m_list->addManual(hostAndPort);
  if (!id)
    return id;
  QStringList addresses = m_settings.value(AppSettings::PeerAddresses);
  if (!addresses.contains(*id)) {
    addresses.append(*id);
    m_settings.setValue(AppSettings::PeerAddresses, addresses);
    m_settings.sync();
  }
  if (const auto peer = m_list->find(*id); peer && peer->nodeId.isEmpty()) {
    for (const QString &nodeId : m_paired.nodeIds())
      if (m_paired.address(nodeId) == *id) {
        m_list->setNodeId(*id, nodeId);
        break;
      }
  }
  Q_EMIT entriesChanged();
  return id;
}

Status PeerRoster::removeAddress(const QString &key) {
  const auto peer = m_list->find(key);
  if (!peer || !peer->manual)
    return makeError(tr("%1 was not added by hand, so it cannot be removed.").arg(key));
  QStringList addresses = m_settings.value(AppSettings::PeerAddresses);
  addresses.removeAll(key);
  m_settings.setValue(AppSettings::PeerAddresses, addresses);
  m_settings.sync();
  m_list->remove(key); // peerRemoved: entriesChanged
  return Status::ok();
}

Status PeerRoster::pair(const QString &key, const QString &code) {
  const auto peer = m_list->find(key);
  if (!peer)
    return makeError(key.isEmpty() ? tr("Choose the peer to pair with in the list.")
                                   : tr("Cannot pair with %1: it is not in the list of peers.").arg(key));
  const QString name = peer->nodeId.isEmpty() ? peer->displayName() : displayName(peer->nodeId);
  if (isPairing())
    return makeError(tr("Not paired with %1: the code for another peer is still being checked.").arg(name));
  auto normalized = PairingKey::normalizeCode(code);
  if (!normalized)
    return makeError(tr("Not paired with %1: %2").arg(name, normalized.error()));
  PairingCheck::Request request;
  request.host = peer->host;
  request.port = peer->port;
  request.expectedNodeId = peer->nodeId;
  request.pairingCode = *normalized;
  request.identity = m_paired.localId();
  m_pairingKey = key;
  Q_EMIT entriesChanged();
  // The check blocks (TLS handshake, key derivation): it runs on the thread pool and hands back
  // a value; the watcher delivers it on this object's thread, where all state is changed.
  auto *watcher = new QFutureWatcher<PairingOutcome>(this);
  connect(watcher, &QFutureWatcher<PairingOutcome>::finished, this, [this, watcher, key] {
    watcher->deleteLater();
    onPairingDone(key, watcher->result());
  });
  watcher->setFuture(QtConcurrent::run([request] {
    PairingOutcome outcome;
    auto result = PairingCheck::run(request);
    outcome.ok = result.hasValue();
    if (!result) {
      outcome.error = result.error();
      return outcome;
    }
    outcome.nodeId = result->node.nodeId;
    outcome.key = result->key;
    outcome.node = {result->node.name, result->node.device, result->node.freeMemoryBytes, result->node.speed};
    return outcome;
  }));
  return Status::ok();
}

void PeerRoster::onPairingDone(const QString &key, const PairingOutcome &outcome) {
  m_pairingKey.clear();
  const auto peer = m_list->find(key);
  const QString fallbackName = peer ? peer->displayName() : key;
  auto finish = [this, &key](bool paired, const QString &message) {
    Q_EMIT entriesChanged();
    Q_EMIT pairingFinished(key, paired, message);
  };
  if (!outcome.ok)
    return finish(false, tr("Not paired with %1: %2").arg(fallbackName, outcome.error));
  const QString name = outcome.node.name.isEmpty() ? fallbackName : outcome.node.name;
  if (Status paired = m_paired.pairWithKey(outcome.nodeId, name, outcome.key); !paired)
    return finish(false, tr("Not paired with %1: %2").arg(name, paired.error()));
  m_described.insert(outcome.nodeId, outcome.node);
  if (peer) {
    m_paired.setAddress(outcome.nodeId, peer->endpoint());
    m_list->pinAddress(outcome.nodeId, peer->host, peer->port); // the handshake succeeded there
    if (peer->nodeId.isEmpty())
      m_list->setNodeId(key, outcome.nodeId);
  }
  if (!isUsed(outcome.nodeId))
    setUsed(outcome.nodeId, true); // a new pairing is for using the peer; unticking keeps it idle
  m_settings.sync();
  finish(true, tr("Paired with %1. Apply and reload to run layers there.").arg(name));
}

Status PeerRoster::pairWithKey(const QString &nodeId, const QString &name, const QByteArray &key) {
  if (Status paired = m_paired.pairWithKey(nodeId, name, key); !paired)
    return paired;
  setUsed(nodeId, true);
  m_settings.sync();
  Q_EMIT entriesChanged();
  return Status::ok();
}

Status PeerRoster::forgetPairing(const QString &nodeId) {
  if (!m_paired.isPaired(nodeId))
    return makeError(tr("%1 is not paired.").arg(nodeId));
  setUsed(nodeId, false);
  m_paired.forget(nodeId);
  m_list->unpin(nodeId);
  m_settings.sync();
  Q_EMIT entriesChanged();
  return Status::ok();
}

bool PeerRoster::isUsed(const QString &nodeId) const {
  return m_settings.value(AppSettings::UsedPeers).contains(nodeId);
}

void PeerRoster::setUsed(const QString &nodeId, bool used) {
  QStringList ids = m_settings.value(AppSettings::UsedPeers);
  if (ids.contains(nodeId) == used)
    return;
  if (used)
    ids.append(nodeId);
  else
    ids.removeAll(nodeId);
  m_settings.setValue(AppSettings::UsedPeers, ids);
  m_settings.sync();
  Q_EMIT entriesChanged();
}

PeerRoster::Placement PeerRoster::placement() const {
  return m_settings.value(AppSettings::PeerPlacement) == kLocal ? Placement::Local : Placement::Automatic;
}

void PeerRoster::setPlacement(Placement placement) {
  m_settings.setValue(AppSettings::PeerPlacement, placement == Placement::Local ? kLocal : kAutomatic);
  m_settings.sync();
}

QList<PlacementAssembly::Candidate> PeerRoster::candidates() {
  QList<PlacementAssembly::Candidate> result;
  for (const QString &nodeId : m_settings.value(AppSettings::UsedPeers)) {
    const QByteArray key = m_paired.key(nodeId);
    if (key.isEmpty())
      continue;
    const QString name = displayName(nodeId);
    PlacementAssembly::Candidate candidate;
    RemotePeer &peer = candidate.peer;
    peer.hostId = nodeId;
    peer.nodeId = nodeId;
    peer.key = key;
    peer.identity = m_paired.localId();
    HostDescription &host = candidate.host;
    host.id = nodeId;
    host.name = name;
    if (const auto found = m_list->findNode(nodeId); found && found->port != 0) {
      if (!found->isCompatible()) {
        m_leftOut.append(tr("%1 (another protocol version)").arg(name));
        continue;
      }
      peer.host = found->host;
      peer.port = found->port;
      host.speed = found->speed;
      host.freeMemoryBytes = found->freeMemoryBytes;
    } else if (auto address = PeerPlacement::parsePeerAddress(m_paired.address(nodeId))) {
      peer.host = address->host;
      peer.port = address->port;
    } else {
      m_leftOut.append(name);
      continue;
    }
    // A node's beacon figures first, else what it said when it was paired.
    if (const auto it = m_described.constFind(nodeId); it != m_described.constEnd()) {
      if (host.freeMemoryBytes <= 0)
        host.freeMemoryBytes = it->freeMemoryBytes;
      if (host.speed <= 0)
        host.speed = it->speed;
    }
    result.append(candidate);
  }
  return result;
}

Status PeerRoster::configureLoad(EngineLoadOptions &options, qint64 loadedWeightBytes) {
  m_requested = {};
  m_leftOut.clear();
  m_placementError.clear();
  Status status;
  if (auto config = ModelConfig::loadFromDirectory(options.directory)) { // else the load says what is wrong
    PlacementAssembly::Request request;
    request.policy = PlacementAssembly::Policy::Automatic;
    if (placement() == Placement::Automatic)
      request.candidates = candidates();
    request.localFreeMemoryBytes = PlacementAssembly::localFreeMemory(loadedWeightBytes);
    request.dtype = options.compute.dtype;
    if (auto placed = PlacementAssembly::assemble(*config, request)) {
      m_requested = *placed;
      m_requested.applyTo(options);
    } else {
      m_placementError = placed.error();
      status = makeError(m_placementError);
    }
  }
  Q_EMIT placementRequested();
  return status;
}

Status PeerRoster::addFakeNode(const FakeNode &node) {
  DiscoveryBeacon beacon;
  beacon.nodeId = node.nodeId;
  beacon.name = node.name;
  beacon.appVersion = QStringLiteral(MDI_VERSION_STRING);
  beacon.tcpPort = DiscoveryService::kDefaultNodePort;
  beacon.device = node.device;
  beacon.freeMemoryBytes = node.freeMemoryBytes;
  beacon.speed = node.speed;
  beacon.load = node.load;
  handleBeacon(beacon, QHostAddress(node.address));
  if (!node.paired)
    return {};
  return pairWithKey(node.nodeId, node.name, QByteArray(PairingKey::kKeyBytes, '\x5a'));
}

} // namespace mdi
