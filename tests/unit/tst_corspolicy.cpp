// CORS for the local API (issue 18): origins normalized as browsers send them, preflights answered
// only for named origins, response headers only for them, nothing by default.

#include "api/corspolicy.h"

#include <QTest>

using namespace mdi;

namespace {

HttpRequest preflight(const QByteArray &origin) {
  HttpRequest r;
  r.method = "OPTIONS";
  r.path = "/v1/chat/completions";
  r.headers = {{"origin", origin},
               {"access-control-request-method", "POST"},
               {"access-control-request-headers", "authorization, x-stainless-os"}};
  return r;
}

QByteArray header(const HttpResponse::Headers &headers, const QByteArray &name) {
  for (const auto &field : headers) {
    if (field.first.compare(name, Qt::CaseInsensitive) == 0)
      return field.second;
  }
  return {};
}

} // namespace

class TestCorsPolicy : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void normalizesOrigins() {
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("http://localhost:3000"), QStringLiteral("http://localhost:3000")},
        {QStringLiteral("HTTP://LocalHost:3000/"), QStringLiteral("http://localhost:3000")},
        {QStringLiteral("https://example.com:443"), QStringLiteral("https://example.com")},
        {QStringLiteral("http://[::1]:8000"), QStringLiteral("http://[::1]:8000")},
        {QStringLiteral(" * "), QStringLiteral("*")}};
    for (const auto &[in, out] : cases) {
      auto normalized = CorsPolicy::normalizeOrigin(in);
      QVERIFY2(normalized, qPrintable(in + QStringLiteral(": ") + normalized.error()));
      QCOMPARE(*normalized, out);
    }
    for (const QString &bad : {QStringLiteral("localhost:3000"), QStringLiteral("ftp://x"),
                               QStringLiteral("http://x/path"), QStringLiteral("http://u@x"), QString()}) {
      auto refused = CorsPolicy::normalizeOrigin(bad);
      QVERIFY2(!refused, qPrintable(bad));
      QVERIFY(refused.error().contains(QStringLiteral("origin")));
    }
  }

  void preflightsOnlyForNamedOrigins() {
    const CorsPolicy off;
    QVERIFY(!off.isEnabled());
    QVERIFY(CorsPolicy::isPreflight(preflight("http://localhost:3000")));
    QVERIFY(!off.preflight(preflight("http://localhost:3000")));
    const CorsPolicy on(QStringList{QStringLiteral("http://localhost:3000")});
    auto allowed = on.preflight(preflight("http://localhost:3000"));
    QVERIFY(allowed);
    QCOMPARE(allowed->status, 204);
    QCOMPARE(header(allowed->headers, "Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QCOMPARE(header(allowed->headers, "Access-Control-Allow-Headers"), QByteArray("authorization, x-stainless-os"));
    QVERIFY(!on.preflight(preflight("http://localhost:3001")));
    QVERIFY(!on.preflight(preflight("http://evil.example")));
    const CorsPolicy any(QStringList{QStringLiteral("*")});
    QVERIFY(any.preflight(preflight("http://evil.example")));
  }

  void responseHeadersOnlyForNamedOrigins() {
    const CorsPolicy on(QStringList{QStringLiteral("http://localhost:3000")});
    HttpResponse::Headers headers;
    on.decorate("http://evil.example", headers);
    QVERIFY(headers.isEmpty());
    on.decorate({}, headers);
    QVERIFY(headers.isEmpty());
    on.decorate("http://localhost:3000", headers);
    QCOMPARE(header(headers, "Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QCOMPARE(header(headers, "Vary"), QByteArray("Origin"));
    const qsizetype count = headers.size();
    on.decorate("http://localhost:3000", headers); // never twice
    QCOMPARE(headers.size(), count);
  }
};

QTEST_GUILESS_MAIN(TestCorsPolicy)
#include "tst_corspolicy.moc"
