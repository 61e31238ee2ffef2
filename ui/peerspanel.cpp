#include "peerspanel.h"

#include "engine/peerplacement.h"
#include "model/modelconfig.h"
#include "net/discoveredpeer.h"
#include "net/pairingkey.h"
#include "net/peerlist.h"
#include "store/appsettings.h"
#include "theme.h"
#include "util/processmemory.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

#include <utility>

namespace mdi {

namespace {

enum PeerColumn {
  NameColumn,
  PairColumn,
  AddressColumn,
  DeviceColumn,
  MemoryColumn,
  SpeedColumn,
  LoadColumn,
  SeenColumn
};
enum PlanColumn { LayersColumn, HostColumn, StageSpeedColumn, StageMemoryColumn };
constexpr int kKeyRole = Qt::UserRole;
constexpr int kNodeRole = Qt::UserRole + 1;
const QString kPairedPrefix = QStringLiteral("paired:");
const QString kAutomatic = QStringLiteral("automatic");
const QString kLocal = QStringLiteral("local");
// Free memory assumed for this computer where the system does not say (the planner then only
// balances speed; the load itself reports a real shortage).
constexpr qint64 kUnknownMemoryBytes = 1ll << 40;

QString dash() {
  return QString(QChar(0x2014));
}

bool isLocalHost(const QString &hostId) {
  HostDescription host;
  host.id = hostId;
  return host.isLocal();
}

QString layersText(const StageAssignment &stage) {
  if (stage.layerCount() == 1)
    return QString::number(stage.firstLayer);
  return QStringLiteral("%1%2%3").arg(stage.firstLayer).arg(QChar(0x2013)).arg(stage.lastLayer - 1);
}

QLabel *wrappingLabel(QWidget *parent) {
  auto *label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

} // namespace

PeersPanel::PeersPanel(Engine &engine, AppSettings &settings, QWidget *parent) :
    QDockWidget(parent), m_engine(engine), m_settings(settings), m_paired(settings.settings()),
    m_list(new PeerList(this)), m_peersGroup(new QGroupBox(this)), m_peers(new QTreeWidget(this)),
    m_discoveryStatus(wrappingLabel(this)), m_addressLabel(new QLabel(this)), m_address(new QLineEdit(this)),
    m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_codeLabel(new QLabel(this)),
    m_code(new QLineEdit(this)), m_pair(new QPushButton(this)), m_forget(new QPushButton(this)),
    m_message(wrappingLabel(this)), m_placementGroup(new QGroupBox(this)), m_placementLabel(new QLabel(this)),
    m_placement(new QComboBox(this)), m_apply(new QPushButton(this)), m_plan(new QTreeWidget(this)),
    m_planStatus(wrappingLabel(this)) {
  setObjectName(QStringLiteral("peersPanel"));
  setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
  setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

  m_peers->setObjectName(QStringLiteral("peerTable"));
  m_peers->setRootIsDecorated(false);
  m_peers->setUniformRowHeights(true);
  m_peers->setAllColumnsShowFocus(true);
  m_peers->setColumnCount(SeenColumn + 1);
  m_peers->header()->setStretchLastSection(false);
  m_peers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_peers->setMinimumHeight(fontMetrics().lineSpacing() * 7);
  m_discoveryStatus->setObjectName(QStringLiteral("discoveryStatus"));
  m_address->setObjectName(QStringLiteral("peerAddressEdit"));
  m_address->setPlaceholderText(QStringLiteral("192.168.1.20:%1").arg(DiscoveryService::kDefaultNodePort));
  m_addressLabel->setBuddy(m_address);
  m_add->setObjectName(QStringLiteral("addPeerButton"));
  m_remove->setObjectName(QStringLiteral("removePeerButton"));
  m_code->setObjectName(QStringLiteral("pairingCodeEdit"));
  m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX"));
  m_code->setMaxLength(32);
  m_codeLabel->setBuddy(m_code);
  m_pair->setObjectName(QStringLiteral("pairButton"));
  m_forget->setObjectName(QStringLiteral("forgetPairingButton"));
  m_message->setObjectName(QStringLiteral("peersMessage"));
  m_message->hide();

  auto *peersLayout = new QGridLayout(m_peersGroup);
  peersLayout->addWidget(m_discoveryStatus, 0, 0, 1, 4);
  peersLayout->addWidget(m_peers, 1, 0, 1, 4);
  peersLayout->addWidget(m_addressLabel, 2, 0);
  peersLayout->addWidget(m_address, 2, 1);
  peersLayout->addWidget(m_add, 2, 2);
  peersLayout->addWidget(m_remove, 2, 3);
  peersLayout->addWidget(m_codeLabel, 3, 0);
  peersLayout->addWidget(m_code, 3, 1);
  peersLayout->addWidget(m_pair, 3, 2);
  peersLayout->addWidget(m_forget, 3, 3);
  peersLayout->addWidget(m_message, 4, 0, 1, 4);
  peersLayout->setColumnStretch(1, 1);
  peersLayout->setRowStretch(1, 1);

  m_placement->setObjectName(QStringLiteral("placementBox"));
  m_placement->addItem(QString(), kAutomatic);
  m_placement->addItem(QString(), kLocal);
  m_placement->setCurrentIndex(qMax(0, m_placement->findData(m_settings.peerPlacement())));
  m_placementLabel->setBuddy(m_placement);
  m_apply->setObjectName(QStringLiteral("applyPlacementButton"));
  m_plan->setObjectName(QStringLiteral("planTable"));
  m_plan->setRootIsDecorated(false);
  m_plan->setUniformRowHeights(true);
  m_plan->setColumnCount(StageMemoryColumn + 1);
  m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_plan->header()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
  m_plan->setMinimumHeight(fontMetrics().lineSpacing() * 5);
  m_planStatus->setObjectName(QStringLiteral("placementStatus"));

  auto *placementRow = new QHBoxLayout;
  placementRow->addWidget(m_placementLabel);
  placementRow->addWidget(m_placement, 1);
  placementRow->addWidget(m_apply);
  auto *placementLayout = new QVBoxLayout(m_placementGroup);
  placementLayout->addLayout(placementRow);
  placementLayout->addWidget(m_plan, 1);
  placementLayout->addWidget(m_planStatus);
  m_loadBar = new LoadProgressBar(m_placementGroup);
  m_loadBar->setObjectName(QStringLiteral("placementLoadProgress"));
  m_loadBar->setTextVisible(false);
  m_loadBar->hide();
  placementLayout->addWidget(m_loadBar);

  auto *content = new QWidget;
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(8, 4, 8, 8);
  layout->addWidget(m_peersGroup, 3);
  layout->addWidget(m_placementGroup, 2);
  auto *scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(content);
  setWidget(scroll);

  connect(m_list, &PeerList::peerAdded, this, &PeersPanel::onPeerSeen);
  connect(m_list, &PeerList::peerChanged, this, &PeersPanel::onPeerSeen);
  connect(m_list, &PeerList::peerRemoved, this, [this] { rebuildPeers(); });
  connect(m_peers, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
  connect(m_peers, &QTreeWidget::itemChanged, this, &PeersPanel::onItemChanged);
  connect(m_address, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_code, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  auto addTyped = [this] {
    auto id = addAddress(m_address->text());
    if (!id) {
      showMessage(id.error(), true);
      return;
    }
    m_address->clear();
    if (QTreeWidgetItem *item = rowFor(*id))
      m_peers->setCurrentItem(item);
    showMessage(tr("Added %1. Enter the pairing code that mdi-node shows there to pair with it.").arg(*id), false);
  };
  connect(m_add, &QPushButton::clicked, this, addTyped);
  connect(m_address, &QLineEdit::returnPressed, this, addTyped);
  connect(m_remove, &QPushButton::clicked, this, &PeersPanel::removeSelected);
  auto pairTyped = [this] {
    if (m_pair->isEnabled())
      pair(selectedKey(), m_code->text());
  };
  connect(m_pair, &QPushButton::clicked, this, pairTyped);
  connect(m_code, &QLineEdit::returnPressed, this, pairTyped);
  connect(m_forget, &QPushButton::clicked, this, [this] { forgetPairing(selectedNodeId()); });
  connect(m_placement, &QComboBox::currentIndexChanged, this, [this] {
    m_settings.setPeerPlacement(m_placement->currentData().toString());
    m_settings.sync();
  });
  connect(m_apply, &QPushButton::clicked, this, &PeersPanel::reloadRequested);

  connect(&m_engine, &Engine::stateChanged, this, &PeersPanel::onEngineState);
  connect(&m_engine, &Engine::modelLoaded, this, &PeersPanel::onModelLoaded);
  connect(&m_engine, &Engine::loadFailed, this, &PeersPanel::onLoadFailed);
  connect(&m_engine, &Engine::loadProgress, this, &PeersPanel::onLoadProgress);
  connect(&m_engine, &Engine::peerLost, this, &PeersPanel::onPlanMoved);
  connect(&m_engine, &Engine::planChanged, this, &PeersPanel::onPlanMoved);

  m_statsTimer.setInterval(kStatsIntervalMs);
  connect(&m_statsTimer, &QTimer::timeout, this, &PeersPanel::refreshStats);
  m_graceTimer.setSingleShot(true);
  connect(&m_graceTimer, &QTimer::timeout, this, &PeersPanel::runAfterDiscovery);

  // Nodes typed in earlier; a paired node remembered at that address takes its entry.
  for (const QString &address : m_settings.peerAddresses())
    addAddress(address);

  retranslateUi();
}

PeersPanel::~PeersPanel() = default;

void PeersPanel::retranslateUi() {
  setWindowTitle(tr("Peers"));
  m_peersGroup->setTitle(tr("Peers on the network"));
  m_peers->setHeaderLabels({tr("Name"), tr("Pairing"), tr("Address"), tr("Device"), tr("Free memory"), tr("Speed"),
                            tr("Load"), tr("Last seen")});
  m_peers->setAccessibleName(tr("Peers"));
  m_loadBar->setAccessibleName(tr("Loading progress"));
  m_peers->setToolTip(tr("Computers running mdi-node. Tick a paired peer to let it run layers of the model."));
  m_addressLabel->setText(tr("&Address:"));
  m_address->setAccessibleName(tr("Peer address (host:port)"));
  m_add->setText(tr("A&dd"));
  m_add->setToolTip(tr("Add a peer by its address, for networks where it is not found on its own"));
  m_remove->setText(tr("&Remove"));
  m_remove->setToolTip(tr("Remove the peer added by hand"));
  m_codeLabel->setText(tr("Pairing c&ode:"));
  m_code->setAccessibleName(tr("Pairing code of the selected peer"));
  m_code->setToolTip(tr("The code mdi-node prints when it starts. It is checked with the peer and not kept."));
  m_pair->setText(tr("&Pair"));
  m_forget->setText(tr("Forget Pairin&g"));
  m_placementGroup->setTitle(tr("Layer placement"));
  m_placementLabel->setText(tr("P&lacement:"));
  m_placement->setItemText(0, tr("Automatic (planner)"));
  m_placement->setItemText(1, tr("This computer only"));
  m_placement->setAccessibleName(tr("Layer placement"));
  m_placement->setToolTip(tr("Automatic splits the layers between this computer and the peers in use by their speed "
                             "and free memory."));
  m_apply->setText(tr("Appl&y and Reload"));
  m_apply->setToolTip(tr("Reload the model with this placement and the peers in use"));
  m_plan->setHeaderLabels({tr("Layers"), tr("Runs on"), tr("Speed"), tr("Memory")});
  m_plan->setAccessibleName(tr("Plan: which layers run where"));
  m_plan->setToolTip(tr("The decoder layers of each stage and where they run. This computer always runs the vision "
                        "tower, the embedding and the head."));
  m_plan->headerItem()->setToolTip(StageSpeedColumn,
                                   tr("Token rows the stage computes per second of work, since the model was loaded"));
  m_plan->headerItem()->setToolTip(StageMemoryColumn, tr("Weights and key/value caches the stage holds"));
  if (m_discovery && m_discovery->isListening())
    m_discoveryStatus->setText(tr("Looking for peers on the local network. Start mdi-node on another computer, or "
                                  "add one by its address."));
  else if (!m_discoveryError.isEmpty())
    m_discoveryStatus->setText(tr("Discovery is off: %1").arg(m_discoveryError));
  else
    m_discoveryStatus->setText(tr("Discovery is off. Add peers by their address."));
  rebuildPeers();
  showPlan();
}

void PeersPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  else if (event->type() == QEvent::PaletteChange)
    applyColours();
  QDockWidget::changeEvent(event);
}

void PeersPanel::showEvent(QShowEvent *event) {
  QDockWidget::showEvent(event);
  refreshStats();
  m_statsTimer.start();
}

void PeersPanel::hideEvent(QHideEvent *event) {
  QDockWidget::hideEvent(event);
  m_statsTimer.stop();
}

Status PeersPanel::startDiscovery(const DiscoveryService::Options &options) {
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
  retranslateUi();
  return listening;
}

bool PeersPanel::waitingForPeers() const {
  if (!m_discovery || !m_discovery->isListening() || !m_discoveryClock.isValid() ||
      m_discoveryClock.elapsed() >= kDiscoveryGraceMs || m_settings.peerPlacement() != kAutomatic)
    return false;
  for (const QString &nodeId : m_settings.usedPeers())
    if (m_paired.isPaired(nodeId) && !m_list->findNode(nodeId))
      return true;
  return false;
}

void PeersPanel::afterDiscovery(std::function<void()> then) {
  m_afterDiscovery = std::move(then);
  if (!waitingForPeers()) {
    runAfterDiscovery();
    return;
  }
  m_graceTimer.start(int(qMax<qint64>(1, kDiscoveryGraceMs - m_discoveryClock.elapsed())));
}

void PeersPanel::runAfterDiscovery() {
  m_graceTimer.stop();
  if (auto then = std::exchange(m_afterDiscovery, nullptr))
    then();
}

QString PeersPanel::displayName(const QString &nodeId) const {
  if (const auto peer = m_list->findNode(nodeId); peer && !peer->name.isEmpty())
    return peer->name;
  if (const auto it = m_described.constFind(nodeId); it != m_described.constEnd() && !it->name.isEmpty())
    return it->name;
  const QString stored = m_paired.name(nodeId);
  return stored.isEmpty() ? nodeId : stored;
}

QString PeersPanel::hostName(const QString &hostId) const {
  if (isLocalHost(hostId))
    return tr("this computer");
  const QString name = m_hostNames.value(hostId);
  return name.isEmpty() ? displayName(hostId) : name;
}

Expected<QString> PeersPanel::addAddress(const QString &hostAndPort) {
  auto id = m_list->addManual(hostAndPort);
  if (!id)
    return id;
  QStringList addresses = m_settings.peerAddresses();
  if (!addresses.contains(*id)) {
    addresses.append(*id);
    m_settings.setPeerAddresses(addresses);
    m_settings.sync();
  }
  if (const auto peer = m_list->find(*id); peer && peer->nodeId.isEmpty()) {
    for (const QString &nodeId : m_paired.nodeIds())
      if (m_paired.address(nodeId) == *id) {
        m_list->setNodeId(*id, nodeId);
        break;
      }
  }
  rebuildPeers();
  return id;
}

void PeersPanel::removeSelected() {
  const QString key = selectedKey();
  const auto peer = m_list->find(key);
  if (!peer || !peer->manual)
    return;
  QStringList addresses = m_settings.peerAddresses();
  addresses.removeAll(key);
  m_settings.setPeerAddresses(addresses);
  m_settings.sync();
  m_list->remove(key);
  showMessage(tr("Removed %1.").arg(key), false);
}

void PeersPanel::pair(const QString &peerId, const QString &code) {
  const auto peer = m_list->find(peerId);
  if (!peer) {
    showMessage(tr("Choose the peer to pair with in the list."), true);
    return;
  }
  if (!m_pairingPeer.isEmpty())
    return; // one check at a time; the button is disabled meanwhile
  const QString name = peer->nodeId.isEmpty() ? peer->displayName() : displayName(peer->nodeId);
  auto normalized = PairingKey::normalizeCode(code);
  if (!normalized) {
    const QString message = tr("Not paired with %1: %2").arg(name, normalized.error());
    showMessage(message, true);
    Q_EMIT pairingFinished(peerId, false, message);
    return;
  }
  PairingCheck::Request request;
  request.host = peer->host;
  request.port = peer->port;
  request.expectedNodeId = peer->nodeId;
  request.pairingCode = *normalized;
  request.identity = m_paired.localId();
  m_pairingPeer = peerId;
  showMessage(tr("Checking the code with %1…").arg(name), false);
  rebuildPeers();
  auto *watcher = new QFutureWatcher<PairingOutcome>(this);
  connect(watcher, &QFutureWatcher<PairingOutcome>::finished, this, [this, watcher, peerId] {
    watcher->deleteLater();
    onPairingDone(peerId, watcher->result());
  });
  watcher->setFuture(QtConcurrent::run([request] {
    PairingOutcome outcome;
    auto result = PairingCheck::run(request);
    outcome.ok = result.hasValue();
    if (result)
      outcome.result = *result;
    else
      outcome.error = result.error();
    return outcome;
  }));
}

void PeersPanel::onPairingDone(const QString &peerId, const PairingOutcome &outcome) {
  m_pairingPeer.clear();
  const auto peer = m_list->find(peerId);
  const QString fallbackName = peer ? peer->displayName() : peerId;
  if (!outcome.ok) {
    const QString message = tr("Not paired with %1: %2").arg(fallbackName, outcome.error);
    showMessage(message, true);
    rebuildPeers();
    Q_EMIT pairingFinished(peerId, false, message);
    return;
  }
  const PeerDescription &node = outcome.result.node;
  const QString name = node.name.isEmpty() ? fallbackName : node.name;
  if (Status paired = m_paired.pairWithKey(node.nodeId, name, outcome.result.key); !paired) {
    showMessage(paired.error(), true);
    rebuildPeers();
    Q_EMIT pairingFinished(peerId, false, paired.error());
    return;
  }
  m_described.insert(node.nodeId, node);
  if (peer) {
    m_paired.setAddress(node.nodeId, peer->endpoint());
    if (peer->nodeId.isEmpty())
      m_list->setNodeId(peerId, node.nodeId);
  }
  if (!isUsed(node.nodeId))
    setUsed(node.nodeId, true); // a new pairing is for using the peer; unticking keeps it idle
  m_settings.sync();
  m_code->clear();
  const QString message = tr("Paired with %1. Apply and reload to run layers there.").arg(name);
  showMessage(message, false);
  rebuildPeers();
  Q_EMIT pairingFinished(peerId, true, message);
}

void PeersPanel::forgetPairing(const QString &nodeId) {
  if (!m_paired.isPaired(nodeId))
    return;
  const QString name = displayName(nodeId);
  setUsed(nodeId, false);
  m_paired.forget(nodeId);
  m_settings.sync();
  showMessage(tr("Forgot the pairing with %1. Its code is needed to pair again.").arg(name), false);
  rebuildPeers();
}

bool PeersPanel::isUsed(const QString &nodeId) const {
  return m_settings.usedPeers().contains(nodeId);
}

void PeersPanel::setUsed(const QString &nodeId, bool used) {
  QStringList ids = m_settings.usedPeers();
  if (ids.contains(nodeId) == used)
    return;
  if (used)
    ids.append(nodeId);
  else
    ids.removeAll(nodeId);
  m_settings.setUsedPeers(ids);
  m_settings.sync();
  rebuildPeers();
}

void PeersPanel::onItemChanged(QTreeWidgetItem *item, int column) {
  if (m_updatingRows || column != NameColumn)
    return;
  const QString nodeId = item->data(NameColumn, kNodeRole).toString();
  if (!m_paired.isPaired(nodeId))
    return;
  const bool used = item->checkState(NameColumn) == Qt::Checked;
  if (used == isUsed(nodeId))
    return;
  setUsed(nodeId, used);
  showMessage(used ? tr("%1 will run layers after Apply and Reload.").arg(displayName(nodeId))
                   : tr("%1 will not be used after Apply and Reload.").arg(displayName(nodeId)),
              false);
}

void PeersPanel::onPeerSeen(const QString &id) {
  if (const auto peer = m_list->find(id); peer && m_paired.isPaired(peer->nodeId) && !peer->manual)
    m_paired.setAddress(peer->nodeId, peer->endpoint());
  rebuildPeers();
  if (m_afterDiscovery && !waitingForPeers())
    runAfterDiscovery();
}

QTreeWidgetItem *PeersPanel::rowFor(const QString &key) const {
  for (int i = 0; i < m_peers->topLevelItemCount(); ++i) {
    QTreeWidgetItem *item = m_peers->topLevelItem(i);
    if (item->data(NameColumn, kKeyRole).toString() == key)
      return item;
  }
  return nullptr;
}

void PeersPanel::rebuildPeers() {
  struct Row {
    QString key;
    std::optional<DiscoveredPeer> peer;
    QString nodeId;
  };
  QList<Row> rows;
  const QList<DiscoveredPeer> peers = m_list->peers();
  for (const DiscoveredPeer &peer : peers)
    rows.append({peer.id, peer, peer.nodeId});
  for (const QString &nodeId : m_paired.nodeIds())
    if (!m_list->findNode(nodeId))
      rows.append({kPairedPrefix + nodeId, std::nullopt, nodeId});

  m_updatingRows = true;
  for (int i = m_peers->topLevelItemCount() - 1; i >= 0; --i) {
    const QString key = m_peers->topLevelItem(i)->data(NameColumn, kKeyRole).toString();
    if (std::none_of(rows.cbegin(), rows.cend(), [&key](const Row &row) { return row.key == key; }))
      delete m_peers->takeTopLevelItem(i);
  }
  for (int i = 0; i < rows.size(); ++i) {
    const Row &row = rows.at(i);
    QTreeWidgetItem *item = rowFor(row.key);
    if (!item) {
      item = new QTreeWidgetItem;
      item->setData(NameColumn, kKeyRole, row.key);
      m_peers->insertTopLevelItem(i, item);
    } else if (m_peers->indexOfTopLevelItem(item) != i) {
      const bool current = m_peers->currentItem() == item;
      m_peers->insertTopLevelItem(i, m_peers->takeTopLevelItem(m_peers->indexOfTopLevelItem(item)));
      if (current)
        m_peers->setCurrentItem(item);
    }
    fillRow(item, row.peer ? &*row.peer : nullptr, row.nodeId);
  }
  m_updatingRows = false;
  updateButtons();
}

void PeersPanel::fillRow(QTreeWidgetItem *item, const DiscoveredPeer *peer, const QString &nodeId) {
  const QLocale locale;
  const bool paired = m_paired.isPaired(nodeId);
  const auto described = m_described.constFind(nodeId);
  const PeerDescription *node = described != m_described.constEnd() ? &*described : nullptr;

  // What the node calls itself, else what it was called when paired, else where it is.
  QString name = peer ? peer->name : QString();
  if (name.isEmpty() && node)
    name = node->name;
  if (name.isEmpty())
    name = m_paired.name(nodeId);
  if (name.isEmpty())
    name = peer ? peer->id : nodeId;
  item->setData(NameColumn, kNodeRole, nodeId);
  item->setText(NameColumn, name);
  item->setToolTip(NameColumn, nodeId.isEmpty() ? name : tr("%1\nnode id %2").arg(name, nodeId));
  const QString stored = m_paired.address(nodeId);
  item->setText(AddressColumn, peer ? peer->endpoint() : (stored.isEmpty() ? dash() : stored));
  QString device = peer ? peer->device : QString();
  if (device.isEmpty() && node)
    device = node->device;
  item->setText(DeviceColumn, device.isEmpty() ? dash() : device);
  qint64 memory = peer ? peer->freeMemoryBytes : 0;
  if (memory <= 0 && node)
    memory = node->freeMemoryBytes;
  item->setText(MemoryColumn, memory > 0 ? locale.formattedDataSize(memory) : tr("not reported"));
  double speed = peer ? peer->speed : 0;
  if (speed <= 0 && node)
    speed = node->speed;
  item->setText(SpeedColumn, speed > 0 ? tr("%1 GB/s").arg(locale.toString(speed, 'f', 1)) : tr("not measured"));
  const bool heard = peer && peer->lastSeenMs >= 0;
  item->setText(LoadColumn, heard ? tr("%1%").arg(qRound(peer->load * 100)) : dash());
  QString seen;
  if (!peer) {
    seen = tr("not on the network");
  } else if (!heard) {
    seen = peer->manual ? tr("added by hand") : tr("not yet");
  } else {
    const qint64 seconds = qMax<qint64>(0, (m_list->clockMs() - peer->lastSeenMs) / 1000);
    seen = seconds < 2
               ? tr("just now")
               : (seconds < 120 ? tr("%n s ago", nullptr, int(seconds)) : tr("%n min ago", nullptr, int(seconds / 60)));
  }
  item->setText(SeenColumn, seen);
  QString pairing = paired ? tr("Paired") : tr("Not paired");
  if (peer && !peer->isCompatible())
    pairing = tr("Incompatible (protocol %1)").arg(peer->protocolVersion);
  else if (m_pairingPeer == item->data(NameColumn, kKeyRole).toString())
    pairing = tr("Checking…");
  item->setText(PairColumn, pairing);

  Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  if (paired) {
    item->setFlags(flags | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, isUsed(nodeId) ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(PairColumn, tr("Tick the name to run layers of the model on %1.").arg(name));
  } else {
    item->setFlags(flags);
    item->setData(NameColumn, Qt::CheckStateRole, QVariant());
    item->setToolTip(PairColumn, tr("Select it and enter the pairing code that mdi-node shows there."));
  }
}

QString PeersPanel::selectedKey() const {
  const QTreeWidgetItem *item = m_peers->currentItem();
  return item ? item->data(NameColumn, kKeyRole).toString() : QString();
}

QString PeersPanel::selectedNodeId() const {
  const QTreeWidgetItem *item = m_peers->currentItem();
  return item ? item->data(NameColumn, kNodeRole).toString() : QString();
}

void PeersPanel::updateButtons() {
  const auto peer = m_list->find(selectedKey());
  m_pair->setEnabled(peer && m_pairingPeer.isEmpty() && !m_code->text().trimmed().isEmpty());
  m_code->setEnabled(m_pairingPeer.isEmpty());
  m_forget->setEnabled(m_paired.isPaired(selectedNodeId()));
  m_remove->setEnabled(peer && peer->manual);
  m_add->setEnabled(!m_address->text().trimmed().isEmpty());
}

void PeersPanel::showMessage(const QString &text, bool error) {
  m_message->setText(text);
  m_messageIsError = error;
  applyColours();
  m_message->setAccessibleDescription(text);
  m_message->setVisible(!text.isEmpty());
}

Status PeersPanel::configureLoad(EngineLoadOptions &options) {
  m_requestedPlan = Plan();
  m_hostNames.clear();
  m_leftOut.clear();
  m_planError.clear();
  auto config = ModelConfig::loadFromDirectory(options.directory);
  if (!config)
    return Status::ok(); // the load itself says what is wrong with the folder
  const int layers = config->text.numLayers;
  m_requestedPlan = Plan::evenSplit(layers, 1);
  if (m_settings.peerPlacement() != kAutomatic)
    return Status::ok();

  QList<RemotePeer> peers;
  QList<HostDescription> hosts;
  for (const QString &nodeId : m_settings.usedPeers()) {
    const QByteArray key = m_paired.key(nodeId);
    if (key.isEmpty())
      continue;
    const QString name = displayName(nodeId);
    RemotePeer peer;
    peer.hostId = nodeId;
    peer.nodeId = nodeId;
    peer.key = key;
    peer.identity = m_paired.localId();
    HostDescription host;
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
    if (const auto it = m_described.constFind(nodeId); it != m_described.constEnd()) {
      if (host.freeMemoryBytes <= 0)
        host.freeMemoryBytes = it->freeMemoryBytes;
      if (host.speed <= 0)
        host.speed = it->speed;
    }
    peers.append(peer);
    hosts.append(host);
    m_hostNames.insert(nodeId, name);
  }
  if (peers.isEmpty())
    return Status::ok();

  HostDescription local;
  local.id = QStringLiteral("local");
  local.name = tr("this computer");
  qint64 available = ProcessMemory::systemAvailableBytes();
  if (available > 0 && m_engine.state() == Engine::State::Ready)
    available += m_engine.modelInfo().weightBytes; // freed before the new load
  local.freeMemoryBytes = available > 0 ? available : kUnknownMemoryBytes;
  PlannerOptions plannerOptions;
  plannerOptions.dtype = options.compute.dtype;
  auto plan = PeerPlacement::automatic(*config, local, hosts, plannerOptions);
  if (!plan) {
    m_requestedPlan = Plan();
    m_planError = tr("The layers cannot be placed: %1").arg(plan.error());
    showPlan();
    return makeError(m_planError);
  }
  options.plan = *plan;
  for (const RemotePeer &peer : std::as_const(peers))
    if (std::any_of(plan->stages.cbegin(), plan->stages.cend(),
                    [&peer](const StageAssignment &stage) { return stage.hostId == peer.hostId; }))
      options.peers.append(peer);
  m_requestedPlan = *plan;
  return Status::ok();
}

void PeersPanel::onEngineState(Engine::State state) {
  m_demo = false;
  if (state == Engine::State::Loading) {
    m_shownPlan = m_requestedPlan;
    m_shipped = -1;
    m_loadProgress.reset();
  } else if (state == Engine::State::Unloaded) {
    m_shownPlan = Plan();
    m_shipped = -1;
  }
  showPlan();
  Q_EMIT planChanged();
}

void PeersPanel::onModelLoaded(const EngineModelInfo &info) {
  m_shownPlan = m_engine.currentPlan();
  if (m_shownPlan.stages.isEmpty()) {
    auto parsed = Plan::parse(info.plan, info.layers);
    m_shownPlan = parsed ? *parsed : Plan();
  }
  m_shipped = info.weightBytesShipped;
  m_planError.clear();
  showPlan();
  Q_EMIT planChanged();
}

void PeersPanel::onLoadFailed(const QString &error) {
  m_planError = error;
  m_shownPlan = Plan();
  showPlan();
  Q_EMIT planChanged();
}

void PeersPanel::onLoadProgress(const LoadProgress &progress) {
  if (m_engine.state() != Engine::State::Loading)
    return;
  m_loadProgress = progress;
  showPlan();
}

void PeersPanel::onPlanMoved() {
  // A failover moved a lost peer's layers to another peer in the plan or to this computer.
  if (m_engine.state() != Engine::State::Ready)
    return;
  m_shownPlan = m_engine.currentPlan();
  showPlan();
  Q_EMIT planChanged();
}

bool PeersPanel::planUsesPeers() const {
  return std::any_of(m_shownPlan.stages.cbegin(), m_shownPlan.stages.cend(),
                     [](const StageAssignment &stage) { return !isLocalHost(stage.hostId); });
}

QString PeersPanel::planSummary() const {
  QStringList parts;
  for (const StageAssignment &stage : m_shownPlan.stages)
    parts.append(tr("%1 on %2").arg(layersText(stage), hostName(stage.hostId)));
  return parts.isEmpty() ? QString() : tr("Layers %1").arg(parts.join(QStringLiteral(", ")));
}

void PeersPanel::refreshStats() {
  if (m_demo || m_engine.state() == Engine::State::Ready)
    showPlan();
  rebuildPeers(); // "last seen"
}

void PeersPanel::showDemoPlan(const Plan &plan, const QList<StageStats> &stats, qint64 shippedBytes) {
  m_demo = true;
  m_shownPlan = plan;
  m_demoStats = stats;
  m_shipped = shippedBytes;
  showPlan();
  Q_EMIT planChanged();
}

void PeersPanel::showPlan() {
  const QLocale locale;
  const bool ready = m_demo || m_engine.state() == Engine::State::Ready;
  const QList<StageStats> stats = m_demo ? m_demoStats : (ready ? m_engine.stageStats() : QList<StageStats>());
  const bool sameStages = stats.size() == m_shownPlan.stages.size();
  while (m_plan->topLevelItemCount() > m_shownPlan.stages.size())
    delete m_plan->takeTopLevelItem(m_plan->topLevelItemCount() - 1);
  for (qsizetype i = 0; i < m_shownPlan.stages.size(); ++i) {
    const StageAssignment &stage = m_shownPlan.stages.at(i);
    QTreeWidgetItem *item = m_plan->topLevelItem(int(i));
    if (!item) {
      item = new QTreeWidgetItem;
      m_plan->addTopLevelItem(item);
    }
    item->setText(LayersColumn, layersText(stage));
    item->setData(LayersColumn, Qt::UserRole, stage.hostId);
    item->setText(HostColumn, hostName(stage.hostId));
    QString speed = dash();
    QString memory = dash();
    if (sameStages) {
      const StageStats &s = stats.at(i);
      if (s.busyMs > 0 && s.tokens > 0)
        speed = tr("%1 tokens/s").arg(locale.toString(double(s.tokens) * 1000.0 / s.busyMs, 'f', 1));
      if (s.weightBytes + s.cacheBytes > 0)
        memory = locale.formattedDataSize(s.weightBytes + s.cacheBytes);
      item->setToolTip(HostColumn, s.host.isEmpty() ? hostName(stage.hostId) : s.host);
    }
    item->setText(StageSpeedColumn, speed);
    item->setText(StageMemoryColumn, memory);
  }

  QStringList lines;
  bool error = false;
  const bool peersInPlan = planUsesPeers();
  if (!m_planError.isEmpty()) {
    lines.append(m_planError);
    error = true;
  } else if (!m_demo && m_engine.state() == Engine::State::Loading && m_loadProgress) {
    lines.append(m_loadProgress->text()); // made here, so that it follows a change of language
  } else if (!m_demo && m_engine.state() == Engine::State::Loading) {
    lines.append(peersInPlan ? tr("Loading: the peers receive the weights of their layers (those they do not have "
                                  "cached yet)…")
                             : tr("Loading the model…"));
  } else if (ready) {
    if (!peersInPlan)
      lines.append(tr("Every layer runs on this computer."));
    else if (m_shipped > 0)
      lines.append(tr("Weights sent to peers while loading: %1").arg(locale.formattedDataSize(m_shipped)));
    else if (m_shipped == 0)
      lines.append(tr("No weights were sent while loading: the peers had them cached."));
  } else {
    lines.append(tr("No model is loaded."));
  }
  if (!m_leftOut.isEmpty())
    lines.append(tr("Not used (not found on the network): %1").arg(m_leftOut.join(QStringLiteral(", "))));
  m_planStatus->setText(lines.join(QLatin1Char('\n')));
  m_planIsError = error;
  const bool loading = !m_demo && m_engine.state() == Engine::State::Loading && m_planError.isEmpty();
  const double fraction = loading && m_loadProgress ? m_loadProgress->fraction() : -1;
  m_loadBar->showLoad(loading, fraction);
  applyColours();
}

void PeersPanel::applyColours() {
  // Errors in the theme's error colour; the rest inherits the palette (and follows a theme change).
  for (auto [label, error] : {std::pair{m_message, m_messageIsError}, std::pair{m_planStatus, m_planIsError}}) {
    QPalette palette;
    if (error)
      palette.setColor(QPalette::WindowText, Theme::errorText(this->palette()));
    label->setPalette(palette);
  }
}

} // namespace mdi
