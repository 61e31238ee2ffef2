#pragma once

#include "engine/stagestats.h"
#include "net/peermessages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// The messages of model stages on peers (docs/PROTOCOL.md): loading a layer range with its
// weights (LoadStage, WeightChunk, ...), forwards and their results, and statistics. Like the
// messages in net/peermessages.h they validate every length, count and range of an untrusted
// payload before allocating. The structs are plain data; the torch-specific conversions (hidden
// states to tensors) live in WireTensor. Bulk bytes always come last in a payload, so they are
// sent without being copied into the head, and decoding a payload passed by value (moved in)
// does not copy them either.

// Bounds on the fields of the stage messages (beyond the frame limits).
namespace wirelimits {
inline constexpr qsizetype kConfigJsonBytes = 1 << 20;
inline constexpr qsizetype kTensors = 100000;
inline constexpr qsizetype kTensorNameBytes = 512;
inline constexpr qsizetype kDtypeBytes = 16;
inline constexpr qsizetype kRank = 8;
inline constexpr qint32 kLayers = 10000;
inline constexpr qint64 kTokens = 1 << 24;  // rows of one Forward
inline constexpr qint64 kColumns = 1 << 20; // hidden size
inline constexpr qint64 kKvChunk = 1 << 20;
inline constexpr qint64 kTensorBytes = 1ll << 40;
inline constexpr qsizetype kBatchEntries = 64; // sessions of one ForwardBatch
} // namespace wirelimits

// Element types of hidden states on the wire.
enum class WireDtype : quint8 { BF16 = 1, F16 = 2, F32 = 3 };
int wireDtypeSize(WireDtype dtype);
QString wireDtypeName(WireDtype dtype); // "bf16", "f16", "f32"

// One tensor of a stage's weights, as the checkpoint stores it.
struct TensorManifestEntry {
  QString name;
  QString dtype; // safetensors dtype: "BF16", "F16", "F32", ...
  QList<qint64> shape;
  qint64 byteSize = 0;
  QByteArray sha256; // 32 bytes
  bool operator==(const TensorManifestEntry &) const = default;
};

// Asks a node to host decoder layers [firstLayer, lastLayer) of a model.
struct LoadStageMessage {
  static constexpr MessageType kType = MessageType::LoadStage;
  QString modelName;
  QByteArray configJson; // the model's config.json, as it is
  qint32 firstLayer = 0;
  qint32 lastLayer = 0; // exclusive
  QString computeDtype; // ComputeOptions::dtypeName(): "f32", "bf16"
  QString device;       // requested libtorch device; empty: the node's choice
  qint64 kvChunk = 256;
  QList<TensorManifestEntry> tensors;
  qint64 totalBytes() const;
  EncodedMessage encode() const;
  static Expected<LoadStageMessage> decode(const QByteArray &payload);
  bool operator==(const LoadStageMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::LoadStageMessage)
};

// The node's answer: for each tensor of the manifest, how many of its bytes it already holds.
// byteSize: cached and verified, nothing to send; 0: send all; in between: resume from there.
struct LoadStageReplyMessage {
  static constexpr MessageType kType = MessageType::LoadStageReply;
  QList<qint64> haveBytes;
  EncodedMessage encode() const;
  static Expected<LoadStageReplyMessage> decode(const QByteArray &payload);
  bool operator==(const LoadStageReplyMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::LoadStageReplyMessage)
};

// Bytes [offset, offset + bytes.size()) of the manifest's tensor tensorIndex.
struct WeightChunkMessage {
  static constexpr MessageType kType = MessageType::WeightChunk;
  quint32 tensorIndex = 0;
  qint64 offset = 0;
  QByteArray bytes;
  EncodedMessage encode() const;
  static Expected<WeightChunkMessage> decode(QByteArray payload);
  bool operator==(const WeightChunkMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::WeightChunkMessage)
};

struct WeightAckMessage {
  enum class State : quint8 {
    Partial = 0,  // receivedBytes so far; keep sending
    Complete = 1, // all bytes received and the SHA-256 matched; stored in the cache
    Corrupt = 2,  // the SHA-256 did not match; the bytes were discarded, send again from 0
  };
  static constexpr MessageType kType = MessageType::WeightAck;
  quint32 tensorIndex = 0;
  qint64 receivedBytes = 0;
  State state = State::Partial;
  EncodedMessage encode() const;
  static Expected<WeightAckMessage> decode(const QByteArray &payload);
  bool operator==(const WeightAckMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::WeightAckMessage)
};

// The node has built the stage and serves Forwards.
struct StageReadyMessage {
  static constexpr MessageType kType = MessageType::StageReady;
  qint32 firstLayer = 0;
  qint32 lastLayer = 0;
  qint64 weightBytes = 0;
  qint64 freeMemoryBytes = 0;
  double loadMs = 0;
  QString description;
  EncodedMessage encode() const;
  static Expected<StageReadyMessage> decode(const QByteArray &payload);
  bool operator==(const StageReadyMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::StageReadyMessage)
};

// rows x columns values of dtype, row-major, little-endian.
struct HiddenStates {
  WireDtype dtype = WireDtype::F32;
  qint64 rows = 0;
  qint64 columns = 0;
  QByteArray bytes;
  qint64 expectedBytes() const { return rows * columns * wireDtypeSize(dtype); }
  bool operator==(const HiddenStates &) const = default;
};

// The wire form of StageMessage::Kind::Forward: n tokens' hidden states with their M-RoPE positions.
struct ForwardMessage {
  static constexpr MessageType kType = MessageType::Forward;
  quint64 session = 0;
  qint64 step = 0;
  qint64 cacheStart = 0; // the stage cuts the session's cache to this length first
  bool lastRowOnly = false;
  QList<qint64> positions; // 3 x n, rows t, h, w (PositionIds::values())
  HiddenStates hidden;     // n x hidden
  qint64 tokenCount() const { return positions.size() / 3; }
  EncodedMessage encode() const;
  static Expected<ForwardMessage> decode(QByteArray payload);
  bool operator==(const ForwardMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::ForwardMessage)
};

// The answer to a Forward (StageResult): the Forward with its hidden states replaced by the
// stage's output (one row when lastRowOnly), or an error and no hidden states.
struct ResultMessage {
  static constexpr MessageType kType = MessageType::Result;
  ForwardMessage message;
  QString error; // empty on success
  EncodedMessage encode() const;
  static Expected<ResultMessage> decode(QByteArray payload);
  bool operator==(const ResultMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::ResultMessage)
};

// Steps of several sessions that the node may run as one pass, each weight read once for all
// (batched decoding). The entries are a Forward's fields without the hidden states; `hidden`
// holds every entry's rows, one entry after the other. Protocol version 2.
struct ForwardBatchMessage {
  static constexpr MessageType kType = MessageType::ForwardBatch;
  struct Entry {
    quint64 session = 0;
    qint64 step = 0;
    qint64 cacheStart = 0;
    bool lastRowOnly = false;
    QList<qint64> positions; // 3 x n
    qint64 tokenCount() const { return positions.size() / 3; }
    bool operator==(const Entry &) const = default;
  };
  QList<Entry> entries;
  HiddenStates hidden; // the sum of the entries' tokens x hidden
  EncodedMessage encode() const;
  static Expected<ForwardBatchMessage> decode(QByteArray payload);
  bool operator==(const ForwardBatchMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::ForwardBatchMessage)
};

// The answer to a ForwardBatch: per entry, in the same order, its session and step and either an
// error (no rows) or its number of output rows (its tokens, or one when lastRowOnly); `hidden`
// holds the rows of the entries that succeeded, one after the other.
struct ResultBatchMessage {
  static constexpr MessageType kType = MessageType::ResultBatch;
  struct Entry {
    quint64 session = 0;
    qint64 step = 0;
    QString error; // empty on success
    qint64 rows = 0;
    bool operator==(const Entry &) const = default;
  };
  QList<Entry> entries;
  HiddenStates hidden;
  EncodedMessage encode() const;
  static Expected<ResultBatchMessage> decode(QByteArray payload);
  bool operator==(const ResultBatchMessage &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::ResultBatchMessage)
};

// Forget a session's caches. The node echoes it (same request id) once done, in order with Results.
struct DropSessionMessage {
  static constexpr MessageType kType = MessageType::DropSession;
  quint64 session = 0;
  EncodedMessage encode() const;
  static Expected<DropSessionMessage> decode(const QByteArray &payload);
  bool operator==(const DropSessionMessage &) const = default;
};

struct StatsRequestMessage {
  static constexpr MessageType kType = MessageType::StatsRequest;
  EncodedMessage encode() const;
  static Expected<StatsRequestMessage> decode(const QByteArray &payload);
  bool operator==(const StatsRequestMessage &) const = default;
};

struct StatsMessage {
  static constexpr MessageType kType = MessageType::Stats;
  StageStats stage;
  qint64 freeMemoryBytes = 0;
  double load = 0; // busy fraction over the last seconds, 0..1
  EncodedMessage encode() const;
  static Expected<StatsMessage> decode(const QByteArray &payload);
  bool operator==(const StatsMessage &other) const;
  Q_DECLARE_TR_FUNCTIONS(mdi::StatsMessage)
};

} // namespace mdi
