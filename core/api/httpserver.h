#pragma once

#include "api/httpconnection.h"
#include "util/expected.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

class QTcpServer;

namespace mdi {

// A small HTTP/1.1 server on QTcpServer for the local API: accepts connections (at most
// maxConnections; more are answered 503 and closed), runs each as an HttpConnection with the
// given limits, and passes whole requests on through requestReceived. Connections are owned by
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

  Options m_options;
  std::unique_ptr<QTcpServer> m_server;
  QList<HttpConnection *> m_connections;
  HttpConnection::HeadFilter m_headFilter;
  HttpConnection::ErrorResponder m_errorResponder;
};

} // namespace mdi
