// Equivalence (DESIGN.md §5): every plan gives the tokens of the single-stage run and its logits
// within float tolerance; the single-stage run gives the fixture's greedy tokens and the logits of
// the single-process reference path (Qwen2VLModel, verified against the fixtures on its own).

#include "engine/computeenvironment.h"
#include "enginerunner.h"
#include "fixtures.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;
using namespace mdi::test;

namespace {
// Two float32 computations of the same thing by this code: only summation order may differ.
constexpr double kSelfTolerance = 1e-5;
constexpr int kSteps = 8;

QList<qint64> jsonIds(const QJsonValue &value) {
  QList<qint64> out;
  for (const QJsonValue &v : value.toArray())
    out << v.toInteger();
  return out;
}

// The outcomes of one plan, by case name.
using Runs = QHash<QString, RunOutcome>;
} // namespace

class TestPipeline : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    m_cases = Fixtures::caseNames();
    QCOMPARE(m_cases.size(), 10);
    QVERIFY(m_cases.contains(QStringLiteral("image_tiny_20x20_error")));
    QVERIFY(m_dir.isValid());
    m_randomDir = m_dir.filePath(QStringLiteral("random6"));
    const Status written = writeTinyRandomCheckpoint(m_randomDir, 6, 2024);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(referenceRuns(Fixtures::checkpointDir(), m_fixtureReference));
    QVERIFY(referenceRuns(m_randomDir, m_randomReference));
  }

  // The fixture's own checkpoint has 2 layers: one stage, or one layer per stage.
  void fixtureCheckpoint_data() {
    QTest::addColumn<QString>("plan");
    QTest::newRow("1 stage") << QString();
    QTest::newRow("2 stages") << QStringLiteral("0-1,1-2");
  }
  void fixtureCheckpoint() {
    QFETCH(QString, plan);
    Runs runs;
    runPlan(Fixtures::checkpointDir(), plan, 2, runs);
    if (QTest::currentTestFailed())
      return;
    compare(runs, m_fixtureReference, plan.isEmpty() ? nullptr : &m_fixtureSingle);
    if (QTest::currentTestFailed())
      return;
    // Against the fixture itself: the prompt and the greedy tokens of the Hugging Face run.
    for (const QString &name : std::as_const(m_cases)) {
      const QJsonObject c = Fixtures::caseJson(name);
      const GenerationResult &r = runs.value(name).result;
      if (!c.contains(QStringLiteral("input_ids"))) {
        // image_tiny_20x20_error: the reference refused it, this code upscales it to 56x56 (4
        // image tokens) like transformers >= 4.53.
        QCOMPARE(r.stats.imageTokens, 4);
        QCOMPARE(r.stats.images, 1);
        continue;
      }
      QCOMPARE(r.promptTokens, jsonIds(c.value(QStringLiteral("input_ids"))));
      QCOMPARE(r.tokens, jsonIds(c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids"))));
    }
    if (plan.isEmpty())
      m_fixtureSingle = runs;
  }

  // A random checkpoint of 6 layers with the same tokenizer and vision tower: 1 stage, 3 stages,
  // one stage per layer.
  void randomCheckpoint_data() {
    QTest::addColumn<QString>("plan");
    QTest::newRow("1 stage") << QString();
    QTest::newRow("3 stages") << QStringLiteral("0-2,2-4,4-6");
    QTest::newRow("6 stages") << QStringLiteral("0-1,1-2,2-3,3-4,4-5,5-6");
  }
  void randomCheckpoint() {
    QFETCH(QString, plan);
    Runs runs;
    runPlan(m_randomDir, plan, 6, runs);
    if (QTest::currentTestFailed())
      return;
    compare(runs, m_randomReference, plan.isEmpty() ? nullptr : &m_randomSingle);
    if (plan.isEmpty())
      m_randomSingle = runs;
  }

private:
  bool referenceRuns(const QString &dir, QHash<QString, ReferenceRun> &out) {
    auto model = ReferenceModel::load(dir);
    if (!model) {
      qWarning("%s", qPrintable(model.error()));
      return false;
    }
    for (const QString &name : std::as_const(m_cases)) {
      auto run = (*model)->greedy(caseRequest(name, kSteps), kSteps);
      if (!run) {
        qWarning("%s: %s", qPrintable(name), qPrintable(run.error()));
        return false;
      }
      out.insert(name, *run);
    }
    return true;
  }

  // Loads the plan, runs every case at once (so the stages interleave sessions) and checks what
  // the pipeline reports about itself.
  void runPlan(const QString &dir, const QString &plan, int layers, Runs &runs) {
    EngineRunner runner;
    auto info = runner.load(dir, plan);
    QVERIFY2(info, qPrintable(info.error()));
    const int stages = plan.isEmpty() ? 1 : int(plan.count(QLatin1Char(',')) + 1);
    QCOMPARE(info->layers, layers);
    QCOMPARE(info->stages, stages);
    QCOMPARE(info->plan, plan.isEmpty() ? QStringLiteral("0-%1").arg(layers) : plan);

    QList<GenerationRequest> requests;
    for (const QString &name : std::as_const(m_cases))
      requests.append(caseRequest(name, kSteps));
    const QList<RunOutcome> outcomes = runner.runTogether(requests);
    qint64 promptTokens = 0;
    for (int i = 0; i < m_cases.size(); ++i) {
      const RunOutcome &o = outcomes.at(i);
      QVERIFY2(o.ended, qPrintable(m_cases.at(i)));
      QVERIFY2(!o.failed, qPrintable(m_cases.at(i) + QStringLiteral(": ") + o.error));
      promptTokens += o.result.promptTokens.size();
      runs.insert(m_cases.at(i), o);
    }

    // Every stage saw every step of every session: the prompt once (perhaps in chunks), then one
    // row per decoded token; each still holds its sessions' caches (they are kept for the next turn).
    const QList<StageStats> stats = runner.engine().stageStats();
    QCOMPARE(stats.size(), stages);
    int next = 0;
    for (const StageStats &s : stats) {
      QCOMPARE(s.firstLayer, next);
      QVERIFY(s.lastLayer > s.firstLayer);
      next = s.lastLayer;
      // A prompt read in chunks (while other answers decode) is more than one forward.
      QVERIFY(s.forwards >= qint64(kSteps) * m_cases.size());
      QVERIFY(s.passes <= s.forwards);
      QCOMPARE(s.tokens, promptTokens + qint64(kSteps - 1) * m_cases.size());
      QCOMPARE(s.sessions, int(m_cases.size()));
      QVERIFY(s.cacheBytes > 0);
      QVERIFY(s.weightBytes > 0);
    }
    QCOMPARE(next, layers);
  }

  void compare(const Runs &runs, const QHash<QString, ReferenceRun> &reference, const Runs *single) {
    double worstReference = 0, worstSingle = 0;
    for (const QString &name : std::as_const(m_cases)) {
      const RunOutcome &o = runs.value(name);
      const GenerationResult &r = o.result;
      const ReferenceRun &ref = reference.value(name);
      QCOMPARE(r.finishReason, FinishReason::Length);
      QCOMPARE(r.stats.generatedTokens, kSteps);
      QCOMPARE(r.stats.cachedPrefixTokens, 0);
      QCOMPARE(r.stats.prefilledTokens, r.promptTokens.size());
      QCOMPARE(o.streamedTokens, r.tokens);
      QCOMPARE(r.promptTokens, ref.promptTokens);
      QCOMPARE(r.tokens, ref.tokens);
      QCOMPARE(int(r.logits.size()), kSteps);
      const double err = maxAbsDiff(r.logits, ref.logits);
      worstReference = std::max(worstReference, err);
      QVERIFY2(err <= kSelfTolerance, qPrintable(QStringLiteral("%1: logits vs Qwen2VLModel %2").arg(name).arg(err)));
      if (single) {
        const GenerationResult &s = single->value(name).result;
        QCOMPARE(r.tokens, s.tokens);
        const double e = maxAbsDiff(r.logits, s.logits);
        worstSingle = std::max(worstSingle, e);
        QVERIFY2(e <= kSelfTolerance, qPrintable(QStringLiteral("%1: logits vs one stage %2").arg(name).arg(e)));
      }
    }
    qInfo("logits max abs difference: %.3g vs Qwen2VLModel, %.3g vs one stage", worstReference, worstSingle);
  }

  QStringList m_cases;
  QTemporaryDir m_dir;
  QString m_randomDir;
  QHash<QString, ReferenceRun> m_fixtureReference, m_randomReference;
  Runs m_fixtureSingle, m_randomSingle;
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
