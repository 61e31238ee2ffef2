// The Engine as the UI uses it: several answers at once, stop, failures, forgetting a
// conversation, prefix reuse across turns, loading and unloading. Answers are compared with the
// same request run alone, with a fresh conversation, with the fixtures and with the
// single-process reference path (Qwen2VLModel).

#include "engine/computeenvironment.h"
#include "enginerunner.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mdi;
using namespace mdi::test;

namespace {
constexpr double kSelfTolerance = 1e-5;
constexpr int kSampledTokens = 48;
constexpr qint64 kImagePad = 151655;
constexpr int kContext = 1024; // of the random checkpoint
constexpr int kWaitMs = 120'000;
const QString kRandomPlan = QStringLiteral("0-2,2-4,4-6");

QList<qint64> jsonIds(const QJsonValue &value) {
  QList<qint64> out;
  for (const QJsonValue &v : value.toArray())
    out << v.toInteger();
  return out;
}

QList<qint64> fixtureGreedy(const QString &name) {
  return jsonIds(
      Fixtures::caseJson(name).value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids")));
}

// Sampling on: temperature 0.8, top-k 20, a seed of its own.
GenerationRequest sampled(const QString &caseName, quint64 seed, int maxTokens = kSampledTokens) {
  GenerationRequest r = caseRequest(caseName, maxTokens);
  r.sampling.doSample = true;
  r.sampling.temperature = 0.8;
  r.sampling.topK = 20;
  r.sampling.seed = seed;
  r.keepLogits = false;
  return r;
}

bool allStages(const QList<StageStats> &stats, const std::function<bool(const StageStats &)> &predicate) {
  return !stats.isEmpty() && std::all_of(stats.begin(), stats.end(), predicate);
}

QString describe(const QList<StageStats> &stats) {
  QStringList parts;
  for (const StageStats &s : stats)
    parts << QStringLiteral("%1: %2 sessions, %3 bytes, %4 forwards")
                 .arg(s.description)
                 .arg(s.sessions)
                 .arg(s.cacheBytes)
                 .arg(s.forwards);
  return parts.join(QStringLiteral("; "));
}
} // namespace

class TestEngine : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    QVERIFY(m_dir.isValid());
    m_randomDir = m_dir.filePath(QStringLiteral("random6"));
    const Status written = writeTinyRandomCheckpoint(m_randomDir, 6, 77, kContext);
    QVERIFY2(written, qPrintable(written.error()));

    m_random = std::make_unique<EngineRunner>();
    auto info = m_random->load(m_randomDir, kRandomPlan);
    QVERIFY2(info, qPrintable(info.error()));
    QCOMPARE(info->stages, 3);
    QCOMPARE(info->contextTokens, kContext);

    // Each sampled request alone, one after another.
    m_requests = {sampled(QStringLiteral("text_only"), 11), sampled(QStringLiteral("image_small_40x30"), 12),
                  sampled(QStringLiteral("two_images"), 13)};
    for (const GenerationRequest &r : std::as_const(m_requests)) {
      const RunOutcome o = m_random->run(r);
      QVERIFY2(o.ended && !o.failed, qPrintable(o.error));
      QCOMPARE(o.result.tokens.size(), kSampledTokens);
      QCOMPARE(o.result.finishReason, FinishReason::Length);
      m_alone.append(o.result);
    }
    // Sampling really samples here: another seed gives another answer.
    const RunOutcome other = m_random->run(sampled(QStringLiteral("text_only"), 999));
    QVERIFY(other.ended && !other.failed);
    QVERIFY(other.result.tokens != m_alone.at(0).tokens);

    m_fixture = std::make_unique<EngineRunner>();
    auto fixtureInfo = m_fixture->load(Fixtures::checkpointDir(), QStringLiteral("0-1,1-2"));
    QVERIFY2(fixtureInfo, qPrintable(fixtureInfo.error()));
  }

  // --- several answers at once ---

  void parallelSessionsMatchAlone() {
    const QList<RunOutcome> together = m_random->runTogether(m_requests);
    QCOMPARE(together.size(), 3);
    for (int i = 0; i < 3; ++i) {
      const RunOutcome &o = together.at(i);
      QVERIFY2(o.ended && !o.failed, qPrintable(o.error));
      QCOMPARE(o.result.tokens, m_alone.at(i).tokens);
      QCOMPARE(o.result.text, m_alone.at(i).text);
      QCOMPARE(o.streamedTokens, o.result.tokens);
      QCOMPARE(o.streamedText, o.result.text);
      QCOMPARE(o.result.finishReason, FinishReason::Length);
    }
  }

  // Stop one of three answers the moment its first token is out: it ends as stopped within a
  // step, and the other two are untouched.
  void stopOneOfThree() {
    Engine &engine = m_random->engine();
    QList<quint64> ids;
    QList<qint64> seenAtStop;
    QObject context;
    // Blocking: the coordinator waits while this slot runs, so "as soon as the first token
    // arrives" is exact however busy the machine is.
    connect(
        &engine, &Engine::tokenGenerated, &context,
        [&](quint64 id, qint64 token, const QString &) {
          if (ids.size() == 3 && id == ids.at(1) && seenAtStop.isEmpty()) {
            seenAtStop.append(token);
            engine.stop(id);
          }
        },
        Qt::BlockingQueuedConnection);
    for (const GenerationRequest &r : std::as_const(m_requests))
      ids.append(m_random->start(r));
    const bool ended = m_random->wait(ids);
    QObject::disconnect(&engine, nullptr, &context, nullptr);
    QVERIFY(ended);
    QCOMPARE(seenAtStop.size(), 1);

    const RunOutcome &stopped = m_random->outcome(ids.at(1));
    QVERIFY2(!stopped.failed, qPrintable(stopped.error));
    QCOMPARE(stopped.result.finishReason, FinishReason::Stopped);
    QVERIFY2(stopped.result.tokens.size() >= 1 && stopped.result.tokens.size() <= 3,
             qPrintable(QString::number(stopped.result.tokens.size())));
    QCOMPARE(stopped.result.tokens, m_alone.at(1).tokens.mid(0, stopped.result.tokens.size()));
    QCOMPARE(stopped.result.stats.generatedTokens, stopped.result.tokens.size());
    QCOMPARE(stopped.streamedTokens, stopped.result.tokens);
    for (int i : {0, 2}) {
      const RunOutcome &o = m_random->outcome(ids.at(i));
      QVERIFY2(!o.failed, qPrintable(o.error));
      QCOMPARE(o.result.finishReason, FinishReason::Length);
      QCOMPARE(o.result.tokens, m_alone.at(i).tokens);
    }
    // A stopped conversation answers again.
    const RunOutcome again = m_random->run(m_requests.at(1));
    QVERIFY2(again.ended && !again.failed, qPrintable(again.error));
    QCOMPARE(again.result.tokens, m_alone.at(1).tokens);
  }

  // Requests that cannot run fail with a message that says why; an answer running meanwhile
  // finishes as if alone, and the failed conversations can be used again.
  void failuresEndOnlyTheirSession() {
    GenerationRequest missing = textRequest(QStringLiteral("What is in it?"), {QStringLiteral("no_such_image.png")});
    GenerationRequest tooLong = textRequest(QStringLiteral("word ").repeated(kContext + 200));
    const quint64 running = m_random->start(m_requests.at(2));
    const quint64 missingId = m_random->start(missing);
    const quint64 tooLongId = m_random->start(tooLong);
    QVERIFY(m_random->wait({running, missingId, tooLongId}));

    const RunOutcome &a = m_random->outcome(missingId);
    QVERIFY(a.failed);
    QVERIFY2(a.error.contains(QStringLiteral("no_such_image.png")), qPrintable(a.error));
    const RunOutcome &b = m_random->outcome(tooLongId);
    QVERIFY(b.failed);
    QVERIFY2(b.error.contains(QString::number(kContext)), qPrintable(b.error));
    const RunOutcome &ok = m_random->outcome(running);
    QVERIFY2(!ok.failed, qPrintable(ok.error));
    QCOMPARE(ok.result.tokens, m_alone.at(2).tokens);

    for (quint64 id : {missingId, tooLongId}) {
      const RunOutcome retry = m_random->run(m_requests.at(0), id);
      QVERIFY2(retry.ended && !retry.failed, qPrintable(retry.error));
      QCOMPARE(retry.result.tokens, m_alone.at(0).tokens);
    }
  }

  // A second request in a conversation that is still answering is refused (the first goes on).
  void busyConversationIsRefused() {
    Engine &engine = m_random->engine();
    QSignalSpy failed(&engine, &Engine::generationFailed);
    QSignalSpy finished(&engine, &Engine::generationFinished);
    const quint64 id = m_random->start(m_requests.at(0));
    engine.generate(m_requests.at(1), id);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    // The runner saw the refusal as the end of `id`; the first answer still finishes.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
    QCOMPARE(finished.at(0).at(1).value<GenerationResult>().tokens, m_alone.at(0).tokens);
  }

  // --- forgetting conversations ---

  void forgetFreesCachesOnEveryStage() {
    EngineRunner runner;
    auto info = runner.load(m_randomDir, kRandomPlan);
    QVERIFY2(info, qPrintable(info.error()));
    Engine &engine = runner.engine();
    QVERIFY(allStages(engine.stageStats(), [](const StageStats &s) { return s.sessions == 0 && s.cacheBytes == 0; }));

    const RunOutcome a = runner.run(m_requests.at(1));
    const RunOutcome b = runner.run(m_requests.at(2));
    QVERIFY(a.ended && !a.failed && b.ended && !b.failed);
    const QList<StageStats> both = engine.stageStats();
    QVERIFY2(allStages(both, [](const StageStats &s) { return s.sessions == 2 && s.cacheBytes > 0; }),
             qPrintable(describe(both)));

    engine.forgetConversation(a.conversation);
    QTRY_VERIFY2_WITH_TIMEOUT(allStages(engine.stageStats(), [](const StageStats &s) { return s.sessions == 1; }),
                              qPrintable(describe(engine.stageStats())), kWaitMs);
    const QList<StageStats> one = engine.stageStats();
    for (int i = 0; i < one.size(); ++i)
      QVERIFY(one[i].cacheBytes > 0 && one[i].cacheBytes < both[i].cacheBytes);

    engine.forgetConversation(b.conversation);
    QTRY_VERIFY2_WITH_TIMEOUT(
        allStages(engine.stageStats(), [](const StageStats &s) { return s.sessions == 0 && s.cacheBytes == 0; }),
        qPrintable(describe(engine.stageStats())), kWaitMs);

    // A forgotten conversation starts over (nothing reused) and answers as before.
    const RunOutcome again = runner.run(m_requests.at(1), a.conversation);
    QVERIFY2(again.ended && !again.failed, qPrintable(again.error));
    QCOMPARE(again.result.stats.cachedPrefixTokens, 0);
    QCOMPARE(again.result.tokens, m_alone.at(1).tokens);
    engine.forgetConversation(a.conversation);
    engine.forgetConversation(12345); // unknown: nothing happens
  }

  // Forgetting a conversation while its forward is in flight through the stages (right after
  // generate: the prefill; after the first token: a decode step) frees its caches everywhere.
  void forgetWhileInFlight() {
    EngineRunner runner;
    auto info = runner.load(m_randomDir, kRandomPlan);
    QVERIFY2(info, qPrintable(info.error()));
    Engine &engine = runner.engine();

    // Forgotten while its prompt is prepared (its image read) or prefilled: the answer ends as a
    // failure that says so, and whatever reached the stages is freed by the drop behind it.
    const quint64 prefill = runner.start(sampled(QStringLiteral("image_photo_300x500"), 5, 500));
    engine.forgetConversation(prefill);
    QTRY_VERIFY_WITH_TIMEOUT(runner.outcome(prefill).ended, kWaitMs);
    QVERIFY(runner.outcome(prefill).failed);
    QTRY_VERIFY2_WITH_TIMEOUT(
        allStages(engine.stageStats(), [](const StageStats &s) { return s.sessions == 0 && s.cacheBytes == 0; }),
        qPrintable(describe(engine.stageStats())), kWaitMs);

    const quint64 decoding = runner.start(sampled(QStringLiteral("two_images"), 6, 500));
    QTRY_VERIFY_WITH_TIMEOUT(runner.outcome(decoding).streamedTokens.size() >= 1, kWaitMs);
    engine.forgetConversation(decoding);
    QTRY_VERIFY2_WITH_TIMEOUT(
        allStages(engine.stageStats(), [](const StageStats &s) { return s.sessions == 0 && s.cacheBytes == 0; }),
        qPrintable(describe(engine.stageStats())), kWaitMs);

    // The engine goes on answering normally.
    const RunOutcome after = runner.run(m_requests.at(0));
    QVERIFY2(after.ended && !after.failed, qPrintable(after.error));
    QCOMPARE(after.result.tokens, m_alone.at(0).tokens);
  }

  // Forget a conversation while its prefill is in flight and start it over at once (what an
  // edit-and-resend may do): the new request's answer is its own, not built on the stale step.
  void forgetAndRestartAtOnce() {
    Engine &engine = m_random->engine();
    GenerationRequest big = caseRequest(QStringLiteral("image_photo_300x500"), 4);
    GenerationRequest small = caseRequest(QStringLiteral("text_only"), 8);
    const RunOutcome alone = m_random->run(small);
    QVERIFY2(alone.ended && !alone.failed, qPrintable(alone.error));
    for (int round = 0; round < 3; ++round) {
      const quint64 id = m_random->start(big);
      engine.forgetConversation(id);
      // The forgotten answer ends (as a failure that says so) before the conversation restarts.
      QTRY_VERIFY_WITH_TIMEOUT(m_random->outcome(id).ended, kWaitMs);
      QVERIFY(m_random->outcome(id).failed);
      QVERIFY2(m_random->outcome(id).error.contains(QStringLiteral("closed")), qPrintable(m_random->outcome(id).error));
      const RunOutcome again = m_random->run(small, id);
      QVERIFY2(again.ended && !again.failed, qPrintable(again.error));
      QCOMPARE(again.result.stats.cachedPrefixTokens, 0);
      QCOMPARE(again.result.tokens, alone.result.tokens);
      QVERIFY(maxAbsDiff(again.result.logits, alone.result.logits) <= kSelfTolerance);
      engine.forgetConversation(id);
    }
  }

  // A prompt that fits leaves only the rest of the context for the answer.
  void answerEndsAtTheContext() {
    const RunOutcome probe = m_random->run(textRequest(QStringLiteral("word ").repeated(kContext - 40), {}, 1));
    QVERIFY2(probe.ended && !probe.failed, qPrintable(probe.error));
    const qint64 prompt = probe.result.promptTokens.size();
    QVERIFY(prompt < kContext && prompt > kContext - 60);
    const RunOutcome o = m_random->run(textRequest(QStringLiteral("word ").repeated(kContext - 40), {}, 200));
    QVERIFY2(o.ended && !o.failed, qPrintable(o.error));
    QCOMPARE(o.result.finishReason, FinishReason::Length);
    QCOMPARE(o.result.tokens.size(), kContext - prompt);
    m_random->engine().forgetConversation(probe.conversation);
    m_random->engine().forgetConversation(o.conversation);
  }

  // --- conversations across turns (fixture checkpoint, 2 stages) ---

  // multi_turn_image_first: the first turn, then the whole conversation in the same id. The
  // second request reuses what the first left in the caches (its prompt with the image, and the
  // generated tokens as far as they agree with the assistant message) and answers exactly as a
  // fresh conversation and the fixture do.
  void continuationReusesThePrefix() {
    const QString name = QStringLiteral("multi_turn_image_first");
    GenerationRequest first = caseRequest(name);
    first.messages = first.messages.mid(0, 1);
    const GenerationRequest full = caseRequest(name);

    const RunOutcome r1 = m_fixture->run(first);
    QVERIFY2(r1.ended && !r1.failed, qPrintable(r1.error));
    QCOMPARE(r1.result.stats.cachedPrefixTokens, 0);
    const RunOutcome r2 = m_fixture->run(full, r1.conversation);
    QVERIFY2(r2.ended && !r2.failed, qPrintable(r2.error));
    const RunOutcome fresh = m_fixture->run(full);
    QVERIFY2(fresh.ended && !fresh.failed, qPrintable(fresh.error));
    QVERIFY(fresh.conversation != r1.conversation);
    QCOMPARE(fresh.result.stats.cachedPrefixTokens, 0);

    const QList<qint64> prompt = jsonIds(Fixtures::caseJson(name).value(QStringLiteral("input_ids")));
    QCOMPARE(r2.result.promptTokens, prompt);
    // What the caches held: the first prompt and all generated tokens but the last (never fed).
    const QList<qint64> cached = r1.result.promptTokens + r1.result.tokens.mid(0, r1.result.tokens.size() - 1);
    const qint64 reuse = commonPrefix(cached, prompt);
    QVERIFY(reuse >= r1.result.promptTokens.size());
    QVERIFY(reuse > prompt.lastIndexOf(kImagePad)); // the image is reused
    QCOMPARE(r2.result.stats.cachedPrefixTokens, reuse);
    QCOMPARE(r2.result.stats.prefilledTokens, prompt.size() - reuse);

    QCOMPARE(r2.result.tokens, fixtureGreedy(name));
    QCOMPARE(r2.result.tokens, fresh.result.tokens);
    QVERIFY(maxAbsDiff(r2.result.logits, fresh.result.logits) <= kSelfTolerance);

    // Regenerate: the same messages again reuse all but the last prompt token.
    const RunOutcome r3 = m_fixture->run(full, r1.conversation);
    QVERIFY2(r3.ended && !r3.failed, qPrintable(r3.error));
    QCOMPARE(r3.result.stats.cachedPrefixTokens, prompt.size() - 1);
    QCOMPARE(r3.result.stats.prefilledTokens, 1);
    QCOMPARE(r3.result.tokens, fresh.result.tokens);
    QVERIFY(maxAbsDiff(r3.result.logits, fresh.result.logits) <= kSelfTolerance);
    m_fixture->engine().forgetConversation(r1.conversation);
    m_fixture->engine().forgetConversation(fresh.conversation);
  }

  // Editing a message reuses exactly the tokens before the edit: after the image (the image is
  // kept), or before it (the image runs again).
  void editReusesUpToTheEdit_data() {
    QTest::addColumn<bool>("beforeImage");
    QTest::newRow("edit after the image") << false;
    QTest::newRow("edit before the image") << true;
  }
  void editReusesUpToTheEdit() {
    QFETCH(bool, beforeImage);
    const QString name = QStringLiteral("multi_turn_image_first");
    const GenerationRequest original = caseRequest(name);
    GenerationRequest edited = original;
    if (beforeImage)
      edited.messages.prepend({QStringLiteral("system"), {ChatPart::makeText(QStringLiteral("Be brief."))}});
    else
      edited.messages[0].parts[1].text = QStringLiteral("What is that?");

    const RunOutcome r1 = m_fixture->run(original);
    QVERIFY2(r1.ended && !r1.failed, qPrintable(r1.error));
    const RunOutcome r2 = m_fixture->run(edited, r1.conversation);
    QVERIFY2(r2.ended && !r2.failed, qPrintable(r2.error));
    const RunOutcome fresh = m_fixture->run(edited);
    QVERIFY2(fresh.ended && !fresh.failed, qPrintable(fresh.error));

    const qint64 edit = commonPrefix(r1.result.promptTokens, r2.result.promptTokens);
    QVERIFY(edit > 0 && edit < r2.result.promptTokens.size() - 1);
    const qint64 firstPad = r1.result.promptTokens.indexOf(kImagePad);
    const qint64 lastPad = r1.result.promptTokens.lastIndexOf(kImagePad);
    QCOMPARE(edit < firstPad, beforeImage);
    if (!beforeImage)
      QVERIFY(edit > lastPad);
    QCOMPARE(r2.result.stats.cachedPrefixTokens, edit);
    QCOMPARE(r2.result.promptTokens, fresh.result.promptTokens);
    QCOMPARE(r2.result.tokens, fresh.result.tokens);
    QVERIFY(maxAbsDiff(r2.result.logits, fresh.result.logits) <= kSelfTolerance);
    m_fixture->engine().forgetConversation(r1.conversation);
    m_fixture->engine().forgetConversation(fresh.conversation);
  }

  // Another picture of the same size gives the same token ids; its pixels differ, so nothing
  // from the image on may be reused.
  void replacedImageIsNotReused() {
    GenerationRequest gradient =
        textRequest(QStringLiteral("Describe this image."), {QStringLiteral("gradient_224x224.png")});
    GenerationRequest noise =
        textRequest(QStringLiteral("Describe this image."), {QStringLiteral("noise_224x224.png")});
    const RunOutcome r1 = m_fixture->run(gradient);
    QVERIFY2(r1.ended && !r1.failed, qPrintable(r1.error));
    const RunOutcome r2 = m_fixture->run(noise, r1.conversation);
    QVERIFY2(r2.ended && !r2.failed, qPrintable(r2.error));
    const RunOutcome fresh = m_fixture->run(noise);
    QVERIFY2(fresh.ended && !fresh.failed, qPrintable(fresh.error));

    QCOMPARE(r2.result.promptTokens, r1.result.promptTokens); // same ids...
    const qint64 firstPad = r2.result.promptTokens.indexOf(kImagePad);
    QVERIFY(firstPad > 0);
    QCOMPARE(r2.result.stats.cachedPrefixTokens, firstPad); // ...but the image runs again
    QCOMPARE(r2.result.tokens, fresh.result.tokens);
    QVERIFY(maxAbsDiff(r2.result.logits, fresh.result.logits) <= kSelfTolerance);
    // The answer about the gradient is not the answer about the noise.
    QVERIFY(maxAbsDiff(r1.result.logits, fresh.result.logits) > 1e-3);

    // The same picture again is reused (all but the last prompt token).
    const RunOutcome r3 = m_fixture->run(noise, r1.conversation);
    QVERIFY(r3.ended && !r3.failed);
    QCOMPARE(r3.result.stats.cachedPrefixTokens, r3.result.promptTokens.size() - 1);
    QCOMPARE(r3.result.tokens, fresh.result.tokens);
    m_fixture->engine().forgetConversation(r1.conversation);
    m_fixture->engine().forgetConversation(fresh.conversation);
  }

  // --- loading and unloading ---

  void loadMissingFolder() {
    EngineRunner runner;
    QSignalSpy states(&runner.engine(), &Engine::stateChanged);
    const QString dir = m_dir.filePath(QStringLiteral("no-such-model"));
    auto info = runner.load(dir);
    QVERIFY(!info);
    QVERIFY2(info.error().contains(QStringLiteral("no-such-model")), qPrintable(info.error()));
    QCOMPARE(runner.engine().state(), Engine::State::Unloaded);
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.first().at(0).value<Engine::State>(), Engine::State::Loading);
    QCOMPARE(states.last().at(0).value<Engine::State>(), Engine::State::Unloaded);
    QVERIFY(runner.engine().stageStats().isEmpty());
  }

  // A local load reports reading the coordinator's parts, then building each stage in plan
  // order; nothing arrives after modelLoaded.
  void loadReportsEachLocalStage() {
    EngineRunner runner;
    QList<LoadProgress> seen;
    bool loaded = false;
    bool afterLoaded = false;
    connect(&runner.engine(), &Engine::loadProgress, this, [&](const LoadProgress &p) {
      afterLoaded = afterLoaded || loaded;
      seen.append(p);
    });
    connect(&runner.engine(), &Engine::modelLoaded, this, [&] { loaded = true; });
    auto info = runner.load(Fixtures::checkpointDir(), QStringLiteral("0-1,1-2"));
    QVERIFY2(info, qPrintable(info.error()));
    QCoreApplication::processEvents();
    QVERIFY(!afterLoaded);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first().phase, LoadProgress::Phase::Reading);
    QVERIFY(!seen.first().text().isEmpty());
    QList<int> built;
    for (const LoadProgress &p : std::as_const(seen)) {
      QVERIFY(!p.isRemote());
      QVERIFY(p.phase == LoadProgress::Phase::Reading || p.phase == LoadProgress::Phase::Building);
      if (p.phase != LoadProgress::Phase::Building)
        continue;
      built.append(p.stage);
      QCOMPARE(p.stages, 2);
      QCOMPARE(p.firstLayer, p.stage);
      QCOMPARE(p.lastLayer, p.stage + 1);
      QVERIFY2(p.text().contains(QStringLiteral("stage %1 of 2").arg(p.stage + 1)), qPrintable(p.text()));
    }
    QCOMPARE(built, QList<int>({0, 1}));
  }

  void generateWithoutModel() {
    EngineRunner runner;
    const RunOutcome o = runner.run(textRequest(QStringLiteral("Hello")));
    QVERIFY(o.ended);
    QVERIFY(o.failed);
    QVERIFY(!o.error.isEmpty());
    QVERIFY(o.conversation != 0);
  }

  // Unloading hands the pipeline to another thread to be destroyed (the caller never joins its
  // threads), and a load started at once waits for that before it loads its own.
  void unloadHandsThePipelineOver() {
    EngineRunner runner;
    QVERIFY(runner.load(m_randomDir, kRandomPlan));
    std::atomic<int> sequence{0};
    std::atomic<int> releasedAt{-1};
    std::atomic<QThread *> releasedOn{nullptr};
    int loadedAt = -1;
    const QMetaObject::Connection released = connect(
        &runner.engine(), &Engine::pipelineReleased, &runner.engine(),
        [&] {
          releasedOn = QThread::currentThread();
          releasedAt = sequence++;
        },
        Qt::DirectConnection);
    const QMetaObject::Connection loaded =
        connect(&runner.engine(), &Engine::modelLoaded, &runner.engine(), [&] { loadedAt = sequence++; });
    runner.engine().unloadModel();
    QCOMPARE(runner.engine().state(), Engine::State::Unloaded);
    auto info = runner.load(m_randomDir, kRandomPlan);
    QVERIFY2(info, qPrintable(info.error()));
    QTRY_VERIFY(releasedAt >= 0);
    QVERIFY(releasedOn.load() != QThread::currentThread());
    QVERIFY2(releasedAt < loadedAt, qPrintable(QStringLiteral("released %1, loaded %2").arg(releasedAt).arg(loadedAt)));
    disconnect(released);
    disconnect(loaded);
    const RunOutcome o = runner.run(m_requests.at(0));
    QVERIFY2(o.ended && !o.failed, qPrintable(o.error));
    QCOMPARE(o.result.tokens, m_alone.at(0).tokens);
  }

  // Unloading (or destroying the engine) while answers are in flight on every stage neither
  // crashes nor hangs; the engine then loads and answers again.
  void unloadDuringGeneration() {
    EngineRunner runner;
    for (int round = 0; round < 4; ++round) {
      auto info = runner.load(m_randomDir, kRandomPlan);
      QVERIFY2(info, qPrintable(info.error()));
      QList<quint64> ids;
      for (int i = 0; i < 3; ++i)
        ids.append(runner.start(sampled(QStringLiteral("two_images"), quint64(100 + i), 800)));
      QTRY_VERIFY_WITH_TIMEOUT(runner.outcome(ids.at(round % 3)).streamedTokens.size() > round, kWaitMs);
      runner.engine().unloadModel();
      QCOMPARE(runner.engine().state(), Engine::State::Unloaded);
      QVERIFY(runner.engine().stageStats().isEmpty());
      QCOMPARE(runner.engine().modelInfo().layers, 0);
    }
    // Signals already queued may still arrive; nothing else does, and the engine is usable.
    const RunOutcome none = runner.run(textRequest(QStringLiteral("Hello")));
    QVERIFY(none.failed);
    auto info = runner.load(m_randomDir, kRandomPlan);
    QVERIFY2(info, qPrintable(info.error()));
    const RunOutcome o = runner.run(m_requests.at(0));
    QVERIFY2(o.ended && !o.failed, qPrintable(o.error));
    QCOMPARE(o.result.tokens, m_alone.at(0).tokens);

    for (int round = 0; round < 2; ++round) {
      auto doomed = std::make_unique<EngineRunner>();
      QVERIFY(doomed->load(m_randomDir, kRandomPlan));
      const quint64 id = doomed->start(sampled(QStringLiteral("two_images"), 7, 800));
      doomed->start(sampled(QStringLiteral("text_only"), 8, 800));
      QTRY_VERIFY_WITH_TIMEOUT(doomed->outcome(id).streamedTokens.size() > round, kWaitMs);
      doomed.reset();
    }
  }

  // A second load replaces the first model, also when it starts before the first has finished.
  void secondModelReplacesFirst() {
    auto reference = ReferenceModel::load(m_randomDir);
    QVERIFY2(reference, qPrintable(reference.error()));
    const GenerationRequest request = caseRequest(QStringLiteral("text_only"));
    auto expected = (*reference)->greedy(request, 8);
    QVERIFY2(expected, qPrintable(expected.error()));

    EngineRunner runner;
    auto first = runner.load(Fixtures::checkpointDir());
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->layers, 2);
    const RunOutcome a = runner.run(request);
    QVERIFY(a.ended && !a.failed);
    QCOMPARE(a.result.tokens, fixtureGreedy(QStringLiteral("text_only")));

    auto second = runner.load(m_randomDir, kRandomPlan);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->layers, 6);
    QCOMPARE(second->stages, 3);
    QCOMPARE(second->directory, m_randomDir);
    QCOMPARE(runner.engine().modelInfo().layers, 6);
    QCOMPARE(runner.engine().stageStats().size(), 3);
    const RunOutcome b = runner.run(request);
    QVERIFY(b.ended && !b.failed);
    QCOMPARE(b.result.tokens, expected->tokens);
    QVERIFY(maxAbsDiff(b.result.logits, expected->logits) <= kSelfTolerance);

    // Back to back: the first load is superseded before it finishes; only the second counts.
    QSignalSpy loaded(&runner.engine(), &Engine::modelLoaded);
    runner.engine().loadModel(*EngineRunner::loadOptions(Fixtures::checkpointDir()));
    auto third = runner.load(m_randomDir, QStringLiteral("0-3,3-6"));
    QVERIFY2(third, qPrintable(third.error()));
    QCOMPARE(third->stages, 2);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(runner.engine().stageStats().size(), 2);
    const RunOutcome c = runner.run(request);
    QVERIFY(c.ended && !c.failed);
    QCOMPARE(c.result.tokens, expected->tokens);
  }

  void cleanupTestCase() {
    m_fixture.reset();
    m_random.reset();
  }

private:
  QTemporaryDir m_dir;
  QString m_randomDir;
  std::unique_ptr<EngineRunner> m_random;  // random 6 layers, 3 stages
  std::unique_ptr<EngineRunner> m_fixture; // fixture, 2 stages
  QList<GenerationRequest> m_requests;     // three sampled requests
  QList<GenerationResult> m_alone;         // their answers, each run alone
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
