// libFuzzer target: the peer protocol's input side, as a node and a coordinator meet it. The
// input is cut into frames by FrameReader (fed in pieces whose sizes the first byte picks, so
// frame boundaries fall anywhere), and every frame's payload goes to the decoder of its type;
// the whole input also goes to every decoder directly, so the decoders are reached without a
// valid frame header. Whatever a decoder accepts must survive a round trip: encode, decode
// again, encode again, the same bytes (an asymmetric codec would make peers disagree). The
// reader must never hold more than its limit allows.

#include "net/framereader.h"
#include "net/peermessages.h"
#include "remote/stagemessages.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mdi;

namespace {

template <typename Message> void roundTrip(const Expected<Message> &decoded, const char *name) {
  if (!decoded)
    return;
  const QByteArray once = decoded->encode().payload();
  const Expected<Message> again = Message::decode(once);
  if (!again) {
    std::fprintf(stderr, "%s: its own encoding is refused: %s\n", name, qPrintable(again.error()));
    std::abort();
  }
  if (again->encode().payload() != once) {
    std::fprintf(stderr, "%s: encode(decode(encode(m))) differs from encode(m)\n", name);
    std::abort();
  }
}

void decodeAs(MessageType type, const QByteArray &payload) {
  switch (type) {
  case MessageType::Hello:
    return roundTrip(HelloMessage::decode(payload), "Hello");
  case MessageType::HelloAck:
    return roundTrip(HelloAckMessage::decode(payload), "HelloAck");
  case MessageType::LoadStage:
    return roundTrip(LoadStageMessage::decode(payload), "LoadStage");
  case MessageType::LoadStageReply:
    return roundTrip(LoadStageReplyMessage::decode(payload), "LoadStageReply");
  case MessageType::WeightChunk:
    return roundTrip(WeightChunkMessage::decode(payload), "WeightChunk");
  case MessageType::WeightAck:
    return roundTrip(WeightAckMessage::decode(payload), "WeightAck");
  case MessageType::StageReady:
    return roundTrip(StageReadyMessage::decode(payload), "StageReady");
  case MessageType::Forward:
    return roundTrip(ForwardMessage::decode(payload), "Forward");
  case MessageType::Result:
    return roundTrip(ResultMessage::decode(payload), "Result");
  case MessageType::DropSession:
    return roundTrip(DropSessionMessage::decode(payload), "DropSession");
  case MessageType::Ping:
    return roundTrip(PingMessage::decode(payload), "Ping");
  case MessageType::Pong:
    return roundTrip(PongMessage::decode(payload), "Pong");
  case MessageType::StatsRequest:
    return roundTrip(StatsRequestMessage::decode(payload), "StatsRequest");
  case MessageType::Stats:
    return roundTrip(StatsMessage::decode(payload), "Stats");
  case MessageType::Error:
    return roundTrip(ErrorMessage::decode(payload), "Error");
  case MessageType::ForwardBatch:
    return roundTrip(ForwardBatchMessage::decode(payload), "ForwardBatch");
  case MessageType::ResultBatch:
    return roundTrip(ResultBatchMessage::decode(payload), "ResultBatch");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  const qint64 piece = 1 + data[0] % 64;
  const char *bytes = reinterpret_cast<const char *>(data + 1);
  const qint64 length = qint64(size) - 1;

  // Small limits, so that the fuzzer reaches "too large" without allocating much.
  FrameLimits limits;
  limits.controlBytes = 4096;
  limits.manifestBytes = 16384;
  limits.bulkBytes = 65536;
  FrameReader reader(limits);
  qint64 offset = 0;
  while (offset < length && !reader.failed()) {
    const qint64 took = reader.feed(bytes + offset, qMin(piece, length - offset));
    if (took < 0 || took > piece)
      std::abort();
    offset += took;
    if (reader.allocatedBytes() > kFrameHeaderSize + limits.bulkBytes)
      std::abort();
    if (reader.hasFrame()) {
      const Frame frame = reader.takeFrame();
      if (frame.payload.size() > limits.maximumFor(frame.type))
        std::abort();
      decodeAs(frame.type, frame.payload);
    } else if (took == 0) {
      break;
    }
  }

  const QByteArray whole(bytes, length);
  for (quint16 type = 1; type <= quint16(MessageType::ResultBatch); ++type)
    if (isKnownMessageType(type))
      decodeAs(MessageType(type), whole);
  return 0;
}
