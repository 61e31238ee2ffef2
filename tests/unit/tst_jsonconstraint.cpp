// Constrained decoding to one JSON object: JsonMachine over bytes, and GenerationState with
// JsonConstraint over random logits of the fixture's vocabulary (only the constraint can make
// them valid JSON), ending within the token budget.

#include "engine/generationstate.h"
#include "fixtures.h"
#include "model/jsonconstraint.h"
#include "model/jsonmachine.h"
#include "model/tokenizer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// How far `text` gets through a fresh machine: its length when every byte is accepted.
qsizetype accepted(const QByteArray &text, JsonMachine *out = nullptr) {
  JsonMachine m;
  qsizetype i = 0;
  for (; i < text.size(); ++i) {
    if (!m.feed(static_cast<unsigned char>(text[i])))
      break;
  }
  if (out)
    *out = m;
  return i;
}

} // namespace

class TestJsonConstraint : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void validDocuments_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("spaces") << QByteArray(" \n{ \"a\" : 1 , \"b\":[ ] }\n");
    QTest::newRow("nested") << QByteArray("{\"a\":{\"b\":[1,-2.5e+3,0,true,false,null,\"x\"]},\"c\":[[{}]]}");
    QTest::newRow("escapes") << QByteArray("{\"k\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\":\"é😀\"}");
    QTest::newRow("numbers") << QByteArray("{\"a\":0,\"b\":-0.5,\"c\":1E9,\"d\":12e-3}");
  }
  void validDocuments() {
    QFETCH(QByteArray, text);
    JsonMachine m;
    QCOMPARE(accepted(text, &m), text.size());
    QVERIFY(m.isComplete());
    QCOMPARE(m.closingCost(), 0);
    QVERIFY(QJsonDocument::fromJson(text).isObject());
  }

  void invalidDocuments_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("stopsAt");
    QTest::newRow("array at top") << QByteArray("[1]") << 0;
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << 7;
    QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << 6;
    QTest::newRow("bare word") << QByteArray("{\"a\":yes}") << 5;
    QTest::newRow("control in string") << QByteArray("{\"a\n\":1}") << 3;
    QTest::newRow("bad escape") << QByteArray("{\"\\x\":1}") << 3;
    QTest::newRow("mismatched close") << QByteArray("{\"a\":[1}}") << 7;
    QTest::newRow("after the end") << QByteArray("{} x") << 3;
    QTest::newRow("bad utf-8") << QByteArray("{\"\xff\":1}") << 2;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << 1;
  }
  void invalidDocuments() {
    QFETCH(QByteArray, text);
    QFETCH(int, stopsAt);
    QCOMPARE(accepted(text), qsizetype(stopsAt));
  }

  void closingCost() {
    const QList<QPair<QByteArray, int>> cases{
        {"", 2},           {"{", 1},        {"{\"ab", 4},     {"{\"a\"", 3},        {"{\"a\":", 2},  {"{\"a\":[", 2},
        {"{\"a\":[1,", 3}, {"{\"a\":-", 2}, {"{\"a\":tr", 3}, {"{\"a\":\"\\u0", 5}, {"{\"a\":1,", 5}};
    for (const auto &[text, cost] : cases) {
      JsonMachine m;
      QCOMPARE(accepted(text, &m), text.size());
      QVERIFY2(m.closingCost() == cost, text.constData());
    }
  }

  // Issue 18 (response_format json_object): random logits (the fixture model's answers are no
  // better) sampled at temperature 1 give a JSON object for every seed, within the budget.
  void randomLogitsGiveJson() {
    auto tokenizer = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tokenizer, qPrintable(tokenizer.error()));
    const qsizetype vocab = tokenizer->vocabSize();
    double maskMs = 0;
    qint64 steps = 0;
    for (quint64 seed = 1; seed <= 20; ++seed) {
      SamplingParams p;
      p.doSample = true;
      p.temperature = 1.0;
      p.seed = seed;
      p.maxNewTokens = 40;
      p.eosTokenIds = {151645, 151643};
      p.jsonObject = true;
      GenerationState state(*tokenizer, p, {});
      QRandomGenerator random{quint32(seed)};
      std::vector<float> logits(static_cast<size_t>(vocab), 0.0f);
      while (!state.isFinished()) {
        for (float &l : logits)
          l = float(random.generateDouble() * 4.0);
        QElapsedTimer timer;
        timer.start();
        state.accept(logits.data(), vocab);
        maskMs += timer.nsecsElapsed() / 1e6;
        ++steps;
      }
      const QByteArray text = state.text().toUtf8();
      QJsonParseError error;
      const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
      QVERIFY2(
          doc.isObject(),
          qPrintable(QStringLiteral("seed %1: %2 (%3)").arg(seed).arg(error.errorString(), QString::fromUtf8(text))));
      QCOMPARE(state.finishReason(), FinishReason::Eos);
      QVERIFY(state.generated().size() <= 40);
    }
    qInfo("%lld steps, %.3f ms each (mask, sampling and bookkeeping)", steps, maskMs / double(steps));

    // The mask alone, inside a string (the widest walk) and between values.
    JsonConstraint constraint(*tokenizer);
    std::vector<float> logits(static_cast<size_t>(vocab), 0.0f);
    for (const QString &piece : {QStringLiteral("{"), QStringLiteral("\"a"), QStringLiteral("b")}) {
      const QList<int> ids = tokenizer->encode(piece);
      QCOMPARE(ids.size(), 1);
      constraint.accept(ids.first());
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int kRounds = 50;
    for (int i = 0; i < kRounds; ++i)
      constraint.mask(logits.data(), vocab, 100);
    qInfo("mask inside a string: %.3f ms", timer.nsecsElapsed() / 1e6 / kRounds);
    qsizetype allowed = 0;
    for (float l : logits)
      allowed += l == 0.0f ? 1 : 0;
    QVERIFY2(allowed > vocab / 2, "inside a string most tokens may follow");
    QVERIFY(logits[size_t(tokenizer->encode(QStringLiteral("\"")).first())] == 0.0f);
    QVERIFY(logits[151645] < 0); // <|im_end|>: never before the object is whole
  }
};

QTEST_GUILESS_MAIN(TestJsonConstraint)
#include "tst_jsonconstraint.moc"
