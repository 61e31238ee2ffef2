#include "fixtures.h"
#include "model/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

QList<int> toIds(const QJsonValue &value) {
  QList<int> ids;
  for (const QJsonValue &v : value.toArray())
    ids.append(v.toInt());
  return ids;
}

// A row name that identifies the case: index, category and the start of the text, escaped.
QByteArray rowName(qsizetype index, const QString &category, const QString &text) {
  QString shown;
  for (QChar c : text.left(24))
    shown += c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
  return QStringLiteral("%1 %2: %3").arg(index, 3, 10, QLatin1Char('0')).arg(category, shown).toUtf8();
}

// A tiny byte-level tokenizer.json written by hand: single characters are spelled in GPT-2's
// byte-level alphabet (space is U+0120 'Ġ', tab U+0109 'ĉ', 0xC3 and 0xA9 stand for themselves).
QJsonObject tinyTokenizer(const QJsonArray &added, const QJsonValue &preTokenizer, const QJsonArray &merges) {
  QJsonObject vocab;
  vocab.insert(QStringLiteral("a"), 0);
  vocab.insert(QStringLiteral("b"), 1);
  vocab.insert(QStringLiteral("c"), 2);
  vocab.insert(QString(QChar(0x120)), 3); // ' '
  vocab.insert(QString(QChar(0x109)), 4); // '\t'
  vocab.insert(QStringLiteral("ab"), 5);
  vocab.insert(QStringLiteral("x"), 6);
  vocab.insert(QString(QChar(0xC3)), 7);
  vocab.insert(QString(QChar(0xA9)), 8);
  vocab.insert(QString(QChar(0xB6)), 9);
  QJsonObject model{{QStringLiteral("type"), QStringLiteral("BPE")},
                    {QStringLiteral("vocab"), vocab},
                    {QStringLiteral("merges"), merges}};
  return QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                     {QStringLiteral("added_tokens"), added},
                     {QStringLiteral("normalizer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NFC")}}},
                     {QStringLiteral("pre_tokenizer"), preTokenizer},
                     {QStringLiteral("decoder"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ByteLevel")}}},
                     {QStringLiteral("model"), model}};
}

QJsonObject byteLevel(bool addPrefixSpace, bool useRegex) {
  return QJsonObject{{QStringLiteral("type"), QStringLiteral("ByteLevel")},
                     {QStringLiteral("add_prefix_space"), addPrefixSpace},
                     {QStringLiteral("trim_offsets"), false},
                     {QStringLiteral("use_regex"), useRegex}};
}

QJsonObject addedToken(int id, const QString &content, bool lstrip, bool rstrip, bool singleWord, bool normalized) {
  return QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("content"), content},
                     {QStringLiteral("lstrip"), lstrip},
                     {QStringLiteral("rstrip"), rstrip},
                     {QStringLiteral("single_word"), singleWord},
                     {QStringLiteral("normalized"), normalized},
                     {QStringLiteral("special"), !normalized}};
}

} // namespace

class TestTokenizer : public QObject {
  Q_OBJECT

private:
  Tokenizer m_tok;
  QJsonObject m_cases;

  Expected<Tokenizer> loadWritten(QTemporaryDir &dir, const QByteArray &json) {
    const QString path = dir.filePath(QStringLiteral("tokenizer.json"));
    Fixtures::writeFile(path, json);
    return Tokenizer::load(path);
  }

  void expectError(const QJsonObject &root, const QString &mustContain) {
    QTemporaryDir dir;
    auto tok = loadWritten(dir, QJsonDocument(root).toJson());
    QVERIFY2(!tok, "the tokenizer was accepted but should have been refused");
    QVERIFY2(tok.error().contains(QStringLiteral("tokenizer.json")), qPrintable(tok.error()));
    QVERIFY2(tok.error().contains(mustContain),
             qPrintable(QStringLiteral("'%1' not in: %2").arg(mustContain, tok.error())));
  }

  Tokenizer tiny(const QJsonArray &added, const QJsonValue &preTokenizer = byteLevel(false, false),
                 const QJsonArray &merges = {QStringLiteral("a b")}) {
    QTemporaryDir dir;
    auto tok = loadWritten(dir, QJsonDocument(tinyTokenizer(added, preTokenizer, merges)).toJson());
    if (!tok)
      qWarning("%s", qPrintable(tok.error()));
    return tok ? *tok : Tokenizer();
  }

private Q_SLOTS:
  void initTestCase() {
    auto tok = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tok, qPrintable(tok.error()));
    m_tok = *tok;
    m_cases = QJsonDocument::fromJson(
                  Fixtures::readFile(Fixtures::tinyDir() + QStringLiteral("/tokenizer/tokenizer_cases.json")))
                  .object();
    QCOMPARE(m_cases.value(QStringLiteral("cases")).toArray().size(), 264);
    QCOMPARE(m_cases.value(QStringLiteral("llamacpp_vectors")).toArray().size(), 46);
  }

  void fixtureCases_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ids");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("decoded");
    const QJsonArray cases = m_cases.value(QStringLiteral("cases")).toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
      const QJsonObject c = cases[i].toObject();
      QStringList tokens;
      for (const QJsonValue &t : c.value(QStringLiteral("tokens")).toArray())
        tokens.append(t.toString());
      const QString text = c.value(QStringLiteral("text")).toString();
      QTest::newRow(rowName(i, c.value(QStringLiteral("category")).toString(), text).constData())
          << text << toIds(c.value(QStringLiteral("ids"))) << tokens << c.value(QStringLiteral("decoded")).toString();
    }
  }

  // Every string of the fixture encodes to HF's ids, each id is the fixture's token, and the
  // ids decode to the fixture's text (the NFC form of the input).
  void fixtureCases() {
    QFETCH(QString, text);
    QFETCH(QList<int>, ids);
    QFETCH(QStringList, tokens);
    QFETCH(QString, decoded);
    QCOMPARE(m_tok.encode(text, Tokenizer::SpecialTokens::Match), ids);
    QCOMPARE(m_tok.decode(ids), decoded);
    QCOMPARE(tokens.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
      QCOMPARE(m_tok.tokenId(tokens[i]), ids[i]);
  }

  void llamacppVectors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ids");
    const QJsonArray cases = m_cases.value(QStringLiteral("llamacpp_vectors")).toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
      const QJsonObject c = cases[i].toObject();
      const QString text = c.value(QStringLiteral("text")).toString();
      QTest::newRow(rowName(i, QStringLiteral("llamacpp"), text).constData())
          << text << toIds(c.value(QStringLiteral("ids")));
    }
  }

  void llamacppVectors() {
    QFETCH(QString, text);
    QFETCH(QList<int>, ids);
    QCOMPARE(m_tok.encode(text, Tokenizer::SpecialTokens::Match), ids);
    // Every llama.cpp string is already in NFC, so decoding gives it back exactly.
    QCOMPARE(m_tok.decode(ids), text);
  }

  // The same strings, first with an empty cache and then from the cache, on four threads sharing
  // one tokenizer.
  void cachedAndConcurrent() {
    const QJsonArray cases = m_cases.value(QStringLiteral("cases")).toArray();
    m_tok.clearCache();
    QCOMPARE(m_tok.cacheSize(), 0);
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t, copy = m_tok] {
        for (int round = 0; round < 2; ++round) {
          for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            if (copy.encode(c.value(QStringLiteral("text")).toString(), Tokenizer::SpecialTokens::Match) !=
                toIds(c.value(QStringLiteral("ids"))))
              ++failures[size_t(t)];
          }
        }
      });
    }
    for (std::thread &th : threads)
      th.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
    QVERIFY(m_tok.cacheSize() > 0);
  }

  void vocabulary() {
    QCOMPARE(m_tok.vocabSize(), 151657);
    QCOMPARE(m_tok.tokenId(QStringLiteral("<|im_end|>")), 151645);
    QCOMPARE(m_tok.tokenId(QStringLiteral("<|image_pad|>")), 151655);
    QCOMPARE(m_tok.tokenId(QStringLiteral("Hello")), 9707);
    QCOMPARE(m_tok.tokenId(QStringLiteral("\u0120world")), 1879); // "Ġworld"
    QCOMPARE(m_tok.tokenId(QStringLiteral(" world")), -1);        // not the byte-level spelling
    QCOMPARE(m_tok.tokenId(QStringLiteral("<|no_such_token|>")), -1);
    QCOMPARE(m_tok.tokenBytes(1879), QByteArray(" world"));
    QCOMPARE(m_tok.tokenBytes(198), QByteArray("\n"));
    QCOMPARE(m_tok.tokenBytes(151652), QByteArray("<|vision_start|>"));
    QCOMPARE(m_tok.tokenBytes(-1), QByteArray());
    QCOMPARE(m_tok.tokenBytes(151700), QByteArray());
    QVERIFY(m_tok.isSpecial(151643));
    QVERIFY(m_tok.isSpecial(151656));
    QVERIFY(!m_tok.isSpecial(9707));
    QVERIFY(!m_tok.isSpecial(-3));
    QVERIFY(!m_tok.isSpecial(151900));
    // " 🦙" is split across tokens: 11162 = " " F0 9F, 99 = A6, 247 = 99 (from the llama.cpp vector).
    QCOMPARE(m_tok.tokenBytes(11162) + m_tok.tokenBytes(99) + m_tok.tokenBytes(247), QByteArray(" \xF0\x9F\xA6\x99"));
  }

  // By default the text of a special token is text (issue 16 #9e); SpecialTokens::Match is
  // Hugging Face's behaviour; offsets let only the given occurrences be special.
  void specialTokensAsText() {
    const QString text = QStringLiteral("<|im_start|>user\nHi<|im_end|>");
    const QList<int> special{151644, 872, 198, 13048, 151645};
    QCOMPARE(m_tok.encode(text, Tokenizer::SpecialTokens::Match), special);
    const QList<int> plain = m_tok.encode(text);
    for (int id : plain)
      QVERIFY(!m_tok.isSpecial(id));
    QCOMPARE(m_tok.decode(plain), text);
    QCOMPARE(m_tok.encode(text, QList<qsizetype>{0, 19}), special);
    const QList<int> firstOnly = m_tok.encode(text, QList<qsizetype>{0});
    QCOMPARE(firstOnly.first(), 151644);
    QVERIFY(!firstOnly.contains(151645));
    QCOMPARE(m_tok.decode(firstOnly), text);
  }

  void decodeOptions() {
    // <|im_start|>user\nHi<|im_end|> (ids from the fixture's chat case)
    const QList<int> ids{151644, 872, 198, 13048, 151645};
    QCOMPARE(m_tok.decode(ids), QStringLiteral("<|im_start|>user\nHi<|im_end|>"));
    QCOMPARE(m_tok.decode(ids, true), QStringLiteral("user\nHi"));
    // Ids beyond the tokenizer (the model's embedding has 151936 rows) are skipped.
    QCOMPARE(m_tok.decode({9707, 151700, -5, 1879}), QStringLiteral("Hello world"));
    // Invalid UTF-8 becomes one U+FFFD per maximal invalid subpart, as Python's
    // bytes.decode("utf-8", "replace") in transformers: F0 9F (a truncated 4-byte character)
    // is one, the stray continuation bytes A6 and 99 are one each.
    const QString fffd(QChar(QChar::ReplacementCharacter));
    QCOMPARE(m_tok.decode({11162}), QStringLiteral(" ") + fffd);
    QCOMPARE(m_tok.decode({11162, 99}), QStringLiteral(" ") + fffd);
    QCOMPARE(m_tok.decode({99, 247, 13}), fffd + fffd + QStringLiteral("."));
    QCOMPARE(m_tok.decode({11162, 9707}), QStringLiteral(" ") + fffd + QStringLiteral("Hello"));
    QCOMPARE(m_tok.decode({}), QString());
  }

  // Unpaired surrogates cannot be encoded as UTF-8: they are read as U+FFFD (fixture case
  // "\uFFFD replacement" -> [5691, 13723]).
  void loneSurrogate() {
    const QString text = QString(QChar(0xD800)) + QStringLiteral(" replacement");
    QCOMPARE(m_tok.encode(text, Tokenizer::SpecialTokens::Match), (QList<int>{5691, 13723}));
  }

  // Words longer than the linear-merge limit go through the priority-queue merge.
  void longWordsRoundTrip() {
    const QString word = QString(5000, QLatin1Char('a')) + QString(3000, QChar(0x4E2D)) + QStringLiteral("xyz");
    const QList<int> ids = m_tok.encode(word, Tokenizer::SpecialTokens::Match);
    QVERIFY(ids.size() > 100);
    QVERIFY(ids.size() < 5000);
    QCOMPARE(m_tok.decode(ids), word);
  }

  // Long texts are normalized in pieces; the result must be the NFC form of the whole text.
  // Hangul syllables, conjoining jamo, combining marks and Latin letters are mixed so that
  // compositions happen right where pieces could be cut.
  void longTextNormalization() {
    QString text;
    for (int i = 0; i < 4000; ++i) {
      switch (i % 7) {
      case 0:
        text += QChar(0xAC00 + (i * 37) % 11172); // Hangul syllable
        break;
      case 1:
        text += QChar(0x1161 + i % 21); // vowel jamo: composes with a preceding L jamo
        break;
      case 2:
        text += QChar(0x1100 + i % 19); // leading jamo
        break;
      case 3:
        text += QChar(u'a' + i % 26);
        break;
      case 4:
        text += QChar(0x300 + i % 5); // combining accents
        break;
      case 5:
        text += QChar(0x11A8 + i % 27); // trailing jamo: composes with a preceding LV syllable
        break;
      default:
        text += (i % 3) ? QChar(u' ') : QChar(0x3131 + i % 30);
        break;
      }
    }
    QCOMPARE(m_tok.decode(m_tok.encode(text, Tokenizer::SpecialTokens::Match)),
             text.normalized(QString::NormalizationForm_C));
  }

  void emptyTokenizer() {
    Tokenizer none;
    QVERIFY(!none.isValid());
    QCOMPARE(none.encode(QStringLiteral("abc"), Tokenizer::SpecialTokens::Match), QList<int>());
    QCOMPARE(none.decode({1, 2}), QString());
    QCOMPARE(none.vocabSize(), 0);
    QCOMPARE(none.tokenId(QStringLiteral("a")), -1);
  }

  // lstrip/rstrip take the whitespace around the token into it (tokenizers' AddedVocabulary).
  void addedTokenStrip() {
    Tokenizer tok = tiny({addedToken(10, QStringLiteral("<m>"), true, true, false, false)});
    QVERIFY(tok.isValid());
    QCOMPARE(tok.encode(QStringLiteral("a <m> b"), Tokenizer::SpecialTokens::Match), (QList<int>{0, 10, 1}));
    QCOMPARE(tok.encode(QStringLiteral("a\t <m>\tb"), Tokenizer::SpecialTokens::Match), (QList<int>{0, 10, 1}));
    QCOMPARE(tok.encode(QStringLiteral("<m><m>"), Tokenizer::SpecialTokens::Match), (QList<int>{10, 10}));
    Tokenizer plain = tiny({addedToken(10, QStringLiteral("<m>"), false, false, false, false)});
    QCOMPARE(plain.encode(QStringLiteral("a <m> b"), Tokenizer::SpecialTokens::Match), (QList<int>{0, 3, 10, 3, 1}));
    QCOMPARE(plain.decode({0, 3, 10, 3, 1}), QStringLiteral("a <m> b"));
  }

  // A single_word token matches only where no word character touches it.
  void addedTokenSingleWord() {
    Tokenizer tok = tiny({addedToken(11, QStringLiteral("c"), false, false, true, false)});
    QVERIFY(tok.isValid());
    QCOMPARE(tok.encode(QStringLiteral("c ac c"), Tokenizer::SpecialTokens::Match), (QList<int>{11, 3, 0, 2, 3, 11}));
    QCOMPARE(tok.encode(QStringLiteral("cb xc"), Tokenizer::SpecialTokens::Match), (QList<int>{2, 1, 3, 6, 2}));
    QCOMPARE(tok.encode(QStringLiteral("c\tc"), Tokenizer::SpecialTokens::Match), (QList<int>{11, 4, 11}));
  }

  // normalized tokens match the NFC form of the text, the others only the text as given.
  void addedTokenNormalized() {
    Tokenizer tok = tiny({addedToken(12, QStringLiteral("\u00E9"), false, false, false, true),
                          addedToken(13, QStringLiteral("\u00F6"), false, false, false, false)});
    QVERIFY(tok.isValid());
    QCOMPARE(tok.encode(QStringLiteral("\u00E9"), Tokenizer::SpecialTokens::Match), (QList<int>{12}));
    QCOMPARE(tok.encode(QStringLiteral("e\u0301"), Tokenizer::SpecialTokens::Match), (QList<int>{12}));
    QCOMPARE(tok.encode(QStringLiteral("\u00F6"), Tokenizer::SpecialTokens::Match), (QList<int>{13}));
    // o + U+0308 is composed to U+00F6 = C3 B6 by NFC, after raw matching: plain bytes.
    QCOMPARE(tok.encode(QStringLiteral("o\u0308"), Tokenizer::SpecialTokens::Match), (QList<int>{7, 9}));
    QVERIFY(!tok.isSpecial(12));
    QVERIFY(tok.isSpecial(13));
    QCOMPARE(tok.tokenBytes(12), QByteArray("\xC3\xA9"));
  }

  // ByteLevel(add_prefix_space, use_regex): a space is put in front, then GPT-2's regex splits.
  void byteLevelPrefixSpace() {
    Tokenizer tok = tiny({}, byteLevel(true, true));
    QVERIFY(tok.isValid());
    QCOMPARE(tok.encode(QStringLiteral("ab ab"), Tokenizer::SpecialTokens::Match), (QList<int>{3, 5, 3, 5}));
    QCOMPARE(tok.encode(QStringLiteral(" ab"), Tokenizer::SpecialTokens::Match), (QList<int>{3, 5}));
  }

  // Newer tokenizers write merges as pairs.
  void mergesAsPairs() {
    QJsonArray pairs;
    pairs.append(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    Tokenizer tok = tiny({}, byteLevel(false, false), pairs);
    QVERIFY(tok.isValid());
    QCOMPARE(tok.encode(QStringLiteral("abc"), Tokenizer::SpecialTokens::Match), (QList<int>{5, 2}));
    Tokenizer none = tiny({}, byteLevel(false, false), {});
    QCOMPARE(none.encode(QStringLiteral("abc"), Tokenizer::SpecialTokens::Match), (QList<int>{0, 1, 2}));
  }

  // ignore_merges (Llama 3 style): a pre-token that is a vocabulary entry is taken whole.
  void ignoreMerges() {
    QJsonObject root = tinyTokenizer({}, byteLevel(false, false), {});
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    model.insert(QStringLiteral("ignore_merges"), true);
    root.insert(QStringLiteral("model"), model);
    QTemporaryDir dir;
    auto tok = loadWritten(dir, QJsonDocument(root).toJson());
    QVERIFY2(tok, qPrintable(tok.error()));
    QCOMPARE(tok->encode(QStringLiteral("ab")), (QList<int>{5}));
    QCOMPARE(tok->encode(QStringLiteral("abc")), (QList<int>{0, 1, 2})); // no merges to apply
    QCOMPARE(tiny({}, byteLevel(false, false), {}).encode(QStringLiteral("ab"), Tokenizer::SpecialTokens::Match),
             (QList<int>{0, 1}));
  }

  void errorMissingFile() {
    auto tok = Tokenizer::loadFromDirectory(QStringLiteral("/nonexistent/model"));
    QVERIFY(!tok);
    QVERIFY2(tok.error().contains(QStringLiteral("tokenizer.json")), qPrintable(tok.error()));
    QVERIFY2(tok.error().contains(QStringLiteral("not found")), qPrintable(tok.error()));
  }

  void errorInvalidJson() {
    QTemporaryDir dir;
    auto tok = loadWritten(dir, "{\"model\": {\"type\": \"BPE\", ");
    QVERIFY(!tok);
    QVERIFY2(tok.error().contains(QStringLiteral("tokenizer.json")), qPrintable(tok.error()));
    QVERIFY2(tok.error().contains(QStringLiteral("invalid JSON")), qPrintable(tok.error()));
  }

  void errorNotBpe() {
    QJsonObject root = tinyTokenizer({}, byteLevel(false, false), {});
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    model.insert(QStringLiteral("type"), QStringLiteral("WordPiece"));
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("WordPiece"));
    root.remove(QStringLiteral("model"));
    expectError(root, QStringLiteral("model"));
  }

  void errorMalformedVocab() {
    QJsonObject root = tinyTokenizer({}, byteLevel(false, false), {});
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    QJsonObject vocab = model.value(QStringLiteral("vocab")).toObject();
    vocab.insert(QStringLiteral("q"), QStringLiteral("seven"));
    model.insert(QStringLiteral("vocab"), vocab);
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("'q' has an invalid id"));

    vocab.insert(QStringLiteral("q"), 1); // id of "b"
    model.insert(QStringLiteral("vocab"), vocab);
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("id 1 is used twice"));

    vocab.remove(QStringLiteral("q"));
    vocab.insert(QStringLiteral("a b"), 40); // a raw space is not byte-level spelling
    model.insert(QStringLiteral("vocab"), vocab);
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("byte-level"));

    model.insert(QStringLiteral("vocab"), QJsonArray{1, 2});
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("model.vocab"));
  }

  void errorMalformedMerges() {
    expectError(tinyTokenizer({}, byteLevel(false, false), {QStringLiteral("ab")}), QStringLiteral("merges[0]"));
    expectError(tinyTokenizer({}, byteLevel(false, false), {QStringLiteral("a b"), QStringLiteral("a q")}),
                QStringLiteral("merges[1] 'a q' uses a token that is not in the vocabulary"));
    expectError(tinyTokenizer({}, byteLevel(false, false), {QStringLiteral("b a")}),
                QStringLiteral("the merged token 'ba' is not in the vocabulary"));
    expectError(tinyTokenizer({}, byteLevel(false, false), {42}), QStringLiteral("merges[0]"));
    QJsonObject root = tinyTokenizer({}, byteLevel(false, false), {});
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    model.insert(QStringLiteral("merges"), QStringLiteral("a b"));
    root.insert(QStringLiteral("model"), model);
    expectError(root, QStringLiteral("model.merges"));
  }

  void errorUnsupportedPipeline() {
    QJsonObject root = tinyTokenizer({}, byteLevel(false, false), {});
    root.insert(QStringLiteral("normalizer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Lowercase")}});
    expectError(root, QStringLiteral("Lowercase"));
    root = tinyTokenizer({}, QJsonObject{{QStringLiteral("type"), QStringLiteral("Whitespace")}}, {});
    expectError(root, QStringLiteral("Whitespace"));
    root = tinyTokenizer({}, QJsonValue::Null, {});
    expectError(root, QStringLiteral("byte-level"));
    root = tinyTokenizer({}, byteLevel(false, false), {});
    root.insert(QStringLiteral("added_tokens"), QJsonArray{QJsonObject{{QStringLiteral("id"), 3}}});
    expectError(root, QStringLiteral("added_tokens[0]"));
  }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
