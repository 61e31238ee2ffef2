#include "engine/computeenvironment.h"
#include "engine/localstagelink.h"
#include "engine/stage.h"
#include "fixtures.h"
#include "fixturetensors.h"
#include "model/checkpoint.h"
#include "model/tensorfactory.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>

#include <optional>

using namespace mdi;
using mdi::test::Fixtures;
using mdi::test::FixtureTensors;
using mdi::test::maxAbsDiff;

namespace {
// FORMAT.md: hidden states of a float32 implementation within 1e-4 of the reference.
constexpr double kTolerance = 1e-4;
// The same computation by this code, cached or recomputed: only summation order differs.
constexpr double kSelfTolerance = 1e-5;
constexpr qint64 kChunk = 16;

StageMessage forwardMessage(quint64 session, qint64 cacheStart, const at::Tensor &hidden,
                            const PositionIds &positions) {
  StageMessage m;
  m.session = session;
  m.cacheStart = cacheStart;
  m.hidden = hidden;
  m.positions = positions;
  return m;
}
} // namespace

class TestStage : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    m_checkpoint.emplace(std::move(*checkpoint));
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    m_factory.emplace(std::move(*factory));
    m_tensors.emplace(QStringLiteral("two_images"));
    QVERIFY(m_tensors->isValid());
    m_embeds = m_tensors->get(QStringLiteral("inputs_embeds"));
    m_positions = mdi::test::jsonPositions(
        Fixtures::caseJson(QStringLiteral("two_images")).value(QStringLiteral("position_ids")));
    QCOMPARE(m_positions.count(), m_embeds.size(0));
    QCOMPARE(m_checkpoint->config().text.numLayers, 2);
  }

  // A stage of both layers computes the reference's last layer output; two stages of one layer
  // each hand over the reference's first layer output and end at the same place.
  void forwardMatchesTheReference() {
    const at::Tensor layerOutputs = m_tensors->get(QStringLiteral("layer_outputs"));
    auto whole = load(0, 2);
    auto out = whole->forward(forwardMessage(1, 0, m_embeds, m_positions));
    QVERIFY2(out, qPrintable(out.error()));
    QVERIFY(maxAbsDiff(*out, layerOutputs[1]) <= kTolerance);
    QCOMPARE(whole->cachedLength(1), m_embeds.size(0));

    auto first = load(0, 1);
    auto second = load(1, 2);
    QCOMPARE(first->firstLayer(), 0);
    QCOMPARE(first->lastLayer(), 1);
    QCOMPARE(second->firstLayer(), 1);
    QCOMPARE(second->lastLayer(), 2);
    // Each loads only its own layer.
    QCOMPARE(first->weightBytes() + second->weightBytes(), whole->weightBytes());
    auto mid = first->forward(forwardMessage(1, 0, m_embeds, m_positions));
    QVERIFY(mid);
    QVERIFY(maxAbsDiff(*mid, layerOutputs[0]) <= kTolerance);
    auto end = second->forward(forwardMessage(1, 0, *mid, m_positions));
    QVERIFY(end);
    QVERIFY(maxAbsDiff(*end, *out) <= kSelfTolerance);
  }

  void lastRowOnly() {
    auto stage = load(0, 2);
    auto all = stage->forward(forwardMessage(1, 0, m_embeds, m_positions));
    QVERIFY(all);
    StageMessage m = forwardMessage(2, 0, m_embeds, m_positions);
    m.lastRowOnly = true;
    auto last = stage->forward(m);
    QVERIFY(last);
    QCOMPARE(last->size(0), 1);
    QVERIFY(maxAbsDiff(*last, all->narrow(0, all->size(0) - 1, 1)) <= kSelfTolerance);
    // The cache holds every row all the same.
    QCOMPARE(stage->cachedLength(2), m_embeds.size(0));
  }

  // Prefill in two pieces, rewinds into the prompt and re-forwards: the same hidden states as
  // the first time, and the cache ends where the last forward ended.
  void cacheStartTruncates() {
    auto stage = load(0, 2);
    const qint64 n = m_embeds.size(0);
    auto full = stage->forward(forwardMessage(1, 0, m_embeds, m_positions));
    QVERIFY(full);

    const qint64 split = 40; // after both images
    auto head = stage->forward(forwardMessage(2, 0, m_embeds.narrow(0, 0, split), m_positions.mid(0, split)));
    QVERIFY(head);
    QCOMPARE(stage->cachedLength(2), split);
    auto tail = stage->forward(
        forwardMessage(2, split, m_embeds.narrow(0, split, n - split), m_positions.mid(split, n - split)));
    QVERIFY(tail);
    QCOMPARE(stage->cachedLength(2), n);
    QVERIFY(maxAbsDiff(*tail, full->narrow(0, split, n - split)) <= kSelfTolerance);

    // Rewind to 10 (inside the text before the first image) and run the rest again.
    const qint64 rewind = 10;
    auto again = stage->forward(
        forwardMessage(2, rewind, m_embeds.narrow(0, rewind, n - rewind), m_positions.mid(rewind, n - rewind)));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(stage->cachedLength(2), n);
    QVERIFY(maxAbsDiff(*again, full->narrow(0, rewind, n - rewind)) <= kSelfTolerance);

    // A decode step, then the same step again (a regenerate of the last token).
    const at::Tensor next = m_embeds.narrow(0, 5, 1).clone();
    const PositionIds position = PositionIds::uniform(n - 28, 1); // rope delta -28
    auto step = stage->forward(forwardMessage(2, n, next, position));
    QVERIFY(step);
    QCOMPARE(stage->cachedLength(2), n + 1);
    auto redo = stage->forward(forwardMessage(2, n, next, position));
    QVERIFY(redo);
    QCOMPARE(stage->cachedLength(2), n + 1);
    QVERIFY(maxAbsDiff(*redo, *step) <= kSelfTolerance);

    // Rewind to the very start: the same as a fresh session.
    auto restart = stage->forward(forwardMessage(2, 0, m_embeds, m_positions));
    QVERIFY(restart);
    QCOMPARE(stage->cachedLength(2), n);
    QVERIFY(maxAbsDiff(*restart, *full) <= kSelfTolerance);
  }

  // A step that would leave a gap is refused and changes nothing: the cached tokens still give
  // the same continuation.
  void cacheStartBeyondTheCacheIsAnError() {
    auto stage = load(0, 2);
    const qint64 n = m_embeds.size(0);
    const qint64 split = 50;
    QVERIFY(stage->forward(forwardMessage(1, 0, m_embeds.narrow(0, 0, split), m_positions.mid(0, split))));
    const qint64 bytes = stage->cacheBytes();
    const at::Tensor rest = m_embeds.narrow(0, split, n - split);
    const PositionIds restPositions = m_positions.mid(split, n - split);

    auto gap = stage->forward(forwardMessage(1, split + 1, rest, restPositions));
    QVERIFY(!gap);
    QVERIFY2(gap.error().contains(QString::number(split)), qPrintable(gap.error()));
    QCOMPARE(stage->cachedLength(1), split);
    QCOMPARE(stage->cacheBytes(), bytes);
    QCOMPARE(stage->sessionCount(), 1);

    auto tail = stage->forward(forwardMessage(1, split, rest, restPositions));
    QVERIFY(tail);
    auto reference = load(0, 2)->forward(forwardMessage(9, 0, m_embeds, m_positions));
    QVERIFY(reference);
    QVERIFY(maxAbsDiff(*tail, reference->narrow(0, split, n - split)) <= kSelfTolerance);

    // A session the stage has never seen holds nothing: only cacheStart 0 can start it, and a
    // refused first step leaves no trace.
    auto unknown = stage->forward(forwardMessage(7, 3, rest, restPositions));
    QVERIFY(!unknown);
    QCOMPARE(stage->sessionCount(), 1);
    QCOMPARE(stage->cachedLength(7), 0);
  }

  // A malformed message (positions that do not match the rows, hidden states of the wrong width)
  // is an error that leaves the session's cache as it was, even when it asked for a rewind.
  void malformedMessageLeavesTheCache() {
    auto stage = load(0, 2);
    const qint64 n = m_embeds.size(0);
    QVERIFY(stage->forward(forwardMessage(1, 0, m_embeds, m_positions)));

    auto mismatched = stage->forward(forwardMessage(1, 20, m_embeds.narrow(0, 20, 5), m_positions.mid(20, 4)));
    QVERIFY(!mismatched);
    QCOMPARE(stage->cachedLength(1), n);
    auto narrow = stage->forward(forwardMessage(1, 20, at::zeros({5, 32}), m_positions.mid(20, 5)));
    QVERIFY(!narrow);
    QCOMPARE(stage->cachedLength(1), n);

    // And the cache still continues like an untouched one.
    const at::Tensor next = m_embeds.narrow(0, 5, 1).clone();
    auto step = stage->forward(forwardMessage(1, n, next, PositionIds::uniform(n - 28, 1)));
    QVERIFY(step);
    auto fresh = load(0, 2);
    QVERIFY(fresh->forward(forwardMessage(1, 0, m_embeds, m_positions)));
    auto freshStep = fresh->forward(forwardMessage(1, n, next, PositionIds::uniform(n - 28, 1)));
    QVERIFY(freshStep);
    QVERIFY(maxAbsDiff(*step, *freshStep) <= kSelfTolerance);
  }

  // Caches are per session: another session's steps do not disturb one's continuation.
  void sessionsAreIndependent() {
    auto stage = load(0, 2);
    const qint64 n = m_embeds.size(0);
    const at::Tensor next = m_embeds.narrow(0, 5, 1).clone();
    const PositionIds position = PositionIds::uniform(n - 28, 1);
    QVERIFY(stage->forward(forwardMessage(1, 0, m_embeds, m_positions)));
    auto alone = stage->forward(forwardMessage(1, n, next, position));
    QVERIFY(alone);

    // Session 2: other tokens at the same cache positions.
    const at::Tensor other = m_embeds.flip({0}).contiguous();
    QVERIFY(stage->forward(forwardMessage(2, 0, other, PositionIds::uniform(0, n))));
    QVERIFY(stage->forward(forwardMessage(2, n, next, PositionIds::uniform(n, 1))));
    QCOMPARE(stage->sessionCount(), 2);

    auto again = stage->forward(forwardMessage(1, n, next, position));
    QVERIFY(again);
    QVERIFY(maxAbsDiff(*again, *alone) <= kSelfTolerance);
  }

  void dropFreesTheSessionsCache() {
    auto stage = load(0, 2);
    QCOMPARE(stage->sessionCount(), 0);
    QCOMPARE(stage->cacheBytes(), 0);
    const qint64 n = m_embeds.size(0); // 66 tokens: 5 chunks of 16 = 80 positions
    QVERIFY(stage->forward(forwardMessage(1, 0, m_embeds, m_positions)));
    QVERIFY(stage->forward(forwardMessage(2, 0, m_embeds.narrow(0, 0, 10), m_positions.mid(0, 10))));
    const TextConfig &c = m_checkpoint->config().text;
    // K and V, 2 layers, kv heads x positions x head_dim float32 values each.
    const qint64 perPosition = 2LL * 2 * c.numKeyValueHeads * c.headDim * 4;
    QCOMPARE(stage->cacheBytes(), (80 + 16) * perPosition);
    QCOMPARE(stage->sessionCount(), 2);
    QCOMPARE(stage->cachedLength(1), n);

    stage->drop(1);
    QCOMPARE(stage->sessionCount(), 1);
    QCOMPARE(stage->cacheBytes(), 16 * perPosition);
    QCOMPARE(stage->cachedLength(1), 0);
    stage->drop(42); // unknown: nothing happens
    QCOMPARE(stage->sessionCount(), 1);
    stage->drop(2);
    QCOMPARE(stage->sessionCount(), 0);
    QCOMPARE(stage->cacheBytes(), 0);

    // A dropped session starts over from nothing.
    QVERIFY(!stage->forward(forwardMessage(1, 5, m_embeds.narrow(0, 5, 1), m_positions.mid(5, 1))));
    QVERIFY(stage->forward(forwardMessage(1, 0, m_embeds, m_positions)));
    QCOMPARE(stage->cachedLength(1), n);
  }

  // The link runs the stage on its own thread, answers forwards and drops in order, and keeps
  // statistics.
  void localLinkAnswersInOrder() {
    const qint64 n = m_embeds.size(0);
    LocalStageLink link(load(0, 2), QStringLiteral("local:0"), 1);
    QMutex mutex;
    QList<StageResult> results;
    QSemaphore answered;
    link.setResultHandler([&](StageResult result) {
      {
        QMutexLocker lock(&mutex);
        results.append(std::move(result));
      }
      answered.release();
    });
    StageStats before = link.stats();
    QCOMPARE(before.firstLayer, 0);
    QCOMPARE(before.lastLayer, 2);
    QVERIFY(before.weightBytes > 0);
    QCOMPARE(before.sessions, 0);

    StageMessage first = forwardMessage(3, 0, m_embeds, m_positions);
    first.step = 0;
    link.post(first);
    StageMessage bad = forwardMessage(3, n + 5, m_embeds.narrow(0, 0, 1), m_positions.mid(0, 1));
    bad.step = 1;
    link.post(bad);
    StageMessage drop;
    drop.kind = StageMessage::Kind::Drop;
    drop.session = 3;
    link.post(drop);
    QVERIFY(answered.tryAcquire(3, 120'000));

    QMutexLocker lock(&mutex);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].message.step, 0);
    QVERIFY(results[0].error.isEmpty());
    QCOMPARE(results[0].message.hidden.size(0), n);
    QCOMPARE(results[0].message.positions, m_positions);
    QCOMPARE(results[1].message.step, 1);
    QVERIFY(!results[1].error.isEmpty());
    QVERIFY(results[2].message.kind == StageMessage::Kind::Drop);
    QCOMPARE(results[2].message.session, 3);
    const StageStats after = link.stats();
    QCOMPARE(after.forwards, 2);
    QCOMPARE(after.tokens, n + 1);
    QCOMPARE(after.sessions, 0);
    QCOMPARE(after.cacheBytes, 0);
  }

private:
  std::unique_ptr<Stage> load(int first, int last) {
    auto stage = Stage::load(*m_checkpoint, *m_factory, first, last, kChunk);
    if (!stage)
      qFatal("Stage::load: %s", qPrintable(stage.error()));
    return std::move(*stage);
  }

  std::optional<Checkpoint> m_checkpoint;
  std::optional<TensorFactory> m_factory;
  std::optional<FixtureTensors> m_tensors;
  at::Tensor m_embeds;
  PositionIds m_positions;
};

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
