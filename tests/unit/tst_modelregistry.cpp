#include "fixtures.h"
#include "store/appsettings.h"
#include "store/modelregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

// ModelRegistry on a fake Hugging Face cache built from the fixture checkpoint: blobs named by
// hash, snapshots made of relative symlinks into blobs/, refs/main; and a broken copy.
class TestModelRegistry : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;
  QString m_cache;
  const QString m_rev = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

  // Adds `repo` at m_rev; `mangle` may change a file's bytes before it is stored.
  void addRepo(const QString &repo, const std::function<void(const QString &, QByteArray &)> &mangle = {}) {
    const QDir repoDir(m_cache + QLatin1Char('/') + ModelRegistry::repoFolderName(repo));
    QVERIFY(QDir().mkpath(repoDir.filePath(QStringLiteral("blobs"))));
    QVERIFY(QDir().mkpath(repoDir.filePath(QStringLiteral("snapshots/") + m_rev)));
    QVERIFY(QDir().mkpath(repoDir.filePath(QStringLiteral("refs"))));
    QVERIFY(Fixtures::writeFile(repoDir.filePath(QStringLiteral("refs/main")), m_rev.toLatin1()));
    const QDir source(Fixtures::checkpointDir());
    for (const QString &name : source.entryList(QDir::Files)) {
      QByteArray data = Fixtures::readFile(source.filePath(name));
      if (mangle)
        mangle(name, data);
      const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
      QVERIFY(Fixtures::writeFile(repoDir.filePath(QStringLiteral("blobs/") + hash), data));
      QVERIFY(QFile::link(QStringLiteral("../../blobs/") + hash,
                          repoDir.filePath(QStringLiteral("snapshots/%1/%2").arg(m_rev, name))));
    }
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_cache = m_tmp.filePath(QStringLiteral("hub"));
    addRepo(QStringLiteral("Qwen/Qwen2-VL-2B-Instruct"));
    addRepo(QStringLiteral("Qwen/Qwen2-VL-Broken"), [](const QString &name, QByteArray &data) {
      if (name == QLatin1String("model.safetensors"))
        data.chop(1000); // truncated: the header promises more bytes than the file holds
    });
    // Not a Qwen2-VL repository: ignored.
    QVERIFY(QDir().mkpath(m_cache + QStringLiteral("/models--bert--tiny/snapshots/abc")));
    QVERIFY(Fixtures::writeFile(m_cache + QStringLiteral("/models--bert--tiny/snapshots/abc/config.json"),
                                R"({"model_type": "bert"})"));
  }

  void cacheDirectoryFromEnvironment() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QDir::homePath());
    QCOMPARE(ModelRegistry::hubCacheDirectory(env), QDir::homePath() + QStringLiteral("/.cache/huggingface/hub"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/x/cache"));
    QCOMPARE(ModelRegistry::hubCacheDirectory(env), QStringLiteral("/x/cache/huggingface/hub"));
    env.insert(QStringLiteral("HF_HOME"), QStringLiteral("/h/f/"));
    QCOMPARE(ModelRegistry::hubCacheDirectory(env), QStringLiteral("/h/f/hub"));
    env.insert(QStringLiteral("HF_HUB_CACHE"), QStringLiteral("/the/hub"));
    QCOMPARE(ModelRegistry::hubCacheDirectory(env), QStringLiteral("/the/hub"));
    QCOMPARE(ModelRegistry::repoFolderName(QStringLiteral("Qwen/Qwen2-VL-2B-Instruct")),
             QStringLiteral("models--Qwen--Qwen2-VL-2B-Instruct"));
    QCOMPARE(ModelRegistry::repoFromFolderName(QStringLiteral("models--Qwen--Qwen2-VL-2B-Instruct")),
             QStringLiteral("Qwen/Qwen2-VL-2B-Instruct"));
    QVERIFY(ModelRegistry::repoFromFolderName(QStringLiteral("datasets--x--y")).isEmpty());
  }

  void findsSnapshotsInTheCache() {
    ModelRegistry registry;
    registry.setHubCacheDirectory(m_cache);
    registry.setUserFolders({});
    const QList<ModelEntry> found = registry.scan();
    QCOMPARE(found.size(), 2);

    const ModelEntry &good = found.at(0);
    QCOMPARE(good.name, QStringLiteral("Qwen/Qwen2-VL-2B-Instruct"));
    QCOMPARE(good.source, ModelEntry::Source::HubCache);
    QCOMPARE(good.revision, m_rev);
    QCOMPARE(good.refs, QStringList{QStringLiteral("main")});
    QVERIFY2(good.isReady(), qPrintable(good.reason));
    QVERIFY(good.reason.isEmpty());
    QVERIFY(!good.dtype.isEmpty());
    QVERIFY(good.parameters > 0);
    // Sizes follow the symlinks into blobs/.
    qint64 expected = 0;
    for (const QFileInfo &f : QDir(Fixtures::checkpointDir()).entryInfoList(QDir::Files))
      expected += f.size();
    QCOMPARE(good.sizeBytes, expected);
    QVERIFY(good.directory.endsWith(QStringLiteral("/snapshots/") + m_rev));

    const ModelEntry &broken = found.at(1);
    QCOMPARE(broken.name, QStringLiteral("Qwen/Qwen2-VL-Broken"));
    QCOMPARE(broken.status, ModelEntry::Status::Broken);
    QVERIFY(!broken.reason.isEmpty());
    QVERIFY2(broken.reason.contains(QStringLiteral("model.safetensors")), qPrintable(broken.reason));
    QVERIFY(broken.parameters > 0); // the configuration is fine
  }

  void userFolders() {
    ModelRegistry registry;
    registry.setHubCacheDirectory(m_tmp.filePath(QStringLiteral("no-such-cache")));
    const QString missing = m_tmp.filePath(QStringLiteral("missing"));
    registry.setUserFolders({Fixtures::checkpointDir(), missing});
    const QList<ModelEntry> found = registry.scan();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).source, ModelEntry::Source::UserFolder);
    QCOMPARE(found.at(0).name, QStringLiteral("checkpoint"));
    QVERIFY2(found.at(0).isReady(), qPrintable(found.at(0).reason));
    QCOMPARE(found.at(1).status, ModelEntry::Status::Broken);
    QVERIFY2(found.at(1).reason.contains(QStringLiteral("does not exist")), qPrintable(found.at(1).reason));
  }

  void settings() {
    QSettings qs(m_tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings s(&qs);
    QCOMPARE(s.value(AppSettings::HubBaseUrl), QStringLiteral("https://huggingface.co"));
    s.setValue(AppSettings::HubBaseUrl, QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(s.value(AppSettings::HubBaseUrl), QStringLiteral("http://127.0.0.1:8080"));
    qs.setValue(QStringLiteral("model/hubBaseUrl"), QStringLiteral("ftp://nope"));
    QCOMPARE(s.value(AppSettings::HubBaseUrl), QStringLiteral("https://huggingface.co"));
    QVERIFY(s.value(AppSettings::ModelFolders).isEmpty());
    s.setValue(AppSettings::ModelFolders, {QStringLiteral("/a/b/"), QStringLiteral("/a/b"), QStringLiteral("/c")});
    QCOMPARE(s.value(AppSettings::ModelFolders), (QStringList{QStringLiteral("/a/b"), QStringLiteral("/c")}));
  }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
