#include "api/corspolicy.h"

#include <QUrl>

namespace mdi {

CorsPolicy::CorsPolicy(const QStringList &origins) {
  for (const QString &origin : origins) {
    if (origin == QLatin1String("*"))
      m_any = true;
    else
      m_origins.append(origin.toLower().toUtf8());
  }
  if (m_any)
    m_origins.append("*");
}

Expected<QString> CorsPolicy::normalizeOrigin(const QString &origin) {
  const QString trimmed = origin.trimmed();
  if (trimmed == QLatin1String("*"))
    return trimmed;
  const QUrl url(trimmed, QUrl::StrictMode);
  const QString scheme = url.scheme().toLower();
  if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty() ||
      !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() ||
      url.hasFragment())
    return makeError(tr("'%1' is not a web origin: give scheme, host and port as the browser shows them, such as "
                        "http://localhost:3000")
                         .arg(origin.left(200)));
  // As browsers send it: the default port left out, an IPv6 host in brackets.
  QString host = url.host(QUrl::FullyEncoded).toLower();
  if (host.contains(QLatin1Char(':')))
    host = QLatin1Char('[') + host + QLatin1Char(']');
  const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
  const int port = url.port(defaultPort);
  return port == defaultPort ? QStringLiteral("%1://%2").arg(scheme, host)
                             : QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port);
}

bool CorsPolicy::allows(const QByteArray &origin) const {
  if (origin.isEmpty() || m_origins.isEmpty())
    return false;
  return m_any || m_origins.contains(origin.trimmed().toLower());
}

bool CorsPolicy::isPreflight(const HttpRequest &head) {
  return head.method == "OPTIONS" && head.hasHeader("origin") && head.hasHeader("access-control-request-method");
}

std::optional<HttpResponse> CorsPolicy::preflight(const HttpRequest &head) const {
  const QByteArray origin = head.header("origin");
  if (!allows(origin))
    return std::nullopt;
  HttpResponse r{204, {}, {}};
  r.addHeader("Access-Control-Allow-Origin", origin.trimmed());
  r.addHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  // The headers the page's client sends (Authorization, Content-Type, the OpenAI client's
  // x-stainless-* ...): the origin is trusted, so whatever it asks for.
  const QByteArray asked = head.header("access-control-request-headers").left(4096);
  r.addHeader("Access-Control-Allow-Headers", asked.isEmpty() ? QByteArray("Authorization, Content-Type") : asked);
  r.addHeader("Access-Control-Max-Age", "600");
  r.addHeader("Vary", "Origin");
  return r;
}

void CorsPolicy::decorate(const QByteArray &origin, HttpResponse::Headers &headers) const {
  if (!allows(origin))
    return;
  for (const auto &field : headers) {
    if (field.first.compare("Access-Control-Allow-Origin", Qt::CaseInsensitive) == 0)
      return; // a preflight's answer has its own
  }
  headers.append(qMakePair(QByteArray("Access-Control-Allow-Origin"), origin.trimmed()));
  headers.append(qMakePair(QByteArray("Access-Control-Expose-Headers"), QByteArray("Retry-After")));
  headers.append(qMakePair(QByteArray("Vary"), QByteArray("Origin")));
}

} // namespace mdi
