#pragma once

#include "engine/engine.h"
#include "engine/plan.h"

#include <QDockWidget>
#include <QTimer>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace mdi {

class PeerRoster;
class PlanView;
struct PeerEntry;

// The Peers panel (a dock of the main window), a view over the PeerRoster and the engine: the
// roster's peers with their device, free memory, speed, load, when they were last heard from and
// whether they are paired and used; adding a node by address, pairing with a node's code (the
// code is never stored or shown again), forgetting a pairing. Below: the placement setting
// ("Automatic (planner)" or "This computer only"), Apply (reloadRequested) and the PlanView with
// the plan in effect, refreshed every 2 s while the panel is visible. Everything that is not a
// widget (discovery, pairing, placement assembly) lives in the roster.
class PeersPanel : public QDockWidget {
  Q_OBJECT
public:
  static constexpr int kStatsIntervalMs = 2000;
  // A peer not heard from for this long shows as away (its last figures only in the tooltip).
  static constexpr int kAwayMs = 10000;

  PeersPanel(Engine &engine, PeerRoster &roster, QWidget *parent = nullptr);
  ~PeersPanel() override;

  PeerRoster &roster() const { return m_roster; }
  PlanView *planView() const { return m_planView; }
  // The plan on show: host ids "local..." for this computer, node ids for peers.
  const Plan &shownPlan() const;
  // "attic" for a node id, "this computer" for local ids.
  QString hostName(const QString &hostId) const;
  // For the status bar: "Layers 0–13 on this computer, 14–27 on attic".
  QString planSummary() const;
  void refreshStats();
  // Selects the row of a roster entry (the screenshot mode points at an unpaired peer).
  void selectEntry(const QString &key);

Q_SIGNALS:
  // Apply: reload the model with the chosen placement.
  void reloadRequested();
  // The plan on show changed (loaded, lost a peer, unloaded).
  void planChanged();

protected:
  void changeEvent(QEvent *event) override;
  void showEvent(QShowEvent *event) override;
  void hideEvent(QHideEvent *event) override;

private:
  void retranslateUi();
  void showDiscoveryState();
  void rebuildPeers();
  void fillRow(QTreeWidgetItem *item, const PeerEntry &entry);
  QTreeWidgetItem *rowFor(const QString &key) const;
  void updateButtons();
  QString selectedKey() const;
  QString selectedNodeId() const;
  // The message under the peers; made again by `text` after a change of language. Apply clears
  // it (it speaks of what Apply will do).
  void showMessage(std::function<QString()> text, bool error);
  void showMessage(const QString &text, bool error);
  void fitWidth();
  void applyColours();
  void addTyped();
  void removeSelected();
  void pairTyped();
  void forgetSelected();
  void onItemChanged(QTreeWidgetItem *item, int column);
  void onPairingFinished(const QString &key, bool paired, const QString &message);
  void onPlacementRequested();
  void onEngineState(Engine::State state);
  void onModelLoaded(const EngineModelInfo &info);
  void onLoadFailed(const QString &error);
  void onLoadProgress(const LoadProgress &progress);
  void onPlanMoved();
  // Shows plan (the engine's state and, when ready, its stage statistics with it).
  void showPlan(const Plan &plan);

  Engine &m_engine;
  PeerRoster &m_roster;
  bool m_updatingRows = false;
  QString m_planError;
  QStringList m_leftOut; // peers in use that the last load could not reach
  qint64 m_shipped = -1; // weight bytes sent to peers by the load on show; -1: none
  std::optional<LoadProgress> m_loadProgress;
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
  std::function<QString()> m_messageText;
  bool m_messageIsError = false;
  QScrollArea *m_scroll = nullptr;
  QGroupBox *m_placementGroup;
  QLabel *m_placementLabel;
  QComboBox *m_placement;
  QPushButton *m_apply;
  PlanView *m_planView;
};

} // namespace mdi
