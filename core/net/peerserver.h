#pragma once

#include "net/peerconnection.h"
#include "util/expected.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

class QSslSocket;

namespace mdi {

// The node's side of pairing: accepts TCP connections and runs the server side of the TLS-PSK
// handshake with the key of the node's pairing code. A client with a wrong code, one that does not
// speak TLS, or one that stays silent past the handshake timeout is logged (connectionRefused)
// and closed; it never sees a frame. A client that completes the handshake becomes a
// PeerConnection (connectionReady), owned by the server and deleted after its disconnected().
//
// It accepts TCP itself rather than through QSslServer: QSslServer (Qt 6.4) closes a client whose
// first byte is not a TLS record without any signal, so such clients could not be logged.
class PeerServer : public QObject {
  Q_OBJECT
public:
  struct Options {
    QString nodeId; // sent as the TLS-PSK identity hint: the coordinator derives the key for it
    QByteArray key; // NodeIdentity::key()
    QHostAddress address = QHostAddress::Any;
    quint16 port = 0; // 0: any free port
    int handshakeTimeoutMs = 10000;
    int maxHandshakes = 16; // handshakes in progress at once; more clients are closed at once
    int maxConnections = 4; // established connections; more are refused with an Error (Busy)
    PeerConnection::Options connection;
  };

  explicit PeerServer(const Options &options, QObject *parent = nullptr);
  ~PeerServer() override;

  Status listen();
  void close();
  bool isListening() const;
  quint16 port() const;
  QList<PeerConnection *> connections() const { return m_connections; }

Q_SIGNALS:
  void connectionReady(mdi::PeerConnection *connection);
  void connectionRefused(const QString &peer, const QString &reason);

private:
  class Listener;
  void accept(qintptr descriptor);
  void refuse(QSslSocket *socket, const QString &reason);
  void onEncrypted(QSslSocket *socket);

  Options m_options;
  std::unique_ptr<Listener> m_listener;
  QList<QSslSocket *> m_handshaking;
  QList<PeerConnection *> m_connections;
};

} // namespace mdi
