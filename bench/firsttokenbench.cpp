// From a node's start to the first token through it: an mdi-node process is started (loopback,
// discovery ports of its own), the coordinator hears its beacon, pairs (PBKDF2 of the pairing
// code, TLS-PSK handshake, Hello), loads a pipeline whose second half of the layers runs on the
// node (the manifest's SHA-256s, the weights the node lacks, the node's build) and times the first
// token of a short greedy answer. Run twice: with an empty weight cache on the node ("cold"), then
// with the node restarted on the same cache ("warm", nothing shipped). Each phase is printed;
// repeats give medians. Usage:
//   bench_first_token --model DIR [--dtype bf16|f32] [--threads N] [--repeats R]
#include "benchsupport.h"
#include "engine/pipeline.h"
#include "engine/plan.h"
#include "model/chatmessage.h"
#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"
#include "net/pairingkey.h"
#include "net/peerconnection.h"
#include "remote/remotestagelinkfactory.h"
#include "remote/stagemessages.h"
#include "util/sha256hasher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>
#include <future>
#include <mutex>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

const QString kFirstTokenCode = QStringLiteral("7KQ4M-2XH9D");

struct Phases {
  double discoverMs = 0;   // node process started -> its beacon heard
  double pairMs = 0;       // key derived, TLS-PSK handshake, Hello answered
  double keyMs = 0;        // of which the key derivation (PBKDF2, once per node: the key is kept)
  double loadMs = 0;       // Pipeline::load: the coordinator's part and the remote stage
  double remoteLoadMs = 0; // of which the remote stage (manifest, shipping, node's build)
  qint64 shipped = 0;
  double firstTokenMs = 0; // request -> first token
  QString error;
  double totalMs() const { return discoverMs + pairMs + loadMs + firstTokenMs; }
};

quint16 freeUdpPort() {
  QUdpSocket socket;
  socket.bind(QHostAddress::LocalHost, 0);
  return socket.localPort();
}

// Waits (running the event loop) until done() or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs)
      return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  }
  return true;
}

Phases runOnce(const QString &model, const Plan &plan, ComputeDtype dtype, int threads, const QString &cacheDir,
               const QString &identity) {
  Phases out;
  const quint16 beaconPort = freeUdpPort();
  const quint16 queryPort = freeUdpPort();
  DiscoveryService::Options discoveryOptions;
  discoveryOptions.beaconPort = beaconPort;
  discoveryOptions.queryPort = queryPort;
  discoveryOptions.multicast = false;
  discoveryOptions.broadcast = false;
  discoveryOptions.loopback = true;
  DiscoveryService discovery(discoveryOptions);
  std::optional<DiscoveryBeacon> heard;
  QString heardFrom;
  QObject::connect(&discovery, &DiscoveryService::beaconReceived,
                   [&](const DiscoveryBeacon &beacon, const QHostAddress &sender) {
                     // The node listens on 127.0.0.1 only (its beacons go out on the LAN too).
                     if (!heard && beacon.name == QLatin1String("bench-node") && sender.isLoopback()) {
                       heard = beacon;
                       heardFrom = sender.toString();
                     }
                   });
  if (Status listening = discovery.startListening(QStringLiteral("bench-coordinator")); !listening) {
    out.error = listening.error();
    return out;
  }

  QProcess node;
  node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  QElapsedTimer clock;
  clock.start();
  node.start(QCoreApplication::applicationDirPath() + QStringLiteral("/mdi-node"),
             {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
              QStringLiteral("--name"), QStringLiteral("bench-node"), QStringLiteral("--cache-dir"), cacheDir,
              QStringLiteral("--identity"), identity, QStringLiteral("--pairing-code"), kFirstTokenCode,
              QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--discovery-loopback"),
              QStringLiteral("--discovery-beacon-port"), QString::number(beaconPort),
              QStringLiteral("--discovery-query-port"), QString::number(queryPort)});
  auto stopNode = [&node] {
    node.kill();
    node.waitForFinished(30000);
  };
  if (!waitFor([&] { return heard.has_value(); }, 60000)) {
    out.error = QStringLiteral("no beacon from the node");
    stopNode();
    return out;
  }
  out.discoverMs = clock.nsecsElapsed() / 1e6;

  // Pairing as the Peers panel does it: derive the key from the code once (then kept), connect.
  clock.restart();
  auto key = PairingKey::derive(kFirstTokenCode, heard->nodeId);
  if (!key) {
    out.error = key.error();
    stopNode();
    return out;
  }
  out.keyMs = clock.nsecsElapsed() / 1e6;
  {
    QObject context;
    PeerConnection::Credentials credentials;
    credentials.identity = QStringLiteral("bench-coordinator");
    credentials.expectedNodeId = heard->nodeId;
    credentials.key = *key;
    PeerConnection *connection =
        PeerConnection::connectToNode(heardFrom, heard->tcpPort, credentials, PeerConnection::Options(), &context);
    bool acked = false;
    QString failure;
    QObject::connect(connection, &PeerConnection::connected, &context, [connection] {
      HelloMessage hello;
      hello.peer.nodeId = QStringLiteral("bench-coordinator");
      (void)connection->send(hello.encode());
    });
    QObject::connect(connection, &PeerConnection::frameReceived, &context,
                     [&acked](MessageType type, quint64, const QByteArray &) {
                       if (type == MessageType::HelloAck)
                         acked = true;
                     });
    QObject::connect(connection, &PeerConnection::disconnected, &context,
                     [&failure](const QString &reason) { failure = reason; });
    if (!waitFor([&] { return acked || !failure.isEmpty(); }, 60000) || !acked) {
      out.error = QStringLiteral("pairing failed: %1").arg(failure);
      stopNode();
      return out;
    }
    out.pairMs = clock.nsecsElapsed() / 1e6;
    connection->close();
  }

  RemotePeer peer;
  peer.hostId = QStringLiteral("peer:0");
  peer.host = heardFrom;
  peer.port = heard->tcpPort;
  peer.nodeId = heard->nodeId;
  peer.key = *key;
  Plan remotePlan = plan;
  remotePlan.stages.last().hostId = peer.hostId;

  std::promise<void> first;
  std::once_flag once;
  QString failure;
  Pipeline::Callbacks callbacks;
  callbacks.token = [&](quint64, qint64, const QString &, const TokenLogprobs &) {
    std::call_once(once, [&] { first.set_value(); });
  };
  callbacks.failed = [&](quint64, const QString &error) {
    failure = error;
    std::call_once(once, [&] { first.set_value(); });
  };
  Pipeline::Options options;
  options.peerLinks = RemoteStageLinkFactory::create();
  options.compute.dtype = dtype;
  options.coordinatorThreads = threads;
  options.stageThreads = threads;
  options.peers = {peer};
  clock.restart();
  auto pipeline = Pipeline::load(model, remotePlan, options, callbacks);
  if (!pipeline) {
    out.error = pipeline.error();
    stopNode();
    return out;
  }
  out.loadMs = clock.nsecsElapsed() / 1e6;
  out.remoteLoadMs = (*pipeline)->stageStats().last().loadMs;
  out.shipped = (*pipeline)->weightBytesShipped();

  GenerationRequest request;
  ChatMessage message;
  message.role = QStringLiteral("user");
  message.parts = {ChatPart::makeText(QStringLiteral("Tell me about the sea."))};
  request.messages = {message};
  request.sampling.doSample = false;
  request.sampling.temperature = 0;
  request.sampling.maxNewTokens = 2;
  request.sampling.ignoreEos = true;
  clock.restart();
  (*pipeline)->start(1, request);
  first.get_future().wait();
  out.firstTokenMs = clock.nsecsElapsed() / 1e6;
  if (!failure.isEmpty())
    out.error = failure;
  pipeline->reset();
  stopNode();
  return out;
}

void printPhases(const char *label, const QList<Phases> &runs) {
  auto median = [&runs](auto field) {
    QList<double> values;
    for (const Phases &p : runs)
      values.append(field(p));
    return BenchSupport::median(values);
  };
  const double shipped = median([](const Phases &p) { return double(p.shipped); });
  const double remote = median([](const Phases &p) { return p.remoteLoadMs; });
  std::printf("%-5s node start -> beacon heard %7.0f ms | pairing %5.0f ms (key %3.0f ms) | load %7.0f ms (remote "
              "stage %7.0f ms, "
              "%.1f MB shipped%s) | first token %6.0f ms | discovery -> first token %7.0f ms | node start -> first "
              "token %7.0f ms  (median of %lld)\n",
              label, median([](const Phases &p) { return p.discoverMs; }),
              median([](const Phases &p) { return p.pairMs; }), median([](const Phases &p) { return p.keyMs; }),
              median([](const Phases &p) { return p.loadMs; }), remote, shipped / 1e6,
              shipped > 0 ? qPrintable(QStringLiteral(", %1 MB/s").arg(shipped / 1e6 / (remote / 1e3), 0, 'f', 0)) : "",
              median([](const Phases &p) { return p.firstTokenMs; }),
              median([](const Phases &p) { return p.pairMs + p.loadMs + p.firstTokenMs; }),
              median([](const Phases &p) { return p.totalMs(); }), static_cast<long long>(runs.size()));
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Checkpoint folder."), QStringLiteral("DIR"));
  const QCommandLineOption dtype(QStringLiteral("dtype"), QStringLiteral("bf16 or f32."), QStringLiteral("DTYPE"),
                                 QStringLiteral("bf16"));
  const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads per stage."),
                                         QStringLiteral("N"), QStringLiteral("1"));
  const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Cold and warm runs each (median)."),
                                   QStringLiteral("R"), QStringLiteral("3"));
  parser.addOptions({model, dtype, threadsOption, repeats});
  parser.process(app);
  if (!parser.isSet(model)) {
    std::printf("--model DIR is required\n");
    return 2;
  }
  const QString dir = parser.value(model);
  const ComputeDtype dt = parser.value(dtype) == QLatin1String("f32") ? ComputeDtype::F32 : ComputeDtype::BF16;
  const int threads = qMax(1, parser.value(threadsOption).toInt());
  const int r = qMax(1, parser.value(repeats).toInt());
  auto checkpoint = Checkpoint::open(dir);
  if (!checkpoint) {
    std::printf("error: %s\n", qPrintable(checkpoint.error()));
    return 1;
  }
  const ModelConfig &config = checkpoint->config();
  const int layers = config.text.numLayers;
  const int split = qMax(1, layers / 2);
  const QString planText = layers > 1 ? QStringLiteral("0-%1,%1-%2").arg(split).arg(layers) : QStringLiteral("0-1");
  const Plan plan = Plan::parse(planText, layers).value();
  std::printf("machine: %s\ncpu pressure before: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  std::printf("model %s (%d layers), %s, plan %s with layers %d-%d on the node, %d thread(s) per stage\n",
              qPrintable(dir), layers, qPrintable(parser.value(dtype)), qPrintable(planText),
              plan.stages.last().firstLayer, layers - 1, threads);

  // What a coordinator pays once per process before its first load onto a peer: the SHA-256 of
  // the tensors it may ship (remembered afterwards, so the runs below after the first do not).
  QElapsedTimer hashTimer;
  hashTimer.start();
  qint64 hashed = 0;
  for (const TensorSpec &spec : config.tensorSpecs()) {
    if (spec.part != TensorSpec::Part::Decoder || spec.layer < plan.stages.last().firstLayer)
      continue;
    const TensorRef ref = checkpoint->tensor(spec.name);
    Sha256Hasher::hash(ref.data(), ref.byteSize()); // as RemoteStageLink does
    hashed += ref.byteSize();
  }
  std::printf("SHA-256 of the node's layers on the coordinator: %.1f MB in %.0f ms (once per coordinator process; "
              "in the first cold run only)\n\n",
              hashed / 1e6, hashTimer.nsecsElapsed() / 1e6);

  QList<Phases> cold;
  QList<Phases> warm;
  for (int i = 0; i < r; ++i) {
    QTemporaryDir root;
    const QString cache = root.filePath(QStringLiteral("cache"));
    const QString identity = root.filePath(QStringLiteral("node.ini"));
    for (QList<Phases> *list : {&cold, &warm}) {
      const Phases p = runOnce(dir, plan, dt, threads, cache, identity);
      if (!p.error.isEmpty()) {
        std::printf("error: %s\n", qPrintable(p.error));
        return 1;
      }
      list->append(p);
      std::printf("%s run %d: beacon %.0f ms, pairing %.0f ms, load %.0f ms (remote %.0f ms, %.1f MB shipped), first "
                  "token %.0f ms\n",
                  list == &cold ? "cold" : "warm", i + 1, p.discoverMs, p.pairMs, p.loadMs, p.remoteLoadMs,
                  p.shipped / 1e6, p.firstTokenMs);
      std::fflush(stdout);
    }
  }
  std::printf("\n");
  printPhases("cold", cold);
  printPhases("warm", warm);
  std::printf("cpu pressure after: %s\n", qPrintable(BenchSupport::cpuPressure()));
  return 0;
}
