#include "model/samplingoverrides.h"
#include "model/samplingparams.h"

#include <QJsonObject>
#include <QTest>

// SamplingParams::merged(), the one rule by which the app, the API and mdi-run put a caller's
// sampling settings over the model's generation_config.json (issue 18 #1, issue 17 #2), and the
// JSON form of SamplingOverrides that a conversation stores.

using namespace mdi;

namespace {

// Qwen2-VL's own generation_config.json: near-greedy (top_k 1, top_p 0.001).
SamplingParams qwenDefaults() {
  GenerationConfig g;
  g.doSample = true;
  g.temperature = 0.1;
  g.topK = 1;
  g.topP = 0.001;
  g.repetitionPenalty = 1.05;
  g.eosTokenIds = {151645, 151643};
  return SamplingParams::fromGenerationConfig(g);
}

} // namespace

class TestSamplingParams : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void nothingSetKeepsTheModel() {
    const SamplingParams model = qwenDefaults();
    const SamplingParams p = SamplingParams::merged(model, {});
    QCOMPARE(p.doSample, true);
    QCOMPARE(p.temperature, 0.1);
    QCOMPARE(p.topK, 1);
    QCOMPARE(p.topP, 0.001);
    QCOMPARE(p.minP, 0.0);
    QCOMPARE(p.repetitionPenalty, 1.05);
    QCOMPARE(p.maxNewTokens, 512);
    QCOMPARE(p.eosTokenIds, (QList<int>{151645, 151643}));
  }

  // The case of issue 18 #1: temperature alone must sample, not fall into the model's top-k 1.
  void temperatureAloneGetsOpenAiDefaultsForTheGroup() {
    SamplingOverrides o;
    o.temperature = 2.0;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QVERIFY(p.doSample);
    QVERIFY(!p.isGreedy());
    QCOMPARE(p.temperature, 2.0);
    QCOMPARE(p.topK, 0);   // no hidden top-k 1
    QCOMPARE(p.topP, 1.0); // no hidden top-p 0.001
    QCOMPARE(p.minP, 0.0);
    QCOMPARE(p.repetitionPenalty, 1.05); // outside the group: the model's
    QCOMPARE(p.maxNewTokens, 512);
  }

  void topPAloneSamplesAtTemperatureOne() {
    SamplingOverrides o;
    o.topP = 0.9;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QVERIFY(!p.isGreedy());
    QCOMPARE(p.temperature, 1.0);
    QCOMPARE(p.topP, 0.9);
    QCOMPARE(p.topK, 0);
  }

  void topKOnlyWhenSet() {
    SamplingOverrides o;
    o.temperature = 0.7;
    o.topK = 40;
    SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QCOMPARE(p.topK, 40);
    QCOMPARE(p.topP, 1.0);
    QCOMPARE(p.temperature, 0.7);
    // Alone, top-k also takes the group over (the model's top-p 0.001 would make it greedy).
    SamplingOverrides k;
    k.topK = 40;
    p = SamplingParams::merged(qwenDefaults(), k);
    QCOMPARE(p.topK, 40);
    QCOMPARE(p.temperature, 1.0);
    QCOMPARE(p.topP, 1.0);
    QVERIFY(!p.isGreedy());
  }

  void minPSet() {
    SamplingOverrides o;
    o.minP = 0.05;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QCOMPARE(p.minP, 0.05);
    QCOMPARE(p.topK, 0);
    QVERIFY(!p.isGreedy());
  }

  void temperatureZeroIsGreedy() {
    SamplingOverrides o;
    o.temperature = 0.0;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QVERIFY(!p.doSample);
    QVERIFY(p.isGreedy());
    // And over a model that samples freely, too.
    SamplingParams free;
    free.doSample = true;
    free.temperature = 0.9;
    QVERIFY(SamplingParams::merged(free, o).isGreedy());
  }

  // A set temperature turns sampling on even where the model says do_sample false.
  void temperatureSamplesOverAGreedyModel() {
    SamplingParams greedy; // doSample false
    SamplingOverrides o;
    o.temperature = 0.8;
    QVERIFY(!SamplingParams::merged(greedy, o).isGreedy());
    QVERIFY(SamplingParams::merged(greedy, {}).isGreedy());
  }

  void penaltyAndBudgetKeepTheModelsUnlessSet() {
    SamplingOverrides o;
    o.repetitionPenalty = 1.3;
    o.maxNewTokens = 7;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QCOMPARE(p.repetitionPenalty, 1.3);
    QCOMPARE(p.maxNewTokens, 7);
    // Not sampling fields: the model's group stays.
    QCOMPARE(p.topK, 1);
    QCOMPARE(p.temperature, 0.1);
    QCOMPARE(p.topP, 0.001);
  }

  void seedStopsAndEosAreTheCallers() {
    SamplingParams model = qwenDefaults();
    model.seed = 42;
    model.stopStrings = {QStringLiteral("END")};
    SamplingOverrides o;
    o.temperature = 1.0;
    const SamplingParams p = SamplingParams::merged(model, o);
    QCOMPARE(p.seed, quint64(42));
    QCOMPARE(p.stopStrings, QStringList{QStringLiteral("END")});
    QCOMPARE(p.eosTokenIds, model.eosTokenIds);
  }

  void mergedIsNotValidated() {
    SamplingOverrides o;
    o.temperature = -1;
    const SamplingParams p = SamplingParams::merged(qwenDefaults(), o);
    QVERIFY(!p.validate());
  }

  void overlay() {
    SamplingOverrides app;
    app.temperature = 0.8;
    app.maxNewTokens = 100;
    SamplingOverrides conversation;
    conversation.temperature = 0.0;
    conversation.topP = 0.5;
    const SamplingOverrides both = app.overlaidWith(conversation);
    QCOMPARE(both.temperature, std::optional<double>(0.0));
    QCOMPARE(both.topP, std::optional<double>(0.5));
    QCOMPARE(both.maxNewTokens, std::optional<int>(100));
    QVERIFY(!both.topK);
    QCOMPARE(app.overlaidWith({}), app);
  }

  void json() {
    QVERIFY(SamplingOverrides::fromJson({})->isEmpty());
    // The keys the store and its tests use; 0 is a value (greedy), null is "not set".
    auto o = SamplingOverrides::fromJson(QJsonObject{{QStringLiteral("temperature"), 0},
                                                     {QStringLiteral("topK"), 20},
                                                     {QStringLiteral("topP"), QJsonValue::Null},
                                                     {QStringLiteral("minP"), 0.05},
                                                     {QStringLiteral("repetitionPenalty"), 1.1},
                                                     {QStringLiteral("maxNewTokens"), 64},
                                                     {QStringLiteral("somethingElse"), true}});
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(o->temperature, std::optional<double>(0.0));
    QCOMPARE(o->topK, std::optional<int>(20));
    QVERIFY(!o->topP);
    QCOMPARE(o->minP, std::optional<double>(0.05));
    QCOMPARE(o->repetitionPenalty, std::optional<double>(1.1));
    QCOMPARE(o->maxNewTokens, std::optional<int>(64));
    auto again = SamplingOverrides::fromJson(o->toJson());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*again, *o);

    auto wrong = SamplingOverrides::fromJson(QJsonObject{{QStringLiteral("topK"), QStringLiteral("many")}});
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(QStringLiteral("topK")), qPrintable(wrong.error()));
  }
};

QTEST_GUILESS_MAIN(TestSamplingParams)
#include "tst_samplingparams.moc"
