#include "store/modeldownloader.h"

#include "store/appsettings.h"
#include "store/modelregistry.h"
#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace mdi {

namespace {

QString sizeText(qint64 bytes) {
  return QLocale().formattedDataSize(bytes, 1);
}

// Path components percent-encoded, '/' kept.
QString encodedPath(const QString &path) {
  QStringList parts;
  for (const QString &p : path.split(QLatin1Char('/')))
    parts.append(QString::fromLatin1(QUrl::toPercentEncoding(p)));
  return parts.join(QLatin1Char('/'));
}

// The nearest existing folder at or above `path` (QStorageInfo needs one).
QString existingAncestor(QString path) {
  while (!path.isEmpty() && !QFileInfo(path).isDir()) {
    const QString up = QFileInfo(path).path();
    if (up == path)
      break;
    path = up;
  }
  return path;
}

} // namespace

struct ModelDownloader::FileHash {
  explicit FileHash(const HubFile &file) {
    if (file.isLfs())
      return;
    // git's blob id: sha1("blob <size>\0" + content); such files are small.
    sha1 = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha1);
    sha1->addData(QByteArray("blob ") + QByteArray::number(file.size) + QByteArray(1, '\0'));
  }
  void addData(QByteArrayView data) {
    if (sha1)
      sha1->addData(data);
    else
      sha256.addData(data);
  }
  QByteArray result() const { return sha1 ? sha1->result() : sha256.result(); }

  Sha256Hasher sha256;
  std::unique_ptr<QCryptographicHash> sha1;
};

ModelDownloader::ModelDownloader(QObject *parent) :
    QObject(parent), m_network(new QNetworkAccessManager(this)),
    m_baseUrl(QString::fromLatin1(AppSettings::kDefaultHubBaseUrl)), m_cacheDir(ModelRegistry::hubCacheDirectory()),
    m_token(QProcessEnvironment::systemEnvironment().value(QStringLiteral("HF_TOKEN"))) {
  qRegisterMetaType<mdi::DownloadProgress>();
  QNetworkProxyFactory::setUseSystemConfiguration(true);
  m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
  m_network->setStrictTransportSecurityEnabled(true);
}

ModelDownloader::~ModelDownloader() {
  ++m_generation;
  if (m_reply) {
    m_reply->disconnect(this);
    m_reply->abort();
  }
  m_part.close(); // an .incomplete file stays for the next start()
}

void ModelDownloader::setBaseUrl(const QString &url) {
  m_baseUrl = url.trimmed();
  while (m_baseUrl.endsWith(QLatin1Char('/')))
    m_baseUrl.chop(1);
}

void ModelDownloader::setCacheDirectory(const QString &directory) {
  m_cacheDir = QDir::cleanPath(QDir(directory).absolutePath());
}

QString ModelDownloader::repositoryDirectory() const {
  return m_repo.isEmpty() ? QString() : m_cacheDir + QLatin1Char('/') + ModelRegistry::repoFolderName(m_repo);
}

QString ModelDownloader::snapshotDirectory() const {
  return m_list.commit.isEmpty() ? QString() : repositoryDirectory() + QStringLiteral("/snapshots/") + m_list.commit;
}

QString ModelDownloader::blobPath(const HubFile &file) const {
  return repositoryDirectory() + QStringLiteral("/blobs/") + file.blobName();
}

qint64 ModelDownloader::bytesMissing(const QString &repoDir, const HubFileList &list) {
  qint64 missing = 0;
  for (const HubFile &f : list.files) {
    const QString blob = repoDir + QStringLiteral("/blobs/") + f.blobName();
    if (QFileInfo(blob).size() == f.size && QFileInfo::exists(blob))
      continue;
    const qint64 part = QFileInfo(blob + QStringLiteral(".incomplete")).size();
    missing += f.size - (part <= f.size ? part : 0);
  }
  return missing;
}

QNetworkReply *ModelDownloader::get(const QUrl &url, qint64 offset) {
  QNetworkRequest request(url);
  request.setTransferTimeout(m_stallTimeoutMs);
  // The bare version: the programs' applicationVersion() goes on with libtorch's and the licence.
  const QString version =
      QCoreApplication::applicationVersion().section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 0);
  request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("mdi-chat/%1").arg(version));
  request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
  if (offset > 0)
    request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
  if (!m_token.isEmpty() && url.host() == QUrl(m_baseUrl).host())
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
  return m_network->get(request);
}

void ModelDownloader::start(const QString &repo, const QString &revision) {
  if (m_running)
    return;
  ++m_generation;
  m_repo = repo.trimmed();
  m_revision = revision.trimmed().isEmpty() ? QStringLiteral("main") : revision.trimmed();
  m_list = HubFileList();
  m_running = true;
  m_cancelling = false;
  m_fileIndex = -1;
  m_doneBefore = 0;
  m_samples.clear();
  m_clock.start();
  m_lastEmitMs = -1;
  const QUrl url(m_baseUrl + QStringLiteral("/api/models/") + encodedPath(m_repo) + QStringLiteral("/revision/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(m_revision)) + QStringLiteral("?blobs=true"));
  if (!url.isValid() || url.host().isEmpty() || !m_repo.contains(QLatin1Char('/'))) {
    const QString message = tr("Cannot download \"%1\" from \"%2\": give a repository as organisation/name and an "
                               "http(s) base URL")
                                .arg(m_repo, m_baseUrl);
    QMetaObject::invokeMethod(
        this, [this, message] { fail(message); }, Qt::QueuedConnection);
    return;
  }
  m_reply = get(url, 0);
  connect(m_reply, &QNetworkReply::finished, this, &ModelDownloader::onFileList);
}

void ModelDownloader::cancel() {
  if (!m_running || m_cancelling)
    return;
  m_cancelling = true;
  if (m_reply) {
    // finished() follows and reports the cancellation. Aborted from the event loop, not from
    // within a caller that may itself run inside one of the reply's signals.
    QMetaObject::invokeMethod(
        this,
        [reply = m_reply] {
          if (reply)
            reply->abort();
        },
        Qt::QueuedConnection);
  } else {
    // Between requests (hashing a resumed file): stop here.
    ++m_generation;
    m_part.close();
    m_running = false;
    QMetaObject::invokeMethod(this, &ModelDownloader::cancelled, Qt::QueuedConnection);
  }
}

QString ModelDownloader::describeError(QNetworkReply *reply, const QString &url) const {
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  switch (status) {
  case 401:
    return tr("%1: 401 Unauthorized. The repository needs a login: set HF_TOKEN to an access token.").arg(url);
  case 403:
    return tr("%1: 403 Forbidden. Accept the model's licence on its hub page, or check that the access token "
              "(HF_TOKEN) may read it.")
        .arg(url);
  case 404:
    return tr("%1: 404 Not Found. Check the repository name and revision.").arg(url);
  case 416:
    return tr("%1: 416 Range Not Satisfiable.").arg(url);
  default:
    break;
  }
  if (status >= 400)
    return tr("%1: the server answered %2 %3")
        .arg(url)
        .arg(status)
        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
  switch (reply->error()) {
  case QNetworkReply::OperationCanceledError: // a transfer timeout aborts with this
  case QNetworkReply::TimeoutError:
    return tr("%1: timed out: no data for %2 s. Run the download again to resume it.")
        .arg(url)
        .arg(m_stallTimeoutMs / 1000.0, 0, 'g', 3);
  case QNetworkReply::HostNotFoundError:
  case QNetworkReply::ConnectionRefusedError:
  case QNetworkReply::NetworkSessionFailedError:
  case QNetworkReply::TemporaryNetworkFailureError:
  case QNetworkReply::UnknownNetworkError:
  case QNetworkReply::ProxyConnectionRefusedError:
  case QNetworkReply::ProxyNotFoundError:
    return tr("%1: no network connection (%2)").arg(url, reply->errorString());
  case QNetworkReply::SslHandshakeFailedError:
    return tr("%1: the TLS certificate could not be verified (%2)").arg(url, reply->errorString());
  default:
    return tr("%1: %2").arg(url, reply->errorString());
  }
}

void ModelDownloader::fail(const QString &message) {
  ++m_generation;
  m_part.close();
  m_running = false;
  if (m_reply) {
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
  }
  Q_EMIT failed(message);
}

void ModelDownloader::onFileList() {
  QNetworkReply *reply = m_reply;
  m_reply = nullptr;
  reply->deleteLater();
  const QString url = reply->url().toString(QUrl::RemoveQuery);
  if (m_cancelling) {
    m_running = false;
    Q_EMIT cancelled();
    return;
  }
  if (reply->error() != QNetworkReply::NoError)
    return fail(describeError(reply, url));
  auto list = HubFileList::parse(reply->readAll(), url);
  if (!list)
    return fail(list.error());
  m_list = *list;
  m_list.repo = m_repo;
  Q_EMIT fileListReady(m_list);

  const QString repoDir = repositoryDirectory();
  for (const char *sub : {"blobs", "refs"}) {
    if (!QDir().mkpath(repoDir + QLatin1Char('/') + QLatin1String(sub)))
      return fail(tr("%1: cannot create the folder (permissions?)").arg(QDir::toNativeSeparators(repoDir)));
  }
  const qint64 missing = bytesMissing(repoDir, m_list);
  QStorageInfo storage(existingAncestor(repoDir));
  storage.refresh();
  const qint64 reserve = 64LL << 20;
  if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < missing + reserve)
    return fail(tr("Not enough disk space in %1: the download needs %2, %3 are free.")
                    .arg(QDir::toNativeSeparators(storage.rootPath()), sizeText(missing + reserve),
                         sizeText(storage.bytesAvailable())));
  m_fileIndex = -1;
  m_doneBefore = 0;
  nextFile();
}

void ModelDownloader::nextFile() {
  ++m_fileIndex;
  if (m_fileIndex >= m_list.files.size()) {
    // refs/<revision> = commit (as huggingface_hub writes it; not for a commit hash itself).
    if (m_revision != m_list.commit) {
      QSaveFile ref(repositoryDirectory() + QStringLiteral("/refs/") + m_revision);
      QDir().mkpath(QFileInfo(ref.fileName()).path());
      if (!ref.open(QIODevice::WriteOnly) || ref.write(m_list.commit.toLatin1()) < 0 || !ref.commit())
        return fail(tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(ref.fileName()), ref.errorString()));
    }
    m_running = false;
    emitProgress(true);
    Q_EMIT finished(snapshotDirectory());
    return;
  }
  const HubFile &file = m_list.files.at(m_fileIndex);
  m_attempt = 0;
  Q_EMIT fileStarted(file.name, m_fileIndex + 1, int(m_list.files.size()));
  const QString blob = blobPath(file);
  if (QFileInfo::exists(blob) && QFileInfo(blob).size() == file.size) {
    finishFile();
    return;
  }
  requestFile();
}

void ModelDownloader::requestFile() {
  const HubFile &file = m_list.files.at(m_fileIndex);
  m_part.close();
  m_part.setFileName(blobPath(file) + QStringLiteral(".incomplete"));
  if (!m_part.open(QIODevice::ReadWrite))
    return fail(tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
  m_offset = m_part.size();
  if (m_offset > file.size) {
    m_part.resize(0);
    m_offset = 0;
  }
  m_received = m_offset;
  m_hash = std::make_shared<FileHash>(file);
  m_statusChecked = false;
  m_writeFailed = false;
  const QUrl url(m_baseUrl + QLatin1Char('/') + encodedPath(m_repo) + QStringLiteral("/resolve/") + m_list.commit +
                 QLatin1Char('/') + encodedPath(file.name));
  auto send = [this, url] {
    m_part.seek(m_offset);
    m_reply = get(url, m_offset);
    connect(m_reply, &QNetworkReply::readyRead, this, &ModelDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ModelDownloader::onFileFinished);
  };
  if (m_offset == 0) {
    send();
    return;
  }
  // Resuming: hash the bytes already there on a worker thread, then ask for the rest.
  const quint64 generation = m_generation;
  auto *watcher = new QFutureWatcher<bool>(this);
  connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, generation, send] {
    watcher->deleteLater();
    if (generation != m_generation)
      return;
    if (!watcher->result())
      return fail(tr("%1: cannot read the partial download").arg(QDir::toNativeSeparators(m_part.fileName())));
    send();
  });
  watcher->setFuture(QtConcurrent::run([path = m_part.fileName(), hash = m_hash, length = m_offset] {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
      return false;
    qint64 left = length;
    while (left > 0) {
      const QByteArray chunk = f.read(qMin<qint64>(left, 4 << 20));
      if (chunk.isEmpty())
        return false;
      hash->addData(chunk);
      left -= chunk.size();
    }
    return true;
  }));
}

void ModelDownloader::onReadyRead() {
  QNetworkReply *reply = m_reply;
  if (!reply)
    return;
  if (!m_statusChecked) {
    m_statusChecked = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_offset > 0) {
      // The server ignored the Range header: start the file over.
      m_part.resize(0);
      m_part.seek(0);
      m_offset = 0;
      m_received = 0;
      m_hash = std::make_shared<FileHash>(m_list.files.at(m_fileIndex));
    }
  }
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  if (!reply->isOpen())
    return;
  const QByteArray data = reply->readAll();
  if (status >= 300 || data.isEmpty() || m_writeFailed)
    return;
  if (m_part.write(data) != data.size()) {
    m_writeFailed = true;
    reply->abort();
    return;
  }
  m_hash->addData(data);
  const bool first = m_received == m_offset; // a file's first bytes: always shown
  m_received += data.size();
  emitProgress(first);
}

void ModelDownloader::onFileFinished() {
  QNetworkReply *reply = m_reply;
  if (!reply)
    return;
  onReadyRead(); // whatever is left in the buffer (also before an error: it is kept for resuming)
  m_reply = nullptr;
  reply->deleteLater();
  const HubFile &file = m_list.files.at(m_fileIndex);
  m_part.flush();
  const QString url = reply->url().toString();
  if (m_writeFailed) {
    const QString why = m_part.errorString();
    m_part.close();
    return fail(tr("%1: cannot write (%2; is the disk full?)").arg(QDir::toNativeSeparators(m_part.fileName()), why));
  }
  if (m_cancelling) {
    m_part.close();
    m_running = false;
    ++m_generation;
    Q_EMIT cancelled();
    return;
  }
  if (reply->error() != QNetworkReply::NoError) {
    emitProgress(true); // where it stopped
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && m_attempt + 1 < m_maxAttempts) {
      // The partial file is not a prefix the server knows: start over.
      ++m_attempt;
      m_part.resize(0);
      return requestFile();
    }
    return fail(describeError(reply, url));
  }
  if (m_received != file.size) {
    if (m_received > file.size || m_attempt + 1 >= m_maxAttempts) {
      m_part.resize(0);
      return fail(tr("%1: received %2 bytes, the hub lists %3").arg(url).arg(m_received).arg(file.size));
    }
    ++m_attempt;
    return requestFile(); // a short answer: continue where it stopped
  }
  const QString got = QString::fromLatin1(m_hash->result().toHex());
  const QString want = file.isLfs() ? file.sha256 : file.blobId;
  if (got != want) {
    m_part.resize(0);
    m_part.close();
    QFile::remove(m_part.fileName());
    if (++m_attempt < m_maxAttempts)
      return requestFile();
    return fail(tr("%1: the file is corrupt: its %2 is %3, the hub publishes %4 (tried %5 times)")
                    .arg(url, file.isLfs() ? QStringLiteral("SHA-256") : QStringLiteral("git blob id"), got, want)
                    .arg(m_maxAttempts));
  }
  m_part.close();
  const QString blob = blobPath(file);
  QFile::remove(blob);
  if (!QFile::rename(m_part.fileName(), blob))
    return fail(tr("%1: cannot move into place (%2)").arg(QDir::toNativeSeparators(blob), m_part.errorString()));
  finishFile();
}

void ModelDownloader::finishFile() {
  const HubFile &file = m_list.files.at(m_fileIndex);
  const QString link = snapshotDirectory() + QLatin1Char('/') + file.name;
  QDir().mkpath(QFileInfo(link).path());
  const QFileInfo linkInfo(link);
  if (linkInfo.exists() || linkInfo.isSymLink())
    QFile::remove(link);
#ifdef Q_OS_WIN
  // No symlinks without developer mode: huggingface_hub copies the blob then, so do we.
  const bool linked = QFile::copy(blobPath(file), link);
#else
  const int depth = int(file.name.count(QLatin1Char('/')));
  const QString target = QStringLiteral("../").repeated(depth + 2) + QStringLiteral("blobs/") + file.blobName();
  const bool linked = QFile::link(target, link);
#endif
  if (!linked)
    return fail(tr("%1: cannot create the link into blobs/").arg(QDir::toNativeSeparators(link)));
  m_doneBefore += file.size;
  m_received = 0;
  m_offset = 0;
  emitProgress(true);
  nextFile();
}

void ModelDownloader::emitProgress(bool force) {
  const qint64 now = m_clock.elapsed();
  if (!force && m_lastEmitMs >= 0 && now - m_lastEmitMs < 100)
    return;
  m_lastEmitMs = now;
  DownloadProgress p;
  p.bytesDone = m_doneBefore + m_received;
  p.bytesTotal = m_list.totalBytes();
  p.fileCount = int(m_list.files.size());
  p.fileIndex = qMin(m_fileIndex + 1, p.fileCount);
  if (m_fileIndex >= 0 && m_fileIndex < m_list.files.size())
    p.file = m_list.files.at(m_fileIndex).name;
  m_samples.append({now, p.bytesDone});
  while (m_samples.size() > 2 && now - m_samples.first().first > 5000)
    m_samples.removeFirst();
  const qint64 dt = now - m_samples.first().first;
  const qint64 db = p.bytesDone - m_samples.first().second;
  if (dt > 0 && db > 0) {
    p.bytesPerSecond = double(db) * 1000.0 / double(dt);
    p.secondsLeft = qint64(double(p.bytesTotal - p.bytesDone) / p.bytesPerSecond + 0.5);
  }
  Q_EMIT progress(p);
}

} // namespace mdi
