#pragma once

#include "api/httpconnection.h"
#include "util/expected.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

class QTcpServer;

namespace mdi {

// A small HTTP/1.1 server on QTcpServer for the local API: accepts connections, runs each as an
// HttpConnection with the given limits and deadlines, and passes whole requests on through
// requestReceived. At most maxConnections are open, and maxConnectionsPerAddress from one client
// address. When a newcomer finds no room, the server closes, oldest first, a connection that is
// closing, else one kept alive idle, else one still reading its request head (a real client sends
// its head at once; a slow one is the likely attacker); only when every connection is busy with a
// request or its body is the newcomer answered 503 and closed. Connections are owned by
// the server and deleted after they close. Qt 6.4's QHttpServer was not used: it buffers whole
// request bodies without a limit, cannot report a client that went away, and its streaming API
// changed incompatibly in later Qt versions (docs/API.md).
class HttpServer : public QObject {
  Q_OBJECT
public:
  struct Options {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    int maxConnections = 32;
    int maxConnectionsPerAddress = 16; // all local clients share 127.0.0.1: keep it generous
    HttpConnection::Options connection;
  };

  explicit HttpServer(QObject *parent = nullptr);
  ~HttpServer() override;

  void setHeadFilter(HttpConnection::HeadFilter filter) { m_headFilter = std::move(filter); }
  void setErrorResponder(HttpConnection::ErrorResponder responder) { m_errorResponder = std::move(responder); }

  Status listen(const Options &options);
  // Stops listening and closes every connection (closed() is emitted for each).
  void close();
  bool isListening() const;
  QHostAddress address() const;
  quint16 port() const;
  int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
  void requestReceived(mdi::HttpConnection *connection, const mdi::HttpRequest &request);

private:
  void onNewConnection();
  // Closes the connection that best makes room among those from `address` (or all, when null);
  // false when none may be closed.
  bool makeRoom(const QHostAddress *address);

  Options m_options;
  std::unique_ptr<QTcpServer> m_server;
  QList<HttpConnection *> m_connections;
  HttpConnection::HeadFilter m_headFilter;
  HttpConnection::ErrorResponder m_errorResponder;
};

} // namespace mdi
