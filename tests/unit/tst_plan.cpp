#include "engine/plan.h"

#include <QTest>

using namespace mdi;

class TestPlan : public QObject {
  Q_OBJECT

private:
  static void expectError(const QString &text, int numLayers, const QStringList &mustContain) {
    auto plan = Plan::parse(text, numLayers);
    QVERIFY2(!plan,
             qPrintable(QStringLiteral("'%1' was accepted as %2").arg(text, plan ? plan->toString() : QString())));
    for (const QString &part : mustContain)
      QVERIFY2(plan.error().contains(part),
               qPrintable(QStringLiteral("'%1' not in the error for '%2': %3").arg(part, text, plan.error())));
  }

private Q_SLOTS:
  void parseGood() {
    auto plan = Plan::parse(QStringLiteral("0-9,9-19,19-28"), 28);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->stageCount(), 3);
    QCOMPARE(plan->stages.at(0), (StageAssignment{QStringLiteral("local:0"), 0, 9}));
    QCOMPARE(plan->stages.at(1), (StageAssignment{QStringLiteral("local:1"), 9, 19}));
    QCOMPARE(plan->stages.at(2), (StageAssignment{QStringLiteral("local:2"), 19, 28}));
    QCOMPARE(plan->stages.at(1).layerCount(), 10);
    QVERIFY(plan->validate(28));

    auto spaced = Plan::parse(QStringLiteral(" 0 - 9 ,9-28 "), 28, QStringLiteral("node:"));
    QVERIFY2(spaced, qPrintable(spaced.error()));
    QCOMPARE(spaced->toString(), QStringLiteral("0-9,9-28"));
    QCOMPARE(spaced->stages.at(1).hostId, QStringLiteral("node:1"));

    auto single = Plan::parse(QStringLiteral("0-28"), 28);
    QVERIFY2(single, qPrintable(single.error()));
    QCOMPARE(single->stageCount(), 1);

    auto perLayer = Plan::parse(QStringLiteral("0-1,1-2"), 2);
    QVERIFY2(perLayer, qPrintable(perLayer.error()));
    QCOMPARE(perLayer->stageCount(), 2);
  }

  void parseBad() {
    expectError(QStringLiteral("0-9,12-28"), 28, {QStringLiteral("Layers 9 to 11 are in no stage")});
    expectError(QStringLiteral("0-12,9-28"), 28, {QStringLiteral("layers 9 to 11 are in both")});
    expectError(QStringLiteral("0-9,10-19,19-28"), 28,
                {QStringLiteral("Layer 9 is in no stage"), QStringLiteral("0-9"), QStringLiteral("10-19")});
    expectError(QStringLiteral("0-10,9-19,19-28"), 28,
                {QStringLiteral("overlap"), QStringLiteral("0-10"), QStringLiteral("9-19"),
                 QStringLiteral("layer 9 is in both")});
    expectError(QStringLiteral("19-28,0-19"), 28, {QStringLiteral("out of order"), QStringLiteral("0-19")});
    expectError(QStringLiteral("0-9,19-9,19-28"), 28,
                {QStringLiteral("19-9"), QStringLiteral("ends before it starts")});
    expectError(QStringLiteral("0-9,9-9,9-28"), 28, {QStringLiteral("9-9"), QStringLiteral("no layers")});
    expectError(QStringLiteral("0-9,9-30"), 28,
                {QStringLiteral("9-30"), QStringLiteral("out of range"), QStringLiteral("28")});
    expectError(QStringLiteral("0-99999999999"), 28, {QStringLiteral("out of range")});
    expectError(QStringLiteral("0-9,9-19"), 28,
                {QStringLiteral("Layers 19 to 27 are in no stage"), QStringLiteral("28")});
    expectError(QStringLiteral("2-28"), 28, {QStringLiteral("Layers 0 to 1 are in no stage")});
    expectError(QStringLiteral("abc"), 28, {QStringLiteral("'abc'"), QStringLiteral("not a range")});
    expectError(QStringLiteral("0-9,abc"), 28,
                {QStringLiteral("'abc' in the layer plan '0-9,abc'"), QStringLiteral("not a range")});
    expectError(QStringLiteral("0-9;9-28"), 28, {QStringLiteral("'0-9;9-28'"), QStringLiteral("not a range")});
    expectError(QStringLiteral("0-9,,9-28"), 28, {QStringLiteral("not a range")});
    expectError(QStringLiteral("-1-9,9-28"), 28, {QStringLiteral("'-1-9'"), QStringLiteral("not a range")});
    expectError(QStringLiteral("0-9.5,9.5-28"), 28, {QStringLiteral("not a range")});
    expectError(QString(), 28, {QStringLiteral("empty")});
    expectError(QStringLiteral("   "), 28, {QStringLiteral("empty")});
  }

  void validate() {
    Plan plan;
    QVERIFY(!plan.validate(28));
    QVERIFY2(plan.validate(28).error().contains(QStringLiteral("no stages")), qPrintable(plan.validate(28).error()));
    plan.stages = {{QStringLiteral("local"), 0, 14}, {QString(), 14, 28}};
    QVERIFY(!plan.validate(28));
    QVERIFY2(plan.validate(28).error().contains(QStringLiteral("no host")), qPrintable(plan.validate(28).error()));
    plan.stages[1].hostId = QStringLiteral("attic");
    QVERIFY(plan.validate(28));
    QVERIFY(!plan.validate(30)); // does not cover 28-30
    QVERIFY(!plan.validate(20)); // 14-28 out of range
    QVERIFY(!plan.validate(0));
  }

  void evenSplit() {
    const Plan three = Plan::evenSplit(28, 3);
    QCOMPARE(three.toString(), QStringLiteral("0-10,10-19,19-28"));
    QCOMPARE(three.stages.at(0).hostId, QStringLiteral("local:0"));
    QCOMPARE(three.stages.at(2).hostId, QStringLiteral("local:2"));
    QVERIFY(three.validate(28));

    QCOMPARE(Plan::evenSplit(28, 1).toString(), QStringLiteral("0-28"));
    QCOMPARE(Plan::evenSplit(28, 4).toString(), QStringLiteral("0-7,7-14,14-21,21-28"));
    QCOMPARE(Plan::evenSplit(10, 4).toString(), QStringLiteral("0-3,3-6,6-8,8-10"));
    QCOMPARE(Plan::evenSplit(2, 5).stageCount(), 2); // never an empty stage
    QCOMPARE(Plan::evenSplit(28, 0).stageCount(), 1);
    QCOMPARE(Plan::evenSplit(28, 28).stageCount(), 28);
    QCOMPARE(Plan::evenSplit(28, 2, QStringLiteral("peer-")).stages.at(1).hostId, QStringLiteral("peer-1"));
  }

  void toStringRoundTrip() {
    for (const QString &text :
         {QStringLiteral("0-9,9-19,19-28"), QStringLiteral("0-28"), QStringLiteral("0-1,1-27,27-28")}) {
      auto plan = Plan::parse(text, 28);
      QVERIFY2(plan, qPrintable(plan.error()));
      QCOMPARE(plan->toString(), text);
      auto again = Plan::parse(plan->toString(), 28);
      QVERIFY(again);
      QCOMPARE(*again, *plan);
    }
    const Plan even = Plan::evenSplit(28, 5);
    auto parsed = Plan::parse(even.toString(), 28);
    QVERIFY(parsed);
    QCOMPARE(*parsed, even);
  }

  void describe() {
    Plan plan;
    plan.stages = {{QStringLiteral("local"), 0, 14}, {QStringLiteral("n-1"), 14, 27}, {QStringLiteral("n-2"), 27, 28}};
    QList<HostDescription> hosts(2);
    hosts[0].id = QStringLiteral("local");
    hosts[0].name = QStringLiteral("this computer");
    hosts[0].isCoordinator = true;
    hosts[1].id = QStringLiteral("n-1");
    hosts[1].name = QStringLiteral("attic");
    QCOMPARE(plan.describe(hosts), QStringLiteral("this computer: layers 0-13; attic: layers 14-26; n-2: layer 27"));
  }

  void stageOfLayer() {
    const Plan plan = Plan::evenSplit(28, 3);
    QCOMPARE(plan.stageOfLayer(0), 0);
    QCOMPARE(plan.stageOfLayer(9), 0);
    QCOMPARE(plan.stageOfLayer(10), 1);
    QCOMPARE(plan.stageOfLayer(27), 2);
    QCOMPARE(plan.stageOfLayer(28), -1);
    QCOMPARE(plan.stageOfLayer(-1), -1);
  }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
