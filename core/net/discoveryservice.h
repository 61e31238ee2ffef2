#pragma once

#include "net/discoverybeacon.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

class QUdpSocket;

namespace mdi {

// Peer discovery over UDP (IPv4). A node announces itself (startAnnouncing) every interval and in
// answer to a query; a coordinator listens (startListening) and may query. Announcements go to
// the beacon port, queries to the query port, each to the multicast group on every up, running,
// multicast-capable interface (TTL 1), as a broadcast on every broadcast-capable one, and, when
// asked, to 127.0.0.1 and to unicast addresses. Two ports, so that a node and a coordinator on
// one computer each get the datagrams meant for them. Received datagrams are untrusted: larger
// than DiscoveryBeacon::kMaxBytes or malformed ones are counted and dropped, valid ones only
// reported (beaconReceived), and answers to queries are rate-limited.
class DiscoveryService : public QObject {
  Q_OBJECT
public:
  static constexpr quint16 kBeaconPort = 45832;      // coordinators listen here
  static constexpr quint16 kQueryPort = 45833;       // nodes listen here
  static constexpr quint16 kDefaultNodePort = 45834; // mdi-node's TCP port unless told otherwise
  static QHostAddress defaultGroup();                // 239.255.77.77 (organisation-local scope)

  struct Options {
    quint16 beaconPort = kBeaconPort;
    quint16 queryPort = kQueryPort;
    QHostAddress group = defaultGroup();
    int intervalMs = 2000;
    bool multicast = true;
    bool broadcast = true;
    bool loopback = false;              // also 127.0.0.1: tests, or node and coordinator on one offline computer
    QList<QHostAddress> unicastTargets; // also these addresses (networks where multicast is filtered)
  };

  explicit DiscoveryService(QObject *parent = nullptr);
  explicit DiscoveryService(const Options &options, QObject *parent = nullptr);
  ~DiscoveryService() override;

  // Node side: announces beacon (kind Announce) now, every interval and when queried.
  Status startAnnouncing(const DiscoveryBeacon &beacon);
  // New free memory, load, ...: goes out with the next announcement.
  void setBeacon(const DiscoveryBeacon &beacon);
  void announceNow();

  // Coordinator side: reports every valid announcement; coordinatorId goes into queries.
  Status startListening(const QString &coordinatorId = QStringLiteral("coordinator"));
  // Asks every node to announce itself now.
  void query();

  void stop();
  bool isAnnouncing() const { return m_announceSocket != nullptr; }
  bool isListening() const { return m_listenSocket != nullptr; }
  // Datagrams dropped as oversized or malformed, since the start.
  int rejectedDatagrams() const { return m_rejected; }
  const Options &options() const { return m_options; }

Q_SIGNALS:
  void beaconReceived(const mdi::DiscoveryBeacon &beacon, const QHostAddress &sender);

private:
  Expected<QUdpSocket *> bind(quint16 port);
  void joinGroups(QUdpSocket *socket, QSet<QString> &joined);
  void sendEverywhere(QUdpSocket *socket, const QByteArray &datagram, quint16 port);
  void readAnnouncements();
  void readQueries();
  // The next datagram, or nothing (counted) when it is oversized.
  std::optional<QByteArray> nextDatagram(QUdpSocket *socket, QHostAddress *sender);
  void refreshInterfaces();

  Options m_options;
  DiscoveryBeacon m_beacon;
  QByteArray m_beaconBytes;
  QString m_coordinatorId;
  QUdpSocket *m_announceSocket = nullptr;
  QUdpSocket *m_listenSocket = nullptr;
  QSet<QString> m_announceGroups;
  QSet<QString> m_listenGroups;
  QTimer m_announceTimer;
  QTimer m_refreshTimer;
  QElapsedTimer m_sinceAnswer;
  int m_rejected = 0;
};

} // namespace mdi
