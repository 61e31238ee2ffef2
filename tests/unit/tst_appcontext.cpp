#include "api/apiserver.h"
#include "context/appcontext.h"
#include "engine/engine.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;

// AppContext without a window: mdi-chat's composition root opens a profile, and applySettings()
// acts only on the settings that changed (per-key signals, not values compared by hand).
class TestAppContext : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<QTemporaryDir> m_dir;
  std::unique_ptr<AppContext> m_context;

  AppContext &context() { return *m_context; }

private Q_SLOTS:
  void init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.discovery = false;
    auto opened = AppContext::open(m_dir->path(), options);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_context = std::move(*opened);
    m_context->start(true); // no model chosen: nothing loads
  }

  void cleanup() {
    m_context.reset();
    m_dir.reset();
  }

  void opensWithoutAWindow() {
    QCOMPARE(context().modelState(), AppContext::ModelState::None);
    QVERIFY(!context().apiServer());
    QCOMPARE(context().dataDirectory(), m_dir->path());
    QCOMPARE(context().settings().settings()->fileName(), AppContext::settingsFile(m_dir->path()));
  }

  // A setting the load does not use reloads nothing; the model folder does, once.
  void reloadsOnlyForTheModelsSettings() {
    QSignalSpy states(&context(), &AppContext::modelStateChanged);
    QSignalSpy failed(&context(), &AppContext::modelLoadFailed);
    context().settings().setValue(AppSettings::Theme, QStringLiteral("dark"));
    context().settings().setValue(AppSettings::Temperature, 0.5);
    context().applySettings();
    QCOMPARE(states.size(), 0);

    QTemporaryDir notAModel;
    context().settings().setValue(AppSettings::ModelDirectory, notAModel.path());
    context().applySettings();
    QCOMPARE(states.size(), 1);
    QCOMPARE(context().modelState(), AppContext::ModelState::Loading);
    QCOMPARE(context().loadingDirectory(), notAModel.path());
    QVERIFY(failed.wait(60000));
    QCOMPARE(context().modelState(), AppContext::ModelState::None);
    context().applySettings(); // nothing changed since
    QCOMPARE(states.size(), 2);
  }

  // The local API starts when switched on, stays up while its settings stay, restarts for a new
  // key and stops when switched off.
  void localApiFollowsItsSettings() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    QSignalSpy started(&context(), &AppContext::localApiStarted);
    AppSettings &s = context().settings();
    s.setValue(AppSettings::LocalApiEnabled, true);
    s.setValue(AppSettings::LocalApiPort, port);
    context().applySettings();
    QVERIFY(context().apiServer());
    QCOMPARE(int(context().apiServer()->port()), port);
    QCOMPARE(started.size(), 1);
    context().applySettings();
    QCOMPARE(started.size(), 1); // not restarted
    s.setValue(AppSettings::LocalApiKey, QStringLiteral("k2"));
    context().applySettings();
    QCOMPARE(started.size(), 2);
    QCOMPARE(context().apiServer()->options().apiKey, QStringLiteral("k2"));
    // Issue 18: the CORS origins setting, as origins; an entry that is none opens nothing.
    s.setValue(AppSettings::LocalApiCorsOrigins,
               QStringList{QStringLiteral("HTTP://LocalHost:3000/"), QStringLiteral("not an origin")});
    context().applySettings();
    QCOMPARE(started.size(), 3);
    QCOMPARE(context().apiServer()->options().corsOrigins, QStringList{QStringLiteral("http://localhost:3000")});
    s.setValue(AppSettings::LocalApiEnabled, false);
    context().applySettings();
    QVERIFY(!context().apiServer());
  }

  // An export runs on the thread pool; its outcome comes back as a signal, a failure with why.
  void exportsInTheBackground() {
    const qint64 id = *context().store().createConversation(QStringLiteral("Export me"));
    StoredMessage m;
    m.conversationId = id;
    m.role = QStringLiteral("user");
    m.text = QStringLiteral("Hello there");
    QVERIFY(context().store().addMessage(m));
    QSignalSpy exported(&context(), &AppContext::exportFinished);
    const QString file = m_dir->filePath(QStringLiteral("chat.md"));
    context().exportConversationInBackground(id, file, false);
    QCOMPARE(exported.size(), 0); // returned at once
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), file);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QVERIFY(QFile(file).size() > 0);

    context().exportConversationInBackground(id + 1000, m_dir->filePath(QStringLiteral("none.json")), true);
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(!exported.at(1).at(1).toString().isEmpty());
  }

  // The profile's settings file (paired nodes, the API key) is private to its owner.
  void settingsFileIsPrivate() {
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#endif
    context().settings().setValue(AppSettings::LocalApiKey, QStringLiteral("secret"));
    context().settings().sync();
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(AppContext::settingsFile(m_dir->path())) & others, QFileDevice::Permissions());
  }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "tst_appcontext.moc"
