#include "peers/peerspanel.h"

#include "common/theme.h"
#include "peers/peerentry.h"
#include "peers/peerroster.h"
#include "peers/planview.h"

#include <QComboBox>
#include <QEvent>
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

#include <algorithm>
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
constexpr int kKeyRole = Qt::UserRole;
constexpr int kNodeRole = Qt::UserRole + 1;

QString dash() {
  return QString(QChar(0x2014));
}

QLabel *wrappingLabel(QWidget *parent) {
  auto *label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

PlanView::Phase phaseOf(Engine::State state) {
  switch (state) {
  case Engine::State::Loading:
    return PlanView::Phase::Loading;
  case Engine::State::Ready:
    return PlanView::Phase::Ready;
  case Engine::State::Unloaded:
    break;
  }
  return PlanView::Phase::Unloaded;
}

} // namespace

PeersPanel::PeersPanel(Engine &engine, PeerRoster &roster, QWidget *parent) :
    QDockWidget(parent), m_engine(engine), m_roster(roster), m_peersGroup(new QGroupBox(this)),
    m_peers(new QTreeWidget(this)), m_discoveryStatus(wrappingLabel(this)), m_addressLabel(new QLabel(this)),
    m_address(new QLineEdit(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
    m_codeLabel(new QLabel(this)), m_code(new QLineEdit(this)), m_pair(new QPushButton(this)),
    m_forget(new QPushButton(this)), m_message(wrappingLabel(this)), m_placementGroup(new QGroupBox(this)),
    m_placementLabel(new QLabel(this)), m_placement(new QComboBox(this)), m_apply(new QPushButton(this)),
    m_planView(new PlanView([this](const QString &hostId) { return hostName(hostId); }, this)) {
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

  // The buttons that act on the selected peer sit under the table, so that each field has only
  // its own button beside it: in German or Japanese the fields keep room for a whole address.
  auto *selectedRow = new QHBoxLayout;
  selectedRow->addStretch(1);
  selectedRow->addWidget(m_remove);
  selectedRow->addWidget(m_forget);
  auto *peersLayout = new QGridLayout(m_peersGroup);
  peersLayout->addWidget(m_discoveryStatus, 0, 0, 1, 3);
  peersLayout->addWidget(m_peers, 1, 0, 1, 3);
  peersLayout->addLayout(selectedRow, 2, 0, 1, 3);
  peersLayout->addWidget(m_addressLabel, 3, 0);
  peersLayout->addWidget(m_address, 3, 1);
  peersLayout->addWidget(m_add, 3, 2);
  peersLayout->addWidget(m_codeLabel, 4, 0);
  peersLayout->addWidget(m_code, 4, 1);
  peersLayout->addWidget(m_pair, 4, 2);
  peersLayout->addWidget(m_message, 5, 0, 1, 3);
  peersLayout->setColumnStretch(1, 1);
  peersLayout->setRowStretch(1, 1);
  // Wide enough for what they are meant to hold.
  m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(m_address->placeholderText()) +
                             m_address->fontMetrics().averageCharWidth() * 4);
  m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(m_code->placeholderText()) +
                          m_code->fontMetrics().averageCharWidth() * 4);

  m_placement->setObjectName(QStringLiteral("placementBox"));
  m_placement->addItem(QString(), int(PeerRoster::Placement::Automatic));
  m_placement->addItem(QString(), int(PeerRoster::Placement::Local));
  m_placement->setCurrentIndex(qMax(0, m_placement->findData(int(m_roster.placement()))));
  m_placementLabel->setBuddy(m_placement);
  m_apply->setObjectName(QStringLiteral("applyPlacementButton"));

  // Apply on a row of its own: beside it the choice was cut in German.
  m_placement->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  auto *placementRow = new QHBoxLayout;
  placementRow->addWidget(m_placementLabel);
  placementRow->addWidget(m_placement, 1);
  auto *applyRow = new QHBoxLayout;
  applyRow->addStretch(1);
  applyRow->addWidget(m_apply);
  auto *placementLayout = new QVBoxLayout(m_placementGroup);
  placementLayout->addLayout(placementRow);
  placementLayout->addLayout(applyRow);
  placementLayout->addWidget(m_planView, 1);

  auto *content = new QWidget;
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(8, 4, 8, 8);
  layout->addWidget(m_peersGroup, 3);
  layout->addWidget(m_placementGroup, 2);
  // Scrolls up and down when the dock is short; never sideways: the dock is at least as wide as
  // the panel needs (fitWidth()).
  m_scroll = new QScrollArea(this);
  m_scroll->setWidgetResizable(true);
  m_scroll->setFrameShape(QFrame::NoFrame);
  m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_scroll->setWidget(content);
  setWidget(m_scroll);

  connect(&m_roster, &PeerRoster::entriesChanged, this, &PeersPanel::rebuildPeers);
  connect(&m_roster, &PeerRoster::discoveryChanged, this, &PeersPanel::showDiscoveryState);
  connect(&m_roster, &PeerRoster::pairingFinished, this, &PeersPanel::onPairingFinished);
  connect(&m_roster, &PeerRoster::placementRequested, this, &PeersPanel::onPlacementRequested);
  connect(m_peers, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
  connect(m_peers, &QTreeWidget::itemChanged, this, &PeersPanel::onItemChanged);
  connect(m_address, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_code, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_add, &QPushButton::clicked, this, &PeersPanel::addTyped);
  connect(m_address, &QLineEdit::returnPressed, this, &PeersPanel::addTyped);
  connect(m_remove, &QPushButton::clicked, this, &PeersPanel::removeSelected);
  connect(m_pair, &QPushButton::clicked, this, &PeersPanel::pairTyped);
  connect(m_code, &QLineEdit::returnPressed, this, &PeersPanel::pairTyped);
  connect(m_forget, &QPushButton::clicked, this, &PeersPanel::forgetSelected);
  connect(m_placement, &QComboBox::currentIndexChanged, this,
          [this] { m_roster.setPlacement(PeerRoster::Placement(m_placement->currentData().toInt())); });
  connect(m_apply, &QPushButton::clicked, this, [this] {
    showMessage(QString(), false); // what it announced is being done
    Q_EMIT reloadRequested();
  });

  connect(&m_engine, &Engine::stateChanged, this, &PeersPanel::onEngineState);
  connect(&m_engine, &Engine::modelLoaded, this, &PeersPanel::onModelLoaded);
  connect(&m_engine, &Engine::loadFailed, this, &PeersPanel::onLoadFailed);
  connect(&m_engine, &Engine::loadProgress, this, &PeersPanel::onLoadProgress);
  connect(&m_engine, &Engine::peerLost, this, &PeersPanel::onPlanMoved);
  connect(&m_engine, &Engine::planChanged, this, &PeersPanel::onPlanMoved);

  m_statsTimer.setInterval(kStatsIntervalMs);
  connect(&m_statsTimer, &QTimer::timeout, this, &PeersPanel::refreshStats);

  retranslateUi();
  showPlan(Plan());
}

PeersPanel::~PeersPanel() = default;

void PeersPanel::retranslateUi() {
  setWindowTitle(tr("Peers"));
  m_peersGroup->setTitle(tr("Peers on the network"));
  m_peers->setHeaderLabels({tr("Name"), tr("Pairing"), tr("Address"), tr("Device"), tr("Free memory"), tr("Speed"),
                            tr("Load"), tr("Last seen")});
  m_peers->setAccessibleName(tr("Peers"));
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
  showDiscoveryState();
  rebuildPeers();
  m_planView->refresh(); // host names ("this computer")
  if (m_messageText)
    showMessage(m_messageText, m_messageIsError);
  fitWidth();
}

void PeersPanel::fitWidth() {
  if (!m_scroll || !m_scroll->widget())
    return;
  m_scroll->widget()->layout()->activate();
  const QStyle *style = m_scroll->style();
  const int scrollBar = style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
  m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() + scrollBar);
}

void PeersPanel::showDiscoveryState() {
  if (m_roster.isDiscovering())
    m_discoveryStatus->setText(tr("Looking for peers on the local network. Start mdi-node on another computer, or "
                                  "add one by its address."));
  else if (!m_roster.discoveryError().isEmpty())
    m_discoveryStatus->setText(tr("Discovery is off: %1").arg(m_roster.discoveryError()));
  else
    m_discoveryStatus->setText(tr("Discovery is off. Add peers by their address."));
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

QString PeersPanel::hostName(const QString &hostId) const {
  HostDescription host;
  host.id = hostId;
  if (host.isLocal())
    return tr("this computer");
  const QString name = m_roster.requestedHostName(hostId);
  return name.isEmpty() ? m_roster.displayName(hostId) : name;
}

void PeersPanel::addTyped() {
  auto id = m_roster.addAddress(m_address->text());
  if (!id) {
    showMessage(id.error(), true);
    return;
  }
  m_address->clear();
  selectEntry(*id);
  const QString key = *id;
  showMessage(
      [key] { return tr("Added %1. Enter the pairing code that mdi-node shows there to pair with it.").arg(key); },
      false);
}

void PeersPanel::removeSelected() {
  const QString key = selectedKey();
  if (Status removed = m_roster.removeAddress(key); !removed)
    showMessage(removed.error(), true);
  else
    showMessage([key] { return tr("Removed %1.").arg(key); }, false);
}

void PeersPanel::pairTyped() {
  if (!m_pair->isEnabled())
    return;
  const QString key = selectedKey();
  if (Status started = m_roster.pair(key, m_code->text()); !started) {
    showMessage(started.error(), true);
    return;
  }
  const auto entry = m_roster.entry(key);
  const QString name = entry ? entry->name : key;
  showMessage([name] { return tr("Checking the code with %1…").arg(name); }, false);
}

void PeersPanel::onPairingFinished(const QString &key, bool paired, const QString &message) {
  if (!paired) {
    showMessage(message, true); // the roster's reason (its language: it was made then)
    return;
  }
  m_code->clear();
  const auto entry = m_roster.entry(key);
  const QString name = entry ? entry->name : key;
  showMessage([name] { return tr("Paired with %1. Apply and reload to run layers there.").arg(name); }, false);
}

void PeersPanel::forgetSelected() {
  const QString nodeId = selectedNodeId();
  const QString name = m_roster.displayName(nodeId);
  if (Status forgotten = m_roster.forgetPairing(nodeId); !forgotten)
    showMessage(forgotten.error(), true);
  else
    showMessage([name] { return tr("Forgot the pairing with %1. Its code is needed to pair again.").arg(name); },
                false);
}

void PeersPanel::onItemChanged(QTreeWidgetItem *item, int column) {
  if (m_updatingRows || column != NameColumn)
    return;
  const QString nodeId = item->data(NameColumn, kNodeRole).toString();
  if (!m_roster.isPaired(nodeId))
    return;
  const bool used = item->checkState(NameColumn) == Qt::Checked;
  if (used == m_roster.isUsed(nodeId))
    return;
  m_roster.setUsed(nodeId, used);
  const QString name = m_roster.displayName(nodeId);
  showMessage(
      [used, name] {
        return used ? tr("%1 will run layers after Apply and Reload.").arg(name)
                    : tr("%1 will not be used after Apply and Reload.").arg(name);
      },
      false);
}

QTreeWidgetItem *PeersPanel::rowFor(const QString &key) const {
  for (int i = 0; i < m_peers->topLevelItemCount(); ++i) {
    QTreeWidgetItem *item = m_peers->topLevelItem(i);
    if (item->data(NameColumn, kKeyRole).toString() == key)
      return item;
  }
  return nullptr;
}

void PeersPanel::selectEntry(const QString &key) {
  if (QTreeWidgetItem *item = rowFor(key))
    m_peers->setCurrentItem(item);
}

void PeersPanel::rebuildPeers() {
  const QList<PeerEntry> entries = m_roster.entries();
  m_updatingRows = true;
  for (int i = m_peers->topLevelItemCount() - 1; i >= 0; --i) {
    const QString key = m_peers->topLevelItem(i)->data(NameColumn, kKeyRole).toString();
    if (std::none_of(entries.cbegin(), entries.cend(), [&key](const PeerEntry &entry) { return entry.key == key; }))
      delete m_peers->takeTopLevelItem(i);
  }
  // Rows are moved rather than recreated, so the selection and a half-typed code stay put.
  for (int i = 0; i < entries.size(); ++i) {
    const PeerEntry &entry = entries.at(i);
    QTreeWidgetItem *item = rowFor(entry.key);
    if (!item) {
      item = new QTreeWidgetItem;
      item->setData(NameColumn, kKeyRole, entry.key);
      m_peers->insertTopLevelItem(i, item);
    } else if (m_peers->indexOfTopLevelItem(item) != i) {
      const bool current = m_peers->currentItem() == item;
      m_peers->insertTopLevelItem(i, m_peers->takeTopLevelItem(m_peers->indexOfTopLevelItem(item)));
      if (current)
        m_peers->setCurrentItem(item);
    }
    fillRow(item, entry);
  }
  m_updatingRows = false;
  updateButtons();
}

void PeersPanel::fillRow(QTreeWidgetItem *item, const PeerEntry &entry) {
  const QLocale locale;
  item->setData(NameColumn, kNodeRole, entry.nodeId);
  item->setText(NameColumn, entry.name);
  item->setToolTip(NameColumn,
                   entry.nodeId.isEmpty() ? entry.name : tr("%1\nnode id %2").arg(entry.name, entry.nodeId));
  item->setText(AddressColumn, entry.address.isEmpty() ? dash() : entry.address);
  const bool heard = entry.lastSeenMs >= 0;
  const qint64 seconds = heard ? qMax<qint64>(0, (m_roster.clockMs() - entry.lastSeenMs) / 1000) : 0;
  // A node off the network or silent for a while is away: what it last said is history, not
  // what it has now (a dead node must not look paired and ready with its memory free).
  const bool away = !entry.onNetwork || (heard && seconds * 1000 >= kAwayMs);
  const QString memory =
      entry.freeMemoryBytes > 0 ? locale.formattedDataSize(entry.freeMemoryBytes) : tr("not reported");
  const QString speed = entry.speed > 0 ? tr("%1 GB/s").arg(locale.toString(entry.speed, 'f', 1)) : tr("not measured");
  const QString device = entry.device.isEmpty() ? dash() : entry.device;
  const QString load = heard ? tr("%1%").arg(qRound(entry.load * 100)) : dash();
  item->setText(DeviceColumn, away ? dash() : device);
  item->setText(MemoryColumn, away ? dash() : memory);
  item->setText(SpeedColumn, away ? dash() : speed);
  item->setText(LoadColumn, away ? dash() : load);
  for (int column : {DeviceColumn, MemoryColumn, SpeedColumn, LoadColumn}) {
    const QString last = column == DeviceColumn   ? device
                         : column == MemoryColumn ? memory
                         : column == SpeedColumn  ? speed
                                                  : load;
    item->setToolTip(column, away ? tr("Last reported: %1").arg(last) : QString());
  }
  QString seen;
  if (!entry.onNetwork) {
    seen = tr("not on the network");
  } else if (!heard) {
    seen = entry.manual ? tr("added by hand") : tr("not yet");
  } else {
    seen = seconds < 2
               ? tr("just now")
               : (seconds < 120 ? tr("%n s ago", nullptr, int(seconds)) : tr("%n min ago", nullptr, int(seconds / 60)));
  }
  item->setText(SeenColumn, seen);
  QString pairing = entry.paired ? (away ? tr("Paired, away") : tr("Paired")) : tr("Not paired");
  if (!entry.compatible)
    pairing = tr("Incompatible (protocol %1)").arg(entry.protocolVersion);
  else if (entry.pairing)
    pairing = tr("Checking…");
  item->setText(PairColumn, pairing);
  const QColor muted = Theme::mutedText(m_peers->palette());
  for (int column = 0; column <= SeenColumn; ++column)
    item->setForeground(column, away ? QBrush(muted) : QBrush());

  Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  if (entry.paired) {
    item->setFlags(flags | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, entry.used ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(PairColumn, tr("Tick the name to run layers of the model on %1.").arg(entry.name));
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
  const auto entry = m_roster.entry(selectedKey());
  const bool onNetwork = entry && entry->onNetwork;
  m_pair->setEnabled(onNetwork && !m_roster.isPairing() && !m_code->text().trimmed().isEmpty());
  m_code->setEnabled(!m_roster.isPairing());
  m_forget->setEnabled(m_roster.isPaired(selectedNodeId()));
  m_remove->setEnabled(onNetwork && entry->manual);
  m_add->setEnabled(!m_address->text().trimmed().isEmpty());
}

void PeersPanel::showMessage(const QString &text, bool error) {
  showMessage(
      text.isEmpty() ? std::function<QString()>() : [text] { return text; }, error);
}

void PeersPanel::showMessage(std::function<QString()> text, bool error) {
  m_messageText = std::move(text);
  const QString shown = m_messageText ? m_messageText() : QString();
  m_message->setText(shown);
  m_messageIsError = error;
  applyColours();
  m_message->setAccessibleDescription(shown);
  m_message->setVisible(!shown.isEmpty());
}

void PeersPanel::applyColours() {
  // Errors in the theme's error colour; otherwise the palette is inherited (and follows a theme change).
  QPalette palette;
  if (m_messageIsError)
    palette.setColor(QPalette::WindowText, Theme::errorText(this->palette()));
  m_message->setPalette(palette);
}

const Plan &PeersPanel::shownPlan() const {
  return m_planView->content().plan;
}

QString PeersPanel::planSummary() const {
  return m_planView->summary();
}

void PeersPanel::showPlan(const Plan &plan) {
  PlanView::Content content;
  content.phase = phaseOf(m_engine.state());
  content.plan = plan;
  if (content.phase == PlanView::Phase::Ready)
    content.stats = m_engine.stageStats();
  content.shippedBytes = m_shipped;
  if (content.phase == PlanView::Phase::Loading)
    content.progress = m_loadProgress;
  content.error = m_planError;
  content.leftOut = m_leftOut;
  m_planView->setContent(content);
}

void PeersPanel::onPlacementRequested() {
  m_planError = m_roster.placementError();
  m_leftOut = m_roster.leftOut();
  showPlan(m_roster.placementError().isEmpty() ? shownPlan() : Plan());
}

void PeersPanel::onEngineState(Engine::State state) {
  Plan plan = shownPlan();
  if (state == Engine::State::Loading) {
    plan = m_roster.requestedPlan();
    m_shipped = -1;
    m_loadProgress.reset();
  } else if (state == Engine::State::Unloaded) {
    plan = Plan();
    m_shipped = -1;
  }
  showPlan(plan);
  Q_EMIT planChanged();
}

void PeersPanel::onModelLoaded(const EngineModelInfo &info) {
  Plan plan = m_engine.currentPlan();
  if (plan.stages.isEmpty()) {
    auto parsed = Plan::parse(info.plan, info.layers);
    plan = parsed ? *parsed : Plan();
  }
  m_shipped = info.weightBytesShipped;
  m_planError.clear();
  showPlan(plan);
  Q_EMIT planChanged();
}

void PeersPanel::onLoadFailed(const QString &error) {
  m_planError = error;
  showPlan(Plan());
  Q_EMIT planChanged();
}

void PeersPanel::onLoadProgress(const LoadProgress &progress) {
  if (m_engine.state() != Engine::State::Loading)
    return;
  m_loadProgress = progress;
  showPlan(shownPlan());
}

void PeersPanel::onPlanMoved() {
  // A failover moved a lost peer's layers to another peer in the plan or to this computer.
  if (m_engine.state() != Engine::State::Ready)
    return;
  showPlan(m_engine.currentPlan());
  Q_EMIT planChanged();
}

void PeersPanel::refreshStats() {
  if (m_engine.state() == Engine::State::Ready)
    showPlan(shownPlan());
  rebuildPeers(); // "last seen"
}

} // namespace mdi
