#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace mdi {

class HistoryStore;

// Writes a conversation out of the history and reads one back in.
//
// Markdown: the branch on show (HistoryStore::currentPath), the title as "# ", the system prompt
// and each message under a "## User" / "## Assistant" / "## System" heading, a note under
// answers that were stopped or failed, and the images copied into a folder <basename>_files/
// beside the file (<basename> is the file name without its last suffix), linked relatively and
// percent-encoded.
//
// JSON (format "mdi-chat-conversation", version 1): the whole tree, every branch:
//   { "format": "mdi-chat-conversation", "version": 1, "exported": ISO time,
//     "conversation": { "title", "systemPrompt", "sampling": {}, "created", "updated",
//                       "currentLeaf": message id },
//     "messages": [ { "id", "parent" (0: first message), "role", "text", "state", "created",
//                     "stats": {}, "images": [ { "sha256", "fileName", "mimeType", "width",
//                     "height" } ] } ... ]   parents before children, in creation order,
//     "images": { sha256: { "mimeType", "data": base64 of the original bytes } } }
// Message ids are local to the file (1, 2, ...). Images are embedded once each, so the file
// stands alone. Times are ISO 8601 UTC with milliseconds.
//
// Import checks everything before it writes anything: the format and version, every type, the
// tree (parents earlier, ids unique), the sizes (file, counts, text lengths), and every image
// (base64, its SHA-256 against its key, that it decodes); it then creates a new conversation in
// one transaction. An answer exported while streaming is imported as stopped. Every file is
// written with QSaveFile.
class ConversationExporter {
  Q_DECLARE_TR_FUNCTIONS(mdi::ConversationExporter)

public:
  static constexpr qint64 kMaxImportBytes = 256LL << 20;
  static constexpr int kMaxMessages = 100000;
  static constexpr int kMaxImages = 10000;
  static constexpr int kMaxImagesPerMessage = 64;
  static constexpr int kMaxTextLength = 4000000; // characters of one message or system prompt
  static constexpr int kFormatVersion = 1;

  static Status exportMarkdown(const HistoryStore &store, qint64 conversationId, const QString &filePath);
  static Status exportJson(const HistoryStore &store, qint64 conversationId, const QString &filePath);
  // Returns the id of the new conversation.
  static Expected<qint64> importJson(HistoryStore &store, const QString &filePath);

  // The Markdown text exportMarkdown writes, with images linked under `filesFolder`.
  static Expected<QString> markdown(const HistoryStore &store, qint64 conversationId, const QString &filesFolder);
};

} // namespace mdi
