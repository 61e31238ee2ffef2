// The durability claim, on the app's real path (issue 16): a child process runs ChatController
// over the Engine with the fixture model and a HistoryStore, streaming answers, and reports every
// token as it reaches the controller; the test SIGKILLs it mid-answer and checks that the stored
// answer is text the child had streamed, lagging the last streamed token by at most the
// controller's one-second store interval (plus a margin for the writer thread's commit), and that
// the database is intact. The stored answer is also sampled while the child streams, so a
// controller that saves less often than once a second fails whatever the moment of the kill, and
// one that saved nothing until the end fails at once.

#include "chat/chatcontroller.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace mdi;
using namespace mdi::test;

namespace {

// What the app claims (README, ChatController): at most a second of an answer is lost.
constexpr qint64 kClaimMs = 1000;
// How long the killed answer must have streamed, and the commit margin over the claim.
constexpr qint64 kStreamBeforeKillMs = 3500;
constexpr qint64 kCommitMarginMs = 750;

// The child: streams answers (a new one whenever one ends) and prints, for every token the
// controller has taken, "token <message id> <text length> <ms on the child's clock>".
int streamChild(const QString &dir) {
  QElapsedTimer clock;
  clock.start();
  EngineRunner runner;
  auto info = runner.load(Fixtures::checkpointDir());
  if (!info) {
    std::fprintf(stderr, "load: %s\n", qPrintable(info.error()));
    return 2;
  }
  auto store = HistoryStore::open(dir + QStringLiteral("/profile"));
  if (!store) {
    std::fprintf(stderr, "store: %s\n", qPrintable(store.error()));
    return 3;
  }
  QSettings qsettings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
  AppSettings settings(&qsettings);
  settings.setValue(AppSettings::MaxNewTokens, AppSettings::kMaxNewTokens);
  settings.setValue(AppSettings::Temperature, 1.0); // sampled: long answers rather than a short greedy one
  ChatController controller(**store, runner.engine(), settings);
  qint64 answer = 0;
  qsizetype length = 0;
  auto send = [&] {
    if (Status sent = controller.send(QStringLiteral("Count for me."), {}); !sent) {
      std::fprintf(stderr, "send: %s\n", qPrintable(sent.error()));
      QCoreApplication::exit(4);
      return;
    }
    answer = controller.streamingMessage(controller.currentConversation());
    length = 0;
  };
  // Connected after the controller's own queued connections: each runs after the controller
  // has taken the same token.
  QObject::connect(&runner.engine(), &Engine::tokenGenerated, &controller, [&](quint64, qint64, const QString &piece) {
    length += piece.size();
    std::printf("token %lld %lld %lld\n", qlonglong(answer), qlonglong(length), qlonglong(clock.elapsed()));
    std::fflush(stdout);
  });
  QObject::connect(&runner.engine(), &Engine::generationFinished, &controller,
                   [&] { QMetaObject::invokeMethod(&controller, send, Qt::QueuedConnection); });
  QObject::connect(&runner.engine(), &Engine::generationFailed, &controller, [](quint64, const QString &error) {
    std::fprintf(stderr, "failed: %s\n", qPrintable(error));
    QCoreApplication::exit(5);
  });
  send();
  return QCoreApplication::exec();
}

struct Streamed {
  qsizetype length = 0;
  qint64 ms = 0;
};

} // namespace

class TestChatDurability : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void killMidAnswerLosesAtMostASecond() {
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--stream-child"), dir.path()});
    QVERIFY(child.waitForStarted());
    QHash<qint64, QList<Streamed>> streamed; // by answer
    qint64 current = 0;
    QByteArray pending;
    const auto parse = [&] {
      pending += child.readAllStandardOutput();
      qsizetype end;
      while ((end = pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> words = pending.left(end).split(' ');
        pending.remove(0, end + 1);
        if (words.size() == 4 && words[0] == "token") {
          current = words[1].toLongLong();
          streamed[current].append({words[2].toLongLong(), words[3].toLongLong()});
        }
      }
    };
    const auto streamedFor = [&] {
      const QList<Streamed> &tokens = streamed[current];
      return tokens.size() < 2 ? 0 : tokens.last().ms - tokens.first().ms;
    };
    // While it streams, the stored answer is read now and then through a connection of our own
    // (WAL lets it read beside the writer): a kill at any of those moments would have lost no
    // more than the claim, whatever the phase of the controller's saves.
    const QString databasePath = dir.filePath(QStringLiteral("profile/history.sqlite"));
    qint64 worstLagMs = -1;
    int samples = 0;
    const auto sample = [&] {
      const QList<Streamed> tokens = streamed.value(current);
      if (tokens.isEmpty() || !QFile::exists(databasePath))
        return;
      qsizetype stored = -1;
      {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sample"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
          QSqlQuery query(db);
          query.prepare(QStringLiteral("SELECT text FROM messages WHERE id = ?"));
          query.addBindValue(current);
          if (query.exec() && query.next())
            stored = query.value(0).toString().size();
        }
      }
      QSqlDatabase::removeDatabase(QStringLiteral("sample"));
      // The answer began less than the claim ago, or the read failed: nothing to judge yet.
      if (stored < 0 || tokens.last().ms - tokens.first().ms <= kClaimMs + kCommitMarginMs)
        return;
      parse(); // tokens printed while we read: the stored text may be one of them
      const QList<Streamed> after = streamed.value(current);
      for (const Streamed &token : after) {
        if (token.length == stored) {
          worstLagMs = qMax(worstLagMs, tokens.last().ms - token.ms);
          ++samples;
          return;
        }
      }
      // Stored text that no token left (nothing yet: length 0) lags the whole answer.
      worstLagMs = qMax(worstLagMs, tokens.last().ms - tokens.first().ms);
      ++samples;
    };
    QElapsedTimer waited;
    waited.start();
    while (streamedFor() < kStreamBeforeKillMs && child.state() == QProcess::Running &&
           waited.elapsed() < kLoadTimeoutMs) {
      child.waitForReadyRead(100);
      parse();
      sample();
    }
    QVERIFY2(streamedFor() >= kStreamBeforeKillMs, "the child did not stream an answer long enough");
    qInfo("%d samples while streaming: the stored answer lagged at most %lld ms", samples, qlonglong(worstLagMs));
    QVERIFY(samples > 0);
    QVERIFY2(worstLagMs <= kClaimMs + kCommitMarginMs,
             qPrintable(QStringLiteral("while streaming, the stored answer lagged %1 ms").arg(worstLagMs)));
    child.kill(); // SIGKILL: no clean-up, no last save
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    parse(); // what it printed before the kill
    const QList<Streamed> &tokens = streamed[current];
    qInfo("killed after %lld ms of streaming, %lld tokens, %lld characters", qlonglong(streamedFor()),
          qlonglong(tokens.size()), qlonglong(tokens.last().length));

    const QString data = dir.filePath(QStringLiteral("profile"));
    {
      QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
      raw.setDatabaseName(data + QStringLiteral("/history.sqlite"));
      QVERIFY(raw.open());
      QSqlQuery check(raw);
      QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
      QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
      check.finish();
      raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto store = HistoryStore::open(data);
    QVERIFY2(store, qPrintable(store.error()));
    const auto message = (*store)->message(current);
    QVERIFY2(message, qPrintable(message.error()));
    QCOMPARE(message->state, MessageState::Streaming);
    const qsizetype stored = message->text.size();
    // The stored text is what some token left; the latest token arrived no later than the
    // store interval (and the commit) after it.
    qsizetype index = -1;
    for (qsizetype i = 0; i < tokens.size() && index < 0; ++i)
      if (tokens[i].length == stored)
        index = i;
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("stored %1 characters, which no token left").arg(stored)));
    const qint64 lagMs = tokens.last().ms - tokens[index].ms;
    const qsizetype lagTokens = tokens.size() - 1 - index;
    qInfo("stored %lld characters: %lld tokens and %lld ms behind the last one streamed", qlonglong(stored),
          qlonglong(lagTokens), qlonglong(lagMs));
    QVERIFY2(lagMs <= kClaimMs + kCommitMarginMs,
             qPrintable(QStringLiteral("the stored answer lags %1 ms (%2 tokens)").arg(lagMs).arg(lagTokens)));
    auto finished = (*store)->finishInterruptedMessages();
    QVERIFY2(finished, qPrintable(finished.error()));
    QCOMPARE(*finished, 1);
  }
};

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  if (argc == 3 && qstrcmp(argv[1], "--stream-child") == 0)
    return streamChild(QString::fromLocal8Bit(argv[2]));
  TestChatDurability test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}

#include "tst_chatdurability.moc"
