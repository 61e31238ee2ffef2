#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace mdi {

// A whole HTTP/1.1 response: status, header fields and body. HttpConnection adds Content-Length,
// Connection and Date when it writes one; callers set everything else.
struct HttpResponse {
  using Headers = QList<QPair<QByteArray, QByteArray>>;
  int status = 200;
  Headers headers;
  QByteArray body;

  void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

  static HttpResponse json(int status, const QByteArray &body) {
    return HttpResponse{status, {{"Content-Type", "application/json"}}, body};
  }
  // The reason phrase of the status codes the server uses ("OK", "Not Found", ...).
  static QByteArray reasonPhrase(int status);
  // The status line and header fields, ending with the empty line.
  QByteArray head() const;
};

} // namespace mdi
