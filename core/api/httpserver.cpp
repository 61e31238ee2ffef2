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
    const QHostAddress address = connection->peerAddress();
    qsizetype fromAddress = 0;
    for (const HttpConnection *other : std::as_const(m_connections))
      fromAddress += other->peerAddress() == address ? 1 : 0;
    QString refusal;
    if (fromAddress >= m_options.maxConnectionsPerAddress && !makeRoom(&address))
      refusal = tr("The server has too many open connections from %1; try again later.").arg(address.toString());
    else if (m_connections.size() >= m_options.maxConnections && !makeRoom(nullptr))
      refusal = tr("The server has too many open connections; try again later.");
    m_connections.append(connection);
    connect(connection, &HttpConnection::closed, this, [this](HttpConnection *c) {
      m_connections.removeOne(c);
      c->deleteLater();
    });
    if (!refusal.isEmpty()) {
      // Answered rather than dropped, so the client learns why; it is the first to go when
      // another newcomer needs the room.
      connection->respondAndClose(m_errorResponder ? m_errorResponder(503, refusal) : HttpResponse{503, {}, {}});
      continue;
    }
    connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
  }
}

bool HttpServer::makeRoom(const QHostAddress *address) {
  // Whom to close first: whatever is closing, then idle keep-alive, then a head still arriving.
  static constexpr HttpConnection::Phase kOrder[] = {HttpConnection::Phase::Closing, HttpConnection::Phase::Idle,
                                                     HttpConnection::Phase::Head};
  for (const HttpConnection::Phase phase : kOrder) {
    HttpConnection *victim = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
      if (connection->phase() != phase || (address && connection->peerAddress() != *address))
        continue;
      if (!victim || connection->phaseAgeMs() > victim->phaseAgeMs())
        victim = connection;
    }
    if (victim) {
      victim->abort(); // closed(): leaves m_connections
      return true;
    }
  }
  return false;
}

} // namespace mdi
