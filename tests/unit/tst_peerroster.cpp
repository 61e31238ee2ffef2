// PeerRoster without any widget: addresses typed in are kept in the settings and come back in a
// new roster; beacons become entries merged with what pairing and the settings know; pairing
// with a real mdi-node on 127.0.0.1 (a wrong code is refused naming the node, the right one
// stores the key and never the code, the node names itself, the result arrives on the roster's
// thread); refusals that start nothing; forgetting; the discovery grace period before a load;
// and configureLoad turning the used peers into the engine's plan and peers.

#include "fixtures.h"
#include "net/discoverybeacon.h"
#include "net/pairingkey.h"
#include "peers/peerroster.h"
#include "store/appsettings.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <memory>

using namespace mdi;
using namespace mdi::test;

namespace {
const QString kCode = QStringLiteral("7KQ4M-2XH9D");
constexpr int kWaitMs = 30000;

quint16 freeUdpPort() {
  QUdpSocket probe;
  if (!probe.bind(QHostAddress::LocalHost, 0))
    return 0;
  return probe.localPort();
}

DiscoveryBeacon beacon(const QString &nodeId, const QString &name, quint16 port) {
  DiscoveryBeacon b;
  b.nodeId = nodeId;
  b.name = name;
  b.tcpPort = port;
  b.device = QStringLiteral("cpu");
  b.freeMemoryBytes = 8LL << 30;
  b.speed = 5.0;
  b.load = 0.25;
  return b;
}
} // namespace

class TestPeerRoster : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  int m_profiles = 0;
  std::unique_ptr<QSettings> m_qsettings;
  std::unique_ptr<AppSettings> m_settings;
  std::unique_ptr<PeerRoster> m_roster;

  // A roster over a fresh settings file (or, with `again`, over the last one, as after a restart).
  PeerRoster &newRoster(bool again = false) {
    m_roster.reset();
    m_settings.reset();
    if (!again)
      ++m_profiles;
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_profiles)),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_roster = std::make_unique<PeerRoster>(*m_settings);
    return *m_roster;
  }

  QByteArray settingsText() const {
    m_qsettings->sync();
    return Fixtures::readFile(m_qsettings->fileName());
  }

  // mdi-node on 127.0.0.1 without discovery; its port and node id from what it prints.
  // `cache`: the node's cache folder under the test's (two nodes may share an identity).
  bool startNode(QProcess &process, quint16 &port, QString &nodeId, QString &output,
                 const QString &cache = QStringLiteral("cache")) {
    process.setProgram(Fixtures::executable(QStringLiteral("mdi-node")));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--name"), QStringLiteral("cellar"),
                          QStringLiteral("--cache-dir"), m_dir.filePath(cache), QStringLiteral("--identity"),
                          m_dir.filePath(QStringLiteral("node.ini")), QStringLiteral("--pairing-code"), kCode,
                          QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--no-discovery")});
    process.start();
    if (!process.waitForStarted(kWaitMs)) {
      output = process.errorString();
      return false;
    }
    static const QRegularExpression portLine(QStringLiteral("^port: (\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression idLine(QStringLiteral("^node id: (\\S+)$"), QRegularExpression::MultilineOption);
    while (true) {
      const auto portMatch = portLine.match(output);
      const auto idMatch = idLine.match(output);
      if (portMatch.hasMatch() && idMatch.hasMatch()) {
        port = quint16(portMatch.captured(1).toUInt());
        nodeId = idMatch.captured(1);
        return port != 0;
      }
      if (process.state() != QProcess::Running || !process.waitForReadyRead(kWaitMs)) {
        output += QString::fromLocal8Bit(process.readAllStandardError());
        return false;
      }
      output += QString::fromLocal8Bit(process.readAllStandardOutput());
    }
  }

private Q_SLOTS:
  void initTestCase() { QVERIFY(m_dir.isValid()); }
  void cleanup() {
    m_roster.reset();
    m_settings.reset();
    m_qsettings.reset();
  }

  void addressesAreRemembered() {
    PeerRoster &roster = newRoster();
    QSignalSpy changed(&roster, &PeerRoster::entriesChanged);
    const auto bad = roster.addAddress(QStringLiteral("127.0.0.1:notaport"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("notaport")), qPrintable(bad.error()));
    const auto id = roster.addAddress(QStringLiteral("127.0.0.1:45999"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(*id, QStringLiteral("127.0.0.1:45999"));
    QVERIFY(changed.count() > 0);
    const auto entry = roster.entry(*id);
    QVERIFY(entry);
    QVERIFY(entry->manual && entry->onNetwork && !entry->paired);
    QCOMPARE(entry->lastSeenMs, qint64(-1));
    QCOMPARE(m_settings->value(AppSettings::PeerAddresses), QStringList{*id});

    PeerRoster &again = newRoster(true); // a restart lists it again
    QVERIFY(again.entry(*id));
    QVERIFY(again.entry(*id)->manual);
    QVERIFY(again.removeAddress(*id));
    QVERIFY(!again.entry(*id));
    QVERIFY(m_settings->value(AppSettings::PeerAddresses).isEmpty());
    const Status missing = again.removeAddress(*id);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(*id), qPrintable(missing.error()));
  }

  void beaconsBecomeEntries() {
    PeerRoster &roster = newRoster();
    QSignalSpy changed(&roster, &PeerRoster::entriesChanged);
    roster.handleBeacon(beacon(QStringLiteral("node-attic"), QStringLiteral("attic"), 45834),
                        QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(changed.count(), 1);
    const QList<PeerEntry> entries = roster.entries();
    QCOMPARE(entries.size(), 1);
    const PeerEntry &entry = entries.first();
    QCOMPARE(entry.key, QStringLiteral("node-attic"));
    QCOMPARE(entry.nodeId, QStringLiteral("node-attic"));
    QCOMPARE(entry.name, QStringLiteral("attic"));
    QCOMPARE(entry.address, QStringLiteral("127.0.0.1:45834"));
    QCOMPARE(entry.device, QStringLiteral("cpu"));
    QCOMPARE(entry.freeMemoryBytes, 8LL << 30);
    QCOMPARE(entry.speed, 5.0);
    QVERIFY(entry.lastSeenMs >= 0 && entry.lastSeenMs <= roster.clockMs());
    QVERIFY(entry.onNetwork && !entry.manual && entry.compatible && !entry.paired && !entry.used);

    DiscoveryBeacon newer = beacon(QStringLiteral("node-other"), QStringLiteral("other"), 45834);
    newer.protocolVersion = kProtocolVersion + 1;
    roster.handleBeacon(newer, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(!roster.entry(QStringLiteral("node-other"))->compatible);
  }

  void pairingWithAKeyAndForgetting() {
    PeerRoster &roster = newRoster();
    const QString nodeId = QStringLiteral("node-attic");
    QVERIFY(!roster.pairWithKey(QStringLiteral("not a node id"), QStringLiteral("x"),
                                QByteArray(PairingKey::kKeyBytes, 'k')));
    QVERIFY(roster.pairWithKey(nodeId, QStringLiteral("attic"), QByteArray(PairingKey::kKeyBytes, 'k')));
    QVERIFY(roster.isPaired(nodeId));
    QVERIFY(roster.isUsed(nodeId));
    // Not heard from: listed by its pairing.
    const auto entry = roster.entry(QStringLiteral("paired:") + nodeId);
    QVERIFY(entry);
    QVERIFY(entry->paired && entry->used && !entry->onNetwork);
    QCOMPARE(entry->name, QStringLiteral("attic"));
    // Heard from: the beacon's entry replaces it, and its address is remembered.
    roster.handleBeacon(beacon(nodeId, QStringLiteral("attic"), 45834), QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(roster.entries().size(), 1);
    QVERIFY(roster.entry(nodeId)->paired);
    QCOMPARE(roster.pairedNodes().address(nodeId), QStringLiteral("127.0.0.1:45834"));

    roster.setUsed(nodeId, false);
    QVERIFY(!roster.isUsed(nodeId));
    QVERIFY(!roster.entry(nodeId)->used);
    QVERIFY(roster.forgetPairing(nodeId));
    QVERIFY(!roster.isPaired(nodeId));
    QVERIFY(!settingsText().contains("node-attic/key"));
    const Status again = roster.forgetPairing(nodeId);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(nodeId), qPrintable(again.error()));
  }

  void refusalsStartNothing() {
    PeerRoster &roster = newRoster();
    QSignalSpy finished(&roster, &PeerRoster::pairingFinished);
    const Status unknown = roster.pair(QStringLiteral("127.0.0.1:1"), kCode);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QStringLiteral("127.0.0.1:1")), qPrintable(unknown.error()));
    roster.handleBeacon(beacon(QStringLiteral("node-attic"), QStringLiteral("attic"), 1),
                        QHostAddress(QStringLiteral("127.0.0.1")));
    const Status malformed = roster.pair(QStringLiteral("node-attic"), QStringLiteral("not a code"));
    QVERIFY(!malformed);
    QVERIFY2(malformed.error().startsWith(QStringLiteral("Not paired with attic: ")), qPrintable(malformed.error()));
    QVERIFY(!roster.isPairing());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
  }

  void pairingWithANode() {
    QProcess node;
    quint16 port = 0;
    QString nodeId;
    QString output;
    QVERIFY2(startNode(node, port, nodeId, output), qPrintable(output));
    auto stop = qScopeGuard([&node] {
      node.kill();
      node.waitForFinished(kWaitMs);
    });
    PeerRoster &roster = newRoster();
    const auto key = roster.addAddress(QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY2(key, qPrintable(key.error()));

    // A wrong code: refused after the node was asked, naming it; nothing stored.
    QSignalSpy finished(&roster, &PeerRoster::pairingFinished);
    QThread *deliveredOn = nullptr;
    connect(&roster, &PeerRoster::pairingFinished, this, [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    QVERIFY(roster.pair(*key, QStringLiteral("00000-00000")));
    QVERIFY(roster.isPairing());
    QVERIFY(roster.entry(*key)->pairing);
    const Status busy = roster.pair(*key, kCode); // one check at a time
    QVERIFY(!busy);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(deliveredOn, QThread::currentThread()); // the roster's thread, not the pool's
    QList<QVariant> result = finished.takeFirst();
    QCOMPARE(result.at(0).toString(), *key);
    QCOMPARE(result.at(1).toBool(), false);
    QVERIFY2(result.at(2).toString().startsWith(QStringLiteral("Not paired with %1: ").arg(*key)),
             qPrintable(result.at(2).toString()));
    QVERIFY(!roster.isPairing());
    QVERIFY(!roster.isPaired(nodeId));

    // The right code: the node names itself, its key (never the code) is stored, it is used.
    QVERIFY(roster.pair(*key, kCode.toLower()));
    QVERIFY(finished.wait(kWaitMs));
    result = finished.takeFirst();
    QVERIFY2(result.at(1).toBool(), qPrintable(result.at(2).toString()));
    QVERIFY(roster.isPaired(nodeId));
    QVERIFY(roster.isUsed(nodeId));
    const auto entry = roster.entry(*key);
    QCOMPARE(entry->nodeId, nodeId);
    QCOMPARE(entry->name, QStringLiteral("cellar"));
    QVERIFY(entry->paired && !entry->pairing);
    QCOMPARE(roster.pairedNodes().address(nodeId), *key);
    const QByteArray stored = settingsText();
    QVERIFY(stored.contains(nodeId.toUtf8()));
    QVERIFY(!stored.contains("7KQ4M"));
    QVERIFY(!stored.contains("7kq4m"));

    // A restart finds the paired node at the address it was typed in as.
    PeerRoster &again = newRoster(true);
    QCOMPARE(again.entry(*key)->nodeId, nodeId);
    QCOMPARE(again.displayName(nodeId), QStringLiteral("cellar"));
  }

  // Issue 16 #8: a beacon that places a paired node elsewhere moves it only once a handshake with
  // the node's key has succeeded there. The "moved" node is a second mdi-node with the same
  // identity on another port.
  void aPairedNodeMovesOnlyAfterAHandshake() {
    QProcess node;
    QProcess twin;
    quint16 port = 0;
    quint16 twinPort = 0;
    QString nodeId;
    QString twinId;
    QString output;
    QVERIFY2(startNode(node, port, nodeId, output), qPrintable(output));
    auto stop = qScopeGuard([&node, &twin] {
      for (QProcess *process : {&node, &twin}) {
        process->kill();
        process->waitForFinished(kWaitMs);
      }
    });
    QString twinOutput;
    QVERIFY2(startNode(twin, twinPort, twinId, twinOutput, QStringLiteral("cache-twin")), qPrintable(twinOutput));
    QVERIFY(twinPort != port);
    QCOMPARE(twinId, nodeId);

    PeerRoster &roster = newRoster();
    roster.handleBeacon(beacon(nodeId, QStringLiteral("cellar"), port), QHostAddress(QStringLiteral("127.0.0.1")));
    QSignalSpy finished(&roster, &PeerRoster::pairingFinished);
    QVERIFY(roster.pair(nodeId, kCode));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
    const QString home = QStringLiteral("127.0.0.1:%1").arg(port);
    QCOMPARE(roster.entry(nodeId)->address, home);

    // A forged beacon: the entry stays; the check at the forged address fails.
    QSignalSpy checked(&roster, &PeerRoster::peerAddressChecked);
    roster.handleBeacon(beacon(nodeId, QStringLiteral("evil"), 1), QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(roster.entry(nodeId)->address, home);
    QVERIFY(checked.wait(kWaitMs));
    QCOMPARE(checked[0][1].toString(), QStringLiteral("127.0.0.3:1"));
    QCOMPARE(checked[0][2].toBool(), false);
    QCOMPARE(roster.entry(nodeId)->address, home);
    QCOMPARE(roster.entry(nodeId)->name, QStringLiteral("cellar"));
    QCOMPARE(roster.pairedNodes().address(nodeId), home);

    // The node really is elsewhere: the handshake there succeeds and the entry moves.
    const QString moved = QStringLiteral("127.0.0.1:%1").arg(twinPort);
    roster.handleBeacon(beacon(nodeId, QStringLiteral("cellar"), twinPort), QHostAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(checked.wait(kWaitMs));
    QVERIFY2(checked[1][2].toBool(), qPrintable(checked[1][3].toString()));
    QCOMPARE(roster.entry(nodeId)->address, moved);
    QCOMPARE(roster.pairedNodes().address(nodeId), moved);
  }

  void loadsWaitForThePeersInUse() {
    PeerRoster &roster = newRoster();
    int ran = 0;
    roster.afterDiscovery([&ran] { ++ran; }); // no discovery: nothing to wait for
    QCOMPARE(ran, 1);

    DiscoveryService::Options options;
    options.beaconPort = freeUdpPort();
    options.queryPort = freeUdpPort();
    options.multicast = false;
    options.broadcast = false;
    options.loopback = true;
    QSignalSpy discovery(&roster, &PeerRoster::discoveryChanged);
    QVERIFY(roster.startDiscovery(options));
    QCOMPARE(discovery.count(), 1);
    QVERIFY(roster.isDiscovering());
    QVERIFY(roster.discoveryError().isEmpty());
    roster.afterDiscovery([&ran] { ++ran; }); // no paired peer in use: at once
    QCOMPARE(ran, 2);

    const QString nodeId = QStringLiteral("node-attic");
    QVERIFY(roster.pairWithKey(nodeId, QStringLiteral("attic"), QByteArray(PairingKey::kKeyBytes, 'k')));
    roster.afterDiscovery([&ran] { ++ran; });
    QCOMPARE(ran, 2); // waits for the attic
    roster.handleBeacon(beacon(nodeId, QStringLiteral("attic"), 45834), QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(ran, 3); // heard: runs at once

    // A peer in use that never announces itself: the load goes ahead after the grace period.
    const QString quiet = QStringLiteral("node-quiet");
    QVERIFY(roster.pairWithKey(quiet, QStringLiteral("quiet"), QByteArray(PairingKey::kKeyBytes, 'q')));
    QElapsedTimer clock;
    clock.start();
    roster.afterDiscovery([&ran] { ++ran; });
    if (clock.elapsed() < PeerRoster::kDiscoveryGraceMs - 500) // the grace period may be over already
      QCOMPARE(ran, 3);
    QTRY_COMPARE_WITH_TIMEOUT(ran, 4, PeerRoster::kDiscoveryGraceMs + 2000);

    // This computer only: nothing to wait for.
    roster.setPlacement(PeerRoster::Placement::Local);
    QCOMPARE(m_settings->value(AppSettings::PeerPlacement), QStringLiteral("local"));
    roster.afterDiscovery([&ran] { ++ran; });
    QCOMPARE(ran, 5);
  }

  void configureLoadPlacesOnTheUsedPeers() {
    PeerRoster &roster = newRoster();
    QSignalSpy requested(&roster, &PeerRoster::placementRequested);
    EngineLoadOptions options;
    options.directory = Fixtures::checkpointDir();
    options.compute.dtype = ComputeDtype::F32;

    // No peers: every layer here.
    QVERIFY(roster.configureLoad(options, 0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(options.plan, Plan::evenSplit(2, 1));
    QVERIFY(options.peers.isEmpty());
    QCOMPARE(roster.requestedPlan(), options.plan);

    // A used peer that announced itself, fast and roomy; one paired but never heard of and with
    // no address; one speaking another protocol.
    const QString attic = QStringLiteral("node-attic");
    QVERIFY(roster.pairWithKey(attic, QStringLiteral("attic"), QByteArray(PairingKey::kKeyBytes, 'a')));
    DiscoveryBeacon fast = beacon(attic, QStringLiteral("attic"), 45834);
    fast.speed = 1000.0;
    fast.freeMemoryBytes = 64LL << 30;
    roster.handleBeacon(fast, QHostAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(roster.pairWithKey(QStringLiteral("node-gone"), QStringLiteral("gone"),
                               QByteArray(PairingKey::kKeyBytes, 'g')));
    const QString other = QStringLiteral("node-other");
    QVERIFY(roster.pairWithKey(other, QStringLiteral("other"), QByteArray(PairingKey::kKeyBytes, 'o')));
    DiscoveryBeacon newer = beacon(other, QStringLiteral("other"), 45835);
    newer.protocolVersion = kProtocolVersion + 1;
    roster.handleBeacon(newer, QHostAddress(QStringLiteral("127.0.0.1")));

    options = EngineLoadOptions();
    options.directory = Fixtures::checkpointDir();
    options.compute.dtype = ComputeDtype::F32;
    QVERIFY(roster.configureLoad(options, 0));
    QCOMPARE(options.peers.size(), 1);
    const RemotePeer &peer = options.peers.first();
    QCOMPARE(peer.nodeId, attic);
    QCOMPARE(peer.hostId, attic);
    QCOMPARE(peer.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(peer.port, quint16(45834));
    QCOMPARE(peer.key, QByteArray(PairingKey::kKeyBytes, 'a'));
    QVERIFY(!peer.identity.isEmpty());
    QVERIFY(peer.pairingCode.isEmpty());
    bool onAttic = false;
    for (const StageAssignment &stage : options.plan.stages)
      onAttic = onAttic || stage.hostId == attic;
    QVERIFY2(onAttic, qPrintable(options.plan.toString()));
    QCOMPARE(roster.requestedPlan(), options.plan);
    QCOMPARE(roster.requestedHostName(attic), QStringLiteral("attic"));
    QCOMPARE(roster.leftOut(),
             (QStringList{QStringLiteral("gone"), QStringLiteral("other (another protocol version)")}));
    QVERIFY(roster.placementError().isEmpty());

    // This computer only: the used peers are not asked.
    roster.setPlacement(PeerRoster::Placement::Local);
    options.peers.clear();
    QVERIFY(roster.configureLoad(options, 0));
    QVERIFY(options.peers.isEmpty());
    QCOMPARE(options.plan, Plan::evenSplit(2, 1));
    QVERIFY(roster.leftOut().isEmpty());

    // A folder without a model is left to the load to report.
    options = EngineLoadOptions();
    options.directory = m_dir.filePath(QStringLiteral("no-model"));
    QVERIFY(roster.configureLoad(options, 0));
    QVERIFY(options.plan.stages.isEmpty());
    QVERIFY(roster.requestedPlan().stages.isEmpty());
  }
};

QTEST_MAIN(TestPeerRoster)
#include "tst_peerroster.moc"
