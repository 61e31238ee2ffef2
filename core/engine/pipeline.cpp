#include "engine/pipeline.h"

#include "engine/batchscheduler.h"
#include "engine/computeenvironment.h"
#include "engine/failoverplanner.h"
#include "engine/generationstate.h"
#include "engine/plan.h"
#include "engine/planner.h"
#include "engine/promptplanner.h"
#include "engine/sequencestate.h"
#include "engine/stage.h"
#include "engine/stagelinkbuilder.h"
#include "engine/workerthread.h"
#include "model/checkpoint.h"
#include "model/imagepreprocessor.h"
#include "model/lmhead.h"
#include "model/ropeindex.h"
#include "model/tensorfactory.h"
#include "model/textembedding.h"
#include "model/tokenizer.h"
#include "model/visiontower.h"
#include "util/processmemory.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QReadWriteLock>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

namespace mdi {

// One conversation as the coordinator sees it. Lives on the coordinator thread only.
struct PipelineSession {
  SequenceState sequence; // what the stages' caches hold (and the step in flight will add)
  bool busy = false;      // an answer is running: being prepared, waiting for a pass, or in one
  bool preparing = false; // its prompt or image is on the preparation thread
  bool inFlight = false;  // its step is in the ring
  qint64 step = 0;        // decode steps so far in this answer (0: the prompt is being read)
  qint64 ticket = 0;      // the number of its step in flight (StageMessage::step) or preparation
  int priority = 0;
  std::unique_ptr<GenerationState> state;
  GenerationResult result;
  bool keepLogits = false;
  QElapsedTimer timer;
  double prefillStartMs = 0;
  // Set to give up the preparation (the vision tower looks at it between blocks).
  std::shared_ptr<std::atomic<bool>> cancel;
  // What the preparation hands on from the prompt to the embedding.
  QList<qint64> newIds;
  QList<SequenceState::Image> newRuns;
  PositionIds newPositions;
  qint64 keep = 0;
  // The input still to send: rows [next, input.size(0)) at cache positions inputStart + row. A
  // prompt goes in chunks; a decode step is one row.
  at::Tensor input;
  PositionIds inputPositions;
  qint64 inputStart = 0;
  qint64 next = 0;
  // What the stages' caches were fed (kept only when a stage runs on a peer): the input hidden
  // states of every cached token with their M-RoPE positions, so that after a failover the
  // session is prefilled again from the start on the new plan.
  at::Tensor replayHidden; // [capacity, hidden]
  qint64 replayRows = 0;
  QList<qint64> replayPositions[3];
  // A stage is being replaced after a failover: the next step goes out as a replay of everything
  // recorded above once the ring is whole again.
  bool awaitingReplay = false;

  qint64 pendingRows() const { return input.defined() ? input.size(0) - next : 0; }
  bool waiting() const { return busy && !preparing && !inFlight && !awaitingReplay && pendingRows() > 0; }
};

struct Pipeline::Private {
  Private(Checkpoint checkpoint, Tokenizer tokenizer, TensorFactory factory) :
      checkpoint(std::move(checkpoint)), tokenizer(std::move(tokenizer)), factory(std::move(factory)),
      images(this->checkpoint.config().preprocessor),
      ropeIndex(this->checkpoint.config().vision.spatialMergeSize, this->checkpoint.config().tokens) {}

  const ModelConfig &config() const { return checkpoint.config(); }

  // Coordinator-thread work.
  void start(quint64 id, const GenerationRequest &request);
  void onPlanned(quint64 id, qint64 ticket, const std::shared_ptr<Expected<PromptPlan>> &planned,
                 const GenerationResult &counts, double preprocessMs);
  void onVision(quint64 id, qint64 ticket, const std::shared_ptr<Expected<at::Tensor>> &embeds, double visionMs);
  void embedPrompt(quint64 id, PipelineSession &session, const at::Tensor &imageEmbeds);
  void stop(quint64 id);
  void onResults(std::vector<StageResult> results);
  void finish(quint64 id, PipelineSession &session);
  void fail(quint64 id, PipelineSession &session, const QString &error);
  // Gives the session its next input (recorded for a replay) and queues it.
  void setInput(quint64 id, PipelineSession &session, qint64 cacheStart, const PositionIds &positions,
                const at::Tensor &hidden);
  // Forms batches of the waiting steps while the ring has room for them, and sends them.
  void dispatch();
  void sendBatch(std::vector<StageMessage> batch);
  void dropEverywhere(quint64 id);
  // Ring plumbing: each link hands its output to the next (by index, so a link can be replaced).
  void wire(size_t index);
  void postTo(size_t index, std::vector<StageMessage> batch);
  void record(PipelineSession &session, qint64 cacheStart, const PositionIds &positions, const at::Tensor &hidden);
  // A peer's connection ended: its layers are loaded elsewhere (another peer or here) on a
  // loader thread, and the live sessions are replayed when the ring is whole again.
  void onPeerLost(size_t index, const StageLink *lost, const QString &reason);
  QList<RemotePeer> failoverCandidates(size_t index) const;
  void onReplacement(size_t index, quint64 loader, const QString &reason, StageLinkBuilder::Replacement replacement);
  void replayWaiting();
  void watchPeer(size_t index);
  QString placement() const; // under linksLock

  Checkpoint checkpoint;
  Tokenizer tokenizer;
  TensorFactory factory;
  ImagePreprocessor images;
  RopeIndex ropeIndex;
  std::optional<VisionTower> vision;
  std::optional<TextEmbedding> embedding;
  std::optional<LmHead> head;
  Callbacks callbacks;
  QString planDescription;
  double loadMs = 0;
  std::unordered_map<quint64, PipelineSession> sessions;
  // Set on the coordinator thread when the pipeline is being destroyed: from then on no
  // coordinator task sends anything into the ring or reports anything.
  bool closing = false;
  // Numbers every message sent into the ring. A result is matched to its session by this, not by
  // the step index, which starts at 0 again with each answer: a conversation forgotten while a
  // step is in flight and started over at once would otherwise take the stale step's result.
  qint64 lastTicket = 0;
  // Which waiting steps go into the next pass, and how many passes are in the ring.
  BatchScheduler scheduler;
  qint64 shipped = 0; // weight bytes sent to peers while loading
  bool hasRemote = false;
  Plan plan;
  int stageThreads = 1;
  qint64 kvChunk = 256;
  ComputeOptions compute;
  // Makes the stages' links, at load and after a loss (loader threads use it too: it only reads).
  std::optional<StageLinkBuilder> builder;
  // Ring indices whose stage is being loaded elsewhere after its peer was lost (coordinator
  // thread). While any is, nothing is sent into the ring: answers wait for the replay.
  std::set<size_t> replacing;
  // The loader threads of failovers, joined when they report or when the pipeline goes.
  std::map<quint64, std::thread> loaders;
  quint64 nextLoader = 1;
  std::atomic<bool> cancelLoads{false};
  // Guards the link pointers (not the links): a failover replaces one while other threads post.
  mutable QReadWriteLock linksLock;
  // See ~Pipeline for the order of destruction.
  std::vector<std::unique_ptr<StageLink>> links;
  std::unique_ptr<WorkerThread> coordinator;
  // Renders prompts, decodes images and runs the vision tower, beside the coordinator.
  std::unique_ptr<WorkerThread> preparer;
};

Expected<std::unique_ptr<Pipeline>> Pipeline::load(const QString &directory, const Plan &plan, const Options &options,
                                                   Callbacks callbacks) {
  QElapsedTimer timer;
  timer.start();
  auto checkpoint = Checkpoint::open(directory);
  if (!checkpoint)
    return makeError(checkpoint.error());
  if (Status valid = plan.validate(checkpoint->config().text.numLayers); !valid)
    return makeError(valid.error());
  auto findPeer = [&options](const QString &hostId) -> const RemotePeer * {
    for (const RemotePeer &peer : options.peers)
      if (peer.hostId == hostId)
        return &peer;
    return nullptr;
  };
  for (const StageAssignment &stage : plan.stages)
    if (!stage.hostId.startsWith(QLatin1String("local")) && !findPeer(stage.hostId))
      return makeError(Pipeline::tr("The plan places layers %1-%2 on '%3', which is neither this computer nor a known "
                                    "peer.")
                           .arg(stage.firstLayer)
                           .arg(stage.lastLayer - 1)
                           .arg(stage.hostId));
  auto tokenizer = Tokenizer::loadFromDirectory(directory);
  if (!tokenizer)
    return makeError(tokenizer.error());
  auto factory = TensorFactory::create(options.compute);
  if (!factory)
    return makeError(factory.error());
  // Quantized matrices come from (and go to) the on-disk cache; a failover's local reload uses
  // this factory too.
  factory->setPackedCache(PackedWeightCache::openDefault());
  factory->setCancel(options.cancel);
  // Converting the weights (quantizing) runs on this thread's kernel pool: every core.
  ComputeEnvironment::setThreadCount(options.coordinatorThreads);

  const auto progress = callbacks.loadProgress;
  auto report = [&progress, &plan](LoadProgress value, int stage) {
    if (!progress)
      return;
    value.stage = stage;
    value.stages = int(plan.stages.size());
    if (stage >= 0) {
      value.firstLayer = plan.stages.at(stage).firstLayer;
      value.lastLayer = plan.stages.at(stage).lastLayer;
    }
    progress(value);
  };
  report(LoadProgress(), -1); // Reading

  auto d = std::make_unique<Private>(std::move(*checkpoint), std::move(*tokenizer), std::move(*factory));
  d->callbacks = std::move(callbacks);
  if (options.maxImagePixels > 0)
    d->images.setMaxPixels(options.maxImagePixels);
  try {
    auto vision = VisionTower::load(d->checkpoint, d->factory);
    if (!vision)
      return makeError(vision.error());
    d->vision.emplace(std::move(*vision));
    auto embedding = TextEmbedding::load(d->checkpoint, d->factory);
    if (!embedding)
      return makeError(embedding.error());
    d->embedding.emplace(std::move(*embedding));
    auto head = LmHead::load(d->checkpoint, d->factory, &*d->embedding);
    if (!head)
      return makeError(head.error());
    d->head.emplace(std::move(*head));

    d->builder.emplace(d->checkpoint, d->factory,
                       StageLinkBuilder::Options{options.compute, options.peers, options.peerLinks});
    const int cores = ComputeEnvironment::physicalCores();
    int localCount = 0;
    for (const StageAssignment &a : plan.stages)
      localCount += d->builder->findPeer(a.hostId) ? 0 : 1;
    const int stageThreads = options.stageThreads > 0 ? options.stageThreads : qMax(1, cores / qMax(1, localCount));
    for (int i = 0; i < plan.stages.size(); ++i) {
      const StageAssignment &a = plan.stages.at(i);
      std::function<void(const LoadProgress &)> stageProgress;
      if (progress)
        stageProgress = [progress, i, stages = int(plan.stages.size()), a](LoadProgress value) {
          // By value: a remote link keeps it after load() has returned.
          value.stage = i;
          value.stages = stages;
          value.firstLayer = a.firstLayer;
          value.lastLayer = a.lastLayer;
          progress(value);
        };
      const bool remote = d->builder->findPeer(a.hostId) != nullptr;
      if (!remote) {
        LoadProgress building;
        building.phase = LoadProgress::Phase::Building;
        report(building, i);
      }
      if (options.cancel && options.cancel->load())
        return makeError(TensorFactory::tr("The model load was cancelled."));
      auto link = d->builder->build(a, stageThreads, stageProgress, options.cancel.get());
      if (!link)
        return makeError(link.error());
      d->shipped += (*link)->weightBytesSent();
      d->hasRemote = d->hasRemote || remote;
      d->links.push_back(std::move(*link));
    }
  } catch (const c10::Error &e) {
    return makeError(
        Pipeline::tr("Loading the model failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
  d->coordinator = std::make_unique<WorkerThread>(QStringLiteral("coordinator"));
  const int coordinatorThreads = options.coordinatorThreads > 0 ? options.coordinatorThreads : 0;
  d->coordinator->post([coordinatorThreads] { ComputeEnvironment::setThreadCount(coordinatorThreads); });
  d->preparer = std::make_unique<WorkerThread>(QStringLiteral("prepare"));
  d->preparer->post([coordinatorThreads] { ComputeEnvironment::setThreadCount(coordinatorThreads); });
  d->scheduler = BatchScheduler(options.maxBatch, options.prefillChunk);

  // Each stage hands its output straight to the next; the last one to the coordinator.
  Private *p = d.get();
  p->plan = plan;
  p->kvChunk = options.compute.kvChunk;
  p->compute = options.compute;
  p->stageThreads = options.stageThreads > 0
                        ? options.stageThreads
                        : qMax(1, ComputeEnvironment::physicalCores() / qMax(1, int(plan.stages.size())));
  for (size_t i = 0; i < p->links.size(); ++i) {
    p->wire(i);
    p->watchPeer(i);
  }
  d->planDescription = plan.toString();
  d->loadMs = timer.nsecsElapsed() / 1e6;
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(d)));
}

void Pipeline::Private::wire(size_t index) {
  Private *p = this;
  const size_t count = links.size();
  links[index]->setBatchResultHandler([p, index, count](std::vector<StageResult> results) {
    const bool last = index + 1 == count;
    // Drops travel the ring like forwards; forwards that succeeded go on to the next stage as one
    // batch; errors and the last stage's results go to the coordinator.
    std::vector<StageMessage> onward;
    std::vector<StageResult> back;
    for (StageResult &result : results) {
      if (result.message.kind == StageMessage::Kind::Drop) {
        if (!last)
          onward.push_back(std::move(result.message));
      } else if (!last && result.error.isEmpty()) {
        result.message.lastRowOnly = index + 2 == count;
        onward.push_back(std::move(result.message));
      } else {
        back.push_back(std::move(result));
      }
    }
    if (!onward.empty())
      p->postTo(index + 1, std::move(onward));
    if (!back.empty()) {
      auto shared = std::make_shared<std::vector<StageResult>>(std::move(back));
      p->coordinator->post([p, shared] { p->onResults(std::move(*shared)); });
    }
  });
}

void Pipeline::Private::watchPeer(size_t index) {
  StageLink *remote = links[index].get();
  if (!remote->isRemote())
    return;
  Private *p = this;
  // On the link's network thread; the coordinator takes it from there, before any error of the
  // steps that were in flight on that link (those are posted after this).
  const StageLink *link = remote;
  remote->setLostHandler([p, index, link](const QString &reason) {
    p->coordinator->post([p, index, link, reason] { p->onPeerLost(index, link, reason); });
  });
  remote->setStatsHandler([p] {
    if (p->callbacks.statsUpdated)
      p->callbacks.statsUpdated();
  });
}

void Pipeline::Private::postTo(size_t index, std::vector<StageMessage> batch) {
  QReadLocker lock(&linksLock);
  if (index < links.size() && links[index])
    links[index]->postBatch(std::move(batch));
}

void Pipeline::Private::record(PipelineSession &session, qint64 cacheStart, const PositionIds &positions,
                               const at::Tensor &hidden) {
  if (!hasRemote)
    return;
  const qint64 rows = qMin(cacheStart, session.replayRows);
  const qint64 n = hidden.size(0);
  if (!session.replayHidden.defined() || session.replayHidden.size(0) < rows + n ||
      session.replayHidden.scalar_type() != hidden.scalar_type()) {
    const qint64 capacity =
        qMax<qint64>(qMax<qint64>(64, rows + n), session.replayHidden.defined() ? 2 * session.replayHidden.size(0) : 0);
    at::Tensor grown = at::empty({capacity, hidden.size(1)}, hidden.options());
    if (rows > 0)
      grown.narrow(0, 0, rows).copy_(session.replayHidden.narrow(0, 0, rows));
    session.replayHidden = grown;
  }
  session.replayHidden.narrow(0, rows, n).copy_(hidden);
  session.replayRows = rows + n;
  for (int axis = 0; axis < 3; ++axis) {
    QList<qint64> &list = session.replayPositions[axis];
    list.resize(rows);
    const qint64 *row = positions.row(axis);
    list.append(QList<qint64>(row, row + positions.count()));
  }
}

void Pipeline::Private::onPeerLost(size_t index, const StageLink *lost, const QString &reason) {
  if (closing || index >= links.size() || links[index].get() != lost || replacing.count(index))
    return;
  const StageAssignment assignment = plan.stages.at(qsizetype(index));
  replacing.insert(index);
  // The answers in progress wait for the ring to be whole again; the steps they have in flight
  // are ignored when (if) they come back: each is replayed from the tokens kept here. The lost
  // link stays in the ring meanwhile, answering what still reaches it with errors (ignored).
  for (auto &[id, session] : sessions) {
    if (session.busy && !session.preparing) {
      session.awaitingReplay = true;
      session.inFlight = false;
      session.ticket = ++lastTicket;
    } else if (!session.busy) {
      // The caches of this conversation are gone on the lost peer: the next turn starts over.
      session.sequence.clear();
      session.replayRows = 0;
    }
  }
  // Loading takes a while (weights may travel): on a thread of its own, so that the coordinator
  // keeps taking results, stops and new requests, and the other links keep delivering.
  const QList<RemotePeer> candidates = failoverCandidates(index);
  const quint64 loader = nextLoader++;
  Private *p = this;
  loaders.emplace(loader, std::thread([p, index, loader, assignment, candidates, reason] {
                    auto outcome = std::make_shared<StageLinkBuilder::Replacement>(
                        p->builder->replace(index, assignment, candidates, p->stageThreads, &p->cancelLoads));
                    p->coordinator->post([p, index, loader, reason, outcome] {
                      p->onReplacement(index, loader, reason, std::move(*outcome));
                    });
                  }));
}

QList<RemotePeer> Pipeline::Private::failoverCandidates(size_t index) const {
  QList<FailoverPlanner::RingStage> ring;
  for (size_t j = 0; j < links.size(); ++j) {
    FailoverPlanner::RingStage stage;
    stage.hostId = plan.stages.at(qsizetype(j)).hostId;
    const StageLink &link = *links[j];
    if (link.isRemote()) {
      stage.peer = builder->findPeer(stage.hostId);
      stage.connected = link.isConnected();
      const StageStats stats = link.stats();
      stage.freeMemoryBytes = stats.freeMemoryBytes;
      stage.load = stats.load;
    }
    stage.replacing = replacing.count(j) > 0;
    ring.append(stage);
  }
  const qint64 needed =
      Planner::layerWeightBytes(config(), compute.dtype) * plan.stages.at(qsizetype(index)).layerCount();
  return FailoverPlanner::candidates(ring, qsizetype(index), needed);
}

void Pipeline::Private::onReplacement(size_t index, quint64 loader, const QString &reason,
                                      StageLinkBuilder::Replacement replacement) {
  if (closing)
    return; // ~Pipeline joins the loaders; the replacement goes with this task
  if (auto it = loaders.find(loader); it != loaders.end()) {
    it->second.join(); // it has nothing left to do but return
    loaders.erase(it);
  }
  replacing.erase(index);
  const StageAssignment assignment = plan.stages.at(qsizetype(index));
  if (!replacement.link) {
    QString message = Pipeline::tr("The peer running layers %1-%2 was lost (%3), and loading them here failed: %4")
                          .arg(assignment.firstLayer)
                          .arg(assignment.lastLayer - 1)
                          .arg(reason, replacement.error);
    if (!replacement.tried.isEmpty())
      message += QLatin1Char(' ') +
                 Pipeline::tr("Other peers could not take them: %1").arg(replacement.tried.join(QStringLiteral("; ")));
    if (callbacks.peerLost)
      callbacks.peerLost(message);
    // The lost link stays in the ring and answers every later step with an error.
    for (auto &[id, session] : sessions)
      if (session.awaitingReplay) {
        session.awaitingReplay = false;
        if (session.busy)
          fail(id, session, message);
      }
    if (replacing.empty())
      replayWaiting();
    if (callbacks.broken)
      callbacks.broken(message);
    return;
  }
  const bool remote = replacement.link->isRemote();
  std::unique_ptr<StageLink> old;
  QString where;
  {
    QWriteLocker lock(&linksLock);
    old = std::move(links[index]);
    links[index] = std::move(replacement.link);
    wire(index);
    plan.stages[qsizetype(index)].hostId = replacement.hostId;
    planDescription = plan.toString();
    where = placement();
  }
  watchPeer(index);
  old.reset(); // joins its network thread; what it still had was answered with errors, ignored
  QString message =
      remote ? Pipeline::tr("The peer running layers %1-%2 was lost (%3); they now run on %4 and the answers in "
                            "progress continue.")
                   .arg(assignment.firstLayer)
                   .arg(assignment.lastLayer - 1)
                   .arg(reason, replacement.where)
             : Pipeline::tr("The peer running layers %1-%2 was lost (%3); they now run on this computer and the "
                            "answers in progress continue.")
                   .arg(assignment.firstLayer)
                   .arg(assignment.lastLayer - 1)
                   .arg(reason);
  if (!replacement.tried.isEmpty())
    message += QLatin1Char(' ') +
               Pipeline::tr("Other peers could not take them: %1").arg(replacement.tried.join(QStringLiteral("; ")));
  if (callbacks.peerLost)
    callbacks.peerLost(message);
  if (callbacks.planChanged)
    callbacks.planChanged(where);
  if (replacing.empty())
    replayWaiting();
}

void Pipeline::Private::replayWaiting() {
  // The steps that were in flight are forgotten (their results, if any come, are stale): the
  // ring starts empty.
  scheduler.clearRing();
  for (auto &[id, session] : sessions) {
    if (!session.awaitingReplay)
      continue;
    session.awaitingReplay = false;
    if (!session.busy || session.replayRows == 0)
      continue;
    // Prefill everything the caches held (and the input still to send) again, from the start,
    // under a new ticket: the result stands for the step that was in flight.
    QList<qint64> values;
    for (int axis = 0; axis < 3; ++axis)
      values += session.replayPositions[axis];
    StageMessage message;
    message.session = id;
    session.ticket = ++lastTicket;
    message.step = session.ticket;
    message.cacheStart = 0;
    message.positions = PositionIds::fromRows(values);
    message.hidden = session.replayHidden.narrow(0, 0, session.replayRows);
    message.lastRowOnly = links.size() == 1;
    session.next = session.input.defined() ? session.input.size(0) : 0;
    session.inFlight = true;
    std::vector<StageMessage> batch;
    batch.push_back(std::move(message));
    sendBatch(std::move(batch));
  }
  dispatch();
}

QString Pipeline::Private::placement() const {
  QList<HostDescription> hosts;
  for (size_t i = 0; i < links.size(); ++i) {
    const StageStats stats = links[i]->stats();
    HostDescription host;
    host.id = plan.stages.at(qsizetype(i)).hostId;
    host.name = stats.host.isEmpty() ? Pipeline::tr("this computer") : stats.host;
    hosts.append(host);
  }
  return plan.describe(hosts);
}

Pipeline::Pipeline(std::unique_ptr<Private> d) : d(std::move(d)) {}

Pipeline::~Pipeline() {
  // The ring is a cycle (coordinator -> stage 1 -> ... -> stage k -> coordinator) with steps
  // possibly in flight, so no destruction order alone is safe: a stage finishing a step while
  // the coordinator is gone would post to it. So: first the coordinator stops sending (set on
  // its own thread, so no task of it posts to a stage afterwards); then the stages are joined
  // in ring order, each while everything it hands on to (the next stage, the coordinator)
  // still exists; the coordinator goes last, dropping the results it will never use.
  Private *p = d.get();
  // Answers still running end with a failure, so nobody waits for them forever.
  auto close = [p] {
    for (auto &[id, session] : p->sessions) {
      if (session.cancel)
        session.cancel->store(true);
      if (session.busy && p->callbacks.failed)
        p->callbacks.failed(id, Pipeline::tr("The model was unloaded before the answer finished."));
    }
    p->closing = true;
  };
  if (p->coordinator->isCurrentThread())
    close();
  else
    p->coordinator->runAndWait(close);
  // Preparations give up (the vision tower between blocks); what they report is dropped.
  p->preparer.reset();
  // Failovers still loading give up; what they report is dropped (closing).
  p->cancelLoads = true;
  for (auto &[id, loader] : p->loaders)
    loader.join();
  p->loaders.clear();
  for (auto &link : p->links)
    link.reset();
  p->coordinator.reset();
  p->links.clear();
}

const ModelConfig &Pipeline::config() const {
  return d->config();
}
const Tokenizer &Pipeline::tokenizer() const {
  return d->tokenizer;
}
QString Pipeline::planDescription() const {
  QReadLocker lock(&d->linksLock);
  return d->planDescription;
}
Plan Pipeline::plan() const {
  QReadLocker lock(&d->linksLock);
  return d->plan;
}
QString Pipeline::placement() const {
  QReadLocker lock(&d->linksLock);
  return d->placement();
}
double Pipeline::loadMs() const {
  return d->loadMs;
}

qint64 Pipeline::weightBytes() const {
  qint64 bytes = d->vision->weightBytes() + d->embedding->weightBytes() + d->head->ownWeightBytes();
  QReadLocker lock(&d->linksLock);
  for (const auto &link : d->links)
    bytes += link->stats().weightBytes;
  return bytes;
}

void Pipeline::start(quint64 session, const GenerationRequest &request) {
  Private *p = d.get();
  p->coordinator->post([p, session, request] { p->start(session, request); });
}

void Pipeline::stop(quint64 session) {
  Private *p = d.get();
  p->coordinator->post([p, session] { p->stop(session); });
}

void Pipeline::drop(quint64 session) {
  Private *p = d.get();
  p->coordinator->post([p, session] {
    auto it = p->sessions.find(session);
    if (p->closing || it == p->sessions.end())
      return;
    // A preparation gives up; a step still in flight is ignored when it comes back.
    if (it->second.cancel)
      it->second.cancel->store(true);
    if (it->second.busy && p->callbacks.failed)
      p->callbacks.failed(session, Pipeline::tr("The conversation was closed before the answer finished."));
    p->sessions.erase(it);
    p->dropEverywhere(session);
    p->dispatch();
  });
}

qint64 Pipeline::weightBytesShipped() const {
  return d->shipped;
}

QList<StageStats> Pipeline::stageStats() const {
  QList<StageStats> stats;
  QReadLocker lock(&d->linksLock);
  for (const auto &link : d->links)
    stats.append(link->stats());
  return stats;
}

void Pipeline::requestStats() {
  QReadLocker lock(&d->linksLock);
  for (const auto &link : d->links)
    link->requestStats();
}

void Pipeline::Private::dropEverywhere(quint64 id) {
  if (closing)
    return;
  // Sent into the ring behind any forward of the session, so no stage sees a forward after it.
  StageMessage drop;
  drop.kind = StageMessage::Kind::Drop;
  drop.session = id;
  std::vector<StageMessage> batch;
  batch.push_back(std::move(drop));
  postTo(0, std::move(batch));
}

void Pipeline::Private::start(quint64 id, const GenerationRequest &request) {
  if (closing)
    return;
  PipelineSession &session = sessions[id];
  if (session.busy) {
    if (callbacks.failed)
      callbacks.failed(id, Pipeline::tr("This conversation is still answering; stop it first."));
    return;
  }
  session.timer.start();
  session.result = GenerationResult();
  session.keepLogits = request.keepLogits;
  session.priority = request.priority;
  session.busy = true;
  session.preparing = true;
  session.inFlight = false;
  session.step = 0;
  session.input = at::Tensor();
  session.next = 0;
  session.ticket = ++lastTicket;
  session.cancel = std::make_shared<std::atomic<bool>>(false);
  // Rendering the prompt and decoding its images happen beside the coordinator, which goes on
  // with the other answers' steps meanwhile.
  Private *p = this;
  const qint64 ticket = session.ticket;
  preparer->post([p, id, ticket, request] {
    QElapsedTimer timer;
    timer.start();
    GenerationResult counts;
    auto planned = std::make_shared<Expected<PromptPlan>>(
        PromptPlanner::plan(request, p->config(), p->tokenizer, p->images, counts));
    const double ms = timer.nsecsElapsed() / 1e6;
    p->coordinator->post([p, id, ticket, planned, counts, ms] { p->onPlanned(id, ticket, planned, counts, ms); });
  });
}

void Pipeline::Private::onPlanned(quint64 id, qint64 ticket, const std::shared_ptr<Expected<PromptPlan>> &planned,
                                  const GenerationResult &counts, double preprocessMs) {
  auto it = sessions.find(id);
  if (closing || it == sessions.end() || !it->second.preparing || it->second.ticket != ticket)
    return; // stopped or forgotten meanwhile
  PipelineSession &session = it->second;
  session.result.promptTokens = counts.promptTokens;
  session.result.stats = counts.stats;
  GenerationStats &stats = session.result.stats;
  stats.preprocessMs = preprocessMs;
  if (!*planned)
    return fail(id, session, planned->error());
  const PromptPlan &plan = **planned;
  const PreparedPrompt &prompt = plan.prompt;
  const QList<SequenceState::Image> &runs = plan.imageRuns;
  qint64 keep = session.sequence.reusablePrefix(prompt.ids, runs);
  if (keep >= prompt.ids.size())
    keep = prompt.ids.size() - 1; // at least one token must run to give logits
  session.sequence.truncate(keep);
  stats.cachedPrefixTokens = keep;
  stats.prefilledTokens = prompt.ids.size() - keep;

  session.newIds = prompt.ids.mid(keep);
  session.newRuns.clear();
  session.keep = keep;
  QList<ImageGrid> grids;
  qint64 patches = 0;
  std::vector<const PreprocessedImage *> newImages;
  for (qsizetype k = 0; k < runs.size(); ++k) {
    if (runs.at(k).start < keep)
      continue;
    const PreprocessedImage &img = prompt.images.at(k);
    grids.append({img.gridT, img.gridH, img.gridW});
    patches += img.patchCount();
    newImages.push_back(&img);
    SequenceState::Image run = runs.at(k);
    run.start -= keep;
    session.newRuns.append(run);
  }
  auto rope = ropeIndex.append(session.newIds, grids, keep, session.sequence.ropeDelta());
  if (!rope)
    return fail(id, session, rope.error());
  session.newPositions = rope->positions;
  session.state = std::make_unique<GenerationState>(tokenizer, plan.sampling, prompt.ids);
  session.prefillStartMs = session.timer.nsecsElapsed() / 1e6;
  if (newImages.empty())
    return embedPrompt(id, session, at::Tensor());

  // The vision tower runs on the preparation thread too; a stop cancels it between blocks.
  at::Tensor pixels;
  try {
    pixels = at::empty({patches, config().vision.patchInputSize}, at::kFloat);
    float *out = pixels.data_ptr<float>();
    for (const PreprocessedImage *img : newImages) {
      std::memcpy(out, img->pixelValues.data(), img->pixelValues.size() * sizeof(float));
      out += img->pixelValues.size();
    }
  } catch (const c10::Error &e) {
    return fail(id, session, QString::fromStdString(e.what_without_backtrace()));
  }
  Private *p = this;
  std::shared_ptr<std::atomic<bool>> cancel = session.cancel;
  preparer->post([p, id, ticket, pixels, grids, cancel] {
    QElapsedTimer timer;
    timer.start();
    auto embeds = std::make_shared<Expected<at::Tensor>>(p->vision->forward(pixels, grids, nullptr, cancel.get()));
    const double ms = timer.nsecsElapsed() / 1e6;
    p->coordinator->post([p, id, ticket, embeds, ms] { p->onVision(id, ticket, embeds, ms); });
  });
}

void Pipeline::Private::onVision(quint64 id, qint64 ticket, const std::shared_ptr<Expected<at::Tensor>> &embeds,
                                 double visionMs) {
  auto it = sessions.find(id);
  if (closing || it == sessions.end() || !it->second.preparing || it->second.ticket != ticket)
    return;
  PipelineSession &session = it->second;
  if (!*embeds)
    return fail(id, session, embeds->error());
  session.result.stats.visionMs = visionMs;
  embedPrompt(id, session, **embeds);
}

void Pipeline::Private::embedPrompt(quint64 id, PipelineSession &session, const at::Tensor &imageEmbeds) {
  at::Tensor hidden;
  try {
    auto embedded = embedding->embed(session.newIds, imageEmbeds, config().tokens.imagePad);
    if (!embedded)
      return fail(id, session, embedded.error());
    hidden = *embedded;
  } catch (const c10::Error &e) {
    return fail(id, session, QString::fromStdString(e.what_without_backtrace()));
  }
  session.preparing = false;
  session.sequence.append(session.newIds, session.newPositions, session.newRuns);
  setInput(id, session, session.keep, session.newPositions, hidden);
  session.newIds.clear();
  session.newRuns.clear();
  dispatch();
}

void Pipeline::Private::setInput(quint64 id, PipelineSession &session, qint64 cacheStart, const PositionIds &positions,
                                 const at::Tensor &hidden) {
  record(session, cacheStart, positions, hidden);
  session.input = hidden;
  session.inputPositions = positions;
  session.inputStart = cacheStart;
  session.next = 0;
  scheduler.enqueue(id);
}

void Pipeline::Private::dispatch() {
  if (closing || !replacing.empty())
    return;
  while (scheduler.hasRoom(links.size())) {
    qint64 active = 0, decoding = 0;
    for (const auto &[id, session] : sessions) {
      active += session.busy && !session.preparing ? 1 : 0;
      decoding += session.busy && !session.preparing && session.step > 0 ? 1 : 0;
    }
    const std::vector<BatchScheduler::Pick> picks = scheduler.pick(
        [this, decoding](quint64 id) -> std::optional<BatchScheduler::Candidate> {
          auto it = sessions.find(id);
          if (it == sessions.end() || !it->second.waiting())
            return std::nullopt;
          const PipelineSession &session = it->second;
          BatchScheduler::Candidate c;
          c.priority = session.priority;
          c.pendingRows = session.pendingRows();
          c.prompt = session.step == 0;
          c.othersDecoding = decoding - (session.step > 0 ? 1 : 0) > 0;
          return c;
        },
        active, qint64(links.size()));
    if (picks.empty())
      return;
    std::vector<StageMessage> batch;
    for (const BatchScheduler::Pick &pick : picks) {
      PipelineSession &session = sessions.at(pick.id);
      StageMessage message;
      message.session = pick.id;
      session.ticket = ++lastTicket;
      message.step = session.ticket;
      message.cacheStart = session.inputStart + session.next;
      message.positions = session.inputPositions.mid(session.next, pick.rows);
      message.hidden = session.input.narrow(0, session.next, pick.rows);
      message.lastRowOnly = links.size() == 1;
      session.next += pick.rows;
      session.inFlight = true;
      batch.push_back(std::move(message));
    }
    sendBatch(std::move(batch));
  }
}

void Pipeline::Private::sendBatch(std::vector<StageMessage> batch) {
  std::vector<qint64> tickets;
  qint64 rows = 0;
  for (const StageMessage &message : batch) {
    tickets.push_back(message.step);
    rows += message.positions.count();
  }
  scheduler.sent(tickets, rows);
  postTo(0, std::move(batch));
}

void Pipeline::Private::stop(quint64 id) {
  auto it = sessions.find(id);
  if (closing || it == sessions.end() || !it->second.busy)
    return;
  PipelineSession &session = it->second;
  // The answer ends now, whatever it is doing: a preparation gives up (the vision tower between
  // blocks), and a step in the ring is ignored when it comes back.
  if (session.cancel)
    session.cancel->store(true);
  if (session.preparing) {
    // The sequence is as the caches hold it until the prompt is embedded.
    session.preparing = false;
  } else if (session.input.defined()) {
    // The caches hold (or will, once the step in flight is through) what was sent, no more.
    const qint64 sent = session.inputStart + session.next;
    if (sent < session.sequence.length())
      session.sequence.truncate(sent);
    session.replayRows = qMin(session.replayRows, sent);
  }
  session.inFlight = false;
  session.input = at::Tensor();
  if (session.state) {
    const QString rest = session.state->stop();
    if (!rest.isEmpty() && callbacks.token)
      callbacks.token(id, -1, rest, TokenLogprobs());
  }
  if (session.result.stats.timeToFirstTokenMs == 0)
    session.result.stats.timeToFirstTokenMs = session.timer.nsecsElapsed() / 1e6;
  finish(id, session);
  dispatch();
}

void Pipeline::Private::onResults(std::vector<StageResult> results) {
  if (closing)
    return;
  struct Final {
    quint64 id;
    at::Tensor row; // [1, hidden]
  };
  std::vector<Final> finals;
  for (StageResult &result : results) {
    scheduler.returned(result.message.step);
    const quint64 id = result.message.session;
    auto it = sessions.find(id);
    if (it == sessions.end())
      continue;
    PipelineSession &session = it->second;
    if (!session.busy || !session.inFlight || session.ticket != result.message.step) {
      // Stale (stopped, or started over): if it failed, the caches do not hold what the
      // sequence says, so the next turn starts over.
      if (!result.error.isEmpty() && !session.busy)
        session.sequence.clear();
      continue;
    }
    session.inFlight = false;
    if (!result.error.isEmpty()) {
      fail(id, session, result.error);
      continue;
    }
    if (session.pendingRows() > 0) {
      scheduler.enqueue(id); // the next chunk of the prompt
      continue;
    }
    const at::Tensor &hidden = result.message.hidden;
    finals.push_back({id, hidden.narrow(0, hidden.size(0) - 1, 1)});
  }

  if (!finals.empty()) {
    // The head once for the whole batch.
    at::Tensor logits;
    try {
      std::vector<at::Tensor> rows;
      rows.reserve(finals.size());
      for (const Final &f : finals)
        rows.push_back(f.row);
      logits = head->logits(rows.size() == 1 ? rows.front() : at::cat(rows, 0), /*allPositions=*/true)
                   .to(at::kCPU, at::kFloat)
                   .contiguous();
    } catch (const c10::Error &e) {
      const QString error = QString::fromStdString(e.what_without_backtrace());
      for (const Final &f : finals)
        if (auto it = sessions.find(f.id); it != sessions.end() && it->second.busy)
          fail(f.id, it->second, error);
      return dispatch();
    }
    const qint64 vocab = logits.size(-1);
    std::vector<quint64> continuing;
    QList<qint64> tokens;
    for (size_t i = 0; i < finals.size(); ++i) {
      const quint64 id = finals[i].id;
      PipelineSession &session = sessions.at(id);
      // The sampler works in place on the batch's own logits row; a copy only when kept.
      float *row = logits.data_ptr<float>() + qint64(i) * vocab;
      if (session.keepLogits)
        session.result.logits.emplace_back(row, row + vocab);
      const GenerationState::Step step = session.state->accept(row, qsizetype(vocab));
      GenerationStats &stats = session.result.stats;
      if (session.step == 0) {
        stats.prefillMs = session.timer.nsecsElapsed() / 1e6 - session.prefillStartMs;
        stats.timeToFirstTokenMs = session.timer.nsecsElapsed() / 1e6;
      }
      if (callbacks.token)
        callbacks.token(id, step.token, step.text, step.logprobs);
      if (step.finished) {
        session.input = at::Tensor();
        finish(id, session);
        continue;
      }
      session.step += 1;
      continuing.push_back(id);
      tokens.append(qint64(step.token));
    }
    if (!continuing.empty()) {
      // The next steps: each sampled token at its session's next cache position (one lookup).
      at::Tensor embedded;
      QString error;
      try {
        auto e = embedding->embed(tokens);
        if (e)
          embedded = *e;
        else
          error = e.error();
      } catch (const c10::Error &e) {
        error = QString::fromStdString(e.what_without_backtrace());
      }
      for (size_t i = 0; i < continuing.size(); ++i) {
        PipelineSession &session = sessions.at(continuing[i]);
        if (!error.isEmpty()) {
          fail(continuing[i], session, error);
          continue;
        }
        const qint64 cacheStart = session.sequence.length();
        const PositionIds positions = PositionIds::uniform(cacheStart + session.sequence.ropeDelta(), 1);
        session.sequence.append({tokens.at(qsizetype(i))}, positions);
        setInput(continuing[i], session, cacheStart, positions, embedded.narrow(0, qint64(i), 1));
      }
    }
  }
  dispatch();
}

void Pipeline::Private::finish(quint64 id, PipelineSession &session) {
  GenerationResult &result = session.result;
  GenerationStats &stats = result.stats;
  stats.decodeMs = session.timer.nsecsElapsed() / 1e6 - stats.timeToFirstTokenMs;
  if (session.state) {
    stats.generatedTokens = session.state->generated().size();
    result.tokens = session.state->generated();
    result.logprobs = session.state->logprobs();
    result.text = session.state->text();
    result.finishReason = session.state->finishReason();
  } else {
    result.finishReason = FinishReason::Stopped;
  }
  stats.peakRssBytes = ProcessMemory::peakRssBytes();
  session.state.reset();
  session.busy = false;
  session.preparing = false;
  session.input = at::Tensor();
  const GenerationResult done = std::move(session.result);
  session.result = GenerationResult();
  if (callbacks.finished)
    callbacks.finished(id, done);
}

void Pipeline::Private::fail(quint64 id, PipelineSession &session, const QString &error) {
  // The stages may hold part of this step: start the conversation over next time.
  session.sequence.clear();
  session.replayRows = 0;
  session.state.reset();
  session.busy = false;
  session.preparing = false;
  session.inFlight = false;
  session.input = at::Tensor();
  dropEverywhere(id);
  if (callbacks.failed)
    callbacks.failed(id, error);
}

} // namespace mdi
