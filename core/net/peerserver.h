#pragma once

#include "net/peerconnection.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

class QAbstractSocket;
class QSslSocket;

namespace mdi {

// The node's side of pairing: accepts TCP connections and runs the server side of the TLS-PSK
// handshake with the key of the node's pairing code. A client with a wrong code, one that does not
// speak TLS, one that sends nothing within firstBytesTimeoutMs or does not finish the handshake
// within handshakeTimeoutMs is logged (connectionRefused) and closed; it never sees a frame. A
// client that completes the handshake becomes a PeerConnection (connectionReady), owned by the
// server and deleted after its disconnected().
//
// Handshake slots are bounded in all and per client address. When they are full, a newcomer takes
// the slot of the oldest connection that has not sent a byte yet (every real coordinator speaks
// first, at once), so idle connections cannot keep a coordinator from pairing. An address whose
// handshakes failed more than failuresBeforeBackoff times in a row (wrong pairing codes) is refused
// before the handshake for a time that doubles with each further failure, which bounds how fast a
// pairing code can be guessed. Refusals for load or backoff close the connection before the
// server's first handshake message, which is how the coordinator tells "busy" from "wrong code".
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
    quint16 port = 0;               // 0: any free port
    int handshakeTimeoutMs = 10000; // from the connection to the end of the handshake
    int firstBytesTimeoutMs = 3000; // a client that sends nothing for so long is closed
    int maxHandshakes = 16;         // handshakes in progress at once (see the class comment)
    int maxHandshakesPerAddress = 4;
    int failuresBeforeBackoff = 3; // failed handshakes in a row from one address before backoff
    int backoffMs = 1000;          // the first backoff; doubles with each further failure
    int maxBackoffMs = 5 * 60 * 1000;
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
  // A client address's record of failed handshakes, for the backoff.
  struct Failures {
    int count = 0;
    qint64 lastFailureMs = 0;  // on m_clock
    qint64 blockedUntilMs = 0; // on m_clock
  };
  void accept(qintptr descriptor);
  // Closes a connection before the handshake; the client never offered a key.
  void refuseEarly(QSslSocket *socket, const QString &reason);
  // Makes room for a newcomer from `address`: false when every slot it may take is busy.
  bool makeRoom(const QHostAddress &address, QString *why);
  void startHandshake(QSslSocket *socket);
  void refuse(QSslSocket *socket, const QString &reason, bool failedHandshake = false);
  void onEncrypted(QSslSocket *socket);
  void noteFailure(const QHostAddress &address);
  static QHostAddress clientAddress(const QAbstractSocket *socket);

  Options m_options;
  std::unique_ptr<Listener> m_listener;
  QList<QSslSocket *> m_handshaking; // oldest first
  QHash<QHostAddress, Failures> m_failures;
  QElapsedTimer m_clock;
  QList<PeerConnection *> m_connections;
};

} // namespace mdi
