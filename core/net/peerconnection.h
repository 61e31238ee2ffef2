#pragma once

#include "net/frame.h"
#include "net/framereader.h"
#include "net/framewriter.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QHostAddress;
class QSslPreSharedKeyAuthenticator;
class QSslSocket;

namespace mdi {

// One TLS-PSK connection between a coordinator and a node, carrying frames. The client side is
// made by connectToNode(); the server side by PeerServer, from a socket whose handshake is done.
// Requests get increasing ids; a reply carries its request's id. Both ends send a Ping every
// heartbeat interval and answer Pings with Pongs (neither is passed on); a peer from which no byte
// has arrived for the heartbeat timeout is declared lost. A frame that breaks the protocol (or of
// another protocol version) is answered with an Error frame and ends the connection; so does a
// foreign-version Error frame, whose text becomes the reason. Lives in one thread; the node keeps
// its computations off that thread, or heartbeats stop.
class PeerConnection : public QObject {
  Q_OBJECT
public:
  struct Options {
    FrameLimits limits;
    int heartbeatIntervalMs = 1000;
    int heartbeatTimeoutMs = 5000;
    int connectTimeoutMs = 10000; // TCP connection and TLS handshake (client side)
  };
  // How a coordinator proves it was paired with the node.
  struct Credentials {
    QString identity;       // this coordinator's id, sent as the TLS-PSK identity
    QString expectedNodeId; // refuse a node that names itself otherwise; empty: any node
    QByteArray key;         // PairedNodes::key(expectedNodeId), or empty to derive it from:
    QString pairingCode;    // the code the user typed (derived for the id the node names)
  };
  enum class State { Connecting, Connected, Closed };

  // Starts connecting; connected() or errorOccurred() and disconnected() follow.
  static PeerConnection *connectToNode(const QString &host, quint16 port, const Credentials &credentials,
                                       const Options &options, QObject *parent = nullptr);
  // Takes over an encrypted server-side socket (PeerServer). peerId: the client's PSK identity.
  PeerConnection(QSslSocket *socket, const QString &peerId, const Options &options, QObject *parent = nullptr);
  ~PeerConnection() override;

  State state() const { return m_state; }
  bool isConnected() const { return m_state == State::Connected; }
  // "host:port" of the other end, for messages.
  const QString &peerName() const { return m_peerName; }
  // The node's id (client side, as the node names itself in the handshake) or the coordinator's
  // PSK identity (server side).
  const QString &peerId() const { return m_peerId; }
  const QString &closeReason() const { return m_closeReason; }
  // Client side: the node ended the TLS handshake after this side offered its key, which is what
  // a node does with a key made from another pairing code.
  bool keyRefused() const { return m_keyRefused; }
  // Of the last Ping answered; negative before the first Pong.
  double roundTripMs() const { return m_roundTripMs; }
  // Bytes queued for sending (for flow control of weight chunks).
  qint64 bytesToWrite() const;
  const Options &options() const { return m_options; }
  // "192.168.1.5:45834", "[fe80::1]:45834".
  static QString endpointName(const QHostAddress &address, quint16 port);

  // Sends a request; returns its id (never 0).
  Expected<quint64> send(const EncodedMessage &message);
  // Sends a reply to the request requestId (or an unsolicited message with 0).
  Status reply(quint64 requestId, const EncodedMessage &message);
  // reply() for callers with nothing to do on a failure: a failing socket is reported by
  // disconnected() anyway, and the messages they send fit the frame limits.
  void replyOrIgnore(quint64 requestId, const EncodedMessage &message);
  // Sends what is queued, then closes. disconnected(reason) follows at once.
  void close(const QString &reason = {});

Q_SIGNALS:
  void connected();
  // Every frame except Ping and Pong.
  void frameReceived(mdi::MessageType type, quint64 requestId, const QByteArray &payload);
  void bytesWritten(qint64 bytes);
  // The connection failed (handshake refused, protocol error, peer lost); disconnected() follows.
  void errorOccurred(const QString &message);
  // Emitted once, whatever ended the connection.
  void disconnected(const QString &reason);

private:
  explicit PeerConnection(const Options &options, QObject *parent);
  void attach(QSslSocket *socket);
  void provideKey(QSslPreSharedKeyAuthenticator *authenticator);
  void onEncrypted();
  void onReadyRead();
  void onSocketError();
  void onHeartbeat();
  // Returns false when the connection ended while handling the frame.
  bool handleFrame(Frame frame);
  void protocolFailure();
  // Why a node closed the connection before it asked for a key (client side).
  QString busyReason() const;
  // Ends the connection: failure (errorOccurred first) or not; flush: send what is queued first.
  void finish(const QString &reason, bool failure, bool flush);

  Options m_options;
  Credentials m_credentials;
  QPointer<QSslSocket> m_socket;
  FrameReader m_reader;
  FrameWriter m_writer;
  State m_state = State::Connecting;
  QString m_peerName;
  QString m_peerId;
  QString m_handshakeProblem; // why the client refused to provide a key
  bool m_keyOffered = false;
  bool m_keyRefused = false;
  bool m_tcpConnected = false; // client side: the TCP connection was made
  QString m_closeReason;
  quint64 m_nextRequestId = 1;
  QTimer m_heartbeat;
  QTimer m_connectTimer;
  QElapsedTimer m_sinceReceive;
  QElapsedTimer m_clock;
  QElapsedTimer m_lastTick;
  double m_roundTripMs = -1;
};

} // namespace mdi
