#pragma once

#include "api/httprequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mdi {

// An incremental, bounded HTTP/1.x request parser for the local API's server. Bytes are fed as
// they arrive; the request line and header fields together may not exceed maxHeaderBytes, and
// the body is read only when a Content-Length within maxBodyBytes announced it, so nothing
// larger than the limits is ever buffered. Refused outright: request bodies without
// Content-Length (chunked transfer coding included: 411), conflicting or malformed lengths,
// header lines folded or without a colon (400), too large heads (431) or bodies (413), and
// versions other than HTTP/1.0 and 1.1 (505). Line ends may be CRLF or a bare LF.
class HttpRequestParser {
  Q_DECLARE_TR_FUNCTIONS(mdi::HttpRequestParser)

public:
  struct Limits {
    qsizetype maxHeaderBytes = 32 * 1024;
    int maxHeaderFields = 100;
    qint64 maxBodyBytes = 50LL * 1024 * 1024;
  };

  enum class Result {
    NeedMore,        // everything given was consumed; feed more
    HeadersComplete, // request line and headers are in request(); the body follows (reported once;
                     // a too large body is refused by the next feed(), without reading it)
    Complete,        // request() is whole; what follows it stays in the input
    Failed,          // see errorStatus() and errorMessage(); the connection should close
  };

  HttpRequestParser() = default;
  explicit HttpRequestParser(const Limits &limits) : m_limits(limits) {}

  // Consumes bytes from the front of `input` (what belongs to a later request stays there).
  // Call again after HeadersComplete to go on with the body.
  Result feed(QByteArray &input);
  // Starts over for the next request on the same connection (limits kept).
  void reset();

  const HttpRequest &request() const { return m_request; }
  HttpRequest takeRequest();
  // True when the client waits for "100 Continue" before it sends the body.
  bool expectsContinue() const { return m_expectContinue; }
  qint64 contentLength() const { return m_contentLength; }
  int errorStatus() const { return m_errorStatus; }
  const QString &errorMessage() const { return m_errorMessage; }

private:
  enum class Phase { Head, Body, Done, Failed };
  Result fail(int status, const QString &message);
  Result parseHead(const QByteArray &head);
  Result parseRequestLine(const QByteArray &line);
  Result parseField(const QByteArray &line);
  Result afterHeaders();

  Limits m_limits;
  Phase m_phase = Phase::Head;
  QByteArray m_head; // bytes of the head received so far
  HttpRequest m_request;
  qint64 m_contentLength = 0;
  bool m_expectContinue = false;
  int m_errorStatus = 0;
  QString m_errorMessage;
};

} // namespace mdi
