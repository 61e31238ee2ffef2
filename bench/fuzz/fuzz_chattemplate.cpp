// libFuzzer target: the chat template over messages a client or a person wrote (HF's JSON chat
// format, as the local API and mdi-run --messages read it). Whatever parses must render, and the
// template's own control tokens must be exactly where renderMarked() says: text typed by a person
// never becomes a control token (issue 16), and every marked offset starts a control token.

#include "model/chattemplate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mdi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QJsonDocument document =
      QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
  if (!document.isArray())
    return 0;
  const Expected<QList<ChatMessage>> messages = ChatTemplate::messagesFromJson(document.array());
  if (!messages) {
    if (messages.error().isEmpty())
      std::abort(); // every refusal says why
    return 0;
  }
  for (const bool generationPrompt : {true, false}) {
    ChatTemplateOptions options;
    options.addGenerationPrompt = generationPrompt;
    const ChatTemplate::Rendered rendered = ChatTemplate::renderMarked(*messages, options);
    if (rendered.text != ChatTemplate::render(*messages, options))
      std::abort(); // the two renderings agree
    qsizetype previous = -1;
    for (const qsizetype offset : rendered.controlTokenOffsets) {
      if (offset <= previous || offset < 0 || offset >= rendered.text.size() ||
          rendered.text.at(offset) != QLatin1Char('<')) {
        std::fprintf(stderr, "control token offset %lld out of order or not at a token\n", qint64(offset));
        std::abort();
      }
      previous = offset;
    }
  }
  return 0;
}
