#include "fixtures.h"
#include "model/streamingdecoder.h"
#include "model/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// A piece is "whole" when it holds no U+FFFD and no unpaired surrogate: a character cut in half
// would show up as one of those.
bool isWhole(const QString &piece) {
  if (piece.contains(QChar(QChar::ReplacementCharacter)))
    return false;
  for (qsizetype i = 0; i < piece.size(); ++i) {
    if (piece[i].isHighSurrogate()) {
      if (i + 1 >= piece.size() || !piece[i + 1].isLowSurrogate())
        return false;
      ++i;
    } else if (piece[i].isLowSurrogate()) {
      return false;
    }
  }
  return true;
}

} // namespace

class TestStreamingDecoder : public QObject {
  Q_OBJECT

private:
  Tokenizer m_tok;
  QJsonArray m_cases;

private Q_SLOTS:
  void initTestCase() {
    auto tok = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tok, qPrintable(tok.error()));
    m_tok = *tok;
    m_cases = QJsonDocument::fromJson(
                  Fixtures::readFile(Fixtures::tinyDir() + QStringLiteral("/tokenizer/tokenizer_cases.json")))
                  .object()
                  .value(QStringLiteral("cases"))
                  .toArray();
    QVERIFY(!m_cases.isEmpty());
  }

  // Multi-byte characters split across tokens (the fixture's CJK, emoji and other scripts).
  void fixtureCases_data() {
    QTest::addColumn<QList<int>>("ids");
    QTest::addColumn<QString>("decoded");
    const QStringList categories = {QStringLiteral("cjk"),    QStringLiteral("emoji"), QStringLiteral("scripts"),
                                    QStringLiteral("random"), QStringLiteral("odd"),   QStringLiteral("long")};
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
      const QJsonObject c = m_cases[i].toObject();
      const QString category = c.value(QStringLiteral("category")).toString();
      if (!categories.contains(category))
        continue;
      QList<int> ids;
      for (const QJsonValue &v : c.value(QStringLiteral("ids")).toArray())
        ids.append(v.toInt());
      const QString decoded = c.value(QStringLiteral("decoded")).toString();
      QTest::newRow(QStringLiteral("%1 %2").arg(i).arg(category).toUtf8().constData()) << ids << decoded;
    }
  }

  // Pushing the ids one by one yields the fixture's text, and no piece ever holds half a character.
  void fixtureCases() {
    QFETCH(QList<int>, ids);
    QFETCH(QString, decoded);
    StreamingDecoder decoder(m_tok);
    QString text;
    for (int id : ids) {
      const QString piece = decoder.push(id);
      // The fixture's texts are valid Unicode (U+FFFD only where the input has it).
      if (!decoded.contains(QChar(QChar::ReplacementCharacter)))
        QVERIFY2(isWhole(piece), qPrintable(QStringLiteral("partial character after id %1").arg(id)));
      text += piece;
    }
    QCOMPARE(decoder.pendingBytes(), 0);
    text += decoder.flush();
    QCOMPARE(text, decoded);
  }

  // "🦙" is F0 9F A6 99 spread over three tokens: 11162 (F0 9F), 99 (A6), 247 (99).
  void heldBackUntilComplete() {
    StreamingDecoder decoder(m_tok);
    QCOMPARE(decoder.push(419), QStringLiteral(" this"));
    QCOMPARE(decoder.push(374), QStringLiteral(" is"));
    QCOMPARE(decoder.push(11162), QStringLiteral(" ")); // the space is out, F0 9F waits
    QCOMPARE(decoder.pendingBytes(), 2);
    QCOMPARE(decoder.push(99), QString());
    QCOMPARE(decoder.pendingBytes(), 3);
    QCOMPARE(decoder.push(247), QStringLiteral("\U0001F999"));
    QCOMPARE(decoder.pendingBytes(), 0);
    QCOMPARE(decoder.push(13), QStringLiteral("."));
    QCOMPARE(decoder.flush(), QString());
  }

  // An unfinished character at the end comes out of flush() as U+FFFD; reset() drops it.
  void flushAndReset() {
    StreamingDecoder decoder(m_tok);
    QCOMPARE(decoder.push(11162), QStringLiteral(" "));
    QCOMPARE(decoder.flush(), QString(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(decoder.flush(), QString());
    QCOMPARE(decoder.push(11162), QStringLiteral(" "));
    decoder.reset();
    QCOMPARE(decoder.pendingBytes(), 0);
    QCOMPARE(decoder.push(9707), QStringLiteral("Hello"));
  }

  // Bytes that can never start a valid character are not held back.
  void invalidBytesComeOutAtOnce() {
    // Token 247 alone is the continuation byte 0x99: invalid on its own.
    StreamingDecoder decoder(m_tok);
    QCOMPARE(decoder.push(247), QString(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(decoder.pendingBytes(), 0);
    // F0 9F followed by "Hello": the lead can no longer complete.
    QCOMPARE(decoder.push(11162), QStringLiteral(" "));
    const QString out = decoder.push(9707);
    QVERIFY(out.endsWith(QStringLiteral("Hello")));
    QVERIFY(out.startsWith(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(decoder.pendingBytes(), 0);
  }

  void specialTokens() {
    StreamingDecoder keep(m_tok);
    QCOMPARE(keep.push(151645), QStringLiteral("<|im_end|>"));
    StreamingDecoder skip(m_tok, true);
    QCOMPARE(skip.push(151645), QString());
    QCOMPARE(skip.push(9707), QStringLiteral("Hello"));
    // Ids the tokenizer does not know add nothing.
    QCOMPARE(skip.push(151900), QString());
  }
};

QTEST_GUILESS_MAIN(TestStreamingDecoder)
#include "tst_streamingdecoder.moc"
