#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mdi {

// The SQLite schema of history.sqlite and its migrations. PRAGMA user_version holds the schema
// version (0: empty database) and PRAGMA application_id marks the file as MDI Chat's, so a foreign
// SQLite file is refused rather than altered. Version 1:
//   conversations(id, title, created, updated, system_prompt, sampling JSON, current_leaf_id)
//   messages(id, conversation_id -> conversations ON DELETE CASCADE, parent_id -> messages,
//            role, text, state, created, stats JSON)
//   attachments(message_id -> messages ON DELETE CASCADE, position, sha256, file_name,
//               mime_type, width, height)
//   messages_fts, conversations_fts: FTS5 external-content indexes over messages.text and
//               conversations.title, kept in sync by AFTER INSERT/UPDATE/DELETE triggers.
// Version 2 adds conversations.pinned (0 or 1; the sidebar shows pinned conversations first).
// Times are milliseconds since the epoch (UTC). Ids use AUTOINCREMENT, so they are never reused
// and a larger id is a later row.
class HistorySchema {
  Q_DECLARE_TR_FUNCTIONS(mdi::HistorySchema)

public:
  static constexpr int kVersion = 2;
  static constexpr int kApplicationId = 0x4D444943; // "MDIC"

  // Brings an open connection to kVersion: refuses a foreign file, a damaged file or one written
  // by a newer version without changing it; otherwise switches to WAL and applies the missing
  // steps, each in one IMMEDIATE transaction that also sets user_version. `filePath` names the
  // file in messages.
  static Status migrate(QSqlDatabase &db, const QString &filePath);

  // The statements that take a database from version `toVersion - 1` to `toVersion`.
  static QStringList migrationStatements(int toVersion);

  // PRAGMA user_version, or -1 when it cannot be read.
  static int userVersion(QSqlDatabase &db);
};

} // namespace mdi
