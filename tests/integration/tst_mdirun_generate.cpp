#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using mdi::test::Fixtures;

namespace {

QList<qint64> toIds(const QJsonValue &value) {
  QList<qint64> ids;
  for (const QJsonValue &v : value.toArray())
    ids.append(v.toInteger());
  return ids;
}

constexpr qint64 kImagePad = 151655; // <|image_pad|>

} // namespace

// Runs the built `mdi-run` (generation) the way a user would, on the fixture checkpoint, and
// compares prompts and greedy answers with the transformers reference in the fixture cases.
class TestMdiRunGenerate : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;

  struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json; // stdout parsed, when --json
  };

  static Result run(const QStringList &args) {
    const mdi::test::ProgramResult p = Fixtures::runProgram(QStringLiteral("mdi-run"), args);
    Result r{p.exitCode, p.out, p.err, {}};
    if (args.contains(QStringLiteral("--json")))
      r.json = QJsonDocument::fromJson(p.out.toUtf8()).object();
    return r;
  }

  static QStringList modelArgs() { return {QStringLiteral("--model"), Fixtures::checkpointDir()}; }

  // --messages of a fixture case, greedy, 8 tokens, EOS ignored.
  static QStringList caseArgs(const QString &name) {
    return modelArgs() +
           QStringList{QStringLiteral("--messages"), Fixtures::caseDir(name) + QStringLiteral("/case.json"),
                       QStringLiteral("--image-dir"), Fixtures::imagesDir(), QStringLiteral("--max-tokens"),
                       QStringLiteral("8"), QStringLiteral("--ignore-eos"),
                       // The fixtures are float32 figures (the default, auto, picks 8-bit).
                       QStringLiteral("--dtype"), QStringLiteral("f32")};
  }
  static QStringList greedyArgs() { return {QStringLiteral("--temperature"), QStringLiteral("0")}; }
  // Sampling with top-k 50 (the rest of the group would be OpenAI's defaults anyway since
  // --temperature is given: top-p 1, not the fixture's 0.001).
  static QStringList samplingArgs(int seed) {
    return {QStringLiteral("--temperature"), QStringLiteral("0.8"), QStringLiteral("--top-k"), QStringLiteral("50"),
            QStringLiteral("--top-p"),       QStringLiteral("1"),   QStringLiteral("--seed"),  QString::number(seed)};
  }
  static const QString &json() {
    static const QString s = QStringLiteral("--json");
    return s;
  }

  static QString describe(const Result &r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
  }

  static QList<qint64> greedyIds(const QJsonObject &c) {
    return toIds(c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids")));
  }

  QString writeTemp(const QString &name, const QByteArray &data) {
    const QString path = m_tmp.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!Fixtures::writeFile(path, data))
      qFatal("cannot write %s", qPrintable(path));
    return path;
  }

  // A copy of the fixture checkpoint whose context is 64 positions (made once).
  QString shortContextCopy() {
    const QString dir = m_tmp.filePath(QStringLiteral("short-context"));
    if (QFileInfo::exists(dir + QStringLiteral("/config.json")))
      return dir;
    QDir().mkpath(dir);
    const QDir source(Fixtures::checkpointDir());
    for (const QString &file : source.entryList(QDir::Files)) {
      if (file != QLatin1String("config.json") &&
          !QFile::link(source.absoluteFilePath(file), dir + QLatin1Char('/') + file))
        qFatal("cannot link %s", qPrintable(file));
    }
    QJsonObject config =
        QJsonDocument::fromJson(Fixtures::readFile(source.absoluteFilePath(QStringLiteral("config.json")))).object();
    if (config.value(QStringLiteral("max_position_embeddings")).toInt() != 32768)
      qFatal("unexpected fixture config.json");
    config.insert(QStringLiteral("max_position_embeddings"), 64);
    if (!Fixtures::writeFile(dir + QStringLiteral("/config.json"), QJsonDocument(config).toJson()))
      qFatal("cannot write config.json");
    return dir;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(Fixtures::executable(QStringLiteral("mdi-run"))).isExecutable(),
             qPrintable(Fixtures::executable(QStringLiteral("mdi-run"))));
    QVERIFY(Fixtures::caseNames().size() >= 10);
  }

  void fixtureCases_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : Fixtures::caseNames())
      QTest::newRow(qPrintable(name)) << name;
  }

  // The prompt ids and the 8 greedy tokens of every case, as transformers produced them.
  void fixtureCases() {
    QFETCH(QString, name);
    const QJsonObject c = Fixtures::caseJson(name);
    const Result r = run(caseArgs(name) + greedyArgs() + QStringList{json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject stats = r.json.value(QStringLiteral("stats")).toObject();
    const QList<qint64> prompt = toIds(r.json.value(QStringLiteral("prompt_tokens")));
    const QList<qint64> tokens = toIds(r.json.value(QStringLiteral("tokens")));
    QCOMPARE(r.json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(stats.value(QStringLiteral("generated_tokens")).toInteger(), 8);
    QCOMPARE(stats.value(QStringLiteral("prompt_tokens")).toInteger(), prompt.size());
    QCOMPARE(stats.value(QStringLiteral("images")).toInteger(), c.value(QStringLiteral("images")).toArray().size());

    if (c.contains(QStringLiteral("expect_error"))) {
      // transformers v4.47 refused the 20x20 image; >= 4.53 (and we) upscale it to 56x56, a
      // 4x4 patch grid merged 2x2: (4/2)*(4/2) = 4 <|image_pad|> tokens in place of the one.
      const QList<qint64> unexpanded = toIds(c.value(QStringLiteral("prompt_ids_unexpanded")));
      QCOMPARE(unexpanded.count(kImagePad), 1);
      QList<qint64> expected;
      for (qint64 id : unexpanded) {
        expected.append(id);
        if (id == kImagePad)
          expected << kImagePad << kImagePad << kImagePad;
      }
      QCOMPARE(prompt.size(), unexpanded.size() + 3);
      QCOMPARE(prompt, expected);
      QCOMPARE(stats.value(QStringLiteral("image_tokens")).toInteger(), 4);
      QCOMPARE(tokens.size(), 8);
      return;
    }

    QCOMPARE(prompt, toIds(c.value(QStringLiteral("input_ids"))));
    QCOMPARE(prompt.size(), c.value(QStringLiteral("seq_len")).toInteger());
    qint64 imageTokens = 0;
    for (const QJsonValue &n : c.value(QStringLiteral("n_image_tokens")).toArray())
      imageTokens += n.toInteger();
    QCOMPARE(stats.value(QStringLiteral("image_tokens")).toInteger(), imageTokens);
    QCOMPARE(tokens, greedyIds(c));
    QCOMPARE(r.json.value(QStringLiteral("text")).toString(),
             c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("text")).toString());
  }

  void streamedTextEqualsJsonText_data() {
    QTest::addColumn<QString>("name");
    for (const char *name : {"text_only", "text_system_multilingual", "two_images", "multi_turn_image_first"})
      QTest::newRow(name) << QString::fromLatin1(name);
  }

  void streamedTextEqualsJsonText() {
    QFETCH(QString, name);
    const Result j = run(caseArgs(name) + greedyArgs() + QStringList{json()});
    QVERIFY2(j.exitCode == 0, qPrintable(describe(j)));
    const Result s = run(caseArgs(name) + greedyArgs());
    QVERIFY2(s.exitCode == 0, qPrintable(describe(s)));
    const QString text = j.json.value(QStringLiteral("text")).toString();
    QVERIFY(!text.isEmpty());
    // The answer, then one newline; the statistics go to stderr.
    QCOMPARE(s.out, text + QLatin1Char('\n'));
    QVERIFY2(s.err.contains(QStringLiteral("length")), qPrintable(s.err));
  }

  // --prompt and --image without --system give the fixture's prompt (default system message).
  void promptMatchesFixture() {
    const QJsonObject c = Fixtures::caseJson(QStringLiteral("image_gradient_224"));
    const Result r =
        run(modelArgs() +
            QStringList{QStringLiteral("--prompt"), QStringLiteral("Describe this image."), QStringLiteral("--image"),
                        Fixtures::imagesDir() + QStringLiteral("/gradient_224x224.png"), QStringLiteral("--max-tokens"),
                        QStringLiteral("8"), QStringLiteral("--ignore-eos"), QStringLiteral("--dtype"),
                        QStringLiteral("f32")} +
            greedyArgs() + QStringList{json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(toIds(r.json.value(QStringLiteral("prompt_tokens"))), toIds(c.value(QStringLiteral("input_ids"))));
    QCOMPARE(toIds(r.json.value(QStringLiteral("tokens"))), greedyIds(c));
  }

  // --prompt with --image and --system equals the same conversation given as --messages.
  void promptEqualsMessages() {
    const QString system = QStringLiteral("You are terse. \u7b80\u77ed\u3002");
    const QString text = QStringLiteral("Compare the two images, please.");
    const QJsonObject file{
        {QStringLiteral("messages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}},
             QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                         {QStringLiteral("content"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                                 {QStringLiteral("image"), QStringLiteral("checker_112x84.png")}},
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                                 {QStringLiteral("image"), QStringLiteral("gray_150x150.png")}},
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"), text}}}}}}},
        {QStringLiteral("chat_template_kwargs"), QJsonObject{{QStringLiteral("add_generation_prompt"), true}}}};
    const QString messages = writeTemp(QStringLiteral("equivalent/messages.json"), QJsonDocument(file).toJson());

    const QStringList common = {QStringLiteral("--max-tokens"),  QStringLiteral("4"), QStringLiteral("--ignore-eos"),
                                QStringLiteral("--temperature"), QStringLiteral("0"), json()};
    const Result a =
        run(modelArgs() +
            QStringList{QStringLiteral("--system"), system, QStringLiteral("--image"),
                        Fixtures::imagesDir() + QStringLiteral("/checker_112x84.png"), QStringLiteral("--image"),
                        Fixtures::imagesDir() + QStringLiteral("/gray_150x150.png"), QStringLiteral("--prompt"), text} +
            common);
    QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
    const Result b =
        run(modelArgs() +
            QStringList{QStringLiteral("--messages"), messages, QStringLiteral("--image-dir"), Fixtures::imagesDir()} +
            common);
    QVERIFY2(b.exitCode == 0, qPrintable(describe(b)));
    const QList<qint64> prompt = toIds(a.json.value(QStringLiteral("prompt_tokens")));
    QCOMPARE(prompt, toIds(b.json.value(QStringLiteral("prompt_tokens"))));
    QCOMPARE(toIds(a.json.value(QStringLiteral("tokens"))), toIds(b.json.value(QStringLiteral("tokens"))));
    // The given system message replaces the default one; the two images are the two_images
    // case's (12 + 25 image tokens).
    QCOMPARE(prompt.mid(0, 3), (QList<qint64>{151644, 8948, 198})); // <|im_start|>system\n
    QVERIFY(prompt.mid(3, 8) != (QList<qint64>{2610, 525, 264, 10950, 17847, 13, 151645, 198}));
    QCOMPARE(prompt.count(kImagePad), 12 + 25);
    QCOMPARE(a.json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("images")).toInteger(), 2);

    // Relative image names in --messages resolve against the messages file's folder by default.
    for (const char *image : {"checker_112x84.png", "gray_150x150.png"})
      writeTemp(QStringLiteral("equivalent/") + QLatin1String(image),
                Fixtures::readFile(Fixtures::imagesDir() + QLatin1Char('/') + QLatin1String(image)));
    const Result c = run(modelArgs() + QStringList{QStringLiteral("--messages"), messages} + common);
    QVERIFY2(c.exitCode == 0, qPrintable(describe(c)));
    QCOMPARE(toIds(c.json.value(QStringLiteral("prompt_tokens"))), prompt);
  }

  void bf16FirstToken() {
    // The case whose first greedy step has the widest top-1/top-2 margin, if it is wide enough
    // for bf16 rounding not to swap them.
    QString best;
    double bestMargin = 0;
    for (const QString &name : Fixtures::caseNames()) {
      const QJsonArray steps =
          Fixtures::caseJson(name).value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
      if (steps.isEmpty())
        continue;
      const double margin = steps.at(0).toObject().value(QStringLiteral("margin_top1_top2")).toDouble();
      if (margin > bestMargin) {
        bestMargin = margin;
        best = name;
      }
    }
    if (bestMargin <= 0.05)
      QSKIP("no fixture case has a step-0 top-1/top-2 margin above 0.05");
    const qint64 expected = greedyIds(Fixtures::caseJson(best)).at(0);

    const Result f32 = run(caseArgs(best) + greedyArgs() + QStringList{json()});
    QVERIFY2(f32.exitCode == 0, qPrintable(describe(f32)));
    const Result bf16 =
        run(caseArgs(best) + greedyArgs() + QStringList{QStringLiteral("--dtype"), QStringLiteral("bf16"), json()});
    QVERIFY2(bf16.exitCode == 0, qPrintable(describe(bf16)));
    QCOMPARE(toIds(bf16.json.value(QStringLiteral("prompt_tokens"))),
             toIds(f32.json.value(QStringLiteral("prompt_tokens"))));
    const QList<qint64> f32Tokens = toIds(f32.json.value(QStringLiteral("tokens")));
    const QList<qint64> bf16Tokens = toIds(bf16.json.value(QStringLiteral("tokens")));
    QCOMPARE(bf16Tokens.size(), 8);
    QCOMPARE(f32Tokens.value(0), expected);
    QVERIFY2(bf16Tokens.value(0) == expected, qPrintable(QStringLiteral("%1 (margin %2): bf16 first token %3, f32 %4")
                                                             .arg(best)
                                                             .arg(bestMargin)
                                                             .arg(bf16Tokens.value(0))
                                                             .arg(expected)));
  }

  void seededSampling() {
    // The tiny random model's logits are nearly flat (|logit| < 1, margins ~0.05), so each of the
    // 8 draws among the top 50 is close to uniform: two seeds giving the same 8 tokens, or a draw
    // giving exactly the greedy answer, has a probability of order 50^-8 per case. The sampler is
    // platform-independent, so the outcome is fixed for a given implementation.
    const QStringList cases = {QStringLiteral("text_only"), QStringLiteral("image_small_40x30"),
                               QStringLiteral("multi_turn_image_first"), QStringLiteral("two_images")};
    for (const QString &name : cases) {
      const Result a = run(caseArgs(name) + samplingArgs(7) + QStringList{json()});
      QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
      const Result b = run(caseArgs(name) + samplingArgs(7) + QStringList{json()});
      QVERIFY2(b.exitCode == 0, qPrintable(describe(b)));
      const Result c = run(caseArgs(name) + samplingArgs(8) + QStringList{json()});
      QVERIFY2(c.exitCode == 0, qPrintable(describe(c)));
      const QList<qint64> seven = toIds(a.json.value(QStringLiteral("tokens")));
      const QList<qint64> eight = toIds(c.json.value(QStringLiteral("tokens")));
      QCOMPARE(seven.size(), 8);
      QCOMPARE(eight.size(), 8);
      QCOMPARE(toIds(b.json.value(QStringLiteral("tokens"))), seven);
      QCOMPARE(b.json.value(QStringLiteral("text")).toString(), a.json.value(QStringLiteral("text")).toString());
      QVERIFY2(eight != seven, qPrintable(name + QStringLiteral(": seeds 7 and 8 gave the same tokens")));
      QVERIFY2(seven != greedyIds(Fixtures::caseJson(name)),
               qPrintable(name + QStringLiteral(": sampling gave the greedy answer")));
    }
  }

  // Issue 18 #1: --temperature alone samples, although the fixture's generation_config.json says
  // top_k 1 / top_p 0.001 (which would keep only the top token); without sampling flags the
  // model's own values apply, which for the fixture means the greedy answer.
  void temperatureAloneSamples() {
    const QString name = QStringLiteral("text_only");
    const QList<qint64> greedy = greedyIds(Fixtures::caseJson(name)).mid(0, 8);
    const Result plain = run(caseArgs(name) + QStringList{json()});
    QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
    QCOMPARE(toIds(plain.json.value(QStringLiteral("tokens"))), greedy);
    QList<QList<qint64>> sampled;
    for (const int seed : {1, 2}) {
      const Result r = run(caseArgs(name) + QStringList{QStringLiteral("--temperature"), QStringLiteral("2"),
                                                        QStringLiteral("--seed"), QString::number(seed), json()});
      QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
      sampled.append(toIds(r.json.value(QStringLiteral("tokens"))));
      QCOMPARE(sampled.last().size(), 8);
      QVERIFY2(sampled.last() != greedy, "temperature 2 gave the greedy answer");
    }
    QVERIFY2(sampled[0] != sampled[1], "seeds 1 and 2 gave the same tokens at temperature 2");
  }

  // Without --max-tokens the budget is the model's max_new_tokens (read by the engine at load).
  void maxTokensDefaultsToTheModels() {
    const QString dir = m_tmp.filePath(QStringLiteral("max-new-tokens"));
    QVERIFY(QDir().mkpath(dir));
    const QDir source(Fixtures::checkpointDir());
    for (const QString &file : source.entryList(QDir::Files)) {
      if (file != QLatin1String("generation_config.json"))
        QVERIFY(QFile::link(source.absoluteFilePath(file), dir + QLatin1Char('/') + file));
    }
    QJsonObject generation =
        QJsonDocument::fromJson(Fixtures::readFile(source.absoluteFilePath(QStringLiteral("generation_config.json"))))
            .object();
    generation.insert(QStringLiteral("max_new_tokens"), 3);
    QVERIFY(Fixtures::writeFile(dir + QStringLiteral("/generation_config.json"), QJsonDocument(generation).toJson()));
    const Result r = run({QStringLiteral("--model"), dir, QStringLiteral("--prompt"), QStringLiteral("hi"),
                          QStringLiteral("--ignore-eos"), QStringLiteral("--dtype"), QStringLiteral("f32"), json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("generated_tokens")).toInteger(), 3);
  }

  void logprobs_data() {
    QTest::addColumn<QString>("name");
    for (const char *name : {"text_only", "two_images", "image_small_40x30"})
      QTest::newRow(name) << QString::fromLatin1(name);
  }

  // --logprobs 5 with greedy decoding: per generated token its log-probability and the 5 most
  // likely tokens, against the reference's steps (top-5 ids and logits, logsumexp of the logits).
  void logprobs() {
    QFETCH(QString, name);
    // Our float32 logits are within 1e-4 of the reference's (FORMAT.md), so a log-probability
    // (logit - logsumexp) is within 2e-4.
    constexpr double kLogprobTolerance = 2e-4;
    const QJsonObject c = Fixtures::caseJson(name);
    const QJsonArray steps = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
    // float32 weights, as the reference (the default precision may pick a quantized format).
    const QStringList f32 = {QStringLiteral("--dtype"), QStringLiteral("f32")};
    const Result r = run(caseArgs(name) + f32 + greedyArgs() +
                         QStringList{QStringLiteral("--logprobs"), QStringLiteral("5"), json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QList<qint64> tokens = toIds(r.json.value(QStringLiteral("tokens")));
    QCOMPARE(tokens, greedyIds(c));
    const QJsonArray content =
        r.json.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(content.size(), steps.size());
    QByteArray bytes;
    for (qsizetype k = 0; k < content.size(); ++k) {
      const QJsonObject entry = content.at(k).toObject();
      const QJsonObject step = steps.at(k).toObject();
      const qint64 id = entry.value(QStringLiteral("id")).toInteger(-1);
      QCOMPARE(id, step.value(QStringLiteral("token_id")).toInteger());
      QCOMPARE(id, tokens.at(k));
      const double logprob = entry.value(QStringLiteral("logprob")).toDouble(1);
      QVERIFY2(logprob < 0, qPrintable(QString::number(logprob)));
      const double logsumexp =
          step.value(QStringLiteral("logits_stats")).toObject().value(QStringLiteral("logsumexp")).toDouble();
      const QJsonArray expected = step.value(QStringLiteral("top5")).toArray();
      QVERIFY2(std::abs(logprob - (expected.at(0).toObject().value(QStringLiteral("logit")).toDouble() - logsumexp)) <=
                   kLogprobTolerance,
               qPrintable(QStringLiteral("step %1: logprob %2").arg(k).arg(logprob)));

      const QJsonArray top = entry.value(QStringLiteral("top_logprobs")).toArray();
      QCOMPARE(top.size(), 5);
      double previous = 0, probability = 0;
      for (qsizetype j = 0; j < top.size(); ++j) {
        const QJsonObject alt = top.at(j).toObject();
        const double lp = alt.value(QStringLiteral("logprob")).toDouble(1);
        QVERIFY2(lp <= previous, qPrintable(QStringLiteral("step %1: top list not sorted at %2").arg(k).arg(j)));
        QVERIFY(lp <= logprob); // the greedy token is the most likely one
        previous = lp;
        probability += std::exp(lp);
        const QJsonObject e = expected.at(j).toObject();
        QCOMPARE(alt.value(QStringLiteral("id")).toInteger(-1), e.value(QStringLiteral("id")).toInteger());
        QVERIFY(std::abs(lp - (e.value(QStringLiteral("logit")).toDouble() - logsumexp)) <= kLogprobTolerance);
        QVERIFY(alt.contains(QStringLiteral("token")));
      }
      QCOMPARE(top.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
      QCOMPARE(top.at(0).toObject().value(QStringLiteral("logprob")).toDouble(), logprob);
      QVERIFY2(probability <= 1.0, qPrintable(QString::number(probability, 'g', 17)));
      for (const QJsonValue b : entry.value(QStringLiteral("bytes")).toArray())
        bytes.append(char(b.toInt()));
    }
    // The tokens' bytes, in order, are the answer's text (no special tokens among them).
    QCOMPARE(QString::fromUtf8(bytes),
             c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("text")).toString());

    // --logprobs 0: the chosen tokens' log-probabilities without alternatives; no logits kept
    // and no "logprobs" key without the option.
    QStringList args = caseArgs(name);
    args[args.indexOf(QStringLiteral("--max-tokens")) + 1] = QStringLiteral("2");
    const Result zero =
        run(args + f32 + greedyArgs() + QStringList{QStringLiteral("--logprobs"), QStringLiteral("0"), json()});
    QVERIFY2(zero.exitCode == 0, qPrintable(describe(zero)));
    const QJsonArray zeroContent =
        zero.json.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(zeroContent.size(), 2);
    for (qsizetype k = 0; k < zeroContent.size(); ++k) {
      const QJsonObject entry = zeroContent.at(k).toObject();
      QCOMPARE(entry.value(QStringLiteral("top_logprobs")).toArray().size(), 0);
      QCOMPARE(entry.value(QStringLiteral("logprob")).toDouble(),
               content.at(k).toObject().value(QStringLiteral("logprob")).toDouble());
    }
    const Result none = run(args + f32 + greedyArgs() + QStringList{json()});
    QVERIFY2(none.exitCode == 0, qPrintable(describe(none)));
    QVERIFY(!none.json.contains(QStringLiteral("logprobs")));
  }

  void stopString_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("tokens"); // the token that completes the stop string, counted from 1
    // Greedy tokens (vocab.json): text_only ")]\n" "posta" "濕" "paging"...; two_images " tsl"
    // "_ce" "-modal" " espec"...; text_system_multilingual " Certificate" "пу" " conveniently"
    // " focused" "charm" "不必要的"...
    QTest::newRow("across tokens 3|4") << QStringLiteral("text_only") << QStringLiteral("\u6fd5pag") << 4;
    QTest::newRow("across tokens 3|4 b") << QStringLiteral("two_images") << QStringLiteral("modal esp") << 4;
    QTest::newRow("inside token 6") << QStringLiteral("text_system_multilingual")
                                    << QStringLiteral("\u4e0d\u5fc5\u8981") << 6;
    QTest::newRow("whole token 4") << QStringLiteral("text_only") << QStringLiteral("paging") << 4;
  }

  void stopString() {
    QFETCH(QString, name);
    QFETCH(QString, stop);
    QFETCH(int, tokens);
    const QJsonObject c = Fixtures::caseJson(name);
    const QString greedyText = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("text")).toString();
    const qsizetype at = greedyText.indexOf(stop);
    QVERIFY(at > 0);
    const Result r = run(caseArgs(name) + greedyArgs() + QStringList{QStringLiteral("--stop"), stop, json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    QCOMPARE(r.json.value(QStringLiteral("text")).toString(), greedyText.left(at));
    QCOMPARE(toIds(r.json.value(QStringLiteral("tokens"))), greedyIds(c).mid(0, tokens));

    // Streamed: the same text, the stop string never shown.
    const Result s = run(caseArgs(name) + greedyArgs() + QStringList{QStringLiteral("--stop"), stop});
    QVERIFY2(s.exitCode == 0, qPrintable(describe(s)));
    QCOMPARE(s.out, greedyText.left(at) + QLatin1Char('\n'));
  }

  void stopStringNeverSeen() {
    const QJsonObject c = Fixtures::caseJson(QStringLiteral("text_only"));
    const Result r = run(caseArgs(QStringLiteral("text_only")) + greedyArgs() +
                         QStringList{QStringLiteral("--stop"), QStringLiteral("pagingX"), json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(r.json.value(QStringLiteral("text")).toString(),
             c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("text")).toString());
  }

  void maxTokens() {
    const QJsonObject c = Fixtures::caseJson(QStringLiteral("two_images"));
    QStringList args = caseArgs(QStringLiteral("two_images"));
    args[args.indexOf(QStringLiteral("--max-tokens")) + 1] = QStringLiteral("3");
    const Result r = run(args + greedyArgs() + QStringList{json()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(toIds(r.json.value(QStringLiteral("tokens"))), greedyIds(c).mid(0, 3));
    QCOMPARE(r.json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("generated_tokens")).toInteger(), 3);
    QCOMPARE(r.json.value(QStringLiteral("text")).toString(), QStringLiteral(" tsl_ce-modal"));
  }

  void usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString ckpt = Fixtures::checkpointDir();
    const QString messages = Fixtures::caseDir(QStringLiteral("text_only")) + QStringLiteral("/case.json");
    QTest::newRow("no --model") << QStringList{QStringLiteral("--prompt"), QStringLiteral("hi")} << 2
                                << QStringLiteral("--model");
    QTest::newRow("neither prompt nor messages")
        << QStringList{QStringLiteral("--model"), ckpt} << 2 << QStringLiteral("--prompt");
    QTest::newRow("both prompt and messages")
        << QStringList{QStringLiteral("--model"),    ckpt,    QStringLiteral("--prompt"), QStringLiteral("hi"),
                       QStringLiteral("--messages"), messages}
        << 2 << QStringLiteral("--messages");
    QTest::newRow("--dtype f16") << QStringList{QStringLiteral("--model"),  ckpt,
                                                QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                QStringLiteral("--dtype"),  QStringLiteral("f16")}
                                 << 2 << QStringLiteral("f16");
    const QStringList hi = {QStringLiteral("--model"), ckpt, QStringLiteral("--prompt"), QStringLiteral("hi")};
    QTest::newRow("--logprobs 21") << hi + QStringList{QStringLiteral("--logprobs"), QStringLiteral("21"), json()} << 2
                                   << QStringLiteral("--logprobs must be between 0 and 20");
    QTest::newRow("--logprobs -1") << hi + QStringList{QStringLiteral("--logprobs"), QStringLiteral("-1"), json()} << 2
                                   << QStringLiteral("--logprobs must be between 0 and 20");
    QTest::newRow("--logprobs x") << hi + QStringList{QStringLiteral("--logprobs"), QStringLiteral("x"), json()} << 2
                                  << QStringLiteral("--logprobs");
    QTest::newRow("--logprobs without --json")
        << hi + QStringList{QStringLiteral("--logprobs"), QStringLiteral("3")} << 2 << QStringLiteral("--json");
    QTest::newRow("--temperature abc") << QStringList{QStringLiteral("--model"),       ckpt,
                                                      QStringLiteral("--prompt"),      QStringLiteral("hi"),
                                                      QStringLiteral("--temperature"), QStringLiteral("abc")}
                                       << 2 << QStringLiteral("abc");
    // Checked before the model loads, with the same message as everywhere (SamplingParams).
    QTest::newRow("--temperature -1") << hi + QStringList{QStringLiteral("--temperature"), QStringLiteral("-1")} << 2
                                      << QStringLiteral("Temperature must be");
    QTest::newRow("--top-p 2") << hi + QStringList{QStringLiteral("--top-p"), QStringLiteral("2")} << 2
                               << QStringLiteral("Top-p must be");
  }

  void usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(args + QStringList{QStringLiteral("--max-tokens"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
  }

  void missingModelFolder() {
    const QString dir = m_tmp.filePath(QStringLiteral("no-such-model"));
    const Result r = run({QStringLiteral("--model"), dir, QStringLiteral("--prompt"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("no-such-model")), qPrintable(describe(r)));
  }

  void missingImage() {
    const QString path = m_tmp.filePath(QStringLiteral("absent-picture.png"));
    const Result r = run(
        modelArgs() + QStringList{QStringLiteral("--prompt"), QStringLiteral("hi"), QStringLiteral("--image"), path});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("absent-picture.png")), qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));

    // The same through --messages and --image-dir.
    const QJsonObject file{
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                                        {QStringLiteral("image"), QStringLiteral("lost-image.png")}},
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                        {QStringLiteral("text"), QStringLiteral("hi")}}}}}}}};
    const QString messages = writeTemp(QStringLiteral("missing/messages.json"), QJsonDocument(file).toJson());
    const Result m = run(modelArgs() + QStringList{QStringLiteral("--messages"), messages,
                                                   QStringLiteral("--image-dir"), Fixtures::imagesDir()});
    QVERIFY2(m.exitCode == 1, qPrintable(describe(m)));
    QVERIFY2(m.err.contains(QStringLiteral("lost-image.png")), qPrintable(describe(m)));
  }

  void corruptImage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QByteArray garbage;
    for (int i = 0; i < 300; ++i)
      garbage.append(char((i * 37 + 11) & 0xFF));
    QTest::newRow("garbage") << garbage;
    // A real PNG cut off inside its image data.
    QTest::newRow("truncated png")
        << Fixtures::readFile(Fixtures::imagesDir() + QStringLiteral("/gradient_224x224.png")).left(200);
    QTest::newRow("empty") << QByteArray();
  }

  void corruptImage() {
    QFETCH(QByteArray, bytes);
    const QString path =
        writeTemp(QStringLiteral("corrupt/") +
                      QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
                      QStringLiteral(".png"),
                  bytes);
    const Result r = run(
        modelArgs() + QStringList{QStringLiteral("--prompt"), QStringLiteral("hi"), QStringLiteral("--image"), path});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QFileInfo(path).fileName()), qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
  }

  void malformedMessages_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("invalid JSON") << QByteArray("{\"messages\": [");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
  }

  void malformedMessages() {
    QFETCH(QByteArray, content);
    const QString path = writeTemp(QStringLiteral("broken-conversation.json"), content);
    const Result r = run(modelArgs() + QStringList{QStringLiteral("--messages"), path});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("broken-conversation.json")), qPrintable(describe(r)));
  }

  void missingMessagesFile() {
    const Result r =
        run(modelArgs() + QStringList{QStringLiteral("--messages"), m_tmp.filePath(QStringLiteral("gone.json"))});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("gone.json")), qPrintable(describe(r)));
  }

  void promptExceedsContext() {
    const QString dir = shortContextCopy();

    // 100 words: far more than 64 tokens.
    const QString longPrompt = QStringLiteral("word ").repeated(100);
    const Result r = run({QStringLiteral("--model"), dir, QStringLiteral("--prompt"), longPrompt});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("context")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("64")), qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));

    // A prompt that fits: the answer is cut where the context ends. "hi" with the default system
    // message is 20 tokens (text_only's template with a 1-token message), so 64 - 20 = 44 remain.
    const Result fits = run({QStringLiteral("--model"), dir, QStringLiteral("--prompt"), QStringLiteral("hi"),
                             QStringLiteral("--max-tokens"), QStringLiteral("100"), QStringLiteral("--ignore-eos"),
                             QStringLiteral("--temperature"), QStringLiteral("0"), json()});
    QVERIFY2(fits.exitCode == 0, qPrintable(describe(fits)));
    QCOMPARE(toIds(fits.json.value(QStringLiteral("prompt_tokens"))).size(), 20);
    QCOMPARE(toIds(fits.json.value(QStringLiteral("tokens"))).size(), 44);
    QCOMPARE(fits.json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
  }

  // A --max-tokens beyond int must not wrap around: either a usage error or a budget that the
  // context then limits (64 - 20 = 44 tokens for "hi" in the short-context copy).
  void maxTokensOutOfRange() {
    const Result r =
        run({QStringLiteral("--model"), shortContextCopy(), QStringLiteral("--prompt"), QStringLiteral("hi"),
             QStringLiteral("--max-tokens"), QStringLiteral("4294967297"), QStringLiteral("--ignore-eos"),
             QStringLiteral("--temperature"), QStringLiteral("0"), json()});
    const bool usageError = r.exitCode == 2 && r.err.contains(QStringLiteral("--max-tokens"));
    const bool clamped = r.exitCode == 0 && toIds(r.json.value(QStringLiteral("tokens"))).size() == 44;
    QVERIFY2(usageError || clamped, qPrintable(describe(r)));
  }
};

QTEST_GUILESS_MAIN(TestMdiRunGenerate)
#include "tst_mdirun_generate.moc"
