// Batched decoding changes no answer (issue 15): every fixture case run in a batch of 2, 3 or 8
// answers gives the tokens of running it alone and its logits within float tolerance, in one
// stage and in two; sampled answers equal their runs alone for the same seed; a stop or a
// forget of one answer in a batch leaves the others as they would have been.

#include "engine/computeenvironment.h"
#include "engine/pipeline.h"
#include "engine/plan.h"
#include "enginerunner.h"
#include "fixtures.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace mdi;
using namespace mdi::test;

namespace {
// Two float32 computations of the same thing by this code: only summation order may differ
// (a product over k rows may block its sums differently from one over a single row).
constexpr double kSelfTolerance = 1e-5;
constexpr int kSteps = 8;

GenerationRequest sampledRequest(const QString &name, quint64 seed, int maxTokens) {
  GenerationRequest request = caseRequest(name, maxTokens);
  request.sampling.temperature = 0.9;
  request.sampling.topK = 40;
  request.sampling.topP = 0.95;
  request.sampling.seed = seed;
  request.sampling.ignoreEos = true;
  return request;
}
} // namespace

class TestBatching : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    m_cases = Fixtures::caseNames();
    QVERIFY(m_cases.size() >= 8);
  }

  // Each case alone, one answer at a time: what the batches must equal.
  void alone() {
    EngineRunner runner;
    auto info = runner.load(Fixtures::checkpointDir());
    QVERIFY2(info, qPrintable(info.error()));
    for (const QString &name : std::as_const(m_cases)) {
      const RunOutcome o = runner.run(caseRequest(name, kSteps));
      QVERIFY2(o.ended && !o.failed, qPrintable(name + QStringLiteral(": ") + o.error));
      QCOMPARE(int(o.result.logits.size()), kSteps);
      m_alone.insert(name, o.result);
    }
  }

  void batched_data() {
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("together");
    for (const int k : {1, 2, 3, 8}) {
      QTest::addRow("1 stage, %d at once", k) << QString() << k;
      QTest::addRow("2 stages, %d at once", k) << QStringLiteral("0-1,1-2") << k;
    }
  }
  void batched() {
    QFETCH(QString, plan);
    QFETCH(int, together);
    QVERIFY(!m_alone.isEmpty());
    EngineRunner runner;
    auto info = runner.load(Fixtures::checkpointDir(), plan);
    QVERIFY2(info, qPrintable(info.error()));
    double worst = 0;
    for (qsizetype first = 0; first < m_cases.size(); first += together) {
      const QStringList group = m_cases.mid(first, together);
      QList<GenerationRequest> requests;
      for (const QString &name : group)
        requests.append(caseRequest(name, kSteps));
      const QList<RunOutcome> outcomes = runner.runTogether(requests);
      for (qsizetype i = 0; i < group.size(); ++i) {
        const RunOutcome &o = outcomes.at(i);
        const GenerationResult &alone = m_alone.value(group.at(i));
        QVERIFY2(o.ended && !o.failed, qPrintable(group.at(i) + QStringLiteral(": ") + o.error));
        QCOMPARE(o.result.tokens, alone.tokens);
        QCOMPARE(o.streamedTokens, alone.tokens);
        QCOMPARE(o.result.text, alone.text);
        QCOMPARE(int(o.result.logits.size()), kSteps);
        const double err = maxAbsDiff(o.result.logits, alone.logits);
        worst = std::max(worst, err);
        QVERIFY2(err <= kSelfTolerance,
                 qPrintable(QStringLiteral("%1: logits %2 from alone").arg(group.at(i)).arg(err)));
      }
    }
    qInfo("logits max abs difference from alone: %.3g", worst);
    // The steps really went through in batches: fewer passes than steps once more answers ran at
    // once than there are stages (up to that, each stage works on its own answer).
    const QList<StageStats> stats = runner.engine().stageStats();
    QVERIFY(!stats.isEmpty());
    for (const StageStats &s : stats) {
      QCOMPARE(s.forwards, qint64(kSteps) * m_cases.size());
      if (together == 1)
        QCOMPARE(s.passes, s.forwards);
      else if (together > stats.size())
        QVERIFY2(s.passes < s.forwards,
                 qPrintable(QStringLiteral("%1 passes for %2 steps").arg(s.passes).arg(s.forwards)));
    }
  }

  // With one answer per pass (--max-batch 1) every step travels alone and nothing changes.
  void maxBatchOne() {
    auto options = EngineRunner::loadOptions(Fixtures::checkpointDir());
    QVERIFY2(options, qPrintable(options.error()));
    options->maxBatch = 1;
    EngineRunner runner;
    auto info = runner.load(*options);
    QVERIFY2(info, qPrintable(info.error()));
    QList<GenerationRequest> requests;
    for (const QString &name : m_cases.mid(0, 4))
      requests.append(caseRequest(name, kSteps));
    const QList<RunOutcome> outcomes = runner.runTogether(requests);
    for (int i = 0; i < 4; ++i) {
      QVERIFY(outcomes.at(i).ended && !outcomes.at(i).failed);
      QCOMPARE(outcomes.at(i).result.tokens, m_alone.value(m_cases.at(i)).tokens);
    }
    const StageStats s = runner.engine().stageStats().value(0);
    QCOMPARE(s.passes, s.forwards);
  }

  // Sampling: each answer has its own generator, so batching changes no sampled token.
  void sampledEqualsAlone() {
    EngineRunner runner;
    auto info = runner.load(Fixtures::checkpointDir());
    QVERIFY2(info, qPrintable(info.error()));
    const int steps = 16;
    QList<GenerationRequest> requests;
    QList<QList<qint64>> alone;
    for (int i = 0; i < 4; ++i) {
      requests.append(sampledRequest(m_cases.at(i), 1000 + i, steps));
      const RunOutcome o = runner.run(requests.last());
      QVERIFY(o.ended && !o.failed);
      QCOMPARE(o.result.tokens.size(), steps);
      alone.append(o.result.tokens);
    }
    const QList<RunOutcome> together = runner.runTogether(requests);
    for (int i = 0; i < 4; ++i) {
      QVERIFY(together.at(i).ended && !together.at(i).failed);
      QCOMPARE(together.at(i).result.tokens, alone.at(i));
    }
    QVERIFY(runner.engine().stageStats().value(0).passes < runner.engine().stageStats().value(0).forwards);
  }

  // Stopping one answer of a batch, or forgetting its conversation, ends that one at once and
  // leaves the others' tokens as they are alone.
  void stopOrForgetOneOfABatch_data() {
    QTest::addColumn<bool>("forget");
    QTest::newRow("stop") << false;
    QTest::newRow("forget") << true;
  }
  void stopOrForgetOneOfABatch() {
    QFETCH(bool, forget);
    EngineRunner runner;
    auto info = runner.load(Fixtures::checkpointDir());
    QVERIFY2(info, qPrintable(info.error()));
    const int steps = 48;
    QList<GenerationRequest> requests;
    QList<QList<qint64>> alone;
    for (int i = 0; i < 3; ++i) {
      GenerationRequest request = caseRequest(m_cases.at(i), steps);
      request.sampling.ignoreEos = true;
      requests.append(request);
      const RunOutcome o = runner.run(request);
      QVERIFY(o.ended && !o.failed);
      alone.append(o.result.tokens);
    }
    Engine &engine = runner.engine();
    QList<quint64> ids;
    for (const GenerationRequest &request : std::as_const(requests))
      ids.append(runner.start(request));
    // Once the middle answer has streamed a few tokens, end it.
    QSignalSpy tokens(&engine, &Engine::tokenGenerated);
    const quint64 victim = ids.at(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          int seen = 0;
          for (const QList<QVariant> &args : std::as_const(tokens))
            seen += args.at(0).toULongLong() == victim ? 1 : 0;
          return seen >= 3;
        }(),
        kRunTimeoutMs);
    if (forget)
      engine.forgetConversation(victim);
    else
      engine.stop(victim);
    QVERIFY(runner.wait(ids));
    for (int i = 0; i < 3; ++i) {
      const RunOutcome &o = runner.outcome(ids.at(i));
      QVERIFY(o.ended);
      if (i == 1) {
        QCOMPARE(o.failed, forget);
        if (!forget) {
          QCOMPARE(o.result.finishReason, FinishReason::Stopped);
          QVERIFY(o.result.tokens.size() < steps);
          // What it gave is the start of its answer alone.
          QCOMPARE(o.result.tokens, alone.at(1).mid(0, o.result.tokens.size()));
        }
        continue;
      }
      QVERIFY2(!o.failed, qPrintable(o.error));
      QCOMPARE(o.result.tokens, alone.at(i));
    }
    // The stopped conversation answers again, from where it was, with the tokens of a fresh run.
    if (!forget) {
      const RunOutcome again = runner.run(requests.at(1), victim);
      QVERIFY2(again.ended && !again.failed, qPrintable(again.error));
      QCOMPARE(again.result.tokens, alone.at(1));
    }
  }

  // A stop while the prompt is still being prepared (its image read by the vision tower) ends
  // the answer with nothing generated, and the conversation answers normally afterwards.
  void stopWhilePreparing() {
    EngineRunner runner;
    auto info = runner.load(Fixtures::checkpointDir());
    QVERIFY2(info, qPrintable(info.error()));
    QString imageCase;
    for (const QString &name : std::as_const(m_cases))
      if (caseRequest(name).messages.value(0).parts.size() > 1 && imageCase.isEmpty() &&
          !name.endsWith(QLatin1String("_error")))
        imageCase = name;
    QVERIFY(!imageCase.isEmpty());
    const GenerationRequest request = caseRequest(imageCase, kSteps);
    const quint64 id = runner.start(request);
    runner.engine().stop(id);
    QVERIFY(runner.wait({id}));
    const RunOutcome &stopped = runner.outcome(id);
    QVERIFY(stopped.ended);
    if (!stopped.failed) {
      QCOMPARE(stopped.result.finishReason, FinishReason::Stopped);
      QVERIFY(stopped.result.tokens.size() < kSteps);
    }
    const RunOutcome again = runner.run(request, id);
    QVERIFY2(again.ended && !again.failed, qPrintable(again.error));
    QCOMPARE(again.result.tokens, m_alone.value(imageCase).tokens);
  }

  // A load given up (the model unloaded or another chosen meanwhile) ends at the next tensor
  // with a message that says so, instead of finishing for nothing.
  void cancelledLoadGivesUp() {
    Pipeline::Options options;
    options.compute.dtype = ComputeDtype::F32;
    options.cancel = std::make_shared<std::atomic<bool>>(true);
    auto plan = Plan::parse(QStringLiteral("0-2"), 2);
    QVERIFY2(plan, qPrintable(plan.error()));
    auto pipeline = Pipeline::load(Fixtures::checkpointDir(), *plan, options, {});
    QVERIFY(!pipeline);
    QVERIFY2(pipeline.error().contains(QStringLiteral("cancelled")), qPrintable(pipeline.error()));
    // The same load without the flag succeeds.
    options.cancel->store(false);
    auto loaded = Pipeline::load(Fixtures::checkpointDir(), *plan, options, {});
    QVERIFY2(loaded, qPrintable(loaded.error()));
  }

private:
  QStringList m_cases;
  QHash<QString, GenerationResult> m_alone;
};

QTEST_GUILESS_MAIN(TestBatching)
#include "tst_batching.moc"
