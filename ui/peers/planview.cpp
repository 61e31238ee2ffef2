#include "peers/planview.h"

#include "common/theme.h"
#include "models/loadprogressbar.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mdi {

namespace {

enum PlanColumn { LayersColumn, HostColumn, StageSpeedColumn, StageMemoryColumn };

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

} // namespace

PlanView::PlanView(std::function<QString(const QString &)> hostName, QWidget *parent) :
    QWidget(parent), m_hostName(std::move(hostName)), m_table(new QTreeWidget(this)), m_status(new QLabel(this)),
    m_loadBar(new LoadProgressBar(this)) {
  m_table->setObjectName(QStringLiteral("planTable"));
  m_table->setRootIsDecorated(false);
  m_table->setUniformRowHeights(true);
  m_table->setColumnCount(StageMemoryColumn + 1);
  m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->header()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
  m_table->setMinimumHeight(fontMetrics().lineSpacing() * 5);
  m_status->setObjectName(QStringLiteral("placementStatus"));
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_loadBar->setObjectName(QStringLiteral("placementLoadProgress"));
  m_loadBar->setTextVisible(false);
  m_loadBar->hide();

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_status);
  layout->addWidget(m_loadBar);
  retranslateUi();
}

void PlanView::retranslateUi() {
  m_loadBar->setAccessibleName(tr("Loading progress"));
  m_table->setHeaderLabels({tr("Layers"), tr("Runs on"), tr("Speed"), tr("Memory")});
  m_table->setAccessibleName(tr("Plan: which layers run where"));
  m_table->setToolTip(tr("The decoder layers of each stage and where they run. This computer always runs the vision "
                         "tower, the embedding and the head."));
  m_table->headerItem()->setToolTip(StageSpeedColumn,
                                    tr("Token rows the stage computes per second of work, since the model was loaded"));
  m_table->headerItem()->setToolTip(StageMemoryColumn, tr("Weights and key/value caches the stage holds"));
  refresh();
}

void PlanView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  else if (event->type() == QEvent::PaletteChange)
    applyColours();
  QWidget::changeEvent(event);
}

void PlanView::setContent(const Content &content) {
  m_content = content;
  refresh();
}

bool PlanView::usesPeers() const {
  return std::any_of(m_content.plan.stages.cbegin(), m_content.plan.stages.cend(),
                     [](const StageAssignment &stage) { return !isLocalHost(stage.hostId); });
}

QString PlanView::summary() const {
  QStringList parts;
  for (const StageAssignment &stage : m_content.plan.stages)
    parts.append(tr("%1 on %2").arg(layersText(stage), m_hostName(stage.hostId)));
  return parts.isEmpty() ? QString() : tr("Layers %1").arg(parts.join(QStringLiteral(", ")));
}

void PlanView::refresh() {
  const QLocale locale;
  const Plan &plan = m_content.plan;
  const bool ready = m_content.phase == Phase::Ready;
  const bool loading = m_content.phase == Phase::Loading;
  // Statistics of another plan (a failover in between) would be put on the wrong rows.
  const bool sameStages = ready && m_content.stats.size() == plan.stages.size();
  while (m_table->topLevelItemCount() > plan.stages.size())
    delete m_table->takeTopLevelItem(m_table->topLevelItemCount() - 1);
  for (qsizetype i = 0; i < plan.stages.size(); ++i) {
    const StageAssignment &stage = plan.stages.at(i);
    QTreeWidgetItem *item = m_table->topLevelItem(int(i));
    if (!item) {
      item = new QTreeWidgetItem;
      m_table->addTopLevelItem(item);
    }
    item->setText(LayersColumn, layersText(stage));
    item->setData(LayersColumn, Qt::UserRole, stage.hostId);
    item->setText(HostColumn, m_hostName(stage.hostId));
    QString speed = dash();
    QString memory = dash();
    if (sameStages) {
      const StageStats &s = m_content.stats.at(i);
      if (s.busyMs > 0 && s.tokens > 0)
        speed = tr("%1 tokens/s").arg(locale.toString(double(s.tokens) * 1000.0 / s.busyMs, 'f', 1));
      if (s.weightBytes + s.cacheBytes > 0)
        memory = locale.formattedDataSize(s.weightBytes + s.cacheBytes);
      item->setToolTip(HostColumn, s.host.isEmpty() ? m_hostName(stage.hostId) : s.host);
    }
    item->setText(StageSpeedColumn, speed);
    item->setText(StageMemoryColumn, memory);
  }

  QStringList lines;
  const bool error = !m_content.error.isEmpty();
  const bool peersInPlan = usesPeers();
  if (error) {
    lines.append(m_content.error);
  } else if (loading && m_content.progress) {
    lines.append(m_content.progress->text());
  } else if (loading) {
    lines.append(peersInPlan ? tr("Loading: the peers receive the weights of their layers (those they do not have "
                                  "cached yet)…")
                             : tr("Loading the model…"));
  } else if (ready) {
    if (!peersInPlan)
      lines.append(tr("Every layer runs on this computer."));
    else if (m_content.shippedBytes > 0)
      lines.append(tr("Weights sent to peers while loading: %1").arg(locale.formattedDataSize(m_content.shippedBytes)));
    else if (m_content.shippedBytes == 0)
      lines.append(tr("No weights were sent while loading: the peers had them cached."));
  } else {
    lines.append(tr("No model is loaded."));
  }
  if (!m_content.leftOut.isEmpty())
    lines.append(tr("Not used (not found on the network): %1").arg(m_content.leftOut.join(QStringLiteral(", "))));
  m_status->setText(lines.join(QLatin1Char('\n')));
  m_statusIsError = error;
  const double fraction = loading && !error && m_content.progress ? m_content.progress->fraction() : -1;
  m_loadBar->showLoad(loading && !error, fraction);
  applyColours();
}

void PlanView::applyColours() {
  // Errors in the theme's error colour; otherwise the palette is inherited (and follows a theme change).
  QPalette palette;
  if (m_statusIsError)
    palette.setColor(QPalette::WindowText, Theme::errorText(this->palette()));
  m_status->setPalette(palette);
}

} // namespace mdi
