// PeerPlacement: mdi-run's HOST:PORT parsing and "last K stages on K peers", and the Peers panel's
// automatic placement with the unknowns of unmeasured nodes filled in.

#include "engine/peerplacement.h"
#include "model/referenceconfigs.h"

#include <QTest>

using namespace mdi;

namespace {
constexpr qint64 kPlenty = 1LL << 40;

HostDescription host(const QString &id, double speed, qint64 freeBytes) {
  HostDescription h;
  h.id = id;
  h.name = id;
  h.speed = speed;
  h.freeMemoryBytes = freeBytes;
  return h;
}

int layersOn(const Plan &plan, const QString &hostId) {
  int n = 0;
  for (const StageAssignment &s : plan.stages)
    if (s.hostId == hostId)
      n += s.layerCount();
  return n;
}
} // namespace

class TestPeerPlacement : public QObject {
  Q_OBJECT

private:
  ModelConfig m_2b;

private Q_SLOTS:
  void initTestCase() {
    auto config = ModelConfig::fromJson(ReferenceConfigs::config(QStringLiteral("2b")),
                                        ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(config, qPrintable(config.error()));
    m_2b = *config;
  }

  void parsePeerAddress_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QStringLiteral("192.168.1.5:45834") << QStringLiteral("192.168.1.5") << 45834;
    QTest::newRow("name") << QStringLiteral("attic.local:1") << QStringLiteral("attic.local") << 1;
    QTest::newRow("ipv6") << QStringLiteral("[fe80::1]:65535") << QStringLiteral("fe80::1") << 65535;
    QTest::newRow("no port") << QStringLiteral("attic") << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("attic:0") << QString() << 0;
    QTest::newRow("port too large") << QStringLiteral("attic:65536") << QString() << 0;
    QTest::newRow("not a number") << QStringLiteral("attic:http") << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":45834") << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
  }

  void parsePeerAddress() {
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto peer = PeerPlacement::parsePeerAddress(text);
    if (host.isEmpty()) {
      QVERIFY(!peer);
      QVERIFY2(peer.error().contains(QStringLiteral("HOST:PORT")), qPrintable(peer.error()));
      return;
    }
    QVERIFY2(peer, qPrintable(peer.error()));
    QCOMPARE(peer->host, host);
    QCOMPARE(int(peer->port), port);
    QVERIFY(peer->hostId.isEmpty());
    QVERIFY(peer->pairingCode.isEmpty());
  }

  void lastStagesGoToPeersInOrder() {
    Plan plan = Plan::evenSplit(28, 3);
    QVERIFY(PeerPlacement::placeOnLastStages(plan, 2));
    QCOMPARE(plan.stages.at(0).hostId, QStringLiteral("local:0"));
    QCOMPARE(plan.stages.at(1).hostId, PeerPlacement::peerHostId(0));
    QCOMPARE(plan.stages.at(2).hostId, PeerPlacement::peerHostId(1));
    QCOMPARE(PeerPlacement::peerHostId(1), QStringLiteral("peer:1"));
    QCOMPARE(plan.toString(), QStringLiteral("0-10,10-19,19-28"));

    Plan small = Plan::evenSplit(28, 3);
    const Status refused = PeerPlacement::placeOnLastStages(small, 4);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("4 peer(s) need at least 4 stage(s); the plan has 3."));
    QCOMPARE(small, Plan::evenSplit(28, 3)); // untouched
  }

  // Nodes that measured nothing count as fast as this computer, with as much memory.
  void unmeasuredPeersCountAsThisComputer() {
    const HostDescription local = host(QStringLiteral("local"), 0, kPlenty);
    const HostDescription attic = host(QStringLiteral("attic"), 0, 0);
    auto plan = PeerPlacement::automatic(m_2b, local, {attic}, {});
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY(plan->validate(28));
    HostDescription coordinator = host(QStringLiteral("local"), 1, kPlenty);
    coordinator.isCoordinator = true;
    auto expected = Planner::plan(m_2b, {coordinator, host(QStringLiteral("attic"), 1, kPlenty)}, {});
    QVERIFY(expected);
    QCOMPARE(*plan, *expected);
    QVERIFY(layersOn(*plan, QStringLiteral("attic")) > 0);
    QVERIFY(layersOn(*plan, QStringLiteral("attic")) >= layersOn(*plan, QStringLiteral("local")));
  }

  // A measured speed counts only when this computer's speed is known too.
  void measuredSpeedsNeedALocalOne() {
    const HostDescription fast = host(QStringLiteral("attic"), 3.0, kPlenty);
    auto unknownLocal = PeerPlacement::automatic(m_2b, host(QStringLiteral("local"), 0, kPlenty), {fast}, {});
    auto equal = PeerPlacement::automatic(m_2b, host(QStringLiteral("local"), 0, kPlenty),
                                          {host(QStringLiteral("attic"), 0, kPlenty)}, {});
    QVERIFY(unknownLocal && equal);
    QCOMPARE(*unknownLocal, *equal);
    auto knownLocal = PeerPlacement::automatic(m_2b, host(QStringLiteral("local"), 1.0, kPlenty), {fast}, {});
    QVERIFY2(knownLocal, qPrintable(knownLocal.error()));
    QVERIFY(layersOn(*knownLocal, QStringLiteral("attic")) > layersOn(*equal, QStringLiteral("attic")));
  }

  void shortageIsExplained() {
    // Neither this computer nor the peer (as much memory as it) holds the model.
    auto plan = PeerPlacement::automatic(m_2b, host(QStringLiteral("local"), 0, 2'500'000'000),
                                         {host(QStringLiteral("attic"), 0, 0)}, {});
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("node 'attic'")), qPrintable(plan.error()));
  }
};

QTEST_GUILESS_MAIN(TestPeerPlacement)
#include "tst_peerplacement.moc"
