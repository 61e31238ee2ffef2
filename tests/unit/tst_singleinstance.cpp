#include "context/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mdi;

// One mdi-chat per profile: a later launch reaches the running one over a local socket and asks
// for its window; a socket file left by a crash does not keep the next start from listening. Two
// "instances" in this process, under a temporary server name.
class TestSingleInstance : public QObject {
  Q_OBJECT

  static QString temporaryName() {
    return QStringLiteral("mdi-chat-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
  }

private Q_SLOTS:
  void secondLaunchActivatesTheFirst() {
    const QString name = temporaryName();
    SingleInstance first(name);
    QVERIFY(!first.activateRunning(500)); // nobody runs yet
    QVERIFY2(first.listen(), qPrintable(first.listen().error()));
    QVERIFY(first.isListening());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(name);
    QVERIFY(second.activateRunning());
    QTRY_COMPARE(activated.count(), 1);
    // Every later launch, not only the first.
    SingleInstance third(name);
    QVERIFY(third.activateRunning());
    QTRY_COMPARE(activated.count(), 2);
  }

  void staleSocketOfACrashDoesNotBlock() {
#ifdef Q_OS_UNIX
    // What a crashed instance leaves: its socket's file, with nobody listening behind it.
    const QString name = temporaryName();
    const QString path = QDir(QDir::tempPath()).filePath(name);
    {
      QFile stale(path);
      QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance later(name);
    QVERIFY(!later.activateRunning(500)); // the stale file answers nothing: this launch goes on
    const Status listening = later.listen();
    QVERIFY2(listening, qPrintable(listening.error()));
    QSignalSpy activated(&later, &SingleInstance::activationRequested);
    SingleInstance next(name);
    QVERIFY(next.activateRunning());
    QTRY_COMPARE(activated.count(), 1);
#else
    QSKIP("named pipes leave no file behind");
#endif
  }

  void ignoresOtherMessages() {
    const QString name = temporaryName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QLocalSocket socket;
    socket.connectToServer(name);
    QVERIFY(socket.waitForConnected(2000));
    socket.write("hello\n");
    QVERIFY(socket.waitForBytesWritten(2000) || socket.bytesToWrite() == 0);
    // The server hangs up after one line; nothing was asked for.
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(activated.count(), 0);
  }

  void namePerUserAndProfile() {
    QTemporaryDir a, b;
    QVERIFY(a.isValid() && b.isValid());
    const QString name = SingleInstance::serverNameFor(a.path());
    QCOMPARE(SingleInstance::serverNameFor(a.path() + QStringLiteral("/")), name);
    QCOMPARE(SingleInstance::serverNameFor(a.path() + QStringLiteral("/sub/..")), name);
    QVERIFY(SingleInstance::serverNameFor(b.path()) != name);
    QVERIFY(name.startsWith(QStringLiteral("mdi-chat-")));
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty() && !user.contains(QLatin1Char('/')))
      QVERIFY(name.contains(user));
    QVERIFY(name.size() < 80); // a Unix socket's path has room for ~100 bytes
  }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
