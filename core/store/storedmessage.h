#pragma once

#include "store/attachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mdi {

// Where an answer stands. A message is Streaming while tokens arrive; a process killed mid-answer
// leaves it Streaming until HistoryStore::finishInterruptedMessages() marks it Stopped.
enum class MessageState { Complete, Streaming, Stopped, Failed };

QString messageStateName(MessageState state); // "complete", "streaming", "stopped", "failed"
std::optional<MessageState> messageStateFromName(const QString &name);

// One message of the history tree. Messages form a tree per conversation through parentId:
// a regenerated answer is a sibling of the old one (same parent), an edited question a sibling
// of the old question. Ids are never reused, and a larger id is a later message.
struct StoredMessage {
  qint64 id = 0;
  qint64 conversationId = 0;
  qint64 parentId = 0; // 0: first message of the conversation
  QString role;        // "user", "assistant", "system"
  QString text;
  QList<Attachment> images;
  MessageState state = MessageState::Complete;
  QDateTime created; // UTC, millisecond precision; set by HistoryStore::addMessage
  QJsonObject stats; // generation statistics for assistant messages (see generationstatsjson.h)

  bool operator==(const StoredMessage &other) const = default;
};

} // namespace mdi
