#include "engine/planner.h"
#include "fixtures.h"
#include "model/referenceconfigs.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// Qwen2-VL-2B in bf16, figures from DESIGN.md §3.
constexpr qint64 kLayerParams = 2360832 + 393472 * 2 + 2359296 + 41287680 + 3072; // 46,797,824
constexpr qint64 kLayerBytes = kLayerParams * 2;                                  // 93,595,648
constexpr qint64 kHeadBytes = (233373696LL + 1536) * 2;                // tied head (the embedding) + final norm
constexpr qint64 kFixedBytes = (233373696LL + 1536 + 665271296LL) * 2; // embedding + final norm + vision
constexpr qint64 kKvPerLayer = 2048LL * 4096;                          // float32, 4096 tokens, one session
constexpr qint64 kReserve = 512LL << 20;
constexpr qint64 kPlenty = 1LL << 40;

HostDescription host(const QString &id, const QString &name, double speed, qint64 freeBytes, bool coordinator = false) {
  HostDescription h;
  h.id = id;
  h.name = name;
  h.speed = speed;
  h.freeMemoryBytes = freeBytes;
  h.isCoordinator = coordinator;
  return h;
}

HostDescription coordinator(double speed = 1.0, qint64 freeBytes = kPlenty) {
  return host(QStringLiteral("local"), QStringLiteral("this computer"), speed, freeBytes, true);
}

// Free memory that holds exactly `layers` 2B bf16 layers (4096-token cache) and a bit.
qint64 freeFor(int layers, bool isCoordinator) {
  return kReserve + (isCoordinator ? kFixedBytes : 0) + layers * (kLayerBytes + kKvPerLayer) + 1000;
}

QString bytes(qint64 n) {
  return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

} // namespace

class TestPlanner : public QObject {
  Q_OBJECT

private:
  ModelConfig m_2b;
  ModelConfig m_7b;
  ModelConfig m_tiny;

  Plan planOf(const QList<HostDescription> &hosts, const PlannerOptions &options = {},
              const ModelConfig *config = nullptr) {
    auto plan = Planner::plan(config ? *config : m_2b, hosts, options);
    if (!plan) {
      qWarning("%s", qPrintable(plan.error()));
      return {};
    }
    return *plan;
  }

  static Plan stages(const QList<StageAssignment> &list) {
    Plan p;
    p.stages = list;
    return p;
  }

private Q_SLOTS:
  void initTestCase() {
    auto b2 = ModelConfig::fromJson(ReferenceConfigs::config(QStringLiteral("2b")),
                                    ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(b2, qPrintable(b2.error()));
    m_2b = *b2;
    auto b7 = ModelConfig::fromJson(ReferenceConfigs::config(QStringLiteral("7b")),
                                    ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(b7, qPrintable(b7.error()));
    m_7b = *b7;
    auto tiny = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tiny, qPrintable(tiny.error()));
    m_tiny = *tiny;
  }

  void byteFigures2B() {
    QCOMPARE(kLayerParams, 46797824LL);
    QCOMPARE(Planner::layerWeightBytes(m_2b, ComputeDtype::BF16), 46797824LL * 2);
    QCOMPARE(Planner::layerWeightBytes(m_2b, ComputeDtype::F32), 46797824LL * 4);
    // 2 (K, V) * 2 KV heads * 128 * 4 bytes: the cache is float32 whatever the weights' format.
    QCOMPARE(Planner::kvBytesPerToken(m_2b, ComputeDtype::BF16), 2048LL);
    QCOMPARE(Planner::kvBytesPerToken(m_2b, ComputeDtype::Q8), 2048LL);
    // 8-bit: 34 bytes per block of 32 weights; 4-bit layers: 18 (the head stays 8-bit).
    QCOMPARE(Planner::layerWeightBytes(m_2b, ComputeDtype::Q8), 46797824LL * 34 / 32);
    QCOMPARE(Planner::layerWeightBytes(m_2b, ComputeDtype::Q4), 46797824LL * 18 / 32);
    QCOMPARE(Planner::headBytes(m_2b, ComputeDtype::Q4), Planner::headBytes(m_2b, ComputeDtype::Q8));
    QCOMPARE(Planner::kvBytesPerToken(m_2b, ComputeDtype::F32), 2048LL);
    // Tied: the head is the embedding, stored once.
    QCOMPARE(Planner::coordinatorBytes(m_2b, ComputeDtype::BF16), 1797293056LL);
    QCOMPARE(Planner::coordinatorBytes(m_2b, ComputeDtype::BF16), kFixedBytes);
    QCOMPARE(Planner::headBytes(m_2b, ComputeDtype::BF16), 466750464LL);
    QCOMPARE(Planner::headBytes(m_2b, ComputeDtype::F32), 2 * 466750464LL);
    // Everything together is the checkpoint's parameter count.
    QCOMPARE(28 * Planner::layerWeightBytes(m_2b, ComputeDtype::BF16) +
                 Planner::coordinatorBytes(m_2b, ComputeDtype::BF16),
             2208985600LL * 2);
  }

  void byteFigures7BUntied() {
    const qint64 embedding = 152064LL * 3584;
    const qint64 perLayer =
        (3584LL * 3584 + 3584) + 2 * (3584LL * 512 + 512) + 3584LL * 3584 + 3LL * 3584 * 18944 + 2 * 3584;
    QCOMPARE(Planner::layerWeightBytes(m_7b, ComputeDtype::BF16), perLayer * 2);
    QCOMPARE(Planner::kvBytesPerToken(m_7b, ComputeDtype::BF16), 2LL * 4 * 128 * 4);
    // Untied: the head is a separate matrix, stored and read besides the embedding.
    QCOMPARE(Planner::headBytes(m_7b, ComputeDtype::BF16), (embedding + 3584) * 2);
    QCOMPARE(Planner::coordinatorBytes(m_7b, ComputeDtype::BF16),
             (2 * embedding + 3584 + m_7b.parameterCount(TensorSpec::Part::Vision)) * 2);
  }

  void byteFiguresTiny() {
    // Per layer: q 64*64+64, k and v 32*64+32 each, o 64*64, MLP 3*256*64, norms 2*64.
    const qint64 perLayer = (64 * 64 + 64) + 2 * (32 * 64 + 32) + 64 * 64 + 3 * 256 * 64 + 2 * 64;
    QCOMPARE(perLayer, 61696LL);
    QCOMPARE(Planner::layerWeightBytes(m_tiny, ComputeDtype::F32), perLayer * 4);
    QCOMPARE(Planner::kvBytesPerToken(m_tiny, ComputeDtype::F32), 2LL * 1 * 32 * 4);
    QCOMPARE(Planner::coordinatorBytes(m_tiny, ComputeDtype::F32), (10104960LL - 2 * perLayer) * 4);
    QCOMPARE(Planner::headBytes(m_tiny, ComputeDtype::F32), (151936LL * 64 + 64) * 4);
  }

  // Equal speeds: the coordinator also reads the head (466,750,464 bytes = 4.987 layers), so it
  // takes fewer layers. Coordinator 12 layers: 12 + 4.987 = 16.987 layer-times against the
  // peer's 16; 11 would leave the peer 17, 13 would cost the coordinator 17.987.
  void equalSpeedsTwoHosts() {
    const QList<HostDescription> hosts = {coordinator(),
                                          host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty)};
    const Plan plan = planOf(hosts);
    QCOMPARE(plan, stages({{QStringLiteral("local"), 0, 12}, {QStringLiteral("n1"), 12, 28}}));
    QCOMPARE(plan.describe(hosts), QStringLiteral("this computer: layers 0-11; attic: layers 12-27"));

    const QList<double> times = Planner::stageTimes(m_2b, plan, hosts, ComputeDtype::BF16);
    QCOMPARE(times.size(), 2);
    QCOMPARE(times.at(0), double(12 * kLayerBytes + kHeadBytes) / 1e9);
    QCOMPARE(times.at(1), double(16 * kLayerBytes) / 1e9);
    QCOMPARE(Planner::bottleneckTime(m_2b, plan, hosts, ComputeDtype::BF16), times.at(0));
  }

  // Three equal hosts: n + 4.987 = m and n + 2m = 28 give n = 6.01: 6, 11, 11 (bottleneck 11).
  void equalSpeedsThreeHosts() {
    const QList<HostDescription> hosts = {coordinator(),
                                          host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty),
                                          host(QStringLiteral("n2"), QStringLiteral("shed"), 1, kPlenty)};
    QCOMPARE(planOf(hosts),
             stages({{QStringLiteral("local"), 0, 6}, {QStringLiteral("n1"), 6, 17}, {QStringLiteral("n2"), 17, 28}}));
  }

  // Without a coordinator among the hosts (planning the middle only) equal hosts split evenly.
  void equalSpeedsWithoutCoordinator() {
    const QList<HostDescription> hosts = {host(QStringLiteral("local:0"), QStringLiteral("a"), 1, kPlenty),
                                          host(QStringLiteral("local:1"), QStringLiteral("b"), 1, kPlenty),
                                          host(QStringLiteral("local:2"), QStringLiteral("c"), 1, kPlenty)};
    QCOMPARE(planOf(hosts), Plan::evenSplit(28, 3));
  }

  void speedsTwoToOne() {
    // Coordinator twice as fast: (n + 4.987) / 2 against 28 - n: n = 17 gives 10.99 and 11.
    QCOMPARE(planOf({coordinator(2.0), host(QStringLiteral("n1"), QStringLiteral("attic"), 1.0, kPlenty)}),
             stages({{QStringLiteral("local"), 0, 17}, {QStringLiteral("n1"), 17, 28}}));
    // Peer twice as fast: n + 4.987 against (28 - n) / 2: n = 6 gives 10.99 and 11.
    QCOMPARE(planOf({coordinator(1.0), host(QStringLiteral("n1"), QStringLiteral("attic"), 2.0, kPlenty)}),
             stages({{QStringLiteral("local"), 0, 6}, {QStringLiteral("n1"), 6, 28}}));
    // Two peers 2:1, no head: 19 / 2 = 9.5 and 9 (18 and 10 would give 10).
    QCOMPARE(planOf({host(QStringLiteral("a"), QStringLiteral("a"), 2.0, kPlenty),
                     host(QStringLiteral("b"), QStringLiteral("b"), 1.0, kPlenty)}),
             stages({{QStringLiteral("a"), 0, 19}, {QStringLiteral("b"), 19, 28}}));
  }

  // Ring order is kept: the coordinator need not come first.
  void hostOrderIsRingOrder() {
    QCOMPARE(planOf({host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty), coordinator()}),
             stages({{QStringLiteral("n1"), 0, 16}, {QStringLiteral("local"), 16, 28}}));
  }

  void memoryCaps() {
    // The coordinator holds only 5 layers: the peer takes the other 23.
    QCOMPARE(
        planOf({coordinator(1.0, freeFor(5, true)), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty)}),
        stages({{QStringLiteral("local"), 0, 5}, {QStringLiteral("n1"), 5, 28}}));
    // With two sessions' caches (16 MiB per layer) the same memory holds only 4.
    PlannerOptions two;
    two.sessions = 2;
    QCOMPARE(
        planOf({coordinator(1.0, freeFor(5, true)), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty)},
               two),
        stages({{QStringLiteral("local"), 0, 4}, {QStringLiteral("n1"), 4, 28}}));
    // The middle peer holds 4: the other 24 split between the coordinator and the last peer as
    // n + 4.987 against 24 - n: n = 10 gives 14.99 and 14 (9 would leave 15).
    QCOMPARE(
        planOf({coordinator(), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, freeFor(4, false)),
                host(QStringLiteral("n2"), QStringLiteral("shed"), 1, kPlenty)}),
        stages({{QStringLiteral("local"), 0, 10}, {QStringLiteral("n1"), 10, 14}, {QStringLiteral("n2"), 14, 28}}));
    // A peer with less than its reserve free gets nothing and is left out.
    QCOMPARE(planOf({coordinator(), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kReserve / 2)}),
             stages({{QStringLiteral("local"), 0, 28}}));
  }

  void nothingFits() {
    const QList<HostDescription> hosts = {coordinator(1.0, freeFor(5, true)),
                                          host(QStringLiteral("n1"), QStringLiteral("attic"), 1, freeFor(10, false))};
    auto plan = Planner::plan(m_2b, hosts, {});
    QVERIFY(!plan);
    const QString e = plan.error();
    const qint64 needed = 28 * (kLayerBytes + kKvPerLayer) + kFixedBytes + 2 * kReserve;
    for (const QString &part :
         {QStringLiteral("28 decoder layers"), QStringLiteral("bf16"), bytes(needed),
          bytes(28 * (kLayerBytes + kKvPerLayer)), QStringLiteral("this computer ") + bytes(freeFor(5, true)),
          QStringLiteral("node 'attic' ") + bytes(freeFor(10, false)), bytes(freeFor(5, true) + freeFor(10, false)),
          QStringLiteral("only 15 of the 28 layers"), bytes(kFixedBytes), bytes(kReserve),
          QStringLiteral("4096 tokens")})
      QVERIFY2(e.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, e)));
  }

  void coordinatorTooSmall() {
    auto plan = Planner::plan(
        m_2b, {coordinator(1.0, 1000000000), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty)}, {});
    QVERIFY(!plan);
    for (const QString &part : {QStringLiteral("this computer"), QStringLiteral("embedding, vision tower and head"),
                                bytes(kFixedBytes), bytes(1000000000), bytes(kReserve)})
      QVERIFY2(plan.error().contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, plan.error())));
  }

  void singleHost() {
    QCOMPARE(planOf({coordinator()}), stages({{QStringLiteral("local"), 0, 28}}));
    QCOMPARE(planOf({coordinator()}, {}, &m_tiny), stages({{QStringLiteral("local"), 0, 2}}));
  }

  // A slow coordinator is the bottleneck with its head alone (4.987 layer-times); one fast peer
  // holds every layer within that, so the second peer and the coordinator's own stage are left
  // out: fewer hosts at the same bottleneck.
  void idleHostsLeftOut() {
    const QList<HostDescription> hosts = {coordinator(1.0),
                                          host(QStringLiteral("n1"), QStringLiteral("attic"), 10, kPlenty),
                                          host(QStringLiteral("n2"), QStringLiteral("shed"), 10, kPlenty)};
    const Plan plan = planOf(hosts);
    QCOMPARE(plan, stages({{QStringLiteral("n1"), 0, 28}}));
    QCOMPARE(Planner::bottleneckTime(m_2b, plan, hosts, ComputeDtype::BF16), double(kHeadBytes) / 1e9);
  }

  // The tiny model's head (151936 x 64) outweighs its two layers by far: with equal speeds the
  // peer runs both layers while the coordinator runs the head.
  void tinyModelHeadDominates() {
    PlannerOptions options;
    options.dtype = ComputeDtype::F32;
    options.reserveBytes = 0;
    QCOMPARE(planOf({coordinator(), host(QStringLiteral("n1"), QStringLiteral("attic"), 1, kPlenty)}, options, &m_tiny),
             stages({{QStringLiteral("n1"), 0, 2}}));
  }

  void hostsWithoutSpeed() {
    // A peer without a measured speed gets nothing.
    QCOMPARE(planOf({coordinator(), host(QStringLiteral("n1"), QStringLiteral("attic"), 0, kPlenty),
                     host(QStringLiteral("n2"), QStringLiteral("shed"), std::nan(""), kPlenty)}),
             stages({{QStringLiteral("local"), 0, 28}}));
    // The coordinator must have one.
    auto plan = Planner::plan(m_2b, {coordinator(0.0)}, {});
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("speed")), qPrintable(plan.error()));
  }

  void badInput() {
    QVERIFY(!Planner::plan(m_2b, {}, {}));
    QVERIFY(!Planner::plan(m_2b, {coordinator(), coordinator()}, {}));
    auto two =
        Planner::plan(m_2b, {coordinator(), host(QStringLiteral("x"), QStringLiteral("attic"), 1, kPlenty, true)}, {});
    QVERIFY(!two);
    QVERIFY2(two.error().contains(QStringLiteral("attic")), qPrintable(two.error()));
    PlannerOptions noContext;
    noContext.contextTokens = 0;
    QVERIFY(!Planner::plan(m_2b, {coordinator()}, noContext));
  }

  // Against brute force over every split of 28 layers on three hosts with random speeds and
  // memory: the planner reaches the smallest bottleneck, with no more stages than needed.
  void optimalAgainstBruteForce() {
    QRandomGenerator random(20240607);
    const double head = double(kHeadBytes);
    const double layer = double(kLayerBytes);
    for (int round = 0; round < 300; ++round) {
      QList<HostDescription> hosts;
      QList<int> caps;
      for (int i = 0; i < 3; ++i) {
        const bool isCoordinator = i == 0 && round % 4 != 3;
        const double speed = 0.25 + random.bounded(40) * 0.25;
        const int cap = int(random.bounded(29));
        caps.append(cap);
        hosts.append(host(isCoordinator ? QStringLiteral("local") : QStringLiteral("n%1").arg(i),
                          QStringLiteral("h%1").arg(i), speed, freeFor(cap, isCoordinator), isCoordinator));
      }
      auto timeOf = [&](int i, int n) {
        return (n * layer + (hosts.at(i).isCoordinator ? head : 0.0)) / (hosts.at(i).speed * 1e9);
      };
      double best = std::numeric_limits<double>::infinity();
      int bestStages = 4;
      for (int a = 0; a <= caps[0]; ++a)
        for (int b = 0; b <= caps[1] && a + b <= 28; ++b) {
          const int c = 28 - a - b;
          if (c > caps[2])
            continue;
          const double t = qMax(qMax(timeOf(0, a), timeOf(1, b)), timeOf(2, c));
          const int used = (a > 0) + (b > 0) + (c > 0);
          if (t < best * (1 - 1e-12)) {
            best = t;
            bestStages = used;
          } else if (t <= best * (1 + 1e-12)) {
            bestStages = qMin(bestStages, used);
          }
        }
      auto plan = Planner::plan(m_2b, hosts, {});
      if (std::isinf(best)) {
        QVERIFY2(!plan, qPrintable(QStringLiteral("round %1 should not fit").arg(round)));
        continue;
      }
      QVERIFY2(plan, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(plan.error())));
      QVERIFY(plan->validate(28));
      const double got = Planner::bottleneckTime(m_2b, *plan, hosts, ComputeDtype::BF16);
      QVERIFY2(got <= best * (1 + 1e-12), qPrintable(QStringLiteral("round %1: %2 is slower than %3 (%4)")
                                                         .arg(round)
                                                         .arg(got)
                                                         .arg(best)
                                                         .arg(plan->toString())));
      QVERIFY2(
          plan->stageCount() <= bestStages,
          qPrintable(
              QStringLiteral("round %1: %2 stages, %3 would do").arg(round).arg(plan->stageCount()).arg(bestStages)));
      for (const StageAssignment &s : plan->stages)
        for (int i = 0; i < 3; ++i)
          if (hosts.at(i).id == s.hostId)
            QVERIFY(s.layerCount() <= caps.at(i));
    }
  }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
