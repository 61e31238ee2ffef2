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

#include <algorithm>
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
// Deadlines, before Options::deadlineScale: generous for the slowest machine worth using, so
// that only a node that stopped (or stalls on purpose) meets one.
constexpr double kBaseMs = 30000;         // any answer: the network, a busy node
constexpr double kHashBytesPerMs = 20000; // a node hashing its --model folder: 20 MB/s
constexpr double kBuildBytesPerMs = 5000; // building a stage, converting weights: 5 MB/s
constexpr double kFlopsPerMs = 1e6;       // a Forward: 1 GFLOP/s
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
  // The load's deadline (ms on loadTimer; < 0: none) and what the node is waiting to do.
  double loadDeadlineMs = -1;
  QString awaited;
  qint64 weightElements = 0; // of the stage's tensors (a Forward's work)
  qint64 hiddenSize = 0;
  int layers = 0;
  QTimer *watchdog = nullptr;

  // Serving (network thread).
  // A step sent, with what its Result must look like and what travels on with it.
  struct InFlight {
    StageMessage::Kind kind = StageMessage::Kind::Forward;
    quint64 session = 0;
    qint64 step = 0;
    QElapsedTimer timer;
    qint64 cacheStart = 0;
    bool lastRowOnly = false;
    PositionIds positions;
    qint64 rows = 0;
    double budgetMs = 0; // how long the node may take once it is this step's turn
    // A ForwardBatch: its entries in order (each a Forward's fields; the fields above are unused
    // but rows, the sum of the entries' rows).
    std::vector<InFlight> entries;
    bool isBatch() const { return !entries.empty(); }
  };
  QHash<quint64, InFlight> inFlight;
  double lastAnswerMs = 0; // on loadTimer: when the node last answered a step
  ResultHandler handler;
  BatchResultHandler batchHandler;
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
  void sendStage(EncodedMessage encoded, InFlight pending);
  void onResult(quint64 requestId, const QByteArray &payload);
  void onResultBatch(quint64 requestId, const QByteArray &payload);
  // Hidden states from the node as a tensor: rows x the model's width, a known dtype, finite
  // values. The error says what came instead (the node then broke a rule).
  Expected<at::Tensor> checkedHidden(const HiddenStates &hidden, qint64 rows) const;
  // Hands results to whichever handler is set (the batch handler gets them together).
  void deliver(std::vector<StageResult> results) {
    if (batchHandler) {
      batchHandler(std::move(results));
    } else if (handler) {
      for (StageResult &result : results)
        handler(std::move(result));
    }
  }
  void deliver(StageResult result) {
    std::vector<StageResult> one;
    one.push_back(std::move(result));
    deliver(std::move(one));
  }
  // The error answer of a step in flight (every entry of a batch).
  void failStep(const InFlight &step, const QString &error) {
    std::vector<StageResult> results;
    for (const InFlight &entry : step.isBatch() ? step.entries : std::vector<InFlight>{step}) {
      StageResult result;
      result.message.kind = entry.kind;
      result.message.session = entry.session;
      result.message.step = entry.step;
      if (entry.kind == StageMessage::Kind::Forward)
        result.error = error;
      results.push_back(std::move(result));
    }
    deliver(std::move(results));
  }
  // The peer as messages name it: "name (host:port)" once it said its name.
  QString peerLabel() const {
    QMutexLocker lock(&statsMutex);
    return stats.host.isEmpty() ? name : stats.host;
  }
  // The node broke a rule (a deadline, a bad Result): it is treated as lost.
  void misbehaved(const QString &what);
  void armLoadDeadline(double budgetMs, const QString &what);
  // While weights are still to be sent: a stall of the base deadline; once all are queued, the
  // node also has the time to build the stage.
  void armShippingDeadline();
  void checkDeadlines();
  double forwardBudgetMs(qint64 rows, qint64 cacheStart) const;
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
  if (options.deadlineScale > 0) {
    watchdog = new QTimer(context);
    QObject::connect(watchdog, &QTimer::timeout, context, [this] { checkDeadlines(); });
    watchdog->start(qBound(5, int(kBaseMs * options.deadlineScale / 20), 1000));
  }
  // Until the TLS handshake is done PeerConnection's connect timeout applies; then the deadlines.
  QObject::connect(connection, &PeerConnection::connected, context, [this] {
    connected = true;
    armLoadDeadline(kBaseMs, RemoteStageLink::tr("answer Hello"));
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
  QObject::connect(connection, &PeerConnection::bytesWritten, context, [this](qint64) {
    if (shipping && !loaded && !promiseSet) // the node takes what is queued: progress
      armShippingDeadline();
    ship();
  });
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
    armLoadDeadline(kBaseMs + double(load.totalBytes()) / kHashBytesPerMs, RemoteStageLink::tr("answer LoadStage"));
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
    armShippingDeadline();
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
    // Progress: the node has until a stall (or the build after the last tensor) from here.
    armShippingDeadline();
    return;
  }
  case MessageType::StageReady: {
    auto ready = StageReadyMessage::decode(payload);
    if (!ready)
      return settle(makeError(RemoteStageLink::tr("%1 sent a bad StageReady: %2").arg(name, ready.error())));
    loaded = true;
    loadDeadlineMs = -1;
    lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
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
  case MessageType::Result:
    return onResult(requestId, payload);
  case MessageType::ResultBatch:
    return onResultBatch(requestId, payload);
  case MessageType::DropSession: {
    auto it = inFlight.find(requestId);
    if (it == inFlight.end())
      return;
    lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
    StageResult result;
    result.message.kind = StageMessage::Kind::Drop;
    result.message.session = it->session;
    inFlight.erase(it);
    deliver(std::move(result));
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
    armShippingDeadline();
    report(LoadProgress::Phase::Shipping, sent, toShip);
    if (sent >= toShip)
      report(LoadProgress::Phase::Building);
  }
}

void RemoteStageLink::Private::answerError(quint64 requestId, const QString &error) {
  auto it = inFlight.find(requestId);
  if (it == inFlight.end())
    return;
  lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
  const InFlight step = it.value();
  inFlight.erase(it);
  failStep(step, error);
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

void RemoteStageLink::Private::sendStage(EncodedMessage encoded, InFlight pending) {
  pending.timer.start();
  if (closing)
    return;
  auto failNow = [&](const QString &error) { failStep(pending, error); };
  if (!connection || !connection->isConnected())
    return failNow(RemoteStageLink::tr("Lost the peer %1: %2").arg(name, closedReason));
  auto id = connection->send(encoded);
  if (!id)
    return failNow(RemoteStageLink::tr("%1: %2").arg(name, id.error()));
  if (pending.isBatch()) {
    pending.budgetMs = kBaseMs;
    for (const InFlight &entry : pending.entries)
      pending.budgetMs += forwardBudgetMs(entry.rows, entry.cacheStart) - kBaseMs;
  } else {
    pending.budgetMs =
        pending.kind == StageMessage::Kind::Forward ? forwardBudgetMs(pending.rows, pending.cacheStart) : kBaseMs;
  }
  if (inFlight.isEmpty()) // the node is idle: this step's turn starts now
    lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
  inFlight.insert(*id, std::move(pending));
}

double RemoteStageLink::Private::forwardBudgetMs(qint64 rows, qint64 cacheStart) const {
  // Two flops per weight and row, and attention over the cache: 4 per row, position, width, layer.
  const double flops = 2.0 * double(rows) * double(weightElements) +
                       4.0 * double(rows) * double(cacheStart + rows) * double(hiddenSize) * double(layers);
  return kBaseMs + flops / kFlopsPerMs;
}

void RemoteStageLink::Private::onResult(quint64 requestId, const QByteArray &payload) {
  auto it = inFlight.find(requestId);
  if (it == inFlight.end())
    return;
  // Stays in flight until the Result passes: a node that broke a rule is lost, and onClosed()
  // answers this step with the others.
  const InFlight pending = it.value();
  lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
  StageResult result;
  result.message.kind = StageMessage::Kind::Forward;
  result.message.session = pending.session;
  result.message.step = pending.step;
  auto decoded = ResultMessage::decode(payload);
  if (!decoded)
    return misbehaved(RemoteStageLink::tr("sent an unreadable Result (%1)").arg(decoded.error()));
  if (!decoded->error.isEmpty()) {
    // The node could not compute the step and says why: an error of this step, not of the node.
    result.error = RemoteStageLink::tr("%1: %2").arg(name, decoded->error);
  } else {
    if (decoded->message.session != pending.session || decoded->message.step != pending.step)
      return misbehaved(RemoteStageLink::tr("answered step %1 of session %2 with step %3 of session %4")
                            .arg(pending.step)
                            .arg(pending.session)
                            .arg(decoded->message.step)
                            .arg(decoded->message.session));
    const Expected<at::Tensor> hidden = checkedHidden(decoded->message.hidden, pending.lastRowOnly ? 1 : pending.rows);
    if (!hidden)
      return misbehaved(hidden.error());
    // What goes on to the next stage is what this side sent, with the node's hidden states.
    result.message.cacheStart = pending.cacheStart;
    result.message.lastRowOnly = pending.lastRowOnly;
    result.message.positions = pending.positions;
    result.message.hidden = *hidden;
  }
  inFlight.remove(requestId);
  {
    QMutexLocker lock(&statsMutex);
    stats.forwards += 1;
    stats.passes += 1;
    stats.tokens += pending.positions.count();
    if (!nodeStatsSeen) // until the node says how long it computed: the round trips
      stats.busyMs += pending.timer.nsecsElapsed() / 1e6;
  }
  deliver(std::move(result));
}

Expected<at::Tensor> RemoteStageLink::Private::checkedHidden(const HiddenStates &hidden, qint64 rows) const {
  if (Status shape = wiretensor::checkShape(hidden, rows, hiddenSize); !shape)
    return makeError(RemoteStageLink::tr("sent %1").arg(shape.error()));
  try {
    Expected<at::Tensor> tensor = wiretensor::fromWire(hidden, tensorOptions);
    if (!tensor)
      return makeError(RemoteStageLink::tr("sent hidden states that could not be read (%1)").arg(tensor.error()));
    if (Status finite = wiretensor::checkFinite(*tensor); !finite)
      return makeError(RemoteStageLink::tr("sent %1").arg(finite.error()));
    return tensor;
  } catch (const std::exception &e) {
    return makeError(
        RemoteStageLink::tr("sent hidden states that could not be read (%1)").arg(QString::fromLocal8Bit(e.what())));
  }
}

void RemoteStageLink::Private::onResultBatch(quint64 requestId, const QByteArray &payload) {
  auto it = inFlight.find(requestId);
  if (it == inFlight.end())
    return;
  const InFlight pending = it.value();
  if (!pending.isBatch())
    return misbehaved(RemoteStageLink::tr("answered a Forward with a ResultBatch"));
  lastAnswerMs = loadTimer.nsecsElapsed() / 1e6;
  auto decoded = ResultBatchMessage::decode(payload);
  if (!decoded)
    return misbehaved(RemoteStageLink::tr("sent an unreadable ResultBatch (%1)").arg(decoded.error()));
  if (decoded->entries.size() != qsizetype(pending.entries.size()))
    return misbehaved(RemoteStageLink::tr("answered a batch of %1 steps with %2")
                          .arg(pending.entries.size())
                          .arg(decoded->entries.size()));
  // Every entry as asked (same session and step, in order; its rows), then the hidden states of
  // those that succeeded, as one checked tensor.
  qint64 rows = 0;
  for (qsizetype i = 0; i < decoded->entries.size(); ++i) {
    const ResultBatchMessage::Entry &got = decoded->entries[i];
    const InFlight &asked = pending.entries[size_t(i)];
    if (got.session != asked.session || got.step != asked.step)
      return misbehaved(RemoteStageLink::tr("answered step %1 of session %2 with step %3 of session %4")
                            .arg(asked.step)
                            .arg(asked.session)
                            .arg(got.step)
                            .arg(got.session));
    const qint64 expected = asked.lastRowOnly ? 1 : asked.rows;
    if (got.error.isEmpty() && got.rows != expected)
      return misbehaved(RemoteStageLink::tr("sent %1 rows for a step of session %2 that has %3")
                            .arg(got.rows)
                            .arg(asked.session)
                            .arg(expected));
    rows += got.rows;
  }
  at::Tensor all;
  if (rows > 0) {
    const Expected<at::Tensor> hidden = checkedHidden(decoded->hidden, rows);
    if (!hidden)
      return misbehaved(hidden.error());
    all = *hidden;
  }
  std::vector<StageResult> results;
  results.reserve(pending.entries.size());
  qint64 row = 0, tokens = 0;
  for (qsizetype i = 0; i < decoded->entries.size(); ++i) {
    const ResultBatchMessage::Entry &got = decoded->entries[i];
    const InFlight &asked = pending.entries[size_t(i)];
    StageResult result;
    result.message.kind = StageMessage::Kind::Forward;
    result.message.session = asked.session;
    result.message.step = asked.step;
    if (!got.error.isEmpty()) {
      result.error = RemoteStageLink::tr("%1: %2").arg(name, got.error);
    } else {
      result.message.cacheStart = asked.cacheStart;
      result.message.lastRowOnly = asked.lastRowOnly;
      result.message.positions = asked.positions;
      result.message.hidden = all.narrow(0, row, got.rows);
      row += got.rows;
    }
    tokens += asked.positions.count();
    results.push_back(std::move(result));
  }
  inFlight.remove(requestId);
  {
    QMutexLocker lock(&statsMutex);
    stats.forwards += qint64(results.size());
    stats.passes += 1;
    stats.tokens += tokens;
    if (!nodeStatsSeen)
      stats.busyMs += pending.timer.nsecsElapsed() / 1e6;
  }
  deliver(std::move(results));
}

void RemoteStageLink::Private::misbehaved(const QString &what) {
  const QString reason = RemoteStageLink::tr("%1 %2").arg(peerLabel(), what);
  if (!loaded) {
    settle(makeError(reason));
    if (connection)
      connection->close(reason);
    return;
  }
  if (connection && connection->isConnected())
    connection->close(reason); // disconnected(reason) follows at once: onClosed() tells the news
  else
    onClosed(reason);
}

void RemoteStageLink::Private::armShippingDeadline() {
  if (sent < toShip)
    armLoadDeadline(kBaseMs, RemoteStageLink::tr("take the weights"));
  else
    armLoadDeadline(kBaseMs + double(load.totalBytes()) / kBuildBytesPerMs, RemoteStageLink::tr("send StageReady"));
}

void RemoteStageLink::Private::armLoadDeadline(double budgetMs, const QString &what) {
  loadDeadlineMs = loadTimer.nsecsElapsed() / 1e6 + budgetMs * options.deadlineScale;
  awaited = what;
}

void RemoteStageLink::Private::checkDeadlines() {
  if (closing || options.deadlineScale <= 0 || !connection)
    return;
  const double now = loadTimer.nsecsElapsed() / 1e6;
  if (!loaded) {
    if (!promiseSet && loadDeadlineMs >= 0 && now > loadDeadlineMs)
      misbehaved(RemoteStageLink::tr("did not %1 in time (layers %2-%3)")
                     .arg(awaited)
                     .arg(load.firstLayer)
                     .arg(load.lastLayer - 1));
    return;
  }
  if (inFlight.isEmpty())
    return;
  // The node answers in order: only the oldest step is its to finish now.
  const quint64 oldest = *std::min_element(inFlight.keyBegin(), inFlight.keyEnd());
  const InFlight &step = inFlight.value(oldest);
  const double started = qMax(lastAnswerMs, now - step.timer.nsecsElapsed() / 1e6);
  const double budget = step.budgetMs * options.deadlineScale;
  if (now - started > budget)
    misbehaved(step.kind == StageMessage::Kind::Forward
                   ? RemoteStageLink::tr("did not answer a Forward (%1 tokens) within %2 s")
                         .arg(step.rows)
                         .arg(budget / 1000, 0, 'f', 1)
                   : RemoteStageLink::tr("did not answer a DropSession within %1 s").arg(budget / 1000, 0, 'f', 1));
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
    d->weightElements += spec.elementCount();
    d->report(LoadProgress::Phase::Hashing, hashed, hashTotal);
    load.tensors.append(entry);
    d->refs.append(ref);
  }
  d->hiddenSize = checkpoint.config().text.hiddenSize;
  d->layers = lastLayer - firstLayer;
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

// What a Result for `message` must look like and what travels on with it.
static RemoteStageLink::Private::InFlight inFlightOf(const StageMessage &message) {
  RemoteStageLink::Private::InFlight pending;
  pending.kind = message.kind;
  pending.session = message.session;
  pending.step = message.step;
  if (message.kind == StageMessage::Kind::Forward) {
    pending.cacheStart = message.cacheStart;
    pending.lastRowOnly = message.lastRowOnly;
    pending.positions = message.positions;
    pending.rows = message.hidden.defined() && message.hidden.dim() >= 1 ? message.hidden.size(0) : 0;
  }
  return pending;
}

void RemoteStageLink::setBatchResultHandler(BatchResultHandler handler) {
  d->batchHandler = std::move(handler);
}

void RemoteStageLink::postBatch(std::vector<StageMessage> batch) {
  // Drops go first, each in its own frame (as a local stage answers them first); the forwards
  // travel as one ForwardBatch, which the node runs as one pass.
  std::vector<StageMessage> forwards;
  for (StageMessage &message : batch) {
    if (message.kind == StageMessage::Kind::Drop)
      post(std::move(message));
    else
      forwards.push_back(std::move(message));
  }
  if (forwards.size() <= 1) {
    for (StageMessage &message : forwards)
      post(std::move(message));
    return;
  }
  Private::InFlight pending;
  for (const StageMessage &message : forwards) {
    Private::InFlight entry = inFlightOf(message);
    pending.rows += entry.rows;
    pending.entries.push_back(std::move(entry));
  }
  pending.session = forwards.front().session;
  pending.step = forwards.front().step;
  EncodedMessage encoded = wiretensor::toForwardBatch(forwards).encode();
  Private *p = d.get();
  QMetaObject::invokeMethod(
      p->context,
      [p, encoded = std::move(encoded), pending = std::move(pending)]() mutable {
        p->sendStage(std::move(encoded), std::move(pending));
      },
      Qt::QueuedConnection);
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
  Private::InFlight pending = inFlightOf(message);
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
      [p, encoded = std::move(encoded), pending = std::move(pending)]() mutable {
        p->sendStage(std::move(encoded), std::move(pending));
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
