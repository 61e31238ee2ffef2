// BatchScheduler: which waiting steps make the next pass (priority, taking turns, the cap per
// stage, one prompt chunk per pass, chunk sizes) and the ring's slots.

#include "engine/batchscheduler.h"

#include <QTest>

#include <map>

using namespace mdi;

namespace {

// Sessions as the pipeline would describe them; absent ids are not waiting.
struct Sessions {
  std::map<quint64, BatchScheduler::Candidate> waiting;
  BatchScheduler::Lookup lookup() {
    return [this](quint64 id) -> std::optional<BatchScheduler::Candidate> {
      auto it = waiting.find(id);
      if (it == waiting.end())
        return std::nullopt;
      return it->second;
    };
  }
};

BatchScheduler::Candidate decode(int priority = 0) {
  BatchScheduler::Candidate c;
  c.priority = priority;
  c.pendingRows = 1;
  return c;
}

BatchScheduler::Candidate prompt(qint64 rows, bool othersDecoding) {
  BatchScheduler::Candidate c;
  c.pendingRows = rows;
  c.prompt = true;
  c.othersDecoding = othersDecoding;
  return c;
}

QList<quint64> ids(const std::vector<BatchScheduler::Pick> &picks) {
  QList<quint64> out;
  for (const auto &p : picks)
    out << p.id;
  return out;
}

} // namespace

class TestBatchScheduler : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void priorityFirstThenTurns() {
    BatchScheduler s(2);
    Sessions sessions;
    for (quint64 id : {1, 2, 3, 4}) {
      sessions.waiting[id] = decode(id == 4 ? 1 : 0);
      s.enqueue(id);
    }
    // Cap 2 (4 active on 2 stages): the desktop's answer (priority 1) first, then the oldest.
    QCOMPARE(ids(s.pick(sessions.lookup(), 4, 2)), (QList<quint64>{4, 1}));
    // 1 comes back and waits again: it is now behind 2 and 3.
    s.enqueue(1);
    QCOMPARE(ids(s.pick(sessions.lookup(), 4, 2)), (QList<quint64>{2, 3}));
    QCOMPARE(ids(s.pick(sessions.lookup(), 4, 2)), (QList<quint64>{1}));
    QVERIFY(s.pick(sessions.lookup(), 4, 2).empty()); // picked ones left the queue
  }

  void capSpreadsAnswersOverStages() {
    BatchScheduler s(8);
    Sessions sessions;
    for (quint64 id = 1; id <= 6; ++id) {
      sessions.waiting[id] = decode();
      s.enqueue(id);
    }
    QCOMPARE(s.pick(sessions.lookup(), 6, 3).size(), size_t(2)); // ceil(6 / 3)
    QCOMPARE(s.pick(sessions.lookup(), 6, 1).size(), size_t(4)); // the rest, within maxBatch
    BatchScheduler one(1);
    one.enqueue(1);
    one.enqueue(2);
    QCOMPARE(one.pick(sessions.lookup(), 6, 1).size(), size_t(1));
  }

  void staleAndDuplicateIdsLeaveTheQueue() {
    BatchScheduler s(8);
    Sessions sessions;
    sessions.waiting[2] = decode();
    s.enqueue(1); // not waiting (stopped)
    s.enqueue(2);
    s.enqueue(2);
    QCOMPARE(ids(s.pick(sessions.lookup(), 2, 1)), (QList<quint64>{2}));
    sessions.waiting[1] = decode();
    QVERIFY(s.pick(sessions.lookup(), 2, 1).empty()); // 1 was dropped from the queue
  }

  void onePromptChunkPerPass() {
    BatchScheduler s(8, 256);
    Sessions sessions;
    sessions.waiting[1] = prompt(1000, true);
    sessions.waiting[2] = prompt(1000, true);
    sessions.waiting[3] = decode();
    for (quint64 id : {1, 2, 3})
      s.enqueue(id);
    const auto picks = s.pick(sessions.lookup(), 3, 1);
    QCOMPARE(ids(picks), (QList<quint64>{1, 3}));
    QCOMPARE(picks[0].rows, qint64(32)); // others decode and no rate is known yet
    QCOMPARE(picks[1].rows, qint64(1));
    QCOMPARE(ids(s.pick(sessions.lookup(), 3, 1)), (QList<quint64>{2}));
  }

  void chunkRows() {
    BatchScheduler s(8, 256);
    QCOMPARE(s.chunkRows(false), qint64(256)); // alone: the whole chunk
    QCOMPARE(s.chunkRows(true), qint64(32));
    Sessions sessions;
    sessions.waiting[1] = prompt(100, false);
    s.enqueue(1);
    QCOMPARE(s.pick(sessions.lookup(), 1, 1).front().rows, qint64(100)); // what is left
  }

  void ringSlots() {
    BatchScheduler s(8);
    QVERIFY(s.hasRoom(2));
    s.sent({1, 2}, 2);
    QVERIFY(s.hasRoom(2));
    s.sent({3}, 1);
    QVERIFY(!s.hasRoom(2)); // one batch per stage
    s.returned(1);
    QVERIFY(!s.hasRoom(2)); // step 2 of that batch is still out
    s.returned(2);
    QVERIFY(s.hasRoom(2));
    s.returned(99); // unknown tickets are ignored
    QCOMPARE(s.inRing(), size_t(1));
    s.clearRing();
    QCOMPARE(s.inRing(), size_t(0));
    BatchScheduler alone(1); // one step per pass: no limit on passes in the ring
    for (qint64 t = 1; t <= 10; ++t)
      alone.sent({t}, 1);
    QVERIFY(alone.hasRoom(2));
  }

  void learnsTheRateFromWholeBatches() {
    BatchScheduler s(8, 256);
    s.sent({1}, 4); // too few rows to learn from
    s.returned(1);
    QCOMPARE(s.rowsPerSecond(), 0.0);
    s.sent({2, 3}, 64);
    QTest::qWait(20);
    s.returned(2);
    QCOMPARE(s.rowsPerSecond(), 0.0); // the batch is not back yet
    s.returned(3);
    QVERIFY(s.rowsPerSecond() > 0 && s.rowsPerSecond() < 64 / 0.019);
    QVERIFY(s.chunkRows(true) >= 16 && s.chunkRows(true) <= 256);
  }
};

QTEST_GUILESS_MAIN(TestBatchScheduler)
#include "tst_batchscheduler.moc"
