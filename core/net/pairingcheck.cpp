#include "net/pairingcheck.h"

#include "mdiversion.h"
#include "net/pairingkey.h"
#include "net/peerconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace mdi {

Expected<PairingCheck::Result> PairingCheck::run(const Request &request) {
  PeerConnection::Credentials credentials;
  credentials.identity = request.identity;
  credentials.expectedNodeId = request.expectedNodeId;
  credentials.key = request.key;
  if (request.key.isEmpty()) {
    auto normalized = PairingKey::normalizeCode(request.pairingCode);
    if (!normalized)
      return makeError(normalized.error());
    credentials.pairingCode = *normalized;
    // Derived once here rather than inside the handshake, where the node would wait for it.
    if (!request.expectedNodeId.isEmpty()) {
      auto key = PairingKey::derive(*normalized, request.expectedNodeId);
      if (!key)
        return makeError(key.error());
      credentials.key = *key;
    }
  }

  PeerConnection::Options options;
  options.connectTimeoutMs = request.timeoutMs;
  QEventLoop loop;
  std::optional<Result> result;
  QString error;
  std::unique_ptr<PeerConnection> connection(
      PeerConnection::connectToNode(request.host, request.port, credentials, options));
  const QString name = connection->peerName();
  QTimer timeout;
  timeout.setSingleShot(true);
  QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
    error = tr("%1 accepted the pairing code but did not say who it is within %2 s.")
                .arg(name)
                .arg(request.timeoutMs / 1000.0);
    loop.quit();
  });
  QObject::connect(connection.get(), &PeerConnection::connected, &loop, [&] {
    HelloMessage hello;
    hello.peer.nodeId = request.identity;
    hello.peer.name = QStringLiteral("MDI Chat");
    hello.peer.appVersion = QStringLiteral(MDI_VERSION_STRING);
    hello.peer.device = QStringLiteral("cpu");
    if (auto sent = connection->send(hello.encode()); !sent) {
      error = sent.error();
      loop.quit();
      return;
    }
    timeout.start(request.timeoutMs);
  });
  QObject::connect(connection.get(), &PeerConnection::frameReceived, &loop,
                   [&](MessageType type, quint64, const QByteArray &payload) {
                     if (type == MessageType::HelloAck) {
                       auto ack = HelloAckMessage::decode(payload);
                       if (!ack)
                         error = tr("%1 answered Hello with a bad message: %2").arg(name, ack.error());
                       else
                         result = Result{ack->peer, credentials.key};
                     } else if (type == MessageType::Error) {
                       auto refusal = ErrorMessage::decode(payload);
                       error = tr("%1 refused: %2").arg(name, refusal ? refusal->message : refusal.error());
                     } else {
                       return; // nothing else is expected before HelloAck
                     }
                     loop.quit();
                   });
  QObject::connect(connection.get(), &PeerConnection::disconnected, &loop, [&](const QString &reason) {
    if (!result && error.isEmpty())
      error = reason.isEmpty() ? tr("%1 closed the connection.").arg(name) : reason;
    loop.quit();
  });
  loop.exec();
  if (!result && connection->keyRefused())
    error = tr("The pairing code is wrong: %1 refused the key made from it. Use the code that mdi-node shows "
               "there now (it changes when the node is given a new one).")
                .arg(name);
  const QString nodeId = connection->peerId();
  connection.reset(); // closes the socket at once: nothing is left to send
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  if (!result)
    return makeError(error);
  if (result->node.nodeId != nodeId || !isValidPeerId(nodeId))
    return makeError(tr("%1 named itself '%2' in the handshake but '%3' in its HelloAck.")
                         .arg(name, nodeId, result->node.nodeId.left(64)));
  if (result->key.isEmpty()) {
    auto key = PairingKey::derive(credentials.pairingCode, nodeId);
    if (!key)
      return makeError(key.error());
    result->key = *key;
  }
  return *result;
}

} // namespace mdi
