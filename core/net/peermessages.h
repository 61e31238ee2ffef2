#pragma once

#include "net/frame.h"
#include "util/expected.h"
#include "util/peerid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdi {

// The messages of the peer protocol (docs/PROTOCOL.md) that any connection speaks, whatever it
// carries: Hello/HelloAck (who is at each end), Ping/Pong (heartbeats) and Error. The messages
// of model stages are in remote/stagemessages.h. Each message knows its frame type, encodes to
// an EncodedMessage and decodes from an untrusted payload, validating every length, count and
// range before allocating; decode errors name the message and the field.

// Bounds on the fields of a message (beyond the frame limits).
namespace wirelimits {
inline constexpr qsizetype kIdBytes = 64;
inline constexpr qsizetype kNameBytes = 256;
inline constexpr qsizetype kVersionBytes = 64;
inline constexpr qsizetype kDeviceBytes = 256;
inline constexpr qsizetype kCapabilities = 32;
inline constexpr qsizetype kCapabilityBytes = 64;
inline constexpr qsizetype kErrorBytes = 4096;
} // namespace wirelimits

// Codes of Error messages. Numbers are part of the protocol; a receiver keeps codes it does not know.
enum class ErrorCode : quint32 {
  Protocol = 1,        // a frame or payload that does not follow the protocol
  VersionMismatch = 2, // the peers speak different protocol versions
  BadRequest = 3,      // a well-formed request that cannot be served (layer range, dtype, ...)
  NotReady = 4,        // a Forward before StageReady
  OutOfMemory = 5,
  HashMismatch = 6, // a tensor's bytes do not match its SHA-256
  Internal = 7,
  Busy = 8, // the node serves as many coordinators as it will
  Unsupported = 9,
};

// Who a peer is and what it offers: the body of Hello (the coordinator) and HelloAck (the node).
struct PeerDescription {
  QString nodeId;
  QString name;
  QString appVersion;
  quint16 protocolVersion = kProtocolVersion;
  QString device; // "cpu", "cuda:0 (NVIDIA ...)"
  qint64 freeMemoryBytes = 0;
  double speed = 0;         // decoding throughput, GB of weights per second (HostDescription::speed)
  QStringList capabilities; // "bf16", "f16", "f32", "weight-cache", ...
  bool operator==(const PeerDescription &) const = default;
};

struct HelloMessage {
  static constexpr MessageType kType = MessageType::Hello;
  PeerDescription peer;
  EncodedMessage encode() const;
  static Expected<HelloMessage> decode(const QByteArray &payload);
  bool operator==(const HelloMessage &) const = default;
};

struct HelloAckMessage {
  static constexpr MessageType kType = MessageType::HelloAck;
  PeerDescription peer;
  EncodedMessage encode() const;
  static Expected<HelloAckMessage> decode(const QByteArray &payload);
  bool operator==(const HelloAckMessage &) const = default;
};

struct PingMessage {
  static constexpr MessageType kType = MessageType::Ping;
  qint64 sentMs = 0; // the sender's monotonic clock; only the sender interprets it
  EncodedMessage encode() const;
  static Expected<PingMessage> decode(const QByteArray &payload);
  bool operator==(const PingMessage &) const = default;
};

struct PongMessage {
  static constexpr MessageType kType = MessageType::Pong;
  qint64 echoedMs = 0;    // the Ping's sentMs
  qint64 responderMs = 0; // the responder's wall clock (ms since the epoch, UTC)
  EncodedMessage encode() const;
  static Expected<PongMessage> decode(const QByteArray &payload);
  bool operator==(const PongMessage &) const = default;
};

// Refuses a request (requestId of the frame = the request's) or the connection (requestId 0).
// Its payload layout is the same in every protocol version.
struct ErrorMessage {
  static constexpr MessageType kType = MessageType::Error;
  quint32 code = quint32(ErrorCode::Internal);
  QString message;
  EncodedMessage encode() const;
  static Expected<ErrorMessage> decode(const QByteArray &payload);
  bool operator==(const ErrorMessage &) const = default;
};

} // namespace mdi
