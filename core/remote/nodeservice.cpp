#include "remote/nodeservice.h"

#include "engine/computeenvironment.h"
#include "engine/localstagelink.h"
#include "engine/precisionchoice.h"
#include "engine/stage.h"
#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "model/tensorfactory.h"
#include "net/netlog.h"
#include "remote/stagemessages.h"
#include "remote/weightcache.h"
#include "remote/wiretensor.h"
#include "util/processmemory.h"

#include <ATen/ATen.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <deque>
#include <limits>
#include <optional>

namespace mdi {

struct NodeClient {
  quint64 id = 0;
  QPointer<PeerConnection> connection;
  bool greeted = false;
  std::optional<LoadStageMessage> manifest;
  std::optional<ModelConfig> config;
  quint64 loadRequest = 0;
  QList<qint64> held;
  std::unique_ptr<LocalStageLink> link;
  at::TensorOptions options;
  std::deque<quint64> pending; // request ids of Forwards and Drops in the stage's queue, in order
  // How each answer of the stage's queue is to be encoded, in the same order: shared with the
  // stage's worker, which encodes the answers (a ForwardBatch's entries that were refused before
  // running keep their place in its ResultBatch).
  struct ReplyPlan {
    bool batch = false;
    QList<ResultBatchMessage::Entry> entries; // batch: every entry; an error: refused before running
  };
  struct ReplyPlans {
    QMutex mutex;
    std::deque<ReplyPlan> plans;
  };
  std::shared_ptr<ReplyPlans> plans = std::make_shared<ReplyPlans>();
  // What LoadStage's tensors hold is found out (hashing a --model folder's tensors can take
  // seconds), and the stage is built (converting weights too), on the service's workers, so that
  // the connections' heartbeats and other clients go on meanwhile. Set when the client goes: a
  // job still running for it stops early.
  std::shared_ptr<std::atomic<bool>> gone = std::make_shared<std::atomic<bool>>(false);
  bool validating = false; // LoadStage's config and manifest are being checked on a worker
  bool checking = false;
  bool building = false;
  qint64 reservedBytes = 0; // the stage's weights in the compute dtype, from LoadStage on
  // The KV caches the stage holds, as the node counts them (mirroring KvCache's growth: whole
  // chunks, at least a quarter more each time; a rewind keeps the capacity), so that they count
  // against --max-memory before they are allocated, and sessions beyond the cap are dropped,
  // least recently used first.
  struct SessionUse {
    qint64 capacity = 0; // positions
    qint64 length = 0;   // positions held after the last step (if it worked)
    quint64 lastUse = 0;
  };
  QHash<quint64, SessionUse> sessions;
  std::deque<quint64> evicted; // sessions dropped to make room (the latest kEvictedKept)
  qint64 bytesPerPosition = 0; // keys and values of one position in all the stage's layers
  qint64 kvChunk = 256;
  quint64 useClock = 0;
  qint64 cacheBytes() const {
    qint64 positions = 0;
    for (const SessionUse &use : sessions)
      positions += use.capacity;
    return positions * bytesPerPosition;
  }
  ~NodeClient() { *gone = true; }
};

// What a worker found out about a LoadStage (its config parsed, its manifest checked).
struct CheckedLoad {
  LoadStageMessage message;
  std::optional<ModelConfig> config;
  ErrorCode code = ErrorCode::BadRequest;
  QString error;     // empty: acceptable
  QString dtypeNote; // "layers a-b in q8 (asked for f32)" when the node overrides the request
  qint64 bytes = 0;  // the stage's weights in the compute format
};

using BuiltStage = std::shared_ptr<Expected<std::unique_ptr<Stage>>>;

namespace {
constexpr size_t kEvictedKept = 1024;
// Positions of KV cache at most one LoadStage may ask to allocate at once (KvCache grows in
// these chunks).
constexpr qint64 kMaxKvChunk = 16384;

// The text of an exception caught on a thread that must go on (a worker, the network thread).
QString exceptionText(std::exception_ptr exception) {
  try {
    std::rethrow_exception(exception);
  } catch (const c10::Error &e) {
    return QString::fromStdString(e.what_without_backtrace());
  } catch (const std::exception &e) {
    return QString::fromLocal8Bit(e.what());
  } catch (...) {
  }
  return NodeService::tr("an unknown exception");
}

// A Result for one forward's answer (any exception while encoding becomes the step's error).
EncodedMessage encodeResult(const StageResult &result) {
  ResultMessage r;
  try {
    r.message = wiretensor::toForward(result.message);
    r.error = result.error.left(wirelimits::kErrorBytes / 4);
  } catch (...) {
    r.message = ForwardMessage();
    r.message.session = result.message.session;
    r.message.step = result.message.step;
    r.error = NodeService::tr("The stage's result could not be sent: %1")
                  .arg(exceptionText(std::current_exception()))
                  .left(wirelimits::kErrorBytes / 4);
  }
  if (!r.error.isEmpty())
    r.message.hidden = HiddenStates();
  return r.encode();
}

// A ResultBatch: the plan's entries in order, those refused before running with their error, the
// others filled from the stage's results (which come in the order they were posted).
EncodedMessage encodeResultBatch(QList<ResultBatchMessage::Entry> entries, std::vector<StageResult> results) {
  ResultBatchMessage batch;
  size_t next = 0;
  std::vector<at::Tensor> hidden;
  try {
    for (ResultBatchMessage::Entry &entry : entries) {
      if (!entry.error.isEmpty())
        continue;
      if (next >= results.size()) {
        entry.error = NodeService::tr("The stage gave no result for this step.");
        continue;
      }
      const StageResult &result = results[next++];
      if (!result.error.isEmpty() || !result.message.hidden.defined()) {
        entry.error = result.error.isEmpty() ? NodeService::tr("The stage gave no hidden states.")
                                             : result.error.left(wirelimits::kErrorBytes / 4);
        continue;
      }
      entry.rows = result.message.hidden.size(0);
      hidden.push_back(result.message.hidden);
    }
    if (!hidden.empty())
      batch.hidden = wiretensor::toWire(hidden.size() == 1 ? hidden.front() : at::cat(hidden, 0));
  } catch (...) {
    const QString error = NodeService::tr("The stage's result could not be sent: %1")
                              .arg(exceptionText(std::current_exception()))
                              .left(wirelimits::kErrorBytes / 4);
    for (ResultBatchMessage::Entry &entry : entries) {
      entry.error = error;
      entry.rows = 0;
    }
    batch.hidden = HiddenStates();
  }
  for (ResultBatchMessage::Entry &entry : entries)
    if (!entry.error.isEmpty())
      entry.rows = 0;
  batch.entries = std::move(entries);
  return batch.encode();
}

} // namespace

struct NodeService::Private {
  Options options;
  LogFunction logFunction;
  std::unique_ptr<PeerServer> server;
  std::unique_ptr<QObject> context; // receiver of queued calls from the stages' threads
  WeightCache cache;
  std::optional<Checkpoint> model; // --model
  QHash<quint64, std::shared_ptr<NodeClient>> clients;
  quint64 nextClient = 1;
  std::atomic<qint64> received{0};
  std::atomic<qint64> imported{0};
  QThreadPool workers; // hash checks and stage builds
  // Load: busy milliseconds of all stages at the last sample (those of clients gone included).
  QElapsedTimer clock;
  double retiredBusyMs = 0;
  double sampleBusyMs = 0;
  double sampleMs = 0;
  double lastLoad = 0;

  explicit Private(Options o) : options(std::move(o)), cache(options.cacheDirectory) {
    workers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    clock.start();
  }

  void log(const QString &line) {
    if (logFunction)
      logFunction(line);
    else
      qCInfo(lcNet).noquote() << line;
  }
  void onConnection(PeerConnection *connection);
  // Runs work of the network thread for a client (a queued continuation); an exception becomes an
  // Error to the client's load request (or to the connection), never one through the event loop.
  void guarded(quint64 clientId, const std::function<void()> &work) {
    try {
      work();
    } catch (...) {
      const QString text = exceptionText(std::current_exception());
      auto it = clients.find(clientId);
      if (it != clients.end() && it.value()->connection)
        refuse(*it.value(), it.value()->loadRequest, ErrorCode::Internal,
               NodeService::tr("The node failed: %1").arg(text));
      else
        log(NodeService::tr("The node failed: %1").arg(text));
    }
  }
  void onFrame(NodeClient &client, MessageType type, quint64 requestId, const QByteArray &payload);
  void refuse(NodeClient &client, quint64 requestId, ErrorCode code, const QString &message) {
    log(NodeService::tr("%1: %2").arg(client.connection->peerName(), message));
    ErrorMessage error;
    error.code = quint32(code);
    error.message = message.left(wirelimits::kErrorBytes / 4);
    client.connection->replyOrIgnore(requestId, error.encode());
  }
  PeerDescription describe() const;
  qint64 usedBytes() const;
  QString stageDtype(const LoadStageMessage &message) const;
  qint64 freeMemory() const;
  double load();
  void loadStage(NodeClient &client, quint64 requestId, LoadStageMessage message);
  CheckedLoad checkLoad(LoadStageMessage message) const;
  void loadChecked(quint64 clientId, quint64 requestId, std::shared_ptr<CheckedLoad> checked);
  Status makeRoom(NodeClient &client, quint64 session, qint64 cacheStart, qint64 rows);
  void evict(NodeClient &client, quint64 session, const QString &why);
  void holdingsChecked(quint64 clientId, QList<qint64> have, qint64 importedBytes);
  void weightChunk(NodeClient &client, quint64 requestId, WeightChunkMessage message);
  void buildStageIfComplete(NodeClient &client);
  void forward(NodeClient &client, quint64 requestId, ForwardMessage message);
  void forwardBatch(NodeClient &client, quint64 requestId, ForwardBatchMessage message);
  // A refusal of one session's step before it runs (an evicted session, no room), or nothing.
  std::optional<QString> admit(NodeClient &client, quint64 session, qint64 cacheStart, qint64 rows);
  // Queues messages on the stage with how their answer is encoded.
  void postToStage(NodeClient &client, quint64 requestId, StageMessage message);
  void stageAnswered(quint64 clientId, EncodedMessage encoded);
  void stageBuilt(quint64 clientId, BuiltStage stage, at::TensorOptions tensorOptions, double buildMs);
};

NodeService::NodeService(Options options, LogFunction log) : d(std::make_unique<Private>(std::move(options))) {
  d->logFunction = std::move(log);
  d->context = std::make_unique<QObject>();
}

NodeService::~NodeService() {
  // Stages first (their threads may still queue answers to the context, which then drops them),
  // then the jobs on the workers (they stop early for clients gone; what they queue is dropped
  // with the context).
  d->clients.clear();
  d->workers.waitForDone();
  d->server.reset();
}

Status NodeService::start() {
  if (!ComputeEnvironment::hasDevice(d->options.device))
    return makeError(NodeService::tr("This computer has no compute device '%1' (it has: %2).")
                         .arg(d->options.device, ComputeEnvironment::availableDevices().join(QStringLiteral(", "))));
  if (Status ok = d->cache.prepare(); !ok)
    return ok;
  if (!d->options.modelDirectory.isEmpty()) {
    auto model = Checkpoint::open(d->options.modelDirectory);
    if (!model)
      return makeError(model.error());
    d->model.emplace(std::move(*model));
  }
  d->server = std::make_unique<PeerServer>(d->options.server);
  Private *p = d.get();
  QObject::connect(d->server.get(), &PeerServer::connectionReady, d->context.get(),
                   [p](PeerConnection *connection) { p->onConnection(connection); });
  QObject::connect(
      d->server.get(), &PeerServer::connectionRefused, d->context.get(),
      [p](const QString &peer, const QString &reason) { p->log(NodeService::tr("Refused %1: %2").arg(peer, reason)); });
  return d->server->listen();
}

quint16 NodeService::port() const {
  return d->server ? d->server->port() : 0;
}
qint64 NodeService::weightBytesReceived() const {
  return d->received.load();
}
qint64 NodeService::weightBytesImported() const {
  return d->imported.load();
}
qint64 NodeService::freeMemoryBytes() const {
  return d->freeMemory();
}
double NodeService::load() {
  return d->load();
}

qint64 NodeService::Private::usedBytes() const {
  qint64 bytes = 0;
  for (const auto &client : clients) {
    bytes += client->reservedBytes;
    // The KV caches as the node counts them before it posts a step (the stage's own figure
    // lags: it changes only once the stage has processed what is queued).
    bytes += client->cacheBytes();
  }
  return bytes;
}

qint64 NodeService::Private::freeMemory() const {
  // What the node offers (--max-memory) less what its stages hold, or what the system has free.
  if (options.maxMemoryBytes > 0)
    return qMax<qint64>(0, options.maxMemoryBytes - usedBytes());
  return qMax<qint64>(0, ProcessMemory::systemAvailableBytes());
}

double NodeService::Private::load() {
  // The stages' busy fraction since the last sample (at least half a second ago).
  double busy = retiredBusyMs;
  for (const auto &client : std::as_const(clients))
    if (client->link)
      busy += client->link->stats().busyMs;
  const double now = clock.nsecsElapsed() / 1e6;
  if (now - sampleMs >= 500) {
    lastLoad = qBound(0.0, (busy - sampleBusyMs) / (now - sampleMs), 1.0);
    sampleBusyMs = busy;
    sampleMs = now;
  }
  return lastLoad;
}

PeerDescription NodeService::Private::describe() const {
  PeerDescription peer;
  peer.nodeId = options.server.nodeId;
  peer.name = options.name.left(wirelimits::kNameBytes / 4);
  peer.appVersion = options.appVersion.left(wirelimits::kVersionBytes / 4);
  peer.device = options.device;
  peer.freeMemoryBytes = freeMemory();
  peer.capabilities = {QStringLiteral("bf16"), QStringLiteral("f32"), QStringLiteral("q8"), QStringLiteral("q4"),
                       QStringLiteral("weight-cache")};
  return peer;
}

void NodeService::Private::onConnection(PeerConnection *connection) {
  auto client = std::make_shared<NodeClient>();
  client->id = nextClient++;
  client->connection = connection;
  clients.insert(client->id, client);
  log(NodeService::tr("%1 (%2) connected").arg(connection->peerName(), connection->peerId()));
  const quint64 id = client->id;
  QObject::connect(connection, &PeerConnection::frameReceived, context.get(),
                   [this, id](MessageType type, quint64 requestId, const QByteArray &payload) {
                     auto it = clients.find(id);
                     if (it == clients.end() || !it.value()->connection)
                       return;
                     // Nothing a peer sends may throw through the event loop (that ends the
                     // process, and every other coordinator's stages with it).
                     try {
                       onFrame(*it.value(), type, requestId, payload);
                     } catch (...) {
                       const QString text = exceptionText(std::current_exception());
                       auto again = clients.find(id);
                       if (again != clients.end() && again.value()->connection)
                         refuse(
                             *again.value(), requestId, ErrorCode::Internal,
                             NodeService::tr("The node failed on a %1 message: %2").arg(messageTypeName(type), text));
                     }
                   });
  QObject::connect(connection, &PeerConnection::disconnected, context.get(), [this, id](const QString &reason) {
    auto client = clients.take(id);
    if (client && client->link)
      retiredBusyMs += client->link->stats().busyMs;
    if (client)
      log(NodeService::tr("%1 disconnected: %2")
              .arg(client->connection ? client->connection->peerName() : QStringLiteral("?"), reason));
    // client (and its stage, whose worker is joined) goes here.
  });
}

void NodeService::Private::onFrame(NodeClient &client, MessageType type, quint64 requestId, const QByteArray &payload) {
  if (type != MessageType::Hello && !client.greeted)
    return refuse(client, requestId, ErrorCode::Protocol,
                  NodeService::tr("%1 before Hello").arg(messageTypeName(type)));
  switch (type) {
  case MessageType::Hello: {
    auto hello = HelloMessage::decode(payload);
    if (!hello)
      return refuse(client, requestId, ErrorCode::Protocol, hello.error());
    if (hello->peer.protocolVersion != kProtocolVersion)
      return refuse(client, requestId, ErrorCode::VersionMismatch,
                    NodeService::tr("The coordinator speaks protocol version %1, this node %2.")
                        .arg(hello->peer.protocolVersion)
                        .arg(kProtocolVersion));
    client.greeted = true;
    HelloAckMessage ack;
    ack.peer = describe();
    client.connection->replyOrIgnore(requestId, ack.encode());
    return;
  }
  case MessageType::LoadStage: {
    auto message = LoadStageMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    return loadStage(client, requestId, std::move(*message));
  }
  case MessageType::WeightChunk: {
    auto message = WeightChunkMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    return weightChunk(client, requestId, std::move(*message));
  }
  case MessageType::Forward: {
    auto message = ForwardMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    return forward(client, requestId, std::move(*message));
  }
  case MessageType::ForwardBatch: {
    auto message = ForwardBatchMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    return forwardBatch(client, requestId, std::move(*message));
  }
  case MessageType::DropSession: {
    auto message = DropSessionMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    if (!client.link) // nothing cached here: echo at once
      return void(client.connection->reply(requestId, message->encode()));
    client.sessions.remove(message->session);
    StageMessage drop;
    drop.kind = StageMessage::Kind::Drop;
    drop.session = message->session;
    postToStage(client, requestId, std::move(drop));
    return;
  }
  case MessageType::StatsRequest: {
    if (auto message = StatsRequestMessage::decode(payload); !message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    StatsMessage stats;
    if (client.link)
      stats.stage = client.link->stats();
    stats.freeMemoryBytes = freeMemory();
    stats.load = load();
    client.connection->replyOrIgnore(requestId, stats.encode());
    return;
  }
  default:
    return refuse(client, requestId, ErrorCode::Protocol,
                  NodeService::tr("A node does not take %1 messages.").arg(messageTypeName(type)));
  }
}

QString NodeService::Private::stageDtype(const LoadStageMessage &message) const {
  const QString wanted =
      options.dtype.isEmpty() || options.dtype.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
          ? message.computeDtype
          : options.dtype.toLower();
  if (ComputeOptions::parseDtype(wanted) || !PrecisionChoice::isValidName(wanted))
    return wanted; // a format, or a name refused below
  QString storage;
  for (const TensorManifestEntry &entry : message.tensors)
    if (entry.shape.size() >= 2) {
      storage = entry.dtype;
      break;
    }
  const QString device = message.device.isEmpty() ? options.device : message.device;
  return ComputeOptions::dtypeName(PrecisionChoice::resolve(wanted, storage, device).text);
}

void NodeService::Private::loadStage(NodeClient &client, quint64 requestId, LoadStageMessage message) {
  if (client.link || client.manifest || client.validating)
    return refuse(client, requestId, ErrorCode::BadRequest, NodeService::tr("This connection already has a stage."));
  // Only a device this machine has: a name such as "meta" builds a stage whose results cannot be
  // read back (libtorch throws on the stage's thread).
  const QString device = message.device.isEmpty() ? options.device : message.device;
  if (!ComputeEnvironment::hasDevice(device))
    return refuse(client, requestId, ErrorCode::Unsupported,
                  NodeService::tr("This node cannot compute on the device '%1' (it has: %2).")
                      .arg(device.left(64), ComputeEnvironment::availableDevices().join(QStringLiteral(", "))));
  if (message.kvChunk < 1 || message.kvChunk > kMaxKvChunk)
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("A KV cache chunk of %1 positions; this node takes 1 to %2.")
                      .arg(message.kvChunk)
                      .arg(kMaxKvChunk));
  // Parsing the config and checking the manifest against it run on a worker: the network thread
  // keeps answering heartbeats and other coordinators whatever the message holds.
  client.validating = true;
  Private *p = this;
  const quint64 id = client.id;
  workers.start([p, id, requestId, gone = client.gone, message = std::move(message)]() mutable {
    if (*gone)
      return;
    auto checked = std::make_shared<CheckedLoad>();
    try {
      *checked = p->checkLoad(std::move(message));
    } catch (...) {
      checked->code = ErrorCode::Internal;
      checked->error = NodeService::tr("Checking LoadStage failed: %1").arg(exceptionText(std::current_exception()));
    }
    QMetaObject::invokeMethod(
        p->context.get(),
        [p, id, requestId, checked] { p->guarded(id, [&] { p->loadChecked(id, requestId, checked); }); },
        Qt::QueuedConnection);
  });
}

CheckedLoad NodeService::Private::checkLoad(LoadStageMessage message) const {
  CheckedLoad out;
  auto fail = [&out](ErrorCode code, const QString &error) {
    out.code = code;
    out.error = error;
    return out;
  };
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(message.configJson, &parseError);
  if (!doc.isObject())
    return fail(ErrorCode::BadRequest,
                NodeService::tr("The model's config.json does not parse: %1").arg(parseError.errorString()));
  auto config = ModelConfig::fromJson(doc.object(), {}, {});
  if (!config)
    return fail(ErrorCode::BadRequest, config.error());
  const int layers = config->text.numLayers;
  if (message.firstLayer < 0 || message.lastLayer > layers || message.firstLayer >= message.lastLayer)
    return fail(ErrorCode::BadRequest, NodeService::tr("Layers %1-%2 are not a range of this model's %3 layers.")
                                           .arg(message.firstLayer)
                                           .arg(message.lastLayer - 1)
                                           .arg(layers));
  const QString asked = message.computeDtype;
  message.computeDtype = stageDtype(message);
  if (message.computeDtype != asked)
    out.dtypeNote = NodeService::tr("layers %1-%2 in %3 (asked for %4)")
                        .arg(message.firstLayer)
                        .arg(message.lastLayer - 1)
                        .arg(message.computeDtype, asked);
  if (!ComputeOptions::parseDtype(message.computeDtype))
    return fail(ErrorCode::Unsupported, NodeService::tr("Unknown compute dtype '%1'.").arg(message.computeDtype));
  // The manifest must list exactly the decoder tensors of the range, with their shapes.
  QHash<QString, QList<qint64>> expected;
  for (const TensorSpec &spec : config->tensorSpecs())
    if (spec.part == TensorSpec::Part::Decoder && spec.layer >= message.firstLayer && spec.layer < message.lastLayer)
      expected.insert(spec.name, spec.shape);
  QStringList problems;
  QSet<QString> seen;
  for (const TensorManifestEntry &entry : std::as_const(message.tensors)) {
    const auto dtype = dtypeFromName(entry.dtype);
    if (!expected.contains(entry.name))
      problems.append(NodeService::tr("%1 is not a tensor of these layers").arg(entry.name));
    else if (expected.value(entry.name) != entry.shape)
      problems.append(NodeService::tr("%1 has the wrong shape").arg(entry.name));
    else if (!dtype || (*dtype != DType::F32 && *dtype != DType::F16 && *dtype != DType::BF16))
      problems.append(NodeService::tr("%1 has the unsupported dtype %2").arg(entry.name, entry.dtype));
    else if (entry.sha256.size() != 32)
      problems.append(NodeService::tr("%1 has no SHA-256").arg(entry.name));
    else {
      qint64 elements = 1;
      for (qint64 dim : entry.shape)
        elements *= dim;
      if (elements * dtypeSize(*dtype) != entry.byteSize)
        problems.append(NodeService::tr("%1 has the wrong byte size").arg(entry.name));
    }
    if (seen.contains(entry.name))
      problems.append(NodeService::tr("%1 is listed twice").arg(entry.name));
    seen.insert(entry.name);
  }
  if (problems.isEmpty() && seen.size() != expected.size())
    problems.append(NodeService::tr("%1 of the %2 tensors of these layers are missing")
                        .arg(expected.size() - seen.size())
                        .arg(expected.size()));
  if (!problems.isEmpty())
    return fail(ErrorCode::BadRequest, NodeService::tr("The manifest of layers %1-%2 does not match the model: %3")
                                           .arg(message.firstLayer)
                                           .arg(message.lastLayer - 1)
                                           .arg(problems.mid(0, 5).join(QStringLiteral("; "))));

  // The stage's weights in the compute format (the KV caches come on top): matrices in the
  // format, norms and biases in float32.
  const ComputeDtype format = ComputeOptions::parseDtype(message.computeDtype).value_or(ComputeDtype::F32);
  qint64 bytes = 0;
  for (const TensorManifestEntry &entry : std::as_const(message.tensors)) {
    qint64 elements = 1;
    for (qint64 dim : entry.shape)
      elements *= dim;
    bytes += entry.shape.size() >= 2 ? qint64(double(elements) * ComputeOptions::bytesPerWeight(format)) : elements * 4;
  }
  out.bytes = bytes;
  out.message = std::move(message);
  out.config = std::move(*config);
  return out;
}

void NodeService::Private::loadChecked(quint64 clientId, quint64 requestId, std::shared_ptr<CheckedLoad> checked) {
  auto it = clients.find(clientId);
  if (it == clients.end() || !it.value()->connection)
    return;
  NodeClient &client = *it.value();
  client.validating = false;
  if (!checked->error.isEmpty())
    return refuse(client, requestId, checked->code, checked->error);
  if (!checked->dtypeNote.isEmpty())
    log(NodeService::tr("%1: %2").arg(client.connection->peerName(), checked->dtypeNote));
  LoadStageMessage &message = checked->message;
  const qint64 bytes = checked->bytes;
  if (options.maxMemoryBytes > 0) {
    const qint64 used = usedBytes();
    if (used == 0 && bytes > options.maxMemoryBytes)
      return refuse(client, requestId, ErrorCode::OutOfMemory,
                    NodeService::tr("Layers %1-%2 need %3 MB in %4, more than the %5 MB this node offers.")
                        .arg(message.firstLayer)
                        .arg(message.lastLayer - 1)
                        .arg(bytes / 1000000)
                        .arg(message.computeDtype)
                        .arg(options.maxMemoryBytes / 1000000));
    if (bytes + used > options.maxMemoryBytes)
      return refuse(client, requestId, ErrorCode::OutOfMemory,
                    NodeService::tr("Layers %1-%2 need %3 MB in %4; this node offers %5 MB, and its other stages "
                                    "hold %6 MB.")
                        .arg(message.firstLayer)
                        .arg(message.lastLayer - 1)
                        .arg(bytes / 1000000)
                        .arg(message.computeDtype)
                        .arg(options.maxMemoryBytes / 1000000)
                        .arg(used / 1000000));
  }

  client.manifest = std::move(message);
  client.config = std::move(checked->config);
  client.loadRequest = requestId;
  client.reservedBytes = bytes;
  client.checking = true;
  // What the cache (or the model folder, after a SHA-256 check of each tensor) holds is found
  // out on a worker; the answer follows from this thread when it is done.
  Private *p = this;
  const quint64 id = client.id;
  const QList<TensorManifestEntry> entries = client.manifest->tensors;
  workers.start([p, id, gone = client.gone, entries] {
    QList<qint64> have;
    qint64 importedBytes = 0;
    try {
      for (const TensorManifestEntry &entry : entries) {
        if (*gone)
          return;
        qint64 held = p->cache.held(entry);
        if (held < entry.byteSize && p->model) {
          const TensorRef ref = p->model->tensor(entry.name);
          if (ref.isValid() && dtypeName(ref.dtype()) == entry.dtype && ref.byteSize() == entry.byteSize &&
              p->cache.import(entry, ref.data(), ref.byteSize())) {
            held = entry.byteSize;
            importedBytes += entry.byteSize;
          }
        }
        have.append(held);
      }
    } catch (...) {
      // Nothing is known to be held: the coordinator sends it all.
      p->log(NodeService::tr("Checking the weight cache failed: %1").arg(exceptionText(std::current_exception())));
      have = QList<qint64>(entries.size(), 0);
    }
    QMetaObject::invokeMethod(
        p->context.get(),
        [p, id, have, importedBytes] { p->guarded(id, [&] { p->holdingsChecked(id, have, importedBytes); }); },
        Qt::QueuedConnection);
  });
}

void NodeService::Private::holdingsChecked(quint64 clientId, QList<qint64> have, qint64 importedBytes) {
  imported += importedBytes;
  auto it = clients.find(clientId);
  if (it == clients.end() || !it.value()->connection)
    return;
  NodeClient &client = *it.value();
  client.checking = false;
  client.held = have;
  qint64 heldBytes = 0;
  for (qint64 n : std::as_const(have))
    heldBytes += n;
  log(NodeService::tr("%1 asks for layers %2-%3 of %4 (%5 tensors, %6 bytes; %7 bytes cached)")
          .arg(client.connection->peerName())
          .arg(client.manifest->firstLayer)
          .arg(client.manifest->lastLayer - 1)
          .arg(client.manifest->modelName)
          .arg(client.manifest->tensors.size())
          .arg(client.manifest->totalBytes())
          .arg(heldBytes));
  LoadStageReplyMessage reply;
  reply.haveBytes = std::move(have);
  client.connection->replyOrIgnore(client.loadRequest, reply.encode());
  buildStageIfComplete(client);
}

void NodeService::Private::weightChunk(NodeClient &client, quint64 requestId, WeightChunkMessage message) {
  if (!client.manifest || client.link)
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("A weight chunk without a stage being loaded."));
  if (client.checking)
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("A weight chunk before the node said which tensors it holds."));
  if (message.tensorIndex >= quint32(client.manifest->tensors.size()))
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("A weight chunk for tensor %1 of %2.")
                      .arg(message.tensorIndex)
                      .arg(client.manifest->tensors.size()));
  const TensorManifestEntry &entry = client.manifest->tensors.at(message.tensorIndex);
  received += message.bytes.size();
  auto state = cache.append(entry, message.offset, message.bytes);
  if (!state)
    return refuse(client, requestId, ErrorCode::BadRequest, state.error());
  WeightAckMessage ack;
  ack.tensorIndex = message.tensorIndex;
  ack.state = *state;
  ack.receivedBytes = cache.held(entry);
  client.held[message.tensorIndex] = ack.receivedBytes;
  if (*state == WeightAckMessage::State::Corrupt)
    log(NodeService::tr("%1: tensor %2 did not match its SHA-256; discarded")
            .arg(client.connection->peerName(), entry.name));
  client.connection->replyOrIgnore(requestId, ack.encode());
  buildStageIfComplete(client);
}

void NodeService::Private::buildStageIfComplete(NodeClient &client) {
  const LoadStageMessage &m = *client.manifest;
  if (client.building || client.link)
    return;
  for (qsizetype i = 0; i < m.tensors.size(); ++i)
    if (client.held.at(i) != m.tensors.at(i).byteSize)
      return;
  ComputeOptions compute;
  compute.dtype = ComputeOptions::parseDtype(m.computeDtype).value_or(ComputeDtype::F32);
  compute.device = m.device.isEmpty() ? options.device : m.device;
  compute.kvChunk = m.kvChunk;
  auto factory = TensorFactory::create(compute);
  if (!factory)
    return refuse(client, client.loadRequest, ErrorCode::Unsupported, factory.error());
  // A stage built again from the same received tensors maps its quantized matrices.
  factory->setPackedCache(PackedWeightCache::openDefault());
  client.building = true;
  Private *p = this;
  const quint64 id = client.id;
  // Mapping the cached files and listing the config's tensors happen on the worker too: the
  // network thread only ever does constant work per message.
  workers.start([p, id, gone = client.gone, config = *client.config, entries = m.tensors,
                 factory = std::make_shared<TensorFactory>(std::move(*factory)), first = m.firstLayer,
                 last = m.lastLayer, kvChunk = m.kvChunk] {
    if (*gone)
      return;
    QElapsedTimer timer;
    timer.start();
    auto stage = std::make_shared<Expected<std::unique_ptr<Stage>>>(makeError(QString()));
    try {
      QHash<QString, TensorRef> tensors;
      for (const TensorManifestEntry &entry : entries) {
        auto ref = p->cache.tensor(entry);
        if (!ref) {
          *stage = makeError(ref.error());
          break;
        }
        tensors.insert(entry.name, *ref);
      }
      if (tensors.size() == entries.size()) {
        const Checkpoint checkpoint = Checkpoint::fromTensors(config, p->cache.directory(), tensors);
        *stage = Stage::load(checkpoint, *factory, first, last, kvChunk);
      }
    } catch (...) {
      *stage = makeError(exceptionText(std::current_exception()));
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    QMetaObject::invokeMethod(
        p->context.get(),
        [p, id, stage, options = factory->tensorOptions(), ms] {
          p->guarded(id, [&] { p->stageBuilt(id, stage, options, ms); });
        },
        Qt::QueuedConnection);
  });
}

void NodeService::Private::stageBuilt(quint64 clientId, BuiltStage stage, at::TensorOptions tensorOptions,
                                      double buildMs) {
  auto it = clients.find(clientId);
  if (it == clients.end() || !it.value()->connection)
    return;
  NodeClient &client = *it.value();
  client.building = false;
  const LoadStageMessage &m = *client.manifest;
  if (!*stage)
    return refuse(client, client.loadRequest, ErrorCode::Internal, stage->error());
  client.options = tensorOptions;
  client.kvChunk = m.kvChunk;
  client.bytesPerPosition = 2 * qint64(client.config->text.numKeyValueHeads) * client.config->text.headDim *
                            (m.lastLayer - m.firstLayer) * qint64(tensorOptions.dtype().itemsize());
  client.link = std::make_unique<LocalStageLink>(std::move(**stage), options.name, options.threads);
  const quint64 id = client.id;
  Private *p = this;
  client.link->setBatchResultHandler([p, id, plans = client.plans](std::vector<StageResult> results) {
    // On the stage's worker: encode here, send from the network thread. Every message gets its
    // answer (the replies are matched to requests in order), and nothing throws out of here.
    NodeClient::ReplyPlan plan;
    {
      QMutexLocker lock(&plans->mutex);
      if (!plans->plans.empty()) {
        plan = std::move(plans->plans.front());
        plans->plans.pop_front();
      }
    }
    EncodedMessage encoded;
    if (plan.batch) {
      encoded = encodeResultBatch(std::move(plan.entries), std::move(results));
    } else if (!results.empty() && results.front().message.kind == StageMessage::Kind::Drop) {
      DropSessionMessage echo;
      echo.session = results.front().message.session;
      encoded = echo.encode();
    } else if (!results.empty()) {
      encoded = encodeResult(results.front());
    }
    QMetaObject::invokeMethod(
        p->context.get(),
        [p, id, encoded = std::move(encoded)]() mutable {
          p->guarded(id, [&] { p->stageAnswered(id, std::move(encoded)); });
        },
        Qt::QueuedConnection);
  });
  StageReadyMessage ready;
  ready.firstLayer = m.firstLayer;
  ready.lastLayer = m.lastLayer;
  ready.weightBytes = client.link->stats().weightBytes;
  ready.freeMemoryBytes = freeMemory();
  ready.loadMs = buildMs;
  ready.description = NodeService::tr("%1: layers %2-%3, %4")
                          .arg(options.name)
                          .arg(m.firstLayer)
                          .arg(m.lastLayer - 1)
                          .arg(m.computeDtype)
                          .left(64);
  log(NodeService::tr("%1: serving layers %2-%3 (%4 bytes of weights, built in %5 ms)")
          .arg(client.connection->peerName())
          .arg(m.firstLayer)
          .arg(m.lastLayer - 1)
          .arg(ready.weightBytes)
          .arg(ready.loadMs, 0, 'f', 1));
  client.connection->replyOrIgnore(client.loadRequest, ready.encode());
}

void NodeService::Private::forward(NodeClient &client, quint64 requestId, ForwardMessage message) {
  if (!client.link)
    return refuse(client, requestId, ErrorCode::NotReady, NodeService::tr("A Forward before the stage is ready."));
  if (message.hidden.bytes.isEmpty())
    return refuse(client, requestId, ErrorCode::BadRequest, NodeService::tr("A Forward without hidden states."));
  Expected<StageMessage> stageMessage = makeError(QString());
  try {
    stageMessage = wiretensor::fromForward(message, client.options);
  } catch (...) {
    stageMessage = makeError(exceptionText(std::current_exception()));
  }
  if (!stageMessage)
    return refuse(client, requestId, ErrorCode::BadRequest, stageMessage.error());
  if (const std::optional<QString> refused = admit(client, message.session, message.cacheStart, message.hidden.rows))
    return refuse(client, requestId, ErrorCode::OutOfMemory, *refused);
  postToStage(client, requestId, std::move(*stageMessage));
}

void NodeService::Private::forwardBatch(NodeClient &client, quint64 requestId, ForwardBatchMessage message) {
  if (!client.link)
    return refuse(client, requestId, ErrorCode::NotReady, NodeService::tr("A ForwardBatch before the stage is ready."));
  Expected<std::vector<StageMessage>> stageMessages = makeError(QString());
  try {
    stageMessages = wiretensor::fromForwardBatch(message, client.options);
  } catch (...) {
    stageMessages = makeError(exceptionText(std::current_exception()));
  }
  if (!stageMessages)
    return refuse(client, requestId, ErrorCode::BadRequest, stageMessages.error());
  // Each entry is admitted on its own: one that is refused (an evicted session, no room) keeps
  // its place in the ResultBatch with the reason, and the others run.
  NodeClient::ReplyPlan plan;
  plan.batch = true;
  std::vector<StageMessage> runnable;
  for (size_t i = 0; i < stageMessages->size(); ++i) {
    StageMessage &m = (*stageMessages)[i];
    ResultBatchMessage::Entry entry;
    entry.session = m.session;
    entry.step = m.step;
    if (const std::optional<QString> refused = admit(client, m.session, m.cacheStart, m.positions.count())) {
      log(NodeService::tr("%1: %2").arg(client.connection->peerName(), *refused));
      entry.error = refused->left(wirelimits::kErrorBytes / 4);
    } else {
      runnable.push_back(std::move(m));
    }
    plan.entries.append(std::move(entry));
  }
  if (runnable.empty()) { // nothing to run: the answer needs no turn of the stage
    ResultBatchMessage batch;
    batch.entries = plan.entries;
    return void(client.connection->replyOrIgnore(requestId, batch.encode()));
  }
  {
    QMutexLocker lock(&client.plans->mutex);
    client.plans->plans.push_back(std::move(plan));
  }
  client.pending.push_back(requestId);
  client.link->postBatch(std::move(runnable));
}

std::optional<QString> NodeService::Private::admit(NodeClient &client, quint64 session, qint64 cacheStart,
                                                   qint64 rows) {
  const bool known = client.sessions.contains(session);
  if (!known && cacheStart > 0 &&
      std::find(client.evicted.begin(), client.evicted.end(), session) != client.evicted.end())
    return options.maxMemoryBytes > 0
               ? NodeService::tr("Session %1 was dropped from this node to make room (it keeps at most %2 "
                                 "sessions of one coordinator, and their KV caches within the %3 it offers); "
                                 "start it over from its first token.")
                     .arg(session)
                     .arg(options.maxSessionsPerClient)
                     .arg(QLocale::c().formattedDataSize(options.maxMemoryBytes))
               : NodeService::tr("Session %1 was dropped from this node to make room (it keeps at most %2 "
                                 "sessions of one coordinator); start it over from its first token.")
                     .arg(session)
                     .arg(options.maxSessionsPerClient);
  if (Status room = makeRoom(client, session, cacheStart, rows); !room) {
    if (!known)
      client.sessions.remove(session);
    return room.error();
  }
  return std::nullopt;
}

void NodeService::Private::postToStage(NodeClient &client, quint64 requestId, StageMessage message) {
  {
    QMutexLocker lock(&client.plans->mutex);
    client.plans->plans.push_back(NodeClient::ReplyPlan{});
  }
  client.pending.push_back(requestId);
  client.link->post(std::move(message));
}

Status NodeService::Private::makeRoom(NodeClient &client, quint64 session, qint64 cacheStart, qint64 rows) {
  NodeClient::SessionUse &use = client.sessions[session];
  use.lastUse = ++client.useClock;
  // A step that starts beyond what the session holds is refused by the stage, the cache untouched.
  if (cacheStart < 0 || cacheStart > use.length)
    return Status::ok();
  // KvCache::reserve's growth: whole chunks, at least a quarter more than before.
  const qint64 positions = cacheStart + rows;
  qint64 capacity = use.capacity;
  if (positions > capacity) {
    const qint64 wanted = qMax(positions, capacity + capacity / 4);
    capacity = (wanted + client.kvChunk - 1) / client.kvChunk * client.kvChunk;
  }
  const qint64 growth = (capacity - use.capacity) * client.bytesPerPosition;
  // The least recently used of this coordinator's other sessions.
  auto leastRecent = [&client, session]() -> std::optional<quint64> {
    std::optional<quint64> oldest;
    quint64 oldestUse = std::numeric_limits<quint64>::max();
    for (auto it = client.sessions.cbegin(); it != client.sessions.cend(); ++it)
      if (it.key() != session && it->lastUse < oldestUse) {
        oldest = it.key();
        oldestUse = it->lastUse;
      }
    return oldest;
  };
  while (client.sessions.size() > qMax(1, options.maxSessionsPerClient)) {
    const auto oldest = leastRecent();
    Q_ASSERT(oldest); // more than one session: another one is there
    if (!oldest)
      break;
    evict(client, *oldest,
          NodeService::tr("more than %1 sessions of one coordinator").arg(options.maxSessionsPerClient));
  }
  if (options.maxMemoryBytes > 0) {
    while (usedBytes() + growth > options.maxMemoryBytes) {
      const auto oldest = leastRecent();
      if (!oldest)
        break;
      evict(client, *oldest,
            NodeService::tr("KV caches beyond the %1 offered")
                .arg(QLocale::c().formattedDataSize(options.maxMemoryBytes)));
    }
    if (usedBytes() + growth > options.maxMemoryBytes)
      return makeError(NodeService::tr("Session %1 needs %2 more KV cache for %3 tokens; this node offers %4 and holds "
                                       "%5.")
                           .arg(session)
                           .arg(QLocale::c().formattedDataSize(growth))
                           .arg(positions)
                           .arg(QLocale::c().formattedDataSize(options.maxMemoryBytes))
                           .arg(QLocale::c().formattedDataSize(usedBytes())));
  }
  NodeClient::SessionUse &kept = client.sessions[session]; // evict() may have rehashed
  kept.capacity = capacity;
  kept.length = positions;
  return Status::ok();
}

void NodeService::Private::evict(NodeClient &client, quint64 session, const QString &why) {
  Q_ASSERT(client.link && client.sessions.contains(session));
  client.sessions.remove(session);
  client.evicted.push_back(session);
  while (client.evicted.size() > kEvictedKept)
    client.evicted.pop_front();
  log(NodeService::tr("%1: dropped session %2 (%3)").arg(client.connection->peerName()).arg(session).arg(why));
  // Through the stage's queue like the coordinator's drops; its echo is not sent (request id 0).
  StageMessage drop;
  drop.kind = StageMessage::Kind::Drop;
  drop.session = session;
  postToStage(client, 0, std::move(drop));
}

void NodeService::Private::stageAnswered(quint64 clientId, EncodedMessage encoded) {
  auto it = clients.find(clientId);
  if (it == clients.end() || !it.value()->connection || it.value()->pending.empty())
    return;
  NodeClient &client = *it.value();
  const quint64 requestId = client.pending.front();
  client.pending.pop_front();
  if (requestId != 0) // 0: a drop of the node's own (evict())
    client.connection->replyOrIgnore(requestId, encoded);
}

} // namespace mdi
