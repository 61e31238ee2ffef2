#include "net/peerserver.h"

#include "net/netlog.h"
#include "net/peermessages.h"
#include "net/psktls.h"

#include <QCoreApplication>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <utility>

namespace mdi {

namespace {
const char *const kIdentityProperty = "mdi_pskIdentity";
const char *const kHandshakeTimerName = "mdi_handshakeTimer";
} // namespace

// Hands accepted descriptors to the server before Qt wraps them in a plain QTcpSocket.
class PeerServer::Listener : public QTcpServer {
public:
  explicit Listener(std::function<void(qintptr)> accept) : m_accept(std::move(accept)) {}

protected:
  void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
  std::function<void(qintptr)> m_accept;
};

PeerServer::PeerServer(const Options &options, QObject *parent) : QObject(parent), m_options(options) {}

PeerServer::~PeerServer() {
  for (QSslSocket *socket : std::as_const(m_handshaking))
    socket->disconnect(this);
  for (PeerConnection *connection : std::as_const(m_connections))
    connection->disconnect(this);
}

Status PeerServer::listen() {
  if (Status tls = PskTls::checkAvailable(); !tls)
    return tls;
  if (!isValidPeerId(m_options.nodeId))
    return makeError(tr("'%1' is not a valid node id.").arg(m_options.nodeId.left(64)));
  if (m_options.key.isEmpty())
    return makeError(tr("The node has no pairing key."));
  m_listener = std::make_unique<Listener>([this](qintptr descriptor) { accept(descriptor); });
  if (!m_listener->listen(m_options.address, m_options.port)) {
    const QString error = m_listener->errorString();
    m_listener.reset();
    return makeError(
        tr("Cannot listen on %1: %2").arg(PeerConnection::endpointName(m_options.address, m_options.port), error));
  }
  qCInfo(lcNet).noquote() << "node" << m_options.nodeId << "listening on"
                          << PeerConnection::endpointName(m_options.address, m_listener->serverPort());
  return Status::ok();
}

void PeerServer::close() {
  m_listener.reset();
  for (QSslSocket *socket : std::exchange(m_handshaking, {})) {
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
  }
  // Closing one removes it from m_connections (its disconnected() handler): walk a copy.
  const QList<PeerConnection *> connections = m_connections;
  for (PeerConnection *connection : connections)
    connection->close(tr("The node stopped serving."));
}

bool PeerServer::isListening() const {
  return m_listener && m_listener->isListening();
}

quint16 PeerServer::port() const {
  return m_listener ? m_listener->serverPort() : 0;
}

void PeerServer::accept(qintptr descriptor) {
  auto *socket = new QSslSocket(this);
  if (!socket->setSocketDescriptor(descriptor)) {
    qCWarning(lcNet).noquote() << "cannot take an incoming connection:" << socket->errorString();
    delete socket;
    return;
  }
  const QString peer = PeerConnection::endpointName(socket->peerAddress(), socket->peerPort());
  if (m_handshaking.size() >= m_options.maxHandshakes) {
    qCWarning(lcNet).noquote() << QStringLiteral("refused connection from %1: too many handshakes").arg(peer);
    Q_EMIT connectionRefused(peer, tr("too many handshakes in progress"));
    socket->abort();
    socket->deleteLater();
    return;
  }
  m_handshaking.append(socket);
  socket->setSslConfiguration(PskTls::configuration(m_options.nodeId));
  connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
          [socket, this](QSslPreSharedKeyAuthenticator *authenticator) {
            // The identity is the coordinator's id: untrusted, kept for messages only.
            const QByteArray identity = authenticator->identity().left(PskTls::kMaxIdentityBytes);
            socket->setProperty(kIdentityProperty, QString::fromUtf8(identity));
            authenticator->setPreSharedKey(m_options.key);
          });
  connect(socket, &QSslSocket::encrypted, this, [socket, this] { onEncrypted(socket); });
  connect(socket, &QSslSocket::errorOccurred, this, [socket, this](QAbstractSocket::SocketError error) {
    if (error == QAbstractSocket::SslHandshakeFailedError)
      refuse(socket, tr("TLS handshake failed (a wrong pairing code, or not TLS): %1").arg(socket->errorString()));
    else
      refuse(socket, socket->errorString());
  });
  connect(socket, &QSslSocket::disconnected, this,
          [socket, this] { refuse(socket, tr("closed during the TLS handshake")); });
  auto *timer = new QTimer(socket);
  timer->setObjectName(QLatin1String(kHandshakeTimerName));
  timer->setSingleShot(true);
  connect(timer, &QTimer::timeout, this, [socket, this] {
    refuse(socket, tr("no TLS handshake within %1 s").arg(m_options.handshakeTimeoutMs / 1000.0));
  });
  timer->start(qMax(1, m_options.handshakeTimeoutMs));
  socket->startServerEncryption();
}

void PeerServer::refuse(QSslSocket *socket, const QString &reason) {
  if (!m_handshaking.removeOne(socket))
    return; // already handled
  const QString peer = PeerConnection::endpointName(socket->peerAddress(), socket->peerPort());
  qCWarning(lcNet).noquote() << QStringLiteral("refused connection from %1: %2").arg(peer, reason);
  socket->disconnect(this);
  socket->abort();
  socket->deleteLater();
  Q_EMIT connectionRefused(peer, reason);
}

void PeerServer::onEncrypted(QSslSocket *socket) {
  if (!m_handshaking.removeOne(socket))
    return;
  socket->disconnect(this);
  delete socket->findChild<QTimer *>(QLatin1String(kHandshakeTimerName), Qt::FindDirectChildrenOnly);
  const QString identity = socket->property(kIdentityProperty).toString();
  auto *connection = new PeerConnection(socket, identity, m_options.connection, this);
  if (m_connections.size() >= m_options.maxConnections) {
    const QString reason = tr("This node already serves %n connection(s).", nullptr, int(m_connections.size()));
    qCWarning(lcNet).noquote() << QStringLiteral("refused connection from %1: %2").arg(connection->peerName(), reason);
    connection->replyOrIgnore(0, ErrorMessage{quint32(ErrorCode::Busy), reason}.encode());
    Q_EMIT connectionRefused(connection->peerName(), reason);
    connection->close(reason);
    connection->deleteLater();
    return;
  }
  m_connections.append(connection);
  connect(connection, &PeerConnection::disconnected, this, [connection, this](const QString &reason) {
    qCInfo(lcNet).noquote() << QStringLiteral("connection from %1 ended: %2").arg(connection->peerName(), reason);
    m_connections.removeOne(connection);
    connection->deleteLater();
  });
  qCInfo(lcNet).noquote() << "paired connection from" << connection->peerName() << "coordinator"
                          << connection->peerId();
  Q_EMIT connectionReady(connection);
}

} // namespace mdi
