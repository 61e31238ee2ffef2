#include "remote/remotestagelink.h"

#include "mdiversion.h"
#include "model/checkpoint.h"
#include "model/tensorfactory.h"
#include "net/peerconnection.h"
#include "remote/stagemessages.h"
#include "remote/wiretensor.h"
#include "util/sha256hasher.h"

#include <ATen/ATen.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <future>

namespace mdi {

namespace {

// SHA-256 of a tensor's stored bytes, remembered for the life of the process (keyed by file,
// size, modification time and byte range), so that loading the same layers again (a reload, a
// new plan) does not read and hash them again.
QByteArray remoteTensorSha256(const TensorRef &ref) {
  static QMutex mutex;
  static QHash<QString, QByteArray> known;
  const QFileInfo file(ref.file->path());
  const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(file.absoluteFilePath())
                          .arg(file.size())
                          .arg(file.lastModified().toMSecsSinceEpoch())
                          .arg(ref.info->offset)
                          .arg(ref.byteSize());
  {
    QMutexLocker lock(&mutex);
    const auto it = known.constFind(key);
    if (it != known.constEnd())
      return it.value();
  }
  const QByteArray sha = Sha256Hasher::hash(ref.data(), ref.byteSize());
  QMutexLocker lock(&mutex);
  known.insert(key, sha);
  return sha;
}
} // namespace

struct RemoteStageLink::Private {
  Options options;
  QString name; // host:port
  QThread thread;
  QObject *context = nullptr; // lives in thread
  PeerConnection *connection = nullptr;
  at::TensorOptions tensorOptions;

  // Loading (network thread).
  LoadStageMessage load;
  QList<TensorRef> refs;
  QList<qint64> have;
  qsizetype shipTensor = 0;
  qint64 shipOffset = 0;
  quint64 loadRequest = 0;
  bool shipping = false; // after LoadStageReply: the node said what it lacks
  bool loaded = false;
  std::promise<Status> loadPromise;
  bool promiseSet = false;
  std::atomic<qint64> sent{0};
  qint64 toShip = 0;    // bytes the node lacks (after LoadStageReply)
  QString progressHost; // the peer as the progress names it: its host, then its own name
  QElapsedTimer loadTimer;

  // Serving (network thread).
  struct InFlight {
    StageMessage::Kind kind;
    quint64 session;
    qint64 step;
    QElapsedTimer timer;
  };
  QHash<quint64, InFlight> inFlight;
  ResultHandler handler;
  std::function<void(const QString &)> lostHandler;
  bool lostUntold = false; // the connection ended after the load before a lost handler was set
  std::function<void()> statsHandler;
  quint64 statsRequest = 0; // the StatsRequest awaiting its answer
  bool nodeStatsSeen = false;
  QTimer *statsTimer = nullptr;
  QString closedReason;
  std::atomic<bool> connected{false};
  bool closing = false;

  mutable QMutex statsMutex;
  StageStats stats;

  void settle(Status status) {
    if (!promiseSet) {
      promiseSet = true;
      loadPromise.set_value(std::move(status));
    }
  }
  void start(const PeerConnection::Credentials &credentials);
  void onFrame(MessageType type, quint64 requestId, const QByteArray &payload);
  void ship();
  void onClosed(const QString &reason);
  void answerError(quint64 requestId, const QString &error);
  void sendStage(EncodedMessage encoded, StageMessage::Kind kind, quint64 session, qint64 step);
  void sendStatsRequest();
  void onStats(const QByteArray &payload);
  void report(LoadProgress::Phase phase, qint64 done = 0, qint64 total = 0) const {
    if (!options.progress)
      return;
    LoadProgress progress;
    progress.phase = phase;
    progress.firstLayer = load.firstLayer;
    progress.lastLayer = load.lastLayer;
    progress.host = progressHost;
    progress.bytesDone = done;
    progress.bytesTotal = total;
    options.progress(progress);
  }
};

void RemoteStageLink::Private::start(const PeerConnection::Credentials &credentials) {
  PeerConnection::Options connectionOptions;
  connectionOptions.heartbeatIntervalMs = options.heartbeatIntervalMs;
  connectionOptions.heartbeatTimeoutMs = options.heartbeatTimeoutMs;
  connection =
      PeerConnection::connectToNode(options.peer.host, options.peer.port, credentials, connectionOptions, context);
  QObject::connect(connection, &PeerConnection::connected, context, [this] {
    connected = true;
    HelloMessage hello;
    hello.peer.nodeId = options.peer.identity;
    hello.peer.name = QStringLiteral("MDI Chat");
    hello.peer.appVersion = QStringLiteral(MDI_VERSION_STRING);
    hello.peer.device = QStringLiteral("cpu");
    hello.peer.capabilities = {QStringLiteral("bf16"), QStringLiteral("f32")};
    // A Hello always fits a frame; a socket that fails reports it through disconnected().
    static_cast<void>(connection->send(hello.encode()));
  });
  QObject::connect(
      connection, &PeerConnection::frameReceived, context,
      [this](MessageType type, quint64 requestId, const QByteArray &payload) { onFrame(type, requestId, payload); });
  QObject::connect(connection, &PeerConnection::bytesWritten, context, [this](qint64) { ship(); });
  QObject::connect(connection, &PeerConnection::disconnected, context,
                   [this](const QString &reason) { onClosed(reason); });
}

void RemoteStageLink::Private::onFrame(MessageType type, quint64 requestId, const QByteArray &payload) {
  switch (type) {
  case MessageType::HelloAck: {
    auto ack = HelloAckMessage::decode(payload);
    if (!ack)
      return settle(makeError(RemoteStageLink::tr("%1 answered Hello with a bad message: %2").arg(name, ack.error())));
    {
      QMutexLocker lock(&statsMutex);
      stats.host = ack->peer.name.isEmpty() ? name : RemoteStageLink::tr("%1 (%2)").arg(ack->peer.name, name);
      stats.description =
          RemoteStageLink::tr("%1: layers %2-%3").arg(stats.host).arg(load.firstLayer).arg(load.lastLayer - 1);
      stats.freeMemoryBytes = ack->peer.freeMemoryBytes;
    }
    if (!ack->peer.name.isEmpty())
      progressHost = ack->peer.name;
    auto sent = connection->send(load.encode());
    if (!sent)
      return settle(makeError(sent.error()));
    loadRequest = *sent;
    report(LoadProgress::Phase::Connecting);
    return;
  }
  case MessageType::LoadStageReply: {
    auto reply = LoadStageReplyMessage::decode(payload);
    if (!reply || reply->haveBytes.size() != load.tensors.size())
      return settle(makeError(RemoteStageLink::tr("%1 sent a bad answer to LoadStage.").arg(name)));
    have = reply->haveBytes;
    toShip = 0;
    for (qsizetype i = 0; i < have.size(); ++i) {
      have[i] = qBound<qint64>(0, have.at(i), load.tensors.at(i).byteSize);
      toShip += load.tensors.at(i).byteSize - have.at(i);
    }
    if (toShip == 0)
      report(LoadProgress::Phase::Cached);
    else
      report(LoadProgress::Phase::Shipping, 0, toShip);
    shipTensor = 0;
    shipOffset = have.isEmpty() ? 0 : have.at(0);
    shipping = true;
    ship();
    return;
  }
  case MessageType::WeightAck: {
    auto ack = WeightAckMessage::decode(payload);
    if (!ack)
      return settle(makeError(RemoteStageLink::tr("%1 sent a bad WeightAck: %2").arg(name, ack.error())));
    if (ack->state == WeightAckMessage::State::Corrupt && ack->tensorIndex < quint32(load.tensors.size()))
      return settle(makeError(RemoteStageLink::tr("%1 received tensor %2 damaged (SHA-256 mismatch).")
                                  .arg(name, load.tensors.at(ack->tensorIndex).name)));
    return;
  }
  case MessageType::StageReady: {
    auto ready = StageReadyMessage::decode(payload);
    if (!ready)
      return settle(makeError(RemoteStageLink::tr("%1 sent a bad StageReady: %2").arg(name, ready.error())));
    loaded = true;
    {
      QMutexLocker lock(&statsMutex);
      stats.weightBytes = ready->weightBytes;
      stats.freeMemoryBytes = ready->freeMemoryBytes;
      stats.loadMs = loadTimer.nsecsElapsed() / 1e6;
    }
    if (options.statsIntervalMs > 0) {
      statsTimer = new QTimer(context);
      QObject::connect(statsTimer, &QTimer::timeout, context, [this] { sendStatsRequest(); });
      statsTimer->start(options.statsIntervalMs);
    }
    return settle(Status::ok());
  }
  case MessageType::Result: {
    auto it = inFlight.find(requestId);
    if (it == inFlight.end())
      return;
    const InFlight pending = it.value();
    inFlight.erase(it);
    StageResult result;
    result.message.kind = StageMessage::Kind::Forward;
    result.message.session = pending.session;
    result.message.step = pending.step;
    auto decoded = ResultMessage::decode(payload);
    if (!decoded) {
      result.error = RemoteStageLink::tr("%1 sent a bad Result: %2").arg(name, decoded.error());
    } else if (!decoded->error.isEmpty()) {
      result.error = RemoteStageLink::tr("%1: %2").arg(name, decoded->error);
    } else {
      try {
        auto message = wiretensor::fromForward(decoded->message, tensorOptions);
        if (message)
          result.message = std::move(*message);
        else
          result.error = RemoteStageLink::tr("%1 sent a bad Result: %2").arg(name, message.error());
      } catch (const c10::Error &e) {
        result.error = QString::fromStdString(e.what_without_backtrace());
      }
    }
    {
      QMutexLocker lock(&statsMutex);
      stats.forwards += 1;
      stats.tokens += result.message.positions.count();
      if (!nodeStatsSeen) // until the node says how long it computed: the round trips
        stats.busyMs += pending.timer.nsecsElapsed() / 1e6;
    }
    if (handler)
      handler(std::move(result));
    return;
  }
  case MessageType::DropSession: {
    auto it = inFlight.find(requestId);
    if (it == inFlight.end())
      return;
    StageResult result;
    result.message.kind = StageMessage::Kind::Drop;
    result.message.session = it->session;
    inFlight.erase(it);
    if (handler)
      handler(std::move(result));
    return;
  }
  case MessageType::Stats:
    if (requestId == statsRequest)
      onStats(payload);
    return;
  case MessageType::Error: {
    if (requestId != 0 && requestId == statsRequest) { // a node that keeps no statistics
      statsRequest = 0;
      return;
    }
    auto error = ErrorMessage::decode(payload);
    const QString text = error ? error->message : RemoteStageLink::tr("an unreadable error");
    if (!loaded)
      return settle(makeError(RemoteStageLink::tr("%1 refused the stage: %2").arg(name, text)));
    return answerError(requestId, RemoteStageLink::tr("%1: %2").arg(name, text));
  }
  default:
    return;
  }
}

void RemoteStageLink::Private::ship() {
  if (!shipping || loaded || promiseSet || !connection || !connection->isConnected())
    return;
  const qint64 sentBefore = sent;
  while (shipTensor < load.tensors.size() && connection->bytesToWrite() < options.windowBytes) {
    const qint64 size = load.tensors.at(shipTensor).byteSize;
    if (shipOffset >= size) {
      ++shipTensor;
      shipOffset = shipTensor < have.size() ? have.at(shipTensor) : 0;
      continue;
    }
    const qint64 n = qMin(options.chunkBytes, size - shipOffset);
    WeightChunkMessage chunk;
    chunk.tensorIndex = quint32(shipTensor);
    chunk.offset = shipOffset;
    chunk.bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(refs.at(shipTensor).data()) + shipOffset, n);
    auto id = connection->send(chunk.encode());
    if (!id)
      return settle(makeError(id.error()));
    shipOffset += n;
    sent += n;
  }
  // Counted when queued: the socket holds at most windowBytes of them.
  if (sent != sentBefore) {
    report(LoadProgress::Phase::Shipping, sent, toShip);
    if (sent >= toShip)
      report(LoadProgress::Phase::Building);
  }
}

void RemoteStageLink::Private::answerError(quint64 requestId, const QString &error) {
  auto it = inFlight.find(requestId);
  if (it == inFlight.end())
    return;
  StageResult result;
  result.message.kind = it->kind;
  result.message.session = it->session;
  result.message.step = it->step;
  if (it->kind == StageMessage::Kind::Forward)
    result.error = error;
  inFlight.erase(it);
  if (handler)
    handler(std::move(result));
}

void RemoteStageLink::Private::onClosed(const QString &reason) {
  connected = false;
  closedReason = reason.isEmpty() ? RemoteStageLink::tr("the connection closed") : reason;
  connection = nullptr; // deleted later by its parent (the context)
  settle(makeError(RemoteStageLink::tr("%1: %2").arg(name, closedReason)));
  if (closing)
    return;
  // First the news (so that the coordinator re-plans before it sees the errors), then the steps
  // in flight end with an error, oldest first.
  if (loaded && lostHandler)
    lostHandler(closedReason);
  else if (loaded)
    lostUntold = true;
  QList<quint64> ids = inFlight.keys();
  std::sort(ids.begin(), ids.end());
  for (quint64 id : ids)
    answerError(id, RemoteStageLink::tr("Lost the peer %1: %2").arg(name, closedReason));
}

void RemoteStageLink::Private::sendStatsRequest() {
  if (closing || !loaded || statsRequest != 0 || !connection || !connection->isConnected())
    return;
  auto id = connection->send(StatsRequestMessage().encode());
  if (id)
    statsRequest = *id;
}

void RemoteStageLink::Private::onStats(const QByteArray &payload) {
  statsRequest = 0;
  auto reported = StatsMessage::decode(payload);
  if (!reported)
    return; // a bad answer: keep what was known
  {
    QMutexLocker lock(&statsMutex);
    // Forwards and tokens stay those that came back here (the node may count steps whose results
    // are still on the way); the rest is the node's.
    nodeStatsSeen = true;
    stats.busyMs = reported->stage.busyMs;
    stats.waitMs = 0;
    stats.weightBytes = reported->stage.weightBytes;
    stats.cacheBytes = reported->stage.cacheBytes;
    stats.sessions = reported->stage.sessions;
    stats.freeMemoryBytes = reported->freeMemoryBytes;
    stats.load = reported->load;
    if (connection)
      stats.roundTripMs = connection->roundTripMs();
  }
  if (statsHandler)
    statsHandler();
}

void RemoteStageLink::Private::sendStage(EncodedMessage encoded, StageMessage::Kind kind, quint64 session,
                                         qint64 step) {
  InFlight pending{kind, session, step, {}};
  pending.timer.start();
  if (closing)
    return;
  if (!connection || !connection->isConnected()) {
    StageResult result;
    result.message.kind = kind;
    result.message.session = session;
    result.message.step = step;
    if (kind == StageMessage::Kind::Forward)
      result.error = RemoteStageLink::tr("Lost the peer %1: %2").arg(name, closedReason);
    if (handler)
      handler(std::move(result));
    return;
  }
  auto id = connection->send(encoded);
  if (!id) {
    StageResult result;
    result.message.kind = kind;
    result.message.session = session;
    result.message.step = step;
    if (kind == StageMessage::Kind::Forward)
      result.error = RemoteStageLink::tr("%1: %2").arg(name, id.error());
    if (handler)
      handler(std::move(result));
    return;
  }
  inFlight.insert(*id, pending);
}

Expected<std::unique_ptr<RemoteStageLink>> RemoteStageLink::connect(const Options &options,
                                                                    const Checkpoint &checkpoint,
                                                                    const ComputeOptions &compute, int firstLayer,
                                                                    int lastLayer) {
  auto d = std::make_unique<Private>();
  d->options = options;
  d->name = QStringLiteral("%1:%2").arg(options.peer.host).arg(options.peer.port);
  auto factory = TensorFactory::create(compute);
  if (!factory)
    return makeError(factory.error());
  d->tensorOptions = factory->tensorOptions();

  // The manifest: exactly the decoder tensors of the layers, each with its SHA-256.
  LoadStageMessage &load = d->load;
  load.modelName = QFileInfo(checkpoint.directory()).fileName();
  QFile configFile(QDir(checkpoint.directory()).filePath(QStringLiteral("config.json")));
  if (!configFile.open(QIODevice::ReadOnly))
    return makeError(RemoteStageLink::tr("Cannot read %1: %2").arg(configFile.fileName(), configFile.errorString()));
  load.configJson = configFile.readAll();
  load.firstLayer = firstLayer;
  load.lastLayer = lastLayer;
  load.computeDtype = ComputeOptions::dtypeName(compute.dtype);
  load.kvChunk = compute.kvChunk;
  d->progressHost = options.peer.host;
  qint64 hashTotal = 0;
  for (const TensorSpec &spec : checkpoint.config().tensorSpecs())
    if (spec.part == TensorSpec::Part::Decoder && spec.layer >= firstLayer && spec.layer < lastLayer)
      if (const TensorRef ref = checkpoint.tensor(spec.name); ref.isValid())
        hashTotal += ref.byteSize();
  qint64 hashed = 0;
  d->report(LoadProgress::Phase::Hashing, 0, hashTotal);
  for (const TensorSpec &spec : checkpoint.config().tensorSpecs()) {
    if (spec.part != TensorSpec::Part::Decoder || spec.layer < firstLayer || spec.layer >= lastLayer)
      continue;
    const TensorRef ref = checkpoint.tensor(spec.name);
    if (!ref.isValid())
      return makeError(RemoteStageLink::tr("The checkpoint has no tensor %1.").arg(spec.name));
    TensorManifestEntry entry;
    entry.name = spec.name;
    entry.dtype = dtypeName(ref.dtype());
    entry.shape = ref.shape();
    entry.byteSize = ref.byteSize();
    entry.sha256 = remoteTensorSha256(ref);
    hashed += entry.byteSize;
    d->report(LoadProgress::Phase::Hashing, hashed, hashTotal);
    load.tensors.append(entry);
    d->refs.append(ref);
  }
  d->stats.description = RemoteStageLink::tr("%1: layers %2-%3").arg(d->name).arg(firstLayer).arg(lastLayer - 1);
  d->stats.firstLayer = firstLayer;
  d->stats.lastLayer = lastLayer;
  d->stats.host = d->name;
  d->stats.remote = true;
  d->loadTimer.start();

  PeerConnection::Credentials credentials;
  credentials.identity = options.peer.identity;
  credentials.expectedNodeId = options.peer.nodeId;
  credentials.key = options.peer.key;
  credentials.pairingCode = options.peer.pairingCode;

  d->thread.setObjectName(QStringLiteral("peer %1").arg(d->name));
  d->thread.start();
  d->context = new QObject;
  d->context->moveToThread(&d->thread);
  std::future<Status> loaded = d->loadPromise.get_future();
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context, [p, credentials] { p->start(credentials); }, Qt::QueuedConnection);
  Status status = Status::ok();
  if (options.cancel) {
    while (loaded.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready && !options.cancel->load()) {
    }
    status = loaded.wait_for(std::chrono::seconds(0)) == std::future_status::ready
                 ? loaded.get()
                 : makeError(RemoteStageLink::tr("Loading layers %1-%2 on %3 was cancelled.")
                                 .arg(firstLayer)
                                 .arg(lastLayer - 1)
                                 .arg(p->name));
  } else {
    status = loaded.get();
  }
  std::unique_ptr<RemoteStageLink> link(new RemoteStageLink(std::move(d)));
  if (!status)
    return makeError(status.error());
  return link;
}

RemoteStageLink::RemoteStageLink(std::unique_ptr<Private> d) : d(std::move(d)) {}

RemoteStageLink::~RemoteStageLink() {
  Private *p = d.get();
  if (p->thread.isRunning()) {
    QMetaObject::invokeMethod(
        p->context,
        [p] {
          p->closing = true;
          delete p->context; // and the connection with it
          p->context = nullptr;
          p->connection = nullptr;
        },
        Qt::BlockingQueuedConnection);
    p->thread.quit();
    p->thread.wait();
  }
  delete p->context;
}

void RemoteStageLink::setResultHandler(ResultHandler handler) {
  d->handler = std::move(handler);
}

void RemoteStageLink::setLostHandler(std::function<void(const QString &)> handler) {
  // Set on the network thread, where the connection's end is noticed, so that the news is
  // neither lost nor told twice however the two race.
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context,
      [p, handler = std::move(handler)] {
        p->lostHandler = handler;
        if (p->lostUntold && !p->closing) {
          p->lostUntold = false;
          handler(p->closedReason);
        }
      },
      Qt::QueuedConnection);
}

void RemoteStageLink::setStatsHandler(std::function<void()> handler) {
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context, [p, handler = std::move(handler)] { p->statsHandler = handler; }, Qt::QueuedConnection);
}

void RemoteStageLink::requestStats() {
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context, [p] { p->sendStatsRequest(); }, Qt::QueuedConnection);
}

void RemoteStageLink::post(StageMessage message) {
  EncodedMessage encoded;
  if (message.kind == StageMessage::Kind::Drop) {
    DropSessionMessage drop;
    drop.session = message.session;
    encoded = drop.encode();
  } else {
    encoded = wiretensor::toForward(message).encode();
  }
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context,
      [p, encoded = std::move(encoded), kind = message.kind, session = message.session, step = message.step]() mutable {
        p->sendStage(std::move(encoded), kind, session, step);
      },
      Qt::QueuedConnection);
}

StageStats RemoteStageLink::stats() const {
  QMutexLocker lock(&d->statsMutex);
  return d->stats;
}

bool RemoteStageLink::isConnected() const {
  return d->connected;
}

qint64 RemoteStageLink::weightBytesSent() const {
  return d->sent;
}

QString RemoteStageLink::peerName() const {
  return d->name;
}

} // namespace mdi
