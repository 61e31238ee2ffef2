#include "context/singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>

namespace mdi {

namespace {
// What a later launch sends; anything else is ignored.
constexpr QByteArrayView kActivate = "activate\n";
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent) : QObject(parent), m_name(serverName) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataDir) {
  QString user = qEnvironmentVariable("USER");
  if (user.isEmpty())
    user = qEnvironmentVariable("USERNAME");
  user.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")));
  // The profile's path can be long and hold any character; a socket name must stay short.
  const QByteArray profile = QDir::cleanPath(QDir(dataDir).absolutePath()).toUtf8();
  const QString hash =
      QString::fromLatin1(QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
  return QStringLiteral("mdi-chat-%1-%2").arg(user.left(32), hash);
}

bool SingleInstance::activateRunning(int timeoutMs) {
  QLocalSocket socket;
  socket.connectToServer(m_name);
  if (!socket.waitForConnected(timeoutMs))
    return false; // nobody listens (none runs, or a stale socket of a crash)
  socket.write(kActivate.data(), kActivate.size());
  const bool sent = socket.waitForBytesWritten(timeoutMs) || socket.bytesToWrite() == 0;
  socket.disconnectFromServer();
  return sent;
}

Status SingleInstance::listen() {
  if (!m_server) {
    m_server = new QLocalServer(this);
    // Only this user may connect (where the platform can restrict it).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
  }
  if (m_server->isListening())
    return {};
  // The caller holds the profile lock, so a socket by this name is a crashed instance's.
  QLocalServer::removeServer(m_name);
  if (!m_server->listen(m_name))
    return makeError(
        QCoreApplication::translate("SingleInstance", "Cannot listen for other launches on the local socket %1: %2")
            .arg(m_name, m_server->errorString()));
  return {};
}

bool SingleInstance::isListening() const {
  return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection() {
  while (QLocalSocket *socket = m_server->nextPendingConnection()) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto read = [this, socket] {
      if (!socket->canReadLine())
        return;
      const QByteArray line = socket->readLine(64);
      if (line == QByteArray(kActivate.data(), kActivate.size()))
        Q_EMIT activationRequested();
      socket->disconnectFromServer();
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    read(); // what arrived with the connection
  }
}

} // namespace mdi
