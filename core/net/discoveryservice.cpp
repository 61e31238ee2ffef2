#include "net/discoveryservice.h"

#include "net/netlog.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <QVariant>

#include <utility>

namespace mdi {

namespace {
// At most one answer to a query per this many milliseconds (queries are cheap to send, unsolicited).
constexpr int kAnswerIntervalMs = 100;
constexpr int kRefreshIntervalMs = 10000;

bool usable(const QNetworkInterface &iface) {
  const auto flags = iface.flags();
  return flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning) &&
         !flags.testFlag(QNetworkInterface::IsLoopBack);
}

bool hasIPv4(const QNetworkInterface &iface) {
  for (const QNetworkAddressEntry &entry : iface.addressEntries())
    if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
      return true;
  return false;
}
} // namespace

QHostAddress DiscoveryService::defaultGroup() {
  return QHostAddress(QStringLiteral("239.255.77.77"));
}

DiscoveryService::DiscoveryService(const Options &options, QObject *parent) : QObject(parent), m_options(options) {
  m_announceTimer.setInterval(qMax(10, options.intervalMs));
  connect(&m_announceTimer, &QTimer::timeout, this, &DiscoveryService::announceNow);
  m_refreshTimer.setInterval(kRefreshIntervalMs);
  connect(&m_refreshTimer, &QTimer::timeout, this, &DiscoveryService::refreshInterfaces);
}

DiscoveryService::DiscoveryService(QObject *parent) : DiscoveryService(Options(), parent) {}

DiscoveryService::~DiscoveryService() = default;

Expected<QUdpSocket *> DiscoveryService::bind(quint16 port) {
  auto *socket = new QUdpSocket(this);
  if (!socket->bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
    const QString error = socket->errorString();
    delete socket;
    return makeError(tr("Cannot listen for peer discovery on UDP port %1: %2").arg(port).arg(error));
  }
  socket->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(1));
  socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
  return socket;
}

Status DiscoveryService::startAnnouncing(const DiscoveryBeacon &beacon) {
  if (m_announceSocket)
    return Status::ok();
  DiscoveryBeacon announce = beacon;
  announce.kind = DiscoveryBeacon::Kind::Announce;
  Expected<QByteArray> bytes = announce.encode();
  if (!bytes)
    return Error{bytes.error()};
  Expected<QUdpSocket *> socket = bind(m_options.queryPort);
  if (!socket)
    return Error{socket.error()};
  m_beacon = announce;
  m_beaconBytes = *bytes;
  m_announceSocket = *socket;
  if (m_options.multicast)
    joinGroups(m_announceSocket, m_announceGroups);
  connect(m_announceSocket, &QUdpSocket::readyRead, this, &DiscoveryService::readQueries);
  m_announceTimer.start();
  m_refreshTimer.start();
  announceNow();
  return Status::ok();
}

void DiscoveryService::setBeacon(const DiscoveryBeacon &beacon) {
  DiscoveryBeacon announce = beacon;
  announce.kind = DiscoveryBeacon::Kind::Announce;
  Expected<QByteArray> bytes = announce.encode();
  if (!bytes) {
    qCWarning(lcNet).noquote() << "beacon not updated:" << bytes.error();
    return;
  }
  m_beacon = announce;
  m_beaconBytes = *bytes;
}

void DiscoveryService::announceNow() {
  if (m_announceSocket)
    sendEverywhere(m_announceSocket, m_beaconBytes, m_options.beaconPort);
}

Status DiscoveryService::startListening(const QString &coordinatorId) {
  if (m_listenSocket)
    return Status::ok();
  Expected<QUdpSocket *> socket = bind(m_options.beaconPort);
  if (!socket)
    return Error{socket.error()};
  m_listenSocket = *socket;
  m_coordinatorId = coordinatorId;
  if (m_options.multicast)
    joinGroups(m_listenSocket, m_listenGroups);
  connect(m_listenSocket, &QUdpSocket::readyRead, this, &DiscoveryService::readAnnouncements);
  m_refreshTimer.start();
  return Status::ok();
}

void DiscoveryService::query() {
  if (!m_listenSocket)
    return;
  DiscoveryBeacon question;
  question.kind = DiscoveryBeacon::Kind::Query;
  question.nodeId = m_coordinatorId;
  Expected<QByteArray> bytes = question.encode();
  if (!bytes) {
    qCWarning(lcNet).noquote() << "cannot query:" << bytes.error();
    return;
  }
  sendEverywhere(m_listenSocket, *bytes, m_options.queryPort);
}

void DiscoveryService::stop() {
  m_announceTimer.stop();
  m_refreshTimer.stop();
  delete std::exchange(m_announceSocket, nullptr);
  delete std::exchange(m_listenSocket, nullptr);
  m_announceGroups.clear();
  m_listenGroups.clear();
}

void DiscoveryService::joinGroups(QUdpSocket *socket, QSet<QString> &joined) {
  for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
    if (!usable(iface) || !iface.flags().testFlag(QNetworkInterface::CanMulticast) || !hasIPv4(iface) ||
        joined.contains(iface.name()))
      continue;
    if (socket->joinMulticastGroup(m_options.group, iface))
      joined.insert(iface.name());
    else
      qCDebug(lcNet).noquote() << "cannot join" << m_options.group.toString() << "on" << iface.name() << ":"
                               << socket->errorString();
  }
}

void DiscoveryService::refreshInterfaces() {
  if (!m_options.multicast)
    return;
  if (m_announceSocket)
    joinGroups(m_announceSocket, m_announceGroups);
  if (m_listenSocket)
    joinGroups(m_listenSocket, m_listenGroups);
}

void DiscoveryService::sendEverywhere(QUdpSocket *socket, const QByteArray &datagram, quint16 port) {
  auto send = [&](const QHostAddress &address) {
    if (socket->writeDatagram(datagram, address, port) < 0)
      qCDebug(lcNet).noquote() << "cannot send a beacon to" << address.toString() << ":" << socket->errorString();
  };
  if (m_options.multicast || m_options.broadcast) {
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
      if (!usable(iface) || !hasIPv4(iface))
        continue;
      if (m_options.broadcast && iface.flags().testFlag(QNetworkInterface::CanBroadcast)) {
        for (const QNetworkAddressEntry &entry : iface.addressEntries())
          if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.broadcast().isNull())
            send(entry.broadcast());
      }
      if (m_options.multicast && iface.flags().testFlag(QNetworkInterface::CanMulticast)) {
        socket->setMulticastInterface(iface);
        send(m_options.group);
      }
    }
  }
  if (m_options.loopback)
    send(QHostAddress(QHostAddress::LocalHost));
  for (const QHostAddress &target : std::as_const(m_options.unicastTargets))
    send(target);
}

std::optional<QByteArray> DiscoveryService::nextDatagram(QUdpSocket *socket, QHostAddress *sender) {
  // One byte more than allowed, to tell an oversized datagram (which the system truncates) apart.
  const QNetworkDatagram datagram = socket->receiveDatagram(DiscoveryBeacon::kMaxBytes + 1);
  bool isV4 = false;
  const quint32 v4 = datagram.senderAddress().toIPv4Address(&isV4);
  *sender = isV4 ? QHostAddress(v4) : datagram.senderAddress();
  if (datagram.data().size() > DiscoveryBeacon::kMaxBytes) {
    ++m_rejected;
    qCDebug(lcNet).noquote() << "dropped an oversized datagram from" << sender->toString();
    return std::nullopt;
  }
  return datagram.data();
}

void DiscoveryService::readAnnouncements() {
  while (m_listenSocket && m_listenSocket->hasPendingDatagrams()) {
    QHostAddress sender;
    const std::optional<QByteArray> data = nextDatagram(m_listenSocket, &sender);
    if (!data)
      continue;
    Expected<DiscoveryBeacon> beacon = DiscoveryBeacon::decode(*data);
    if (!beacon) {
      ++m_rejected;
      qCDebug(lcNet).noquote() << "dropped a datagram from" << sender.toString() << ":" << beacon.error();
      continue;
    }
    if (beacon->kind == DiscoveryBeacon::Kind::Announce)
      Q_EMIT beaconReceived(*beacon, sender);
  }
}

void DiscoveryService::readQueries() {
  while (m_announceSocket && m_announceSocket->hasPendingDatagrams()) {
    QHostAddress sender;
    const std::optional<QByteArray> data = nextDatagram(m_announceSocket, &sender);
    if (!data)
      continue;
    Expected<DiscoveryBeacon> beacon = DiscoveryBeacon::decode(*data);
    if (!beacon) {
      ++m_rejected;
      qCDebug(lcNet).noquote() << "dropped a datagram from" << sender.toString() << ":" << beacon.error();
      continue;
    }
    if (beacon->kind != DiscoveryBeacon::Kind::Query)
      continue;
    if (m_sinceAnswer.isValid() && m_sinceAnswer.elapsed() < kAnswerIntervalMs)
      continue;
    m_sinceAnswer.start();
    // Straight back to the asker, plus the usual ways so that every coordinator hears it.
    m_announceSocket->writeDatagram(m_beaconBytes, sender, m_options.beaconPort);
    announceNow();
  }
}

} // namespace mdi
