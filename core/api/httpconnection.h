#pragma once

#include "api/corspolicy.h"
#include "api/httprequest.h"
#include "api/httprequestparser.h"
#include "api/httpresponse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace mdi {

// One client connection of HttpServer: reads requests with HttpRequestParser (bounded), hands
// each whole request out through requestReceived, and writes the answer: whole (respond) or
// streamed (beginStream, writeStream, endStream: chunked on HTTP/1.1, close-delimited on 1.0).
// One request at a time; a keep-alive connection reads the next one after the answer. The head
// filter sees each request's line and headers before its body is read, so refused requests
// (wrong key, unknown route, too large) cost no body buffering. closed() says the client went
// away or the connection was closed here; answers in progress for it should stop.
class HttpConnection : public QObject {
  Q_OBJECT
public:
  // An answer for a request whose head alone decides it (the body is then not read); nullopt
  // lets the request go on.
  using HeadFilter = std::function<std::optional<HttpResponse>(const HttpRequest &head)>;
  // The response for a transport-level failure (status 400, 411, 413, 431, ...).
  using ErrorResponder = std::function<HttpResponse(int status, const QString &message)>;

  // Deadlines are not restarted by each byte, so a client cannot hold a connection by trickling.
  struct Options {
    HttpRequestParser::Limits limits;
    int idleTimeoutMs = 60'000; // a kept-alive connection that starts no new request for so long is closed
    int headTimeoutMs = 10'000; // the whole request head, from the connection or the head's first byte
    int bodyTimeoutMs = 10'000; // the body: this, plus its declared size at minBodyBytesPerSecond
    qint64 minBodyBytesPerSecond = 64 * 1024;
    // Which web origins' requests get CORS headers on their responses (none by default).
    CorsPolicy cors;
  };
  // Where the connection is, for the server's choice of whom to close when it is full.
  enum class Phase {
    Idle,    // kept alive after an answer, no byte of the next request yet
    Head,    // reading a request head (a new connection, too, before its first byte)
    Body,    // reading a request body
    Busy,    // the request is being answered
    Closing, // answered, closing, or closed
  };

  // Takes ownership of the connected socket.
  HttpConnection(QTcpSocket *socket, const Options &options, HeadFilter headFilter, ErrorResponder errorResponder,
                 QObject *parent = nullptr);
  ~HttpConnection() override;

  bool isOpen() const { return m_state != State::Closed; }
  // "127.0.0.1:53412", for logs.
  QString peerName() const;
  // The client's address (an IPv4 client of a dual-stack server as IPv4).
  QHostAddress peerAddress() const;
  Phase phase() const;
  // Milliseconds since the connection entered its phase.
  qint64 phaseAgeMs() const { return m_phaseTimer.elapsed(); }

  // Answers the current request; keeps the connection for the next one when both sides allow.
  void respond(const HttpResponse &response);
  // Answers (the current request, or none yet) and closes the connection.
  void respondAndClose(const HttpResponse &response);
  // Starts a streamed answer to the current request; `headers` should include Content-Type.
  void beginStream(int status, const HttpResponse::Headers &headers);
  void writeStream(const QByteArray &data);
  void endStream();
  // Closes at once; answers in progress are dropped.
  void abort();

Q_SIGNALS:
  void requestReceived(mdi::HttpConnection *connection, const mdi::HttpRequest &request);
  // Emitted once, when the connection ended for whatever reason.
  void closed(mdi::HttpConnection *connection);

private:
  enum class State { Reading, Handling, Streaming, Closing, Closed };
  void onReadyRead();
  void process();
  void finishAnswer();
  void onDisconnected();
  void onDeadline();
  // The first bytes of a request after an idle spell start its head's deadline.
  void noteRequestStarted();

  QTcpSocket *m_socket;
  Options m_options;
  HeadFilter m_headFilter;
  ErrorResponder m_errorResponder;
  HttpRequestParser m_parser;
  QByteArray m_buffer;
  State m_state = State::Reading;
  bool m_keepAlive = true;
  bool m_chunked = false;
  bool m_idle = false;         // kept alive after an answer, waiting for the next request
  bool m_headComplete = false; // of the request being read
  QByteArray m_origin;         // the current request's Origin header, for CORS
  // One deadline at a time: the idle spell, the head, the body, or the closing grace.
  QTimer m_deadline;
  QElapsedTimer m_phaseTimer;
};

} // namespace mdi
