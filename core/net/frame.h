#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace mdi {

// Version of the peer protocol (frame layout and message encodings). Peers speak exactly one
// version; a frame of another version is refused with a clear error on both ends (docs/PROTOCOL.md).
inline constexpr quint16 kProtocolVersion = 2;
// Every frame starts with these four bytes.
inline constexpr char kFrameMagic[4] = {'M', 'D', 'I', 'F'};
// magic[4] version:u16 type:u16 flags:u32 payloadLength:u32 requestId:u64, little-endian.
inline constexpr int kFrameHeaderSize = 24;

// What a frame carries. The numbers are part of the protocol: never reuse one.
enum class MessageType : quint16 {
  Hello = 1,
  HelloAck = 2,
  LoadStage = 3,
  LoadStageReply = 4,
  WeightChunk = 5,
  WeightAck = 6,
  StageReady = 7,
  Forward = 8,
  Result = 9,
  DropSession = 10,
  Ping = 11,
  Pong = 12,
  StatsRequest = 13,
  Stats = 14,
  Error = 15,
  ForwardBatch = 16, // version 2
  ResultBatch = 17,  // version 2
};

bool isKnownMessageType(quint16 type);
// "Forward", "Hello", ...; "type 77" for an unknown number.
QString messageTypeName(MessageType type);

// Upper bounds on a frame's payload, by kind of message, checked before anything is allocated.
// Both ends should use the same limits: a sender refuses to send what its peer would refuse.
struct FrameLimits {
  qint64 controlBytes = 64 << 10;  // Hello, acks, ping, stats, errors, ...
  qint64 manifestBytes = 16 << 20; // LoadStage (config.json and the tensor list)
  qint64 bulkBytes = 512ll << 20;  // WeightChunk, Forward, Result, ForwardBatch, ResultBatch
  qint64 maximumFor(MessageType type) const;
};

// A message ready to be framed: its type and its payload in two parts, so that a large trailing
// part (hidden states, weight bytes) is written as it is instead of being copied into the first.
struct EncodedMessage {
  MessageType type = MessageType::Error;
  QByteArray head;
  QByteArray tail;
  qint64 size() const { return head.size() + tail.size(); }
  QByteArray payload() const { return tail.isEmpty() ? head : head + tail; }
};

// One received frame. version differs from kProtocolVersion only for an Error frame of a peer that
// speaks another version (the one frame whose layout every version keeps).
struct Frame {
  MessageType type = MessageType::Error;
  quint16 version = kProtocolVersion;
  quint32 flags = 0;
  quint64 requestId = 0;
  QByteArray payload;
};

} // namespace mdi
