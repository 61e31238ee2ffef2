#include "api/httpconnection.h"

#include <QTcpSocket>

#include <climits>

namespace mdi {

namespace {
// The socket reads at most this much ahead while an answer is being made, so a client that
// pipelines requests cannot make the server buffer without bound.
constexpr qint64 kSocketReadBuffer = 256 * 1024;
// How long a closing connection may take to send its last bytes before it is cut.
constexpr int kClosingGraceMs = 5000;
// Unsent streamed bytes at which a client counts as gone (an answer is a few MB at most).
constexpr qint64 kMaxStreamBacklog = 16 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Options &options, HeadFilter headFilter,
                               ErrorResponder errorResponder, QObject *parent) :
    QObject(parent),
    m_socket(socket), m_options(options), m_headFilter(std::move(headFilter)),
    m_errorResponder(std::move(errorResponder)), m_parser(options.limits) {
  Q_ASSERT(m_socket);
  m_socket->setParent(this);
  m_socket->setReadBufferSize(kSocketReadBuffer);
  // Streamed tokens are small writes that should leave at once.
  m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
  m_deadline.setSingleShot(true);
  connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
  connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
  connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
  connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
    // A reset or a failed write: nothing more can be said on this connection.
    abort();
  });
  // A new connection's first request must be whole within the head deadline.
  m_phaseTimer.start();
  m_deadline.start(qMax(1, m_options.headTimeoutMs));
  if (m_socket->bytesAvailable() > 0)
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
  m_socket->disconnect(this);
}

QString HttpConnection::peerName() const {
  return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

QHostAddress HttpConnection::peerAddress() const {
  const QHostAddress address = m_socket->peerAddress();
  bool isV4 = false;
  const quint32 v4 = address.toIPv4Address(&isV4);
  return isV4 ? QHostAddress(v4) : address;
}

HttpConnection::Phase HttpConnection::phase() const {
  switch (m_state) {
  case State::Reading:
    return m_idle ? Phase::Idle : m_headComplete ? Phase::Body : Phase::Head;
  case State::Handling:
  case State::Streaming:
    return Phase::Busy;
  case State::Closing:
  case State::Closed:
    break;
  }
  return Phase::Closing;
}

void HttpConnection::noteRequestStarted() {
  if (!m_idle)
    return;
  m_idle = false;
  m_phaseTimer.start();
  m_deadline.start(qMax(1, m_options.headTimeoutMs));
}

void HttpConnection::onDeadline() {
  if (m_state != State::Reading || m_idle) {
    abort(); // an idle spell ended, or a closing client took too long to go
    return;
  }
  const QString message =
      m_headComplete ? tr("The request body (%n byte(s)) did not arrive in time.", nullptr,
                          int(qMin<qint64>(m_parser.contentLength(), INT_MAX)))
                     : tr("The request head did not arrive within %1 s.").arg(m_options.headTimeoutMs / 1000.0);
  respondAndClose(m_errorResponder ? m_errorResponder(408, message) : HttpResponse{408, {}, {}});
}

void HttpConnection::onReadyRead() {
  if (m_state == State::Closing) {
    m_socket->readAll(); // the rest of a refused request: drained so closing does not reset
    return;
  }
  if (m_state != State::Reading)
    return; // the next request waits in the socket (bounded by kSocketReadBuffer)
  m_buffer += m_socket->readAll();
  process();
}

void HttpConnection::process() {
  while (m_state == State::Reading) {
    if (m_buffer.isEmpty() && m_socket->bytesAvailable() > 0)
      m_buffer += m_socket->readAll();
    if (!m_buffer.isEmpty())
      noteRequestStarted();
    switch (m_parser.feed(m_buffer)) {
    case HttpRequestParser::Result::NeedMore:
      return; // the deadline of the head or body runs on
    case HttpRequestParser::Result::HeadersComplete: {
      m_headComplete = true;
      m_origin = m_parser.request().header("origin");
      m_phaseTimer.start();
      // The body's deadline grows with its declared size (a large image over a slow link).
      const qint64 bodyMs = qint64(m_options.bodyTimeoutMs) +
                            m_parser.contentLength() * 1000 / qMax<qint64>(1, m_options.minBodyBytesPerSecond);
      m_deadline.start(int(qBound(qint64(1), bodyMs, qint64(INT_MAX))));
      if (m_headFilter) {
        if (std::optional<HttpResponse> refused = m_headFilter(m_parser.request())) {
          // The body (if any) is not read: the connection closes after the answer.
          respondAndClose(*refused);
          return;
        }
      }
      if (m_parser.expectsContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
      break;
    }
    case HttpRequestParser::Result::Complete: {
      m_deadline.stop();
      m_state = State::Handling;
      m_phaseTimer.start();
      const HttpRequest request = m_parser.takeRequest();
      m_keepAlive = request.keepAlive();
      // HTTP/1.0 clients know no chunked coding: their streams end with the connection.
      m_chunked = request.versionMinor >= 1;
      Q_EMIT requestReceived(this, request);
      return;
    }
    case HttpRequestParser::Result::Failed:
      respondAndClose(m_errorResponder ? m_errorResponder(m_parser.errorStatus(), m_parser.errorMessage())
                                       : HttpResponse{m_parser.errorStatus(), {}, {}});
      return;
    }
  }
}

void HttpConnection::respondAndClose(const HttpResponse &response) {
  m_keepAlive = false;
  respond(response);
}

void HttpConnection::respond(const HttpResponse &response) {
  if (m_state == State::Closing || m_state == State::Closed || m_state == State::Streaming)
    return;
  HttpResponse out = response;
  m_options.cors.decorate(m_origin, out.headers);
  out.addHeader("Content-Length", QByteArray::number(response.body.size()));
  out.addHeader("Connection", m_keepAlive ? "keep-alive" : "close");
  m_socket->write(out.head());
  m_socket->write(response.body);
  finishAnswer();
}

void HttpConnection::beginStream(int status, const HttpResponse::Headers &headers) {
  if (m_state != State::Handling)
    return;
  HttpResponse head{status, headers, {}};
  m_options.cors.decorate(m_origin, head.headers);
  head.addHeader("Cache-Control", "no-cache");
  if (m_chunked) {
    head.addHeader("Transfer-Encoding", "chunked");
    head.addHeader("Connection", m_keepAlive ? "keep-alive" : "close");
  } else {
    m_keepAlive = false;
    head.addHeader("Connection", "close");
  }
  m_socket->write(head.head());
  m_state = State::Streaming;
}

void HttpConnection::writeStream(const QByteArray &data) {
  if (m_state != State::Streaming || data.isEmpty())
    return;
  // A streaming client that stopped reading: drop it rather than buffer its answer without end.
  if (m_socket->bytesToWrite() > kMaxStreamBacklog) {
    abort();
    return;
  }
  if (m_chunked) {
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
    m_socket->write(data);
    m_socket->write("\r\n");
  } else {
    m_socket->write(data);
  }
}

void HttpConnection::endStream() {
  if (m_state != State::Streaming)
    return;
  if (m_chunked)
    m_socket->write("0\r\n\r\n");
  finishAnswer();
}

void HttpConnection::finishAnswer() {
  if (!m_keepAlive) {
    m_state = State::Closing;
    m_phaseTimer.start();
    // A client that neither reads nor closes must not hold a connection slot for ever.
    m_deadline.start(kClosingGraceMs);
    // Sends what is buffered first; disconnected() follows.
    m_socket->disconnectFromHost();
    return;
  }
  m_state = State::Reading;
  m_parser.reset();
  m_idle = true;
  m_headComplete = false;
  m_origin.clear();
  m_phaseTimer.start();
  m_deadline.start(qMax(1, m_options.idleTimeoutMs));
  // A pipelined request may already be here; read it after the caller's stack unwinds.
  QMetaObject::invokeMethod(
      this,
      [this] {
        if (m_state == State::Reading && (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0))
          process();
      },
      Qt::QueuedConnection);
}

void HttpConnection::abort() {
  if (m_state == State::Closed)
    return;
  m_socket->abort();
  onDisconnected(); // abort() emits disconnected() only when it was connected
}

void HttpConnection::onDisconnected() {
  if (m_state == State::Closed)
    return;
  m_state = State::Closed;
  m_deadline.stop();
  Q_EMIT closed(this);
}

} // namespace mdi
