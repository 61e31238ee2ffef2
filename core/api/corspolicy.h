#pragma once

#include "api/httprequest.h"
#include "api/httpresponse.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mdi {

// Cross-origin access to the local API for web pages, off unless origins are named
// (mdi-run serve --cors-origin, the app's api/corsOrigins setting): a preflight (OPTIONS with
// Origin and Access-Control-Request-Method) from a named origin is answered 204 with the methods,
// the headers it asked for and a max age; every response to a request from a named origin
// carries Access-Control-Allow-Origin (and Vary: Origin). Any other origin gets no CORS header,
// so a browser keeps its page from reading the answers; its preflights are refused. "*" names
// every origin (for a server that needs a key anyway). Immutable; copied into each connection.
class CorsPolicy {
  Q_DECLARE_TR_FUNCTIONS(mdi::CorsPolicy)

public:
  CorsPolicy() = default;
  // Origins as normalizeOrigin() leaves them.
  explicit CorsPolicy(const QStringList &origins);

  // "http://localhost:3000" (scheme, host and port as a browser sends them, lower case, no path);
  // "*" as it is. An error names what is wrong.
  static Expected<QString> normalizeOrigin(const QString &origin);

  bool isEnabled() const { return !m_origins.isEmpty(); }
  bool allows(const QByteArray &origin) const;
  static bool isPreflight(const HttpRequest &head);
  // The answer to a preflight from an allowed origin; nullopt when the origin is not allowed.
  std::optional<HttpResponse> preflight(const HttpRequest &head) const;
  // Adds the response headers for a request that came with `origin`, when it is allowed.
  void decorate(const QByteArray &origin, HttpResponse::Headers &headers) const;

private:
  QList<QByteArray> m_origins;
  bool m_any = false;
};

} // namespace mdi
