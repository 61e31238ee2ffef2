#include "fakehubserver.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mdi::test::FakeHubServer;
using mdi::test::Fixtures;

// `mdi-run download` against FakeHubServer (in this process, so the wait keeps the event loop
// running), then `mdi-run models` on the cache it wrote.
class TestMdiRunDownload : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;
  FakeHubServer m_hub;

  struct Result {
    int exitCode = -1;
    QString out;
    QString err;
  };

  Result run(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), m_tmp.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    env.remove(QStringLiteral("HF_TOKEN"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(Fixtures::executable(QStringLiteral("mdi-run")), args);
    Result r;
    if (!done.wait(120000)) {
      p.kill();
      p.waitForFinished();
      return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_hub.addFolder(QStringLiteral("Qwen/Qwen2-VL-Tiny"), Fixtures::checkpointDir());
    QVERIFY(m_hub.listen());
  }

  void downloadsAndLists() {
    const QString cache = m_tmp.filePath(QStringLiteral("hub"));
    const Result r = run({QStringLiteral("download"), QStringLiteral("Qwen/Qwen2-VL-Tiny"), QStringLiteral("--dir"),
                          cache, QStringLiteral("--base-url"), m_hub.baseUrl()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString snapshot = cache + QStringLiteral("/models--Qwen--Qwen2-VL-Tiny/snapshots/") +
                             m_hub.commitOf(QStringLiteral("Qwen/Qwen2-VL-Tiny"));
    QCOMPARE(r.out.trimmed(), snapshot);
    // Progress on stderr (not a terminal: one line per 10%), ending at 100%.
    QVERIFY2(r.err.contains(QStringLiteral("] 100%")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("[####")));

    const Result listed = run({QStringLiteral("models"), QStringLiteral("--cache"), cache, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray models =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Qwen/Qwen2-VL-Tiny"));
    QVERIFY(models.at(0).toObject().value(QStringLiteral("ready")).toBool());
    const Result text = run({QStringLiteral("models"), QStringLiteral("--cache"), cache});
    QVERIFY2(text.out.contains(QStringLiteral("status:     ready")), qPrintable(text.out));
  }

  void reportsNotFound() {
    const Result r = run({QStringLiteral("download"), QStringLiteral("Qwen/Nope"), QStringLiteral("--dir"),
                          m_tmp.filePath(QStringLiteral("hub2")), QStringLiteral("--base-url"), m_hub.baseUrl()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("404 Not Found")), qPrintable(r.err));
  }

  void usage() { QCOMPARE(run({QStringLiteral("download")}).exitCode, 2); }
};

QTEST_GUILESS_MAIN(TestMdiRunDownload)
#include "tst_mdirun_download.moc"
