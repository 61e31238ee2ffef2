#include "engine/generationstate.h"
#include "fixtures.h"
#include "model/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

constexpr qsizetype kVocab = 151936; // config.json vocab_size of the tiny fixture
constexpr int kEndOfText = 151643;   // <|endoftext|>
constexpr int kImEnd = 151645;       // <|im_end|>

// A logits buffer with one clear maximum at `id` (everything else 0).
std::vector<float> peakAt(int id, float value = 10.0f) {
  std::vector<float> logits(size_t(kVocab), 0.0f);
  logits[size_t(id)] = value;
  return logits;
}

SamplingParams greedy(int maxNewTokens = 16) {
  SamplingParams p; // doSample false: argmax
  p.maxNewTokens = maxNewTokens;
  p.eosTokenIds = {kImEnd, kEndOfText}; // generation_config.json of the fixture
  return p;
}

} // namespace

// The per-token bookkeeping of an answer, driven by hand-made logits over the fixture tokenizer.
class TestGenerationState : public QObject {
  Q_OBJECT

private:
  Tokenizer m_tok;
  int m_hello = -1; // "Hello"
  int m_world = -1; // " world"

  GenerationState::Step feed(GenerationState &state, int id) {
    std::vector<float> logits = peakAt(id);
    return state.accept(logits.data(), kVocab);
  }

private Q_SLOTS:
  void initTestCase() {
    auto tok = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tok, qPrintable(tok.error()));
    m_tok = *tok;
    // Ids from the fixture's vocab.json (byte-level spelling: Ġ is the space).
    m_hello = m_tok.tokenId(QStringLiteral("Hello"));
    m_world = m_tok.tokenId(QStringLiteral("Ġworld"));
    QCOMPARE(m_hello, 9707);
    QCOMPARE(m_world, 1879);
    QCOMPARE(m_tok.tokenId(QStringLiteral("<|im_end|>")), kImEnd);
    QCOMPARE(m_tok.tokenId(QStringLiteral("<|endoftext|>")), kEndOfText);
  }

  void greedyPicksTheMaximum() {
    GenerationState state(m_tok, greedy(), {});
    std::vector<float> logits(size_t(kVocab), 0.0f);
    for (qsizetype i = 0; i < kVocab; ++i)
      logits[size_t(i)] = float(i % 97) * 0.01f; // a busy background below 1
    logits[size_t(m_hello)] = 3.0f;
    const GenerationState::Step step = state.accept(logits.data(), kVocab);
    QCOMPARE(step.token, m_hello);
    QCOMPARE(step.text, QStringLiteral("Hello"));
    QVERIFY(!step.finished);
    QVERIFY(!state.isFinished());
    QCOMPARE(state.finishReason(), FinishReason::None);
    QCOMPARE(state.generated(), QList<qint64>{m_hello});
    QCOMPARE(state.text(), QStringLiteral("Hello"));
  }

  void eosEndsWithoutText() {
    for (int eos : {kImEnd, kEndOfText}) {
      GenerationState state(m_tok, greedy(), {});
      QCOMPARE(feed(state, m_hello).text, QStringLiteral("Hello"));
      const GenerationState::Step step = feed(state, eos);
      QCOMPARE(step.token, eos);
      QVERIFY(step.finished);
      QCOMPARE(step.text, QString());
      QCOMPARE(state.finishReason(), FinishReason::Eos);
      QCOMPARE(state.generated(), (QList<qint64>{m_hello, eos})); // the EOS id is kept
      QCOMPARE(state.text(), QStringLiteral("Hello"));
      QCOMPARE(finishReasonName(state.finishReason()), QStringLiteral("eos"));
    }
  }

  void eosReleasesHeldText() {
    // "lo" of "Hello" could begin the stop string, so it is held; EOS ends the answer and
    // releases it (the stop string never completed), still without text for the EOS itself.
    SamplingParams p = greedy();
    p.stopStrings = {QStringLiteral("lo there")};
    GenerationState state(m_tok, p, {});
    QCOMPARE(feed(state, m_hello).text, QStringLiteral("Hel"));
    const GenerationState::Step step = feed(state, kImEnd);
    QVERIFY(step.finished);
    QCOMPARE(step.text, QStringLiteral("lo"));
    QCOMPARE(state.text(), QStringLiteral("Hello"));
    QCOMPARE(state.finishReason(), FinishReason::Eos);
  }

  void ignoreEosContinues() {
    SamplingParams p = greedy(3);
    p.ignoreEos = true;
    GenerationState state(m_tok, p, {});
    GenerationState::Step step = feed(state, kImEnd);
    QVERIFY(!step.finished);
    QCOMPARE(step.text, QString()); // a special token: no text
    step = feed(state, kEndOfText);
    QVERIFY(!step.finished);
    QCOMPARE(step.text, QString());
    step = feed(state, m_hello);
    QVERIFY(step.finished); // the budget of 3, not EOS
    QCOMPARE(step.text, QStringLiteral("Hello"));
    QCOMPARE(state.finishReason(), FinishReason::Length);
    QCOMPARE(state.generated(), (QList<qint64>{kImEnd, kEndOfText, m_hello}));
    QCOMPARE(state.text(), QStringLiteral("Hello"));
  }

  void maxNewTokensEndsWithLength() {
    GenerationState state(m_tok, greedy(3), {});
    QVERIFY(!feed(state, m_hello).finished);
    QVERIFY(!feed(state, m_world).finished);
    QVERIFY(!state.isFinished());
    const GenerationState::Step last = feed(state, m_world);
    QVERIFY(last.finished);
    QCOMPARE(state.finishReason(), FinishReason::Length);
    QCOMPARE(finishReasonName(state.finishReason()), QStringLiteral("length"));
    QCOMPARE(state.generated().size(), 3);
    QCOMPARE(state.text(), QStringLiteral("Hello world world"));
  }

  void lengthReleasesHeldText() {
    // The last token's text is held as a possible stop-string start; the budget ends the answer
    // and the held text comes out in the same step.
    SamplingParams p = greedy(1);
    p.stopStrings = {QStringLiteral("Hello there")};
    GenerationState state(m_tok, p, {});
    const GenerationState::Step step = feed(state, m_hello);
    QVERIFY(step.finished);
    QCOMPARE(step.text, QStringLiteral("Hello"));
    QCOMPARE(state.finishReason(), FinishReason::Length);
  }

  void stopStringAcrossTokens() {
    // "lo wor" starts inside "Hello" and ends inside " world".
    SamplingParams p = greedy();
    p.stopStrings = {QStringLiteral("lo wor")};
    GenerationState state(m_tok, p, {});
    const GenerationState::Step first = feed(state, m_hello);
    QVERIFY(!first.finished);
    QCOMPARE(first.text, QStringLiteral("Hel")); // "lo" held back
    const GenerationState::Step second = feed(state, m_world);
    QVERIFY(second.finished);
    QCOMPARE(second.text, QString());
    QCOMPARE(state.finishReason(), FinishReason::StopString);
    QCOMPARE(finishReasonName(state.finishReason()), QStringLiteral("stop"));
    QCOMPARE(state.text(), QStringLiteral("Hel"));
    QCOMPARE(state.generated(), (QList<qint64>{m_hello, m_world}));
  }

  void stopStringOnTheLastAllowedToken() {
    // The stop string completes on the token that also exhausts the budget: a stop, not length.
    SamplingParams p = greedy(2);
    p.stopStrings = {QStringLiteral("o w")};
    GenerationState state(m_tok, p, {});
    feed(state, m_hello);
    QVERIFY(feed(state, m_world).finished);
    QCOMPARE(state.finishReason(), FinishReason::StopString);
    QCOMPARE(state.text(), QStringLiteral("Hell"));
  }

  void stopFlushesHeldText() {
    SamplingParams p = greedy();
    p.stopStrings = {QStringLiteral("Hello there")};
    GenerationState state(m_tok, p, {});
    QCOMPARE(feed(state, m_hello).text, QString()); // all of it could begin the stop string
    QCOMPARE(state.stop(), QStringLiteral("Hello"));
    QVERIFY(state.isFinished());
    QCOMPARE(state.finishReason(), FinishReason::Stopped);
    QCOMPARE(finishReasonName(state.finishReason()), QStringLiteral("stopped"));
    QCOMPARE(state.text(), QStringLiteral("Hello"));
    QCOMPARE(state.stop(), QString()); // already over: nothing more
    QCOMPARE(state.finishReason(), FinishReason::Stopped);
  }

  void stopWithAnIncompleteCharacter() {
    // Bytes of a character that will never be completed come out as one U+FFFD.
    GenerationState state(m_tok, greedy(), {});
    QCOMPARE(feed(state, 26525).text, QStringLiteral(" ")); // " \xf0\x9f\x98": first 3 bytes of an emoji
    QCOMPARE(state.stop(), QString(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(state.finishReason(), FinishReason::Stopped);
  }

  void stopAfterTheEndChangesNothing() {
    GenerationState state(m_tok, greedy(1), {});
    feed(state, m_hello);
    QCOMPARE(state.finishReason(), FinishReason::Length);
    QCOMPARE(state.stop(), QString());
    QCOMPARE(state.finishReason(), FinishReason::Length);
  }

  void multiByteCharacterSplitAcrossTokens_data() {
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<QByteArray>("firstBytes");
    QTest::addColumn<QByteArray>("secondBytes");
    QTest::addColumn<QString>("firstText");
    QTest::addColumn<QString>("secondText");
    QTest::addColumn<QString>("fixtureText");
    // Adjacent ids in tokenizer_cases.json whose bytes (vocab.json, byte-level decoded) only
    // form a character together.
    QTest::newRow("emoji U+1F601") << 26525 << 223 << QByteArray(" \xf0\x9f\x98") << QByteArray("\x81")
                                   << QStringLiteral(" ") << QStringLiteral("\U0001F601")
                                   << QStringLiteral("How are you \U0001F601 ?");
    QTest::newRow("CJK U+5168") << 34369 << 101 << QByteArray(" \xe5\x85") << QByteArray("\xa8") << QStringLiteral(" ")
                                << QStringLiteral("\u5168") << QStringLiteral(" \u5168\u89d2");
    QTest::newRow("CJK U+3007") << 1277 << 229 << QByteArray("\xe3\x80") << QByteArray("\x87") << QString()
                                << QStringLiteral("\u3007") << QStringLiteral("\u3007\u4e00\u4e8c");
  }

  void multiByteCharacterSplitAcrossTokens() {
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(QByteArray, firstBytes);
    QFETCH(QByteArray, secondBytes);
    QFETCH(QString, firstText);
    QFETCH(QString, secondText);
    QFETCH(QString, fixtureText);

    // The pair really occurs in a fixture case.
    const QJsonArray cases =
        QJsonDocument::fromJson(
            Fixtures::readFile(Fixtures::tinyDir() + QStringLiteral("/tokenizer/tokenizer_cases.json")))
            .object()
            .value(QStringLiteral("cases"))
            .toArray();
    bool found = false;
    for (const QJsonValue &c : cases) {
      const QJsonObject o = c.toObject();
      if (!o.value(QStringLiteral("text")).toString().contains(fixtureText))
        continue;
      const QJsonArray ids = o.value(QStringLiteral("ids")).toArray();
      for (qsizetype i = 0; i + 1 < ids.size(); ++i)
        found = found || (ids.at(i).toInt() == first && ids.at(i + 1).toInt() == second);
    }
    QVERIFY2(found, "the id pair is not in tokenizer_cases.json");
    QCOMPARE(m_tok.tokenBytes(first), firstBytes);
    QCOMPARE(m_tok.tokenBytes(second), secondBytes);

    GenerationState state(m_tok, greedy(), {});
    const GenerationState::Step a = feed(state, first);
    QCOMPARE(a.text, firstText); // the incomplete character is held back
    const GenerationState::Step b = feed(state, second);
    QCOMPARE(b.text, secondText); // and emitted once, whole
    QCOMPARE(state.text(), firstText + secondText);
    QVERIFY(!state.isFinished());
  }

  void specialTokenBetweenTheHalvesOfACharacter() {
    // A skipped special token does not cut the pending bytes: the character still completes, as
    // decoding the ids with special tokens skipped gives " \U0001F601".
    SamplingParams p = greedy();
    p.eosTokenIds = {kEndOfText};
    GenerationState state(m_tok, p, {});
    QCOMPARE(feed(state, 26525).text, QStringLiteral(" "));
    QCOMPARE(feed(state, kImEnd).text, QString());
    QCOMPARE(feed(state, 223).text, QStringLiteral("\U0001F601"));
    QCOMPARE(state.text(), QStringLiteral(" \U0001F601"));
  }

  // Each fixture case's 8 greedy tokens, fed one by one, give its greedy text (transformers'
  // decode) and end on the token budget.
  void fixtureGreedyText_data() {
    QTest::addColumn<QList<int>>("ids");
    QTest::addColumn<QString>("text");
    for (const QString &name : Fixtures::caseNames()) {
      const QJsonObject greedy = Fixtures::caseJson(name).value(QStringLiteral("greedy")).toObject();
      if (greedy.isEmpty())
        continue;
      QList<int> ids;
      for (const QJsonValue &v : greedy.value(QStringLiteral("token_ids")).toArray())
        ids.append(v.toInt());
      QTest::newRow(qPrintable(name)) << ids << greedy.value(QStringLiteral("text")).toString();
    }
  }

  void fixtureGreedyText() {
    QFETCH(QList<int>, ids);
    QFETCH(QString, text);
    QCOMPARE(ids.size(), 8);
    GenerationState state(m_tok, greedy(8), {});
    QString streamed;
    for (qsizetype i = 0; i < ids.size(); ++i) {
      QVERIFY(!state.isFinished());
      const GenerationState::Step step = feed(state, ids.at(i));
      QCOMPARE(step.token, ids.at(i));
      QCOMPARE(step.finished, i == ids.size() - 1);
      QVERIFY2(!step.text.contains(QChar(QChar::ReplacementCharacter)), qPrintable(step.text));
      streamed += step.text;
    }
    QCOMPARE(state.finishReason(), FinishReason::Length);
    QCOMPARE(streamed, text);
    QCOMPARE(state.text(), text);
  }

  void specialTokensAreNotText() {
    // <|im_end|> when it is not an end-of-sequence id, and other special tokens.
    SamplingParams p = greedy();
    p.eosTokenIds = {kEndOfText};
    GenerationState state(m_tok, p, {});
    QCOMPARE(feed(state, m_hello).text, QStringLiteral("Hello"));
    const GenerationState::Step imEnd = feed(state, kImEnd);
    QVERIFY(!imEnd.finished);
    QCOMPARE(imEnd.text, QString());
    const int imStart = m_tok.tokenId(QStringLiteral("<|im_start|>"));
    const int visionStart = m_tok.tokenId(QStringLiteral("<|vision_start|>"));
    QCOMPARE(imStart, 151644);
    QCOMPARE(visionStart, 151652);
    QCOMPARE(feed(state, imStart).text, QString());
    QCOMPARE(feed(state, visionStart).text, QString());
    QCOMPARE(feed(state, m_world).text, QStringLiteral(" world"));
    QCOMPARE(state.text(), QStringLiteral("Hello world"));
    QCOMPARE(state.generated(), (QList<qint64>{m_hello, kImEnd, imStart, visionStart, m_world}));
  }

  void repetitionPenaltySeesThePrompt() {
    // "Hello" leads " world" by 1.0 vs 0.9; "Hello" is in the prompt, so a penalty of 2.0 halves
    // its positive logit to 0.5 and " world" wins.
    auto logits = [&] {
      std::vector<float> l(size_t(kVocab), 0.0f);
      l[size_t(m_hello)] = 1.0f;
      l[size_t(m_world)] = 0.9f;
      return l;
    };
    const QList<qint64> prompt = {151644, 872, 198, m_hello, 151645};

    SamplingParams off = greedy();
    GenerationState without(m_tok, off, prompt);
    std::vector<float> a = logits();
    QCOMPARE(without.accept(a.data(), kVocab).token, m_hello);

    SamplingParams on = greedy();
    on.repetitionPenalty = 2.0;
    GenerationState with(m_tok, on, prompt);
    std::vector<float> b = logits();
    QCOMPARE(with.accept(b.data(), kVocab).token, m_world);

    // Not in the prompt: the penalty does not touch it.
    GenerationState unrelated(m_tok, on, {151644, 872, 198});
    std::vector<float> c = logits();
    QCOMPARE(unrelated.accept(c.data(), kVocab).token, m_hello);
  }

  void repetitionPenaltySeesGeneratedTokens() {
    SamplingParams p = greedy();
    p.repetitionPenalty = 2.0;
    GenerationState state(m_tok, p, {});
    QCOMPARE(feed(state, m_hello).token, m_hello);
    std::vector<float> l(size_t(kVocab), 0.0f);
    l[size_t(m_hello)] = 1.0f;
    l[size_t(m_world)] = 0.9f;
    QCOMPARE(state.accept(l.data(), kVocab).token, m_world);
  }

  // Issue 18 (logprobs): the log-softmax of the raw logits, before the repetition penalty and the
  // temperature change them; the k most likely tokens, best first, with their bytes.
  void logprobsOfTheRawLogits() {
    SamplingParams p = greedy(4);
    p.repetitionPenalty = 5.0; // would change the chosen token's logit if applied first
    p.topLogprobs = 3;
    GenerationState state(m_tok, p, {m_hello});
    std::vector<float> l(size_t(kVocab), 0.0f);
    l[size_t(m_hello)] = 4.0f;
    l[size_t(m_world)] = 3.0f;
    l[2000] = 3.0f; // ties with " world" (1879): the lower id ranks first
    double sum = 0;
    for (float x : l)
      sum += std::exp(double(x));
    const double lse = std::log(sum);
    const GenerationState::Step step = state.accept(l.data(), kVocab);
    QVERIFY(step.logprobs.isValid());
    QCOMPARE(step.token, m_world); // the penalty made " world" win; its logprob is the raw one
    QCOMPARE(step.logprobs.chosen.token, m_world);
    QCOMPARE(step.logprobs.chosen.bytes, QByteArray(" world"));
    QVERIFY(qAbs(step.logprobs.chosen.logprob - (3.0 - lse)) < 1e-6);
    QCOMPARE(step.logprobs.top.size(), 3);
    QCOMPARE(step.logprobs.top[0].token, m_hello);
    QCOMPARE(step.logprobs.top[0].bytes, QByteArray("Hello"));
    QVERIFY(qAbs(step.logprobs.top[0].logprob - (4.0 - lse)) < 1e-6);
    QCOMPARE(step.logprobs.top[1].token, m_world);
    QCOMPARE(step.logprobs.top[2].token, 2000);
    QCOMPARE(state.logprobs().size(), 1);

    // A token the filters rule out still gets a finite number (JSON has no -infinity).
    std::vector<float> masked(size_t(kVocab), -std::numeric_limits<float>::infinity());
    masked[size_t(m_hello)] = 1.0f;
    const GenerationState::Step second = state.accept(masked.data(), kVocab);
    QCOMPARE(second.logprobs.chosen.logprob, 0.0);
    QCOMPARE(second.logprobs.top.size(), 3);
    QCOMPARE(second.logprobs.top[1].logprob, -9999.0);

    // top 0: only the chosen token; none asked for: nothing computed.
    SamplingParams none = greedy(4);
    none.topLogprobs = 0;
    GenerationState zero(m_tok, none, {});
    const GenerationState::Step z = feed(zero, m_hello);
    QVERIFY(z.logprobs.isValid());
    QVERIFY(z.logprobs.top.isEmpty());
    GenerationState off(m_tok, greedy(4), {});
    QVERIFY(!feed(off, m_hello).logprobs.isValid());
    QVERIFY(off.logprobs().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestGenerationState)
#include "tst_generationstate.moc"
