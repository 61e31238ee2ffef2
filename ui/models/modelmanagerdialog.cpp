#include "models/modelmanagerdialog.h"

#include "store/appsettings.h"
#include "store/modeldownloader.h"
#include "store/modelregistry.h"
#include "util/processmemory.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mdi {

namespace {

QString countText(qint64 n) {
  if (n >= 1'000'000'000)
    return QStringLiteral("%1 B").arg(double(n) / 1e9, 0, 'f', 2);
  if (n >= 1'000'000)
    return QStringLiteral("%1 M").arg(double(n) / 1e6, 0, 'f', 1);
  return QString::number(n);
}

} // namespace

ModelManagerDialog::ModelManagerDialog(AppSettings &settings, QWidget *parent) :
    QDialog(parent), m_settings(settings), m_downloader(new ModelDownloader(this)),
    m_hubCache(ModelRegistry::hubCacheDirectory()), m_repo(QLatin1String(kDefaultRepo)), m_repoBytes(kDefaultRepoBytes),
    m_systemMemory(ProcessMemory::systemTotalBytes()), m_intro(new QLabel(this)), m_list(new QTreeWidget(this)),
    m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_download(new QPushButton(this)),
    m_cancel(new QPushButton(this)), m_addFolder(new QPushButton(this)), m_use(new QPushButton(this)),
    m_close(new QPushButton(this)) {
  setObjectName(QStringLiteral("modelManagerDialog"));
  m_downloader->setBaseUrl(m_settings.value(AppSettings::HubBaseUrl));

  m_intro->setWordWrap(true);
  m_intro->setObjectName(QStringLiteral("modelManagerIntro"));
  m_list->setObjectName(QStringLiteral("modelList"));
  m_list->setRootIsDecorated(false);
  m_list->setColumnCount(ColumnCount);
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_status->setWordWrap(true);
  m_status->setObjectName(QStringLiteral("downloadStatus"));
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_progress->setRange(0, 1000);
  m_progress->hide();
  m_cancel->hide();
  m_download->setObjectName(QStringLiteral("downloadButton"));
  m_use->setDefault(true);

  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_download);
  buttons->addWidget(m_cancel);
  buttons->addWidget(m_addFolder);
  buttons->addStretch(1);
  buttons->addWidget(m_use);
  buttons->addWidget(m_close);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addWidget(m_list, 1);
  layout->addWidget(m_progress);
  layout->addWidget(m_status);
  layout->addLayout(buttons);

  connect(m_download, &QPushButton::clicked, this, &ModelManagerDialog::startDownload);
  connect(m_cancel, &QPushButton::clicked, m_downloader, &ModelDownloader::cancel);
  connect(m_addFolder, &QPushButton::clicked, this, &ModelManagerDialog::addFolder);
  connect(m_use, &QPushButton::clicked, this, &ModelManagerDialog::useSelected);
  connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ModelManagerDialog::updateButtons);
  connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ModelManagerDialog::useSelected);
  connect(m_downloader, &ModelDownloader::progress, this, &ModelManagerDialog::onProgress);
  connect(m_downloader, &ModelDownloader::finished, this, &ModelManagerDialog::onFinished);
  connect(m_downloader, &ModelDownloader::failed, this, &ModelManagerDialog::onFailed);
  connect(m_downloader, &ModelDownloader::cancelled, this, [this] {
    setDownloading(false);
    m_status->setText(tr("Download cancelled. Start it again to continue where it stopped."));
  });
  resize(760, 440);
  retranslateUi();
  refresh();
}

void ModelManagerDialog::retranslateUi() {
  setWindowTitle(tr("Models"));
  m_list->setAccessibleName(tr("Models found"));
  m_list->setHeaderLabels({tr("Model"), tr("Size"), tr("Dtype"), tr("Parameters"), tr("Status"), tr("Memory")});
  for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i)
    describeItem(m_list->topLevelItem(i), m_entries.at(i));
  m_progress->setAccessibleName(tr("Download progress"));
  m_cancel->setText(tr("Cancel Download"));
  m_addFolder->setText(tr("Add &Folder…"));
  m_use->setText(tr("&Use This Model"));
  m_close->setText(tr("Close"));
  setRepository(m_repo, m_repoBytes);
  updateIntro();
}

void ModelManagerDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QDialog::changeEvent(event);
}

ModelManagerDialog::~ModelManagerDialog() = default;

void ModelManagerDialog::setHubCacheDirectory(const QString &directory) {
  m_hubCache = directory;
  m_downloader->setCacheDirectory(directory);
  refresh();
}

void ModelManagerDialog::setRepository(const QString &repo, qint64 approximateBytes) {
  m_repo = repo;
  m_repoBytes = approximateBytes;
  m_download->setText(tr("&Download %1 (%2)")
                          .arg(repo.section(QLatin1Char('/'), -1), QLocale().formattedDataSize(approximateBytes, 1)));
  m_download->setAccessibleName(tr("Download %1").arg(repo));
}

void ModelManagerDialog::setSystemMemory(qint64 bytes) {
  m_systemMemory = bytes;
  refresh();
}

ModelManagerDialog::MemoryFit ModelManagerDialog::memoryFit(qint64 modelBytes, qint64 memoryBytes) {
  if (modelBytes <= 0 || memoryBytes <= 0)
    return MemoryFit::Unknown;
  const double needed = double(modelBytes) * 1.1;
  if (needed <= 0.75 * double(memoryBytes))
    return MemoryFit::Fits;
  if (needed <= double(memoryBytes))
    return MemoryFit::Tight;
  return MemoryFit::TooLarge;
}

bool ModelManagerDialog::isActive(const ModelEntry &entry) const {
  const QString active = m_settings.value(AppSettings::ModelDirectory);
  return !active.isEmpty() &&
         QDir::cleanPath(QDir(active).absolutePath()) == QDir::cleanPath(QDir(entry.directory).absolutePath());
}

void ModelManagerDialog::describeItem(QTreeWidgetItem *item, const ModelEntry &e) {
  const bool active = isActive(e);
  item->setText(StatusColumn, !e.isReady() ? tr("Broken") : active ? tr("In use") : tr("Ready"));
  item->setToolTip(StatusColumn, active ? tr("The model chat answers with (Settings > Model folder)") : e.reason);
  QFont font = m_list->font();
  font.setBold(active);
  for (int column = 0; column < ColumnCount; ++column)
    item->setFont(column, font);
  const QLocale locale;
  const QString needs = tr("Needs about %1 of memory; this computer has %2.")
                            .arg(locale.formattedDataSize(qint64(double(e.sizeBytes) * 1.1), 1),
                                 locale.formattedDataSize(m_systemMemory, 1));
  switch (memoryFit(e.sizeBytes, m_systemMemory)) {
  case MemoryFit::Unknown:
    item->setText(MemoryColumn, QString());
    item->setToolTip(MemoryColumn, QString());
    break;
  case MemoryFit::Fits:
    item->setText(MemoryColumn, tr("Fits"));
    item->setToolTip(MemoryColumn, needs);
    break;
  case MemoryFit::Tight:
    item->setText(MemoryColumn, tr("Tight"));
    item->setToolTip(MemoryColumn, needs + QLatin1Char(' ') +
                                       tr("Close other programs, or choose 8-bit or 4-bit precision in Settings."));
    break;
  case MemoryFit::TooLarge:
    item->setText(MemoryColumn, tr("Too large"));
    item->setToolTip(MemoryColumn,
                     needs + QLatin1Char(' ') + tr("Choose 4-bit precision in Settings, or put some layers on peers."));
    break;
  }
}

void ModelManagerDialog::refresh() {
  ModelRegistry registry;
  registry.setHubCacheDirectory(m_hubCache);
  registry.setUserFolders(m_settings.value(AppSettings::ModelFolders));
  m_entries = registry.scan();
  m_list->clear();
  m_anyReady = false;
  for (const ModelEntry &e : m_entries) {
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, e.name);
    item->setToolTip(0, QDir::toNativeSeparators(e.directory));
    item->setText(1, QLocale().formattedDataSize(e.sizeBytes, 1));
    item->setText(2, e.dtype);
    item->setText(3, e.parameters > 0 ? countText(e.parameters) : QString());
    describeItem(item, e);
    item->setData(0, Qt::UserRole, e.directory);
    item->setFlags(e.isReady() ? item->flags() : (item->flags() & ~Qt::ItemIsSelectable));
    // The model in use is selected, else the first that can be used.
    if (e.isReady() && (!m_anyReady || isActive(e)))
      m_list->setCurrentItem(item);
    m_anyReady = m_anyReady || e.isReady();
  }
  updateIntro();
  updateButtons();
}

void ModelManagerDialog::updateIntro() {
  m_intro->setText(m_anyReady ? tr("Choose the model to chat with, add a folder that holds one, or download one.")
                              : tr("No Qwen2-VL model was found on this computer. MDI Chat needs one to answer: "
                                   "download %1 (%2) from %3, or choose a folder that holds a checkpoint "
                                   "(config.json and *.safetensors).")
                                    .arg(m_repo, QLocale().formattedDataSize(m_repoBytes, 1),
                                         m_settings.value(AppSettings::HubBaseUrl)));
}

void ModelManagerDialog::updateButtons() {
  const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
  m_use->setEnabled(!selected.isEmpty() && !m_downloader->isRunning());
}

void ModelManagerDialog::addFolder() {
  const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose the Model Folder"), QDir::homePath());
  if (directory.isEmpty())
    return;
  QStringList folders = m_settings.value(AppSettings::ModelFolders);
  folders.append(directory);
  m_settings.setValue(AppSettings::ModelFolders, folders);
  m_settings.sync();
  refresh();
  for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
    QTreeWidgetItem *item = m_list->topLevelItem(i);
    if (QDir(item->data(0, Qt::UserRole).toString()) == QDir(directory) && (item->flags() & Qt::ItemIsSelectable))
      m_list->setCurrentItem(item);
  }
}

void ModelManagerDialog::useSelected() {
  const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
  if (selected.isEmpty() || m_downloader->isRunning())
    return;
  m_selected = selected.first()->data(0, Qt::UserRole).toString();
  accept();
}

void ModelManagerDialog::startDownload() {
  if (m_downloader->isRunning())
    return;
  m_downloader->setBaseUrl(m_settings.value(AppSettings::HubBaseUrl));
  m_status->setText(tr("Asking %1 for the files of %2…").arg(m_settings.value(AppSettings::HubBaseUrl), m_repo));
  m_progress->setValue(0);
  setDownloading(true);
  m_downloader->start(m_repo);
}

void ModelManagerDialog::setDownloading(bool downloading) {
  m_progress->setVisible(downloading || m_progress->value() > 0);
  m_cancel->setVisible(downloading);
  m_download->setEnabled(!downloading);
  m_addFolder->setEnabled(!downloading);
  updateButtons();
}

void ModelManagerDialog::onProgress(const DownloadProgress &p) {
  if (p.bytesTotal > 0)
    m_progress->setValue(int(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
  const QLocale locale;
  QString text =
      tr("%1 of %2").arg(locale.formattedDataSize(p.bytesDone, 1), locale.formattedDataSize(p.bytesTotal, 1));
  if (p.bytesPerSecond > 0)
    text += tr(", %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond), 1));
  if (p.secondsLeft >= 0)
    text += tr(", about %1 s left").arg(p.secondsLeft);
  if (!p.file.isEmpty())
    text += tr(" — %1 (file %2 of %3)").arg(p.file).arg(p.fileIndex).arg(p.fileCount);
  m_status->setText(text);
}

void ModelManagerDialog::onFinished(const QString &directory) {
  setDownloading(false);
  m_progress->setValue(1000);
  refresh();
  const ModelEntry entry = ModelRegistry::inspect(directory);
  if (!entry.isReady()) {
    m_status->setText(tr("The download finished but the model cannot be used: %1").arg(entry.reason));
    return;
  }
  m_status->setText(tr("Downloaded to %1.").arg(QDir::toNativeSeparators(directory)));
  m_selected = directory;
  Q_EMIT downloaded(directory);
  accept();
}

void ModelManagerDialog::onFailed(const QString &message) {
  setDownloading(false);
  m_status->setText(tr("Download failed: %1").arg(message));
}

} // namespace mdi
