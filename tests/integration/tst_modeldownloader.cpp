#include "fakehubserver.h"
#include "fixtures.h"
#include "store/modeldownloader.h"
#include "store/modelregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mdi;
using mdi::test::FakeHubServer;
using mdi::test::Fixtures;

// ModelDownloader against FakeHubServer on 127.0.0.1 serving the fixture checkpoint as a hub
// repository: a full download, resuming after a stall, a corrupted file, 404/401, no server.
class TestModelDownloader : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;
  FakeHubServer m_hub;
  const QString m_repo = QStringLiteral("Qwen/Qwen2-VL-Tiny");
  int m_caches = 0;

  struct Outcome {
    QString kind; // "finished" | "failed" | "cancelled" | "" (nothing within the wait)
    QString text;
    QList<DownloadProgress> progress;
  };

  QString newCache() { return m_tmp.filePath(QStringLiteral("cache%1").arg(++m_caches)); }

  static Outcome run(ModelDownloader &d, const QString &repo, const QString &revision = QStringLiteral("main")) {
    Outcome o;
    QObject guard;
    QObject::connect(&d, &ModelDownloader::finished, &guard, [&o](const QString &dir) {
      o = {QStringLiteral("finished"), dir, o.progress};
    });
    QObject::connect(&d, &ModelDownloader::failed, &guard, [&o](const QString &m) {
      o = {QStringLiteral("failed"), m, o.progress};
    });
    QObject::connect(&d, &ModelDownloader::cancelled, &guard, [&o] {
      o = {QStringLiteral("cancelled"), {}, o.progress};
    });
    QObject::connect(&d, &ModelDownloader::progress, &guard, [&o](const DownloadProgress &p) { o.progress.append(p); });
    d.start(repo, revision);
    if (!QTest::qWaitFor([&o] { return !o.kind.isEmpty(); }, 120000))
      qWarning("no outcome within 120 s");
    return o;
  }

  ModelDownloader *make(const QString &cache) {
    auto *d = new ModelDownloader(this);
    d->setBaseUrl(m_hub.baseUrl());
    d->setCacheDirectory(cache);
    d->setStallTimeout(1500);
    d->setToken(QString());
    return d;
  }

  QString weightsPart(const QString &cache) const {
    const QByteArray data = Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors"));
    return cache + QLatin1Char('/') + ModelRegistry::repoFolderName(m_repo) + QStringLiteral("/blobs/") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    qputenv("no_proxy", "127.0.0.1,localhost");
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    m_hub.addFolder(m_repo, Fixtures::checkpointDir());
    m_hub.addFile(m_repo, QStringLiteral("sub dir/notes.txt"), "nested file with a space\n");
    QVERIFY(m_hub.listen());
  }

  void init() {
    m_hub.resetCounters();
    m_hub.stallFile.clear();
    m_hub.stallAfterBytes = -1;
    m_hub.statusFor.clear();
    m_hub.corruptFile.clear();
    m_hub.corruptTimes = 0;
    m_hub.rangeSupport = true;
  }

  void fullDownload() {
    const QString cache = newCache();
    ModelDownloader *d = make(cache);
    const Outcome o = run(*d, m_repo);
    QCOMPARE(o.kind, QStringLiteral("finished"));
    const QString commit = m_hub.commitOf(m_repo);
    const QString repoDir = cache + QStringLiteral("/models--Qwen--Qwen2-VL-Tiny");
    QCOMPARE(o.text, repoDir + QStringLiteral("/snapshots/") + commit);
    QCOMPARE(Fixtures::readFile(repoDir + QStringLiteral("/refs/main")), commit.toLatin1());
    // Every file: a relative symlink into blobs/ with the fixture's bytes; no .incomplete left.
    const QDir source(Fixtures::checkpointDir());
    for (const QString &name : source.entryList(QDir::Files)) {
      const QFileInfo link(o.text + QLatin1Char('/') + name);
      QVERIFY2(link.isSymLink(), qPrintable(name));
      QVERIFY(link.symLinkTarget().startsWith(repoDir + QStringLiteral("/blobs/")));
      QCOMPARE(Fixtures::readFile(link.filePath()), Fixtures::readFile(source.filePath(name)));
    }
    QCOMPARE(Fixtures::readFile(o.text + QStringLiteral("/sub dir/notes.txt")),
             QByteArray("nested file with a space\n"));
    QVERIFY(
        QDir(repoDir + QStringLiteral("/blobs")).entryList({QStringLiteral("*.incomplete")}, QDir::Files).isEmpty());
    QVERIFY(QFileInfo::exists(weightsPart(cache)));
    // Progress ends at the total.
    QVERIFY(!o.progress.isEmpty());
    QCOMPARE(o.progress.last().bytesDone, o.progress.last().bytesTotal);
    QCOMPARE(o.progress.last().bytesTotal, d->fileList().totalBytes());
    // The registry finds and validates it.
    ModelRegistry registry;
    registry.setHubCacheDirectory(cache);
    const QList<ModelEntry> found = registry.scan();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().isReady(), qPrintable(found.first().reason));
    QCOMPARE(found.first().refs, QStringList{QStringLiteral("main")});

    // A second run finds everything in place and downloads nothing.
    m_hub.resetCounters();
    QCOMPARE(run(*d, m_repo).kind, QStringLiteral("finished"));
    QCOMPARE(m_hub.bodyBytesSent(), 0);
  }

  void resumesAfterStall() {
    const QString cache = newCache();
    const qint64 size = QFileInfo(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")).size();
    m_hub.stallFile = QStringLiteral("model.safetensors");
    m_hub.stallAfterBytes = size / 3;
    {
      ModelDownloader *d = make(cache);
      const Outcome o = run(*d, m_repo);
      QCOMPARE(o.kind, QStringLiteral("failed"));
      QVERIFY2(o.text.contains(QStringLiteral("timed out")), qPrintable(o.text));
      QVERIFY2(o.text.contains(QStringLiteral("model.safetensors")), qPrintable(o.text));
      delete d; // as if the app quit
    }
    const QString part = weightsPart(cache) + QStringLiteral(".incomplete");
    const qint64 have = QFileInfo(part).size();
    QVERIFY(have > 0);
    QVERIFY(have <= size / 3);
    QVERIFY(!QFileInfo::exists(weightsPart(cache)));

    m_hub.stallAfterBytes = -1;
    m_hub.resetCounters();
    ModelDownloader *d = make(cache);
    const Outcome o = run(*d, m_repo);
    QCOMPARE(o.kind, QStringLiteral("finished"));
    // Only the weights were fetched again, from the byte the first run stopped at.
    const qsizetype i = m_hub.requestedPaths().indexOf(QRegularExpression(QStringLiteral(".*/model.safetensors$")));
    QVERIFY(i >= 0);
    QCOMPARE(m_hub.rangeHeaders().at(i), QStringLiteral("bytes=%1-").arg(have));
    QCOMPARE(m_hub.bodyBytesPerRequest().at(i), size - have);
    QVERIFY(!QFileInfo::exists(part));
    QCOMPARE(Fixtures::readFile(weightsPart(cache)),
             Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")));
    QVERIFY(ModelRegistry::inspect(o.text).isReady());
  }

  void restartsWhenServerIgnoresRange() {
    const QString cache = newCache();
    const qint64 size = QFileInfo(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")).size();
    m_hub.stallFile = QStringLiteral("model.safetensors");
    m_hub.stallAfterBytes = size / 4;
    QCOMPARE(run(*make(cache), m_repo).kind, QStringLiteral("failed"));
    m_hub.stallAfterBytes = -1;
    m_hub.rangeSupport = false;
    const Outcome o = run(*make(cache), m_repo);
    QCOMPARE(o.kind, QStringLiteral("finished"));
    QVERIFY(ModelRegistry::inspect(o.text).isReady());
  }

  void corruptFileIsRetried() {
    const QString cache = newCache();
    m_hub.corruptFile = QStringLiteral("model.safetensors");
    m_hub.corruptTimes = 1;
    const Outcome o = run(*make(cache), m_repo);
    QCOMPARE(o.kind, QStringLiteral("finished"));
    const int fetched =
        int(m_hub.requestedPaths().filter(QRegularExpression(QStringLiteral("/model.safetensors$"))).size());
    QCOMPARE(fetched, 2);
    QVERIFY(ModelRegistry::inspect(o.text).isReady());
  }

  void corruptFileIsNeverMovedIntoPlace() {
    const QString cache = newCache();
    m_hub.corruptFile = QStringLiteral("model.safetensors");
    m_hub.corruptTimes = 100;
    ModelDownloader *d = make(cache);
    d->setMaxAttempts(2);
    const Outcome o = run(*d, m_repo);
    QCOMPARE(o.kind, QStringLiteral("failed"));
    QVERIFY2(o.text.contains(QStringLiteral("corrupt")) && o.text.contains(QStringLiteral("SHA-256")),
             qPrintable(o.text));
    QVERIFY(!QFileInfo::exists(weightsPart(cache)));
    QVERIFY(!QFileInfo::exists(weightsPart(cache) + QStringLiteral(".incomplete")));
    QVERIFY(!QFileInfo(d->snapshotDirectory() + QStringLiteral("/model.safetensors")).isSymLink());
  }

  void clearErrors_data() {
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown repo") << QStringLiteral("Qwen/Nope") << QString() << 0 << QStringLiteral("404 Not Found");
    QTest::newRow("missing file") << m_repo << QStringLiteral("/config.json") << 404 << QStringLiteral("404 Not Found");
    QTest::newRow("gated") << m_repo << QStringLiteral("/config.json") << 401 << QStringLiteral("HF_TOKEN");
    QTest::newRow("forbidden") << m_repo << QStringLiteral("/revision/main") << 403 << QStringLiteral("403 Forbidden");
  }

  void clearErrors() {
    QFETCH(QString, repo);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, expected);
    if (status)
      m_hub.statusFor.insert(path, status);
    const Outcome o = run(*make(newCache()), repo);
    QCOMPARE(o.kind, QStringLiteral("failed"));
    QVERIFY2(o.text.contains(expected), qPrintable(o.text));
    QVERIFY2(o.text.contains(m_hub.baseUrl()), qPrintable(o.text)); // names the URL
  }

  void noServer() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ModelDownloader *d = make(newCache());
    d->setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const Outcome o = run(*d, m_repo);
    QCOMPARE(o.kind, QStringLiteral("failed"));
    QVERIFY2(o.text.contains(QStringLiteral("no network")), qPrintable(o.text));
  }

  void cancelKeepsThePart() {
    const QString cache = newCache();
    m_hub.stallFile = QStringLiteral("model.safetensors");
    m_hub.stallAfterBytes = 1 << 20;
    ModelDownloader *d = make(cache);
    d->setStallTimeout(60000);
    // Cancel once the weights have started arriving (the server then goes silent).
    const QString part = weightsPart(cache) + QStringLiteral(".incomplete");
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, d, [d, part] {
      if (QFileInfo(part).size() > 0)
        d->cancel();
    });
    poll.start();
    const Outcome o = run(*d, m_repo);
    QVERIFY2(o.kind == QStringLiteral("cancelled"), qPrintable(o.kind + QLatin1Char(' ') + o.text));
    QVERIFY(QFileInfo(weightsPart(cache) + QStringLiteral(".incomplete")).size() > 0);
  }
};

QTEST_GUILESS_MAIN(TestModelDownloader)
#include "tst_modeldownloader.moc"
