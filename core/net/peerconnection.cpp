#include "net/peerconnection.h"

#include "net/netlog.h"
#include "net/pairingkey.h"
#include "net/peermessages.h"
#include "net/psktls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>

namespace mdi {

namespace {
// A socket that is closing keeps going on its own until it has sent what is queued (an Error
// frame that explains a refusal, say), for at most this long.
constexpr int kLingerMs = 5000;
} // namespace

QString PeerConnection::endpointName(const QHostAddress &address, quint16 port) {
  bool isV4 = false;
  const quint32 v4 = address.toIPv4Address(&isV4);
  if (isV4)
    return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(port);
  return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
}

PeerConnection::PeerConnection(const Options &options, QObject *parent) :
    QObject(parent), m_options(options), m_reader(options.limits), m_writer(options.limits) {
  m_clock.start();
  m_heartbeat.setInterval(qMax(1, options.heartbeatIntervalMs));
  connect(&m_heartbeat, &QTimer::timeout, this, &PeerConnection::onHeartbeat);
  m_connectTimer.setSingleShot(true);
  connect(&m_connectTimer, &QTimer::timeout, this, [this] {
    finish(tr("Could not connect to %1 within %2 s.").arg(m_peerName).arg(m_options.connectTimeoutMs / 1000.0), true,
           false);
  });
}

PeerConnection *PeerConnection::connectToNode(const QString &host, quint16 port, const Credentials &credentials,
                                              const Options &options, QObject *parent) {
  auto *connection = new PeerConnection(options, parent);
  connection->m_credentials = credentials;
  connection->m_peerId = credentials.expectedNodeId;
  connection->m_peerName = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                           : QStringLiteral("%1:%2").arg(host).arg(port);
  QString problem;
  if (Status tls = PskTls::checkAvailable(); !tls)
    problem = tls.error();
  else if (credentials.key.isEmpty() && credentials.pairingCode.isEmpty())
    problem = tr("Cannot connect to %1: the node is not paired with this computer.").arg(connection->m_peerName);
  if (!problem.isEmpty()) {
    // Reported once the caller has had the chance to connect to the signals.
    QMetaObject::invokeMethod(
        connection, [connection, problem] { connection->finish(problem, true, false); }, Qt::QueuedConnection);
    return connection;
  }
  auto *socket = new QSslSocket(connection);
  socket->setSslConfiguration(PskTls::configuration());
  connection->attach(socket);
  connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, connection, &PeerConnection::provideKey);
  connect(socket, &QSslSocket::encrypted, connection, &PeerConnection::onEncrypted);
  connection->m_connectTimer.start(qMax(1, options.connectTimeoutMs));
  socket->connectToHostEncrypted(host, port);
  return connection;
}

PeerConnection::PeerConnection(QSslSocket *socket, const QString &peerId, const Options &options, QObject *parent) :
    PeerConnection(options, parent) {
  Q_ASSERT(socket && socket->isEncrypted());
  socket->setParent(this);
  m_peerId = peerId;
  m_peerName = endpointName(socket->peerAddress(), socket->peerPort());
  attach(socket);
  m_state = State::Connected;
  m_sinceReceive.start();
  m_heartbeat.start();
  // Bytes that arrived together with the end of the handshake were announced before we listened.
  QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
}

PeerConnection::~PeerConnection() {
  m_state = State::Closed;
  if (m_socket)
    m_socket->disconnect(this);
}

void PeerConnection::attach(QSslSocket *socket) {
  m_socket = socket;
  socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
  socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
  connect(socket, &QSslSocket::readyRead, this, &PeerConnection::onReadyRead);
  connect(socket, &QSslSocket::errorOccurred, this, &PeerConnection::onSocketError);
  connect(socket, &QSslSocket::connected, this, [this] { m_tcpConnected = true; });
  connect(socket, &QSslSocket::disconnected, this, [this] {
    m_keyRefused = m_state == State::Connecting && m_keyOffered && m_handshakeProblem.isEmpty();
    const bool early = m_state == State::Connecting && !m_keyOffered && m_handshakeProblem.isEmpty();
    finish(early ? busyReason() : tr("%1 closed the connection.").arg(m_peerName), m_state != State::Connected, false);
  });
  connect(socket, &QSslSocket::bytesWritten, this, &PeerConnection::bytesWritten);
}

QString PeerConnection::busyReason() const {
  return tr("%1 closed the connection before checking the pairing code: the node is busy with other "
            "connections, or it pauses this computer after failed pairing attempts. Try again in a minute.")
      .arg(m_peerName);
}

qint64 PeerConnection::bytesToWrite() const {
  return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void PeerConnection::provideKey(QSslPreSharedKeyAuthenticator *authenticator) {
  const QString hint = QString::fromUtf8(authenticator->identityHint().left(PskTls::kMaxIdentityBytes));
  const QString &expected = m_credentials.expectedNodeId;
  if (!expected.isEmpty() && !hint.isEmpty() && hint != expected) {
    m_handshakeProblem = tr("The node at %1 is '%2', not the paired node '%3'.").arg(m_peerName, hint, expected);
    return; // no key: the handshake fails
  }
  const QString nodeId = hint.isEmpty() ? expected : hint;
  QByteArray key;
  if (!m_credentials.key.isEmpty() && nodeId == expected) {
    key = m_credentials.key;
  } else if (!m_credentials.pairingCode.isEmpty()) {
    Expected<QByteArray> derived = PairingKey::derive(m_credentials.pairingCode, nodeId);
    if (!derived) {
      m_handshakeProblem = tr("Cannot pair with %1: %2").arg(m_peerName, derived.error());
      return;
    }
    key = *derived;
  }
  if (key.isEmpty()) {
    m_handshakeProblem = tr("The node at %1 ('%2') is not paired with this computer.").arg(m_peerName, nodeId);
    return;
  }
  m_peerId = nodeId;
  const int identityBytes = qMin(authenticator->maximumIdentityLength(), PskTls::kMaxIdentityBytes);
  authenticator->setIdentity(m_credentials.identity.toUtf8().left(identityBytes));
  authenticator->setPreSharedKey(key);
  m_keyOffered = true;
}

void PeerConnection::onEncrypted() {
  if (m_state != State::Connecting)
    return;
  m_connectTimer.stop();
  m_state = State::Connected;
  m_sinceReceive.start();
  m_heartbeat.start();
  qCDebug(lcNet) << "connected to" << m_peerName << "node" << m_peerId << "cipher" << m_socket->sessionCipher().name();
  Q_EMIT connected();
}

void PeerConnection::onReadyRead() {
  if (m_state != State::Connected || !m_socket)
    return;
  m_sinceReceive.restart();
  QPointer<PeerConnection> self(this);
  while (self && m_state == State::Connected && m_socket) {
    if (!m_reader.readFrom(m_socket)) {
      if (m_reader.failed())
        protocolFailure();
      return;
    }
    if (!handleFrame(m_reader.takeFrame()))
      return;
  }
}

bool PeerConnection::handleFrame(Frame frame) {
  if (frame.version != kProtocolVersion) {
    // Only an Error frame gets here with another version (see FrameReader).
    Expected<ErrorMessage> error = ErrorMessage::decode(frame.payload);
    finish(tr("%1 speaks protocol version %2 (this program speaks version %3) and refused the connection: %4")
               .arg(m_peerName)
               .arg(frame.version)
               .arg(kProtocolVersion)
               .arg(error ? error->message : error.error()),
           true, false);
    return false;
  }
  switch (frame.type) {
  case MessageType::Ping: {
    Expected<PingMessage> ping = PingMessage::decode(frame.payload);
    if (!ping) {
      // Best effort: the connection is closed next whether or not the peer gets the reason.
      static_cast<void>(
          m_writer.write(m_socket, ErrorMessage{quint32(ErrorCode::Protocol), ping.error()}.encode(), frame.requestId));
      finish(tr("%1 sent an invalid frame: %2").arg(m_peerName, ping.error()), true, true);
      return false;
    }
    replyOrIgnore(frame.requestId, PongMessage{ping->sentMs, QDateTime::currentMSecsSinceEpoch()}.encode());
    return m_state == State::Connected;
  }
  case MessageType::Pong: {
    Expected<PongMessage> pong = PongMessage::decode(frame.payload);
    const qint64 now = m_clock.elapsed();
    if (pong && pong->echoedMs >= 0 && pong->echoedMs <= now)
      m_roundTripMs = double(now - pong->echoedMs);
    return true;
  }
  default: {
    QPointer<PeerConnection> self(this);
    Q_EMIT frameReceived(frame.type, frame.requestId, frame.payload);
    return self && m_state == State::Connected;
  }
  }
}

void PeerConnection::protocolFailure() {
  const bool version = m_reader.failure() == FrameReader::Failure::VersionMismatch;
  const ErrorMessage error{quint32(version ? ErrorCode::VersionMismatch : ErrorCode::Protocol), m_reader.errorString()};
  if (m_socket) // best effort, as above: closed next either way
    static_cast<void>(m_writer.write(m_socket, error.encode(), 0));
  finish(tr("Refused %1: %2").arg(m_peerName, m_reader.errorString()), true, true);
}

void PeerConnection::onSocketError() {
  if (m_state == State::Closed || !m_socket)
    return;
  const QAbstractSocket::SocketError error = m_socket->error();
  QString reason;
  if (m_state == State::Connecting) {
    // A TLS-PSK server ends the handshake when the key does not match its own.
    m_keyRefused =
        m_keyOffered && m_handshakeProblem.isEmpty() &&
        (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::RemoteHostClosedError);
    if (!m_handshakeProblem.isEmpty())
      reason = m_handshakeProblem;
    else if (m_tcpConnected && !m_keyOffered &&
             (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::RemoteHostClosedError))
      // The node closed before it asked for a key, so it never checked the code: a node refuses
      // so when its handshake slots are full or it pauses an address after failed attempts.
      reason = busyReason();
    else if (error == QAbstractSocket::SslHandshakeFailedError)
      reason = tr("The TLS handshake with %1 failed: the pairing code is wrong or the node has a new one (%2).")
                   .arg(m_peerName, m_socket->errorString());
    else if (error == QAbstractSocket::ConnectionRefusedError)
      reason = tr("%1 refused the connection: is mdi-node running there?").arg(m_peerName);
    else if (error == QAbstractSocket::HostNotFoundError)
      reason = tr("The host of %1 was not found.").arg(m_peerName);
    else if (error == QAbstractSocket::RemoteHostClosedError)
      reason = tr("%1 closed the connection during the TLS handshake (wrong pairing code?).").arg(m_peerName);
    else
      reason = tr("Could not connect to %1: %2").arg(m_peerName, m_socket->errorString());
    finish(reason, true, false);
  } else if (error == QAbstractSocket::RemoteHostClosedError) {
    finish(tr("%1 closed the connection.").arg(m_peerName), false, false);
  } else {
    finish(tr("The connection to %1 failed: %2").arg(m_peerName, m_socket->errorString()), true, false);
  }
}

void PeerConnection::onHeartbeat() {
  if (m_state != State::Connected || !m_socket)
    return;
  // After a tick that came late (this thread was busy), the socket gets one more turn of the event
  // loop before the silence counts: its data may be waiting behind this timer event.
  const bool late = m_lastTick.isValid() && m_lastTick.elapsed() > 2 * m_heartbeat.interval();
  m_lastTick.restart();
  if (!late && m_sinceReceive.elapsed() > m_options.heartbeatTimeoutMs) {
    finish(tr("%1 stopped answering: nothing arrived for %2 s.")
               .arg(m_peerName)
               .arg(m_sinceReceive.elapsed() / 1000.0, 0, 'f', 1),
           true, false);
    return;
  }
  if (Status sent = m_writer.write(m_socket, PingMessage{m_clock.elapsed()}.encode(), m_nextRequestId++); !sent)
    finish(tr("The connection to %1 failed: %2").arg(m_peerName, sent.error()), true, false);
}

Expected<quint64> PeerConnection::send(const EncodedMessage &message) {
  if (m_state != State::Connected || !m_socket)
    return makeError(tr("Not connected to %1.").arg(m_peerName));
  if (Status fits = m_writer.check(message); !fits)
    return Error{fits.error()};
  const quint64 id = m_nextRequestId++;
  if (Status sent = m_writer.write(m_socket, message, id); !sent)
    return Error{sent.error()};
  return id;
}

Status PeerConnection::reply(quint64 requestId, const EncodedMessage &message) {
  if (m_state != State::Connected || !m_socket)
    return makeError(tr("Not connected to %1.").arg(m_peerName));
  return m_writer.write(m_socket, message, requestId);
}

void PeerConnection::replyOrIgnore(quint64 requestId, const EncodedMessage &message) {
  // Not closed here: callers go on using the connection's owner after replying. A socket that
  // failed reports it itself (disconnected follows); a message too large is a bug (Q_ASSERT).
  const Status sent = reply(requestId, message);
  Q_ASSERT(sent || m_state != State::Connected || !m_writer.check(message));
  static_cast<void>(sent);
}

void PeerConnection::close(const QString &reason) {
  finish(reason, false, true);
}

void PeerConnection::finish(const QString &reason, bool failure, bool flush) {
  if (m_state == State::Closed)
    return;
  m_state = State::Closed;
  m_closeReason = reason;
  m_heartbeat.stop();
  m_connectTimer.stop();
  if (QSslSocket *socket = m_socket) {
    m_socket = nullptr;
    socket->disconnect(this);
    if (flush && socket->state() == QAbstractSocket::ConnectedState) {
      // Let it send what is queued on its own; it deletes itself when closed or after kLingerMs.
      socket->setParent(nullptr);
      connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
      QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
      });
      socket->disconnectFromHost();
    } else {
      socket->abort();
    }
  }
  if (failure)
    qCInfo(lcNet).noquote() << reason;
  QPointer<PeerConnection> self(this);
  if (failure)
    Q_EMIT errorOccurred(reason);
  if (self)
    Q_EMIT disconnected(reason);
}

} // namespace mdi
