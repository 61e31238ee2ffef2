#include "net/frame.h"
#include "net/framereader.h"
#include "net/framewriter.h"
#include "net/wirereader.h"
#include "net/wirewriter.h"
#include "remote/stagemessages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <functional>

using namespace mdi;

namespace {

QByteArray randomBytes(QRandomGenerator &random, qsizetype size) {
  QByteArray bytes(size, Qt::Uninitialized);
  for (qsizetype i = 0; i < size; ++i)
    bytes[i] = char(random.bounded(256));
  return bytes;
}

PeerDescription description(const QString &id) {
  PeerDescription peer;
  peer.nodeId = id;
  peer.name = QStringLiteral("attic — GPU box");
  peer.appVersion = QStringLiteral("0.1.0");
  peer.device = QStringLiteral("cuda:0 (NVIDIA H200)");
  peer.freeMemoryBytes = 141ll << 30;
  peer.speed = 812.5;
  peer.capabilities = {QStringLiteral("bf16"), QStringLiteral("f32"), QStringLiteral("weight-cache")};
  return peer;
}

ForwardMessage forward(qint64 tokens, qint64 columns, WireDtype dtype, quint32 seed) {
  QRandomGenerator random(seed);
  ForwardMessage m;
  m.session = 0x1122334455667788ull;
  m.step = 7;
  m.cacheStart = 120;
  m.lastRowOnly = tokens > 3;
  for (int axis = 0; axis < 3; ++axis)
    for (qint64 i = 0; i < tokens; ++i)
      m.positions.append(m.cacheStart + i + axis * 1000);
  m.hidden.dtype = dtype;
  m.hidden.rows = tokens;
  m.hidden.columns = columns;
  m.hidden.bytes = randomBytes(random, tokens * columns * wireDtypeSize(dtype));
  return m;
}

// A batch of `sessions` entries of 1 + i tokens each (the first two lastRowOnly).
ForwardBatchMessage forwardBatch(int sessions, qint64 columns, WireDtype dtype, quint32 seed) {
  QRandomGenerator random(seed);
  ForwardBatchMessage m;
  qint64 rows = 0;
  for (int i = 0; i < sessions; ++i) {
    ForwardBatchMessage::Entry e;
    e.session = 100 + quint64(i);
    e.step = 3 + i;
    e.cacheStart = 40 * i;
    e.lastRowOnly = i < 2;
    for (int axis = 0; axis < 3; ++axis)
      for (qint64 t = 0; t <= i; ++t)
        e.positions.append(e.cacheStart + t + axis);
    rows += i + 1;
    m.entries.append(e);
  }
  m.hidden.dtype = dtype;
  m.hidden.rows = rows;
  m.hidden.columns = columns;
  m.hidden.bytes = randomBytes(random, rows * columns * wireDtypeSize(dtype));
  return m;
}

// Its answer: the first entry failed, the others with their rows (one when lastRowOnly).
ResultBatchMessage resultBatch(const ForwardBatchMessage &batch, quint32 seed) {
  QRandomGenerator random(seed);
  ResultBatchMessage r;
  qint64 rows = 0;
  for (qsizetype i = 0; i < batch.entries.size(); ++i) {
    const ForwardBatchMessage::Entry &e = batch.entries[i];
    ResultBatchMessage::Entry out{e.session, e.step, {}, e.lastRowOnly ? 1 : e.tokenCount()};
    if (i == 0) {
      out.error = QStringLiteral("Session 100 was dropped from this node to make room");
      out.rows = 0;
    }
    rows += out.rows;
    r.entries.append(out);
  }
  r.hidden.dtype = batch.hidden.dtype;
  r.hidden.rows = rows;
  r.hidden.columns = batch.hidden.columns;
  r.hidden.bytes = randomBytes(random, rows * batch.hidden.columns * wireDtypeSize(batch.hidden.dtype));
  return r;
}

// Feeds data in pieces of random size and collects the frames.
QList<Frame> readAll(FrameReader &reader, const QByteArray &data, QRandomGenerator &random, qint64 allocationBound) {
  QList<Frame> frames;
  qint64 offset = 0;
  while (offset < data.size() && !reader.failed()) {
    const qint64 piece = qMin<qint64>(data.size() - offset, 1 + random.bounded(4096));
    qint64 pieceOffset = 0;
    while (pieceOffset < piece && !reader.failed()) {
      const qint64 used = reader.feed(data.constData() + offset + pieceOffset, piece - pieceOffset);
      pieceOffset += used;
      if (reader.allocatedBytes() > allocationBound)
        qFatal("FrameReader holds %lld bytes, above the bound %lld", reader.allocatedBytes(), allocationBound);
      if (reader.hasFrame())
        frames.append(reader.takeFrame());
      else if (used == 0)
        break;
    }
    offset += piece;
  }
  return frames;
}

// Decodes a payload as its frame type says; returns whether it decoded (it must never crash).
bool decodeAs(MessageType type, const QByteArray &payload) {
  switch (type) {
  case MessageType::Hello:
    return bool(HelloMessage::decode(payload));
  case MessageType::HelloAck:
    return bool(HelloAckMessage::decode(payload));
  case MessageType::LoadStage:
    return bool(LoadStageMessage::decode(payload));
  case MessageType::LoadStageReply:
    return bool(LoadStageReplyMessage::decode(payload));
  case MessageType::WeightChunk:
    return bool(WeightChunkMessage::decode(payload));
  case MessageType::WeightAck:
    return bool(WeightAckMessage::decode(payload));
  case MessageType::StageReady:
    return bool(StageReadyMessage::decode(payload));
  case MessageType::Forward:
    return bool(ForwardMessage::decode(payload));
  case MessageType::Result:
    return bool(ResultMessage::decode(payload));
  case MessageType::DropSession:
    return bool(DropSessionMessage::decode(payload));
  case MessageType::Ping:
    return bool(PingMessage::decode(payload));
  case MessageType::Pong:
    return bool(PongMessage::decode(payload));
  case MessageType::StatsRequest:
    return bool(StatsRequestMessage::decode(payload));
  case MessageType::Stats:
    return bool(StatsMessage::decode(payload));
  case MessageType::Error:
    return bool(ErrorMessage::decode(payload));
  case MessageType::ForwardBatch:
    return bool(ForwardBatchMessage::decode(payload));
  case MessageType::ResultBatch:
    return bool(ResultBatchMessage::decode(payload));
  }
  return false;
}

} // namespace

class TestFrame : public QObject {
  Q_OBJECT

private:
  // One valid message of every type.
  QList<EncodedMessage> samples() const {
    QList<EncodedMessage> out;
    out << HelloMessage{description(QStringLiteral("coordinator-1"))}.encode();
    out << HelloAckMessage{description(QStringLiteral("6f1c2d3e-aaaa-bbbb-cccc-0123456789ab"))}.encode();
    LoadStageMessage load;
    load.modelName = QStringLiteral("Qwen2-VL-2B-Instruct");
    load.configJson = R"({"hidden_size": 1536, "num_hidden_layers": 28})";
    load.firstLayer = 9;
    load.lastLayer = 19;
    load.computeDtype = QStringLiteral("bf16");
    load.kvChunk = 256;
    for (int i = 0; i < 5; ++i)
      load.tensors.append({QStringLiteral("model.layers.%1.mlp.up_proj.weight").arg(9 + i),
                           QStringLiteral("BF16"),
                           {8960, 1536},
                           8960ll * 1536 * 2,
                           QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)});
    out << load.encode();
    out << LoadStageReplyMessage{{0, 27525120, 4096, 0}}.encode();
    out << WeightChunkMessage{3, 16 << 20, QByteArray(70000, 'w')}.encode();
    out << WeightAckMessage{3, (16 << 20) + 70000, WeightAckMessage::State::Partial}.encode();
    out << StageReadyMessage{9, 19, 123456789, 1ll << 34, 812.25, QStringLiteral("attic: layers 9-18")}.encode();
    out << forward(5, 64, WireDtype::BF16, 1).encode();
    out << ResultMessage{forward(1, 64, WireDtype::F32, 2), {}}.encode();
    ForwardMessage failed = forward(4, 64, WireDtype::F16, 3);
    failed.hidden.rows = 0;
    failed.hidden.bytes.clear();
    out << ResultMessage{failed, QStringLiteral("CUDA out of memory on attic")}.encode();
    out << DropSessionMessage{42}.encode();
    out << PingMessage{123456}.encode();
    out << PongMessage{123456, 1700000000000}.encode();
    out << StatsRequestMessage{}.encode();
    StatsMessage stats;
    stats.stage.description = QStringLiteral("attic: layers 9-18");
    stats.stage.firstLayer = 9;
    stats.stage.lastLayer = 19;
    stats.stage.forwards = 1000;
    stats.stage.tokens = 50000;
    stats.stage.busyMs = 1234.5;
    stats.stage.weightBytes = 1 << 30;
    stats.stage.cacheBytes = 1 << 20;
    stats.stage.sessions = 3;
    stats.freeMemoryBytes = 1ll << 33;
    stats.load = 0.25;
    out << stats.encode();
    out << ErrorMessage{quint32(ErrorCode::HashMismatch), QStringLiteral("tensor 3: SHA-256 mismatch")}.encode();
    const ForwardBatchMessage batch = forwardBatch(4, 64, WireDtype::BF16, 21);
    out << batch.encode();
    out << resultBatch(batch, 22).encode();
    return out;
  }

private Q_SLOTS:
  void headerLayout() {
    const QByteArray header = FrameWriter::header(MessageType::Forward, 0x0102030405060708ull, 0x0a0b0c0d);
    QCOMPARE(header.size(), kFrameHeaderSize);
    QCOMPARE(header.left(4), QByteArray("MDIF"));
    QCOMPARE(header.mid(4, 2), QByteArray::fromHex("0200"));              // version 2, little-endian
    QCOMPARE(header.mid(6, 2), QByteArray::fromHex("0800"));              // Forward = 8
    QCOMPARE(header.mid(8, 4), QByteArray::fromHex("00000000"));          // flags
    QCOMPARE(header.mid(12, 4), QByteArray::fromHex("0d0c0b0a"));         // payload length
    QCOMPARE(header.mid(16, 8), QByteArray::fromHex("0807060504030201")); // request id
  }

  void roundTripEveryMessage() {
    const QList<EncodedMessage> messages = samples();
    QSet<MessageType> types;
    QByteArray stream;
    for (int i = 0; i < messages.size(); ++i) {
      types.insert(messages[i].type);
      stream += FrameWriter::frame(messages[i], 1000 + i);
    }
    QCOMPARE(types.size(), 17); // every type
    QRandomGenerator random(7);
    FrameReader reader;
    const QList<Frame> frames = readAll(reader, stream, random, kFrameHeaderSize + FrameLimits().bulkBytes);
    QVERIFY2(!reader.failed(), qPrintable(reader.errorString()));
    QCOMPARE(frames.size(), messages.size());
    for (int i = 0; i < frames.size(); ++i) {
      QCOMPARE(frames[i].type, messages[i].type);
      QCOMPARE(frames[i].requestId, quint64(1000 + i));
      QCOMPARE(frames[i].version, kProtocolVersion);
      QCOMPARE(frames[i].payload, messages[i].payload());
      QVERIFY2(decodeAs(frames[i].type, frames[i].payload), qPrintable(messageTypeName(frames[i].type)));
    }
  }

  void typedRoundTrips() {
    const HelloMessage hello{description(QStringLiteral("node-a"))};
    QCOMPARE(*HelloMessage::decode(hello.encode().payload()), hello);
    const HelloAckMessage ack{description(QStringLiteral("node-b"))};
    QCOMPARE(*HelloAckMessage::decode(ack.encode().payload()), ack);

    LoadStageMessage load;
    load.modelName = QStringLiteral("m");
    load.configJson = "{}";
    load.firstLayer = 0;
    load.lastLayer = 28;
    load.computeDtype = QStringLiteral("f32");
    load.device = QStringLiteral("cuda:1");
    load.kvChunk = 512;
    load.tensors.append({QStringLiteral("a"), QStringLiteral("F32"), {2, 3}, 24, QByteArray(32, 'x')});
    load.tensors.append({QStringLiteral("b"), QStringLiteral("BF16"), {}, 2, QByteArray(32, 'y')});
    auto decodedLoad = LoadStageMessage::decode(load.encode().payload());
    QVERIFY2(decodedLoad, qPrintable(decodedLoad.error()));
    QCOMPARE(*decodedLoad, load);
    QCOMPARE(load.totalBytes(), 26);

    const LoadStageReplyMessage reply{{24, 0}};
    QCOMPARE(*LoadStageReplyMessage::decode(reply.encode().payload()), reply);
    const WeightChunkMessage chunk{1, 8, QByteArray("abcdefgh")};
    QCOMPARE(*WeightChunkMessage::decode(chunk.encode().payload()), chunk);
    const WeightAckMessage wack{1, 16, WeightAckMessage::State::Corrupt};
    QCOMPARE(*WeightAckMessage::decode(wack.encode().payload()), wack);
    const StageReadyMessage ready{0, 28, 100, 200, 1.5, QStringLiteral("x")};
    QCOMPARE(*StageReadyMessage::decode(ready.encode().payload()), ready);

    for (WireDtype dtype : {WireDtype::BF16, WireDtype::F16, WireDtype::F32}) {
      const ForwardMessage f = forward(7, 96, dtype, 11);
      auto decoded = ForwardMessage::decode(f.encode().payload());
      QVERIFY2(decoded, qPrintable(decoded.error()));
      QCOMPARE(*decoded, f);
      QCOMPARE(decoded->tokenCount(), 7);
    }
    // A Result with lastRowOnly carries one row for n tokens.
    ForwardMessage last = forward(6, 32, WireDtype::F32, 12);
    last.lastRowOnly = true;
    last.hidden.rows = 1;
    last.hidden.bytes.truncate(32 * 4);
    const ResultMessage result{last, {}};
    auto decodedResult = ResultMessage::decode(result.encode().payload());
    QVERIFY2(decodedResult, qPrintable(decodedResult.error()));
    QCOMPARE(*decodedResult, result);

    QCOMPARE(*DropSessionMessage::decode(DropSessionMessage{9}.encode().payload()), DropSessionMessage{9});
    QCOMPARE(*PingMessage::decode(PingMessage{-5}.encode().payload()), PingMessage{-5});
    QCOMPARE(*PongMessage::decode(PongMessage{1, 2}.encode().payload()), (PongMessage{1, 2}));
    QVERIFY(StatsRequestMessage::decode({}));
    StatsMessage stats;
    stats.stage.description = QStringLiteral("s");
    stats.load = 0.5;
    QCOMPARE(*StatsMessage::decode(stats.encode().payload()), stats);
    const ErrorMessage error{77, QStringLiteral("unknown codes are kept")};
    QCOMPARE(*ErrorMessage::decode(error.encode().payload()), error);
  }

  void batchRoundTrips() {
    for (const WireDtype dtype : {WireDtype::BF16, WireDtype::F16, WireDtype::F32}) {
      const ForwardBatchMessage batch = forwardBatch(5, 48, dtype, 31);
      auto decoded = ForwardBatchMessage::decode(batch.encode().payload());
      QVERIFY2(decoded, qPrintable(decoded.error()));
      QCOMPARE(*decoded, batch);
      QCOMPARE(decoded->entries.at(4).tokenCount(), 5);
      const ResultBatchMessage result = resultBatch(batch, 32);
      auto decodedResult = ResultBatchMessage::decode(result.encode().payload());
      QVERIFY2(decodedResult, qPrintable(decodedResult.error()));
      QCOMPARE(*decodedResult, result);
      QCOMPARE(decodedResult->entries.at(0).rows, 0);
      QVERIFY(!decodedResult->entries.at(0).error.isEmpty());
    }
    // Every entry failed: no rows, no hidden bytes.
    ResultBatchMessage allFailed;
    allFailed.entries.append({7, 1, QStringLiteral("no room"), 0});
    auto decoded = ResultBatchMessage::decode(allFailed.encode().payload());
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, allFailed);
  }

  void bulkBytesAreNotCopiedIntoTheHead() {
    const ForwardMessage f = forward(16, 128, WireDtype::F32, 5);
    const EncodedMessage encoded = f.encode();
    QCOMPARE(encoded.tail.constData(), f.hidden.bytes.constData()); // shared, not copied
    QVERIFY(encoded.head.size() < 512);
    // Decoding a payload that is moved in keeps its buffer.
    QByteArray payload = encoded.payload();
    const char *data = payload.constData();
    auto decoded = ForwardMessage::decode(std::move(payload));
    QVERIFY(decoded);
    QCOMPARE(decoded->hidden.bytes.constData(), data + encoded.head.size());
  }

  void invalidMessagesAreRefused_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("mustContain");

    ForwardMessage f = forward(3, 8, WireDtype::F32, 1);
    f.hidden.rows = 2;
    f.hidden.bytes.truncate(2 * 8 * 4);
    QTest::newRow("rows != tokens") << f.encode().payload() << int(MessageType::Forward) << QStringLiteral("rows");

    f = forward(3, 8, WireDtype::F32, 1);
    QByteArray payload = f.encode().payload();
    payload.chop(1);
    QTest::newRow("hidden truncated") << payload << int(MessageType::Forward) << QStringLiteral("hiddenBytes");

    payload = f.encode().payload();
    payload.append('x');
    QTest::newRow("hidden with trailing") << payload << int(MessageType::Forward) << QStringLiteral("hiddenBytes");

    f = forward(0, 8, WireDtype::F32, 1);
    QTest::newRow("no tokens") << f.encode().payload() << int(MessageType::Forward) << QStringLiteral("tokens");

    f = forward(2, 8, WireDtype::F32, 1);
    f.cacheStart = -1;
    QTest::newRow("negative cacheStart") << f.encode().payload() << int(MessageType::Forward)
                                         << QStringLiteral("cacheStart");

    payload = forward(2, 8, WireDtype::F32, 1).encode().payload();
    // dtype sits after session, step, cacheStart, lastRowOnly, count and 6 positions.
    payload[8 + 8 + 8 + 1 + 4 + 6 * 8] = char(9);
    QTest::newRow("unknown dtype") << payload << int(MessageType::Forward) << QStringLiteral("dtype");

    WireWriter hugeCount;
    hugeCount.u64(1);
    hugeCount.i64(0);
    hugeCount.i64(0);
    hugeCount.u8(0);
    hugeCount.u32(0xffffffffu);
    QTest::newRow("huge token count") << hugeCount.take() << int(MessageType::Forward) << QStringLiteral("tokens");

    WireWriter manyTensors;
    manyTensors.string(QStringLiteral("m"));
    manyTensors.utf8("{}");
    manyTensors.i32(0);
    manyTensors.i32(1);
    manyTensors.string(QStringLiteral("f32"));
    manyTensors.string({});
    manyTensors.i64(256);
    manyTensors.u32(90000); // far more than the bytes left could hold
    QTest::newRow("tensor count beyond payload")
        << manyTensors.take() << int(MessageType::LoadStage) << QStringLiteral("tensors");

    LoadStageMessage load;
    load.configJson = "{}";
    load.firstLayer = 5;
    load.lastLayer = 5;
    load.computeDtype = QStringLiteral("f32");
    QTest::newRow("empty layer range") << load.encode().payload() << int(MessageType::LoadStage)
                                       << QStringLiteral("layer range");

    PeerDescription bad = description(QStringLiteral("bad id with spaces"));
    QTest::newRow("bad node id") << HelloMessage{bad}.encode().payload() << int(MessageType::Hello)
                                 << QStringLiteral("nodeId");

    WireWriter longName;
    longName.string(QStringLiteral("node"));
    longName.u32(100000);
    QTest::newRow("string longer than bound")
        << longName.take() << int(MessageType::Hello) << QStringLiteral("at most");

    WireWriter badUtf8;
    badUtf8.u32(quint32(ErrorCode::Internal));
    badUtf8.utf8(QByteArray("\xff\xfe oops", 7));
    QTest::newRow("invalid UTF-8") << badUtf8.take() << int(MessageType::Error) << QStringLiteral("UTF-8");

    QTest::newRow("NaN") <<
        [] {
          StageReadyMessage ready{0, 1, 0, 0, 0, {}};
          QByteArray p = ready.encode().payload();
          const double n = qQNaN();
          quint64 bits;
          std::memcpy(&bits, &n, 8);
          qToLittleEndian(bits, p.data() + 4 + 4 + 8 + 8);
          return p;
        }() << int(MessageType::StageReady)
                         << QStringLiteral("finite");

    QTest::newRow("trailing bytes") << DropSessionMessage{1}.encode().payload() + "x" << int(MessageType::DropSession)
                                    << QStringLiteral("unexpected bytes");
    QTest::newRow("truncated") << PongMessage{1, 2}.encode().payload().left(12) << int(MessageType::Pong)
                               << QStringLiteral("only 4 are left");

    WireWriter badState;
    badState.u32(0);
    badState.i64(0);
    badState.u8(3);
    QTest::newRow("unknown ack state") << badState.take() << int(MessageType::WeightAck) << QStringLiteral("state");

    ForwardBatchMessage batch = forwardBatch(3, 8, WireDtype::F32, 1);
    batch.hidden.rows += 1;
    QTest::newRow("batch rows != tokens")
        << batch.encode().payload() << int(MessageType::ForwardBatch) << QStringLiteral("add up to 6");
    batch = forwardBatch(3, 8, WireDtype::F32, 1);
    batch.entries[2].session = batch.entries[0].session;
    QTest::newRow("batch session twice") << batch.encode().payload() << int(MessageType::ForwardBatch)
                                         << QStringLiteral("appears twice");
    batch = forwardBatch(3, 8, WireDtype::F32, 1);
    batch.entries.clear();
    batch.hidden = HiddenStates();
    QTest::newRow("empty batch") << batch.encode().payload() << int(MessageType::ForwardBatch)
                                 << QStringLiteral("at least one entry");
    batch = forwardBatch(3, 8, WireDtype::F32, 1);
    batch.entries[1].positions.clear();
    batch.hidden.rows -= 2;
    batch.hidden.bytes.chop(2 * 8 * 4);
    QTest::newRow("batch entry without tokens")
        << batch.encode().payload() << int(MessageType::ForwardBatch) << QStringLiteral("at least one token");
    {
      WireWriter tooMany;
      tooMany.u32(quint32(wirelimits::kBatchEntries + 1));
      QTest::newRow("batch too many entries")
          << tooMany.take() << int(MessageType::ForwardBatch) << QStringLiteral("entries");
    }
    ResultBatchMessage failedEntryWithRows = resultBatch(forwardBatch(2, 8, WireDtype::F32, 1), 2);
    failedEntryWithRows.entries[0].rows = 1; // encode() writes 0 for a failed entry: patch the bytes
    {
      QByteArray payload = failedEntryWithRows.encode().payload();
      const QByteArray error = failedEntryWithRows.entries[0].error.toUtf8();
      const qsizetype rowsAt = 4 + 8 + 8 + 4 + error.size();
      qToLittleEndian<qint64>(1, payload.data() + rowsAt);
      QTest::newRow("failed batch entry with rows")
          << payload << int(MessageType::ResultBatch) << QStringLiteral("a failed entry has none");
    }
    ForwardMessage failedWithRows = forward(2, 8, WireDtype::F32, 1);
    QTest::newRow("failed result with rows") << ResultMessage{failedWithRows, QStringLiteral("boom")}.encode().payload()
                                             << int(MessageType::Result) << QStringLiteral("no hidden states");
  }

  void invalidMessagesAreRefused() {
    QFETCH(QByteArray, payload);
    QFETCH(int, type);
    QFETCH(QString, mustContain);
    QString error;
    switch (MessageType(type)) {
    case MessageType::Forward:
      error = ForwardMessage::decode(payload).error();
      break;
    case MessageType::LoadStage:
      error = LoadStageMessage::decode(payload).error();
      break;
    case MessageType::Hello:
      error = HelloMessage::decode(payload).error();
      break;
    case MessageType::Error:
      error = ErrorMessage::decode(payload).error();
      break;
    case MessageType::StageReady:
      error = StageReadyMessage::decode(payload).error();
      break;
    case MessageType::DropSession:
      error = DropSessionMessage::decode(payload).error();
      break;
    case MessageType::Pong:
      error = PongMessage::decode(payload).error();
      break;
    case MessageType::WeightAck:
      error = WeightAckMessage::decode(payload).error();
      break;
    case MessageType::Result:
      error = ResultMessage::decode(payload).error();
      break;
    case MessageType::ForwardBatch:
      error = ForwardBatchMessage::decode(payload).error();
      break;
    case MessageType::ResultBatch:
      error = ResultBatchMessage::decode(payload).error();
      break;
    default:
      QFAIL("type not covered");
    }
    QVERIFY2(!error.isEmpty(), "accepted");
    QVERIFY2(error.contains(mustContain), qPrintable(error));
    QVERIFY2(error.contains(messageTypeName(MessageType(type))), qPrintable(error));
  }

  void longErrorTextsAreShortened() {
    const ErrorMessage error{1, QString(5000, QChar(0x00e9))}; // two UTF-8 bytes each
    auto decoded = ErrorMessage::decode(error.encode().payload());
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->message, QString(wirelimits::kErrorBytes / 2, QChar(0x00e9)));
  }

  void headerProblems_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("mustContain");
    QByteArray header = FrameWriter::header(MessageType::Hello, 1, 10);
    header[0] = 'X';
    QTest::newRow("magic") << header << int(FrameReader::Failure::BadMagic) << QStringLiteral("magic");
    // A peer of version 1 (before ForwardBatch) is refused with both versions named.
    QTest::newRow("version") << FrameWriter::header(MessageType::Hello, 1, 10, 0, 1)
                             << int(FrameReader::Failure::VersionMismatch)
                             << QStringLiteral("protocol version 1; this program speaks version 2");
    header = FrameWriter::header(MessageType::Hello, 1, 10);
    header[6] = char(99);
    QTest::newRow("type") << header << int(FrameReader::Failure::UnknownType) << QStringLiteral("type 99");
    header[6] = 0;
    QTest::newRow("type 0") << header << int(FrameReader::Failure::UnknownType) << QStringLiteral("type 0");
    QTest::newRow("flags") << FrameWriter::header(MessageType::Ping, 1, 8, 4) << int(FrameReader::Failure::BadFlags)
                           << QStringLiteral("flags");
    QTest::newRow("control oversized") << FrameWriter::header(MessageType::Hello, 1, (64 << 10) + 1)
                                       << int(FrameReader::Failure::Oversized) << QStringLiteral("65537");
    QTest::newRow("bulk oversized") << FrameWriter::header(MessageType::Forward, 1, (512ll << 20) + 1)
                                    << int(FrameReader::Failure::Oversized) << QStringLiteral("Forward");
    QTest::newRow("4 GiB") << FrameWriter::header(MessageType::WeightChunk, 1, 0xffffffffll)
                           << int(FrameReader::Failure::Oversized) << QStringLiteral("WeightChunk");
    QTest::newRow("http") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << int(FrameReader::Failure::BadMagic)
                          << QStringLiteral("magic");
  }

  void headerProblems() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, failure);
    QFETCH(QString, mustContain);
    FrameReader reader;
    const qint64 used = reader.feed(bytes.constData(), bytes.size());
    QCOMPARE(used, qint64(kFrameHeaderSize));
    QVERIFY(reader.failed());
    QVERIFY(!reader.hasFrame());
    QCOMPARE(int(reader.failure()), failure);
    QVERIFY2(reader.errorString().contains(mustContain), qPrintable(reader.errorString()));
    QCOMPARE(reader.allocatedBytes(), qint64(kFrameHeaderSize)); // nothing allocated for the payload
    // A failed reader takes nothing more.
    QCOMPARE(reader.feed("MDIF", 4), qint64(0));
  }

  void versionMismatchReportsThePeerVersion() {
    FrameReader reader;
    const QByteArray frame = FrameWriter::frame(HelloMessage{description(QStringLiteral("n"))}.encode(), 1, 7);
    reader.feed(frame.constData(), frame.size());
    QCOMPARE(reader.failure(), FrameReader::Failure::VersionMismatch);
    QCOMPARE(reader.peerVersion(), quint16(7));
  }

  void errorFramesOfAnotherVersionAreRead() {
    // The one frame every version can read: how a peer of another version says why it refuses.
    const ErrorMessage error{quint32(ErrorCode::VersionMismatch), QStringLiteral("I speak version 3")};
    const QByteArray frame = FrameWriter::frame(error.encode(), 0, 3);
    FrameReader reader;
    QCOMPARE(reader.feed(frame.constData(), frame.size()), qint64(frame.size()));
    QVERIFY2(!reader.failed(), qPrintable(reader.errorString()));
    QVERIFY(reader.hasFrame());
    const Frame got = reader.takeFrame();
    QCOMPARE(got.type, MessageType::Error);
    QCOMPARE(got.version, quint16(3));
    QCOMPARE(ErrorMessage::decode(got.payload)->message, error.message);
  }

  void truncatedFrameWaits() {
    const QByteArray frame = FrameWriter::frame(PingMessage{1}.encode(), 5);
    FrameReader reader;
    QCOMPARE(reader.feed(frame.constData(), frame.size() - 1), qint64(frame.size() - 1));
    QVERIFY(!reader.hasFrame());
    QVERIFY(!reader.failed());
    QCOMPARE(reader.feed(frame.constData() + frame.size() - 1, 1), qint64(1));
    QVERIFY(reader.hasFrame());
    QCOMPARE(reader.takeFrame().requestId, quint64(5));
  }

  void feedStopsAtTheEndOfAFrame() {
    const QByteArray two =
        FrameWriter::frame(PingMessage{1}.encode(), 1) + FrameWriter::frame(PingMessage{2}.encode(), 2);
    FrameReader reader;
    const qint64 used = reader.feed(two.constData(), two.size());
    QCOMPARE(used, qint64(two.size() / 2));
    QVERIFY(reader.hasFrame());
    QCOMPARE(reader.feed(two.constData() + used, two.size() - used), qint64(0)); // holds one frame at most
    QCOMPARE(reader.takeFrame().requestId, quint64(1));
    QCOMPARE(reader.feed(two.constData() + used, two.size() - used), two.size() - used);
    QCOMPARE(reader.takeFrame().requestId, quint64(2));
  }

  void allocationFollowsArrivals() {
    // A header that declares 500 MiB, then a trickle: the buffer grows with what arrives.
    FrameReader reader;
    const qint64 declared = 500ll << 20;
    const QByteArray header = FrameWriter::header(MessageType::Forward, 1, declared);
    reader.feed(header.constData(), header.size());
    QVERIFY(!reader.failed());
    QCOMPARE(reader.allocatedBytes(), qint64(kFrameHeaderSize));
    const QByteArray piece(100 << 10, 'h');
    qint64 received = 0;
    for (int i = 0; i < 50; ++i) {
      reader.feed(piece.constData(), piece.size());
      received += piece.size();
      QVERIFY2(reader.allocatedBytes() <= kFrameHeaderSize + qMax<qint64>(256 << 10, 2 * received),
               qPrintable(QString::number(reader.allocatedBytes())));
    }
    QVERIFY(!reader.hasFrame());
  }

  void readsFromADevice() {
    QByteArray stream;
    const QList<EncodedMessage> messages = samples();
    for (int i = 0; i < messages.size(); ++i)
      stream += FrameWriter::frame(messages[i], i + 1);
    QBuffer buffer(&stream);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    FrameReader reader;
    int count = 0;
    while (reader.readFrom(&buffer)) {
      const Frame frame = reader.takeFrame();
      QCOMPARE(frame.payload, messages[count].payload());
      ++count;
    }
    QVERIFY(!reader.failed());
    QCOMPARE(count, messages.size());
  }

  void writerRefusesWhatThePeerWouldRefuse() {
    FrameLimits limits;
    limits.bulkBytes = 1000;
    const FrameWriter writer(limits);
    const ForwardMessage big = forward(10, 32, WireDtype::F32, 1);
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Status status = writer.write(&buffer, big.encode(), 1);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("frame limit of 1000")), qPrintable(status.error()));
    QVERIFY(out.isEmpty());
    QVERIFY(writer.write(&buffer, forward(1, 32, WireDtype::F32, 1).encode(), 2));
    QCOMPARE(out.size(), kFrameHeaderSize + forward(1, 32, WireDtype::F32, 1).encode().size());
  }

  // Thousands of random, mutated, truncated and oversized streams: the reader reports problems,
  // never holds more than a header plus the limit, and every frame it yields decodes or is refused.
  void fuzz() {
    FrameLimits limits;
    limits.controlBytes = 2048;
    limits.manifestBytes = 8192;
    limits.bulkBytes = 65536;
    const qint64 bound = kFrameHeaderSize + limits.bulkBytes;
    const QList<EncodedMessage> messages = [&] {
      QList<EncodedMessage> small;
      for (const EncodedMessage &m : samples())
        if (m.size() <= limits.maximumFor(m.type))
          small.append(m);
      return small;
    }();
    QVERIFY(messages.size() >= 12);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("fuzz seed %u", seed);
    QRandomGenerator random(seed);
    int failures = 0;
    int frames = 0;
    int decoded = 0;
    for (int round = 0; round < 4000; ++round) {
      QByteArray stream;
      const int kind = random.bounded(6);
      if (kind == 0) {
        stream = randomBytes(random, random.bounded(2000));
      } else {
        const int count = 1 + random.bounded(4);
        for (int i = 0; i < count; ++i)
          stream += FrameWriter::frame(messages[random.bounded(messages.size())], random.generate64());
        if (kind == 1) { // flip bits anywhere
          for (int i = 0, n = 1 + random.bounded(8); i < n; ++i)
            stream[random.bounded(stream.size())] ^= char(1 << random.bounded(8));
        } else if (kind == 2) { // truncate
          stream.truncate(random.bounded(stream.size()));
        } else if (kind == 3) { // a random length field
          qToLittleEndian<quint32>(random.generate(), stream.data() + 12);
        } else if (kind == 4) { // a random version or type
          qToLittleEndian<quint16>(quint16(random.bounded(20)), stream.data() + 4 + 2 * random.bounded(2));
        } else { // garbage in the payloads
          for (int i = 0, n = 1 + random.bounded(32); i < n; ++i) {
            const int at = random.bounded(stream.size());
            if (at >= kFrameHeaderSize)
              stream[at] = char(random.bounded(256));
          }
        }
      }
      FrameReader reader(limits);
      const QList<Frame> got = readAll(reader, stream, random, bound);
      failures += reader.failed() ? 1 : 0;
      if (reader.failed())
        QVERIFY(!reader.errorString().isEmpty());
      for (const Frame &frame : got) {
        ++frames;
        QVERIFY(frame.payload.size() <= limits.maximumFor(frame.type));
        decoded += decodeAs(frame.type, frame.payload) ? 1 : 0;
      }
    }
    qInfo("fuzz: %d streams refused, %d frames, %d decoded", failures, frames, decoded);
    QVERIFY(failures > 1000);
    QVERIFY(frames > 1000);
  }

  // Random payloads straight into every decoder.
  void fuzzDecoders() {
    QRandomGenerator random(1234);
    const QList<EncodedMessage> messages = samples();
    for (int round = 0; round < 20000; ++round) {
      const MessageType type = MessageType(1 + random.bounded(15));
      QByteArray payload;
      if (random.bounded(2) == 0) {
        payload = randomBytes(random, random.bounded(300));
      } else {
        payload = messages[random.bounded(messages.size())].payload().left(4096);
        for (int i = 0, n = 1 + random.bounded(6); i < n && !payload.isEmpty(); ++i)
          payload[random.bounded(payload.size())] = char(random.bounded(256));
        if (random.bounded(3) == 0)
          payload.truncate(random.bounded(payload.size() + 1));
      }
      decodeAs(type, payload);
    }
  }

  void wireReaderBounds() {
    WireWriter out;
    out.u32(0x7fffffff); // a count that the remaining bytes cannot hold
    WireReader in(out.data());
    QCOMPARE(in.count("items", 1 << 30, 8), qsizetype(0));
    QVERIFY(!in.ok());
    QVERIFY2(in.error().contains(QStringLiteral("items")), qPrintable(in.error()));

    WireWriter big;
    big.u64(0xffffffffffffffffull);
    WireReader bytes(big.data());
    QVERIFY(bytes.bytes("blob", 1 << 20).isEmpty());
    QVERIFY(!bytes.ok());

    WireReader latched(QByteArrayView("ab"));
    latched.u32("first");
    latched.u8("second");
    QVERIFY2(latched.error().contains(QStringLiteral("first")), qPrintable(latched.error()));

    QCOMPARE(WireWriter::boundedUtf8(QStringLiteral("aé"), 2), QByteArray("a"));
  }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
