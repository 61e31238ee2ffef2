#include "engine/failoverplanner.h"

#include <QTest>

using namespace mdi;

namespace {
RemotePeer peer(const QString &id) {
  RemotePeer p;
  p.hostId = id;
  p.host = id + QStringLiteral(".lan");
  return p;
}

QStringList ids(const QList<RemotePeer> &peers) {
  QStringList out;
  for (const RemotePeer &p : peers)
    out.append(p.hostId);
  return out;
}
} // namespace

// Where a lost stage's layers go: the other connected peers of the ring, best first.
class TestFailoverPlanner : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void ordersByLoadThenStagesThenMemory() {
    const RemotePeer a = peer(QStringLiteral("a")), b = peer(QStringLiteral("b")), c = peer(QStringLiteral("c")),
                     d = peer(QStringLiteral("d")), lost = peer(QStringLiteral("lost"));
    const QList<FailoverPlanner::RingStage> ring{
        {QStringLiteral("local:0"), nullptr, true, false, 0, 0},
        {QStringLiteral("a"), &a, true, false, 8'000, 0.5},
        {QStringLiteral("lost"), &lost, false, false, 8'000, 0.0},
        {QStringLiteral("b"), &b, true, false, 2'000, 0.1},
        {QStringLiteral("c"), &c, true, false, 9'000, 0.1},
        {QStringLiteral("c"), &c, true, false, 9'000, 0.1}, // c runs two stages
        {QStringLiteral("d"), &d, true, false, 0, 0.1},     // memory not known: kept
    };
    // b, c and d tie on load; b and d run one stage, c two; d's unknown memory sorts after b's.
    QCOMPARE(ids(FailoverPlanner::candidates(ring, 2, 1'000)),
             (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("a")}));
  }

  void leavesOutWhatCannotTakeTheLayers() {
    const RemotePeer a = peer(QStringLiteral("a")), b = peer(QStringLiteral("b")), c = peer(QStringLiteral("c")),
                     lost = peer(QStringLiteral("lost"));
    const QList<FailoverPlanner::RingStage> ring{
        {QStringLiteral("lost"), &lost, false, false, 0, 0},
        {QStringLiteral("a"), &a, false, false, 9'000, 0},      // disconnected
        {QStringLiteral("b"), &b, true, false, 500, 0},         // too little memory
        {QStringLiteral("c"), &c, true, true, 9'000, 0},        // being replaced itself
        {QStringLiteral("lost"), &lost, true, false, 9'000, 0}, // the lost host's other stage
        {QStringLiteral("local:1"), nullptr, true, false, 0, 0},
    };
    QVERIFY(FailoverPlanner::candidates(ring, 0, 1'000).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestFailoverPlanner)
#include "tst_failoverplanner.moc"
