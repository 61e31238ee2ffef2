#pragma once

#include "store/modelentry.h"

#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mdi {

class AppSettings;
class ModelDownloader;
struct DownloadProgress;

// The model manager: lists the checkpoints ModelRegistry finds (hub cache and the user's
// folders) with size, dtype, parameters, status and whether each fits in this computer's memory;
// the model in use (the settings' model folder) is marked, in bold, and selected; adds a folder; downloads
// Qwen2-VL-2B-Instruct (or another repository) from the hub base URL in the settings with a
// progress bar and a cancel button; "Use" accepts with the chosen folder (selectedDirectory()).
// When nothing usable is found it explains that first (the first-run flow).
class ModelManagerDialog : public QDialog {
  Q_OBJECT

public:
  static constexpr const char *kDefaultRepo = "Qwen/Qwen2-VL-2B-Instruct";
  static constexpr qint64 kDefaultRepoBytes = 4'430'000'000LL; // shown before the file list arrives

  // The columns of list().
  enum Column { NameColumn, SizeColumn, DtypeColumn, ParametersColumn, StatusColumn, MemoryColumn, ColumnCount };
  // Whether a model of `modelBytes` on disk fits in `memoryBytes` of memory (0: unknown): it
  // fits when it needs (weights and ~10 % for the context and the program) at most three
  // quarters, so the system and other programs keep room; tight up to all of it.
  enum class MemoryFit { Unknown, Fits, Tight, TooLarge };
  static MemoryFit memoryFit(qint64 modelBytes, qint64 memoryBytes);

  explicit ModelManagerDialog(AppSettings &settings, QWidget *parent = nullptr);
  ~ModelManagerDialog() override;

  // For tests: the hub cache to search and download into (default ModelRegistry's), the stall
  // timeout, and the repository the download button fetches.
  void setHubCacheDirectory(const QString &directory);
  void setRepository(const QString &repo, qint64 approximateBytes);
  // For tests: the computer's memory the Memory column compares with (default: the system's).
  void setSystemMemory(qint64 bytes);
  ModelDownloader *downloader() const { return m_downloader; }

  QString selectedDirectory() const { return m_selected; }
  QList<ModelEntry> entries() const { return m_entries; }

  QTreeWidget *list() const { return m_list; }
  QLabel *introLabel() const { return m_intro; }
  QLabel *statusLabel() const { return m_status; }
  QProgressBar *progressBar() const { return m_progress; }
  QPushButton *downloadButton() const { return m_download; }
  QPushButton *cancelButton() const { return m_cancel; }
  QPushButton *useButton() const { return m_use; }

public Q_SLOTS:
  void refresh();
  void startDownload();

Q_SIGNALS:
  // A download finished and validated (the dialog then selects it and accepts).
  void downloaded(const QString &directory);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void updateIntro();
  void addFolder();
  void useSelected();
  void updateButtons();
  void onProgress(const DownloadProgress &progress);
  void onFinished(const QString &directory);
  void onFailed(const QString &message);
  void setDownloading(bool downloading);
  // The Status and Memory columns' texts (again after a change of language).
  void describeItem(QTreeWidgetItem *item, const ModelEntry &entry);
  bool isActive(const ModelEntry &entry) const;

  AppSettings &m_settings;
  ModelDownloader *m_downloader;
  QString m_hubCache;
  QString m_repo;
  qint64 m_repoBytes;
  qint64 m_systemMemory;
  QList<ModelEntry> m_entries;
  QString m_selected;
  QLabel *m_intro;
  QTreeWidget *m_list;
  QLabel *m_status;
  QProgressBar *m_progress;
  QPushButton *m_download;
  QPushButton *m_cancel;
  QPushButton *m_addFolder;
  QPushButton *m_use;
  QPushButton *m_close;
  bool m_anyReady = false;
};

} // namespace mdi
