// The coordinator's peer list against forged discovery beacons (issue 16 #8): hand-added entries
// keep the address the user gave; a pinned (paired) node's address moves only by pinAddress(),
// which PeerRoster calls after a handshake at the new address, while a beacon from elsewhere is
// only offered as a candidate (once per retry interval); and a flood of forged ids neither grows
// the list nor pushes out pinned or hand-added entries, while new nodes still find room.

#include "net/discoverybeacon.h"
#include "net/peerlist.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

using namespace mdi;

namespace {

DiscoveryBeacon nodeBeacon(const QString &id, quint16 port = 45999) {
  DiscoveryBeacon beacon;
  beacon.nodeId = id;
  beacon.name = QStringLiteral("attic");
  beacon.appVersion = QStringLiteral("0.1.0");
  beacon.tcpPort = port;
  beacon.device = QStringLiteral("cpu");
  beacon.freeMemoryBytes = 8LL << 30;
  beacon.speed = 5;
  return beacon;
}

QHostAddress from(const char *address) {
  return QHostAddress(QString::fromLatin1(address));
}

} // namespace

class TestPeerList : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void beaconsNeverMoveAHandAddedEntry() {
    PeerList peers;
    const Expected<QString> id = peers.addManual(QStringLiteral("127.0.0.1:45999"));
    QVERIFY2(id, qPrintable(id.error()));
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-m")), from("127.0.0.1"));
    QCOMPARE(peers.find(*id)->nodeId, QStringLiteral("node-m"));

    // The same node id announced from elsewhere (a forgery, or the node on another interface).
    DiscoveryBeacon forged = nodeBeacon(QStringLiteral("node-m"), 46000);
    forged.name = QStringLiteral("evil");
    peers.handleBeacon(forged, from("127.0.0.9"));
    QCOMPARE(peers.peers().size(), 1);
    QCOMPARE(peers.find(*id)->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(peers.find(*id)->port, quint16(45999));
    QCOMPARE(peers.find(*id)->name, QStringLiteral("attic"));
    QCOMPARE(peers.findNode(QStringLiteral("node-m"))->id, *id);

    // Another id from the entry's own address does not rename it.
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-x")), from("127.0.0.1"));
    QCOMPARE(peers.find(*id)->nodeId, QStringLiteral("node-m"));
  }

  void aPinnedNodeMovesOnlyWhenConfirmed() {
    PeerList::Options options;
    options.candidateRetryMs = 60000;
    PeerList peers(options);
    QSignalSpy candidates(&peers, &PeerList::addressCandidate);
    peers.pinAddress(QStringLiteral("node-p"), QStringLiteral("127.0.0.1"), 45999);
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-p")), from("127.0.0.1"));
    QCOMPARE(peers.find(QStringLiteral("node-p"))->host, QStringLiteral("127.0.0.1"));
    QVERIFY(candidates.isEmpty());

    for (int i = 0; i < 3; ++i)
      peers.handleBeacon(nodeBeacon(QStringLiteral("node-p"), 46001), from("127.0.0.7"));
    QCOMPARE(peers.find(QStringLiteral("node-p"))->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(peers.find(QStringLiteral("node-p"))->port, quint16(45999));
    QCOMPARE(candidates.size(), 1); // offered once, not per beacon
    QCOMPARE(candidates[0][1].toString(), QStringLiteral("127.0.0.7"));
    QCOMPARE(candidates[0][2].value<quint16>(), quint16(46001));

    // A handshake there succeeded: the entry moves.
    peers.pinAddress(QStringLiteral("node-p"), QStringLiteral("127.0.0.7"), 46001);
    QCOMPARE(peers.find(QStringLiteral("node-p"))->host, QStringLiteral("127.0.0.7"));
    QCOMPARE(peers.find(QStringLiteral("node-p"))->port, quint16(46001));

    // A node pinned before it was heard from is not added from elsewhere either.
    peers.pinAddress(QStringLiteral("node-q"), QStringLiteral("127.0.0.1"), 45999);
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-q")), from("127.0.0.8"));
    QVERIFY(!peers.find(QStringLiteral("node-q")));
    QCOMPARE(candidates.size(), 2);
    // Unpinned nodes follow their beacons (nothing to verify them with).
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-u")), from("127.0.0.1"));
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-u")), from("127.0.0.3"));
    QCOMPARE(peers.find(QStringLiteral("node-u"))->host, QStringLiteral("127.0.0.3"));
  }

  void aFloodKeepsPinnedAndHandAddedEntries() {
    PeerList::Options options;
    options.maxPeers = 4;
    PeerList peers(options);
    QVERIFY(peers.addManual(QStringLiteral("127.0.0.1:1")));
    peers.pinAddress(QStringLiteral("node-p"), QStringLiteral("127.0.0.1"), 45999);
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-p")), from("127.0.0.1"));
    for (int i = 0; i < 100; ++i)
      peers.handleBeacon(nodeBeacon(QStringLiteral("flood-%1").arg(i)), from("127.0.0.2"));
    QCOMPARE(peers.peers().size(), 4);
    QVERIFY(peers.find(QStringLiteral("127.0.0.1:1")));
    QVERIFY(peers.find(QStringLiteral("node-p")));
    // A node heard now still gets in, in the place of the one heard from longest ago.
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-new")), from("127.0.0.5"));
    QVERIFY(peers.find(QStringLiteral("node-new")));
    QCOMPARE(peers.peers().size(), 4);
  }

  void entriesAgeOut() {
    PeerList::Options options;
    options.expiryMs = 100;
    PeerList peers(options);
    QSignalSpy removed(&peers, &PeerList::peerRemoved);
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-a")), from("127.0.0.1"));
    QVERIFY(peers.addManual(QStringLiteral("127.0.0.1:2")));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QCOMPARE(removed[0][0].toString(), QStringLiteral("node-a"));
    QCOMPARE(peers.peers().size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestPeerList)
#include "tst_peerlist.moc"
