#pragma once

#include "engine/engine.h"
#include "net/discoveryservice.h"
#include "net/pairednodes.h"
#include "peers/peerentry.h"
#include "peers/placementassembly.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QHostAddress;

namespace mdi {

class AppSettings;
class PeerList;
struct DiscoveredPeer;
struct DiscoveryBeacon;

// The coordinator's peers, without any widget: the mdi-node peers found on the LAN (discovery
// and its grace period before a load), those typed in as host:port (remembered in the settings),
// the paired ones (keys in PairedNodes; pairing checks a node's code against the node on the
// thread pool, the outcome arriving as a queued signal on the roster's thread), which paired
// peers may run layers and the placement setting. configureLoad() turns that into the engine's
// plan and peers through PlacementAssembly and keeps what it asked for, for the Peers panel to
// show. Changes are announced by signals; failures are values whose messages name the peer.
class PeerRoster : public QObject {
  Q_OBJECT
public:
  // How long a load waits for the peers in use to announce themselves after discovery starts.
  static constexpr int kDiscoveryGraceMs = 3000;

  enum class Placement { Automatic, Local };
  using DiscoveryOptions = DiscoveryService::Options;
  // A made-up node for the screenshot mode (ui/demoscreenshot): announced as a beacon from
  // `address` would announce it and, when `paired`, paired with a made-up key. Nothing talks to it.
  struct FakeNode {
    QString nodeId;
    QString name;
    QString address;
    QString device;
    qint64 freeMemoryBytes = 0;
    double speed = 0;
    double load = 0;
    bool paired = false;
  };

  // Reads and writes the settings' peer entries and pairings; `settings` must outlive the roster.
  explicit PeerRoster(AppSettings &settings, QObject *parent = nullptr);
  ~PeerRoster() override;

  // Listens for node announcements and asks the nodes to announce themselves now. A failure
  // (the port is taken) is returned and kept for discoveryError().
  Status startDiscovery(const DiscoveryService::Options &options);
  bool isDiscovering() const;
  QString discoveryError() const { return m_discoveryError; }
  DiscoveryService *discovery() const { return m_discovery; }
  // Takes an announcement as if discovery had received it (discovery's own path; the screenshot
  // mode feeds made-up nodes through it).
  void handleBeacon(const DiscoveryBeacon &beacon, const QHostAddress &sender);
  Status addFakeNode(const FakeNode &node);
  // Runs `then` once the paired peers in use have been heard from, at once when there is nothing
  // to wait for, or after kDiscoveryGraceMs; a later call replaces a pending one.
  void afterDiscovery(std::function<void()> then);

  // The peer list's entries in its order, then the paired nodes not on the network.
  QList<PeerEntry> entries() const;
  std::optional<PeerEntry> entry(const QString &key) const;
  // The node's own name, else the one it had when paired, else its id.
  QString displayName(const QString &nodeId) const;
  // Now on the clock of PeerEntry::lastSeenMs.
  qint64 clockMs() const;

  // Adds a node by hand ("host:port" or "host"), remembered in the settings; returns its key.
  Expected<QString> addAddress(const QString &hostAndPort);
  // Removes an entry added by hand (and forgets its address).
  Status removeAddress(const QString &key);

  // Starts checking `code` against the node of entry `key`; pairingFinished follows. Refused at
  // once (nothing starts, no signal) for an unknown entry, a malformed code or while another
  // check runs. A node's first pairing also marks it used.
  Status pair(const QString &key, const QString &code);
  bool isPairing() const { return !m_pairingKey.isEmpty(); }
  // Remembers an already derived key (the screenshot mode's made-up nodes) and uses the node.
  Status pairWithKey(const QString &nodeId, const QString &name, const QByteArray &key);
  Status forgetPairing(const QString &nodeId);
  bool isPaired(const QString &nodeId) const { return m_paired.isPaired(nodeId); }
  const PairedNodes &pairedNodes() const { return m_paired; }

  // Whether the paired node's layers may run there (the settings' used peers).
  void setUsed(const QString &nodeId, bool used);
  bool isUsed(const QString &nodeId) const;
  Placement placement() const;
  void setPlacement(Placement placement);

  // Fills options.plan and options.peers for the placement setting and the used peers
  // (options.directory and options.compute must be set; loadedWeightBytes: what the model loaded
  // now holds, freed before the new load). Fails, saying why, when the planner cannot place the
  // model; a folder without a readable config is left to the load to report.
  Status configureLoad(EngineLoadOptions &options, qint64 loadedWeightBytes);
  // What the last configureLoad asked for: the plan, names of its peers, peers in use it could
  // not reach and why it failed.
  const Plan &requestedPlan() const { return m_requested.plan; }
  QString requestedHostName(const QString &hostId) const { return m_requested.hostNames.value(hostId); }
  const QStringList &leftOut() const { return m_leftOut; }
  const QString &placementError() const { return m_placementError; }

Q_SIGNALS:
  // An entry was added, removed or changed (a beacon, pairing, used, a check started or ended).
  void entriesChanged();
  void discoveryChanged();
  void pairingFinished(const QString &key, bool paired, const QString &message);
  // A beacon put a paired node at another address; a handshake there with the node's key decided
  // whether the node moved (accepted: it is used there from now on) or the beacon was false.
  void peerAddressChecked(const QString &nodeId, const QString &address, bool accepted, const QString &message);
  // configureLoad ran: requestedPlan(), leftOut() and placementError() are new.
  void placementRequested();

private:
  // What a node said about itself when it was paired (kept for this run, not stored).
  struct Described {
    QString name;
    QString device;
    qint64 freeMemoryBytes = 0;
    double speed = 0;
  };
  struct PairingOutcome {
    bool ok = false;
    QString nodeId;
    QByteArray key;
    Described node;
    QString error;
  };

  void onPeerSeen(const QString &id);
  void onPairingDone(const QString &key, const PairingOutcome &outcome);
  // Pins a paired node's beacons to the address it was paired or last verified at.
  void pinPaired(const QString &nodeId);
  void verifyAddress(const QString &nodeId, const QString &host, quint16 port);
  bool waitingForPeers() const;
  void runAfterDiscovery();
  PeerEntry makeEntry(const QString &key, const QString &nodeId, const DiscoveredPeer *peer) const;
  QList<PlacementAssembly::Candidate> candidates();

  AppSettings &m_settings;
  PairedNodes m_paired;
  PeerList *m_list;
  DiscoveryService *m_discovery = nullptr;
  QString m_discoveryError;
  QElapsedTimer m_discoveryClock;
  QTimer m_graceTimer;
  std::function<void()> m_afterDiscovery;
  QHash<QString, Described> m_described; // by node id
  QString m_pairingKey;                  // the entry a pairing check runs for
  QSet<QString> m_verifying;             // node ids whose new address is being checked
  PlacementAssembly::Placement m_requested;
  QStringList m_leftOut;
  QString m_placementError;
};

} // namespace mdi
