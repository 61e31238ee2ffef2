#include "engine/pipeline.h"

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
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

namespace mdi {

namespace {

std::vector<float> pipelineLogitsToVector(const at::Tensor &logits) {
  const at::Tensor cpu = logits.to(at::kCPU, at::kFloat).contiguous();
  std::vector<float> out(size_t(cpu.numel()));
  std::memcpy(out.data(), cpu.data_ptr<float>(), out.size() * sizeof(float));
  return out;
}
} // namespace

// One conversation as the coordinator sees it. Lives on the coordinator thread only.
struct PipelineSession {
  SequenceState sequence; // what the stages' caches hold
  bool busy = false;
  bool stopRequested = false;
  qint64 step = 0;   // index of the step in flight within the answer (0: the prefill)
  qint64 ticket = 0; // the number its message carries (StageMessage::step), unique in the pipeline
  std::unique_ptr<GenerationState> state;
  GenerationResult result;
  bool keepLogits = false;
  QElapsedTimer timer;
  double prefillStartMs = 0;
  // What the stages' caches were fed (kept only when a stage runs on a peer): the input hidden
  // states of every cached token with their M-RoPE positions, so that after a failover the
  // session is prefilled again from the start on the new plan.
  at::Tensor replayHidden; // [capacity, hidden]
  qint64 replayRows = 0;
  QList<qint64> replayPositions[3];
  // A stage is being replaced after a failover: the next step goes out as a replay of everything
  // recorded above once the ring is whole again.
  bool awaitingReplay = false;
};

struct Pipeline::Private {
  Private(Checkpoint checkpoint, Tokenizer tokenizer, TensorFactory factory) :
      checkpoint(std::move(checkpoint)), tokenizer(std::move(tokenizer)), factory(std::move(factory)),
      images(this->checkpoint.config().preprocessor),
      ropeIndex(this->checkpoint.config().vision.spatialMergeSize, this->checkpoint.config().tokens) {}

  const ModelConfig &config() const { return checkpoint.config(); }

  // Coordinator-thread work.
  void start(quint64 id, const GenerationRequest &request);
  void onResult(StageResult result);
  void finish(quint64 id, PipelineSession &session);
  void fail(quint64 id, PipelineSession &session, const QString &error);
  void send(quint64 id, PipelineSession &session, qint64 cacheStart, const PositionIds &positions,
            const at::Tensor &hidden, bool keepForReplay = true);
  void dropEverywhere(quint64 id);
  // Ring plumbing: each link hands its output to the next (by index, so a link can be replaced).
  void wire(size_t index);
  void postTo(size_t index, StageMessage message);
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
      auto link = d->builder->build(a, stageThreads, stageProgress);
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
  links[index]->setResultHandler([p, index, count](StageResult result) {
    const bool last = index + 1 == count;
    if (result.message.kind == StageMessage::Kind::Drop) {
      if (!last)
        p->postTo(index + 1, std::move(result.message)); // drops travel the ring like forwards
      return;
    }
    if (!last && result.error.isEmpty()) {
      result.message.lastRowOnly = index + 2 == count;
      p->postTo(index + 1, std::move(result.message));
    } else {
      p->coordinator->post([p, result = std::move(result)]() mutable { p->onResult(std::move(result)); });
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

void Pipeline::Private::postTo(size_t index, StageMessage message) {
  QReadLocker lock(&linksLock);
  if (index < links.size() && links[index])
    links[index]->post(std::move(message));
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
    if (session.busy) {
      session.awaitingReplay = true;
      session.ticket = ++lastTicket;
    } else {
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
  for (auto &[id, session] : sessions) {
    if (!session.awaitingReplay)
      continue;
    session.awaitingReplay = false;
    if (!session.busy || session.replayRows == 0)
      continue;
    // Prefill everything the caches held again, from the start, under a new ticket: the step in
    // flight is answered by this replay (its last row), and the old one is ignored if it comes.
    QList<qint64> values;
    for (int axis = 0; axis < 3; ++axis)
      values += session.replayPositions[axis];
    const PositionIds positions = PositionIds::fromRows(values);
    send(id, session, 0, positions, session.replayHidden.narrow(0, 0, session.replayRows), false);
  }
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
    for (auto &[id, session] : p->sessions)
      if (session.busy && p->callbacks.failed)
        p->callbacks.failed(id, Pipeline::tr("The model was unloaded before the answer finished."));
    p->closing = true;
  };
  if (p->coordinator->isCurrentThread())
    close();
  else
    p->coordinator->runAndWait(close);
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
  p->coordinator->post([p, session] {
    auto it = p->sessions.find(session);
    if (it != p->sessions.end() && it->second.busy)
      it->second.stopRequested = true;
  });
}

void Pipeline::drop(quint64 session) {
  Private *p = d.get();
  p->coordinator->post([p, session] {
    auto it = p->sessions.find(session);
    if (p->closing || it == p->sessions.end())
      return;
    // A step still in flight is ignored when it comes back: the session is gone.
    if (it->second.busy && p->callbacks.failed)
      p->callbacks.failed(session, Pipeline::tr("The conversation was closed before the answer finished."));
    p->sessions.erase(it);
    p->dropEverywhere(session);
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
  postTo(0, std::move(drop));
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
  session.stopRequested = false;
  session.result = GenerationResult();
  session.keepLogits = request.keepLogits;
  GenerationStats &stats = session.result.stats;

  auto planned = PromptPlanner::plan(request, config(), tokenizer, images, session.result);
  stats.preprocessMs = session.timer.nsecsElapsed() / 1e6;
  if (!planned)
    return fail(id, session, planned.error());
  const PreparedPrompt *prompt = &planned->prompt;
  const SamplingParams &sampling = planned->sampling;
  const QList<SequenceState::Image> &runs = planned->imageRuns;
  qint64 keep = session.sequence.reusablePrefix(prompt->ids, runs);
  if (keep >= prompt->ids.size())
    keep = prompt->ids.size() - 1; // at least one token must run to give logits
  session.sequence.truncate(keep);
  stats.cachedPrefixTokens = keep;
  stats.prefilledTokens = prompt->ids.size() - keep;

  const QList<qint64> ids = prompt->ids.mid(keep);
  QList<ImageGrid> grids;
  QList<SequenceState::Image> newRuns;
  qint64 patches = 0;
  std::vector<const PreprocessedImage *> newImages;
  for (qsizetype k = 0; k < runs.size(); ++k) {
    if (runs.at(k).start < keep)
      continue;
    const PreprocessedImage &img = prompt->images.at(k);
    grids.append({img.gridT, img.gridH, img.gridW});
    patches += img.patchCount();
    newImages.push_back(&img);
    SequenceState::Image run = runs.at(k);
    run.start -= keep;
    newRuns.append(run);
  }
  auto rope = ropeIndex.append(ids, grids, keep, session.sequence.ropeDelta());
  if (!rope)
    return fail(id, session, rope.error());

  session.prefillStartMs = session.timer.nsecsElapsed() / 1e6;
  at::Tensor hidden;
  try {
    at::Tensor imageEmbeds;
    if (!newImages.empty()) {
      QElapsedTimer visionTimer;
      visionTimer.start();
      const qint64 width = config().vision.patchInputSize;
      at::Tensor pixels = at::empty({patches, width}, at::kFloat);
      float *out = pixels.data_ptr<float>();
      for (const PreprocessedImage *img : newImages) {
        std::memcpy(out, img->pixelValues.data(), img->pixelValues.size() * sizeof(float));
        out += img->pixelValues.size();
      }
      auto embeds = vision->forward(pixels, grids);
      if (!embeds)
        return fail(id, session, embeds.error());
      imageEmbeds = *embeds;
      stats.visionMs = visionTimer.nsecsElapsed() / 1e6;
    }
    auto embedded = embedding->embed(ids, imageEmbeds, config().tokens.imagePad);
    if (!embedded)
      return fail(id, session, embedded.error());
    hidden = *embedded;
  } catch (const c10::Error &e) {
    return fail(id, session, QString::fromStdString(e.what_without_backtrace()));
  }

  session.state = std::make_unique<GenerationState>(tokenizer, sampling, prompt->ids);
  session.busy = true;
  session.step = 0;
  session.sequence.append(ids, rope->positions, newRuns);
  send(id, session, keep, rope->positions, hidden);
}

void Pipeline::Private::send(quint64 id, PipelineSession &session, qint64 cacheStart, const PositionIds &positions,
                             const at::Tensor &hidden, bool keepForReplay) {
  if (closing)
    return;
  if (keepForReplay)
    record(session, cacheStart, positions, hidden);
  if (!replacing.empty()) {
    // A stage is being replaced: this step goes out with the replay (record() kept it).
    session.ticket = ++lastTicket;
    session.awaitingReplay = true;
    return;
  }
  StageMessage message;
  message.session = id;
  session.ticket = ++lastTicket;
  message.step = session.ticket;
  message.cacheStart = cacheStart;
  message.positions = positions;
  message.hidden = hidden;
  message.lastRowOnly = links.size() == 1;
  postTo(0, std::move(message));
}

void Pipeline::Private::onResult(StageResult result) {
  if (closing)
    return;
  const quint64 id = result.message.session;
  auto it = sessions.find(id);
  if (it == sessions.end() || !it->second.busy || it->second.ticket != result.message.step)
    return; // dropped (and perhaps started over) meanwhile
  PipelineSession &session = it->second;
  if (!result.error.isEmpty())
    return fail(id, session, result.error);
  GenerationStats &stats = session.result.stats;

  GenerationState::Step step;
  try {
    const at::Tensor &hidden = result.message.hidden;
    std::vector<float> logits = pipelineLogitsToVector(head->logits(hidden.narrow(0, hidden.size(0) - 1, 1)));
    if (session.keepLogits)
      session.result.logits.push_back(logits);
    step = session.state->accept(logits.data(), qsizetype(logits.size()));
  } catch (const c10::Error &e) {
    return fail(id, session, QString::fromStdString(e.what_without_backtrace()));
  }
  if (session.step == 0) {
    stats.prefillMs = session.timer.nsecsElapsed() / 1e6 - session.prefillStartMs;
    stats.timeToFirstTokenMs = session.timer.nsecsElapsed() / 1e6;
  }
  if (callbacks.token)
    callbacks.token(id, step.token, step.text);
  if (!step.finished && session.stopRequested) {
    const QString rest = session.state->stop();
    if (!rest.isEmpty() && callbacks.token)
      callbacks.token(id, -1, rest);
    step.finished = true;
  }
  if (step.finished)
    return finish(id, session);

  // Next step: the sampled token at the next cache position.
  session.step += 1;
  const qint64 cacheStart = session.sequence.length();
  const PositionIds positions = PositionIds::uniform(cacheStart + session.sequence.ropeDelta(), 1);
  try {
    auto embedded = embedding->embed({qint64(step.token)});
    if (!embedded)
      return fail(id, session, embedded.error());
    session.sequence.append({qint64(step.token)}, positions);
    send(id, session, cacheStart, positions, *embedded);
  } catch (const c10::Error &e) {
    return fail(id, session, QString::fromStdString(e.what_without_backtrace()));
  }
}

void Pipeline::Private::finish(quint64 id, PipelineSession &session) {
  GenerationResult &result = session.result;
  GenerationStats &stats = result.stats;
  stats.decodeMs = session.timer.nsecsElapsed() / 1e6 - stats.timeToFirstTokenMs;
  stats.generatedTokens = session.state->generated().size();
  stats.peakRssBytes = ProcessMemory::peakRssBytes();
  result.tokens = session.state->generated();
  result.text = session.state->text();
  result.finishReason = session.state->finishReason();
  session.state.reset();
  session.busy = false;
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
  dropEverywhere(id);
  if (callbacks.failed)
    callbacks.failed(id, error);
}

} // namespace mdi
