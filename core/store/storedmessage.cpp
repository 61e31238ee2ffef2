#include "store/storedmessage.h"

namespace mdi {

QString messageStateName(MessageState state) {
  switch (state) {
  case MessageState::Complete:
    return QStringLiteral("complete");
  case MessageState::Streaming:
    return QStringLiteral("streaming");
  case MessageState::Stopped:
    return QStringLiteral("stopped");
  case MessageState::Failed:
    return QStringLiteral("failed");
  }
  Q_UNREACHABLE();
  return {};
}

std::optional<MessageState> messageStateFromName(const QString &name) {
  for (MessageState s :
       {MessageState::Complete, MessageState::Streaming, MessageState::Stopped, MessageState::Failed}) {
    if (messageStateName(s) == name)
      return s;
  }
  return std::nullopt;
}

} // namespace mdi
