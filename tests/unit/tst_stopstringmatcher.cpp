#include "model/stopstringmatcher.h"

#include <QTest>

using namespace mdi;

class TestStopStringMatcher : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void noStopStringsPassesThrough() {
    StopStringMatcher m({});
    QCOMPARE(m.push(QStringLiteral("abc")), QStringLiteral("abc"));
    QCOMPARE(m.push(QStringLiteral("<|")), QStringLiteral("<|"));
    QCOMPARE(m.flush(), QString());
    QVERIFY(!m.stopped());
    // Empty stop strings are ignored rather than matching everywhere.
    StopStringMatcher e({QString()});
    QCOMPARE(e.push(QStringLiteral("abc")), QStringLiteral("abc"));
    QVERIFY(!e.stopped());
  }

  void matchInsideOnePiece() {
    StopStringMatcher m({QStringLiteral("END")});
    QCOMPARE(m.push(QStringLiteral("abcENDdef")), QStringLiteral("abc"));
    QVERIFY(m.stopped());
    QCOMPARE(m.matched(), QStringLiteral("END"));
    QCOMPARE(m.push(QStringLiteral("more")), QString()); // ignored after the stop
    QCOMPARE(m.flush(), QString());
  }

  void matchSpanningPieces() {
    StopStringMatcher m({QStringLiteral("<|im_end|>")});
    QCOMPARE(m.push(QStringLiteral("Hello <|")), QStringLiteral("Hello "));
    QCOMPARE(m.pending(), QStringLiteral("<|"));
    QCOMPARE(m.push(QStringLiteral("im_")), QString());
    QVERIFY(!m.stopped());
    QCOMPARE(m.push(QStringLiteral("end|> trailing")), QString());
    QVERIFY(m.stopped());
  }

  void textBeforeStopInSamePiece() {
    StopStringMatcher m({QStringLiteral("STOP")});
    QCOMPARE(m.push(QStringLiteral("ab")), QStringLiteral("ab"));
    QCOMPARE(m.push(QStringLiteral("cST")), QStringLiteral("c"));
    QCOMPARE(m.push(QStringLiteral("xySTOPz")), QStringLiteral("STxy"));
    QVERIFY(m.stopped());
  }

  void nonMatchingPrefixIsReleased() {
    StopStringMatcher m({QStringLiteral("STOP")});
    QCOMPARE(m.push(QStringLiteral("ST")), QString());
    QCOMPARE(m.push(QStringLiteral("AR")), QStringLiteral("STAR"));
    QVERIFY(!m.stopped());
    // A held prefix that fails but whose own tail starts the stop string again.
    QCOMPARE(m.push(QStringLiteral("xST")), QStringLiteral("x"));
    QCOMPARE(m.push(QStringLiteral("S")), QStringLiteral("ST")); // "STS": only the last S may start STOP
    QCOMPARE(m.push(QStringLiteral("TOP")), QString());
    QVERIFY(m.stopped());
  }

  void repeatedLetterPrefix() {
    StopStringMatcher m({QStringLiteral("aab")});
    QCOMPARE(m.push(QStringLiteral("aa")), QString());
    QCOMPARE(m.push(QStringLiteral("a")), QStringLiteral("a")); // "aaa": the last "aa" may start it
    QCOMPARE(m.push(QStringLiteral("b!")), QString());
    QVERIFY(m.stopped());
  }

  void flushReleasesHeldText() {
    StopStringMatcher m({QStringLiteral("<end>")});
    QCOMPARE(m.push(QStringLiteral("abc<en")), QStringLiteral("abc"));
    QCOMPARE(m.flush(), QStringLiteral("<en"));
    QVERIFY(!m.stopped());
    QCOMPARE(m.flush(), QString());
  }

  void multipleStopStrings() {
    StopStringMatcher m({QStringLiteral("###"), QStringLiteral("\n\nUser:")});
    QCOMPARE(m.push(QStringLiteral("a\n\nUs")), QStringLiteral("a"));
    QCOMPARE(m.push(QStringLiteral("#")), QStringLiteral("\n\nUs")); // "Us#" breaks one, "#" may start the other
    QCOMPARE(m.push(QStringLiteral("##x")), QString());
    QVERIFY(m.stopped());
    QCOMPARE(m.matched(), QStringLiteral("###"));

    StopStringMatcher n({QStringLiteral("###"), QStringLiteral("\n\nUser:")});
    QCOMPARE(n.push(QStringLiteral("answer\n")), QStringLiteral("answer"));
    QCOMPARE(n.push(QStringLiteral("\nUser: hi")), QString());
    QCOMPARE(n.matched(), QStringLiteral("\n\nUser:"));
  }

  void earliestMatchWins() {
    StopStringMatcher m({QStringLiteral("bc"), QStringLiteral("ab")});
    QCOMPARE(m.push(QStringLiteral("xabc")), QStringLiteral("x"));
    QCOMPARE(m.matched(), QStringLiteral("ab"));
    // A stop string that is a prefix of another completes first.
    StopStringMatcher n({QStringLiteral("abc"), QStringLiteral("ab")});
    QCOMPARE(n.push(QStringLiteral("xa")), QStringLiteral("x"));
    QCOMPARE(n.push(QStringLiteral("bc")), QString());
    QCOMPARE(n.matched(), QStringLiteral("ab"));
  }

  void unicode() {
    StopStringMatcher m({QStringLiteral("停止")});
    QCOMPARE(m.push(QStringLiteral("你好停")), QStringLiteral("你好"));
    QCOMPARE(m.push(QStringLiteral("止了")), QString());
    QVERIFY(m.stopped());

    // Emoji are surrogate pairs in UTF-16; a shared high surrogate is not a match.
    StopStringMatcher e({QStringLiteral("😀😁")});
    QCOMPARE(e.push(QStringLiteral("x😀")), QStringLiteral("x"));
    QCOMPARE(e.push(QStringLiteral("😂")), QStringLiteral("😀😂"));
    QCOMPARE(e.push(QStringLiteral("é😀")), QStringLiteral("é"));
    QCOMPARE(e.push(QStringLiteral("😁")), QString());
    QVERIFY(e.stopped());
  }

  void surrogatePairNeverSplit() {
    // A piece that ends inside a pair is held until the pair completes.
    StopStringMatcher m({QStringLiteral("Z")});
    const QString face = QStringLiteral("😀");
    QCOMPARE(m.push(QStringLiteral("a") + face.at(0)), QStringLiteral("a"));
    QCOMPARE(m.push(QString(face.at(1)) + QStringLiteral("b")), face + QStringLiteral("b"));
  }
};

QTEST_GUILESS_MAIN(TestStopStringMatcher)
#include "tst_stopstringmatcher.moc"
