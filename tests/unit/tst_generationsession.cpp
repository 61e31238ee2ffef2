#include "fixtures.h"
#include "model/chattemplate.h"
#include "reference/generationsession.h"
#include "reference/loadedmodel.h"

#include <QJsonArray>
#include <QTest>

#include <thread>

using namespace mdi;
using mdi::test::Fixtures;

// The single-process generation path (what bench_inference times): fixture prompts and greedy
// tokens, prefix reuse across turns, and stop from another thread.
class TestGenerationSession : public QObject {
  Q_OBJECT

  std::shared_ptr<LoadedModel> m_model;

  GenerationRequest caseRequest(const QString &name, int tokens) {
    const QJsonObject c = Fixtures::caseJson(name);
    GenerationRequest r;
    auto messages = ChatTemplate::messagesFromJson(c.value(QStringLiteral("messages")).toArray());
    r.messages = *messages;
    r.imageBaseDir = Fixtures::imagesDir();
    r.sampling.doSample = false;
    r.sampling.maxNewTokens = tokens;
    r.sampling.ignoreEos = true;
    return r;
  }

  static QList<qint64> ids(const QJsonValue &v) {
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
      out.append(qint64(x.toDouble()));
    return out;
  }

private Q_SLOTS:
  void initTestCase() {
    auto loaded = LoadedModel::load(Fixtures::checkpointDir(), ComputeOptions{});
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_model = *loaded;
  }

  void fixtureCases_data() {
    QTest::addColumn<QString>("name");
    for (const char *c : {"text_only", "two_images", "image_round_half_even_126x98"})
      QTest::newRow(c) << QString::fromLatin1(c);
  }

  void fixtureCases() {
    QFETCH(QString, name);
    GenerationSession session(m_model);
    auto result = session.run(caseRequest(name, 8));
    QVERIFY2(result, qPrintable(result.error()));
    const QJsonObject c = Fixtures::caseJson(name);
    QCOMPARE(result->promptTokens, ids(c.value(QStringLiteral("input_ids"))));
    QCOMPARE(result->tokens, ids(c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids"))));
    QCOMPARE(result->finishReason, FinishReason::Length);
  }

  // The second turn of multi_turn_image_first reuses the first turn's cache (image included)
  // and answers exactly like a fresh session given the whole conversation.
  void continuationReusesPrefix() {
    GenerationRequest full = caseRequest(QStringLiteral("multi_turn_image_first"), 8);
    GenerationRequest first = full;
    first.messages = full.messages.mid(0, 1);

    GenerationSession continued(m_model);
    auto turn1 = continued.run(first);
    QVERIFY2(turn1, qPrintable(turn1.error()));
    auto turn2 = continued.run(full);
    QVERIFY2(turn2, qPrintable(turn2.error()));
    QVERIFY(turn2->stats.cachedPrefixTokens > turn1->stats.promptTokens / 2);

    GenerationSession fresh(m_model);
    fresh.reset();
    auto whole = fresh.run(full);
    QVERIFY2(whole, qPrintable(whole.error()));
    QCOMPARE(whole->stats.cachedPrefixTokens, 0);
    QCOMPARE(turn2->tokens, whole->tokens);
    const QJsonObject c = Fixtures::caseJson(QStringLiteral("multi_turn_image_first"));
    QCOMPARE(whole->tokens, ids(c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids"))));
  }

  void stopFromAnotherThread() {
    GenerationSession session(m_model);
    session.reset();
    GenerationRequest r = caseRequest(QStringLiteral("text_only"), 100000);
    int pieces = 0;
    int piecesAtStop = -1;
    std::thread stopper;
    auto result = session.run(r, [&](const QString &) {
      if (++pieces == 3) {
        piecesAtStop = pieces;
        stopper = std::thread([&session] { session.requestStop(); });
        stopper.join(); // the stop is requested before the next step starts
      }
    });
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->finishReason, FinishReason::Stopped);
    // Stopped before the next decoding step: no token after the one that was being emitted.
    QVERIFY(piecesAtStop > 0);
    QVERIFY(result->tokens.size() <= 8);
  }
};

QTEST_GUILESS_MAIN(TestGenerationSession)
#include "tst_generationsession.moc"
