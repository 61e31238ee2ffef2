#pragma once

#include "store/conversation.h"
#include "store/imagestore.h"
#include "store/storedmessage.h"
#include "util/expected.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace mdi {

// The chat history: conversations holding trees of messages (regenerations and edits are
// siblings), their image attachments, and full-text search, in <dataDir>/history.sqlite with
// the images in <dataDir>/images (ImageStore).
//
// One writer: every write runs on a dedicated thread that owns the only write connection, in
// the order the writes were made. The write methods hand the work to it and wait for the result
// (a write is one small transaction without an fsync, so the caller is held for a moment only);
// updateMessageAsync, the write of streaming answers, does not wait: its outcome comes back on the
// caller's thread. Reads run on the calling thread's own connection (one per thread, opened on
// first use); WAL lets them proceed during a write. Each write commits before its result is
// reported, with synchronous=NORMAL in WAL mode, so whatever was reported as done survives the
// process being killed; a power loss may roll back the last commits but never corrupts the file.
//
// Several HistoryStore objects (or processes) may open the same folder: SQLite serialises their
// writes, and each sees the others' committed writes on its next read. Signals report only this
// object's writes.
class HistoryStore : public QObject {
  Q_OBJECT

public:
  static constexpr int kMaxTitleLength = 1000;

  // Creates <dataDir>/history.sqlite (and images/) or opens and migrates it; refuses a database
  // from a newer version or another application without changing it.
  static Expected<std::unique_ptr<HistoryStore>> open(const QString &dataDir);
  ~HistoryStore() override;

  QString dataDirectory() const { return m_dataDir; }
  QString databasePath() const;
  ImageStore &images() { return m_images; }
  const ImageStore &images() const { return m_images; }

  // --- reads (calling thread's connection)
  QList<Conversation> conversations() const; // newest (updated) first
  Expected<Conversation> conversation(qint64 id) const;
  Expected<StoredMessage> message(qint64 id) const;
  QList<StoredMessage> messages(qint64 conversationId) const;    // every branch, in creation order
  QList<StoredMessage> currentPath(qint64 conversationId) const; // root .. current leaf
  // Messages with the same parent in the same conversation, in creation order, itself included
  // (for a first message: every first message of its conversation). Empty if it does not exist.
  QList<StoredMessage> siblings(qint64 messageId) const;
  // Conversation ids whose messages or title contain every word of `query` (each word also
  // matches as a prefix: "pyth" finds "python"), best match first. Quotes and FTS5 operators in
  // the input are taken literally. An empty query finds nothing.
  QList<qint64> search(const QString &query) const;
  // Messages of one conversation that contain every word of `query` (as search()), best match
  // first, then the newest: where a search result opens.
  QList<qint64> searchMessages(qint64 conversationId, const QString &query) const;
  int schemaVersion() const;

  // --- writes (writer thread; each one transaction)
  Expected<qint64> createConversation(const QString &title, const QString &systemPrompt = {},
                                      const QJsonObject &sampling = {});
  Status renameConversation(qint64 id, const QString &title);
  // Pins (keeps on top of the sidebar) or unpins; the conversation's updated time stays.
  Status setPinned(qint64 id, bool pinned);
  Status setConversationSettings(qint64 id, const QString &systemPrompt, const QJsonObject &sampling);
  // Its messages and attachments too; image files no other message uses are removed.
  Status deleteConversation(qint64 id);
  // Ignores message.id, .created and .conversationId must name an existing conversation; the
  // parent (if any) must be in the same conversation and every image in images(). Sets created
  // to now, makes the message the conversation's current leaf and moves its updated time.
  Expected<qint64> addMessage(const StoredMessage &message);
  // Streaming updates: replaces the text and state; an empty `stats` keeps the stored ones.
  Status updateMessage(qint64 id, const QString &text, MessageState state, const QJsonObject &stats = {});
  // The same write, handed to the writer thread without waiting for it: the GUI thread never
  // waits for the disk while an answer streams. It keeps its place among the other writes (a
  // later read or write sees it). When it is done, messagesChanged follows (on success) and then
  // `done` runs with the outcome on `context`'s thread, unless `context` is gone by then.
  void updateMessageAsync(qint64 id, const QString &text, MessageState state, const QJsonObject &stats,
                          QObject *context, std::function<void(const Status &)> done);
  // Removes the message and its descendants (and image files nothing else uses). If the current
  // leaf was among them, the leaf moves to the parent; for a first message, to the latest leaf
  // of the newest remaining first message (none if it was the only one).
  Status deleteMessage(qint64 id);
  // Shows the branch through messageId: its latest descendant (following the newest child at
  // each level) becomes the current leaf.
  Status setCurrentLeaf(qint64 conversationId, qint64 messageId);
  // deleteConversation, deleteMessage and setCurrentLeaf handed to the writer thread without
  // waiting, as updateMessageAsync: in order with every other write; the store's signals, then
  // `done` with the outcome on `context`'s thread (unless `context` is gone by then).
  void deleteConversationAsync(qint64 id, QObject *context, std::function<void(const Status &)> done);
  void deleteMessageAsync(qint64 id, QObject *context, std::function<void(const Status &)> done);
  void setCurrentLeafAsync(qint64 conversationId, qint64 messageId, QObject *context,
                           std::function<void(const Status &)> done);

  // Creates a conversation from a whole tree at once (import): `messages` carry ids local to the
  // list, parents before children; conversation.currentLeafId names one of them (0: the latest
  // leaf). Keeps titles, texts, states, stats and times. All or nothing.
  Expected<qint64> importConversation(const Conversation &conversation, const QList<StoredMessage> &messages);
  // Marks answers left Streaming by a killed process as Stopped; returns how many. Call once at
  // start-up while holding the profile lock, never while another store is streaming.
  Expected<int> finishInterruptedMessages();
  // Deletes image files that no message references and that are not pending (see ImageStore);
  // returns how many. Same caveat as finishInterruptedMessages about other stores.
  Expected<int> removeUnreferencedImages();

Q_SIGNALS:
  // The list, a title or an order changed (create, rename, settings, delete, add, import).
  void conversationsChanged();
  // A message of this conversation was added, updated, deleted, or the branch on show changed.
  void messagesChanged(qint64 conversationId);

private:
  // What a removal did on the writer thread, for what follows on the store's thread.
  struct Removal {
    Removal() = default;
    explicit Removal(Status failed) : status(std::move(failed)) {} // the writer was not running
    Status status = Status::ok();
    qint64 conversationId = 0;
    QStringList orphans; // image files no message uses any more
  };

  explicit HistoryStore(const QString &dataDir);

  QSqlDatabase readDatabase() const;
  template <typename F> auto onWriter(F &&job) const;
  template <typename F> auto write(F &&job) const;
  // Posts job(db) to the writer; its result goes to finish() on the store's thread, whose Status
  // goes to done() on context's thread.
  template <typename Job, typename Finish>
  void writeAsync(Job job, Finish finish, QObject *context, std::function<void(const Status &)> done);
  // The transactions of deleteConversation, deleteMessage and setCurrentLeaf (writer thread) and
  // what follows a removal (store's thread: files, signals).
  Removal removeConversation(QSqlDatabase &db, qint64 id) const;
  Removal removeMessage(QSqlDatabase &db, qint64 id) const;
  Status showBranch(QSqlDatabase &db, qint64 conversationId, qint64 messageId) const;
  Status finishRemoval(const Removal &removal, bool wholeConversation);
  // updateMessage's transaction, on the writer thread; returns the message's conversation.
  Expected<qint64> saveMessage(QSqlDatabase &db, qint64 id, const QString &text, MessageState state,
                               const QJsonObject &stats) const;
  void removeImageFiles(const QStringList &sha256s);
  QList<StoredMessage> readMessages(const QString &where, const QVariantList &values) const;

  QString m_dataDir;
  QString m_writeConnection;
  QString m_readConnectionPrefix;
  ImageStore m_images;
  std::unique_ptr<QThread> m_thread;
  QObject *m_writer = nullptr; // lives on m_thread, deleted when it finishes
  mutable QMutex m_readMutex;
  mutable QStringList m_readConnections;
};

} // namespace mdi
