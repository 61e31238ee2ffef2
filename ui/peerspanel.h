#pragma once

#include "engine/engine.h"
#include "engine/plan.h"
#include "loadprogressbar.h"
#include "net/discoveryservice.h"
#include "net/pairednodes.h"
#include "net/pairingcheck.h"
#include "util/expected.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mdi {

class AppSettings;
class PeerList;
struct DiscoveredPeer;

// The Peers panel (a dock of the main window): the mdi-node peers found on the LAN (or typed in
// as host:port) with their device, free memory, speed, load, when they were last heard from and
// whether they are paired; pairing with a node's code (checked against the node before its key
// is remembered in PairedNodes; the code itself is never stored or shown again), forgetting a
// pairing, and which paired peers the model's layers may use. Below: the layer placement,
// "Automatic (planner)" or "This computer only", the plan in effect (which layers run where, each
// stage's speed and memory, refreshed every 2 s while the panel is visible) and the weight bytes
// sent to peers while loading. Apply reloads the model (reloadRequested); the window asks
// configureLoad() for the plan and peers. Discovery and pairing never block the GUI thread:
// UDP and TLS are asynchronous and the key derivation runs on the thread pool.
class PeersPanel : public QDockWidget {
  Q_OBJECT
public:
  static constexpr int kStatsIntervalMs = 2000;
  // How long a load waits for the peers in use to announce themselves after discovery starts.
  static constexpr int kDiscoveryGraceMs = 3000;

  PeersPanel(Engine &engine, AppSettings &settings, QWidget *parent = nullptr);
  ~PeersPanel() override;

  // Listens for node announcements and asks the nodes to announce themselves now; a failure
  // (the port is taken) is shown in the panel and returned.
  Status startDiscovery(const DiscoveryService::Options &options);
  // Runs `then` once the peers in use have been heard from, or at once when there is nothing to
  // wait for, or after kDiscoveryGraceMs; a later call replaces a pending one.
  void afterDiscovery(std::function<void()> then);
  // Fills options.plan and options.peers for the chosen placement (options.directory and
  // options.compute must be set) and shows that plan as the one loading. Fails, saying why,
  // when the planner cannot place the model on the hosts.
  Status configureLoad(EngineLoadOptions &options);

  // Adds a node by hand ("host:port" or "host"); remembered in the settings.
  Expected<QString> addAddress(const QString &hostAndPort);
  // Checks `code` against the node of the peer list entry `peerId` and pairs with it when it is
  // right (asynchronous: pairingFinished follows). The first pairing of a node also uses it.
  void pair(const QString &peerId, const QString &code);
  void forgetPairing(const QString &nodeId);
  // Whether the paired node's layers may run there (the settings' used peers).
  void setUsed(const QString &nodeId, bool used);
  bool isUsed(const QString &nodeId) const;

  // The plan on show: host ids "local..." for this computer, node ids for peers.
  const Plan &shownPlan() const { return m_shownPlan; }
  // "attic" for a node id, "this computer" for local ids.
  QString hostName(const QString &hostId) const;
  // For the status bar: "Layers 0–13 on this computer, 14–27 on attic".
  QString planSummary() const;
  bool planUsesPeers() const;
  void refreshStats();
  // For the screenshot mode (no model behind it): shows plan as loaded, with these statistics.
  void showDemoPlan(const Plan &plan, const QList<StageStats> &stats, qint64 shippedBytes);

  PeerList *peerList() const { return m_list; }
  DiscoveryService *discovery() const { return m_discovery; }
  PairedNodes &pairedNodes() { return m_paired; }
  QTreeWidget *peerTable() const { return m_peers; }
  QLineEdit *addressEdit() const { return m_address; }
  QPushButton *addButton() const { return m_add; }
  QPushButton *removeButton() const { return m_remove; }
  QLineEdit *codeEdit() const { return m_code; }
  QPushButton *pairButton() const { return m_pair; }
  QPushButton *forgetButton() const { return m_forget; }
  QLabel *messageLabel() const { return m_message; }
  QLabel *discoveryLabel() const { return m_discoveryStatus; }
  QComboBox *placementBox() const { return m_placement; }
  QPushButton *applyButton() const { return m_apply; }
  QTreeWidget *planTable() const { return m_plan; }
  QLabel *planStatusLabel() const { return m_planStatus; }
  QProgressBar *loadProgressBar() const { return m_loadBar; }
  // The row of a peer list entry (or of a paired node not on the network: "paired:<node id>").
  QTreeWidgetItem *rowFor(const QString &key) const;

Q_SIGNALS:
  // Apply: reload the model with the chosen placement.
  void reloadRequested();
  void pairingFinished(const QString &peerId, bool paired, const QString &message);
  // The plan on show changed (loaded, lost a peer, unloaded).
  void planChanged();

protected:
  void changeEvent(QEvent *event) override;
  void showEvent(QShowEvent *event) override;
  void hideEvent(QHideEvent *event) override;

private:
  struct PairingOutcome {
    bool ok = false;
    PairingCheck::Result result;
    QString error;
  };

  void retranslateUi();
  void rebuildPeers();
  void fillRow(QTreeWidgetItem *item, const DiscoveredPeer *peer, const QString &nodeId);
  void updateButtons();
  QString selectedKey() const;
  QString selectedNodeId() const;
  void showMessage(const QString &text, bool error);
  void applyColours();
  void onPeerSeen(const QString &id);
  void onPairingDone(const QString &peerId, const PairingOutcome &outcome);
  void onItemChanged(QTreeWidgetItem *item, int column);
  void removeSelected();
  void onEngineState(Engine::State state);
  void onModelLoaded(const EngineModelInfo &info);
  void onLoadFailed(const QString &error);
  void onLoadProgress(const LoadProgress &progress);
  void onPlanMoved();
  void showPlan();
  bool waitingForPeers() const;
  void runAfterDiscovery();
  QString displayName(const QString &nodeId) const;

  Engine &m_engine;
  AppSettings &m_settings;
  PairedNodes m_paired;
  PeerList *m_list;
  DiscoveryService *m_discovery = nullptr;
  QString m_discoveryError;
  QElapsedTimer m_discoveryClock;
  QTimer m_graceTimer;
  std::function<void()> m_afterDiscovery;
  QHash<QString, PeerDescription> m_described; // by node id: what nodes said when paired
  QString m_pairingPeer;                       // the entry a pairing check runs for
  bool m_updatingRows = false;

  Plan m_requestedPlan;
  QHash<QString, QString> m_hostNames; // plan host id -> name, for the requested plan
  QStringList m_leftOut;               // peers in use that the last load could not reach
  Plan m_shownPlan;
  QString m_planError;
  qint64 m_shipped = -1; // weight bytes sent to peers by the load on show; -1: none
  bool m_demo = false;
  QList<StageStats> m_demoStats;
  QTimer m_statsTimer;

  QGroupBox *m_peersGroup;
  QTreeWidget *m_peers;
  QLabel *m_discoveryStatus;
  QLabel *m_addressLabel;
  QLineEdit *m_address;
  QPushButton *m_add;
  QPushButton *m_remove;
  QLabel *m_codeLabel;
  QLineEdit *m_code;
  QPushButton *m_pair;
  QPushButton *m_forget;
  QLabel *m_message;
  bool m_messageIsError = false;
  QGroupBox *m_placementGroup;
  QLabel *m_placementLabel;
  QComboBox *m_placement;
  QPushButton *m_apply;
  QTreeWidget *m_plan;
  QLabel *m_planStatus;
  bool m_planIsError = false;
  LoadProgressBar *m_loadBar;                 // shown while a model loads
  std::optional<LoadProgress> m_loadProgress; // the latest of the load in progress
};

} // namespace mdi
