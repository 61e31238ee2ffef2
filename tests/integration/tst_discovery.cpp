#include "fixtures.h"
#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"
#include "net/peerlist.h"
#include "net/wirewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace mdi;

// Loopback (127.0.0.1) only, on free ports of our own; the namespace tests use 10.77.0.x inside
// network namespaces they create and remove: beacons cross a veth pair both ways, a query is
// answered, and an mdi-node in one namespace serves a stage to mdi-run in the other.
namespace {

using mdi::test::Fixtures;

// Network namespaces (ip netns) exist on Linux only and need root.
bool isRoot() {
#ifdef Q_OS_UNIX
  return ::geteuid() == 0;
#else
  return false;
#endif
}

constexpr int kWaitMs = 20000;

quint16 freeUdpPort() {
  QUdpSocket socket;
  socket.bind(QHostAddress::LocalHost, 0);
  return socket.localPort();
}

DiscoveryService::Options loopbackOptions(quint16 beaconPort, quint16 queryPort, int intervalMs) {
  DiscoveryService::Options options;
  options.beaconPort = beaconPort;
  options.queryPort = queryPort;
  options.intervalMs = intervalMs;
  options.multicast = false;
  options.broadcast = false;
  options.loopback = true;
  return options;
}

DiscoveryBeacon nodeBeacon(const QString &id) {
  DiscoveryBeacon beacon;
  beacon.nodeId = id;
  beacon.name = QStringLiteral("attic");
  beacon.appVersion = QStringLiteral("0.1.0");
  beacon.tcpPort = 45999;
  beacon.device = QStringLiteral("cuda:0 (NVIDIA H200)");
  beacon.freeMemoryBytes = 100ll << 30;
  beacon.speed = 650.5;
  beacon.load = 0.25;
  return beacon;
}

// Runs a command, returns its exit code; stderr goes to *error.
int run(const QString &program, const QStringList &arguments, QString *error = nullptr) {
  QProcess process;
  process.start(program, arguments);
  if (!process.waitForFinished(kWaitMs)) {
    process.kill();
    process.waitForFinished();
    if (error)
      *error = QStringLiteral("%1 %2 did not finish").arg(program, arguments.join(QLatin1Char(' ')));
    return -1;
  }
  if (error)
    *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
  return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Two network namespaces joined by a veth pair, 10.77.0.1/24 and 10.77.0.2/24; removed again.
class NamespacePair {
public:
  NamespacePair() {
    const QString tag = QString::number(QCoreApplication::applicationPid() % 100000);
    names = {QStringLiteral("mdit-%1-a").arg(tag), QStringLiteral("mdit-%1-b").arg(tag)};
    links = {QStringLiteral("mdva%1").arg(tag), QStringLiteral("mdvb%1").arg(tag)};
  }
  ~NamespacePair() {
    for (const QString &name : std::as_const(names))
      if (created)
        run(ip, {QStringLiteral("netns"), QStringLiteral("del"), name});
  }
  bool setUp(QString *error) {
    ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty()) {
      *error = QStringLiteral("the ip command is missing");
      return false;
    }
    created = true;
    const QList<QStringList> steps = {
        {QStringLiteral("netns"), QStringLiteral("add"), names[0]},
        {QStringLiteral("netns"), QStringLiteral("add"), names[1]},
        {QStringLiteral("link"), QStringLiteral("add"), links[0], QStringLiteral("netns"), names[0],
         QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), links[1],
         QStringLiteral("netns"), names[1]},
        {QStringLiteral("-n"), names[0], QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.1/24"),
         QStringLiteral("brd"), QStringLiteral("+"), QStringLiteral("dev"), links[0]},
        {QStringLiteral("-n"), names[1], QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.2/24"),
         QStringLiteral("brd"), QStringLiteral("+"), QStringLiteral("dev"), links[1]},
        {QStringLiteral("-n"), names[0], QStringLiteral("link"), QStringLiteral("set"), links[0], QStringLiteral("up")},
        {QStringLiteral("-n"), names[1], QStringLiteral("link"), QStringLiteral("set"), links[1], QStringLiteral("up")},
        {QStringLiteral("-n"), names[0], QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
         QStringLiteral("up")},
        {QStringLiteral("-n"), names[1], QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
         QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
      QString stderrText;
      if (run(ip, step, &stderrText) != 0) {
        *error = QStringLiteral("ip %1: %2").arg(step.join(QLatin1Char(' ')), stderrText);
        return false;
      }
    }
    return true;
  }
  // Starts a program inside namespace i (stdout and stderr kept apart).
  std::unique_ptr<QProcess> startIn(int i, const QString &program, const QStringList &arguments) const {
    auto process = std::make_unique<QProcess>();
    process->start(ip, QStringList{QStringLiteral("netns"), QStringLiteral("exec"), names[i], program} + arguments);
    return process;
  }
  // Starts the probe inside namespace i.
  std::unique_ptr<QProcess> start(int i, const QStringList &probeArguments) const {
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString probe = QCoreApplication::applicationDirPath() + QStringLiteral("/mdi_discoveryprobe");
    process->start(ip, QStringList{QStringLiteral("netns"), QStringLiteral("exec"), names[i], probe} + probeArguments);
    return process;
  }

  QString ip;
  QStringList names;
  QStringList links;
  bool created = false;
};

void stop(QProcess *process) {
  if (process->state() != QProcess::NotRunning) {
    process->terminate();
    if (!process->waitForFinished(kWaitMs)) {
      process->kill();
      process->waitForFinished();
    }
  }
}

// Waits for a process to end and gives its stdout; the exit code goes to *code (-1: did not end).
QByteArray finish(QProcess *process, int *code, QString *stderrText) {
  if (!process->waitForFinished(180000)) {
    process->kill();
    process->waitForFinished();
    *code = -1;
  } else {
    *code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
  }
  *stderrText = QString::fromLocal8Bit(process->readAllStandardError());
  return process->readAllStandardOutput();
}

// mdi-run's greedy answer to a fixed prompt over the fixture model: its generated token ids.
QStringList greedyArguments() {
  return {QStringLiteral("--model"),       Fixtures::checkpointDir(),
          QStringLiteral("--prompt"),      QStringLiteral("Hello"),
          QStringLiteral("--max-tokens"),  QStringLiteral("8"),
          QStringLiteral("--temperature"), QStringLiteral("0"),
          QStringLiteral("--threads"),     QStringLiteral("1"),
          QStringLiteral("--json")};
}

} // namespace

class TestDiscovery : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void beaconRoundTrip() {
    const DiscoveryBeacon beacon = nodeBeacon(QStringLiteral("node-a"));
    Expected<QByteArray> bytes = beacon.encode();
    QVERIFY2(bytes, qPrintable(bytes.error()));
    QVERIFY(bytes->size() <= DiscoveryBeacon::kMaxBytes);
    QCOMPARE(bytes->left(4), QByteArray("MDIB"));
    Expected<DiscoveryBeacon> decoded = DiscoveryBeacon::decode(*bytes);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, beacon);

    // Long texts are cut (at a character boundary) to keep within the size bound.
    DiscoveryBeacon wordy = beacon;
    wordy.name = QString(500, QChar(0x00e9));
    wordy.device = QString(500, QLatin1Char('d'));
    Expected<QByteArray> wordyBytes = wordy.encode();
    QVERIFY2(wordyBytes, qPrintable(wordyBytes.error()));
    QVERIFY(DiscoveryBeacon::decode(*wordyBytes));

    // A later beacon version may append fields.
    QByteArray newer = *bytes;
    newer[4] = char(2);
    newer += QByteArray("future fields");
    QVERIFY(DiscoveryBeacon::decode(newer));
    QVERIFY(!DiscoveryBeacon::decode(*bytes + "x")); // but version 1 ends where it ends

    DiscoveryBeacon query;
    query.kind = DiscoveryBeacon::Kind::Query;
    query.nodeId = QStringLiteral("coordinator-1");
    Expected<DiscoveryBeacon> decodedQuery = DiscoveryBeacon::decode(*query.encode());
    QVERIFY(decodedQuery);
    QCOMPARE(decodedQuery->kind, DiscoveryBeacon::Kind::Query);
    QVERIFY(!nodeBeacon(QStringLiteral("bad id")).encode());
  }

  void beaconSeenOnLoopback() {
    const quint16 beaconPort = freeUdpPort();
    const quint16 queryPort = freeUdpPort();
    DiscoveryService listener(loopbackOptions(beaconPort, queryPort, 2000));
    PeerList peers;
    peers.attach(&listener);
    QSignalSpy added(&peers, &PeerList::peerAdded);
    QVERIFY(listener.startListening(QStringLiteral("coordinator-1")));

    DiscoveryService node(loopbackOptions(beaconPort, queryPort, 2000));
    QVERIFY(node.startAnnouncing(nodeBeacon(QStringLiteral("node-a"))));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 3000);
    const std::optional<DiscoveredPeer> peer = peers.find(QStringLiteral("node-a"));
    QVERIFY(peer);
    QCOMPARE(peer->nodeId, QStringLiteral("node-a"));
    QCOMPARE(peer->name, QStringLiteral("attic"));
    QCOMPARE(peer->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(peer->port, quint16(45999));
    QCOMPARE(peer->device, QStringLiteral("cuda:0 (NVIDIA H200)"));
    QCOMPARE(peer->freeMemoryBytes, 100ll << 30);
    QCOMPARE(peer->speed, 650.5);
    QCOMPARE(peer->load, 0.25);
    QVERIFY(peer->isCompatible());
    QVERIFY(!peer->manual);
  }

  void updatesAndExpiry() {
    const quint16 beaconPort = freeUdpPort();
    const quint16 queryPort = freeUdpPort();
    DiscoveryService listener(loopbackOptions(beaconPort, queryPort, 100));
    PeerList::Options listOptions;
    listOptions.expiryMs = 3 * 100; // three missed beacons
    PeerList peers(listOptions);
    peers.attach(&listener);
    QSignalSpy added(&peers, &PeerList::peerAdded);
    QSignalSpy changed(&peers, &PeerList::peerChanged);
    QSignalSpy removed(&peers, &PeerList::peerRemoved);
    QVERIFY(listener.startListening());

    auto node = std::make_unique<DiscoveryService>(loopbackOptions(beaconPort, queryPort, 100));
    DiscoveryBeacon beacon = nodeBeacon(QStringLiteral("node-b"));
    QVERIFY(node->startAnnouncing(beacon));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, kWaitMs);

    beacon.load = 0.75;
    node->setBeacon(beacon);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kWaitMs);
    QCOMPARE(peers.find(QStringLiteral("node-b"))->load, 0.75);
    QVERIFY(removed.isEmpty()); // it kept announcing

    node.reset(); // silent from now on
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kWaitMs);
    QCOMPARE(removed[0][0].toString(), QStringLiteral("node-b"));
    QVERIFY(peers.peers().isEmpty());
  }

  void queryGetsAnAnswer() {
    const quint16 beaconPort = freeUdpPort();
    const quint16 queryPort = freeUdpPort();
    // A node that announces once at start, then only when asked.
    DiscoveryService node(loopbackOptions(beaconPort, queryPort, 3600 * 1000));
    QVERIFY(node.startAnnouncing(nodeBeacon(QStringLiteral("node-q"))));
    QTest::qWait(50); // the first announcement is gone before anyone listens

    DiscoveryService listener(loopbackOptions(beaconPort, queryPort, 3600 * 1000));
    PeerList peers;
    peers.attach(&listener);
    QSignalSpy added(&peers, &PeerList::peerAdded);
    QVERIFY(listener.startListening(QStringLiteral("coordinator-q")));
    QVERIFY(added.isEmpty());
    listener.query();
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, kWaitMs);
    QCOMPARE(added[0][0].toString(), QStringLiteral("node-q"));
  }

  void malformedBeaconsAreIgnored() {
    const quint16 beaconPort = freeUdpPort();
    const quint16 queryPort = freeUdpPort();
    DiscoveryService listener(loopbackOptions(beaconPort, queryPort, 2000));
    PeerList peers;
    peers.attach(&listener);
    QSignalSpy added(&peers, &PeerList::peerAdded);
    QVERIFY(listener.startListening());

    const QByteArray valid = *nodeBeacon(QStringLiteral("node-good")).encode();
    QList<QByteArray> bad;
    bad << QByteArray("garbage that is not a beacon");
    bad << valid + QByteArray(2000, 'x');                           // oversized
    bad << valid.left(valid.size() - 3);                            // truncated
    bad << *nodeBeacon(QStringLiteral("node-evil")).encode() + "x"; // trailing bytes in version 1
    QByteArray wrongKind = valid;
    wrongKind[6] = char(9);
    bad << wrongKind;
    DiscoveryBeacon outOfRange = nodeBeacon(QStringLiteral("node-load"));
    outOfRange.load = 7;
    bad << *outOfRange.encode();
    DiscoveryBeacon negative = nodeBeacon(QStringLiteral("node-mem"));
    negative.freeMemoryBytes = -1;
    bad << *negative.encode();
    DiscoveryBeacon control = nodeBeacon(QStringLiteral("node-ctl"));
    control.name = QStringLiteral("evil\x1b[2Jname");
    bad << *control.encode();
    {
      WireWriter badId; // an id with characters ids may not have
      badId.raw("MDIB");
      badId.u16(1);
      badId.u8(1);
      badId.string(QStringLiteral("../../etc"));
      bad << badId.take();
    }
    {
      WireWriter huge; // a string length far beyond the datagram
      huge.raw("MDIB");
      huge.u16(1);
      huge.u8(1);
      huge.u32(0xfffffff0u);
      bad << huge.take();
    }
    bad << QByteArray(); // empty

    QUdpSocket sender;
    for (const QByteArray &datagram : std::as_const(bad))
      sender.writeDatagram(datagram, QHostAddress::LocalHost, beaconPort);
    sender.writeDatagram(valid, QHostAddress::LocalHost, beaconPort);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, kWaitMs);
    QCOMPARE(added[0][0].toString(), QStringLiteral("node-good"));
    QTRY_COMPARE_WITH_TIMEOUT(listener.rejectedDatagrams(), int(bad.size()), kWaitMs);
    QCOMPARE(peers.peers().size(), 1);
  }

  void manualEntries() {
    PeerList::Options options;
    options.expiryMs = 50;
    PeerList peers(options);
    QSignalSpy added(&peers, &PeerList::peerAdded);
    QSignalSpy changed(&peers, &PeerList::peerChanged);
    Expected<QString> id = peers.addManual(QStringLiteral(" 127.0.0.1:45999 "));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(*id, QStringLiteral("127.0.0.1:45999"));
    QCOMPARE(*peers.addManual(QStringLiteral("127.0.0.1:45999")), *id); // no duplicate
    Expected<QString> byName = peers.addManual(QStringLiteral("attic.local"));
    QVERIFY2(byName, qPrintable(byName.error()));
    QCOMPARE(peers.find(*byName)->port, DiscoveryService::kDefaultNodePort);
    QVERIFY(peers.addManual(QStringLiteral("[::1]:45834")));
    QVERIFY(!peers.addManual(QStringLiteral("")));
    QVERIFY(!peers.addManual(QStringLiteral("host:99999")));
    QVERIFY(!peers.addManual(QStringLiteral("host/path")));
    QVERIFY(!peers.addManual(QStringLiteral("user@host:1")));
    QCOMPARE(added.size(), 3);

    // A beacon from that address and port names the hand-added node; no second entry appears.
    peers.handleBeacon(nodeBeacon(QStringLiteral("node-m")), QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(added.size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(peers.find(*id)->nodeId, QStringLiteral("node-m"));
    QCOMPARE(peers.findNode(QStringLiteral("node-m"))->id, *id);
    QTest::qWait(200); // far past the expiry: hand-added entries stay
    QCOMPARE(peers.peers().size(), 3);
    peers.remove(*id);
    QCOMPARE(peers.peers().size(), 2);
  }

  void listIsBounded() {
    PeerList::Options options;
    options.maxPeers = 10;
    PeerList peers(options);
    for (int i = 0; i < 100; ++i)
      peers.handleBeacon(nodeBeacon(QStringLiteral("flood-%1").arg(i)), QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(peers.peers().size(), 10);
  }

  void namespacesSeeEachOther_data() {
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("multicast") << QStringList{QStringLiteral("--no-broadcast")};
    QTest::newRow("broadcast") << QStringList{QStringLiteral("--no-multicast")};
  }

  void namespacesSeeEachOther() {
    QFETCH(QStringList, mode);
    if (!isRoot())
      QSKIP("Creating network namespaces needs root; not running as root.");
    NamespacePair pair;
    QString error;
    if (!pair.setUp(&error))
      QSKIP(qPrintable(QStringLiteral("ip netns does not work here: %1").arg(error)));
    const QStringList common = QStringList{QStringLiteral("--interval"), QStringLiteral("200"),
                                           QStringLiteral("--timeout"), QStringLiteral("60000")} +
                               mode;
    auto a = pair.start(0, QStringList{QStringLiteral("--id"), QStringLiteral("node-a"), QStringLiteral("--expect"),
                                       QStringLiteral("node-b")} +
                               common);
    auto b = pair.start(1, QStringList{QStringLiteral("--id"), QStringLiteral("node-b"), QStringLiteral("--expect"),
                                       QStringLiteral("node-a")} +
                               common);
    QByteArray outA, outB;
    QTRY_VERIFY_WITH_TIMEOUT((outA += a->readAllStandardOutput()).contains("SEEN") &&
                                 (outB += b->readAllStandardOutput()).contains("SEEN"),
                             kWaitMs * 2);
    stop(a.get());
    stop(b.get());
    QVERIFY2(outA.contains("SEEN node-b 10.77.0.2"), outA.constData());
    QVERIFY2(outB.contains("SEEN node-a 10.77.0.1"), outB.constData());
  }

  void namespacesQuery() {
    if (!isRoot())
      QSKIP("Creating network namespaces needs root; not running as root.");
    NamespacePair pair;
    QString error;
    if (!pair.setUp(&error))
      QSKIP(qPrintable(QStringLiteral("ip netns does not work here: %1").arg(error)));
    // A node that announces once, at start, before the other side listens; then only when asked.
    const QStringList quiet = {QStringLiteral("--interval"), QStringLiteral("3600000"), QStringLiteral("--timeout"),
                               QStringLiteral("60000")};
    auto a = pair.start(0, QStringList{QStringLiteral("--id"), QStringLiteral("node-a"), QStringLiteral("--expect"),
                                       QStringLiteral("nobody")} +
                               quiet);
    QByteArray outA;
    QTRY_VERIFY_WITH_TIMEOUT((outA += a->readAllStandardOutput()).contains("ANNOUNCING"), kWaitMs);
    QTest::qWait(100);
    auto b = pair.start(1, QStringList{QStringLiteral("--id"), QStringLiteral("coord-b"), QStringLiteral("--expect"),
                                       QStringLiteral("node-a"), QStringLiteral("--query")} +
                               quiet);
    QByteArray outB;
    QTRY_VERIFY_WITH_TIMEOUT((outB += b->readAllStandardOutput()).contains("SEEN"), kWaitMs);
    stop(a.get());
    stop(b.get());
    QVERIFY2(outB.contains("SEEN node-a 10.77.0.1"), outB.constData());
  }

  // An mdi-node in one namespace (10.77.0.1) is discovered from the other within 3 s and serves
  // the second of two stages to mdi-run there over the veth pair (TLS-PSK with the pairing
  // code); the greedy answer is the one of the same plan run locally.
  void namespacesRunAStage() {
    if (!isRoot())
      QSKIP("Creating network namespaces needs root; not running as root.");
    NamespacePair pair;
    QString error;
    if (!pair.setUp(&error))
      QSKIP(qPrintable(QStringLiteral("ip netns does not work here: %1").arg(error)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString code = QStringLiteral("7KQ4M-2XH9D");
    auto node =
        pair.startIn(0, Fixtures::executable(QStringLiteral("mdi-node")),
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--name"), QStringLiteral("nsnode"),
                      QStringLiteral("--cache-dir"), dir.filePath(QStringLiteral("cache")),
                      QStringLiteral("--identity"), dir.filePath(QStringLiteral("node.ini")),
                      QStringLiteral("--pairing-code"), code, QStringLiteral("--threads"), QStringLiteral("1")});
    QString output;
    static const QRegularExpression portLine(QStringLiteral("^port: (\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression idLine(QStringLiteral("^node id: (\\S+)$"), QRegularExpression::MultilineOption);
    while (!(portLine.match(output).hasMatch() && idLine.match(output).hasMatch())) {
      QVERIFY2(node->state() != QProcess::NotRunning && node->waitForReadyRead(kWaitMs * 3),
               qPrintable(output + QString::fromLocal8Bit(node->readAllStandardError())));
      output += QString::fromLocal8Bit(node->readAllStandardOutput());
    }
    const QString port = portLine.match(output).captured(1);
    const QString nodeId = idLine.match(output).captured(1);

    // Discovery from the other namespace (a query, then whatever is heard within 3 s).
    int exitCode = 0;
    QString stderrText;
    auto discover = pair.startIn(
        1, Fixtures::executable(QStringLiteral("mdi-run")),
        {QStringLiteral("--discover"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3")});
    const QByteArray heard = finish(discover.get(), &exitCode, &stderrText);
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    QString address;
    for (const QJsonValue &value : QJsonDocument::fromJson(heard).array()) {
      const QJsonObject o = value.toObject();
      if (o.value(QStringLiteral("nodeId")).toString() == nodeId) {
        address = o.value(QStringLiteral("address")).toString();
        QCOMPARE(QString::number(o.value(QStringLiteral("port")).toInt()), port);
      }
    }
    QVERIFY2(address == QStringLiteral("10.77.0.1"), heard.constData());

    auto remote =
        pair.startIn(1, Fixtures::executable(QStringLiteral("mdi-run")),
                     greedyArguments() + QStringList{QStringLiteral("--peer"), address + QLatin1Char(':') + port,
                                                     QStringLiteral("--pairing-code"), code, QStringLiteral("--stages"),
                                                     QStringLiteral("2")});
    const QJsonObject across = QJsonDocument::fromJson(finish(remote.get(), &exitCode, &stderrText)).object();
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    QProcess local;
    local.start(Fixtures::executable(QStringLiteral("mdi-run")),
                greedyArguments() + QStringList{QStringLiteral("--plan"), QStringLiteral("0-1,1-2")});
    const QJsonObject here = QJsonDocument::fromJson(finish(&local, &exitCode, &stderrText)).object();
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    stop(node.get());
    QVERIFY(!here.value(QStringLiteral("tokens")).toArray().isEmpty());
    QCOMPARE(across.value(QStringLiteral("tokens")), here.value(QStringLiteral("tokens")));
    QCOMPARE(across.value(QStringLiteral("text")), here.value(QStringLiteral("text")));
    // The second stage ran on the node.
    const QJsonArray stages =
        across.value(QStringLiteral("stats")).toObject().value(QStringLiteral("stages")).toArray();
    QCOMPARE(stages.size(), 2);
    QVERIFY2(stages.at(1).toObject().value(QStringLiteral("stage")).toString().contains(QStringLiteral("nsnode")),
             qPrintable(QJsonDocument(stages).toJson()));
  }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
