#include "store/historyschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace mdi {

namespace {

// Reads one integer with `sql`; false when the statement fails.
bool readInt(QSqlDatabase &db, const QString &sql, qint64 *value, QString *error) {
  QSqlQuery q(db);
  if (!q.exec(sql) || !q.next()) {
    *error = q.lastError().text();
    return false;
  }
  *value = q.value(0).toLongLong();
  return true;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
  QSqlQuery q(db);
  if (!q.exec(sql)) {
    *error = q.lastError().text();
    return false;
  }
  return true;
}

} // namespace

int HistorySchema::userVersion(QSqlDatabase &db) {
  qint64 v = 0;
  QString error;
  return readInt(db, QStringLiteral("PRAGMA user_version"), &v, &error) ? int(v) : -1;
}

QStringList HistorySchema::migrationStatements(int toVersion) {
  switch (toVersion) {
  case 1:
    return {
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " created INTEGER NOT NULL,"
                       " updated INTEGER NOT NULL,"
                       " system_prompt TEXT NOT NULL DEFAULT '',"
                       " sampling TEXT NOT NULL DEFAULT '{}',"
                       " current_leaf_id INTEGER)"),
        QStringLiteral("CREATE INDEX conversations_updated ON conversations(updated)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                       " parent_id INTEGER REFERENCES messages(id),"
                       " role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),"
                       " text TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'complete'"
                       "   CHECK (state IN ('complete', 'streaming', 'stopped', 'failed')),"
                       " created INTEGER NOT NULL,"
                       " stats TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id)"),
        QStringLiteral("CREATE INDEX messages_parent ON messages(parent_id)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " mime_type TEXT NOT NULL DEFAULT '',"
                       " width INTEGER NOT NULL DEFAULT 0,"
                       " height INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (message_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX attachments_sha256 ON attachments(sha256)"),
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE conversations_fts USING fts5(title, content='conversations',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                       " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN"
                       " INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN"
                       " INSERT INTO conversations_fts(conversations_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN"
                       " INSERT INTO conversations_fts(conversations_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title);"
                       " INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
    };
  case 2:
    // Pinning (the sidebar keeps pinned conversations on top); a version-1 file gets the column
    // with every conversation unpinned.
    return {QStringLiteral("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")};
  default:
    break;
  }
  return {};
}

Status HistorySchema::migrate(QSqlDatabase &db, const QString &filePath) {
  const QString file = QDir::toNativeSeparators(filePath);
  QString error;

  // Only reads until the file is known to be ours and not newer.
  qint64 version = 0;
  qint64 applicationId = 0;
  if (!readInt(db, QStringLiteral("PRAGMA user_version"), &version, &error) ||
      !readInt(db, QStringLiteral("PRAGMA application_id"), &applicationId, &error))
    return makeError(
        tr("%1: cannot read the chat history; the file is damaged or not an SQLite database (%2)").arg(file, error));
  if (applicationId != 0 && applicationId != kApplicationId)
    return makeError(tr("%1: this SQLite file belongs to another application (application id %2); "
                        "it was left unchanged")
                         .arg(file)
                         .arg(applicationId));
  if (version > kVersion)
    return makeError(tr("%1: the chat history was written by a newer version of MDI Chat (schema version %2; this "
                        "version understands up to %3). It was left unchanged; update MDI Chat to open it.")
                         .arg(file)
                         .arg(version)
                         .arg(kVersion));
  if (version < 0)
    return makeError(tr("%1: the chat history has an invalid schema version %2").arg(file).arg(version));
  if (version > 0 && applicationId != kApplicationId)
    return makeError(tr("%1: this SQLite file is not an MDI Chat history (schema version %2 without MDI Chat's "
                        "application id); it was left unchanged")
                         .arg(file)
                         .arg(version));
  if (version == 0) {
    qint64 objects = 0;
    if (!readInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects, &error))
      return makeError(tr("%1: cannot read the chat history (%2)").arg(file, error));
    if (objects > 0)
      return makeError(tr("%1: this SQLite file holds tables of another application; it was left unchanged").arg(file));
  }

  // Ours: WAL lets readers run during a write. NORMAL (not FULL): in WAL mode a commit then
  // survives a crash of the application and the file is never corrupted; only a power loss or an
  // OS crash may roll back the last commits. Streaming answers are saved once a second, and an
  // fsync per save would cost the disk more than those seconds of text are worth.
  qint64 ignored = 0;
  if (!readInt(db, QStringLiteral("PRAGMA journal_mode=WAL"), &ignored, &error) ||
      !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &error) ||
      !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &error))
    return makeError(tr("%1: cannot configure the database (%2)").arg(file, error));
  if (version == kVersion)
    return Status::ok();

  for (;;) {
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
      return makeError(tr("%1: cannot lock the database to upgrade it (%2)").arg(file, error));
    // Another process may have upgraded it while this one waited for the lock.
    if (!readInt(db, QStringLiteral("PRAGMA user_version"), &version, &error)) {
      exec(db, QStringLiteral("ROLLBACK"), &error);
      return makeError(tr("%1: cannot read the schema version (%2)").arg(file, error));
    }
    if (version >= kVersion) {
      exec(db, QStringLiteral("ROLLBACK"), &error);
      return version == kVersion ? Status::ok()
                                 : makeError(tr("%1: the chat history was upgraded by a newer version of MDI Chat "
                                                "(schema version %2)")
                                                 .arg(file)
                                                 .arg(version));
    }
    const int next = int(version) + 1;
    bool ok = true;
    for (const QString &sql : migrationStatements(next)) {
      if (!exec(db, sql, &error)) {
        ok = false;
        break;
      }
    }
    ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(next), &error) &&
         exec(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), &error) &&
         exec(db, QStringLiteral("COMMIT"), &error);
    if (!ok) {
      QString ignoredError;
      exec(db, QStringLiteral("ROLLBACK"), &ignoredError);
      return makeError(
          tr("%1: cannot upgrade the chat history to schema version %2 (%3)").arg(file).arg(next).arg(error));
    }
    if (next == kVersion)
      return Status::ok();
  }
}

} // namespace mdi
