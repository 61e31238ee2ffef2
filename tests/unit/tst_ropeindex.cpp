#include "fixtures.h"
#include "model/modelconfig.h"
#include "model/ropeindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

namespace {
QList<qint64> ids(const QJsonValue &value) {
  QList<qint64> out;
  for (const QJsonValue &v : value.toArray())
    out << v.toInteger();
  return out;
}

PositionIds positions(const QJsonValue &value) {
  QList<qint64> flat;
  for (const QJsonValue &row : value.toArray())
    flat += ids(row);
  return PositionIds::fromRows(flat);
}

QList<ImageGrid> grids(const QJsonValue &value) {
  QList<ImageGrid> out;
  for (const QJsonValue &g : value.toArray()) {
    const QJsonArray a = g.toArray();
    out << ImageGrid{a[0].toInteger(), a[1].toInteger(), a[2].toInteger()};
  }
  return out;
}

// Cases whose prompts were run (the error case has no input_ids).
QStringList runCases() {
  QStringList out;
  for (const QString &name : Fixtures::caseNames())
    if (Fixtures::caseJson(name).contains(QStringLiteral("input_ids")))
      out << name;
  return out;
}
} // namespace

class TestRopeIndex : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void fixtureCases_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : runCases())
      QTest::newRow(qPrintable(name)) << name;
  }

  // get_rope_index of every case: positions and delta exactly as transformers computes them.
  void fixtureCases() {
    QFETCH(QString, name);
    const QJsonObject c = Fixtures::caseJson(name);
    const RopeIndex index(2, SpecialTokens{});
    const QList<qint64> input = ids(c.value(QStringLiteral("input_ids")));
    const auto result = index.compute(input, grids(c.value(QStringLiteral("image_grid_thw"))));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->positions.count(), c.value(QStringLiteral("seq_len")).toInteger());
    QCOMPARE(result->positions, positions(c.value(QStringLiteral("position_ids"))));
    const qint64 delta = c.value(QStringLiteral("rope_deltas")).toInteger();
    QCOMPARE(result->ropeDelta, delta);
    QCOMPARE(result->nextPosition, input.size() + delta);

    // Each greedy step feeds its token at cache position seq_len + step.
    const QJsonArray steps = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 8);
    for (const QJsonValue &step : steps) {
      if (!step.toObject().contains(QStringLiteral("next_position_id")))
        continue; // the last step feeds nothing
      const qint64 k = step.toObject().value(QStringLiteral("step")).toInteger();
      QCOMPARE(RopeIndex::decodePosition(input.size() + k, result->ropeDelta),
               step.toObject().value(QStringLiteral("next_position_id")).toInteger());
    }
  }

  void appendAfterPrefix_data() { fixtureCases_data(); }

  // Indexing a conversation in two parts (at every split outside an image run) gives the same
  // positions as indexing it whole.
  void appendAfterPrefix() {
    QFETCH(QString, name);
    const QJsonObject c = Fixtures::caseJson(name);
    const RopeIndex index(2, SpecialTokens{});
    const QList<qint64> input = ids(c.value(QStringLiteral("input_ids")));
    const QList<ImageGrid> all = grids(c.value(QStringLiteral("image_grid_thw")));
    const PositionIds expected = positions(c.value(QStringLiteral("position_ids")));
    const qint64 imagePad = SpecialTokens{}.imagePad;
    for (qint64 split = 1; split < input.size(); ++split) {
      if (input[split] == imagePad && input[split - 1] == imagePad)
        continue;
      const QList<qint64> head = input.mid(0, split), tail = input.mid(split);
      qsizetype headImages = 0; // images whose pad run starts in the head
      for (qsizetype i = 0; i < split; ++i)
        headImages += head[i] == imagePad && (i == 0 || head[i - 1] != imagePad);
      const auto first = index.compute(head, all.mid(0, headImages));
      QVERIFY2(first, qPrintable(first.error()));
      const auto second = index.append(tail, all.mid(headImages), split, first->ropeDelta);
      QVERIFY2(second, qPrintable(second.error()));
      QCOMPARE(first->positions + second->positions, expected);
      QCOMPARE(second->ropeDelta, c.value(QStringLiteral("rope_deltas")).toInteger());
    }
  }

  void textOnlyIsUniform() {
    const RopeIndex index(2, SpecialTokens{});
    const auto r = index.append({1, 2, 3}, {}, 10, -4);
    QVERIFY(r);
    QCOMPARE(r->positions, PositionIds::uniform(6, 3));
    QCOMPARE(r->ropeDelta, -4);
  }

  void videoFramesAdvanceTime() {
    // Two frames of a 4x4 grid: 2 x 2 x 2 tokens, t = frame, then text resumes after max + 1.
    const SpecialTokens t;
    const RopeIndex index(2, t);
    QList<qint64> input{5, t.visionStart};
    for (int i = 0; i < 8; ++i)
      input << t.imagePad;
    input << t.visionEnd;
    const auto r = index.compute(input, {ImageGrid{2, 4, 4}});
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->positions.at(0, 2), 2);
    QCOMPARE(r->positions.at(0, 6), 3);
    QCOMPARE(r->positions.at(1, 4), 3);
    QCOMPARE(r->positions.at(2, 8), 2);
    QCOMPARE(r->positions.at(2, 9), 3);
    QCOMPARE(r->positions.at(0, 10), 4);
    QCOMPARE(r->ropeDelta, 5 - 11);
  }

  void malformedPrompts() {
    const SpecialTokens t;
    const RopeIndex index(2, t);
    const QList<qint64> fourPads{t.visionStart, t.imagePad, t.imagePad, t.imagePad, t.imagePad, t.visionEnd};
    QVERIFY(index.compute(fourPads, {ImageGrid{1, 4, 4}}));
    // Wrong run length, missing image, extra image, odd grid, video.
    QVERIFY(!index.compute(fourPads, {ImageGrid{1, 4, 6}}));
    QVERIFY(!index.compute(fourPads, {}));
    QVERIFY(!index.compute(fourPads, {ImageGrid{1, 4, 4}, ImageGrid{1, 4, 4}}));
    QVERIFY(!index.compute(fourPads, {ImageGrid{1, 3, 4}}));
    const auto video = index.compute({t.videoPad}, {});
    QVERIFY(!video);
    QVERIFY(video.error().contains(QStringLiteral("video")));
  }
};

QTEST_GUILESS_MAIN(TestRopeIndex)
#include "tst_ropeindex.moc"
