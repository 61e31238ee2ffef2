#pragma once

#include "api/httprequest.h"
#include "api/httprequestparser.h"
#include "api/httpresponse.h"

#include <QByteArray>
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

  struct Options {
    HttpRequestParser::Limits limits;
    int idleTimeoutMs = 60'000; // closes a connection that sends nothing for so long while a request is due
  };

  // Takes ownership of the connected socket.
  HttpConnection(QTcpSocket *socket, const Options &options, HeadFilter headFilter, ErrorResponder errorResponder,
                 QObject *parent = nullptr);
  ~HttpConnection() override;

  bool isOpen() const { return m_state != State::Closed; }
  // "127.0.0.1:53412", for logs.
  QString peerName() const;

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

  QTcpSocket *m_socket;
  Options m_options;
  HeadFilter m_headFilter;
  ErrorResponder m_errorResponder;
  HttpRequestParser m_parser;
  QByteArray m_buffer;
  State m_state = State::Reading;
  bool m_keepAlive = true;
  bool m_chunked = false;
  QTimer m_idleTimer;
};

} // namespace mdi
