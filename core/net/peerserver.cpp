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
const char *const kFirstBytesTimerName = "mdi_firstBytesTimer";
const char *const kSpokeProperty = "mdi_spoke";           // the client sent its first bytes
const char *const kKeyCheckedProperty = "mdi_keyChecked"; // the client got as far as offering a key
// Addresses with failed handshakes remembered at once (a bound on memory, not on attackers).
constexpr qsizetype kMaxFailureRecords = 4096;
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

PeerServer::PeerServer(const Options &options, QObject *parent) : QObject(parent), m_options(options) {
  m_clock.start();
}

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
  const QHostAddress address = clientAddress(socket);
  if (const auto it = m_failures.constFind(address);
      it != m_failures.constEnd() && it->blockedUntilMs > m_clock.elapsed()) {
    const qint64 waitMs = it->blockedUntilMs - m_clock.elapsed();
    refuseEarly(socket, tr("%n failed pairing attempt(s) in a row from this address; it is refused for another %1 s",
                           nullptr, it->count)
                            .arg((waitMs + 999) / 1000));
    return;
  }
  if (QString why; !makeRoom(address, &why)) {
    refuseEarly(socket, why);
    return;
  }
  m_handshaking.append(socket);
  socket->setProperty(kSpokeProperty, false);
  connect(socket, &QSslSocket::errorOccurred, this, [socket, this](QAbstractSocket::SocketError error) {
    if (error == QAbstractSocket::SslHandshakeFailedError)
      // Only a handshake that got as far as the key counts as a guess of the pairing code.
      refuse(socket, tr("TLS handshake failed (a wrong pairing code, or not TLS): %1").arg(socket->errorString()),
             socket->property(kKeyCheckedProperty).toBool());
    else
      refuse(socket, socket->errorString());
  });
  connect(socket, &QSslSocket::disconnected, this, [socket, this] {
    refuse(socket, socket->property(kSpokeProperty).toBool() ? tr("closed during the TLS handshake")
                                                             : tr("closed before sending anything"));
  });
  auto *timer = new QTimer(socket);
  timer->setObjectName(QLatin1String(kHandshakeTimerName));
  timer->setSingleShot(true);
  connect(timer, &QTimer::timeout, this, [socket, this] {
    refuse(socket, tr("no TLS handshake within %1 s").arg(m_options.handshakeTimeoutMs / 1000.0));
  });
  timer->start(qMax(1, m_options.handshakeTimeoutMs));
  auto *silence = new QTimer(socket);
  silence->setObjectName(QLatin1String(kFirstBytesTimerName));
  silence->setSingleShot(true);
  connect(silence, &QTimer::timeout, this, [socket, this] {
    refuse(socket, tr("nothing received within %1 s").arg(m_options.firstBytesTimeoutMs / 1000.0));
  });
  silence->start(qMax(1, m_options.firstBytesTimeoutMs));
  // The handshake starts with the client's first bytes: until then the connection is one that
  // a newcomer may displace (makeRoom). Unread, those bytes stay in the socket for the TLS engine.
  connect(socket, &QSslSocket::readyRead, this, [socket, this] { startHandshake(socket); });
  if (socket->bytesAvailable() > 0)
    startHandshake(socket);
}

QHostAddress PeerServer::clientAddress(const QAbstractSocket *socket) {
  // A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d: one client, one key.
  const QHostAddress address = socket->peerAddress();
  bool isV4 = false;
  const quint32 v4 = address.toIPv4Address(&isV4);
  return isV4 ? QHostAddress(v4) : address;
}

bool PeerServer::makeRoom(const QHostAddress &address, QString *why) {
  // The oldest connection (of this address, or of any) that has not said a word.
  auto silentOldest = [this](const QHostAddress *only) -> QSslSocket * {
    for (QSslSocket *socket : std::as_const(m_handshaking))
      if (!socket->property(kSpokeProperty).toBool() && (!only || clientAddress(socket) == *only))
        return socket;
    return nullptr;
  };
  qsizetype fromAddress = 0;
  for (QSslSocket *socket : std::as_const(m_handshaking))
    fromAddress += clientAddress(socket) == address ? 1 : 0;
  if (fromAddress >= m_options.maxHandshakesPerAddress) {
    QSslSocket *victim = silentOldest(&address);
    if (!victim) {
      *why = tr("too many handshakes in progress from %1").arg(address.toString());
      return false;
    }
    refuse(victim, tr("sent nothing; its slot went to a newer connection"));
  }
  if (m_handshaking.size() >= m_options.maxHandshakes) {
    QSslSocket *victim = silentOldest(nullptr);
    if (!victim) {
      *why = tr("too many handshakes in progress");
      return false;
    }
    refuse(victim, tr("sent nothing; its slot went to a newer connection"));
  }
  return true;
}

void PeerServer::startHandshake(QSslSocket *socket) {
  if (socket->property(kSpokeProperty).toBool() || !m_handshaking.contains(socket))
    return;
  socket->setProperty(kSpokeProperty, true);
  disconnect(socket, &QSslSocket::readyRead, this, nullptr);
  delete socket->findChild<QTimer *>(QLatin1String(kFirstBytesTimerName), Qt::FindDirectChildrenOnly);
  socket->setSslConfiguration(PskTls::configuration(m_options.nodeId));
  connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
          [socket, this](QSslPreSharedKeyAuthenticator *authenticator) {
            // The identity is the coordinator's id: untrusted, kept for messages only.
            const QByteArray identity = authenticator->identity().left(PskTls::kMaxIdentityBytes);
            socket->setProperty(kIdentityProperty, QString::fromUtf8(identity));
            socket->setProperty(kKeyCheckedProperty, true);
            authenticator->setPreSharedKey(m_options.key);
          });
  connect(socket, &QSslSocket::encrypted, this, [socket, this] { onEncrypted(socket); });
  socket->startServerEncryption();
}

void PeerServer::refuseEarly(QSslSocket *socket, const QString &reason) {
  const QString peer = PeerConnection::endpointName(socket->peerAddress(), socket->peerPort());
  qCWarning(lcNet).noquote() << QStringLiteral("refused connection from %1: %2").arg(peer, reason);
  Q_EMIT connectionRefused(peer, reason);
  socket->abort();
  socket->deleteLater();
}

void PeerServer::refuse(QSslSocket *socket, const QString &reason, bool failedHandshake) {
  if (!m_handshaking.removeOne(socket))
    return; // already handled
  const QString peer = PeerConnection::endpointName(socket->peerAddress(), socket->peerPort());
  qCWarning(lcNet).noquote() << QStringLiteral("refused connection from %1: %2").arg(peer, reason);
  if (failedHandshake)
    noteFailure(clientAddress(socket));
  socket->disconnect(this);
  socket->abort();
  socket->deleteLater();
  Q_EMIT connectionRefused(peer, reason);
}

void PeerServer::noteFailure(const QHostAddress &address) {
  const qint64 now = m_clock.elapsed();
  if (!m_failures.contains(address) && m_failures.size() >= kMaxFailureRecords) {
    // Bounded: forget the addresses that are not refused now (their count starts over).
    m_failures.removeIf([now](QHash<QHostAddress, Failures>::iterator entry) { return entry->blockedUntilMs <= now; });
    if (m_failures.size() >= kMaxFailureRecords)
      return;
  }
  Failures &failures = m_failures[address];
  // A long quiet spell forgives earlier mistakes.
  if (failures.count > 0 && now - failures.lastFailureMs > 2LL * m_options.maxBackoffMs)
    failures.count = 0;
  ++failures.count;
  failures.lastFailureMs = now;
  const int beyond = failures.count - qMax(1, m_options.failuresBeforeBackoff);
  if (beyond < 0)
    return;
  const qint64 backoff = qMin<qint64>(m_options.maxBackoffMs, qint64(m_options.backoffMs) << qMin(beyond, 30));
  failures.blockedUntilMs = now + backoff;
  qCWarning(lcNet).noquote() << QStringLiteral("%1 failed handshakes in a row from %2: refused for %3 s")
                                    .arg(failures.count)
                                    .arg(address.toString())
                                    .arg(backoff / 1000.0);
}

void PeerServer::onEncrypted(QSslSocket *socket) {
  if (!m_handshaking.removeOne(socket))
    return;
  m_failures.remove(clientAddress(socket));
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
