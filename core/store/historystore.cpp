#include "store/historystore.h"

#include "store/historyschema.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <functional>
#include <optional>
#include <type_traits>

namespace mdi {

namespace {

QAtomicInt g_instances;

const QString kSqlite = QStringLiteral("QSQLITE");
const QString kConnectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");

qint64 nowMs() {
  return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant idOrNull(qint64 id) {
  return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
QVariant nonNull(const QString &s) {
  return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

QString jsonText(const QJsonObject &o) {
  return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text) {
  return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isValidRole(const QString &role) {
  return role == QLatin1String("user") || role == QLatin1String("assistant") || role == QLatin1String("system");
}

QString fileName(const QString &path) {
  return QDir::toNativeSeparators(path);
}

// A forward-only statement run with positional values.
class Query {
public:
  explicit Query(const QSqlDatabase &db) : m_query(db) { m_query.setForwardOnly(true); }
  bool run(const QString &sql, const QVariantList &values = {}) {
    if (!m_query.prepare(sql))
      return false;
    for (const QVariant &v : values)
      m_query.addBindValue(v);
    return m_query.exec();
  }
  bool next() { return m_query.next(); }
  QVariant value(int i) const { return m_query.value(i); }
  int rowsAffected() const { return m_query.numRowsAffected(); }
  qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
  QString error() const { return m_query.lastError().text(); }

private:
  QSqlQuery m_query;
};

// The text of an SQL failure while doing `what` to the history in `path`.
Error sqlError(const QString &path, const QString &what, const QString &detail) {
  return makeError(HistoryStore::tr("%1: %2 (%3)").arg(fileName(path), what, detail));
}

// Runs `body` inside BEGIN IMMEDIATE .. COMMIT, rolling back when it fails.
Status transact(QSqlDatabase &db, const QString &path, const std::function<Status()> &body) {
  QSqlQuery control(db);
  if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
    return sqlError(path, HistoryStore::tr("the database is busy or read-only"), control.lastError().text());
  Status status = body();
  if (status) {
    if (control.exec(QStringLiteral("COMMIT")))
      return status;
    status = sqlError(path, HistoryStore::tr("cannot save the change"), control.lastError().text());
  }
  control.exec(QStringLiteral("ROLLBACK"));
  return status;
}

// The newest child, then its newest child, ... down to a leaf.
Expected<qint64> latestLeafUnder(QSqlDatabase &db, const QString &path, qint64 id) {
  for (;;) {
    Query q(db);
    if (!q.run(QStringLiteral("SELECT id FROM messages WHERE parent_id = ? ORDER BY id DESC LIMIT 1"), {id}))
      return sqlError(path, HistoryStore::tr("cannot read the messages"), q.error());
    if (!q.next())
      return id;
    id = q.value(0).toLongLong();
  }
}

// The leaf of the newest first message of the conversation, 0 if it has no messages.
Expected<qint64> latestLeafOfConversation(QSqlDatabase &db, const QString &path, qint64 conversationId) {
  Query q(db);
  if (!q.run(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL "
                            "ORDER BY id DESC LIMIT 1"),
             {conversationId}))
    return sqlError(path, HistoryStore::tr("cannot read the messages"), q.error());
  if (!q.next())
    return qint64(0);
  return latestLeafUnder(db, path, q.value(0).toLongLong());
}

// Of `sha256s`, those no attachment references any more.
Expected<QStringList> unreferenced(QSqlDatabase &db, const QString &path, const QStringList &sha256s) {
  QStringList result;
  for (const QString &sha : sha256s) {
    Query q(db);
    if (!q.run(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1"), {sha}))
      return sqlError(path, HistoryStore::tr("cannot read the attachments"), q.error());
    if (!q.next())
      result.append(sha);
  }
  return result;
}

Status insertAttachments(QSqlDatabase &db, const QString &path, qint64 messageId, const QList<Attachment> &images) {
  for (int i = 0; i < images.size(); ++i) {
    const Attachment &a = images[i];
    Query q(db);
    if (!q.run(QStringLiteral("INSERT INTO attachments (message_id, position, sha256, file_name, mime_type, width, "
                              "height) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {messageId, i, a.sha256, nonNull(a.fileName), nonNull(a.mimeType), a.width, a.height}))
      return sqlError(path, HistoryStore::tr("cannot save an image attachment"), q.error());
  }
  return Status::ok();
}

Conversation readConversation(const Query &q) {
  Conversation c;
  c.id = q.value(0).toLongLong();
  c.title = q.value(1).toString();
  c.created = fromMs(q.value(2).toLongLong());
  c.updated = fromMs(q.value(3).toLongLong());
  c.systemPrompt = q.value(4).toString();
  c.sampling = jsonObject(q.value(5).toString());
  c.currentLeafId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
  c.pinned = q.value(7).toLongLong() != 0;
  return c;
}

const QString kConversationColumns =
    QStringLiteral("id, title, created, updated, system_prompt, sampling, current_leaf_id, pinned");

// Words of the user's query as FTS5 strings ("word"*): quotes doubled, so operators, colons,
// parentheses and quotes are text; words without a letter or digit are dropped.
QString ftsQuery(const QString &input) {
  static const QRegularExpression space(QStringLiteral("\\s+"));
  QStringList terms;
  for (QString word : input.left(1000).split(space, Qt::SkipEmptyParts)) {
    if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
      continue;
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    if (terms.size() == 32)
      break;
  }
  return terms.join(QLatin1Char(' '));
}

} // namespace

HistoryStore::HistoryStore(const QString &dataDir) :
    m_dataDir(dataDir), m_images(dataDir + QStringLiteral("/images")), m_thread(std::make_unique<QThread>()) {
  const int instance = g_instances.fetchAndAddRelaxed(1);
  m_writeConnection = QStringLiteral("mdi-history-%1-writer").arg(instance);
  m_readConnectionPrefix = QStringLiteral("mdi-history-%1-reader-").arg(instance);
  m_thread->setObjectName(QStringLiteral("HistoryWriter"));
  m_writer = new QObject;
  m_writer->moveToThread(m_thread.get());
  connect(m_thread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
  m_thread->start();
}

template <typename F> auto HistoryStore::onWriter(F &&job) const {
  using Result = std::invoke_result_t<F>;
  Q_ASSERT_X(QThread::currentThread() != m_thread.get(), "HistoryStore", "called from its own writer thread");
  std::optional<Result> result;
  QMetaObject::invokeMethod(
      m_writer, [&] { result.emplace(job()); }, Qt::BlockingQueuedConnection);
  Q_ASSERT(result);
  if (!result) {
    if constexpr (std::is_constructible_v<Result, Error>)
      return Result(makeError(tr("%1: the history writer is not running").arg(fileName(databasePath()))));
    else
      return Result{};
  }
  return std::move(*result);
}

template <typename F> auto HistoryStore::write(F &&job) const {
  return onWriter([&] {
    QSqlDatabase db = QSqlDatabase::database(m_writeConnection, false);
    return job(db);
  });
}

template <typename Job, typename Finish>
void HistoryStore::writeAsync(Job job, Finish finish, QObject *context, std::function<void(const Status &)> done) {
  Q_ASSERT_X(QThread::currentThread() != m_thread.get(), "HistoryStore", "called from its own writer thread");
  // As updateMessageAsync: the writer's queue keeps the order of all writes; the store outlives
  // every job posted to it, and posted results die with it.
  QPointer<QObject> target(context);
  QMetaObject::invokeMethod(
      m_writer,
      [this, job = std::move(job), finish = std::move(finish), target, done = std::move(done)]() mutable {
        QSqlDatabase db = QSqlDatabase::database(m_writeConnection, false);
        auto result = job(db);
        // Back on the store's thread: its signals and file removals, then the caller's `done`.
        QMetaObject::invokeMethod(
            this,
            [result = std::move(result), finish = std::move(finish), target, done = std::move(done)] {
              const Status status = finish(result);
              if (!target || !done)
                return;
              if (target->thread() == QThread::currentThread())
                done(status);
              else
                QMetaObject::invokeMethod(
                    target.data(), [done, status] { done(status); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

HistoryStore::~HistoryStore() {
  onWriter([this] {
    {
      QSqlDatabase db = QSqlDatabase::database(m_writeConnection, false);
      if (db.isValid())
        db.close();
    }
    if (QSqlDatabase::contains(m_writeConnection))
      QSqlDatabase::removeDatabase(m_writeConnection);
    return 0;
  });
  m_thread->quit();
  m_thread->wait();
  QMutexLocker lock(&m_readMutex);
  for (const QString &name : std::as_const(m_readConnections))
    QSqlDatabase::removeDatabase(name);
}

Expected<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString &dataDir) {
  if (!QSqlDatabase::isDriverAvailable(kSqlite))
    return makeError(tr("The Qt SQLite driver (QSQLITE) is not installed; the chat history cannot be opened."));
  QDir dir(dataDir);
  if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("images")))
    return makeError(tr("%1: cannot create the folder for the chat history").arg(fileName(dir.absolutePath())));

  std::unique_ptr<HistoryStore> store(new HistoryStore(dir.absolutePath()));
  const QString path = store->databasePath();
  const QString connection = store->m_writeConnection;
  const Status opened = store->onWriter([&]() -> Status {
    QSqlDatabase db = QSqlDatabase::addDatabase(kSqlite, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(kConnectOptions);
    if (!db.open())
      return makeError(tr("%1: cannot open the chat history (%2)").arg(fileName(path), db.lastError().text()));
    return HistorySchema::migrate(db, path);
  });
  if (!opened)
    return makeError(opened.error());
  const QSqlDatabase reader = store->readDatabase();
  if (!reader.isOpen())
    return makeError(
        tr("%1: cannot open the chat history for reading (%2)").arg(fileName(path), reader.lastError().text()));
  return Expected<std::unique_ptr<HistoryStore>>(std::move(store));
}

QString HistoryStore::databasePath() const {
  return m_dataDir + QStringLiteral("/history.sqlite");
}

QSqlDatabase HistoryStore::readDatabase() const {
  // A number per thread, never reused (thread ids are): a connection belongs to one thread.
  static QAtomicInt threads;
  thread_local const int thread = threads.fetchAndAddRelaxed(1);
  const QString name = m_readConnectionPrefix + QString::number(thread);
  if (QSqlDatabase::contains(name))
    return QSqlDatabase::database(name, false);
  QSqlDatabase db = QSqlDatabase::addDatabase(kSqlite, name);
  db.setDatabaseName(databasePath());
  db.setConnectOptions(kConnectOptions);
  if (!db.open())
    qWarning("HistoryStore: cannot open %s for reading: %s", qPrintable(databasePath()),
             qPrintable(db.lastError().text()));
  QMutexLocker lock(&m_readMutex);
  if (!m_readConnections.contains(name))
    m_readConnections.append(name);
  return db;
}

// ---------------------------------------------------------------------------------------- reads

QList<Conversation> HistoryStore::conversations() const {
  Query q(readDatabase());
  QList<Conversation> list;
  if (!q.run(QStringLiteral("SELECT %1 FROM conversations ORDER BY updated DESC, id DESC").arg(kConversationColumns))) {
    qWarning("HistoryStore: cannot list the conversations: %s", qPrintable(q.error()));
    return list;
  }
  while (q.next())
    list.append(readConversation(q));
  return list;
}

Expected<Conversation> HistoryStore::conversation(qint64 id) const {
  Query q(readDatabase());
  if (!q.run(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kConversationColumns), {id}))
    return sqlError(databasePath(), tr("cannot read conversation %1").arg(id), q.error());
  if (!q.next())
    return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(id));
  return readConversation(q);
}

QList<StoredMessage> HistoryStore::readMessages(const QString &where, const QVariantList &values) const {
  QSqlDatabase db = readDatabase();
  QList<StoredMessage> list;
  // One read transaction: the messages and their attachments come from the same snapshot.
  const bool snapshot = QSqlQuery(db).exec(QStringLiteral("BEGIN"));
  {
    Query q(db);
    if (!q.run(QStringLiteral("SELECT id, conversation_id, parent_id, role, text, state, created, stats "
                              "FROM messages WHERE %1 ORDER BY id")
                   .arg(where),
               values))
      qWarning("HistoryStore: cannot read messages: %s", qPrintable(q.error()));
    while (q.next()) {
      StoredMessage m;
      m.id = q.value(0).toLongLong();
      m.conversationId = q.value(1).toLongLong();
      m.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
      m.role = q.value(3).toString();
      m.text = q.value(4).toString();
      m.state = messageStateFromName(q.value(5).toString()).value_or(MessageState::Complete);
      m.created = fromMs(q.value(6).toLongLong());
      m.stats = jsonObject(q.value(7).toString());
      list.append(m);
    }
  }
  if (!list.isEmpty()) {
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
      index.insert(list[i].id, i);
      ids.append(QString::number(list[i].id));
    }
    Query q(db);
    if (!q.run(QStringLiteral("SELECT message_id, sha256, file_name, mime_type, width, height FROM attachments "
                              "WHERE message_id IN (%1) ORDER BY message_id, position")
                   .arg(ids.join(QLatin1Char(',')))))
      qWarning("HistoryStore: cannot read attachments: %s", qPrintable(q.error()));
    while (q.next()) {
      Attachment a;
      a.sha256 = q.value(1).toString();
      a.fileName = q.value(2).toString();
      a.mimeType = q.value(3).toString();
      a.width = q.value(4).toInt();
      a.height = q.value(5).toInt();
      const auto it = index.constFind(q.value(0).toLongLong());
      if (it != index.cend())
        list[*it].images.append(a);
    }
  }
  if (snapshot)
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
  return list;
}

Expected<StoredMessage> HistoryStore::message(qint64 id) const {
  const QList<StoredMessage> list = readMessages(QStringLiteral("id = ?"), {id});
  if (list.isEmpty())
    return makeError(tr("Message %1 does not exist (it may have been deleted).").arg(id));
  return list.first();
}

QList<StoredMessage> HistoryStore::messages(qint64 conversationId) const {
  return readMessages(QStringLiteral("conversation_id = ?"), {conversationId});
}

QList<StoredMessage> HistoryStore::currentPath(qint64 conversationId) const {
  // A parent always has a smaller id than its children, so id order is root-to-leaf order.
  return readMessages(QStringLiteral("conversation_id = ? AND id IN ("
                                     "WITH RECURSIVE path(id) AS ("
                                     " SELECT current_leaf_id FROM conversations WHERE id = ?"
                                     " UNION ALL"
                                     " SELECT m.parent_id FROM messages m JOIN path ON m.id = path.id"
                                     " WHERE m.parent_id IS NOT NULL)"
                                     " SELECT id FROM path)"),
                      {conversationId, conversationId});
}

QList<StoredMessage> HistoryStore::siblings(qint64 messageId) const {
  return readMessages(QStringLiteral("conversation_id = (SELECT conversation_id FROM messages WHERE id = ?)"
                                     " AND parent_id IS (SELECT parent_id FROM messages WHERE id = ?)"),
                      {messageId, messageId});
}

QList<qint64> HistoryStore::search(const QString &query) const {
  QList<qint64> ids;
  const QString match = ftsQuery(query);
  if (match.isEmpty())
    return ids;
  Query q(readDatabase());
  // bm25() is negative, lower is better; a title match counts double.
  if (!q.run(QStringLiteral("SELECT hits.cid FROM ("
                            " SELECT m.conversation_id AS cid, bm25(messages_fts) AS score"
                            " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                            " WHERE messages_fts MATCH ?"
                            " UNION ALL"
                            " SELECT conversations_fts.rowid AS cid, 2.0 * bm25(conversations_fts) AS score"
                            " FROM conversations_fts WHERE conversations_fts MATCH ?) AS hits"
                            " JOIN conversations c ON c.id = hits.cid"
                            " GROUP BY hits.cid ORDER BY min(hits.score), c.updated DESC, c.id DESC"),
             {match, match})) {
    qWarning("HistoryStore: search for %s failed: %s", qPrintable(match), qPrintable(q.error()));
    return ids;
  }
  while (q.next())
    ids.append(q.value(0).toLongLong());
  return ids;
}

QList<qint64> HistoryStore::searchMessages(qint64 conversationId, const QString &query) const {
  QList<qint64> ids;
  const QString match = ftsQuery(query);
  if (match.isEmpty())
    return ids;
  Query q(readDatabase());
  if (!q.run(QStringLiteral("SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                            " WHERE messages_fts MATCH ? AND m.conversation_id = ?"
                            " ORDER BY bm25(messages_fts), m.id DESC"),
             {match, conversationId})) {
    qWarning("HistoryStore: search for %s failed: %s", qPrintable(match), qPrintable(q.error()));
    return ids;
  }
  while (q.next())
    ids.append(q.value(0).toLongLong());
  return ids;
}

int HistoryStore::schemaVersion() const {
  QSqlDatabase db = readDatabase();
  return HistorySchema::userVersion(db);
}

// --------------------------------------------------------------------------------------- writes

Expected<qint64> HistoryStore::createConversation(const QString &title, const QString &systemPrompt,
                                                  const QJsonObject &sampling) {
  const QString cleanTitle = title.trimmed();
  if (cleanTitle.size() > kMaxTitleLength)
    return makeError(
        tr("The title is %1 characters long; at most %2 are allowed.").arg(cleanTitle.size()).arg(kMaxTitleLength));
  const QString path = databasePath();
  Expected<qint64> id = write([&](QSqlDatabase &db) -> Expected<qint64> {
    const qint64 now = nowMs();
    Query q(db);
    if (!q.run(QStringLiteral("INSERT INTO conversations (title, created, updated, system_prompt, sampling) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {nonNull(cleanTitle), now, now, nonNull(systemPrompt), jsonText(sampling)}))
      return sqlError(path, tr("cannot create a conversation"), q.error());
    return q.lastInsertId();
  });
  if (id)
    Q_EMIT conversationsChanged();
  return id;
}

Status HistoryStore::renameConversation(qint64 id, const QString &title) {
  const QString cleanTitle = title.trimmed();
  if (cleanTitle.size() > kMaxTitleLength)
    return makeError(
        tr("The title is %1 characters long; at most %2 are allowed.").arg(cleanTitle.size()).arg(kMaxTitleLength));
  const QString path = databasePath();
  const Status status = write([&](QSqlDatabase &db) -> Status {
    Query q(db);
    if (!q.run(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"), {nonNull(cleanTitle), id}))
      return sqlError(path, tr("cannot rename conversation %1").arg(id), q.error());
    if (q.rowsAffected() == 0)
      return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(id));
    return Status::ok();
  });
  if (status)
    Q_EMIT conversationsChanged();
  return status;
}

Status HistoryStore::setPinned(qint64 id, bool pinned) {
  const QString path = databasePath();
  const Status status = write([&](QSqlDatabase &db) -> Status {
    Query q(db);
    // The updated time stays: pinning is no new activity.
    if (!q.run(QStringLiteral("UPDATE conversations SET pinned = ? WHERE id = ?"), {pinned ? 1 : 0, id}))
      return sqlError(path, tr("cannot pin conversation %1").arg(id), q.error());
    if (q.rowsAffected() == 0)
      return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(id));
    return Status::ok();
  });
  if (status)
    Q_EMIT conversationsChanged();
  return status;
}

Status HistoryStore::setConversationSettings(qint64 id, const QString &systemPrompt, const QJsonObject &sampling) {
  const QString path = databasePath();
  const Status status = write([&](QSqlDatabase &db) -> Status {
    Query q(db);
    if (!q.run(QStringLiteral("UPDATE conversations SET system_prompt = ?, sampling = ? WHERE id = ?"),
               {nonNull(systemPrompt), jsonText(sampling), id}))
      return sqlError(path, tr("cannot save the settings of conversation %1").arg(id), q.error());
    if (q.rowsAffected() == 0)
      return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(id));
    return Status::ok();
  });
  if (status)
    Q_EMIT conversationsChanged();
  return status;
}

HistoryStore::Removal HistoryStore::removeConversation(QSqlDatabase &db, qint64 id) const {
  const QString path = databasePath();
  Removal removal;
  removal.conversationId = id;
  QStringList &orphans = removal.orphans;
  removal.status = transact(db, path, [&]() -> Status {
    QStringList used;
    {
      Query q(db);
      if (!q.run(QStringLiteral("SELECT DISTINCT a.sha256 FROM attachments a JOIN messages m ON m.id = a.message_id "
                                "WHERE m.conversation_id = ?"),
                 {id}))
        return sqlError(path, tr("cannot read the attachments of conversation %1").arg(id), q.error());
      while (q.next())
        used.append(q.value(0).toString());
    }
    Query q(db);
    if (!q.run(QStringLiteral("DELETE FROM conversations WHERE id = ?"), {id}))
      return sqlError(path, tr("cannot delete conversation %1").arg(id), q.error());
    if (q.rowsAffected() == 0)
      return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(id));
    Expected<QStringList> unused = unreferenced(db, path, used);
    if (!unused)
      return makeError(unused.error());
    orphans = *unused;
    return Status::ok();
  });
  return removal;
}

Status HistoryStore::finishRemoval(const Removal &removal, bool wholeConversation) {
  if (!removal.status)
    return removal.status;
  removeImageFiles(removal.orphans);
  if (wholeConversation)
    Q_EMIT conversationsChanged();
  else
    Q_EMIT messagesChanged(removal.conversationId);
  return removal.status;
}

Status HistoryStore::deleteConversation(qint64 id) {
  return finishRemoval(write([&](QSqlDatabase &db) { return removeConversation(db, id); }), true);
}

void HistoryStore::deleteConversationAsync(qint64 id, QObject *context, std::function<void(const Status &)> done) {
  writeAsync([this, id](QSqlDatabase &db) { return removeConversation(db, id); },
             [this](const Removal &removal) { return finishRemoval(removal, true); }, context, std::move(done));
}

Expected<qint64> HistoryStore::addMessage(const StoredMessage &message) {
  if (!isValidRole(message.role))
    return makeError(
        tr("A message's role must be \"user\", \"assistant\" or \"system\"; got \"%1\".").arg(message.role));
  QStringList shas;
  for (const Attachment &a : message.images) {
    if (!ImageStore::isValidSha256(a.sha256))
      return makeError(tr("%1: the image reference \"%2\" is not a SHA-256 digest").arg(a.fileName, a.sha256));
    if (!m_images.contains(a))
      return makeError(tr("%1: the image is not in the image store %2")
                           .arg(a.fileName, QDir::toNativeSeparators(m_images.directory())));
    shas.append(a.sha256);
  }
  const QString path = databasePath();
  const qint64 conversationId = message.conversationId;
  qint64 newId = 0;
  const Status status = write([&](QSqlDatabase &db) -> Status {
    return transact(db, path, [&]() -> Status {
      {
        Query q(db);
        if (!q.run(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"), {conversationId}))
          return sqlError(path, tr("cannot read conversation %1").arg(conversationId), q.error());
        if (!q.next())
          return makeError(tr("Conversation %1 does not exist (it may have been deleted).").arg(conversationId));
      }
      if (message.parentId != 0) {
        Query q(db);
        if (!q.run(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), {message.parentId}))
          return sqlError(path, tr("cannot read message %1").arg(message.parentId), q.error());
        if (!q.next())
          return makeError(tr("Message %1 does not exist (it may have been deleted).").arg(message.parentId));
        if (q.value(0).toLongLong() != conversationId)
          return makeError(tr("Message %1 belongs to another conversation; it cannot be the parent of a message in "
                              "conversation %2.")
                               .arg(message.parentId)
                               .arg(conversationId));
      }
      const qint64 now = nowMs();
      Query insert(db);
      if (!insert.run(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, role, text, state, created, "
                                     "stats) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {conversationId, idOrNull(message.parentId), message.role, nonNull(message.text),
                       messageStateName(message.state), now, jsonText(message.stats)}))
        return sqlError(path, tr("cannot save the message"), insert.error());
      newId = insert.lastInsertId();
      if (Status s = insertAttachments(db, path, newId, message.images); !s)
        return s;
      Query leaf(db);
      if (!leaf.run(QStringLiteral("UPDATE conversations SET current_leaf_id = ?, updated = ? WHERE id = ?"),
                    {newId, now, conversationId}))
        return sqlError(path, tr("cannot save the message"), leaf.error());
      return Status::ok();
    });
  });
  if (!status)
    return makeError(status.error());
  m_images.release(shas);
  Q_EMIT messagesChanged(conversationId);
  Q_EMIT conversationsChanged();
  return newId;
}

Expected<qint64> HistoryStore::saveMessage(QSqlDatabase &db, qint64 id, const QString &newText, MessageState state,
                                           const QJsonObject &stats) const {
  const QString path = databasePath();
  qint64 conversationId = 0;
  const Status status = transact(db, path, [&]() -> Status {
    {
      Query q(db);
      if (!q.run(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), {id}))
        return sqlError(path, tr("cannot read message %1").arg(id), q.error());
      if (!q.next())
        return makeError(tr("Message %1 does not exist (it may have been deleted).").arg(id));
      conversationId = q.value(0).toLongLong();
    }
    Query q(db);
    const bool ok = stats.isEmpty()
                        ? q.run(QStringLiteral("UPDATE messages SET text = ?, state = ? WHERE id = ?"),
                                {nonNull(newText), messageStateName(state), id})
                        : q.run(QStringLiteral("UPDATE messages SET text = ?, state = ?, stats = ? WHERE id = ?"),
                                {nonNull(newText), messageStateName(state), jsonText(stats), id});
    if (!ok)
      return sqlError(path, tr("cannot save message %1").arg(id), q.error());
    return Status::ok();
  });
  if (!status)
    return makeError(status.error());
  return conversationId;
}

Status HistoryStore::updateMessage(qint64 id, const QString &newText, MessageState state, const QJsonObject &stats) {
  const auto saved = write([&](QSqlDatabase &db) { return saveMessage(db, id, newText, state, stats); });
  if (!saved)
    return makeError(saved.error());
  Q_EMIT messagesChanged(*saved);
  return Status::ok();
}

void HistoryStore::updateMessageAsync(qint64 id, const QString &text, MessageState state, const QJsonObject &stats,
                                      QObject *context, std::function<void(const Status &)> done) {
  Q_ASSERT_X(QThread::currentThread() != m_thread.get(), "HistoryStore", "called from its own writer thread");
  // The writer's queue keeps the order of all writes. The store outlives every job posted to it
  // (its destructor waits for the writer), and posted results die with it.
  QPointer<QObject> target(context);
  QMetaObject::invokeMethod(
      m_writer,
      [this, id, text, state, stats, target, done = std::move(done)]() mutable {
        QSqlDatabase db = QSqlDatabase::database(m_writeConnection, false);
        const Expected<qint64> saved = saveMessage(db, id, text, state, stats);
        // Back on the store's thread, where the QPointer may be read safely.
        QMetaObject::invokeMethod(
            this,
            [this, saved, target, done = std::move(done)] {
              if (saved)
                Q_EMIT messagesChanged(*saved);
              if (!target || !done)
                return;
              const Status status = saved ? Status::ok() : Status(makeError(saved.error()));
              if (target->thread() == QThread::currentThread())
                done(status);
              else
                QMetaObject::invokeMethod(
                    target.data(), [done, status] { done(status); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

HistoryStore::Removal HistoryStore::removeMessage(QSqlDatabase &db, qint64 id) const {
  const QString path = databasePath();
  Removal removal;
  qint64 &conversationId = removal.conversationId;
  QStringList &orphans = removal.orphans;
  removal.status = transact(db, path, [&]() -> Status {
    qint64 parentId = 0;
    qint64 currentLeaf = 0;
    {
      Query q(db);
      if (!q.run(QStringLiteral("SELECT m.conversation_id, m.parent_id, c.current_leaf_id FROM messages m "
                                "JOIN conversations c ON c.id = m.conversation_id WHERE m.id = ?"),
                 {id}))
        return sqlError(path, tr("cannot read message %1").arg(id), q.error());
      if (!q.next())
        return makeError(tr("Message %1 does not exist (it may have been deleted).").arg(id));
      conversationId = q.value(0).toLongLong();
      parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
      currentLeaf = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    }
    const QString subtree = QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                           "SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id) ");
    QSet<qint64> doomed;
    QStringList used;
    {
      Query q(db);
      if (!q.run(subtree + QStringLiteral("SELECT id FROM sub"), {id}))
        return sqlError(path, tr("cannot read the replies to message %1").arg(id), q.error());
      while (q.next())
        doomed.insert(q.value(0).toLongLong());
    }
    {
      Query q(db);
      if (!q.run(subtree + QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE message_id IN sub"), {id}))
        return sqlError(path, tr("cannot read the attachments of message %1").arg(id), q.error());
      while (q.next())
        used.append(q.value(0).toString());
    }
    {
      // One statement: the parent_id references among the deleted rows resolve at its end.
      Query q(db);
      if (!q.run(subtree + QStringLiteral("DELETE FROM messages WHERE id IN sub"), {id}))
        return sqlError(path, tr("cannot delete message %1").arg(id), q.error());
    }
    if (doomed.contains(currentLeaf)) {
      qint64 leaf = parentId;
      if (leaf == 0) {
        Expected<qint64> latest = latestLeafOfConversation(db, path, conversationId);
        if (!latest)
          return makeError(latest.error());
        leaf = *latest;
      }
      Query q(db);
      if (!q.run(QStringLiteral("UPDATE conversations SET current_leaf_id = ? WHERE id = ?"),
                 {idOrNull(leaf), conversationId}))
        return sqlError(path, tr("cannot delete message %1").arg(id), q.error());
    }
    Expected<QStringList> unused = unreferenced(db, path, used);
    if (!unused)
      return makeError(unused.error());
    orphans = *unused;
    return Status::ok();
  });
  return removal;
}

Status HistoryStore::deleteMessage(qint64 id) {
  return finishRemoval(write([&](QSqlDatabase &db) { return removeMessage(db, id); }), false);
}

void HistoryStore::deleteMessageAsync(qint64 id, QObject *context, std::function<void(const Status &)> done) {
  writeAsync([this, id](QSqlDatabase &db) { return removeMessage(db, id); },
             [this](const Removal &removal) { return finishRemoval(removal, false); }, context, std::move(done));
}

Status HistoryStore::showBranch(QSqlDatabase &db, qint64 conversationId, qint64 messageId) const {
  const QString path = databasePath();
  return transact(db, path, [&]() -> Status {
    {
      Query q(db);
      if (!q.run(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"), {messageId}))
        return sqlError(path, tr("cannot read message %1").arg(messageId), q.error());
      if (!q.next())
        return makeError(tr("Message %1 does not exist (it may have been deleted).").arg(messageId));
      if (q.value(0).toLongLong() != conversationId)
        return makeError(tr("Message %1 is not part of conversation %2.").arg(messageId).arg(conversationId));
    }
    Expected<qint64> leaf = latestLeafUnder(db, path, messageId);
    if (!leaf)
      return makeError(leaf.error());
    Query q(db);
    if (!q.run(QStringLiteral("UPDATE conversations SET current_leaf_id = ? WHERE id = ?"), {*leaf, conversationId}))
      return sqlError(path, tr("cannot switch the branch of conversation %1").arg(conversationId), q.error());
    return Status::ok();
  });
}

Status HistoryStore::setCurrentLeaf(qint64 conversationId, qint64 messageId) {
  const Status status = write([&](QSqlDatabase &db) { return showBranch(db, conversationId, messageId); });
  if (status)
    Q_EMIT messagesChanged(conversationId);
  return status;
}

void HistoryStore::setCurrentLeafAsync(qint64 conversationId, qint64 messageId, QObject *context,
                                       std::function<void(const Status &)> done) {
  writeAsync([this, conversationId, messageId](QSqlDatabase &db) { return showBranch(db, conversationId, messageId); },
             [this, conversationId](const Status &status) {
               if (status)
                 Q_EMIT messagesChanged(conversationId);
               return status;
             },
             context, std::move(done));
}

Expected<qint64> HistoryStore::importConversation(const Conversation &conversation,
                                                  const QList<StoredMessage> &messages) {
  // Structure first, nothing written yet.
  if (conversation.title.trimmed().size() > kMaxTitleLength)
    return makeError(tr("The title is %1 characters long; at most %2 are allowed.")
                         .arg(conversation.title.trimmed().size())
                         .arg(kMaxTitleLength));
  QSet<qint64> seen;
  QStringList shas;
  for (qsizetype i = 0; i < messages.size(); ++i) {
    const StoredMessage &m = messages[i];
    if (m.id <= 0 || seen.contains(m.id))
      return makeError(
          tr("Message %1 of %2: its id %3 is not positive or not unique.").arg(i + 1).arg(messages.size()).arg(m.id));
    if (m.parentId != 0 && !seen.contains(m.parentId))
      return makeError(tr("Message %1 (id %2): its parent %3 is not an earlier message of the conversation.")
                           .arg(i + 1)
                           .arg(m.id)
                           .arg(m.parentId));
    if (!isValidRole(m.role))
      return makeError(tr("Message %1 (id %2): the role must be \"user\", \"assistant\" or \"system\"; got \"%3\".")
                           .arg(i + 1)
                           .arg(m.id)
                           .arg(m.role));
    for (const Attachment &a : m.images) {
      if (!ImageStore::isValidSha256(a.sha256) || !m_images.contains(a))
        return makeError(
            tr("Message %1 (id %2): the image %3 is not in the image store.").arg(i + 1).arg(m.id).arg(a.fileName));
      shas.append(a.sha256);
    }
    seen.insert(m.id);
  }
  if (conversation.currentLeafId != 0 && !seen.contains(conversation.currentLeafId))
    return makeError(
        tr("The current message %1 is not one of the conversation's messages.").arg(conversation.currentLeafId));

  const QString path = databasePath();
  qint64 newConversation = 0;
  const Status status = write([&](QSqlDatabase &db) -> Status {
    return transact(db, path, [&]() -> Status {
      const qint64 now = nowMs();
      const qint64 created = conversation.created.isValid() ? conversation.created.toMSecsSinceEpoch() : now;
      const qint64 updated = conversation.updated.isValid() ? conversation.updated.toMSecsSinceEpoch() : created;
      {
        Query q(db);
        if (!q.run(QStringLiteral("INSERT INTO conversations (title, created, updated, system_prompt, sampling) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {nonNull(conversation.title.trimmed()), created, updated, nonNull(conversation.systemPrompt),
                    jsonText(conversation.sampling)}))
          return sqlError(path, tr("cannot create a conversation"), q.error());
        newConversation = q.lastInsertId();
      }
      QHash<qint64, qint64> newIds;
      for (const StoredMessage &m : messages) {
        Query q(db);
        if (!q.run(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, role, text, state, created, "
                                  "stats) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {newConversation, idOrNull(newIds.value(m.parentId)), m.role, nonNull(m.text),
                    messageStateName(m.state), m.created.isValid() ? m.created.toMSecsSinceEpoch() : created,
                    jsonText(m.stats)}))
          return sqlError(path, tr("cannot save a message"), q.error());
        newIds.insert(m.id, q.lastInsertId());
        if (Status s = insertAttachments(db, path, newIds.value(m.id), m.images); !s)
          return s;
      }
      qint64 leaf = newIds.value(conversation.currentLeafId);
      if (leaf == 0) {
        Expected<qint64> latest = latestLeafOfConversation(db, path, newConversation);
        if (!latest)
          return makeError(latest.error());
        leaf = *latest;
      }
      Query q(db);
      if (!q.run(QStringLiteral("UPDATE conversations SET current_leaf_id = ? WHERE id = ?"),
                 {idOrNull(leaf), newConversation}))
        return sqlError(path, tr("cannot create a conversation"), q.error());
      return Status::ok();
    });
  });
  if (!status)
    return makeError(status.error());
  m_images.release(shas);
  Q_EMIT conversationsChanged();
  return newConversation;
}

Expected<int> HistoryStore::finishInterruptedMessages() {
  const QString path = databasePath();
  QList<qint64> touched;
  int count = 0;
  const Status status = write([&](QSqlDatabase &db) -> Status {
    return transact(db, path, [&]() -> Status {
      {
        Query q(db);
        if (!q.run(QStringLiteral("SELECT DISTINCT conversation_id FROM messages WHERE state = 'streaming'")))
          return sqlError(path, tr("cannot read the messages"), q.error());
        while (q.next())
          touched.append(q.value(0).toLongLong());
      }
      Query q(db);
      if (!q.run(QStringLiteral("UPDATE messages SET state = 'stopped' WHERE state = 'streaming'")))
        return sqlError(path, tr("cannot save the messages"), q.error());
      count = q.rowsAffected();
      return Status::ok();
    });
  });
  if (!status)
    return makeError(status.error());
  for (qint64 id : std::as_const(touched))
    Q_EMIT messagesChanged(id);
  return count;
}

Expected<int> HistoryStore::removeUnreferencedImages() {
  QSet<QString> referenced;
  {
    Query q(readDatabase());
    if (!q.run(QStringLiteral("SELECT DISTINCT sha256 FROM attachments")))
      return sqlError(databasePath(), tr("cannot read the attachments"), q.error());
    while (q.next())
      referenced.insert(q.value(0).toString());
  }
  int removed = 0;
  for (const QString &sha : m_images.storedHashes()) {
    if (!referenced.contains(sha) && !m_images.isPending(sha) && m_images.remove(sha))
      ++removed;
  }
  return removed;
}

void HistoryStore::removeImageFiles(const QStringList &sha256s) {
  for (const QString &sha : sha256s) {
    if (!m_images.remove(sha) && !m_images.isPending(sha))
      qWarning("HistoryStore: cannot remove the unused image %s from %s", qPrintable(sha),
               qPrintable(m_images.directory()));
  }
}

} // namespace mdi
