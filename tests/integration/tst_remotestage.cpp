// Stages on peer nodes: mdi-node processes on 127.0.0.1 serve layers of the fixture model. Every
// fixture case gives the tokens and logits (1e-5) of the all-local run with one and with two
// remote stages; the load progress counts the shipped bytes up to what was shipped (none when
// cached); the second load ships no weight bytes, nor does a node started with --model; a
// wrong pairing code is refused; a node survives thousands of garbage frames (random, truncated,
// oversized, wrong-version) and a client without TLS, and still serves; a SIGKILLed node's layers
// move here mid-answer and the answers equal the uninterrupted ones, and so do those of a node
// killed while another node runs a stage (its layers move to that node; or here when it has no
// room); the coordinator polls each node's statistics; a node hashing a large --model folder keeps
// answering pings; mdi-run --peer runs both stages remotely; mdi-run --discover lists a node on
// loopback; a node started with --dtype computes in that format whatever it is asked for.

#include "engine/computeenvironment.h"
#include "engine/pipeline.h"
#include "engine/plan.h"
#include "engine/planner.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "model/safetensorsfile.h"
#include "net/pairingkey.h"
#include "net/psktls.h"
#include "remote/remotestagelinkfactory.h"
#include "remote/stagemessages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <csignal>
#include <future>
#include <mutex>
#include <thread>

#include <signal.h>

using namespace mdi;
using namespace mdi::test;

namespace {
constexpr int kSteps = 6;
constexpr double kTolerance = 1e-5;
const QString kCode = QStringLiteral("7KQ4M-2XH9D");

struct NodeProcess {
  std::unique_ptr<QProcess> process;
  quint16 port = 0;
  QString nodeId;
  QString output;
};

using Runs = QHash<QString, RunOutcome>;

// What a pipeline run reported besides the answers.
struct PipelineRunInfo {
  QStringList lost;        // peerLost messages
  QStringList planChanges; // planChanged placements
  Plan plan;               // as it ran at the end
  QList<StageStats> stats; // at the end
};

// Reads frames off a socket: type and request id of each, with the payload.
struct RawFrame {
  quint16 type = 0;
  quint64 requestId = 0;
  QByteArray payload;
};
bool takeFrame(QByteArray &buffer, RawFrame &frame) {
  if (buffer.size() < kFrameHeaderSize)
    return false;
  const quint32 length = qFromLittleEndian<quint32>(buffer.constData() + 12);
  if (buffer.size() < kFrameHeaderSize + qsizetype(length))
    return false;
  frame.type = qFromLittleEndian<quint16>(buffer.constData() + 6);
  frame.requestId = qFromLittleEndian<quint64>(buffer.constData() + 16);
  frame.payload = buffer.mid(kFrameHeaderSize, length);
  buffer.remove(0, kFrameHeaderSize + length);
  return true;
}

QByteArray rawFrame(quint16 version, quint16 type, quint64 requestId, const QByteArray &payload) {
  QByteArray frame(kFrameHeaderSize, '\0');
  char *p = frame.data();
  std::memcpy(p, kFrameMagic, 4);
  qToLittleEndian<quint16>(version, p + 4);
  qToLittleEndian<quint16>(type, p + 6);
  qToLittleEndian<quint32>(0, p + 8);
  qToLittleEndian<quint32>(quint32(payload.size()), p + 12);
  qToLittleEndian<quint64>(requestId, p + 16);
  return frame + payload;
}
} // namespace

class TestRemoteStage : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    QVERIFY(m_dir.isValid());
    m_cases = Fixtures::caseNames();
    QVERIFY(!m_cases.isEmpty());
    for (int i = 0; i < 2; ++i) {
      NodeProcess node;
      QVERIFY2(startNode(i, node), qPrintable(node.output));
      m_nodes.push_back(std::move(node));
    }
    runPlan(localOptions(), m_local);
  }

  void cleanupTestCase() {
    for (NodeProcess &node : m_nodes) {
      node.process->kill();
      node.process->waitForFinished(30000);
      if (qEnvironmentVariableIsSet("MDI_TEST_NODE_LOG"))
        qInfo().noquote() << node.process->readAllStandardError();
    }
  }

  void oneRemoteStage() {
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:0");
    options.peers = {peer(0)};
    Runs runs;
    QList<StageStats> stats;
    const qint64 shipped = runPlan(options, runs, &stats);
    QVERIFY(shipped > 0);
    compare(runs);
    expectBatchedOverTheWire(stats, 1);
  }

  void twoRemoteStages() {
    EngineLoadOptions options = localOptions();
    options.plan.stages[0].hostId = QStringLiteral("peer:1");
    options.plan.stages[1].hostId = QStringLiteral("peer:0");
    options.peers = {peer(0), peer(1)};
    Runs runs;
    QList<StageStats> stats;
    runPlan(options, runs, &stats);
    compare(runs);
    expectBatchedOverTheWire(stats, 2);
  }

  void secondLoadShipsNothing() {
    EngineLoadOptions options = localOptions();
    options.plan.stages[0].hostId = QStringLiteral("peer:1");
    options.plan.stages[1].hostId = QStringLiteral("peer:0");
    options.peers = {peer(0), peer(1)};
    EngineRunner runner;
    auto info = runner.load(options);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->weightBytesShipped, qint64(0));
    const RunOutcome o = runner.run(caseRequest(m_cases.first(), kSteps));
    QVERIFY2(!o.failed, qPrintable(o.error));
    QCOMPARE(o.result.tokens, m_local.value(m_cases.first()).result.tokens);
  }

  // A node started with --dtype q8 computes its stage in 8-bit whatever the coordinator asks for:
  // asked for f32, its stage holds the bytes of the same layers loaded here in q8, and says so.
  void nodeDtypeOverridesRequest() {
    NodeProcess node;
    QVERIFY2(startNode(5, node, {QStringLiteral("--dtype"), QStringLiteral("q8")}), qPrintable(node.output));
    auto stageBytes = [&](const QString &precision, bool remote) -> qint64 {
      EngineLoadOptions options = localOptions();
      options.precision = precision;
      if (remote) {
        options.plan.stages[1].hostId = QStringLiteral("peer:0");
        RemotePeer p = peer(0);
        p.port = node.port;
        options.peers = {p};
      }
      EngineRunner runner;
      auto info = runner.load(options);
      if (!info) {
        QTest::qFail(qPrintable(info.error()), __FILE__, __LINE__);
        return -1;
      }
      const QList<StageStats> stats = runner.engine().stageStats();
      return stats.size() == 2 ? stats.at(1).weightBytes : -1;
    };
    const qint64 hereQ8 = stageBytes(QStringLiteral("q8"), false);
    const qint64 hereF32 = stageBytes(QStringLiteral("f32"), false);
    const qint64 remote = stageBytes(QStringLiteral("f32"), true);
    QVERIFY(hereQ8 > 0 && hereF32 > 2 * hereQ8);
    QCOMPARE(remote, hereQ8);
    const QString log =
        QString::fromLocal8Bit(node.process->readAllStandardOutput() + node.process->readAllStandardError());
    QVERIFY2(log.contains(QStringLiteral("layers 1-1 in q8 (asked for f32)")), qPrintable(log));
    node.process->kill();
    node.process->waitForFinished(30000);
  }

  // Loading onto a node that has nothing reports hashing, then the bytes shipped (growing, ending
  // at what modelInfo says was shipped); the next load finds them cached and ships none.
  void loadProgressCountsShippedBytes() {
    NodeProcess node;
    QVERIFY2(startNode(4, node), qPrintable(node.output)); // a cache of its own: empty
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:4");
    RemotePeer remote = peer(0);
    remote.hostId = QStringLiteral("peer:4");
    remote.port = node.port;
    options.peers = {remote};
    for (int round = 0; round < 2; ++round) {
      EngineRunner runner;
      QList<LoadProgress> seen;
      connect(&runner.engine(), &Engine::loadProgress, this, [&](const LoadProgress &p) { seen.append(p); });
      auto info = runner.load(options);
      QVERIFY2(info, qPrintable(info.error()));
      qint64 shipped = -1;
      qint64 total = -1;
      bool hashed = false;
      bool cached = false;
      for (const LoadProgress &p : std::as_const(seen)) {
        QVERIFY(!p.text().isEmpty());
        if (p.stage != 1)
          continue;
        QVERIFY(p.isRemote());
        QCOMPARE(p.firstLayer, 1);
        QCOMPARE(p.lastLayer, 2);
        hashed = hashed || p.phase == LoadProgress::Phase::Hashing;
        cached = cached || p.phase == LoadProgress::Phase::Cached;
        if (p.phase != LoadProgress::Phase::Shipping)
          continue;
        QVERIFY2(p.bytesDone >= shipped, "shipped bytes went back");
        QVERIFY(total < 0 || p.bytesTotal == total);
        shipped = p.bytesDone;
        total = p.bytesTotal;
        QVERIFY2(p.text().contains(QStringLiteral("Sending layer 1 to node4")), qPrintable(p.text()));
      }
      QVERIFY(hashed);
      if (round == 0) {
        QVERIFY(info->weightBytesShipped > 0);
        QCOMPARE(shipped, info->weightBytesShipped);
        QCOMPARE(total, info->weightBytesShipped);
        QVERIFY(!cached);
      } else {
        QCOMPARE(info->weightBytesShipped, qint64(0));
        QCOMPARE(shipped, qint64(-1)); // no Shipping at all
        QVERIFY(cached);
      }
    }
    node.process->kill();
    node.process->waitForFinished(30000);
  }

  void wrongPairingCodeRefused() {
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:0");
    RemotePeer wrong = peer(0);
    wrong.pairingCode = QStringLiteral("00000-00000");
    options.peers = {wrong};
    EngineRunner runner;
    auto info = runner.load(options);
    QVERIFY(!info);
    QVERIFY2(!info.error().isEmpty(), "the refusal says why");
    QCOMPARE(m_nodes[0].process->state(), QProcess::Running);
  }

  void garbageFramesThenValidClient() {
    NodeProcess &node = m_nodes[1];
    auto key = PairingKey::derive(kCode, node.nodeId);
    QVERIFY2(key, qPrintable(key.error()));
    QRandomGenerator random(77);
    const quint16 types[] = {1, 3, 5, 8, 10, 13, 2, 4, 6, 7, 9, 11, 12, 14, 15, 99};
    HelloMessage hello;
    hello.peer.nodeId = QStringLiteral("garbage-client");
    const EncodedMessage helloMessage = hello.encode();
    int sent = 0;
    for (int connection = 0; connection < 40; ++connection) {
      QSslSocket socket;
      socket.setSslConfiguration(PskTls::configuration());
      const QByteArray psk = *key;
      connect(&socket, &QSslSocket::preSharedKeyAuthenticationRequired,
              [psk](QSslPreSharedKeyAuthenticator *authenticator) {
                authenticator->setIdentity("garbage-client");
                authenticator->setPreSharedKey(psk);
              });
      socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), node.port);
      QVERIFY2(socket.waitForEncrypted(30000), qPrintable(socket.errorString()));
      QByteArray batch = rawFrame(kProtocolVersion, quint16(MessageType::Hello), 1, helloMessage.payload());
      for (int i = 0; i < 60; ++i, ++sent) {
        QByteArray payload(int(random.bounded(200)), '\0');
        for (char &c : payload)
          c = char(random.bounded(256));
        const quint16 type = types[random.bounded(int(std::size(types)))];
        const int kind = int(random.bounded(20));
        if (kind == 0) // truncated: a header promising more than comes
          batch += rawFrame(kProtocolVersion, type, i + 2, payload).left(kFrameHeaderSize + payload.size() / 2);
        else if (kind == 1) // wrong version
          batch += rawFrame(kProtocolVersion + 1, type, i + 2, payload);
        else if (kind == 2) // oversized
          batch += rawFrame(kProtocolVersion, type, i + 2, QByteArray()).left(12) + QByteArray("\xff\xff\xff\x7f", 4) +
                   QByteArray(8, '\1');
        else
          batch += rawFrame(kProtocolVersion, type, i + 2, payload);
      }
      socket.write(batch);
      socket.flush();
      while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForBytesWritten(5000);
      socket.waitForReadyRead(200);
      socket.abort();
      QCOMPARE(node.process->state(), QProcess::Running);
    }
    QVERIFY(sent >= 2000);
    // A client that does not speak TLS gets nothing and is closed.
    {
      QTcpSocket plain;
      plain.connectToHost(QStringLiteral("127.0.0.1"), node.port);
      QVERIFY(plain.waitForConnected(30000));
      plain.write(rawFrame(kProtocolVersion, quint16(MessageType::Hello), 1, helloMessage.payload()));
      while (plain.state() == QAbstractSocket::ConnectedState && plain.waitForReadyRead(30000))
        QVERIFY2(!plain.readAll().contains("MDIF"), "no frame before the handshake");
      QCOMPARE(plain.state(), QAbstractSocket::UnconnectedState);
    }
    QCOMPARE(node.process->state(), QProcess::Running);
    // Still serves a valid coordinator.
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:1");
    options.peers = {peer(1)};
    EngineRunner runner;
    auto info = runner.load(options);
    QVERIFY2(info, qPrintable(info.error()));
    const RunOutcome o = runner.run(caseRequest(m_cases.first(), kSteps));
    QVERIFY2(!o.failed, qPrintable(o.error));
    QCOMPARE(o.result.tokens, m_local.value(m_cases.first()).result.tokens);
  }

  // A node started with --model uses the tensors it finds there (same SHA-256): nothing is shipped.
  void modelFolderSkipsTransfer() {
    NodeProcess node;
    QVERIFY2(startNode(3, node, {QStringLiteral("--model"), Fixtures::checkpointDir()}), qPrintable(node.output));
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:3");
    RemotePeer remote = peer(0);
    remote.hostId = QStringLiteral("peer:3");
    remote.port = node.port;
    options.peers = {remote};
    EngineRunner runner;
    auto info = runner.load(options);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->weightBytesShipped, qint64(0));
    const RunOutcome o = runner.run(caseRequest(m_cases.first(), kSteps));
    QVERIFY2(!o.failed, qPrintable(o.error));
    QCOMPARE(o.result.tokens, m_local.value(m_cases.first()).result.tokens);
    node.process->kill();
    node.process->waitForFinished(30000);
  }

  // On loopback, mdi-run --discover lists a node the test started (discovery ports of its own).
  void discoverNodeOnLoopback() {
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 beaconPort = probe.localPort();
    QUdpSocket probe2;
    QVERIFY(probe2.bind(QHostAddress::LocalHost, 0));
    const quint16 queryPort = probe2.localPort();
    probe.close();
    probe2.close();
    NodeProcess node;
    QVERIFY2(
        startNode(4, node,
                  {QStringLiteral("--discovery-loopback"), QStringLiteral("--discovery-beacon-port"),
                   QString::number(beaconPort), QStringLiteral("--discovery-query-port"), QString::number(queryPort)}),
        qPrintable(node.output));
    QProcess run;
    run.setProgram(Fixtures::executable(QStringLiteral("mdi-run")));
    run.setArguments({QStringLiteral("--discover"), QStringLiteral("--loopback"), QStringLiteral("--json"),
                      QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--beacon-port"),
                      QString::number(beaconPort), QStringLiteral("--query-port"), QString::number(queryPort)});
    run.start();
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 0);
    const QJsonArray peers = QJsonDocument::fromJson(run.readAllStandardOutput()).array();
    bool found = false;
    for (const QJsonValue &p : peers) {
      const QJsonObject o = p.toObject();
      if (o.value(QStringLiteral("nodeId")).toString() == node.nodeId) {
        found = true;
        QCOMPARE(o.value(QStringLiteral("port")).toInt(), int(node.port));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("node4"));
      }
    }
    QVERIFY2(found, qPrintable(QJsonDocument(peers).toJson()));
    node.process->kill();
    node.process->waitForFinished(30000);
  }

  // mdi-run --peer: both stages on the two nodes give the answer of the local run.
  void mdiRunPeer() {
    auto runJson = [](const QStringList &extra, QJsonObject &out) {
      QProcess run;
      run.setProgram(Fixtures::executable(QStringLiteral("mdi-run")));
      run.setArguments(QStringList{QStringLiteral("--model"), Fixtures::checkpointDir(), QStringLiteral("--prompt"),
                                   QStringLiteral("Hello"), QStringLiteral("--max-tokens"), QStringLiteral("8"),
                                   QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json")} +
                       extra);
      run.start();
      if (!run.waitForFinished(kRunTimeoutMs) || run.exitCode() != 0)
        return QString::fromLocal8Bit(run.readAllStandardError());
      out = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
      return QString();
    };
    QJsonObject local;
    QJsonObject remote;
    QString error = runJson({QStringLiteral("--plan"), QStringLiteral("0-1,1-2")}, local);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = runJson({QStringLiteral("--peer"), QStringLiteral("127.0.0.1:%1").arg(m_nodes[0].port),
                     QStringLiteral("--peer"), QStringLiteral("127.0.0.1:%1").arg(m_nodes[1].port),
                     QStringLiteral("--pairing-code"), kCode, QStringLiteral("--stages"), QStringLiteral("2")},
                    remote);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!local.value(QStringLiteral("tokens")).toArray().isEmpty());
    QCOMPARE(remote.value(QStringLiteral("tokens")), local.value(QStringLiteral("tokens")));
    QCOMPARE(remote.value(QStringLiteral("text")), local.value(QStringLiteral("text")));
  }

  // SIGKILL the node that runs a stage in the middle of an answer (several answers at once, one
  // of them with an image): each completes with the tokens of the uninterrupted run, and the
  // pipeline says what happened.
  void failoverAfterSigkill() {
    NodeProcess node;
    QVERIFY2(startNode(2, node), qPrintable(node.output));
    const QList<GenerationRequest> requests = failoverRequests();
    std::vector<GenerationResult> expected;
    QString error;
    QVERIFY2(
        runPipeline(Plan::parse(QStringLiteral("0-1,1-2"), 2).value(), {}, requests, -1, expected, nullptr, &error),
        qPrintable(error));

    Plan plan = Plan::parse(QStringLiteral("0-1,1-2"), 2).value();
    plan.stages[1].hostId = QStringLiteral("peer:2");
    RemotePeer remote = peer(0);
    remote.hostId = QStringLiteral("peer:2");
    remote.port = node.port;
    std::vector<GenerationResult> results;
    PipelineRunInfo info;
    const qint64 pid = node.process->processId();
    QVERIFY2(runPipeline(plan, {remote}, requests, pid, results, &info, &error), qPrintable(error));
    node.process->waitForFinished(30000);
    QCOMPARE(info.lost.size(), 1);
    QVERIFY2(info.lost.first().contains(QStringLiteral("layers 1-1")), qPrintable(info.lost.first()));
    QVERIFY2(info.lost.first().contains(QStringLiteral("this computer")), qPrintable(info.lost.first()));
    QVERIFY(info.plan.stages[1].hostId.startsWith(QStringLiteral("local")));
    compareResults(results, expected);
  }

  // Stages on two nodes; the one running layer 0 is SIGKILLed mid-answer: its layer moves to the
  // other node (not here), and the answers equal the uninterrupted ones.
  void failoverToAnotherPeer() {
    NodeProcess doomed;
    QVERIFY2(startNode(5, doomed), qPrintable(doomed.output));
    const QList<GenerationRequest> requests = failoverRequests();
    std::vector<GenerationResult> expected;
    QString error;
    QVERIFY2(
        runPipeline(Plan::parse(QStringLiteral("0-1,1-2"), 2).value(), {}, requests, -1, expected, nullptr, &error),
        qPrintable(error));

    Plan plan = Plan::parse(QStringLiteral("0-1,1-2"), 2).value();
    plan.stages[0].hostId = QStringLiteral("peer:5");
    plan.stages[1].hostId = QStringLiteral("peer:0");
    RemotePeer a = peer(0);
    a.hostId = QStringLiteral("peer:5");
    a.port = doomed.port;
    std::vector<GenerationResult> results;
    PipelineRunInfo info;
    QVERIFY2(runPipeline(plan, {a, peer(0)}, requests, doomed.process->processId(), results, &info, &error),
             qPrintable(error));
    doomed.process->waitForFinished(30000);
    QCOMPARE(info.lost.size(), 1);
    QVERIFY2(info.lost.first().contains(QStringLiteral("layers 0-0")), qPrintable(info.lost.first()));
    QVERIFY2(info.lost.first().contains(QStringLiteral("node0")), qPrintable(info.lost.first()));
    QCOMPARE(info.plan.stages[0].hostId, QStringLiteral("peer:0"));
    QCOMPARE(info.plan.stages[1].hostId, QStringLiteral("peer:0"));
    QCOMPARE(info.planChanges.size(), 1);
    QVERIFY2(info.planChanges.first().startsWith(QStringLiteral("node0 (127.0.0.1:%1)").arg(m_nodes[0].port)),
             qPrintable(info.planChanges.first()));
    QVERIFY(info.stats[0].remote);
    QCOMPARE(info.stats[0].host, QStringLiteral("node0 (127.0.0.1:%1)").arg(m_nodes[0].port));
    QVERIFY(info.stats[0].forwards > 0);
    compareResults(results, expected);
  }

  // The same, but the other node offers no room for another layer (--max-memory): the layer
  // moves here.
  void failoverHereWhenNoPeerHasRoom() {
    NodeProcess doomed;
    QVERIFY2(startNode(6, doomed), qPrintable(doomed.output));
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    const qint64 layerBytes = Planner::layerWeightBytes(*config, ComputeDtype::F32);
    // The node counts KV caches against --max-memory: room for the two answers' caches (one
    // chunk of 256 positions each), and then less than another layer.
    const qint64 chunkBytes = 256 * 2 * qint64(config->text.numKeyValueHeads) * config->text.headDim * 4;
    NodeProcess small;
    QVERIFY2(
        startNode(7, small, {QStringLiteral("--max-memory"), QString::number(layerBytes * 3 / 2 + chunkBytes * 5 / 2)}),
        qPrintable(small.output));
    const QList<GenerationRequest> requests = failoverRequests();
    std::vector<GenerationResult> expected;
    QString error;
    QVERIFY2(
        runPipeline(Plan::parse(QStringLiteral("0-1,1-2"), 2).value(), {}, requests, -1, expected, nullptr, &error),
        qPrintable(error));

    Plan plan = Plan::parse(QStringLiteral("0-1,1-2"), 2).value();
    plan.stages[0].hostId = QStringLiteral("peer:6");
    plan.stages[1].hostId = QStringLiteral("peer:7");
    RemotePeer a = peer(0);
    a.hostId = QStringLiteral("peer:6");
    a.port = doomed.port;
    RemotePeer b = peer(0);
    b.hostId = QStringLiteral("peer:7");
    b.port = small.port;
    std::vector<GenerationResult> results;
    PipelineRunInfo info;
    QVERIFY2(runPipeline(plan, {a, b}, requests, doomed.process->processId(), results, &info, &error),
             qPrintable(error));
    doomed.process->waitForFinished(30000);
    small.process->kill();
    small.process->waitForFinished(30000);
    QCOMPARE(info.lost.size(), 1);
    QVERIFY2(info.lost.first().contains(QStringLiteral("this computer")), qPrintable(info.lost.first()));
    QVERIFY(info.plan.stages[0].hostId.startsWith(QStringLiteral("local")));
    QVERIFY(!info.stats[0].remote);
    QCOMPARE(info.plan.stages[1].hostId, QStringLiteral("peer:7"));
    compareResults(results, expected);
  }

  // A remote stage reports what the node says about it: polled every 2 s and on request.
  void remoteStatsPolled() {
    EngineLoadOptions options = localOptions();
    options.plan.stages[1].hostId = QStringLiteral("peer:0");
    options.peers = {peer(0)};
    EngineRunner runner;
    auto info = runner.load(options);
    QVERIFY2(info, qPrintable(info.error()));
    const RunOutcome o = runner.run(caseRequest(m_cases.first(), kSteps));
    QVERIFY2(!o.failed, qPrintable(o.error));
    QSignalSpy updated(&runner.engine(), &Engine::stageStatsUpdated);
    runner.engine().requestStageStats();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), kRunTimeoutMs);
    const QList<StageStats> stats = runner.engine().stageStats();
    QCOMPARE(stats.size(), 2);
    QVERIFY(!stats[0].remote);
    QVERIFY(stats[0].host.isEmpty());
    const StageStats &remote = stats[1];
    QVERIFY(remote.remote);
    QCOMPARE(remote.host, QStringLiteral("node0 (127.0.0.1:%1)").arg(m_nodes[0].port));
    QVERIFY2(remote.description.contains(QStringLiteral("layers 1-1")), qPrintable(remote.description));
    QCOMPARE(remote.forwards, qint64(kSteps));
    QCOMPARE(remote.sessions, 1); // the conversation's cache stays on the node until it is dropped
    QVERIFY(remote.cacheBytes > 0);
    QVERIFY(remote.weightBytes > 0);
    QVERIFY(remote.busyMs > 0);
    QVERIFY(remote.load >= 0 && remote.load <= 1);
    QVERIFY(remote.freeMemoryBytes >= 0);
    QVERIFY(remote.loadMs > 0);
    // Without asking: the next poll.
    updated.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), kRunTimeoutMs);
    runner.engine().forgetConversation(o.conversation);
    QTRY_VERIFY_WITH_TIMEOUT((runner.engine().requestStageStats(), runner.engine().stageStats()[1].sessions == 0),
                             kRunTimeoutMs);
  }

  // A node with --model hashes that folder's tensors to answer LoadStage (77 MB here) on a
  // worker: a Ping sent right after LoadStage is answered before LoadStageReply (then the stage
  // is built from the tensors found there).
  void modelHashCheckKeepsAnswering() {
    // A model whose one layer has 77 MB of MLP weights.
    const QString configDir = m_dir.filePath(QStringLiteral("bigconfig"));
    const QString modelDir = m_dir.filePath(QStringLiteral("bigmodel"));
    QVERIFY(QDir().mkpath(configDir));
    QJsonObject big =
        QJsonDocument::fromJson(Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/config.json")))
            .object();
    big[QStringLiteral("num_hidden_layers")] = 1;
    big[QStringLiteral("max_window_layers")] = 1;
    big[QStringLiteral("intermediate_size")] = 100000;
    QVERIFY(Fixtures::writeFile(configDir + QStringLiteral("/config.json"), QJsonDocument(big).toJson()));
    const ProgramResult made = Fixtures::runProgram(
        QStringLiteral("mdi-run"),
        {QStringLiteral("make-random"), QStringLiteral("--shape"), configDir + QStringLiteral("/config.json"),
         QStringLiteral("--dtype"), QStringLiteral("f32"), QStringLiteral("--tokenizer-from"),
         Fixtures::checkpointDir(), QStringLiteral("--out"), modelDir});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    auto checkpoint = Checkpoint::open(modelDir);
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    LoadStageMessage load;
    load.modelName = QStringLiteral("bigmodel");
    QFile configFile(modelDir + QStringLiteral("/config.json"));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    load.configJson = configFile.readAll();
    load.firstLayer = 0;
    load.lastLayer = 1;
    load.computeDtype = QStringLiteral("f32");
    load.kvChunk = 256;
    qint64 total = 0;
    for (const TensorSpec &spec : checkpoint->config().tensorSpecs()) {
      if (spec.part != TensorSpec::Part::Decoder)
        continue;
      const TensorRef ref = checkpoint->tensor(spec.name);
      TensorManifestEntry entry;
      entry.name = spec.name;
      entry.dtype = dtypeName(ref.dtype());
      entry.shape = ref.shape();
      entry.byteSize = ref.byteSize();
      entry.sha256 =
          QCryptographicHash::hash(QByteArray::fromRawData(reinterpret_cast<const char *>(ref.data()), ref.byteSize()),
                                   QCryptographicHash::Sha256);
      total += entry.byteSize;
      load.tensors.append(entry);
    }
    QVERIFY(total > 75'000'000);

    NodeProcess node;
    QVERIFY2(startNode(8, node, {QStringLiteral("--model"), modelDir}), qPrintable(node.output));
    auto key = PairingKey::derive(kCode, node.nodeId);
    QVERIFY2(key, qPrintable(key.error()));
    QSslSocket socket;
    socket.setSslConfiguration(PskTls::configuration());
    const QByteArray psk = *key;
    connect(&socket, &QSslSocket::preSharedKeyAuthenticationRequired,
            [psk](QSslPreSharedKeyAuthenticator *authenticator) {
              authenticator->setIdentity("hash-check-client");
              authenticator->setPreSharedKey(psk);
            });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), node.port);
    QVERIFY2(socket.waitForEncrypted(30000), qPrintable(socket.errorString()));
    HelloMessage hello;
    hello.peer.nodeId = QStringLiteral("hash-check-client");
    socket.write(rawFrame(kProtocolVersion, quint16(MessageType::Hello), 1, hello.encode().payload()));
    PingMessage ping;
    ping.sentMs = 42;
    // LoadStage and a Ping in one write: the node reads both before the hash check can be done.
    socket.write(rawFrame(kProtocolVersion, quint16(MessageType::LoadStage), 2, load.encode().payload()) +
                 rawFrame(kProtocolVersion, quint16(MessageType::Ping), 3, ping.encode().payload()));
    QByteArray buffer;
    QList<quint16> order; // HelloAck, our Pong, LoadStageReply (the node's own Pings left out)
    std::optional<LoadStageReplyMessage> reply;
    while (!order.contains(quint16(MessageType::StageReady)) && socket.state() == QAbstractSocket::ConnectedState) {
      if (!socket.waitForReadyRead(kRunTimeoutMs))
        break;
      buffer += socket.readAll();
      RawFrame frame;
      while (takeFrame(buffer, frame)) {
        if (frame.type == quint16(MessageType::Ping)) {
          // The node's heartbeat: answer it, or a slow check on a busy machine outlasts its timeout.
          PongMessage pong;
          if (auto theirs = PingMessage::decode(frame.payload))
            pong.echoedMs = theirs->sentMs;
          socket.write(
              rawFrame(kProtocolVersion, quint16(MessageType::Pong), frame.requestId, pong.encode().payload()));
          continue;
        }
        if (frame.type == quint16(MessageType::Pong) && frame.requestId != 3)
          continue;
        order.append(frame.type);
        if (frame.type == quint16(MessageType::LoadStageReply)) {
          auto decoded = LoadStageReplyMessage::decode(frame.payload);
          QVERIFY2(decoded, qPrintable(decoded.error()));
          reply = *decoded;
        }
      }
    }
    QVERIFY2(reply, qPrintable(QStringLiteral("no LoadStageReply; frames: %1; %2")
                                   .arg(QString::number(order.size()), socket.errorString())));
    const QList<quint16> expectedOrder = {quint16(MessageType::HelloAck), quint16(MessageType::Pong),
                                          quint16(MessageType::LoadStageReply), quint16(MessageType::StageReady)};
    QStringList names;
    for (quint16 type : std::as_const(order))
      names.append(messageTypeName(MessageType(type)));
    QVERIFY2(order == expectedOrder, qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(reply->haveBytes.size(), load.tensors.size());
    for (qsizetype i = 0; i < load.tensors.size(); ++i)
      QCOMPARE(reply->haveBytes[i], load.tensors[i].byteSize); // all found in the folder
    socket.abort();
    node.process->kill();
    node.process->waitForFinished(30000);
  }

private:
  // Runs the requests at once through a Pipeline; with killPid > 0, SIGKILLs that process (and
  // waits until it is gone) when the first answer has produced 3 tokens.
  bool runPipeline(const Plan &plan, const QList<RemotePeer> &peers, const QList<GenerationRequest> &requests,
                   qint64 killPid, std::vector<GenerationResult> &results, PipelineRunInfo *info, QString *error) {
    std::mutex mutex;
    std::promise<void> done;
    int remaining = int(requests.size());
    int tokens = 0;
    bool killed = false;
    results.assign(size_t(requests.size()), GenerationResult());
    QStringList failures;
    Pipeline::Callbacks callbacks;
    callbacks.token = [&](quint64 session, qint64, const QString &, const TokenLogprobs &) {
      std::lock_guard lock(mutex);
      if (session == 1 && ++tokens == 3 && killPid > 0 && !killed) {
        killed = true;
        ::kill(pid_t(killPid), SIGKILL);
        // Until the process is a zombie (or gone): its sockets are closed by then.
        while (true) {
          QFile stat(QStringLiteral("/proc/%1/stat").arg(killPid));
          if (!stat.open(QIODevice::ReadOnly))
            break;
          const QByteArray text = stat.readAll();
          const qsizetype close = text.lastIndexOf(')');
          if (close < 0 || text.mid(close + 2, 1) == "Z")
            break;
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
      }
    };
    auto end = [&] {
      if (--remaining == 0)
        done.set_value();
    };
    callbacks.finished = [&](quint64 session, const GenerationResult &result) {
      std::lock_guard lock(mutex);
      results[size_t(session - 1)] = result;
      end();
    };
    callbacks.failed = [&](quint64 session, const QString &message) {
      std::lock_guard lock(mutex);
      failures.append(QStringLiteral("session %1: %2").arg(session).arg(message));
      end();
    };
    callbacks.peerLost = [&](const QString &message) {
      std::lock_guard lock(mutex);
      if (info)
        info->lost.append(message);
    };
    callbacks.planChanged = [&](const QString &placement) {
      std::lock_guard lock(mutex);
      if (info)
        info->planChanges.append(placement);
    };
    Pipeline::Options options;
    options.peerLinks = RemoteStageLinkFactory::create();
    options.coordinatorThreads = 1;
    options.stageThreads = 1;
    options.peers = peers;
    auto pipeline = Pipeline::load(Fixtures::checkpointDir(), plan, options, callbacks);
    if (!pipeline) {
      *error = pipeline.error();
      return false;
    }
    auto future = done.get_future();
    for (qsizetype i = 0; i < requests.size(); ++i)
      (*pipeline)->start(quint64(i + 1), requests.at(i));
    if (future.wait_for(std::chrono::milliseconds(kRunTimeoutMs)) != std::future_status::ready) {
      *error = QStringLiteral("timed out");
      return false;
    }
    if (info) {
      info->plan = (*pipeline)->plan();
      info->stats = (*pipeline)->stageStats();
    }
    pipeline->reset();
    if (!failures.isEmpty()) {
      *error = failures.join(QLatin1Char('\n'));
      return false;
    }
    return true;
  }

  // Two answers (one with an image), long enough for a kill in the middle.
  QList<GenerationRequest> failoverRequests() const {
    QList<GenerationRequest> requests;
    for (const QString &name : {m_cases.first(), m_cases.last()}) {
      GenerationRequest r = caseRequest(name, 24);
      r.sampling.ignoreEos = true;
      requests.append(r);
    }
    return requests;
  }

  static void compareResults(const std::vector<GenerationResult> &results,
                             const std::vector<GenerationResult> &expected) {
    QCOMPARE(results.size(), expected.size());
    for (size_t i = 0; i < results.size(); ++i) {
      QCOMPARE(results[i].tokens.size(), 24);
      QCOMPARE(results[i].tokens, expected[i].tokens);
      QCOMPARE(results[i].text, expected[i].text);
    }
  }

  bool startNode(int index, NodeProcess &node, const QStringList &extra = {}) {
    node.process = std::make_unique<QProcess>();
    node.process->setProcessChannelMode(QProcess::SeparateChannels);
    node.process->setProgram(Fixtures::executable(QStringLiteral("mdi-node")));
    node.process->setArguments(
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--name"), QStringLiteral("node%1").arg(index),
                    QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("cache%1").arg(index)),
                    QStringLiteral("--identity"), m_dir.filePath(QStringLiteral("node%1.ini").arg(index)),
                    QStringLiteral("--pairing-code"), kCode, QStringLiteral("--threads"), QStringLiteral("1")} +
        extra);
    if (!extra.contains(QStringLiteral("--discovery-loopback")))
      node.process->setArguments(node.process->arguments() << QStringLiteral("--no-discovery"));
    node.process->start();
    if (!node.process->waitForStarted(30000)) {
      node.output = node.process->errorString();
      return false;
    }
    static const QRegularExpression portLine(QStringLiteral("^port: (\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression idLine(QStringLiteral("^node id: (\\S+)$"), QRegularExpression::MultilineOption);
    while (true) {
      const auto port = portLine.match(node.output);
      const auto id = idLine.match(node.output);
      if (port.hasMatch() && id.hasMatch()) {
        node.port = quint16(port.captured(1).toUInt());
        node.nodeId = id.captured(1);
        return node.port != 0;
      }
      if (node.process->state() != QProcess::Running || !node.process->waitForReadyRead(60000)) {
        node.output += QString::fromLocal8Bit(node.process->readAllStandardError());
        return false;
      }
      node.output += QString::fromLocal8Bit(node.process->readAllStandardOutput());
    }
  }

  RemotePeer peer(int index) const {
    RemotePeer p;
    p.hostId = QStringLiteral("peer:%1").arg(index);
    p.host = QStringLiteral("127.0.0.1");
    p.port = m_nodes[index].port;
    p.pairingCode = kCode;
    p.identity = QStringLiteral("test-coordinator");
    return p;
  }

  EngineLoadOptions localOptions() {
    auto options = EngineRunner::loadOptions(Fixtures::checkpointDir(), QStringLiteral("0-1,1-2"));
    return options ? *options : EngineLoadOptions();
  }

  // Runs every case at once; `stats`, when given, gets the stages' statistics at the end.
  qint64 runPlan(const EngineLoadOptions &options, Runs &runs, QList<StageStats> *stats = nullptr) {
    EngineRunner runner;
    auto info = runner.load(options);
    if (!info) {
      QTest::qFail(qPrintable(info.error()), __FILE__, __LINE__);
      return -1;
    }
    QList<GenerationRequest> requests;
    for (const QString &name : std::as_const(m_cases))
      requests.append(caseRequest(name, kSteps));
    const QList<RunOutcome> outcomes = runner.runTogether(requests);
    for (int i = 0; i < m_cases.size(); ++i) {
      const RunOutcome &o = outcomes.at(i);
      if (!o.ended || o.failed) {
        QTest::qFail(qPrintable(m_cases.at(i) + QStringLiteral(": ") + o.error), __FILE__, __LINE__);
        return -1;
      }
      runs.insert(m_cases.at(i), o);
    }
    if (stats)
      *stats = runner.engine().stageStats();
    return info->weightBytesShipped;
  }

  // The cases ran together, so the remote stages got ForwardBatches: fewer passes than steps
  // (each ResultBatch counts one pass for all its entries), with every step answered.
  void expectBatchedOverTheWire(const QList<StageStats> &stats, int remoteStages) {
    int remote = 0;
    for (const StageStats &s : stats) {
      if (!s.remote)
        continue;
      ++remote;
      QVERIFY2(
          s.forwards > 0 && s.passes > 0 && s.passes < s.forwards,
          qPrintable(QStringLiteral("%1: %2 steps in %3 passes").arg(s.description).arg(s.forwards).arg(s.passes)));
    }
    QCOMPARE(remote, remoteStages);
  }

  void compare(const Runs &runs) {
    for (const QString &name : std::as_const(m_cases)) {
      const GenerationResult &a = runs.value(name).result;
      const GenerationResult &b = m_local.value(name).result;
      QCOMPARE(a.promptTokens, b.promptTokens);
      QCOMPARE(a.tokens, b.tokens);
      QCOMPARE(a.logits.size(), b.logits.size());
      double worst = 0;
      for (size_t s = 0; s < a.logits.size(); ++s) {
        QCOMPARE(a.logits[s].size(), b.logits[s].size());
        for (size_t k = 0; k < a.logits[s].size(); ++k)
          worst = qMax(worst, double(std::abs(a.logits[s][k] - b.logits[s][k])));
      }
      QVERIFY2(worst <= kTolerance, qPrintable(QStringLiteral("%1: logits differ by %2").arg(name).arg(worst)));
    }
  }

  QTemporaryDir m_dir;
  QStringList m_cases;
  std::vector<NodeProcess> m_nodes;
  Runs m_local;
};

QTEST_GUILESS_MAIN(TestRemoteStage)
#include "tst_remotestage.moc"
