#pragma once

#include "net/discoveredpeer.h"
#include "net/discoverybeacon.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mdi {

class DiscoveryService;

// The coordinator's live list of nodes: one entry per node id from beacons (added on the first,
// updated by later ones, dropped when none has come for expiryMs, by default three announcement
// intervals), plus entries added by hand as host:port (never expire; a beacon from that address
// and port fills in their details, never their address). Beacons are unauthenticated UDP whose
// sender anyone on the LAN can forge, so a node may be pinned (the paired ones, by PeerRoster): a
// beacon naming a pinned node from another address changes nothing but is offered as a candidate
// (addressCandidate), and only pinAddress() after a successful TLS-PSK handshake there moves the
// entry. Bounded in size: when full, a new node takes the place of the least recently heard
// unpinned one, so a flood of forged ids churns only unpinned entries. Signals tell the Peers
// panel what changed.
class PeerList : public QObject {
  Q_OBJECT
public:
  struct Options {
    int expiryMs = 3 * 2000;
    int maxPeers = 256;
    int candidateRetryMs = 30000;
  };

  explicit PeerList(QObject *parent = nullptr);
  explicit PeerList(const Options &options, QObject *parent = nullptr);
  ~PeerList() override;

  // Feeds the list from a discovery service's beacons.
  void attach(DiscoveryService *service);
  void handleBeacon(const DiscoveryBeacon &beacon, const QHostAddress &sender);

  // "host:port" or "host" (then DiscoveryService::kDefaultNodePort); returns the entry's id.
  Expected<QString> addManual(const QString &hostAndPort);
  // Records the node id a hand-added entry turned out to have (after a Hello).
  void setNodeId(const QString &id, const QString &nodeId);
  void remove(const QString &id);
  // Trusts beacons for `nodeId` only from host:port (empty host: from nowhere yet); others become
  // candidates. A pending candidate at that address is applied at once.
  void pinAddress(const QString &nodeId, const QString &host, quint16 port);
  void unpin(const QString &nodeId);
  bool isPinned(const QString &nodeId) const { return m_pins.contains(nodeId); }

  QList<DiscoveredPeer> peers() const { return m_peers; }
  std::optional<DiscoveredPeer> find(const QString &id) const;
  // The entry for a node id, whether discovered or hand-added.
  std::optional<DiscoveredPeer> findNode(const QString &nodeId) const;
  // Now on the clock of DiscoveredPeer::lastSeenMs ("seen 3 s ago").
  qint64 clockMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
  void peerAdded(const QString &id);
  void peerChanged(const QString &id);
  void peerRemoved(const QString &id);
  // A beacon says the pinned node `nodeId` is at host:port, not where it is pinned: to be
  // verified by a handshake there (then pinAddress). At most once per candidateRetryMs for the
  // same node and address.
  void addressCandidate(const QString &nodeId, const QString &host, quint16 port);

private:
  struct Pin {
    QString host;
    quint16 port = 0;
  };
  struct Candidate {
    DiscoveryBeacon beacon;
    QString host;
    qint64 offeredMs = 0;
  };
  qsizetype indexOf(const QString &id) const;
  void expire();
  // Takes a beacon that may change the entry's address.
  void accept(const DiscoveryBeacon &beacon, const QString &host);
  // Makes room for one more entry; false when every entry is pinned or manual.
  bool makeRoom();

  Options m_options;
  QList<DiscoveredPeer> m_peers;
  QHash<QString, Pin> m_pins;             // by node id
  QHash<QString, Candidate> m_candidates; // by node id, pinned ones only
  QElapsedTimer m_clock;
  QTimer m_expiryTimer;
};

} // namespace mdi
