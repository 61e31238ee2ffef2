// PlacementAssembly: mdi-run's fixed placement (even or explicit plans, the last K stages on K
// peers with their host ids and codes) and the app's automatic one (the planner over this
// computer and the chosen peers; peers it gives no layers are not connected to; a model that
// fits nowhere is refused with the reason), and what reaches EngineLoadOptions.

#include "model/referenceconfigs.h"
#include "peers/placementassembly.h"
#include "util/processmemory.h"

#include <QTest>

using namespace mdi;

namespace {
constexpr qint64 kGiB = 1LL << 30;

RemotePeer remote(const QString &host, quint16 port, const QString &code = QString()) {
  RemotePeer peer;
  peer.host = host;
  peer.port = port;
  peer.pairingCode = code;
  return peer;
}

PlacementAssembly::Candidate candidate(const QString &nodeId, const QString &name, double speed, qint64 freeBytes) {
  PlacementAssembly::Candidate c;
  c.peer = remote(QStringLiteral("127.0.0.1"), 45834);
  c.peer.hostId = nodeId;
  c.peer.nodeId = nodeId;
  c.peer.key = QByteArray(32, 'k');
  c.host.id = nodeId;
  c.host.name = name;
  c.host.speed = speed;
  c.host.freeMemoryBytes = freeBytes;
  return c;
}

int layersOn(const Plan &plan, const QString &hostId) {
  int n = 0;
  for (const StageAssignment &s : plan.stages)
    if (s.hostId == hostId)
      n += s.layerCount();
  return n;
}
} // namespace

class TestPlacementAssembly : public QObject {
  Q_OBJECT

private:
  ModelConfig m_2b;
  int layers() const { return m_2b.text.numLayers; }

private Q_SLOTS:
  void initTestCase() {
    auto config = ModelConfig::fromJson(ReferenceConfigs::config(QStringLiteral("2b")),
                                        ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(config, qPrintable(config.error()));
    m_2b = *config;
    QCOMPARE(layers(), 28);
  }

  void fixedWithoutPeersSplitsEvenly() {
    PlacementAssembly::Request request;
    request.stages = 3;
    auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QCOMPARE(placed->plan, Plan::evenSplit(28, 3));
    QVERIFY(placed->peers.isEmpty());
    request.stages = 0; // not given: one stage
    QCOMPARE(PlacementAssembly::assemble(m_2b, request)->plan, Plan::evenSplit(28, 1));
  }

  void fixedPeersTakeTheLastStages() {
    PlacementAssembly::Request request;
    request.peers = {remote(QStringLiteral("10.0.0.2"), 1, QStringLiteral("AAAAA-AAAAA")),
                     remote(QStringLiteral("10.0.0.3"), 2, QStringLiteral("BBBBB-BBBBB"))};
    // Without --stages: one stage per peer, so every layer runs on a peer.
    auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QCOMPARE(placed->plan.toString(), QStringLiteral("0-14,14-28"));
    QCOMPARE(placed->plan.stages.at(0).hostId, QStringLiteral("peer:0"));
    QCOMPARE(placed->plan.stages.at(1).hostId, QStringLiteral("peer:1"));
    QCOMPARE(placed->peers.size(), 2);
    QCOMPARE(placed->peers.at(0).hostId, QStringLiteral("peer:0"));
    QCOMPARE(placed->peers.at(0).host, QStringLiteral("10.0.0.2"));
    QCOMPARE(placed->peers.at(1).pairingCode, QStringLiteral("BBBBB-BBBBB"));

    // An explicit plan keeps its first stage here.
    request.plan = Plan::parse(QStringLiteral("0-4,4-20,20-28"), 28).value();
    placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QCOMPARE(placed->plan.stages.at(0).hostId, QStringLiteral("local:0"));
    QCOMPARE(layersOn(placed->plan, QStringLiteral("peer:0")), 16);
    QCOMPARE(layersOn(placed->plan, QStringLiteral("peer:1")), 8);

    // --stages 3 with two peers: one local stage first.
    request.plan = Plan();
    request.stages = 3;
    placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QCOMPARE(placed->plan.stageCount(), 3);
    QCOMPARE(placed->plan.stages.at(0).hostId, QStringLiteral("local:0"));
  }

  void fixedRefusesMorePeersThanStages() {
    PlacementAssembly::Request request;
    request.stages = 1;
    request.peers = {remote(QStringLiteral("a"), 1), remote(QStringLiteral("b"), 2)};
    const auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY(!placed);
    QVERIFY2(placed.error().contains(QStringLiteral("the plan has 1")), qPrintable(placed.error()));
  }

  void automaticWithoutCandidatesStaysHere() {
    PlacementAssembly::Request request;
    request.policy = PlacementAssembly::Policy::Automatic;
    const auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QCOMPARE(placed->plan, Plan::evenSplit(28, 1));
    QVERIFY(placed->peers.isEmpty());
  }

  void automaticPlacesOnThePeersItUses() {
    PlacementAssembly::Request request;
    request.policy = PlacementAssembly::Policy::Automatic;
    request.localFreeMemoryBytes = 64 * kGiB;
    request.candidates = {candidate(QStringLiteral("node-fast"), QStringLiteral("attic"), 4.0, 64 * kGiB),
                          // Far too slow to be worth a stage: the planner gives it nothing.
                          candidate(QStringLiteral("node-slow"), QStringLiteral("cellar"), 0.0001, 64 * kGiB)};
    auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY2(placed, qPrintable(placed.error()));
    QVERIFY(layersOn(placed->plan, QStringLiteral("node-fast")) > 0);
    QCOMPARE(layersOn(placed->plan, QStringLiteral("node-slow")), 0);
    QCOMPARE(placed->peers.size(), 1);
    QCOMPARE(placed->peers.first().nodeId, QStringLiteral("node-fast"));
    QCOMPARE(placed->peers.first().key, QByteArray(32, 'k'));
    QCOMPARE(placed->hostNames.value(QStringLiteral("node-fast")), QStringLiteral("attic"));
    QVERIFY(!placed->hostNames.contains(QStringLiteral("node-slow")));

    EngineLoadOptions options;
    options.localStages = 5;
    placed->applyTo(options);
    QCOMPARE(options.plan, placed->plan);
    QCOMPARE(options.peers.size(), 1);
    QCOMPARE(options.peers.first().hostId, QStringLiteral("node-fast"));
  }

  void automaticRefusesAModelThatFitsNowhere() {
    PlacementAssembly::Request request;
    request.policy = PlacementAssembly::Policy::Automatic;
    request.localFreeMemoryBytes = 1 << 20;
    request.candidates = {candidate(QStringLiteral("node-tiny"), QStringLiteral("attic"), 1.0, 1 << 20)};
    const auto placed = PlacementAssembly::assemble(m_2b, request);
    QVERIFY(!placed);
    QVERIFY2(placed.error().startsWith(QStringLiteral("The layers cannot be placed: ")), qPrintable(placed.error()));
  }

  void localFreeMemoryCountsTheLoadedModel() {
    if (ProcessMemory::systemAvailableBytes() <= 0) {
      QCOMPARE(PlacementAssembly::localFreeMemory(kGiB), PlacementAssembly::kUnknownMemoryBytes);
      return;
    }
    // The model loaded now is freed before the next load: its bytes count as free.
    const qint64 huge = 4096 * kGiB;
    QVERIFY(PlacementAssembly::localFreeMemory(huge) > huge);
    QVERIFY(PlacementAssembly::localFreeMemory(0) < huge);
    QVERIFY(PlacementAssembly::localFreeMemory(0) > 0);
  }
};

QTEST_MAIN(TestPlacementAssembly)
#include "tst_placementassembly.moc"
