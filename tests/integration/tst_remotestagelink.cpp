// RemoteStageLink against nodes that misbehave (issue 16 #7), on loopback: a fake node (a
// PeerServer on a thread of its own that answers Pings, as every PeerConnection does) that never
// sends StageReady, never answers a Forward, or answers one with NaN, one column, the wrong rows
// or another session. Each is a breach: connect() fails, or the link reports the peer lost with
// a message that names the peer and what it did, and every step in flight ends with an error;
// through a Pipeline the layers move here and the answers equal those of the all-local run.
// Deadlines are scaled down (RemoteStageLink::Options::deadlineScale) so each case takes well
// under a second where it used to hang for ever.

#include "engine/computeenvironment.h"
#include "engine/pipeline.h"
#include "engine/plan.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "model/checkpoint.h"
#include "net/pairingkey.h"
#include "net/peerserver.h"
#include "remote/remotestagelink.h"
#include "remote/remotestagelinkfactory.h"
#include "remote/stagemessages.h"

#include <ATen/ATen.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <cmath>
#include <cstring>
#include <future>
#include <mutex>

using namespace mdi;
using namespace mdi::test;

namespace {
const QString kCode = QStringLiteral("7KQ4M-2XH9D");
constexpr double kScale = 0.005; // deadlines: 150 ms base
constexpr qint64 kHidden = 64;   // the fixture's hidden size

enum class Misbehaviour { None, NeverReady, SilentForward, NaNResult, OneColumn, WrongRows, OtherSession };

// A node that speaks the protocol (Hello, LoadStage: "all cached", StageReady) and then does
// what it is told to do wrong. Lives on a thread of its own, like a real node's network thread.
class FakeNode {
public:
  explicit FakeNode(Misbehaviour mode) : m_mode(mode) {
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context, [this] { start(); }, Qt::BlockingQueuedConnection);
  }
  ~FakeNode() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
          m_server.reset();
          delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
  }
  quint16 port() const { return m_port; }
  QString nodeId() const { return QStringLiteral("fake-node-id"); }
  int forwardsSeen() const { return m_forwards.load(); }

private:
  void start() {
    PeerServer::Options options;
    options.nodeId = nodeId();
    if (auto key = PairingKey::derive(kCode, options.nodeId))
      options.key = *key;
    options.address = QHostAddress::LocalHost;
    m_server = std::make_unique<PeerServer>(options);
    QObject::connect(m_server.get(), &PeerServer::connectionReady, m_context, [this](PeerConnection *connection) {
      QObject::connect(connection, &PeerConnection::frameReceived, m_context,
                       [this, connection](MessageType type, quint64 requestId, const QByteArray &payload) {
                         onFrame(connection, type, requestId, payload);
                       });
    });
    if (m_server->listen())
      m_port = m_server->port();
  }

  void onFrame(PeerConnection *connection, MessageType type, quint64 requestId, const QByteArray &payload) {
    switch (type) {
    case MessageType::Hello: {
      HelloAckMessage ack;
      ack.peer.nodeId = nodeId();
      ack.peer.name = QStringLiteral("fake");
      ack.peer.protocolVersion = kProtocolVersion;
      connection->replyOrIgnore(requestId, ack.encode());
      return;
    }
    case MessageType::LoadStage: {
      auto load = LoadStageMessage::decode(payload);
      if (!load)
        return;
      LoadStageReplyMessage reply;
      for (const TensorManifestEntry &entry : load->tensors)
        reply.haveBytes.append(entry.byteSize);
      connection->replyOrIgnore(requestId, reply.encode());
      if (m_mode == Misbehaviour::NeverReady)
        return;
      StageReadyMessage ready;
      ready.firstLayer = load->firstLayer;
      ready.lastLayer = load->lastLayer;
      ready.description = QStringLiteral("fake");
      connection->replyOrIgnore(requestId, ready.encode());
      return;
    }
    case MessageType::Forward: {
      ++m_forwards;
      auto forward = ForwardMessage::decode(payload);
      if (!forward || m_mode == Misbehaviour::SilentForward)
        return;
      ResultMessage result;
      result.message = *forward;
      HiddenStates &hidden = result.message.hidden;
      const qint64 rows = forward->lastRowOnly ? 1 : forward->hidden.rows;
      hidden.dtype = WireDtype::F32;
      hidden.rows = m_mode == Misbehaviour::WrongRows ? rows + 1 : rows;
      hidden.columns = m_mode == Misbehaviour::OneColumn ? 1 : forward->hidden.columns;
      QList<float> values(hidden.rows * hidden.columns, 0.5f);
      if (m_mode == Misbehaviour::NaNResult)
        values[values.size() / 2] = std::nanf("");
      hidden.bytes = QByteArray(reinterpret_cast<const char *>(values.constData()), values.size() * 4);
      if (m_mode == Misbehaviour::WrongRows) // positions to match, so that only the rows are wrong
        result.message.positions = QList<qint64>(3 * hidden.rows, 0);
      if (m_mode == Misbehaviour::OtherSession)
        result.message.session += 1;
      connection->replyOrIgnore(requestId, result.encode());
      return;
    }
    case MessageType::DropSession:
      if (auto drop = DropSessionMessage::decode(payload))
        connection->replyOrIgnore(requestId, drop->encode());
      return;
    default:
      return;
    }
  }

  Misbehaviour m_mode;
  QThread m_thread;
  QObject *m_context = nullptr;
  std::unique_ptr<PeerServer> m_server;
  quint16 m_port = 0;
  std::atomic<int> m_forwards{0};
};

RemotePeer fakePeer(const FakeNode &node) {
  RemotePeer peer;
  peer.hostId = QStringLiteral("peer:fake");
  peer.host = QStringLiteral("127.0.0.1");
  peer.port = node.port();
  peer.pairingCode = kCode;
  peer.identity = QStringLiteral("test-coordinator");
  return peer;
}

// What a link told: its results and the loss.
struct LinkEvents {
  QMutex mutex;
  QList<StageResult> results;
  QStringList lost;
  int resultCount() {
    QMutexLocker lock(&mutex);
    return int(results.size());
  }
  int lostCount() {
    QMutexLocker lock(&mutex);
    return int(lost.size());
  }
};

StageMessage forwardOf(quint64 session, qint64 rows) {
  StageMessage m;
  m.session = session;
  m.step = 1;
  m.cacheStart = 0;
  m.positions = PositionIds::uniform(0, rows);
  m.hidden = at::randn({rows, kHidden}, at::kFloat);
  return m;
}
} // namespace

class TestRemoteStageLink : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    m_checkpoint.emplace(std::move(*checkpoint));
  }

  // A node that takes LoadStage but never says StageReady: connect() fails in about the
  // deadline, naming the peer and what it did not do (it used to wait for ever).
  void loadDeadline() {
    FakeNode node(Misbehaviour::NeverReady);
    QVERIFY(node.port() != 0);
    std::atomic<bool> cancel{false};
    RemoteStageLink::Options options = linkOptions(node);
    options.cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    auto future = std::async(std::launch::async,
                             [&] { return RemoteStageLink::connect(options, *m_checkpoint, ComputeOptions(), 1, 2); });
    if (future.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
      cancel = true;
      future.wait();
      QFAIL("connect() still waited for StageReady after 20 s");
    }
    auto link = future.get();
    QVERIFY(!link);
    QVERIFY2(link.error().contains(QStringLiteral("fake (127.0.0.1:%1)").arg(node.port())), qPrintable(link.error()));
    QVERIFY2(link.error().contains(QStringLiteral("StageReady")), qPrintable(link.error()));
    QVERIFY(timer.elapsed() < 15000);
  }

  // Forwards that never come back: the peer is lost within the Forward's deadline, the lost
  // handler names it and says what it did, and the step ends with an error.
  void forwardDeadline() {
    FakeNode node(Misbehaviour::SilentForward);
    LinkEvents events;
    auto link = connectTo(node, events);
    QVERIFY(link);
    link->post(forwardOf(1, 3));
    QTRY_VERIFY_WITH_TIMEOUT(events.lostCount() == 1 && events.resultCount() == 1, 15000);
    QVERIFY(node.forwardsSeen() == 1);
    expectLoss(events, node, QStringLiteral("did not answer a Forward (3 tokens)"));
    QVERIFY(!link->isConnected());
  }

  void nanResult() { misbehaving(Misbehaviour::NaNResult, QStringLiteral("NaN or infinite")); }
  void oneColumnResult() { misbehaving(Misbehaviour::OneColumn, QStringLiteral("3 x 1 values, not 3 x 64")); }
  void wrongRowsResult() { misbehaving(Misbehaviour::WrongRows, QStringLiteral("4 x 64 values, not 3 x 64")); }
  void otherSessionResult() { misbehaving(Misbehaviour::OtherSession, QStringLiteral("of session 2")); }

  // Through a Pipeline: the stage on a node that sends NaN moves here, and the answers equal
  // those of the all-local run.
  void pipelineFailsOverFromNaNNode() {
    FakeNode node(Misbehaviour::NaNResult);
    const GenerationRequest request = caseRequest(Fixtures::caseNames().first(), 6);
    std::vector<GenerationResult> expected;
    QStringList lost;
    QString error;
    QVERIFY2(runPipeline(Plan::parse(QStringLiteral("0-1,1-2"), 2).value(), {}, request, expected, lost, error),
             qPrintable(error));
    Plan plan = Plan::parse(QStringLiteral("0-1,1-2"), 2).value();
    plan.stages[1].hostId = QStringLiteral("peer:fake");
    std::vector<GenerationResult> results;
    QVERIFY2(runPipeline(plan, {fakePeer(node)}, request, results, lost, error), qPrintable(error));
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.first().contains(QStringLiteral("fake (127.0.0.1:%1)").arg(node.port())), qPrintable(lost.first()));
    QVERIFY2(lost.first().contains(QStringLiteral("NaN")), qPrintable(lost.first()));
    QVERIFY2(lost.first().contains(QStringLiteral("this computer")), qPrintable(lost.first()));
    QCOMPARE(results.size(), expected.size());
    QCOMPARE(results[0].tokens, expected[0].tokens);
  }

private:
  RemoteStageLink::Options linkOptions(const FakeNode &node) const {
    RemoteStageLink::Options options;
    options.peer = fakePeer(node);
    options.statsIntervalMs = 0;
    options.deadlineScale = kScale;
    return options;
  }

  std::unique_ptr<RemoteStageLink> connectTo(const FakeNode &node, LinkEvents &events) {
    auto link = RemoteStageLink::connect(linkOptions(node), *m_checkpoint, ComputeOptions(), 1, 2);
    if (!link) {
      qWarning().noquote() << link.error();
      return nullptr;
    }
    (*link)->setResultHandler([&events](StageResult result) {
      QMutexLocker lock(&events.mutex);
      events.results.append(std::move(result));
    });
    (*link)->setLostHandler([&events](const QString &reason) {
      QMutexLocker lock(&events.mutex);
      events.lost.append(reason);
    });
    return std::move(*link);
  }

  void expectLoss(LinkEvents &events, const FakeNode &node, const QString &what) {
    QMutexLocker lock(&events.mutex);
    QCOMPARE(events.lost.size(), 1);
    const QString &reason = events.lost.first();
    QVERIFY2(reason.contains(QStringLiteral("fake (127.0.0.1:%1)").arg(node.port())), qPrintable(reason));
    QVERIFY2(reason.contains(what), qPrintable(reason));
    QCOMPARE(events.results.size(), 1);
    QVERIFY2(!events.results.first().error.isEmpty(), "the step in flight ended without an error");
    QVERIFY(!events.results.first().message.hidden.defined());
  }

  void misbehaving(Misbehaviour mode, const QString &what) {
    FakeNode node(mode);
    LinkEvents events;
    auto link = connectTo(node, events);
    QVERIFY(link);
    link->post(forwardOf(1, 3));
    QTRY_VERIFY_WITH_TIMEOUT(events.lostCount() == 1 && events.resultCount() == 1, 15000);
    expectLoss(events, node, what);
    QVERIFY(!link->isConnected());
  }

  // One request through a Pipeline of the plan; the peerLost messages in lost.
  bool runPipeline(const Plan &plan, const QList<RemotePeer> &peers, const GenerationRequest &request,
                   std::vector<GenerationResult> &results, QStringList &lost, QString &error) {
    std::mutex mutex;
    std::promise<void> done;
    results.assign(1, GenerationResult());
    lost.clear();
    QString failure;
    Pipeline::Callbacks callbacks;
    callbacks.finished = [&](quint64, const GenerationResult &result) {
      std::lock_guard lock(mutex);
      results[0] = result;
      done.set_value();
    };
    callbacks.failed = [&](quint64, const QString &message) {
      std::lock_guard lock(mutex);
      failure = message;
      done.set_value();
    };
    callbacks.peerLost = [&](const QString &message) {
      std::lock_guard lock(mutex);
      lost.append(message);
    };
    Pipeline::Options options;
    options.peerLinks = RemoteStageLinkFactory::create(kScale);
    options.coordinatorThreads = 1;
    options.stageThreads = 1;
    options.peers = peers;
    auto pipeline = Pipeline::load(Fixtures::checkpointDir(), plan, options, callbacks);
    if (!pipeline) {
      error = pipeline.error();
      return false;
    }
    auto future = done.get_future();
    (*pipeline)->start(1, request);
    if (future.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
      error = QStringLiteral("timed out");
      return false;
    }
    pipeline->reset();
    std::lock_guard lock(mutex);
    error = failure;
    return failure.isEmpty();
  }

  std::optional<Checkpoint> m_checkpoint;
};

QTEST_GUILESS_MAIN(TestRemoteStageLink)
#include "tst_remotestagelink.moc"
