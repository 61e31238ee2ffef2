#pragma once

#include <QList>
#include <QString>

namespace mdi {

// One piece of a chat message: text, or an image standing where it appears in the message.
// For an image, text holds the image reference (file name, path or data: URL) as the caller
// gave it; resolving it to pixels is the caller's business.
struct ChatPart {
  enum class Kind { Text, Image };
  Kind kind = Kind::Text;
  QString text;

  static ChatPart makeText(const QString &text) { return {Kind::Text, text}; }
  static ChatPart makeImage(const QString &reference) { return {Kind::Image, reference}; }
  bool operator==(const ChatPart &other) const = default;
};

// One turn of a conversation: a role ("system", "user", "assistant", ...) and its parts in order.
struct ChatMessage {
  QString role;
  QList<ChatPart> parts;

  bool operator==(const ChatMessage &other) const = default;
};

// Switches of the Qwen2-VL chat template (the chat_template_kwargs of transformers).
struct ChatTemplateOptions {
  bool addGenerationPrompt = true;
  bool addVisionId = false; // "Picture N: " before each image, numbered across the conversation
  // The last message (the assistant's, so far) is left open, without its end marker, so that the
  // model writes on from where it stopped (continue_final_message); no generation prompt follows.
  bool continueFinalMessage = false;
};

} // namespace mdi
