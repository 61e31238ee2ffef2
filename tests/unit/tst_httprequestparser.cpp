// The local API's HTTP request parser: whole and byte-by-byte requests, pipelining, and every
// refusal (status and the point where it is decided: oversized bodies before any body byte).

#include "api/httprequestparser.h"

#include <QTest>

using namespace mdi;
using Result = HttpRequestParser::Result;

namespace {

// Feeds everything and runs through HeadersComplete; returns the last result.
Result feedAll(HttpRequestParser &parser, QByteArray &input) {
  Result r = parser.feed(input);
  while (r == Result::HeadersComplete)
    r = parser.feed(input);
  return r;
}

} // namespace

class TestHttpRequestParser : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void simpleGet() {
    HttpRequestParser parser;
    QByteArray input = "GET /v1/models?x=1 HTTP/1.1\r\nHost: localhost:8080\r\nX-Thing:  a b  \r\n\r\n";
    QCOMPARE(parser.feed(input), Result::HeadersComplete);
    QCOMPARE(parser.feed(input), Result::Complete);
    QVERIFY(input.isEmpty());
    const HttpRequest &r = parser.request();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.target, QByteArray("/v1/models?x=1"));
    QCOMPARE(r.path, QByteArray("/v1/models"));
    QCOMPARE(r.query, QByteArray("x=1"));
    QCOMPARE(r.versionMinor, 1);
    QCOMPARE(r.header("host"), QByteArray("localhost:8080"));
    QCOMPARE(r.header("x-thing"), QByteArray("a b")); // names lower case, values trimmed
    QVERIFY(r.header("missing").isNull());
    QVERIFY(r.keepAlive());
  }

  void postByteByByteThenPipelined() {
    const QByteArray first = "POST /v1/chat/completions HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n"
                             "Content-Type: application/json\r\n\r\n{\"a\": true}";
    const QByteArray second = "GET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    HttpRequestParser parser;
    QByteArray input;
    const QByteArray all = first + second;
    bool sawHeaders = false;
    qsizetype fed = 0;
    Result r = Result::NeedMore;
    while (r != Result::Complete && fed < all.size()) {
      input.append(all[fed++]);
      r = parser.feed(input);
      if (r == Result::HeadersComplete) {
        QVERIFY(!sawHeaders);
        sawHeaders = true;
        QCOMPARE(parser.contentLength(), 11);
        QVERIFY(parser.request().body.isEmpty()); // decided before any body byte
        r = parser.feed(input);
      }
    }
    QVERIFY(sawHeaders);
    QCOMPARE(r, Result::Complete);
    QCOMPARE(fed, first.size()); // nothing of the next request was needed
    QCOMPARE(parser.request().body, QByteArray("{\"a\": true}"));

    // The second request arrives in the same read as the end of the first.
    HttpRequestParser p2;
    QByteArray both = all;
    QCOMPARE(feedAll(p2, both), Result::Complete);
    QCOMPARE(both, second); // left for the next request
    QCOMPARE(p2.takeRequest().body, QByteArray("{\"a\": true}"));
    p2.reset();
    QCOMPARE(feedAll(p2, both), Result::Complete);
    QCOMPARE(p2.request().path, QByteArray("/health"));
    QVERIFY(!p2.request().keepAlive());
    QVERIFY(both.isEmpty());
  }

  void bareLineFeedsAndLeadingEmptyLines() {
    HttpRequestParser parser;
    QByteArray input = "\r\n\nGET / HTTP/1.0\nA: 1\n\n";
    QCOMPARE(feedAll(parser, input), Result::Complete);
    QCOMPARE(parser.request().versionMinor, 0);
    QCOMPARE(parser.request().header("a"), QByteArray("1"));
    QVERIFY(!parser.request().keepAlive()); // HTTP/1.0 closes by default
  }

  void expectContinue() {
    HttpRequestParser parser;
    QByteArray input = "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nExpect: 100-Continue\r\n\r\n";
    QCOMPARE(parser.feed(input), Result::HeadersComplete);
    QVERIFY(parser.expectsContinue());
    QCOMPARE(parser.feed(input), Result::NeedMore);
    input = "abc";
    QCOMPARE(parser.feed(input), Result::Complete);
    QCOMPARE(parser.request().body, QByteArray("abc"));
  }

  void refusals_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << 400;
    QTest::newRow("two words") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nJunk\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
    QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n") << 400;
    QTest::newRow("post without length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\n\r\n") << 411;
    QTest::newRow("chunked body")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") << 411;
    QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1e3\r\n\r\n")
                                         << 400;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << 400;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1025\r\n\r\n") << 413;
    QTest::newRow("absurd length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 400;
    QTest::newRow("other expectation") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nExpect: magic\r\n\r\n") << 417;
  }

  void refusals() {
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 1024;
    HttpRequestParser parser(limits);
    QCOMPARE(feedAll(parser, input), Result::Failed);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorMessage().isEmpty());
    QCOMPARE(parser.feed(input), Result::Failed); // stays failed
  }

  void tooLargeBodyIsRefusedAfterTheHead() {
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 10;
    HttpRequestParser parser(limits);
    QByteArray input = "POST /x HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer k\r\nContent-Length: 11\r\n"
                       "Expect: 100-continue\r\n\r\nhello";
    // The head is complete first (the server may refuse on it), then the size is refused.
    QCOMPARE(parser.feed(input), Result::HeadersComplete);
    QCOMPARE(parser.request().header("authorization"), QByteArray("Bearer k"));
    QVERIFY(!parser.expectsContinue()); // no "100 Continue" for a body that will be refused
    QCOMPARE(parser.feed(input), Result::Failed);
    QCOMPARE(parser.errorStatus(), 413);
    QVERIFY(parser.request().body.isEmpty());
  }

  void agreeingLengthsAccepted() {
    HttpRequestParser parser;
    QByteArray input = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\nabc";
    QCOMPARE(feedAll(parser, input), Result::Complete);
    QCOMPARE(parser.request().body, QByteArray("abc"));
  }

  void headTooLargeIsRefusedWithoutBufferingMore() {
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    HttpRequestParser parser(limits);
    QByteArray input = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
    QCOMPARE(parser.feed(input), Result::NeedMore);
    // A header line that never ends: refused once the limit is passed, not when memory runs out.
    Result r = Result::NeedMore;
    int rounds = 0;
    while (r == Result::NeedMore && rounds < 1000) {
      input = QByteArray(100, 'a');
      r = parser.feed(input);
      ++rounds;
    }
    QCOMPARE(r, Result::Failed);
    QCOMPARE(parser.errorStatus(), 431);
    QVERIFY(rounds <= 11);
  }

  // Found by fuzz_httprequest: a head whose terminator starts right at the limit was accepted
  // whole but refused (431) when its last bytes came one at a time.
  void headEndingAtTheLimitDoesNotDependOnTheSplit() {
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 64;
    QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
    head += QByteArray(limits.maxHeaderBytes - 1 - head.size(), 'a') + "\r\n\r\n";
    QCOMPARE(head.indexOf("\n\r\n"), qsizetype(limits.maxHeaderBytes));
    HttpRequestParser whole(limits);
    QByteArray input = head;
    QCOMPARE(feedAll(whole, input), Result::Complete);
    HttpRequestParser bytewise(limits);
    Result r = Result::NeedMore;
    for (qsizetype i = 0; i < head.size() && r == Result::NeedMore; ++i) {
      QByteArray one = head.mid(i, 1);
      r = bytewise.feed(one);
      while (r == Result::HeadersComplete)
        r = bytewise.feed(one);
    }
    QCOMPARE(r, Result::Complete);
    QCOMPARE(bytewise.request().header("x"), whole.request().header("x"));
  }

  void tooManyFields() {
    HttpRequestParser::Limits limits;
    limits.maxHeaderFields = 5;
    HttpRequestParser parser(limits);
    QByteArray input = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (int i = 0; i < 5; ++i)
      input += "X" + QByteArray::number(i) + ": v\r\n";
    input += "\r\n";
    QCOMPARE(feedAll(parser, input), Result::Failed);
    QCOMPARE(parser.errorStatus(), 431);
  }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
