#include "fixtures.h"
#include "store/generationstatsjson.h"
#include "store/historyschema.h"
#include "store/historystore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// A plain SQLite connection to look at (or prepare) a database behind the store's back.
class RawDb {
public:
  explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count)) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
  }
  ~RawDb() {
    {
      QSqlDatabase db = QSqlDatabase::database(m_name, false);
      db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
  }
  bool exec(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql)) {
      qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
      return false;
    }
    return true;
  }
  bool hasRows(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.exec(sql) && q.next();
  }
  QVariant value(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql) || !q.next()) {
      qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
      return {};
    }
    return q.value(0);
  }

private:
  static inline int s_count = 0;
  QString m_name;
};

std::unique_ptr<HistoryStore> openStore(const QString &dir) {
  auto store = HistoryStore::open(dir);
  if (!store) {
    qWarning("%s", qPrintable(store.error()));
    return nullptr;
  }
  return std::move(*store);
}

qint64 add(HistoryStore &store, qint64 conversation, qint64 parent, const QString &role, const QString &text,
           const QList<Attachment> &images = {}, MessageState state = MessageState::Complete) {
  StoredMessage m;
  m.conversationId = conversation;
  m.parentId = parent;
  m.role = role;
  m.text = text;
  m.images = images;
  m.state = state;
  auto id = store.addMessage(m);
  if (!id) {
    qWarning("addMessage: %s", qPrintable(id.error()));
    return 0;
  }
  return *id;
}

QList<qint64> ids(const QList<StoredMessage> &messages) {
  QList<qint64> list;
  for (const StoredMessage &m : messages)
    list.append(m.id);
  return list;
}

QByteArray png(int w, int h, QRgb colour) {
  QImage image(w, h, QImage::Format_RGB32);
  image.fill(colour);
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "png");
  return bytes;
}

QByteArray fileHash(const QString &path) {
  return QCryptographicHash::hash(Fixtures::readFile(path), QCryptographicHash::Sha256);
}

// Lets the millisecond clock move on, so "updated" times differ (no assertion depends on time).
void nextMillisecond() {
  const qint64 start = QDateTime::currentMSecsSinceEpoch();
  while (QDateTime::currentMSecsSinceEpoch() == start)
    QThread::usleep(100);
}

QString streamedText(int updates) {
  QString text;
  for (int i = 1; i <= updates; ++i)
    text += QStringLiteral("token%1 ").arg(i);
  return text;
}

// The child of killMidAnswer: streams an answer, one committed update per line on stdout,
// until it is killed.
int streamChild(const QString &dir) {
  auto store = openStore(dir);
  if (!store)
    return 2;
  auto conversation = store->createConversation(QStringLiteral("killed mid-answer"));
  if (!conversation)
    return 3;
  const qint64 question = add(*store, *conversation, 0, QStringLiteral("user"), QStringLiteral("Count for me."));
  const qint64 answer =
      add(*store, *conversation, question, QStringLiteral("assistant"), QString(), {}, MessageState::Streaming);
  if (!question || !answer)
    return 4;
  std::printf("ids %lld %lld\n", qlonglong(*conversation), qlonglong(answer));
  std::fflush(stdout);
  for (int i = 1; i <= 5000; ++i) {
    if (!store->updateMessage(answer, streamedText(i), MessageState::Streaming))
      return 5;
    std::printf("committed %d\n", i);
    std::fflush(stdout);
  }
  return 0;
}

} // namespace

class TestHistoryStore : public QObject {
  Q_OBJECT

private:
  void verifyIntegrity(const QString &dataDir) {
    RawDb raw(dataDir + QStringLiteral("/history.sqlite"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!raw.hasRows(QStringLiteral("PRAGMA foreign_key_check")));
    // With rank 1, FTS5 also checks the index against the content tables.
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('integrity-check', 1)")));
  }

private Q_SLOTS:
  void openCreatesTheSchema() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("profile/data"));
    auto store = openStore(data);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistorySchema::kVersion);
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/history.sqlite")));
    QVERIFY(QFileInfo(data + QStringLiteral("/images")).isDir());
    QCOMPARE(store->images().directory(), data + QStringLiteral("/images"));
    QVERIFY(store->conversations().isEmpty());
    RawDb raw(store->databasePath());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), HistorySchema::kApplicationId);
  }

  void conversations() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QSignalSpy changed(store.get(), &HistoryStore::conversationsChanged);
    const QJsonObject sampling{{QStringLiteral("temperature"), 0.7}};
    auto first = store->createConversation(QStringLiteral("  First  "), QStringLiteral("Be brief."), sampling);
    QVERIFY2(first, qPrintable(first.error()));
    nextMillisecond();
    auto second = store->createConversation(QStringLiteral("Second"));
    QVERIFY(second);
    QCOMPARE(changed.size(), 2);

    auto c = store->conversation(*first);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->title, QStringLiteral("First"));
    QCOMPARE(c->systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(c->sampling, sampling);
    QCOMPARE(c->currentLeafId, 0);
    QVERIFY(c->created.isValid());
    QCOMPARE(c->created, c->updated);

    // Newest first; a message moves its conversation to the top.
    auto list = store->conversations();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, *second);
    QCOMPARE(list[1].id, *first);
    nextMillisecond();
    QVERIFY(add(*store, *first, 0, QStringLiteral("user"), QStringLiteral("hi")));
    list = store->conversations();
    QCOMPARE(list[0].id, *first);
    QVERIFY(list[0].updated > list[0].created);

    QVERIFY(store->renameConversation(*second, QStringLiteral("Renamed")));
    QCOMPARE(store->conversation(*second)->title, QStringLiteral("Renamed"));
    QVERIFY(store->setConversationSettings(*second, QStringLiteral("Answer in French."), {}));
    QCOMPARE(store->conversation(*second)->systemPrompt, QStringLiteral("Answer in French."));
    QCOMPARE(store->conversation(*second)->sampling, QJsonObject());

    const Status missing = store->renameConversation(9999, QStringLiteral("x"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("9999")), qPrintable(missing.error()));
    QVERIFY(!store->conversation(9999));
    QVERIFY(!store->renameConversation(*second, QString(HistoryStore::kMaxTitleLength + 1, QLatin1Char('x'))));

    QVERIFY(store->deleteConversation(*second));
    QCOMPARE(store->conversations().size(), 1);
    QVERIFY(!store->conversation(*second));
    QVERIFY(!store->deleteConversation(*second));
  }

  void messageFields() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 conversation = *store->createConversation(QStringLiteral("Fields"));
    auto image = store->images().addData(png(4, 3, qRgb(255, 0, 0)), QStringLiteral("red.png"));
    QVERIFY(image);
    QSignalSpy messagesChanged(store.get(), &HistoryStore::messagesChanged);

    StoredMessage m;
    m.conversationId = conversation;
    m.role = QStringLiteral("user");
    m.text = QStringLiteral("What colour is this? Ünïcödé ✓");
    m.images = {*image, *image};
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto id = store->addMessage(m);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(messagesChanged.size(), 1);
    QCOMPARE(messagesChanged.first().first().toLongLong(), conversation);
    QVERIFY(!store->images().isPending(image->sha256)); // referenced now

    auto back = store->message(*id);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->id, *id);
    QCOMPARE(back->conversationId, conversation);
    QCOMPARE(back->parentId, 0);
    QCOMPARE(back->role, QStringLiteral("user"));
    QCOMPARE(back->text, m.text);
    QCOMPARE(back->images, (QList<Attachment>{*image, *image}));
    QCOMPARE(back->state, MessageState::Complete);
    QVERIFY(back->created >= before.addMSecs(-1) && back->created <= after);
    QCOMPARE(store->conversation(conversation)->currentLeafId, *id);

    // Streaming updates: text and state; stats only when given.
    const QJsonObject stats{{QStringLiteral("generatedTokens"), 3}};
    const qint64 answer =
        add(*store, conversation, *id, QStringLiteral("assistant"), QString(), {}, MessageState::Streaming);
    QVERIFY(answer);
    QVERIFY(store->updateMessage(answer, QStringLiteral("Red"), MessageState::Streaming));
    QCOMPARE(store->message(answer)->text, QStringLiteral("Red"));
    QCOMPARE(store->message(answer)->state, MessageState::Streaming);
    QVERIFY(store->updateMessage(answer, QStringLiteral("Red."), MessageState::Complete, stats));
    QCOMPARE(store->message(answer)->stats, stats);
    QVERIFY(store->updateMessage(answer, QStringLiteral("Red!"), MessageState::Stopped));
    QCOMPARE(store->message(answer)->stats, stats);
    QCOMPARE(store->message(answer)->state, MessageState::Stopped);
    QVERIFY(!store->updateMessage(answer + 100, QStringLiteral("x"), MessageState::Complete));
  }

  void addMessageRefusals() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 a = *store->createConversation(QStringLiteral("A"));
    const qint64 b = *store->createConversation(QStringLiteral("B"));
    const qint64 inA = add(*store, a, 0, QStringLiteral("user"), QStringLiteral("in A"));
    QVERIFY(inA);

    StoredMessage m;
    m.conversationId = b;
    m.parentId = inA;
    m.role = QStringLiteral("assistant");
    auto crossed = store->addMessage(m);
    QVERIFY(!crossed);
    QVERIFY2(crossed.error().contains(QStringLiteral("another conversation")), qPrintable(crossed.error()));

    m.parentId = 0;
    m.role = QStringLiteral("robot");
    auto badRole = store->addMessage(m);
    QVERIFY(!badRole);
    QVERIFY2(badRole.error().contains(QStringLiteral("robot")), qPrintable(badRole.error()));

    m.role = QStringLiteral("user");
    m.conversationId = 4242;
    auto noConversation = store->addMessage(m);
    QVERIFY(!noConversation);
    QVERIFY2(noConversation.error().contains(QStringLiteral("4242")), qPrintable(noConversation.error()));

    m.conversationId = b;
    m.parentId = 777;
    QVERIFY(!store->addMessage(m));

    m.parentId = 0;
    Attachment ghost{QString(64, QLatin1Char('0')), QStringLiteral("ghost.png"), QStringLiteral("image/png"), 1, 1};
    m.images = {ghost};
    auto noImage = store->addMessage(m);
    QVERIFY(!noImage);
    QVERIFY2(noImage.error().contains(QStringLiteral("ghost.png")), qPrintable(noImage.error()));
    QVERIFY(store->messages(b).isEmpty());
    QCOMPARE(store->conversation(b)->currentLeafId, 0);
  }

  // Regenerate = a sibling answer under the same question; edit = a sibling question with its
  // own answer. setCurrentLeaf picks the branch on show.
  void branches() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 c = *store->createConversation(QStringLiteral("Branches"));
    const QString user = QStringLiteral("user"), assistant = QStringLiteral("assistant");
    const qint64 u1 = add(*store, c, 0, user, QStringLiteral("What is 2+2?"));
    const qint64 a1 = add(*store, c, u1, assistant, QStringLiteral("4"));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a1}));

    const qint64 a2 = add(*store, c, u1, assistant, QStringLiteral("Four")); // regenerate
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a2}));
    QCOMPARE(ids(store->siblings(a1)), (QList<qint64>{a1, a2}));
    QCOMPARE(ids(store->siblings(a2)), (QList<qint64>{a1, a2}));

    const qint64 u2 = add(*store, c, 0, user, QStringLiteral("What is 3+3?")); // edit the question
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u2}));
    const qint64 a3 = add(*store, c, u2, assistant, QStringLiteral("6"));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u2, a3}));
    QCOMPARE(ids(store->siblings(u1)), (QList<qint64>{u1, u2}));
    QCOMPARE(ids(store->siblings(a3)), (QList<qint64>{a3}));
    QCOMPARE(ids(store->messages(c)), (QList<qint64>{u1, a1, a2, u2, a3}));

    // Switching: the latest descendant of the chosen message becomes the leaf.
    QVERIFY(store->setCurrentLeaf(c, u1));
    QCOMPARE(store->conversation(c)->currentLeafId, a2);
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a2}));
    QVERIFY(store->setCurrentLeaf(c, a1));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a1}));
    const qint64 u3 = add(*store, c, a1, user, QStringLiteral("And 4+4?"));
    const qint64 a4 = add(*store, c, u3, assistant, QStringLiteral("8"));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a1, u3, a4}));
    QVERIFY(store->setCurrentLeaf(c, u2));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u2, a3}));
    QVERIFY(store->setCurrentLeaf(c, u1)); // newest child of u1 is a2 (a1 is older)
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a2}));
    QVERIFY(store->setCurrentLeaf(c, a1));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a1, u3, a4}));

    // Refusals.
    const qint64 other = *store->createConversation(QStringLiteral("Other"));
    const Status wrong = store->setCurrentLeaf(other, a1);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(QStringLiteral("not part of conversation")), qPrintable(wrong.error()));
    QVERIFY(!store->setCurrentLeaf(c, 123456));
    QVERIFY(store->siblings(123456).isEmpty());
    QVERIFY(store->currentPath(other).isEmpty());
    QVERIFY(!store->message(123456));
  }

  void deleteMessageCascades() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 c = *store->createConversation(QStringLiteral("Delete"));
    const QString user = QStringLiteral("user"), assistant = QStringLiteral("assistant");
    auto onlyHere = store->images().addData(png(2, 2, qRgb(0, 0, 255)), QStringLiteral("blue.png"));
    auto shared = store->images().addData(png(2, 2, qRgb(0, 255, 0)), QStringLiteral("green.png"));
    QVERIFY(onlyHere && shared);

    //  u1 - a1
    //     \ a2 - u3 (blue, green) - a4
    const qint64 u1 = add(*store, c, 0, user, QStringLiteral("first question"), {*shared});
    const qint64 a1 = add(*store, c, u1, assistant, QStringLiteral("first answer"));
    const qint64 a2 = add(*store, c, u1, assistant, QStringLiteral("second answer"));
    const qint64 u3 = add(*store, c, a2, user, QStringLiteral("zebra question"), {*onlyHere, *shared});
    const qint64 a4 = add(*store, c, u3, assistant, QStringLiteral("zebra answer"));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a2, u3, a4}));
    QCOMPARE(store->search(QStringLiteral("zebra")), QList<qint64>{c});

    // A branch not on show: the leaf stays.
    QVERIFY(store->deleteMessage(a1));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u1, a2, u3, a4}));

    // The branch on show: descendants go, the leaf moves to the parent, unused images go.
    QVERIFY(store->deleteMessage(a2));
    QCOMPARE(ids(store->messages(c)), QList<qint64>{u1});
    QCOMPARE(store->conversation(c)->currentLeafId, u1);
    QVERIFY(!store->message(u3));
    QVERIFY(store->search(QStringLiteral("zebra")).isEmpty());
    QVERIFY(!store->images().contains(*onlyHere));
    QVERIFY(store->images().contains(*shared)); // u1 still shows it
    {
      RawDb raw(store->databasePath());
      QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
    }

    // First messages: the leaf moves to the newest remaining first message's branch.
    const qint64 u5 = add(*store, c, 0, user, QStringLiteral("edited question"));
    const qint64 a5 = add(*store, c, u5, assistant, QStringLiteral("edited answer"));
    QVERIFY(store->setCurrentLeaf(c, u1));
    QVERIFY(store->deleteMessage(u1));
    QCOMPARE(ids(store->currentPath(c)), (QList<qint64>{u5, a5}));
    QVERIFY(!store->images().contains(*shared));
    QVERIFY(store->deleteMessage(u5));
    QVERIFY(store->currentPath(c).isEmpty());
    QCOMPARE(store->conversation(c)->currentLeafId, 0);
    QVERIFY(!store->deleteMessage(u5));
    verifyIntegrity(dir.path());
  }

  // Long chains (deeper than SQLite's trigger depth of 1000) delete in one statement.
  void deleteDeepChains() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QList<StoredMessage> chain;
    for (int i = 1; i <= 1200; ++i) {
      StoredMessage m;
      m.id = i;
      m.parentId = i - 1;
      m.role = i % 2 ? QStringLiteral("user") : QStringLiteral("assistant");
      m.text = QStringLiteral("turn %1").arg(i);
      chain.append(m);
    }
    Conversation c;
    c.title = QStringLiteral("Deep");
    auto first = store->importConversation(c, chain);
    auto second = store->importConversation(c, chain);
    QVERIFY2(first && second, qPrintable(first.error() + second.error()));
    const QList<StoredMessage> path = store->currentPath(*first);
    QCOMPARE(path.size(), 1200);
    QCOMPARE(path.last().text, QStringLiteral("turn 1200"));

    QVERIFY(store->deleteMessage(path.first().id));
    QVERIFY(store->messages(*first).isEmpty());
    QCOMPARE(store->conversation(*first)->currentLeafId, 0);
    QVERIFY(store->deleteConversation(*second));
    QVERIFY(!store->conversation(*second));
    const qint64 again = add(*store, *first, 0, QStringLiteral("user"), QStringLiteral("again"));
    QVERIFY(again > 2400); // ids are never reused
    verifyIntegrity(dir.path());
  }

  // Streaming saves do not wait for the writer: the outcome comes back on the caller's thread,
  // after every earlier write and before every later one; a failure comes back as a Status.
  void updateMessageAsyncKeepsOrderAndReports() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 conversation = *store->createConversation(QStringLiteral("Async"));
    const qint64 question = add(*store, conversation, 0, QStringLiteral("user"), QStringLiteral("Count."));
    const qint64 answer =
        add(*store, conversation, question, QStringLiteral("assistant"), QString(), {}, MessageState::Streaming);
    QVERIFY(question && answer);
    QSignalSpy messagesChanged(store.get(), &HistoryStore::messagesChanged);

    QObject context;
    QList<Status> outcomes;
    QList<QThread *> threads;
    const auto done = [&](const Status &status) {
      outcomes.append(status);
      threads.append(QThread::currentThread());
    };
    for (int i = 1; i <= 20; ++i)
      store->updateMessageAsync(answer, streamedText(i), MessageState::Streaming, {}, &context, done);
    store->updateMessageAsync(answer, streamedText(20), MessageState::Complete, {}, &context, done);
    store->updateMessageAsync(answer + 1000, QStringLiteral("nowhere"), MessageState::Complete, {}, &context, done);
    // Nothing is reported before the event loop runs: the caller never waited.
    QVERIFY(outcomes.isEmpty());
    // A synchronous read after the writes were queued may see an older text; a synchronous
    // write queues behind them, so once it returns the store has them all.
    QVERIFY(store->renameConversation(conversation, QStringLiteral("Async, renamed")));
    QCOMPARE(store->message(answer)->text, streamedText(20));
    QCOMPARE(store->message(answer)->state, MessageState::Complete);

    QTRY_COMPARE(outcomes.size(), 22);
    for (int i = 0; i < 21; ++i)
      QVERIFY2(outcomes.at(i), qPrintable(outcomes.at(i).error()));
    QVERIFY(!outcomes.last());
    QVERIFY2(outcomes.last().error().contains(QString::number(answer + 1000)), qPrintable(outcomes.last().error()));
    QVERIFY(std::all_of(threads.cbegin(), threads.cend(), [](QThread *t) { return t == QThread::currentThread(); }));
    QTRY_VERIFY(messagesChanged.size() >= 21);

    // A context that is gone hears nothing; the write is still made.
    bool called = false;
    {
      QObject shortLived;
      store->updateMessageAsync(answer, QStringLiteral("kept"), MessageState::Stopped, {}, &shortLived,
                                [&](const Status &) { called = true; });
    }
    QVERIFY(store->renameConversation(conversation, QStringLiteral("Async")));
    QCOMPARE(store->message(answer)->text, QStringLiteral("kept"));
    QTest::qWait(50);
    QVERIFY(!called);
  }

  // Deleting and switching branches can be handed to the writer too: in order with the other
  // writes, the store's signals first, the outcome on the caller's thread after the call returned.
  void removalsAndBranchSwitchAsync() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 conversation = *store->createConversation(QStringLiteral("Async removals"));
    const qint64 question = add(*store, conversation, 0, QStringLiteral("user"), QStringLiteral("Hi"));
    const qint64 first = add(*store, conversation, question, QStringLiteral("assistant"), QStringLiteral("One"));
    const qint64 second = add(*store, conversation, question, QStringLiteral("assistant"), QStringLiteral("Two"));
    QVERIFY(question && first && second);
    QCOMPARE(store->conversation(conversation)->currentLeafId, second);
    QSignalSpy messagesChanged(store.get(), &HistoryStore::messagesChanged);
    QSignalSpy conversationsChanged(store.get(), &HistoryStore::conversationsChanged);

    QObject context;
    QList<Status> outcomes;
    const auto done = [&](const Status &status) { outcomes.append(status); };
    store->setCurrentLeafAsync(conversation, first, &context, done);
    QVERIFY(outcomes.isEmpty()); // the caller did not wait
    QTRY_COMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.at(0), qPrintable(outcomes.at(0).error()));
    QCOMPARE(store->conversation(conversation)->currentLeafId, first);
    QCOMPARE(messagesChanged.size(), 1);

    store->deleteMessageAsync(first, &context, done);
    store->deleteMessageAsync(first, &context, done); // gone by the time this one runs
    QVERIFY(outcomes.size() == 1);
    QTRY_COMPARE(outcomes.size(), 3);
    QVERIFY2(outcomes.at(1), qPrintable(outcomes.at(1).error()));
    QVERIFY(!outcomes.at(2));
    QVERIFY2(outcomes.at(2).error().contains(QString::number(first)), qPrintable(outcomes.at(2).error()));
    QVERIFY(!store->message(first));
    QCOMPARE(store->conversation(conversation)->currentLeafId, question);
    QCOMPARE(messagesChanged.size(), 2);

    store->deleteConversationAsync(conversation, &context, done);
    QTRY_COMPARE(outcomes.size(), 4);
    QVERIFY2(outcomes.at(3), qPrintable(outcomes.at(3).error()));
    QVERIFY(!store->conversation(conversation));
    QVERIFY(conversationsChanged.size() >= 1);
    verifyIntegrity(dir.path());
  }

  void generationStatsJson() {
    GenerationStats stats;
    stats.promptTokens = 120;
    stats.imageTokens = 64;
    stats.images = 1;
    stats.prefilledTokens = 100;
    stats.generatedTokens = 11;
    stats.prefillMs = 250;
    stats.decodeMs = 500;
    stats.timeToFirstTokenMs = 260;
    stats.peakRssBytes = 1 << 30;
    const QJsonObject o = GenerationStatsJson::toJson(stats, FinishReason::Eos);
    QCOMPARE(o.value(QStringLiteral("prefillTokensPerSecond")).toDouble(), 400.0); // 100 / 0.25 s
    QCOMPARE(o.value(QStringLiteral("decodeTokensPerSecond")).toDouble(), 20.0);   // 10 / 0.5 s
    QCOMPARE(o.value(QStringLiteral("finishReason")).toString(), QStringLiteral("eos"));
    QCOMPARE(GenerationStatsJson::finishReason(o), FinishReason::Eos);
    const GenerationStats back = GenerationStatsJson::fromJson(o);
    QCOMPARE(back.promptTokens, 120);
    QCOMPARE(back.imageTokens, 64);
    QCOMPARE(back.generatedTokens, 11);
    QCOMPARE(back.decodeMs, 500.0);
    QCOMPARE(back.peakRssBytes, qint64(1) << 30);
    const GenerationStats junk = GenerationStatsJson::fromJson(
        QJsonObject{{QStringLiteral("promptTokens"), -5}, {QStringLiteral("decodeMs"), QStringLiteral("fast")}});
    QCOMPARE(junk.promptTokens, 0);
    QCOMPARE(junk.decodeMs, 0.0);
    QCOMPARE(GenerationStatsJson::finishReason({}), FinishReason::None);
  }

  void deleteConversationRemovesUnusedImages() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    auto onlyA = store->images().addData(png(3, 3, qRgb(1, 2, 3)), QStringLiteral("a.png"));
    auto both = store->images().addData(png(3, 3, qRgb(4, 5, 6)), QStringLiteral("both.png"));
    auto waiting = store->images().addData(png(3, 3, qRgb(7, 8, 9)), QStringLiteral("w.png"));
    QVERIFY(onlyA && both && waiting);
    const qint64 a = *store->createConversation(QStringLiteral("A"));
    const qint64 b = *store->createConversation(QStringLiteral("B"));
    const qint64 qa = add(*store, a, 0, QStringLiteral("user"), QStringLiteral("alpha"), {*onlyA, *both, *waiting});
    add(*store, a, qa, QStringLiteral("assistant"), QStringLiteral("beta"));
    add(*store, b, 0, QStringLiteral("user"), QStringLiteral("gamma"), {*both});
    // The same picture is put in the composer again: pending, so it must survive.
    QVERIFY(store->images().addData(png(3, 3, qRgb(7, 8, 9)), QStringLiteral("again.png")));

    QSignalSpy changed(store.get(), &HistoryStore::conversationsChanged);
    QVERIFY(store->deleteConversation(a));
    QCOMPARE(changed.size(), 1);
    QVERIFY(store->messages(a).isEmpty());
    QVERIFY(!store->images().contains(*onlyA));
    QVERIFY(store->images().contains(*both));
    QVERIFY(store->images().contains(*waiting));
    QCOMPARE(store->messages(b).size(), 1);
    RawDb raw(store->databasePath());
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
    verifyIntegrity(dir.path());
  }

  void removeUnreferencedImages() {
    QTemporaryDir dir;
    {
      // A previous session left a picture that was never sent.
      ImageStore previous(dir.filePath(QStringLiteral("images")));
      QVERIFY(previous.addData(png(5, 5, qRgb(9, 9, 9)), QStringLiteral("left.png")));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    auto used = store->images().addData(png(5, 5, qRgb(1, 1, 1)), QStringLiteral("used.png"));
    auto pending = store->images().addData(png(5, 5, qRgb(2, 2, 2)), QStringLiteral("pending.png"));
    QVERIFY(used && pending);
    const qint64 c = *store->createConversation(QStringLiteral("Sweep"));
    QVERIFY(add(*store, c, 0, QStringLiteral("user"), QStringLiteral("look"), {*used}));
    QCOMPARE(store->images().storedHashes().size(), 3);
    auto removed = store->removeUnreferencedImages();
    QVERIFY2(removed, qPrintable(removed.error()));
    QCOMPARE(*removed, 1);
    QVERIFY(store->images().contains(*used));
    QVERIFY(store->images().contains(*pending));
    QCOMPARE(store->images().storedHashes().size(), 2);
  }

  void search() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("HistoryStore")));
    const qint64 py = *store->createConversation(QStringLiteral("Python tips"));
    add(*store, py, 0, QStringLiteral("user"), QStringLiteral("How do I sort a list in python?"));
    const qint64 cafe = *store->createConversation(QStringLiteral("Breakfast"));
    const qint64 cafeMessage = add(*store, cafe, 0, QStringLiteral("user"),
                                   QStringLiteral("Which café near the station opens early? I do NOT like tea."));
    const qint64 misc = *store->createConversation(QStringLiteral("Misc"));
    add(*store, misc, 0, QStringLiteral("user"),
        QStringLiteral("A long message about many unrelated things: gardening, weather, trains, and once python."));

    QCOMPARE(store->search(QStringLiteral("python")), (QList<qint64>{py, misc})); // title and text first
    QCOMPARE(store->search(QStringLiteral("PYTH")), (QList<qint64>{py, misc}));   // prefix, any case
    QCOMPARE(store->search(QStringLiteral("cafe")), QList<qint64>{cafe});         // diacritics folded
    QCOMPARE(store->search(QStringLiteral("sort python")), QList<qint64>{py});    // every word
    QCOMPARE(store->search(QStringLiteral("tips")), QList<qint64>{py});           // title only
    QVERIFY(store->search(QStringLiteral("kangaroo")).isEmpty());

    // User input is text, never FTS5 syntax.
    QCOMPARE(store->search(QStringLiteral("NOT tea")), QList<qint64>{cafe});
    QCOMPARE(store->search(QStringLiteral("\"python")), (QList<qint64>{py, misc}));
    QCOMPARE(store->search(QStringLiteral("python\" OR \"tea")), QList<qint64>());
    QCOMPARE(store->search(QStringLiteral("title:python")), QList<qint64>());
    for (const QString &odd :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("("), QStringLiteral("AND"),
          QStringLiteral("NEAR(python tips)"), QStringLiteral("-"), QStringLiteral("^python"), QStringLiteral("a:b:c"),
          QStringLiteral("''"), QStringLiteral(""), QStringLiteral("   ")})
      store->search(odd); // must not fail (a failure would print a warning) nor crash
    QCOMPARE(store->search(QStringLiteral("^python")), (QList<qint64>{py, misc}));
    QVERIFY(store->search(QStringLiteral("\"")).isEmpty());
    QVERIFY(store->search(QString()).isEmpty());

    // Triggers keep the index in step with renames, updates and deletes.
    QVERIFY(store->renameConversation(py, QStringLiteral("Sorting")));
    QCOMPARE(store->search(QStringLiteral("tips")), QList<qint64>());
    QCOMPARE(store->search(QStringLiteral("sorting")), QList<qint64>{py});
    QVERIFY(store->updateMessage(cafeMessage, QStringLiteral("Where is a bakery?"), MessageState::Complete));
    QVERIFY(store->search(QStringLiteral("cafe")).isEmpty());
    QCOMPARE(store->search(QStringLiteral("bakery")), QList<qint64>{cafe});
    QVERIFY(store->deleteConversation(misc));
    QCOMPARE(store->search(QStringLiteral("python")), QList<qint64>{py});
    verifyIntegrity(dir.path());
  }

  void twoStoresOnOneFolder() {
    QTemporaryDir dir;
    auto first = openStore(dir.path());
    auto second = openStore(dir.path());
    QVERIFY(first && second);
    const qint64 c = *first->createConversation(QStringLiteral("Shared"));
    const qint64 m = add(*first, c, 0, QStringLiteral("user"), QStringLiteral("from the first"));
    QCOMPARE(second->conversations().size(), 1);
    QCOMPARE(ids(second->currentPath(c)), QList<qint64>{m});

    const qint64 reply = add(*second, c, m, QStringLiteral("assistant"), QStringLiteral("from the second"));
    QVERIFY(reply);
    QCOMPARE(ids(first->currentPath(c)), (QList<qint64>{m, reply}));
    QVERIFY(first->updateMessage(reply, QStringLiteral("edited by the first"), MessageState::Complete));
    QCOMPARE(second->message(reply)->text, QStringLiteral("edited by the first"));
    QCOMPARE(second->search(QStringLiteral("edited")), QList<qint64>{c});
  }

  // Reads from another thread use that thread's own connection.
  void readFromAnotherThread() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 c = *store->createConversation(QStringLiteral("Threads"));
    add(*store, c, 0, QStringLiteral("user"), QStringLiteral("hello"));
    int seen = -1;
    QString text;
    std::unique_ptr<QThread> thread(QThread::create([&] {
      seen = int(store->conversations().size());
      text = store->currentPath(c).value(0).text;
    }));
    thread->start();
    QVERIFY(thread->wait());
    QCOMPARE(seen, 1);
    QCOMPARE(text, QStringLiteral("hello"));
  }

  void migratesAnEmptyDatabase() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
      RawDb raw(path);
      QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 0")));
      QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistorySchema::kVersion);
    QVERIFY(store->createConversation(QStringLiteral("works")));
    verifyIntegrity(dir.path());
  }

  // A version-1 database made without the store (as an older build would leave it) is upgraded
  // to the current version (pinning), its rows intact and unpinned.
  void opensAVersion1Database() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
      RawDb raw(path);
      for (const QString &sql : HistorySchema::migrationStatements(1))
        QVERIFY(raw.exec(sql));
      QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
      QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(HistorySchema::kApplicationId)));
      QVERIFY(raw.exec(QStringLiteral("INSERT INTO conversations (id, title, created, updated, current_leaf_id) "
                                      "VALUES (7, 'Old chat', 1700000000000, 1700000001000, 11)")));
      QVERIFY(raw.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, text, created) "
                                      "VALUES (10, 7, NULL, 'user', 'old question', 1700000000500)")));
      QVERIFY(raw.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, text, state, "
                                      "created) VALUES (11, 7, 10, 'assistant', 'old answer', 'stopped', "
                                      "1700000001000)")));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), HistorySchema::kVersion);
    auto c = store->conversation(7);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->title, QStringLiteral("Old chat"));
    QVERIFY(!c->pinned);
    QVERIFY(store->setPinned(7, true));
    QVERIFY(store->conversation(7)->pinned);
    QCOMPARE(c->created, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    QCOMPARE(c->updated, QDateTime::fromMSecsSinceEpoch(1700000001000, Qt::UTC));
    const auto path2 = store->currentPath(7);
    QCOMPARE(ids(path2), (QList<qint64>{10, 11}));
    QCOMPARE(path2[1].state, MessageState::Stopped);
    QCOMPARE(store->search(QStringLiteral("old")), QList<qint64>{7});
    const qint64 next = add(*store, 7, 11, QStringLiteral("user"), QStringLiteral("new question"));
    QCOMPARE(next, 12);
  }

  // Issue 17: pinning is stored, survives a reopen and leaves the updated time alone.
  void pinningIsStored() {
    QTemporaryDir dir;
    qint64 id = 0;
    QDateTime updated;
    {
      auto store = openStore(dir.path());
      QVERIFY(store);
      auto created = store->createConversation(QStringLiteral("Pin me"));
      QVERIFY(created);
      id = *created;
      QVERIFY(!store->conversation(id)->pinned);
      updated = store->conversation(id)->updated;
      QSignalSpy changed(store.get(), &HistoryStore::conversationsChanged);
      QVERIFY(store->setPinned(id, true));
      QCOMPARE(changed.count(), 1);
      QVERIFY(store->conversation(id)->pinned);
      QCOMPARE(store->conversation(id)->updated, updated);
      const Status missing = store->setPinned(id + 100, true);
      QVERIFY(!missing);
      QVERIFY2(missing.error().contains(QString::number(id + 100)), qPrintable(missing.error()));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    QVERIFY(store->conversations().value(0).pinned);
    QVERIFY(store->setPinned(id, false));
    QVERIFY(!store->conversation(id)->pinned);
  }

  void refusesANewerDatabase() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
      RawDb raw(path);
      QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
      QVERIFY(raw.exec(QStringLiteral("INSERT INTO future VALUES (42)")));
      QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(HistorySchema::kApplicationId)));
      QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistorySchema::kVersion + 1)));
    }
    const QByteArray before = fileHash(path);
    auto store = HistoryStore::open(dir.path());
    QVERIFY(!store);
    QVERIFY2(store.error().contains(QStringLiteral("newer version")), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QStringLiteral("schema version %1").arg(HistorySchema::kVersion + 1)),
             qPrintable(store.error()));
    QVERIFY2(store.error().contains(QStringLiteral("history.sqlite")), qPrintable(store.error()));
    QCOMPARE(fileHash(path), before);
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(raw.value(QStringLiteral("SELECT x FROM future")).toInt(), 42);
  }

  void refusesForeignFiles() {
    {
      QTemporaryDir dir;
      const QString path = dir.filePath(QStringLiteral("history.sqlite"));
      {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text)")));
      }
      const QByteArray before = fileHash(path);
      auto store = HistoryStore::open(dir.path());
      QVERIFY(!store);
      QVERIFY2(store.error().contains(QStringLiteral("another application")), qPrintable(store.error()));
      QCOMPARE(fileHash(path), before);
    }
    {
      QTemporaryDir dir;
      const QString path = dir.filePath(QStringLiteral("history.sqlite"));
      {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 12345")));
      }
      auto store = HistoryStore::open(dir.path());
      QVERIFY(!store);
      QVERIFY2(store.error().contains(QStringLiteral("12345")), qPrintable(store.error()));
    }
    {
      QTemporaryDir dir;
      const QString path = dir.filePath(QStringLiteral("history.sqlite"));
      QVERIFY(Fixtures::writeFile(path, QByteArray(4096, 'x')));
      auto store = HistoryStore::open(dir.path());
      QVERIFY(!store);
      QVERIFY2(store.error().contains(QDir::toNativeSeparators(path)), qPrintable(store.error()));
      QVERIFY2(store.error().contains(QStringLiteral("damaged")), qPrintable(store.error()));
      QCOMPARE(Fixtures::readFile(path), QByteArray(4096, 'x'));
    }
  }

  // An answer being streamed survives a SIGKILL: every update the child reported as committed is
  // there after reopening, and the database is intact.
  void killMidAnswer() {
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--stream-child"), dir.path()});
    QVERIFY(child.waitForStarted());
    qint64 conversation = 0, answer = 0;
    int committed = 0;
    QByteArray pending;
    const auto parse = [&] {
      pending += child.readAllStandardOutput();
      qsizetype end;
      while ((end = pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> words = pending.left(end).split(' ');
        pending.remove(0, end + 1);
        if (words.size() == 3 && words[0] == "ids") {
          conversation = words[1].toLongLong();
          answer = words[2].toLongLong();
        } else if (words.size() == 2 && words[0] == "committed") {
          committed = std::max(committed, words[1].toInt());
        }
      }
    };
    while (committed < 25 && child.state() == QProcess::Running) {
      if (!child.waitForReadyRead(60000))
        break;
      parse();
    }
    QVERIFY2(committed >= 25, "the child did not stream");
    child.kill(); // SIGKILL on Unix: no clean-up runs
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    parse(); // lines written before the kill count too
    QVERIFY(conversation > 0 && answer > 0);

    verifyIntegrity(dir.path());
    auto store = openStore(dir.path());
    QVERIFY(store);
    auto m = store->message(answer);
    QVERIFY2(m, qPrintable(m.error()));
    QCOMPARE(m->state, MessageState::Streaming);
    // Exactly the text of some update n >= the last one reported.
    const qsizetype tokens = m->text.count(QLatin1Char(' '));
    QVERIFY2(tokens >= committed, qPrintable(QStringLiteral("%1 < %2").arg(tokens).arg(committed)));
    QCOMPARE(m->text, streamedText(int(tokens)));
    QCOMPARE(ids(store->currentPath(conversation)).last(), answer);

    auto finished = store->finishInterruptedMessages();
    QVERIFY2(finished, qPrintable(finished.error()));
    QCOMPARE(*finished, 1);
    QCOMPARE(store->message(answer)->state, MessageState::Stopped);
    QCOMPARE(*store->finishInterruptedMessages(), 0);
  }

  void importConversationChecksTheTree() {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    StoredMessage root;
    root.id = 5;
    root.role = QStringLiteral("user");
    StoredMessage child;
    child.id = 6;
    child.parentId = 5;
    child.role = QStringLiteral("assistant");
    Conversation c;
    c.title = QStringLiteral("imported");

    auto orphan = store->importConversation(c, {child, root}); // parent after child
    QVERIFY(!orphan);
    QVERIFY2(orphan.error().contains(QStringLiteral("parent 5")), qPrintable(orphan.error()));
    auto duplicate = store->importConversation(c, {root, root});
    QVERIFY(!duplicate);
    c.currentLeafId = 99;
    QVERIFY(!store->importConversation(c, {root, child}));
    QVERIFY(store->conversations().isEmpty());

    c.currentLeafId = 0; // the latest leaf
    auto id = store->importConversation(c, {root, child});
    QVERIFY2(id, qPrintable(id.error()));
    const auto path = store->currentPath(*id);
    QCOMPARE(path.size(), 2);
    QCOMPARE(path[1].parentId, path[0].id);
  }
};

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  if (argc == 3 && qstrcmp(argv[1], "--stream-child") == 0)
    return streamChild(QString::fromLocal8Bit(argv[2]));
  TestHistoryStore test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
