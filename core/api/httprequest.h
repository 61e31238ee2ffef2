#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace mdi {

// One parsed HTTP/1.x request as HttpRequestParser leaves it: the request line, the header
// fields (names in lower case, in arrival order) and the body (exactly Content-Length bytes).
struct HttpRequest {
  QByteArray method;    // "GET", "POST", ... as sent (methods are case-sensitive)
  QByteArray target;    // the request target as sent ("/v1/models?x=1")
  QByteArray path;      // target up to '?'
  QByteArray query;     // after '?', without it
  int versionMinor = 1; // HTTP/1.<versionMinor>
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;

  // The first field named `name` (lower case), or a null array.
  QByteArray header(const QByteArray &name) const {
    for (const auto &field : headers) {
      if (field.first == name)
        return field.second;
    }
    return {};
  }
  bool hasHeader(const QByteArray &name) const {
    for (const auto &field : headers) {
      if (field.first == name)
        return true;
    }
    return false;
  }
  // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes it unless
  // "Connection: keep-alive".
  bool keepAlive() const {
    const QByteArray connection = header("connection").toLower();
    const bool close = connection.contains("close");
    if (versionMinor >= 1)
      return !close;
    return !close && connection.contains("keep-alive");
  }
};

} // namespace mdi
