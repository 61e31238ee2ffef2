// NodeService against a paired coordinator that asks for too much (issue 16 #3, #4, #6), on
// loopback with the node in this process (a thread of its own, as mdi-node's network thread):
// a LoadStage for a device the node does not have ("meta", a GPU that is not there) is refused
// with a message naming the device, and the node goes on serving; a LoadStage is checked off the
// network thread (a Ping sent right after it is answered first) and a config.json with 10^6
// layers is refused naming the field; the KV caches of one coordinator count against
// --max-memory, at most maxSessionsPerClient sessions stay cached (the least recently used goes),
// and a later step of a dropped session is refused saying so.

#include "engine/computeenvironment.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "net/frame.h"
#include "net/pairingkey.h"
#include "net/psktls.h"
#include "remote/nodeservice.h"
#include "remote/remotestagelink.h"
#include "remote/stagemessages.h"

#include <ATen/ATen.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <cstring>
#include <memory>

using namespace mdi;
using namespace mdi::test;

namespace {
const QString kCode = QStringLiteral("7KQ4M-2XH9D");
const QString kNodeId = QStringLiteral("node-under-test");
constexpr qint64 kHidden = 64; // the fixture's hidden size

// A NodeService on a thread of its own.
class NodeThread {
public:
  explicit NodeThread(NodeService::Options options) {
    options.server.nodeId = kNodeId;
    if (auto key = PairingKey::derive(kCode, kNodeId))
      options.server.key = *key;
    options.server.address = QHostAddress::LocalHost;
    options.server.port = 0;
    options.name = QStringLiteral("testnode");
    options.threads = 1;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this, options] {
          m_service = std::make_unique<NodeService>(options, [this](const QString &line) {
            QMutexLocker lock(&m_mutex);
            m_log.append(line);
          });
          m_started = m_service->start();
          m_port = m_service->port();
        },
        Qt::BlockingQueuedConnection);
  }
  ~NodeThread() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
          m_service.reset();
          delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
  }
  const Status &started() const { return m_started; }
  quint16 port() const { return m_port; }
  QString log() {
    QMutexLocker lock(&m_mutex);
    return m_log.join(QLatin1Char('\n'));
  }

private:
  QThread m_thread;
  QObject *m_context = nullptr;
  std::unique_ptr<NodeService> m_service;
  Status m_started;
  quint16 m_port = 0;
  QMutex m_mutex;
  QStringList m_log;
};

struct RawFrame {
  quint16 type = 0;
  quint64 requestId = 0;
  QByteArray payload;
};

QByteArray rawFrame(quint16 type, quint64 requestId, const QByteArray &payload) {
  QByteArray frame(kFrameHeaderSize, '\0');
  char *p = frame.data();
  std::memcpy(p, kFrameMagic, 4);
  qToLittleEndian<quint16>(kProtocolVersion, p + 4);
  qToLittleEndian<quint16>(type, p + 6);
  qToLittleEndian<quint32>(0, p + 8);
  qToLittleEndian<quint32>(quint32(payload.size()), p + 12);
  qToLittleEndian<quint64>(requestId, p + 16);
  return frame + payload;
}

// A coordinator that writes frames by hand (to send what RemoteStageLink never would) and reads
// the node's answers in order, answering the node's heartbeats.
class RawClient {
public:
  bool connectTo(quint16 port) {
    auto key = PairingKey::derive(kCode, kNodeId);
    if (!key)
      return false;
    m_socket.setSslConfiguration(PskTls::configuration());
    const QByteArray psk = *key;
    QObject::connect(&m_socket, &QSslSocket::preSharedKeyAuthenticationRequired,
                     [psk](QSslPreSharedKeyAuthenticator *authenticator) {
                       authenticator->setIdentity("raw-client");
                       authenticator->setPreSharedKey(psk);
                     });
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!m_socket.waitForEncrypted(30000))
      return false;
    HelloMessage hello;
    hello.peer.nodeId = QStringLiteral("raw-client");
    hello.peer.protocolVersion = kProtocolVersion;
    write(rawFrame(quint16(MessageType::Hello), 1, hello.encode().payload()));
    RawFrame ack;
    return next(ack) && ack.type == quint16(MessageType::HelloAck);
  }
  void write(const QByteArray &bytes) {
    m_socket.write(bytes);
    m_socket.flush();
  }
  // The next frame other than the node's Pings (answered here).
  bool next(RawFrame &frame, int timeoutMs = 30000) {
    QElapsedTimer timer;
    timer.start();
    while (true) {
      if (take(frame)) {
        if (frame.type == quint16(MessageType::Ping)) {
          PongMessage pong;
          if (auto ping = PingMessage::decode(frame.payload))
            pong.echoedMs = ping->sentMs;
          write(rawFrame(quint16(MessageType::Pong), frame.requestId, pong.encode().payload()));
          continue;
        }
        return true;
      }
      if (timer.elapsed() > timeoutMs || m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
      if (m_socket.waitForReadyRead(200))
        m_buffer += m_socket.readAll();
    }
  }

private:
  bool take(RawFrame &frame) {
    if (m_buffer.size() < kFrameHeaderSize)
      return false;
    const quint32 length = qFromLittleEndian<quint32>(m_buffer.constData() + 12);
    if (m_buffer.size() < kFrameHeaderSize + qsizetype(length))
      return false;
    frame.type = qFromLittleEndian<quint16>(m_buffer.constData() + 6);
    frame.requestId = qFromLittleEndian<quint64>(m_buffer.constData() + 16);
    frame.payload = m_buffer.mid(kFrameHeaderSize, length);
    m_buffer.remove(0, kFrameHeaderSize + length);
    return true;
  }

  QSslSocket m_socket;
  QByteArray m_buffer;
};

// LoadStage for layers [first, last) of the fixture, as a coordinator sends it.
LoadStageMessage fixtureLoad(const Checkpoint &checkpoint, int first, int last) {
  LoadStageMessage load;
  load.modelName = QStringLiteral("qwen2vl-tiny");
  load.configJson = Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/config.json"));
  load.firstLayer = first;
  load.lastLayer = last;
  load.computeDtype = QStringLiteral("f32");
  for (const TensorSpec &spec : checkpoint.config().tensorSpecs()) {
    if (spec.part != TensorSpec::Part::Decoder || spec.layer < first || spec.layer >= last)
      continue;
    const TensorRef ref = checkpoint.tensor(spec.name);
    TensorManifestEntry entry;
    entry.name = spec.name;
    entry.dtype = dtypeName(ref.dtype());
    entry.shape = ref.shape();
    entry.byteSize = ref.byteSize();
    entry.sha256 =
        QCryptographicHash::hash(QByteArray::fromRawData(reinterpret_cast<const char *>(ref.data()), ref.byteSize()),
                                 QCryptographicHash::Sha256);
    load.tensors.append(entry);
  }
  return load;
}

// step: an id of the test's own (Errors come back at once, Results in order: find answers by it).
StageMessage forwardOf(quint64 session, qint64 cacheStart, qint64 rows, qint64 step = 0) {
  StageMessage m;
  m.session = session;
  m.step = step;
  m.cacheStart = cacheStart;
  m.positions = PositionIds::uniform(cacheStart, rows);
  m.hidden = at::randn({rows, kHidden}, at::kFloat) * 0.1;
  return m;
}

// What a link answered, by session and step.
struct Answers {
  QMutex mutex;
  QList<StageResult> results;
  int count() {
    QMutexLocker lock(&mutex);
    return int(results.size());
  }
  StageResult at(int i) {
    QMutexLocker lock(&mutex);
    return results.at(i);
  }
  StageResult ofStep(qint64 step) {
    QMutexLocker lock(&mutex);
    for (const StageResult &r : std::as_const(results))
      if (r.message.step == step)
        return r;
    StageResult none;
    none.error = QStringLiteral("no answer for step %1").arg(step);
    return none;
  }
};
} // namespace

class TestNodeService : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    QVERIFY(m_dir.isValid());
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    m_checkpoint.emplace(std::move(*checkpoint));
  }

  // "meta" (and devices this machine lacks) used to be built: the first Forward's result could
  // not be read back, and the exception on the stage's thread ended the node.
  void unknownDeviceRefused_data() {
    QTest::addColumn<QString>("device");
    QTest::newRow("meta") << QStringLiteral("meta");
    QTest::newRow("missing gpu") << QStringLiteral("cuda:77");
    QTest::newRow("xla") << QStringLiteral("xla");
    QTest::newRow("garbage") << QStringLiteral("not a device");
  }

  void unknownDeviceRefused() {
    QFETCH(QString, device);
    NodeThread node(options(QStringLiteral("device")));
    QVERIFY2(node.started(), qPrintable(node.started().error()));
    RawClient client;
    QVERIFY(client.connectTo(node.port()));
    LoadStageMessage load = fixtureLoad(*m_checkpoint, 1, 2);
    load.device = device;
    client.write(rawFrame(quint16(MessageType::LoadStage), 2, load.encode().payload()));
    RawFrame answer;
    QVERIFY(client.next(answer));
    QCOMPARE(MessageType(answer.type), MessageType::Error);
    auto error = ErrorMessage::decode(answer.payload);
    QVERIFY(error);
    QCOMPARE(error->code, quint32(ErrorCode::Unsupported));
    QVERIFY2(error->message.contains(QLatin1Char('\'') + device + QLatin1Char('\'')), qPrintable(error->message));
    // The node goes on serving: a coordinator loads a stage and computes on it.
    Answers answers;
    auto link = connectLink(node, answers);
    QVERIFY(link);
    link->post(forwardOf(1, 0, 2, 1));
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 30000);
    QVERIFY2(answers.at(0).error.isEmpty(), qPrintable(answers.at(0).error));
  }

  // The config of a LoadStage is parsed and its manifest checked on a worker: a Ping sent right
  // after the LoadStage is answered first. A config.json with 10^6 layers is refused, naming the
  // field (it took 14 s of the network thread).
  void loadStageCheckedOffNetworkThread_data() {
    QTest::addColumn<double>("layers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("10^6 layers") << 1e6 << QStringLiteral("num_hidden_layers");
    QTest::newRow("1024 layers") << 1024.0 << QStringLiteral("missing");
  }

  void loadStageCheckedOffNetworkThread() {
    QFETCH(double, layers);
    QFETCH(QString, expected);
    NodeThread node(options(QStringLiteral("offthread")));
    QVERIFY2(node.started(), qPrintable(node.started().error()));
    RawClient client;
    QVERIFY(client.connectTo(node.port()));
    QJsonObject config =
        QJsonDocument::fromJson(Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/config.json")))
            .object();
    config[QStringLiteral("num_hidden_layers")] = layers;
    LoadStageMessage load = fixtureLoad(*m_checkpoint, 1, 2);
    load.configJson = QJsonDocument(config).toJson();
    load.lastLayer = int(qMin(layers, 1024.0)); // all of them: the most work to check
    PingMessage ping;
    ping.sentMs = 42;
    client.write(rawFrame(quint16(MessageType::LoadStage), 2, load.encode().payload()) +
                 rawFrame(quint16(MessageType::Ping), 3, ping.encode().payload()));
    RawFrame first;
    RawFrame second;
    QVERIFY(client.next(first));
    QVERIFY(client.next(second));
    QCOMPARE(MessageType(first.type), MessageType::Pong);
    QCOMPARE(first.requestId, quint64(3));
    QCOMPARE(MessageType(second.type), MessageType::Error);
    QCOMPARE(second.requestId, quint64(2));
    auto error = ErrorMessage::decode(second.payload);
    QVERIFY(error);
    QVERIFY2(error->message.contains(expected), qPrintable(error->message));
  }

  // One coordinator keeps at most maxSessionsPerClient sessions cached: a third session drops the
  // least recently used one, whose next step is refused saying so; the others go on.
  void sessionsPerCoordinatorCapped() {
    NodeService::Options o = options(QStringLiteral("sessions"));
    o.maxSessionsPerClient = 2;
    NodeThread node(o);
    QVERIFY2(node.started(), qPrintable(node.started().error()));
    Answers answers;
    auto link = connectLink(node, answers);
    QVERIFY(link);
    link->post(forwardOf(1, 0, 2, 1));
    link->post(forwardOf(2, 0, 2, 2));
    link->post(forwardOf(2, 2, 1, 3)); // session 2 used last: session 1 is the least recent
    link->post(forwardOf(3, 0, 2, 4)); // a third: session 1 goes
    link->post(forwardOf(2, 3, 1, 5));
    link->post(forwardOf(1, 2, 1, 6));
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 6, 30000);
    for (int step = 1; step <= 5; ++step)
      QVERIFY2(answers.ofStep(step).error.isEmpty(), qPrintable(answers.ofStep(step).error));
    const StageResult dropped = answers.ofStep(6);
    QCOMPARE(dropped.message.session, quint64(1));
    QVERIFY2(dropped.error.contains(QStringLiteral("Session 1 was dropped")), qPrintable(dropped.error));
    QVERIFY2(dropped.error.contains(QStringLiteral("at most 2 sessions")), qPrintable(dropped.error));
    QVERIFY2(node.log().contains(QStringLiteral("dropped session 1")), qPrintable(node.log()));
    // Started over from its first token, it is served again.
    link->post(forwardOf(1, 0, 3, 7));
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 7, 30000);
    QVERIFY2(answers.ofStep(7).error.isEmpty(), qPrintable(answers.ofStep(7).error));
    QTRY_COMPARE_WITH_TIMEOUT(stageSessions(*link), 2, 30000);
  }

  // A ForwardBatch runs as one pass; an entry the node refuses before running (here a session it
  // dropped to make room) gets its own error in the ResultBatch and the others are answered.
  void batchEntryRefusedOthersRun() {
    NodeService::Options o = options(QStringLiteral("batch"));
    o.maxSessionsPerClient = 2;
    NodeThread node(o);
    QVERIFY2(node.started(), qPrintable(node.started().error()));
    Answers answers;
    auto link = connectLink(node, answers);
    QVERIFY(link);
    link->post(forwardOf(1, 0, 2, 1));
    link->post(forwardOf(2, 0, 2, 2));
    link->post(forwardOf(3, 0, 2, 3)); // session 1 goes
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 3, 30000);
    const qint64 passesBefore = link->stats().passes;
    std::vector<StageMessage> batch;
    batch.push_back(forwardOf(2, 2, 1, 4));
    batch.push_back(forwardOf(1, 2, 1, 5));
    StageMessage last = forwardOf(3, 2, 3, 6);
    last.lastRowOnly = true;
    batch.push_back(last);
    link->postBatch(std::move(batch));
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 6, 30000);
    const StageResult refused = answers.ofStep(5);
    QCOMPARE(refused.message.session, quint64(1));
    QVERIFY2(refused.error.contains(QStringLiteral("Session 1 was dropped")), qPrintable(refused.error));
    for (const qint64 step : {4, 6}) {
      const StageResult r = answers.ofStep(step);
      QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
      QCOMPARE(r.message.hidden.size(0), int64_t(1)); // step 6: three tokens, lastRowOnly
      QCOMPARE(r.message.hidden.size(1), int64_t(kHidden));
    }
    QCOMPARE(answers.ofStep(6).message.positions, PositionIds::uniform(2, 3));
    QCOMPARE(link->stats().passes, passesBefore + 1); // one ResultBatch for the three
  }

  // The KV caches count against --max-memory: room for one session's first chunk beyond the
  // weights; a second session drops the first; a step whose cache alone would not fit is refused
  // with the sizes (20,000 one-token sessions grew a 50 MB node to 2.6 GB).
  void kvCachesCountAgainstMaxMemory() {
    qint64 weights = 0;
    for (const TensorSpec &spec : m_checkpoint->config().tensorSpecs())
      if (spec.part == TensorSpec::Part::Decoder && spec.layer == 1)
        weights += spec.elementCount() * 4; // f32
    const TextConfig &text = m_checkpoint->config().text;
    const qint64 chunkBytes = 256 * 2 * qint64(text.numKeyValueHeads) * text.headDim * 4; // one layer
    NodeService::Options o = options(QStringLiteral("memory"));
    o.maxMemoryBytes = weights + chunkBytes * 3 / 2;
    NodeThread node(o);
    QVERIFY2(node.started(), qPrintable(node.started().error()));
    Answers answers;
    auto link = connectLink(node, answers);
    QVERIFY(link);
    link->post(forwardOf(1, 0, 4, 1));
    link->post(forwardOf(2, 0, 4, 2)); // a second chunk does not fit: session 1 goes
    link->post(forwardOf(1, 4, 1, 3));
    link->post(forwardOf(2, 4, 300, 4)); // grows session 2 past what is offered, alone
    link->post(forwardOf(2, 4, 1, 5));
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 5, 30000);
    QVERIFY2(answers.ofStep(1).error.isEmpty(), qPrintable(answers.ofStep(1).error));
    QVERIFY2(answers.ofStep(2).error.isEmpty(), qPrintable(answers.ofStep(2).error));
    QVERIFY2(answers.ofStep(3).error.contains(QStringLiteral("Session 1 was dropped")),
             qPrintable(answers.ofStep(3).error));
    QVERIFY2(answers.ofStep(4).error.contains(QStringLiteral("more KV cache")), qPrintable(answers.ofStep(4).error));
    QVERIFY2(answers.ofStep(5).error.isEmpty(), qPrintable(answers.ofStep(5).error)); // session 2 unharmed
    QTRY_COMPARE_WITH_TIMEOUT(stageSessions(*link), 1, 30000);
  }

private:
  NodeService::Options options(const QString &cache) const {
    NodeService::Options o;
    o.cacheDirectory = m_dir.filePath(cache);
    return o;
  }

  std::unique_ptr<RemoteStageLink> connectLink(NodeThread &node, Answers &answers) {
    RemoteStageLink::Options options;
    options.peer.host = QStringLiteral("127.0.0.1");
    options.peer.port = node.port();
    options.peer.pairingCode = kCode;
    options.peer.identity = QStringLiteral("test-coordinator");
    options.statsIntervalMs = 0;
    auto link = RemoteStageLink::connect(options, *m_checkpoint, ComputeOptions(), 1, 2);
    if (!link) {
      qWarning().noquote() << link.error() << node.log();
      return nullptr;
    }
    (*link)->setResultHandler([&answers](StageResult result) {
      QMutexLocker lock(&answers.mutex);
      answers.results.append(std::move(result));
    });
    return std::move(*link);
  }

  // Sessions the node's stage holds, as it reports them (-1: no Stats came).
  static int stageSessions(RemoteStageLink &link) {
    auto updated = std::make_shared<std::atomic<bool>>(false);
    link.setStatsHandler([updated] { *updated = true; });
    link.requestStats();
    if (!QTest::qWaitFor([&] { return updated->load(); }, 30000))
      return -1;
    return link.stats().sessions;
  }

  QTemporaryDir m_dir;
  std::optional<Checkpoint> m_checkpoint;
};

QTEST_GUILESS_MAIN(TestNodeService)
#include "tst_nodeservice.moc"
