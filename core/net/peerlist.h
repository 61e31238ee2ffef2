#pragma once

#include "net/discoveredpeer.h"
#include "net/discoverybeacon.h"
#include "util/expected.h"

#include <QElapsedTimer>
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
// and port fills in their details). Bounded in size, so a flood of forged beacons cannot grow it
// without limit. Signals tell the Peers panel what changed.
class PeerList : public QObject {
  Q_OBJECT
public:
  struct Options {
    int expiryMs = 3 * 2000;
    int maxPeers = 256;
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

private:
  qsizetype indexOf(const QString &id) const;
  void expire();

  Options m_options;
  QList<DiscoveredPeer> m_peers;
  QElapsedTimer m_clock;
  QTimer m_expiryTimer;
};

} // namespace mdi
