#pragma once

#include "store/downloadprogress.h"
#include "store/hubfilelist.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace mdi {

// Downloads a repository from the Hugging Face hub (or a mirror: the base URL) into the hub
// cache in the layout huggingface_hub writes, so its tools and ModelRegistry find the files:
//   models--<org>--<name>/blobs/<sha256 or git blob id>
//   models--<org>--<name>/snapshots/<commit>/<file> -> ../../blobs/<...> (relative symlinks)
//   models--<org>--<name>/refs/<revision> = <commit>
// Files arrive in blobs/<name>.incomplete and are hashed in chunks as they arrive (SHA-256 for
// LFS files, the git blob sha1 for the others); only a file whose hash matches the hub's is
// renamed into place. A download that stops (cancel, stall, lost network, the app quit) resumes
// from the .incomplete file's size with an HTTP Range request; a server that ignores Range
// makes it start over. A corrupted file is deleted and fetched again, up to maxAttempts times.
// Free space is checked before the first byte. Everything is asynchronous (QNetworkAccessManager
// on the calling thread; a resumed file's existing bytes are hashed on a worker thread). TLS
// peers are verified (Qt's default); the system proxy configuration is used; $HF_TOKEN, when
// set, is sent as a bearer token to the base URL's host.
class ModelDownloader : public QObject {
  Q_OBJECT

public:
  explicit ModelDownloader(QObject *parent = nullptr);
  ~ModelDownloader() override;

  void setBaseUrl(const QString &url); // default https://huggingface.co
  QString baseUrl() const { return m_baseUrl; }
  void setCacheDirectory(const QString &directory); // default ModelRegistry::hubCacheDirectory()
  QString cacheDirectory() const { return m_cacheDir; }
  // A request that receives nothing for this long fails with a timeout (default 30 s).
  void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
  // How often a file whose hash does not match is fetched before giving up (default 3).
  void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
  void setToken(const QString &token) { m_token = token; }

  // Starts downloading `repo` ("Qwen/Qwen2-VL-2B-Instruct") at `revision` (branch, tag or
  // commit). Ends in exactly one of finished, failed or cancelled.
  void start(const QString &repo, const QString &revision = QStringLiteral("main"));
  void cancel();
  bool isRunning() const { return m_running; }

  // The snapshot folder of the current or last download ("" before the file list arrived).
  QString snapshotDirectory() const;
  QString repositoryDirectory() const;
  const HubFileList &fileList() const { return m_list; }

  // Bytes the download still needs (files not in blobs/, less .incomplete parts), as checked
  // against free space before starting.
  static qint64 bytesMissing(const QString &repositoryDirectory, const HubFileList &list);

Q_SIGNALS:
  void fileListReady(const mdi::HubFileList &list);
  void fileStarted(const QString &name, int index, int count);
  void progress(const mdi::DownloadProgress &progress);
  void finished(const QString &snapshotDirectory);
  void failed(const QString &message);
  void cancelled();

private:
  void onFileList();
  void nextFile();
  void requestFile();
  void onReadyRead();
  void onFileFinished();
  void fail(const QString &message);
  void finishFile();
  QString describeError(QNetworkReply *reply, const QString &url) const;
  QString blobPath(const HubFile &file) const;
  void emitProgress(bool force);
  QNetworkReply *get(const QUrl &url, qint64 offset);

  QNetworkAccessManager *m_network;
  QString m_baseUrl;
  QString m_cacheDir;
  QString m_token;
  int m_stallTimeoutMs = 30000;
  int m_maxAttempts = 3;

  QString m_repo;
  QString m_revision;
  HubFileList m_list;
  bool m_running = false;
  bool m_cancelling = false;
  QPointer<QNetworkReply> m_reply;
  int m_fileIndex = -1;
  int m_attempt = 0;
  QFile m_part;
  qint64 m_offset = 0;   // bytes of the current file on disk when its request started
  qint64 m_received = 0; // bytes of the current file written so far (including m_offset)
  bool m_statusChecked = false;
  bool m_writeFailed = false;
  // The digest being computed of the current file (SHA-256 for LFS files, git's blob id else).
  struct FileHash;
  std::shared_ptr<FileHash> m_hash;
  qint64 m_doneBefore = 0;  // bytes of finished files (and skipped ones)
  quint64 m_generation = 0; // invalidates late callbacks of an earlier start()
  QElapsedTimer m_clock;
  qint64 m_lastEmitMs = -1;
  QList<QPair<qint64, qint64>> m_samples; // (ms, bytesDone) over the last few seconds
};

} // namespace mdi
