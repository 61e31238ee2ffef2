#include "remote/nodeservice.h"

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
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <deque>

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
  // What LoadStage's tensors hold is found out (hashing a --model folder's tensors can take
  // seconds), and the stage is built (converting weights too), on the service's workers, so that
  // the connections' heartbeats and other clients go on meanwhile. Set when the client goes: a
  // job still running for it stops early.
  std::shared_ptr<std::atomic<bool>> gone = std::make_shared<std::atomic<bool>>(false);
  bool checking = false;
  bool building = false;
  qint64 reservedBytes = 0; // the stage's weights in the compute dtype, from LoadStage on
  ~NodeClient() { *gone = true; }
};

using BuiltStage = std::shared_ptr<Expected<std::unique_ptr<Stage>>>;

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
  void holdingsChecked(quint64 clientId, QList<qint64> have, qint64 importedBytes);
  void weightChunk(NodeClient &client, quint64 requestId, WeightChunkMessage message);
  void buildStageIfComplete(NodeClient &client);
  void forward(NodeClient &client, quint64 requestId, ForwardMessage message);
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
    if (client->link)
      bytes += client->link->stats().cacheBytes;
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
                     if (it != clients.end() && it.value()->connection)
                       onFrame(*it.value(), type, requestId, payload);
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
  case MessageType::DropSession: {
    auto message = DropSessionMessage::decode(payload);
    if (!message)
      return refuse(client, requestId, ErrorCode::Protocol, message.error());
    if (!client.link) // nothing cached here: echo at once
      return void(client.connection->reply(requestId, message->encode()));
    StageMessage drop;
    drop.kind = StageMessage::Kind::Drop;
    drop.session = message->session;
    client.pending.push_back(requestId);
    client.link->post(std::move(drop));
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
  if (client.link || client.manifest)
    return refuse(client, requestId, ErrorCode::BadRequest, NodeService::tr("This connection already has a stage."));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(message.configJson, &parseError);
  if (!doc.isObject())
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("The model's config.json does not parse: %1").arg(parseError.errorString()));
  auto config = ModelConfig::fromJson(doc.object(), {}, {});
  if (!config)
    return refuse(client, requestId, ErrorCode::BadRequest, config.error());
  const int layers = config->text.numLayers;
  if (message.firstLayer < 0 || message.lastLayer > layers || message.firstLayer >= message.lastLayer)
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("Layers %1-%2 are not a range of this model's %3 layers.")
                      .arg(message.firstLayer)
                      .arg(message.lastLayer - 1)
                      .arg(layers));
  const QString asked = message.computeDtype;
  message.computeDtype = stageDtype(message);
  if (message.computeDtype != asked)
    log(NodeService::tr("%1: layers %2-%3 in %4 (asked for %5)")
            .arg(client.connection->peerName())
            .arg(message.firstLayer)
            .arg(message.lastLayer - 1)
            .arg(message.computeDtype, asked));
  if (!ComputeOptions::parseDtype(message.computeDtype))
    return refuse(client, requestId, ErrorCode::Unsupported,
                  NodeService::tr("Unknown compute dtype '%1'.").arg(message.computeDtype));
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
    return refuse(client, requestId, ErrorCode::BadRequest,
                  NodeService::tr("The manifest of layers %1-%2 does not match the model: %3")
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
  client.config = std::move(*config);
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
    QMetaObject::invokeMethod(
        p->context.get(), [p, id, have, importedBytes] { p->holdingsChecked(id, have, importedBytes); },
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
  QHash<QString, TensorRef> tensors;
  for (const TensorManifestEntry &entry : m.tensors) {
    auto ref = cache.tensor(entry);
    if (!ref)
      return refuse(client, client.loadRequest, ErrorCode::Internal, ref.error());
    tensors.insert(entry.name, *ref);
  }
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
  workers.start(
      [p, id, gone = client.gone,
       checkpoint = std::make_shared<Checkpoint>(Checkpoint::fromTensors(*client.config, cache.directory(), tensors)),
       factory = std::make_shared<TensorFactory>(std::move(*factory)), first = m.firstLayer, last = m.lastLayer,
       kvChunk = m.kvChunk] {
        if (*gone)
          return;
        QElapsedTimer timer;
        timer.start();
        auto stage = std::make_shared<Expected<std::unique_ptr<Stage>>>(makeError(QString()));
        try {
          *stage = Stage::load(*checkpoint, *factory, first, last, kvChunk);
        } catch (const c10::Error &e) {
          *stage = makeError(QString::fromStdString(e.what_without_backtrace()));
        } catch (const std::exception &e) {
          *stage = makeError(QString::fromLocal8Bit(e.what()));
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            p->context.get(),
            [p, id, stage, options = factory->tensorOptions(), ms] { p->stageBuilt(id, stage, options, ms); },
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
  client.link = std::make_unique<LocalStageLink>(std::move(**stage), options.name, options.threads);
  const quint64 id = client.id;
  Private *p = this;
  client.link->setResultHandler([p, id](StageResult result) {
    // On the stage's worker: encode here, send from the network thread.
    EncodedMessage encoded;
    if (result.message.kind == StageMessage::Kind::Drop) {
      DropSessionMessage echo;
      echo.session = result.message.session;
      encoded = echo.encode();
    } else {
      ResultMessage r;
      r.message = wiretensor::toForward(result.message);
      r.error = result.error.left(wirelimits::kErrorBytes / 4);
      if (!r.error.isEmpty())
        r.message.hidden = HiddenStates();
      encoded = r.encode();
    }
    QMetaObject::invokeMethod(
        p->context.get(), [p, id, encoded = std::move(encoded)]() mutable { p->stageAnswered(id, std::move(encoded)); },
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
  } catch (const c10::Error &e) {
    stageMessage = makeError(QString::fromStdString(e.what_without_backtrace()));
  }
  if (!stageMessage)
    return refuse(client, requestId, ErrorCode::BadRequest, stageMessage.error());
  client.pending.push_back(requestId);
  client.link->post(std::move(*stageMessage));
}

void NodeService::Private::stageAnswered(quint64 clientId, EncodedMessage encoded) {
  auto it = clients.find(clientId);
  if (it == clients.end() || !it.value()->connection || it.value()->pending.empty())
    return;
  NodeClient &client = *it.value();
  const quint64 requestId = client.pending.front();
  client.pending.pop_front();
  client.connection->replyOrIgnore(requestId, encoded);
}

} // namespace mdi
