#include "model/modelconfig.h"
#include "model/referenceconfigs.h"
#include "model/sampler.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace mdi;

namespace {

using Dist = QList<QPair<int, double>>;

SamplingParams sampling(double temperature = 1.0, int topK = 0, double topP = 1.0, double minP = 0.0) {
  SamplingParams p;
  p.doSample = true;
  p.temperature = temperature;
  p.topK = topK;
  p.topP = topP;
  p.minP = minP;
  return p;
}

std::vector<float> logOf(const std::vector<double> &probs) {
  std::vector<float> out;
  for (double p : probs)
    out.push_back(float(std::log(p)));
  return out;
}

Dist distributionOf(const SamplingParams &p, std::vector<float> logits, const QList<int> &seen = {}) {
  Sampler s(p);
  return s.distribution(logits.data(), qsizetype(logits.size()), seen);
}

QList<int> tokensOf(const Dist &d) {
  QList<int> out;
  for (const auto &e : d)
    out.append(e.first);
  return out;
}

// Logits for a large vocabulary from a portable generator: `spread` times the sum of three
// uniforms, a peaked bell like a language model's.
std::vector<float> bigLogits(quint64 seed, qsizetype vocab, double spread) {
  std::mt19937_64 rng(seed);
  std::vector<float> out(static_cast<size_t>(vocab));
  for (auto &v : out)
    v = float(spread * (Sampler::uniform53(rng) + Sampler::uniform53(rng) + Sampler::uniform53(rng) - 1.5));
  return out;
}

// A direct transcription of transformers' processors (full sort, double precision except where
// torch rounds to float32), independent of Sampler's bucketing and survivor bookkeeping.
Dist reference(std::vector<float> x, const SamplingParams &p) {
  const size_t n = x.size();
  const float t = float(p.temperature);
  for (float &v : x)
    v /= t;
  std::vector<bool> alive(n, true);
  auto probs = [&] {
    float mx = -std::numeric_limits<float>::infinity();
    for (size_t i = 0; i < n; ++i)
      mx = alive[i] ? std::max(mx, x[i]) : mx;
    std::vector<double> pr(n, 0.0);
    double z = 0;
    for (size_t i = 0; i < n; ++i)
      z += pr[i] = alive[i] ? std::exp(double(x[i]) - mx) : 0.0;
    for (double &v : pr)
      v /= z;
    return pr;
  };
  if (p.topK > 0 && size_t(p.topK) < n) {
    std::vector<float> sorted = x;
    std::sort(sorted.begin(), sorted.end(), std::greater<float>());
    for (size_t i = 0; i < n; ++i)
      alive[i] = x[i] >= sorted[size_t(p.topK - 1)];
  }
  if (p.topP < 1.0) {
    const std::vector<double> pr = probs();
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
      order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return x[a] != x[b] ? x[a] < x[b] : a > b; });
    double cum = 0;
    for (size_t j = 0; j + 1 < n; ++j) {
      cum += float(pr[order[j]]);
      if (float(cum) <= float(1.0 - p.topP))
        alive[order[j]] = false;
    }
  }
  if (p.minP > 0.0) {
    const std::vector<double> pr = probs();
    const double top = *std::max_element(pr.begin(), pr.end());
    for (size_t i = 0; i < n; ++i)
      alive[i] = alive[i] && !(float(pr[i]) < float(p.minP) * float(top));
  }
  const std::vector<double> pr = probs();
  Dist out;
  for (size_t i = 0; i < n; ++i) {
    if (alive[i] && pr[i] > 0)
      out.append({int(i), pr[i]});
  }
  return out;
}

} // namespace

class TestSampler : public QObject {
  Q_OBJECT

private:
  void compareDist(const Dist &actual, const QList<int> &tokens, const QList<double> &probs, double tol = 1e-6) {
    QCOMPARE(tokensOf(actual), tokens);
    for (qsizetype i = 0; i < probs.size(); ++i)
      QVERIFY2(
          std::fabs(actual.at(i).second - probs.at(i)) < tol,
          qPrintable(QStringLiteral("token %1: %2 vs %3").arg(tokens.at(i)).arg(actual.at(i).second).arg(probs.at(i))));
  }

private Q_SLOTS:
  // --- repetition penalty -------------------------------------------------------------------

  void penaltyDividesPositiveMultipliesNegative() {
    SamplingParams p;
    p.repetitionPenalty = 2.0;
    Sampler s(p);
    std::vector<float> logits{2.0f, -1.0f, 0.5f, 3.0f, 0.0f};
    s.sample(logits.data(), 5, {0, 1, 4});
    QCOMPARE(logits[0], 1.0f);  // 2 / 2
    QCOMPARE(logits[1], -2.0f); // -1 * 2
    QCOMPARE(logits[2], 0.5f);  // not seen
    QCOMPARE(logits[3], 3.0f);  // not seen
    QCOMPARE(logits[4], 0.0f);  // 0 stays 0
  }

  void penaltyAppliedOncePerDistinctId() {
    SamplingParams p;
    p.repetitionPenalty = 2.0;
    Sampler s(p);
    std::vector<float> logits{2.0f, -1.0f, 0.5f};
    s.sample(logits.data(), 3, {0, 0, 0, 1, 1, 0});
    QCOMPARE(logits[0], 1.0f);
    QCOMPARE(logits[1], -2.0f);
    QCOMPARE(logits[2], 0.5f);
    // The marks are cleared between calls: a second call penalises again, once.
    s.sample(logits.data(), 3, {0, 0});
    QCOMPARE(logits[0], 0.5f);
  }

  void penaltyChangesGreedyChoice() {
    SamplingParams p;
    p.repetitionPenalty = 1.05;
    {
      Sampler s(p);
      std::vector<float> logits{2.0f, 1.95f};
      QCOMPARE(s.sample(logits.data(), 2, {0}), 1); // 2 / 1.05 = 1.9048 < 1.95
      QCOMPARE(logits[0], 1.9047619f);
    }
    {
      Sampler s(p);
      std::vector<float> logits{-1.0f, -1.04f};
      QCOMPARE(s.sample(logits.data(), 2, {0}), 1); // -1 * 1.05 = -1.05 < -1.04
    }
    {
      Sampler s(p); // unseen ids are untouched
      std::vector<float> logits{2.0f, 1.95f};
      QCOMPARE(s.sample(logits.data(), 2, {1}), 0);
    }
  }

  // --- temperature --------------------------------------------------------------------------

  void temperatureScales() {
    std::vector<float> logits{1.0f, 2.0f, 3.0f};
    Sampler s(sampling(0.5));
    const Dist d = s.distribution(logits.data(), 3, {});
    QCOMPARE(logits[0], 2.0f);
    QCOMPARE(logits[2], 6.0f);
    // softmax(2, 4, 6)
    compareDist(d, {0, 1, 2}, {0.015876239976, 0.117310427826, 0.866813332197});
  }

  void tinyTemperatureStaysFinite() {
    // Qwen2-VL's 0.01 makes logits around 3000: the distribution must stay finite.
    const Dist d = distributionOf(sampling(0.01), {30.0f, 29.99f, 0.0f});
    QCOMPARE(tokensOf(d), (QList<int>{0, 1}));
    // 3000 vs 2999: softmax(1, 0); float division leaves ~1e-3 of error in the difference.
    QVERIFY(std::fabs(d.at(0).second - 0.7310585786) < 2e-3);
    QVERIFY(std::fabs(d.at(0).second + d.at(1).second - 1.0) < 1e-12);

    // Temperatures so small that logits overflow float: the limit is uniform over the best ones.
    compareDist(distributionOf(sampling(1e-40), {1.0f, 2.0f, 2.0f, -1.0f}), {1, 2}, {0.5, 0.5});
    compareDist(distributionOf(sampling(1e-40), {10.0f, 20.0f, 20.0f, -1.0f}), {1, 2}, {0.5, 0.5});
    compareDist(distributionOf(sampling(1e-40), {-30.0f, -20.0f, -25.0f}), {1}, {1.0});
    compareDist(distributionOf(sampling(0.5), {1e38f, 3e38f, 3e38f}), {1, 2}, {0.5, 0.5});
  }

  void nanAndInfiniteLogits() {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    compareDist(distributionOf(sampling(), {nan, 0.0f, 0.0f}), {1, 2}, {0.5, 0.5});
    compareDist(distributionOf(sampling(0.7, 2), {inf, 5.0f, inf}), {0, 2}, {0.5, 0.5});
    compareDist(distributionOf(sampling(), {-inf, -inf}), {0}, {1.0});
  }

  // --- top-k --------------------------------------------------------------------------------

  void topKKeepsK() {
    // softmax(5, 4) over tokens 1 and 3
    compareDist(distributionOf(sampling(1.0, 2), {1.0f, 5.0f, 3.0f, 4.0f, 2.0f}), {1, 3},
                {0.731058578630, 0.268941421370});
    QCOMPARE(distributionOf(sampling(1.0, 5), {1.0f, 5.0f, 3.0f, 4.0f, 2.0f}).size(), 5);
    QCOMPARE(distributionOf(sampling(1.0, 50), {1.0f, 5.0f, 3.0f, 4.0f, 2.0f}).size(), 5);
  }

  void topKKeepsTiesWithKthValue() {
    // Like transformers: everything >= torch.topk's k-th value stays.
    compareDist(distributionOf(sampling(1.0, 1), {1.0f, 3.0f, 3.0f, 2.0f}), {1, 2}, {0.5, 0.5});
    QCOMPARE(tokensOf(distributionOf(sampling(1.0, 2), {3.0f, 1.0f, 2.0f, 2.0f})), (QList<int>{0, 2, 3}));
  }

  void topKLargeK_data() {
    QTest::addColumn<int>("k");
    QTest::newRow("heap") << 1000;
    QTest::newRow("nth_element") << 2000;
  }

  void topKLargeK() {
    QFETCH(int, k);
    // 5000 distinct values 0.00 .. 49.99 in scrambled order: the k largest are >= (5000 - k) / 100.
    std::vector<float> logits(5000);
    for (int i = 0; i < 5000; ++i)
      logits[size_t(i)] = float((i * 7919) % 5000) / 100.0f;
    const Dist d = distributionOf(sampling(1.0, k), logits);
    QCOMPARE(d.size(), k);
    float lowest = 1e9f;
    for (const auto &e : d)
      lowest = std::min(lowest, logits[size_t(e.first)]);
    QCOMPARE(lowest, float(5000 - k) / 100.0f);
  }

  // --- top-p --------------------------------------------------------------------------------

  void topPHandComputed() {
    // Ascending [0.05, 0.15, 0.3, 0.5], cumulative [0.05, 0.2, 0.5, 1]: <= 0.2 goes.
    compareDist(distributionOf(sampling(1.0, 0, 0.8), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1}, {0.625, 0.375});
    // transformers' own test rows (test_top_p_dist_warper): [0.3, 0.1, 0.1, 0.5] keeps 0.3 and
    // 0.5; [0.15, 0.3, 0.3, 0.25] drops only 0.15.
    compareDist(distributionOf(sampling(1.0, 0, 0.8), logOf({0.3, 0.1, 0.1, 0.5})), {0, 3}, {0.375, 0.625});
    compareDist(distributionOf(sampling(1.0, 0, 0.8), logOf({0.15, 0.3, 0.3, 0.25})), {1, 2, 3},
                {0.3 / 0.85, 0.3 / 0.85, 0.25 / 0.85});
    compareDist(distributionOf(sampling(1.0, 0, 0.9), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1, 2},
                {0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95});
  }

  void topPBoundary() {
    // Four equal logits: probabilities exactly 0.25, cumulative exactly 0.25, 0.5, 0.75, 1.
    const std::vector<float> flat{0.0f, 0.0f, 0.0f, 0.0f};
    // top_p 0.5: cumulative 0.5 equals 1 - top_p and is removed (<=): exactly two stay, and of
    // tied tokens the lowest ids stay.
    compareDist(distributionOf(sampling(1.0, 0, 0.5), flat), {0, 1}, {0.5, 0.5});
    // Just above: the third token's cumulative 0.5 now exceeds 1 - top_p.
    compareDist(distributionOf(sampling(1.0, 0, 0.51), flat), {0, 1, 2}, {1 / 3.0, 1 / 3.0, 1 / 3.0});
    compareDist(distributionOf(sampling(1.0, 0, 0.75), flat), {0, 1, 2}, {1 / 3.0, 1 / 3.0, 1 / 3.0});
    // top_p 0 removes everything but the most likely token, which always stays.
    compareDist(distributionOf(sampling(1.0, 0, 0.0), {1.0f, 3.0f, 3.0f}), {1}, {1.0});
  }

  void temperatureBeforeTopP() {
    // T = 0.5 squares the probabilities: [0.25, 0.09, 0.0225, 0.0025] / 0.365, cumulative from
    // below 0.0068, 0.0685, 0.315: top_p 0.9 keeps two. Top-p before temperature would keep three.
    compareDist(distributionOf(sampling(0.5, 0, 0.9), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1},
                {0.25 / 0.34, 0.09 / 0.34});
  }

  void topKThenTopP() {
    // Top-k 3 renormalises [0.4, 0.3, 0.2] / 0.9 = [0.444, 0.333, 0.222]; top_p 0.7 removes
    // cumulative <= 0.3: only the 0.222 goes.
    compareDist(distributionOf(sampling(1.0, 3, 0.7), logOf({0.4, 0.3, 0.2, 0.1})), {0, 1}, {4 / 7.0, 3 / 7.0});
  }

  void partialTopPMatchesFullSort_data() {
    QTest::addColumn<double>("spread");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<double>("minP");
    QTest::newRow("peaked 0.9") << 8.0 << 1.0 << 0.9 << 0.0;
    QTest::newRow("peaked 0.5 T0.7") << 8.0 << 0.7 << 0.5 << 0.0;
    QTest::newRow("flat 0.9") << 1.0 << 1.0 << 0.9 << 0.0;
    QTest::newRow("flat 0.999") << 1.0 << 1.0 << 0.999 << 0.0;
    QTest::newRow("flat 0.2 min-p") << 1.0 << 1.3 << 0.2 << 0.5;
    QTest::newRow("sharp 0.95") << 30.0 << 1.0 << 0.95 << 0.0;
  }

  void partialTopPMatchesFullSort() {
    QFETCH(double, spread);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(double, minP);
    const qsizetype vocab = 151936;
    const std::vector<float> logits = bigLogits(99, vocab, spread);
    const SamplingParams p = sampling(temperature, 0, topP, minP);
    Sampler partial(p), full(p);
    full.setTopPStrategy(Sampler::TopPStrategy::FullSort);
    std::vector<float> a = logits, b = logits;
    const Dist da = partial.distribution(a.data(), vocab, {});
    const Dist db = full.distribution(b.data(), vocab, {});
    QCOMPARE(da.size(), db.size());
    QVERIFY(da == db);
    for (int i = 0; i < 20; ++i) {
      a = logits;
      b = logits;
      QCOMPARE(partial.sample(a.data(), vocab, {}), full.sample(b.data(), vocab, {}));
    }
  }

  void matchesReference_data() {
    QTest::addColumn<int>("vocab");
    QTest::addColumn<double>("spread");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("topK");
    QTest::addColumn<double>("topP");
    QTest::addColumn<double>("minP");
    for (int vocab : {5000, 151936}) {
      for (double spread : {1.0, 8.0}) {
        const QByteArray tag = QByteArray::number(vocab) + (spread < 2 ? " flat " : " peaked ");
        QTest::newRow(tag + "T0.8") << vocab << spread << 0.8 << 0 << 1.0 << 0.0;
        QTest::newRow(tag + "k40") << vocab << spread << 1.0 << 40 << 1.0 << 0.0;
        QTest::newRow(tag + "k2000") << vocab << spread << 1.0 << 2000 << 1.0 << 0.0;
        QTest::newRow(tag + "p0.9") << vocab << spread << 0.7 << 0 << 0.9 << 0.0;
        QTest::newRow(tag + "p0.3") << vocab << spread << 1.2 << 0 << 0.3 << 0.0;
        QTest::newRow(tag + "k40 p0.8") << vocab << spread << 1.0 << 40 << 0.8 << 0.0;
        QTest::newRow(tag + "k2000 p0.6") << vocab << spread << 1.0 << 2000 << 0.6 << 0.0;
        QTest::newRow(tag + "min-p 0.05") << vocab << spread << 1.0 << 0 << 1.0 << 0.05;
        QTest::newRow(tag + "k3000 p0.95 min-p 0.1") << vocab << spread << 0.9 << 3000 << 0.95 << 0.1;
        QTest::newRow(tag + "p0.95 min-p 0.02") << vocab << spread << 1.0 << 0 << 0.95 << 0.02;
      }
    }
  }

  void matchesReference() {
    QFETCH(int, vocab);
    QFETCH(double, spread);
    QFETCH(double, temperature);
    QFETCH(int, topK);
    QFETCH(double, topP);
    QFETCH(double, minP);
    const std::vector<float> logits = bigLogits(quint64(vocab) + quint64(spread), vocab, spread);
    const SamplingParams p = sampling(temperature, topK, topP, minP);
    const Dist expected = reference(logits, p);
    for (auto strategy : {Sampler::TopPStrategy::Partial, Sampler::TopPStrategy::FullSort}) {
      Sampler s(p);
      s.setTopPStrategy(strategy);
      std::vector<float> copy = logits;
      const Dist actual = s.distribution(copy.data(), vocab, {});
      QCOMPARE(actual.size(), expected.size());
      double worst = 0;
      for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).first, expected.at(i).first);
        worst = std::max(worst, std::fabs(actual.at(i).second - expected.at(i).second));
      }
      QVERIFY2(worst < 1e-7, qPrintable(QString::number(worst)));
    }
  }

  // --- min-p --------------------------------------------------------------------------------

  void minPHandComputed() {
    // Cutoff 0.2 * 0.5 = 0.1 removes the 0.05.
    compareDist(distributionOf(sampling(1.0, 0, 1.0, 0.2), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1, 2},
                {0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95});
    // Cutoff 0.25 removes 0.15 too.
    compareDist(distributionOf(sampling(1.0, 0, 1.0, 0.5), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1}, {0.625, 0.375});
    // min_p 1: a probability equal to the cutoff stays (strictly-below is removed).
    compareDist(distributionOf(sampling(1.0, 0, 1.0, 1.0), {1.0f, 1.0f, 0.0f}), {0, 1}, {0.5, 0.5});
    compareDist(distributionOf(sampling(1.0, 3, 1.0, 1.0), {1.0f, 1.0f, 0.0f, -1.0f}), {0, 1}, {0.5, 0.5});
    // After top-k the cutoff is relative to the same top probability.
    compareDist(distributionOf(sampling(1.0, 3, 1.0, 0.4), logOf({0.5, 0.3, 0.15, 0.05})), {0, 1}, {0.625, 0.375});
  }

  // --- greedy -------------------------------------------------------------------------------

  void greedyFirstMaxOnTies() {
    Sampler s{SamplingParams{}};
    std::vector<float> logits{1.0f, 3.0f, 3.0f, 2.0f};
    QCOMPARE(s.sample(logits.data(), 4, {}), 1);
  }

  void greedyIgnoresWarpers() {
    SamplingParams p = sampling(0.3, 1, 0.1, 0.9);
    p.doSample = false;
    std::vector<float> logits{1.0f, 2.0f, 4.0f};
    Sampler s(p);
    QCOMPARE(s.sample(logits.data(), 3, {}), 2);
    QCOMPARE(logits[2], 4.0f); // no temperature applied
    // Temperature 0 means greedy even with doSample.
    Sampler t(sampling(0.0));
    logits = {1.0f, 2.0f, 4.0f, 4.0f};
    QCOMPARE(t.sample(logits.data(), 4, {}), 2);
  }

  void qwenGenerationConfigIsEffectivelyGreedy() {
    auto mc = ModelConfig::fromJson(ReferenceConfigs::config(QStringLiteral("2b")),
                                    ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(mc, qPrintable(mc.error()));
    SamplingParams p = SamplingParams::fromGenerationConfig(mc->generation);
    QVERIFY(p.doSample);
    QCOMPARE(p.topK, 1);
    QCOMPARE(p.topP, 0.001);
    QCOMPARE(p.temperature, 0.1);
    QCOMPARE(p.repetitionPenalty, 1.05);
    QCOMPARE(p.eosTokenIds, (QList<int>{151645, 151643}));
    QCOMPARE(p.maxNewTokens, 512); // not set in the file: the default stays
    QVERIFY(p.validate());

    const qsizetype vocab = 151936;
    const std::vector<float> base = bigLogits(5, vocab, 10.0);
    for (double temperature : {0.1, 0.01}) {
      p.temperature = temperature;
      for (quint64 seed = 0; seed < 50; ++seed) {
        p.seed = seed;
        Sampler s(p);
        std::vector<float> logits = base;
        // A near-tie just above everything else, and a seen token that would otherwise win.
        logits[1000] = 40.0f;
        logits[2000] = 40.001f;
        logits[3000] = 41.0f; // 41 / 1.05 = 39.05 after the penalty
        logits[4000] = 40.001f;
        QCOMPARE(s.sample(logits.data(), vocab, {3000, 7}), 2000); // first of the tied maxima
      }
    }
  }

  // --- the draw -----------------------------------------------------------------------------

  void portableExpAccuracy() {
    QCOMPARE(Sampler::portableExp(0.0f), 1.0f);
    QCOMPARE(Sampler::portableExp(-std::numeric_limits<float>::infinity()), 0.0f);
    QCOMPARE(Sampler::portableExp(-90.0f), 0.0f);
    double worstUlps = 0;
    for (float x = -86.9f; x <= 0.0f; x += 0.000731f) {
      const double exact = std::exp(double(x));
      const double ulp = std::nextafter(float(exact), 2.0f) - float(exact);
      worstUlps = std::max(worstUlps, std::fabs(Sampler::portableExp(x) - exact) / ulp);
    }
    QVERIFY2(worstUlps <= 2.0, qPrintable(QString::number(worstUlps)));
    // Golden bits: the same on every platform.
    QCOMPARE(std::bit_cast<quint32>(Sampler::portableExp(-1.0f)), quint32(0x3ebc5ab2)); // 0.36787945
  }

  void uniformFromStandardEngine() {
    // The C++ standard fixes mt19937_64's 10000th output for the default seed.
    std::mt19937_64 rng;
    rng.discard(9999);
    QCOMPARE(Sampler::uniform53(rng), 0.5411006783847329); // (9981545732273789042 >> 11) * 2^-53
  }

  void drawMapsUniformToInterval() {
    // Four equal tokens: the draw u picks token floor(4u).
    SamplingParams p = sampling();
    p.seed = 2024;
    Sampler s(p);
    std::mt19937_64 reference(2024);
    for (int i = 0; i < 200; ++i) {
      std::vector<float> logits{0.0f, 0.0f, 0.0f, 0.0f};
      const int expected = int(std::floor(4 * Sampler::uniform53(reference)));
      QCOMPARE(s.sample(logits.data(), 4, {}), expected);
    }
  }

  void frequenciesMatchProbabilities_data() {
    QTest::addColumn<int>("topK");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("plain") << 0 << QList<double>{0.1, 0.2, 0.3, 0.4};
    QTest::newRow("top-k 3") << 3 << QList<double>{0.0, 0.2 / 0.9, 0.3 / 0.9, 0.4 / 0.9};
  }

  void frequenciesMatchProbabilities() {
    QFETCH(int, topK);
    QFETCH(QList<double>, expected);
    SamplingParams p = sampling(1.0, topK);
    p.seed = 12345;
    Sampler s(p);
    const int n = 20000;
    QList<int> counts(4, 0);
    const std::vector<float> base = logOf({0.1, 0.2, 0.3, 0.4});
    for (int i = 0; i < n; ++i) {
      std::vector<float> logits = base;
      ++counts[s.sample(logits.data(), 4, {})];
    }
    for (int t = 0; t < 4; ++t) {
      const double mean = n * expected.at(t);
      const double sd = std::sqrt(n * expected.at(t) * (1 - expected.at(t)));
      QVERIFY2(std::fabs(counts.at(t) - mean) <= 4.5 * sd + 1e-9,
               qPrintable(
                   QStringLiteral("token %1: %2 draws, expected %3 +- %4").arg(t).arg(counts.at(t)).arg(mean).arg(sd)));
    }
  }

  void sameSeedSameTokens() {
    const qsizetype vocab = 1000;
    const std::vector<float> base = bigLogits(3, vocab, 1.0);
    auto run = [&](quint64 seed) {
      SamplingParams p = sampling(0.9, 0, 0.95);
      p.seed = seed;
      p.repetitionPenalty = 1.1;
      Sampler s(p);
      QList<int> seen, out;
      for (int i = 0; i < 100; ++i) {
        std::vector<float> logits = base;
        const int t = s.sample(logits.data(), vocab, seen);
        seen.append(t);
        out.append(t);
      }
      return out;
    };
    QCOMPARE(run(42), run(42));
    QVERIFY(run(42) != run(43));
  }

  // --- parameters ---------------------------------------------------------------------------

  void validateMessages_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("temperature") << "temperature"
                                 << "Temperature";
    QTest::newRow("topK") << "topK"
                          << "Top-k";
    QTest::newRow("topP") << "topP"
                          << "Top-p";
    QTest::newRow("minP") << "minP"
                          << "Min-p";
    QTest::newRow("penalty") << "repetitionPenalty"
                             << "Repetition penalty";
    QTest::newRow("maxNewTokens") << "maxNewTokens"
                                  << "new tokens";
    QTest::newRow("stop") << "stopStrings"
                          << "Stop strings";
    QTest::newRow("eos") << "eosTokenIds"
                         << "End-of-sequence";
  }

  void validateMessages() {
    QFETCH(QString, field);
    QFETCH(QString, mustContain);
    SamplingParams p;
    QVERIFY(p.validate());
    if (field == QLatin1String("temperature"))
      p.temperature = -0.5;
    else if (field == QLatin1String("topK"))
      p.topK = -1;
    else if (field == QLatin1String("topP"))
      p.topP = 1.5;
    else if (field == QLatin1String("minP"))
      p.minP = -0.1;
    else if (field == QLatin1String("repetitionPenalty"))
      p.repetitionPenalty = 0.0;
    else if (field == QLatin1String("maxNewTokens"))
      p.maxNewTokens = 0;
    else if (field == QLatin1String("stopStrings"))
      p.stopStrings = {QStringLiteral("ok"), QString()};
    else
      p.eosTokenIds = {-3};
    const Status st = p.validate();
    QVERIFY(!st);
    QVERIFY2(st.error().contains(mustContain), qPrintable(st.error()));
  }

  void validateEdges() {
    SamplingParams p;
    p.temperature = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!p.validate());
    p = SamplingParams{};
    p.temperature = 0.0; // greedy
    p.topP = 0.0;
    p.minP = 1.0;
    QVERIFY(p.validate());
    p.topP = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!p.validate());
    p = SamplingParams{};
    p.repetitionPenalty = std::numeric_limits<double>::infinity();
    QVERIFY(!p.validate());
  }

  void fromGenerationConfigMapping() {
    GenerationConfig g;
    g.doSample = true;
    g.temperature = 0.7;
    g.topK = 40;
    g.topP = 0.95;
    g.minP = 0.05;
    g.repetitionPenalty = 1.1;
    g.maxNewTokens = 2048;
    g.eosTokenIds = {2, 7};
    const SamplingParams p = SamplingParams::fromGenerationConfig(g);
    QVERIFY(p.doSample);
    QCOMPARE(p.temperature, 0.7);
    QCOMPARE(p.topK, 40);
    QCOMPARE(p.topP, 0.95);
    QCOMPARE(p.minP, 0.05);
    QCOMPARE(p.repetitionPenalty, 1.1);
    QCOMPARE(p.maxNewTokens, 2048);
    QCOMPARE(p.eosTokenIds, (QList<int>{2, 7}));
    QCOMPARE(p.seed, quint64(0));
    QVERIFY(p.stopStrings.isEmpty());
    QVERIFY(p.isEos(7));
    SamplingParams q = p;
    q.ignoreEos = true;
    QVERIFY(!q.isEos(7));
    // No generation_config.json: greedy.
    QVERIFY(SamplingParams::fromGenerationConfig(GenerationConfig{}).isGreedy());
  }
};

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
