// Peer benchmarks: the per-token cost of running one stage on a peer node over loopback (TLS-PSK
// TCP, hidden states serialised both ways) against the same stage in process, and the weight
// shipping throughput (SHA-256 on both ends, the node's disk cache) of a stage's first load,
// with the time of a second, cached load. The node is a NodeService on its own thread in this
// process (as mdi-node runs it), reached through 127.0.0.1. Usage:
//   bench_peer --model DIR [--dtype bf16|f32] [--tokens N] [--threads N] [--repeats R]
#include "benchsupport.h"
#include "engine/pipeline.h"
#include "engine/plan.h"
#include "model/chatmessage.h"
#include "model/modelconfig.h"
#include "net/pairingkey.h"
#include "remote/nodeservice.h"
#include "remote/remotestagelinkfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <future>
#include <mutex>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

const QString kBenchCode = QStringLiteral("7KQ4M-2XH9D");
const QString kBenchNodeId = QStringLiteral("bench-node");

struct PeerRun {
  double loadMs = 0;
  qint64 shipped = 0;
  double perTokenMs = 0;
  QString error;
};

PeerRun runOnce(const QString &model, const Plan &plan, const QList<RemotePeer> &peers, ComputeDtype dtype, int tokens,
                int threads) {
  PeerRun out;
  std::mutex mutex;
  std::promise<void> done;
  QList<qint64> stamps;
  QElapsedTimer clock;
  clock.start();
  QString failure;
  Pipeline::Callbacks callbacks;
  callbacks.token = [&](quint64, qint64, const QString &, const TokenLogprobs &) {
    std::lock_guard lock(mutex);
    stamps.append(clock.nsecsElapsed());
  };
  callbacks.finished = [&](quint64, const GenerationResult &) { done.set_value(); };
  callbacks.failed = [&](quint64, const QString &error) {
    failure = error;
    done.set_value();
  };
  Pipeline::Options options;
  options.peerLinks = RemoteStageLinkFactory::create();
  options.compute.dtype = dtype;
  options.coordinatorThreads = threads;
  options.stageThreads = threads;
  options.peers = peers;
  QElapsedTimer loadTimer;
  loadTimer.start();
  auto pipeline = Pipeline::load(model, plan, options, callbacks);
  if (!pipeline) {
    out.error = pipeline.error();
    return out;
  }
  out.loadMs = loadTimer.nsecsElapsed() / 1e6;
  out.shipped = (*pipeline)->weightBytesShipped();
  GenerationRequest request;
  ChatMessage message;
  message.role = QStringLiteral("user");
  message.parts = {ChatPart::makeText(QStringLiteral("Tell me about the sea."))};
  request.messages = {message};
  request.sampling.doSample = false;
  request.sampling.temperature = 0;
  request.sampling.maxNewTokens = tokens;
  request.sampling.ignoreEos = true;
  (*pipeline)->start(1, request);
  done.get_future().wait();
  if (!failure.isEmpty()) {
    out.error = failure;
    return out;
  }
  if (stamps.size() >= 2)
    out.perTokenMs = (stamps.last() - stamps.first()) / 1e6 / double(stamps.size() - 1);
  return out;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Checkpoint folder."), QStringLiteral("DIR"));
  const QCommandLineOption dtype(QStringLiteral("dtype"), QStringLiteral("bf16 or f32."), QStringLiteral("DTYPE"),
                                 QStringLiteral("bf16"));
  const QCommandLineOption tokens(QStringLiteral("tokens"), QStringLiteral("Tokens per answer."), QStringLiteral("N"),
                                  QStringLiteral("32"));
  const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads per stage."),
                                         QStringLiteral("N"), QStringLiteral("1"));
  const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Runs per configuration (median)."),
                                   QStringLiteral("R"), QStringLiteral("3"));
  parser.addOptions({model, dtype, tokens, threadsOption, repeats});
  parser.process(app);
  if (!parser.isSet(model)) {
    std::printf("--model DIR is required\n");
    return 2;
  }
  const QString dir = parser.value(model);
  const ComputeDtype dt = parser.value(dtype) == QLatin1String("f32") ? ComputeDtype::F32 : ComputeDtype::BF16;
  const int n = parser.value(tokens).toInt();
  const int threads = parser.value(threadsOption).toInt();
  const int r = qMax(1, parser.value(repeats).toInt());
  auto config = ModelConfig::loadFromDirectory(dir);
  if (!config) {
    std::printf("error: %s\n", qPrintable(config.error()));
    return 1;
  }
  const int layers = config->text.numLayers;
  std::printf("machine: %s\ncpu pressure before: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  std::printf("model %s (%d layers, hidden %lld), %s, %d tokens, %d thread(s) per stage\n", qPrintable(dir), layers,
              static_cast<long long>(config->text.hiddenSize), qPrintable(parser.value(dtype)), n, threads);

  // The node, on a thread of its own with an event loop, as in mdi-node.
  QTemporaryDir cacheRoot;
  QThread nodeThread;
  nodeThread.start();
  QObject anchor;
  anchor.moveToThread(&nodeThread);
  std::unique_ptr<NodeService> node;
  quint16 port = 0;
  QString nodeError;
  QMetaObject::invokeMethod(
      &anchor,
      [&] {
        NodeService::Options options;
        options.server.nodeId = kBenchNodeId;
        options.server.key = PairingKey::derive(kBenchCode, kBenchNodeId).value();
        options.server.address = QHostAddress::LocalHost;
        options.name = QStringLiteral("bench-node");
        options.cacheDirectory = cacheRoot.filePath(QStringLiteral("cache"));
        options.threads = threads;
        node = std::make_unique<NodeService>(options, [](const QString &) {});
        if (Status started = node->start(); !started)
          nodeError = started.error();
        port = node->port();
      },
      Qt::BlockingQueuedConnection);
  if (!nodeError.isEmpty()) {
    std::printf("error: %s\n", qPrintable(nodeError));
    return 1;
  }

  const int split = qMax(1, layers / 2);
  const QString planText = layers > 1 ? QStringLiteral("0-%1,%1-%2").arg(split).arg(layers) : QStringLiteral("0-1");
  const Plan local = Plan::parse(planText, layers).value();
  Plan remote = local;
  remote.stages.last().hostId = QStringLiteral("peer:0");
  RemotePeer peer;
  peer.hostId = QStringLiteral("peer:0");
  peer.host = QStringLiteral("127.0.0.1");
  peer.port = port;
  peer.pairingCode = kBenchCode;

  // First load ships the weights; later ones find them cached.
  const PeerRun first = runOnce(dir, remote, {peer}, dt, 2, threads);
  const PeerRun cached = runOnce(dir, remote, {peer}, dt, 2, threads);
  if (!first.error.isEmpty() || !cached.error.isEmpty()) {
    std::printf("error: %s%s\n", qPrintable(first.error), qPrintable(cached.error));
    return 1;
  }
  const PeerRun localLoad = runOnce(dir, local, {}, dt, 2, threads);
  std::printf("\nweight shipping (stage %s on the peer): %.1f MB in a load of %.0f ms (%.0f MB/s including "
              "SHA-256 both ends, the cache write and the coordinator's own load); cached load %.0f ms (%lld bytes "
              "shipped); all-local load %.0f ms\n",
              qPrintable(QStringLiteral("%1-%2").arg(remote.stages.last().firstLayer).arg(layers - 1)),
              first.shipped / 1e6, first.loadMs, first.shipped / 1e6 / ((first.loadMs - localLoad.loadMs) / 1e3),
              cached.loadMs, static_cast<long long>(cached.shipped), localLoad.loadMs);

  QList<double> localMs;
  QList<double> remoteMs;
  for (int i = 0; i < r; ++i) {
    const PeerRun a = runOnce(dir, local, {}, dt, n, threads);
    const PeerRun b = runOnce(dir, remote, {peer}, dt, n, threads);
    if (!a.error.isEmpty() || !b.error.isEmpty()) {
      std::printf("error: %s%s\n", qPrintable(a.error), qPrintable(b.error));
      return 1;
    }
    localMs.append(a.perTokenMs);
    remoteMs.append(b.perTokenMs);
  }
  const double l = BenchSupport::median(localMs);
  const double m = BenchSupport::median(remoteMs);
  const qint64 hiddenBytes = config->text.hiddenSize * (dt == ComputeDtype::BF16 ? 2 : 4);
  std::printf("\ndecode, plan %s: last stage in process %.3f ms/token, on the peer over loopback %.3f ms/token -> "
              "overhead %.3f ms/token (%lld bytes of hidden states each way per token; median of %d)\n",
              qPrintable(planText), l, m, m - l, static_cast<long long>(hiddenBytes), r);

  QMetaObject::invokeMethod(
      &anchor, [&] { node.reset(); }, Qt::BlockingQueuedConnection);
  nodeThread.quit();
  nodeThread.wait();
  std::printf("cpu pressure after: %s\n", qPrintable(BenchSupport::cpuPressure()));
  return 0;
}
