#include "api/httpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace mdi {

HttpServer::HttpServer(QObject *parent) : QObject(parent) {}

HttpServer::~HttpServer() {
  close();
}

Status HttpServer::listen(const Options &options) {
  close();
  m_options = options;
  auto server = std::make_unique<QTcpServer>();
  server->setMaxPendingConnections(qMax(1, options.maxConnections));
  if (!server->listen(options.address, options.port)) {
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                             : options.address.toString();
    return makeError(tr("Cannot listen on %1:%2: %3").arg(host).arg(options.port).arg(server->errorString()));
  }
  connect(server.get(), &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
  m_server = std::move(server);
  return Status::ok();
}

void HttpServer::close() {
  if (m_server) {
    m_server->close();
    m_server.reset();
  }
  // abort() emits closed(), whose handler removes the connection from the list.
  const QList<HttpConnection *> connections = m_connections;
  for (HttpConnection *connection : connections)
    connection->abort();
}

bool HttpServer::isListening() const {
  return m_server && m_server->isListening();
}

QHostAddress HttpServer::address() const {
  return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 HttpServer::port() const {
  return m_server ? m_server->serverPort() : 0;
}

void HttpServer::onNewConnection() {
  while (QTcpSocket *socket = m_server->nextPendingConnection()) {
    auto *connection = new HttpConnection(socket, m_options.connection, m_headFilter, m_errorResponder, this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::closed, this, [this](HttpConnection *c) {
      m_connections.removeOne(c);
      c->deleteLater();
    });
    if (m_connections.size() > m_options.maxConnections) {
      // Answered rather than dropped, so the client learns why.
      const QString message = tr("The server has too many open connections; try again later.");
      connection->respondAndClose(m_errorResponder ? m_errorResponder(503, message) : HttpResponse{503, {}, {}});
      continue;
    }
    connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
  }
}

} // namespace mdi
