#include "net/frame.h"

namespace mdi {

bool isKnownMessageType(quint16 type) {
  return type >= quint16(MessageType::Hello) && type <= quint16(MessageType::ResultBatch);
}

QString messageTypeName(MessageType type) {
  switch (type) {
  case MessageType::Hello:
    return QStringLiteral("Hello");
  case MessageType::HelloAck:
    return QStringLiteral("HelloAck");
  case MessageType::LoadStage:
    return QStringLiteral("LoadStage");
  case MessageType::LoadStageReply:
    return QStringLiteral("LoadStageReply");
  case MessageType::WeightChunk:
    return QStringLiteral("WeightChunk");
  case MessageType::WeightAck:
    return QStringLiteral("WeightAck");
  case MessageType::StageReady:
    return QStringLiteral("StageReady");
  case MessageType::Forward:
    return QStringLiteral("Forward");
  case MessageType::Result:
    return QStringLiteral("Result");
  case MessageType::DropSession:
    return QStringLiteral("DropSession");
  case MessageType::Ping:
    return QStringLiteral("Ping");
  case MessageType::Pong:
    return QStringLiteral("Pong");
  case MessageType::StatsRequest:
    return QStringLiteral("StatsRequest");
  case MessageType::Stats:
    return QStringLiteral("Stats");
  case MessageType::Error:
    return QStringLiteral("Error");
  case MessageType::ForwardBatch:
    return QStringLiteral("ForwardBatch");
  case MessageType::ResultBatch:
    return QStringLiteral("ResultBatch");
  }
  return QStringLiteral("type %1").arg(quint16(type));
}

qint64 FrameLimits::maximumFor(MessageType type) const {
  qint64 bound = controlBytes;
  switch (type) {
  case MessageType::LoadStage:
    bound = manifestBytes;
    break;
  case MessageType::WeightChunk:
  case MessageType::Forward:
  case MessageType::Result:
  case MessageType::ForwardBatch:
  case MessageType::ResultBatch:
    bound = bulkBytes;
    break;
  default:
    break;
  }
  // The length field is 32 bits wide.
  return qBound<qint64>(0, bound, 0xffffffffll);
}

} // namespace mdi
