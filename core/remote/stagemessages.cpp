#include "remote/stagemessages.h"

#include "net/messagecodec.h"

#include <QCoreApplication>

namespace mdi {

namespace {

using namespace wirelimits;
using messagecodec::encoded;
using messagecodec::finish;

bool validDtype(quint8 value) {
  return value >= quint8(WireDtype::BF16) && value <= quint8(WireDtype::F32);
}

// The head of hidden states (dtype, rows, columns, byte count); the bytes follow as the tail.
void writeHidden(WireWriter &out, const HiddenStates &hidden) {
  out.u8(quint8(hidden.dtype));
  out.i64(hidden.rows);
  out.i64(hidden.columns);
  out.u64(quint64(hidden.bytes.size()));
}

// Reads the byte count of hidden states whose dtype, rows and columns are read, checks it against
// them and against what is left, and takes the bytes out of `payload` (the payload's last field).
void takeHiddenBytes(WireReader &in, QByteArray &payload, HiddenStates *hidden) {
  const quint64 size = in.u64("hiddenBytes");
  if (in.ok() && (qint64(size) != hidden->expectedBytes() || qint64(size) != in.remaining()))
    in.fail("hiddenBytes", WireReader::tr("is %1 bytes; %2 x %3 %4 values take %5 bytes and %6 bytes are left")
                               .arg(size)
                               .arg(hidden->rows)
                               .arg(hidden->columns)
                               .arg(wireDtypeName(hidden->dtype))
                               .arg(hidden->expectedBytes())
                               .arg(in.remaining()));
  if (in.ok()) {
    const qsizetype start = in.position();
    in.skip(in.remaining());
    payload.remove(0, start); // Qt 6 drops a prefix without moving the bytes
    hidden->bytes = std::move(payload);
  }
}

// The fields of a Forward up to, not including, the hidden bytes.
void writeForwardHead(WireWriter &out, const ForwardMessage &m) {
  Q_ASSERT(m.positions.size() % 3 == 0);
  out.u64(m.session);
  out.i64(m.step);
  out.i64(m.cacheStart);
  out.boolean(m.lastRowOnly);
  out.u32(quint32(m.positions.size() / 3));
  for (qint64 p : m.positions)
    out.i64(p);
  writeHidden(out, m.hidden);
}

// Reads a Forward's fields and takes the trailing hidden bytes out of `payload`. rowsRule checks
// the number of rows against the number of tokens.
template <typename RowsRule> ForwardMessage readForward(WireReader &in, QByteArray &payload, RowsRule rowsRule) {
  ForwardMessage m;
  m.session = in.u64("session");
  m.step = in.i64("step");
  if (m.step < 0)
    in.fail("step", WireReader::tr("is negative"));
  m.cacheStart = in.i64("cacheStart");
  if (m.cacheStart < 0)
    in.fail("cacheStart", WireReader::tr("is negative"));
  m.lastRowOnly = in.boolean("lastRowOnly");
  const qsizetype tokens = in.count("tokens", qsizetype(kTokens), 3 * 8);
  if (in.ok()) {
    m.positions.resize(3 * tokens);
    for (qsizetype i = 0; i < m.positions.size(); ++i)
      m.positions[i] = in.i64("positions");
  }
  const quint8 dtype = in.u8("dtype");
  if (in.ok() && !validDtype(dtype))
    in.fail("dtype", WireReader::tr("has the unknown value %1").arg(dtype));
  m.hidden.dtype = validDtype(dtype) ? WireDtype(dtype) : WireDtype::F32;
  m.hidden.rows = in.i64("rows");
  m.hidden.columns = in.i64("columns");
  if (in.ok() && (m.hidden.rows < 0 || m.hidden.rows > kTokens))
    in.fail("rows", WireReader::tr("must be between 0 and %1, not %2").arg(kTokens).arg(m.hidden.rows));
  if (in.ok() && (m.hidden.columns < 0 || m.hidden.columns > kColumns))
    in.fail("columns", WireReader::tr("must be between 0 and %1, not %2").arg(kColumns).arg(m.hidden.columns));
  if (in.ok())
    rowsRule(in, m, tokens);
  takeHiddenBytes(in, payload, &m.hidden);
  return m;
}

} // namespace

int wireDtypeSize(WireDtype dtype) {
  return dtype == WireDtype::F32 ? 4 : 2;
}

QString wireDtypeName(WireDtype dtype) {
  switch (dtype) {
  case WireDtype::BF16:
    return QStringLiteral("bf16");
  case WireDtype::F16:
    return QStringLiteral("f16");
  case WireDtype::F32:
    return QStringLiteral("f32");
  }
  return QStringLiteral("?");
}

// LoadStage

qint64 LoadStageMessage::totalBytes() const {
  qint64 total = 0;
  for (const TensorManifestEntry &tensor : tensors)
    total += tensor.byteSize;
  return total;
}

EncodedMessage LoadStageMessage::encode() const {
  WireWriter out(configJson.size() + 128 * tensors.size() + 256);
  out.string(modelName);
  out.utf8(configJson);
  out.i32(firstLayer);
  out.i32(lastLayer);
  out.string(computeDtype);
  out.string(device);
  out.i64(kvChunk);
  out.u32(quint32(tensors.size()));
  for (const TensorManifestEntry &tensor : tensors) {
    Q_ASSERT(tensor.sha256.size() == 32);
    out.string(tensor.name);
    out.string(tensor.dtype);
    out.u32(quint32(tensor.shape.size()));
    for (qint64 dim : tensor.shape)
      out.i64(dim);
    out.i64(tensor.byteSize);
    out.raw(tensor.sha256.leftJustified(32, '\0', true));
  }
  return encoded(kType, out);
}

Expected<LoadStageMessage> LoadStageMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  LoadStageMessage m;
  m.modelName = in.string("modelName", kNameBytes);
  m.configJson = in.utf8("configJson", kConfigJsonBytes);
  m.firstLayer = in.i32("firstLayer");
  m.lastLayer = in.i32("lastLayer");
  if (in.ok() && (m.firstLayer < 0 || m.firstLayer >= m.lastLayer || m.lastLayer > kLayers))
    in.fail("lastLayer", tr("[%1, %2) is not a layer range").arg(m.firstLayer).arg(m.lastLayer));
  m.computeDtype = in.string("computeDtype", kDtypeBytes);
  m.device = in.string("device", kDeviceBytes);
  m.kvChunk = in.i64("kvChunk");
  if (in.ok() && (m.kvChunk < 1 || m.kvChunk > kKvChunk))
    in.fail("kvChunk", tr("must be between 1 and %1, not %2").arg(kKvChunk).arg(m.kvChunk));
  // name, dtype and rank lengths, byte size, digest.
  const qsizetype count = in.count("tensors", kTensors, 4 + 4 + 4 + 8 + 32);
  if (in.ok())
    m.tensors.reserve(count);
  for (qsizetype i = 0; i < count && in.ok(); ++i) {
    TensorManifestEntry tensor;
    tensor.name = in.string("tensor.name", kTensorNameBytes);
    tensor.dtype = in.string("tensor.dtype", kDtypeBytes);
    const qsizetype rank = in.count("tensor.shape", kRank, 8);
    for (qsizetype d = 0; d < rank && in.ok(); ++d) {
      const qint64 dim = in.i64("tensor.shape");
      if (dim < 0)
        in.fail("tensor.shape", tr("has a negative dimension"));
      tensor.shape.append(dim);
    }
    tensor.byteSize = in.i64("tensor.byteSize");
    if (in.ok() && (tensor.byteSize < 0 || tensor.byteSize > kTensorBytes))
      in.fail("tensor.byteSize", tr("is out of range: %1").arg(tensor.byteSize));
    tensor.sha256 = in.raw("tensor.sha256", 32);
    m.tensors.append(std::move(tensor));
  }
  return finish(in, kType, std::move(m));
}

// LoadStageReply

EncodedMessage LoadStageReplyMessage::encode() const {
  WireWriter out(4 + 8 * haveBytes.size());
  out.u32(quint32(haveBytes.size()));
  for (qint64 have : haveBytes)
    out.i64(have);
  return encoded(kType, out);
}

Expected<LoadStageReplyMessage> LoadStageReplyMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  LoadStageReplyMessage m;
  const qsizetype count = in.count("haveBytes", kTensors, 8);
  if (in.ok())
    m.haveBytes.reserve(count);
  for (qsizetype i = 0; i < count && in.ok(); ++i) {
    const qint64 have = in.i64("haveBytes");
    if (have < 0 || have > kTensorBytes)
      in.fail("haveBytes", tr("is out of range: %1").arg(have));
    m.haveBytes.append(have);
  }
  return finish(in, kType, std::move(m));
}

// WeightChunk / WeightAck

EncodedMessage WeightChunkMessage::encode() const {
  WireWriter out(32);
  out.u32(tensorIndex);
  out.i64(offset);
  out.u64(quint64(bytes.size()));
  return encoded(kType, out, bytes);
}

Expected<WeightChunkMessage> WeightChunkMessage::decode(QByteArray payload) {
  WireReader in(payload);
  WeightChunkMessage m;
  m.tensorIndex = in.u32("tensorIndex");
  if (in.ok() && m.tensorIndex >= quint32(kTensors))
    in.fail("tensorIndex", tr("is out of range: %1").arg(m.tensorIndex));
  m.offset = in.i64("offset");
  if (in.ok() && (m.offset < 0 || m.offset > kTensorBytes))
    in.fail("offset", tr("is out of range: %1").arg(m.offset));
  const quint64 size = in.u64("bytes");
  if (in.ok() && qint64(size) != in.remaining())
    in.fail("bytes", tr("says %1 bytes but %2 follow").arg(size).arg(in.remaining()));
  if (in.ok()) {
    const qsizetype start = in.position();
    in.skip(in.remaining());
    payload.remove(0, start);
    m.bytes = std::move(payload);
  }
  return finish(in, kType, std::move(m));
}

EncodedMessage WeightAckMessage::encode() const {
  WireWriter out(16);
  out.u32(tensorIndex);
  out.i64(receivedBytes);
  out.u8(quint8(state));
  return encoded(kType, out);
}

Expected<WeightAckMessage> WeightAckMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  WeightAckMessage m;
  m.tensorIndex = in.u32("tensorIndex");
  m.receivedBytes = in.i64("receivedBytes");
  if (in.ok() && (m.receivedBytes < 0 || m.receivedBytes > kTensorBytes))
    in.fail("receivedBytes", tr("is out of range: %1").arg(m.receivedBytes));
  const quint8 state = in.u8("state");
  if (in.ok() && state > quint8(State::Corrupt))
    in.fail("state", tr("has the unknown value %1").arg(state));
  m.state = state <= quint8(State::Corrupt) ? State(state) : State::Partial;
  return finish(in, kType, std::move(m));
}

// StageReady

EncodedMessage StageReadyMessage::encode() const {
  WireWriter out(64 + description.size());
  out.i32(firstLayer);
  out.i32(lastLayer);
  out.i64(weightBytes);
  out.i64(freeMemoryBytes);
  out.f64(loadMs);
  out.string(description);
  return encoded(kType, out);
}

Expected<StageReadyMessage> StageReadyMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  StageReadyMessage m;
  m.firstLayer = in.i32("firstLayer");
  m.lastLayer = in.i32("lastLayer");
  if (in.ok() && (m.firstLayer < 0 || m.firstLayer >= m.lastLayer || m.lastLayer > kLayers))
    in.fail("lastLayer", tr("[%1, %2) is not a layer range").arg(m.firstLayer).arg(m.lastLayer));
  m.weightBytes = in.i64("weightBytes");
  m.freeMemoryBytes = in.i64("freeMemoryBytes");
  if (in.ok() && (m.weightBytes < 0 || m.freeMemoryBytes < 0))
    in.fail("weightBytes", tr("a byte count is negative"));
  m.loadMs = in.f64("loadMs");
  m.description = in.string("description", kNameBytes);
  return finish(in, kType, std::move(m));
}

// Forward / Result

EncodedMessage ForwardMessage::encode() const {
  WireWriter out(64 + 8 * positions.size());
  writeForwardHead(out, *this);
  return encoded(kType, out, hidden.bytes);
}

Expected<ForwardMessage> ForwardMessage::decode(QByteArray payload) {
  WireReader in(payload);
  ForwardMessage m = readForward(in, payload, [](WireReader &r, const ForwardMessage &f, qsizetype tokens) {
    if (tokens == 0)
      r.fail("tokens", tr("a Forward needs at least one token"));
    else if (f.hidden.rows != tokens)
      r.fail("rows", tr("%1 rows of hidden states for %2 tokens").arg(f.hidden.rows).arg(tokens));
    else if (f.hidden.columns == 0)
      r.fail("columns", tr("hidden states need at least one column"));
  });
  return finish(in, kType, std::move(m));
}

EncodedMessage ResultMessage::encode() const {
  WireWriter out(64 + 8 * message.positions.size() + error.size());
  out.utf8(WireWriter::boundedUtf8(error, kErrorBytes));
  writeForwardHead(out, message);
  return encoded(kType, out, message.hidden.bytes);
}

Expected<ResultMessage> ResultMessage::decode(QByteArray payload) {
  WireReader in(payload);
  ResultMessage m;
  m.error = in.string("error", kErrorBytes);
  const bool failed = !m.error.isEmpty();
  m.message = readForward(in, payload, [failed](WireReader &r, const ForwardMessage &f, qsizetype tokens) {
    if (failed) {
      if (f.hidden.rows != 0)
        r.fail("rows", tr("a failed Result carries no hidden states"));
    } else if (f.hidden.rows != tokens && !(f.lastRowOnly && f.hidden.rows == qMin<qint64>(tokens, 1))) {
      r.fail("rows", tr("%1 rows of hidden states for %2 tokens").arg(f.hidden.rows).arg(tokens));
    } else if (tokens > 0 && f.hidden.columns == 0) {
      r.fail("columns", tr("hidden states need at least one column"));
    }
  });
  return finish(in, kType, std::move(m));
}

// ForwardBatch / ResultBatch

namespace {

// The hidden states' head and their trailing bytes, taken out of `payload`; `rows` must match.
void readHidden(WireReader &in, QByteArray &payload, qint64 rows, HiddenStates *hidden) {
  const quint8 dtype = in.u8("dtype");
  if (in.ok() && !validDtype(dtype))
    in.fail("dtype", WireReader::tr("has the unknown value %1").arg(dtype));
  hidden->dtype = validDtype(dtype) ? WireDtype(dtype) : WireDtype::F32;
  hidden->rows = in.i64("rows");
  hidden->columns = in.i64("columns");
  if (in.ok() && hidden->rows != rows)
    in.fail("rows",
            WireReader::tr("%1 rows of hidden states where the entries add up to %2").arg(hidden->rows).arg(rows));
  if (in.ok() && (hidden->columns < 0 || hidden->columns > kColumns || (rows > 0 && hidden->columns == 0)))
    in.fail("columns", WireReader::tr("must be between 1 and %1, not %2").arg(kColumns).arg(hidden->columns));
  takeHiddenBytes(in, payload, hidden);
}

} // namespace

EncodedMessage ForwardBatchMessage::encode() const {
  qsizetype positionCount = 0;
  for (const Entry &e : entries)
    positionCount += e.positions.size();
  WireWriter out(64 + 40 * entries.size() + 8 * positionCount);
  out.u32(quint32(entries.size()));
  for (const Entry &e : entries) {
    Q_ASSERT(e.positions.size() % 3 == 0);
    out.u64(e.session);
    out.i64(e.step);
    out.i64(e.cacheStart);
    out.boolean(e.lastRowOnly);
    out.u32(quint32(e.positions.size() / 3));
    for (qint64 p : e.positions)
      out.i64(p);
  }
  writeHidden(out, hidden);
  return encoded(kType, out, hidden.bytes);
}

Expected<ForwardBatchMessage> ForwardBatchMessage::decode(QByteArray payload) {
  WireReader in(payload);
  ForwardBatchMessage m;
  const qsizetype count = in.count("entries", kBatchEntries, 8 + 8 + 8 + 1 + 4);
  if (in.ok() && count == 0)
    in.fail("entries", tr("a ForwardBatch needs at least one entry"));
  qint64 tokens = 0;
  for (qsizetype i = 0; i < count && in.ok(); ++i) {
    Entry e;
    e.session = in.u64("session");
    e.step = in.i64("step");
    if (in.ok() && e.step < 0)
      in.fail("step", WireReader::tr("is negative"));
    e.cacheStart = in.i64("cacheStart");
    if (in.ok() && e.cacheStart < 0)
      in.fail("cacheStart", WireReader::tr("is negative"));
    e.lastRowOnly = in.boolean("lastRowOnly");
    const qsizetype n = in.count("tokens", qsizetype(kTokens), 3 * 8);
    if (in.ok() && n == 0)
      in.fail("tokens", tr("an entry needs at least one token"));
    for (const Entry &other : m.entries)
      if (in.ok() && other.session == e.session)
        in.fail("session", tr("session %1 appears twice").arg(e.session));
    if (in.ok()) {
      e.positions.resize(3 * n);
      for (qsizetype j = 0; j < e.positions.size(); ++j)
        e.positions[j] = in.i64("positions");
      tokens += n;
      if (tokens > kTokens)
        in.fail("tokens", tr("the entries hold more than %1 tokens").arg(kTokens));
    }
    m.entries.append(std::move(e));
  }
  if (in.ok())
    readHidden(in, payload, tokens, &m.hidden);
  return finish(in, kType, std::move(m));
}

EncodedMessage ResultBatchMessage::encode() const {
  qsizetype errorBytes = 0;
  for (const Entry &e : entries)
    errorBytes += e.error.size();
  WireWriter out(64 + 32 * entries.size() + 3 * errorBytes);
  out.u32(quint32(entries.size()));
  for (const Entry &e : entries) {
    out.u64(e.session);
    out.i64(e.step);
    out.utf8(WireWriter::boundedUtf8(e.error, kErrorBytes));
    out.i64(e.error.isEmpty() ? e.rows : 0);
  }
  writeHidden(out, hidden);
  return encoded(kType, out, hidden.bytes);
}

Expected<ResultBatchMessage> ResultBatchMessage::decode(QByteArray payload) {
  WireReader in(payload);
  ResultBatchMessage m;
  const qsizetype count = in.count("entries", kBatchEntries, 8 + 8 + 4 + 8);
  if (in.ok() && count == 0)
    in.fail("entries", tr("a ResultBatch needs at least one entry"));
  qint64 rows = 0;
  for (qsizetype i = 0; i < count && in.ok(); ++i) {
    Entry e;
    e.session = in.u64("session");
    e.step = in.i64("step");
    e.error = in.string("error", kErrorBytes);
    e.rows = in.i64("rows");
    if (in.ok() && (e.rows < 0 || e.rows > kTokens || (!e.error.isEmpty() && e.rows != 0)))
      in.fail("rows", tr("%1 rows for an entry (%2)")
                          .arg(e.rows)
                          .arg(e.error.isEmpty() ? tr("at most %1").arg(kTokens) : tr("a failed entry has none")));
    rows += e.rows;
    if (in.ok() && rows > kTokens)
      in.fail("rows", tr("the entries hold more than %1 rows").arg(kTokens));
    m.entries.append(std::move(e));
  }
  if (in.ok())
    readHidden(in, payload, rows, &m.hidden);
  return finish(in, kType, std::move(m));
}

// DropSession, StatsRequest

EncodedMessage DropSessionMessage::encode() const {
  WireWriter out(8);
  out.u64(session);
  return encoded(kType, out);
}

Expected<DropSessionMessage> DropSessionMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  DropSessionMessage m{in.u64("session")};
  return finish(in, kType, m);
}

EncodedMessage StatsRequestMessage::encode() const {
  return EncodedMessage{kType, {}, {}};
}

Expected<StatsRequestMessage> StatsRequestMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  return finish(in, kType, StatsRequestMessage{});
}

// Stats

bool StatsMessage::operator==(const StatsMessage &other) const {
  const StageStats &a = stage;
  const StageStats &b = other.stage;
  return a.description == b.description && a.firstLayer == b.firstLayer && a.lastLayer == b.lastLayer &&
         a.forwards == b.forwards && a.tokens == b.tokens && a.busyMs == b.busyMs && a.weightBytes == b.weightBytes &&
         a.cacheBytes == b.cacheBytes && a.sessions == b.sessions && freeMemoryBytes == other.freeMemoryBytes &&
         load == other.load;
}

EncodedMessage StatsMessage::encode() const {
  WireWriter out(128);
  out.string(stage.description);
  out.i32(stage.firstLayer);
  out.i32(stage.lastLayer);
  out.i64(stage.forwards);
  out.i64(stage.tokens);
  out.f64(stage.busyMs);
  out.i64(stage.weightBytes);
  out.i64(stage.cacheBytes);
  out.i32(stage.sessions);
  out.i64(freeMemoryBytes);
  out.f64(load);
  return encoded(kType, out);
}

Expected<StatsMessage> StatsMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  StatsMessage m;
  m.stage.description = in.string("description", kNameBytes);
  m.stage.firstLayer = in.i32("firstLayer");
  m.stage.lastLayer = in.i32("lastLayer");
  m.stage.forwards = in.i64("forwards");
  m.stage.tokens = in.i64("tokens");
  m.stage.busyMs = in.f64("busyMs");
  m.stage.weightBytes = in.i64("weightBytes");
  m.stage.cacheBytes = in.i64("cacheBytes");
  m.stage.sessions = in.i32("sessions");
  m.freeMemoryBytes = in.i64("freeMemoryBytes");
  m.load = in.f64("load");
  if (in.ok() && (m.stage.forwards < 0 || m.stage.tokens < 0 || m.stage.weightBytes < 0 || m.stage.cacheBytes < 0 ||
                  m.stage.sessions < 0 || m.freeMemoryBytes < 0 || m.stage.busyMs < 0 || m.load < 0))
    in.fail("stats", tr("a count is negative"));
  return finish(in, kType, std::move(m));
}

} // namespace mdi
