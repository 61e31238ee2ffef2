#include "engine/engine.h"

#include "engine/computeenvironment.h"
#include "engine/pipeline.h"
#include "engine/precisionchoice.h"
#include "kernels/kernelisa.h"
#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "model/tokenizer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent>

#include <optional>
#include <utility>

namespace mdi {

// Between a load's threads and the engine: thins the pipeline's progress out and posts what is
// left to the engine's thread. The load may outlive the engine (it is not cancelled), so the
// engine closes the gate, under the mutex, before it goes or starts another load.
struct Engine::ProgressGate {
  QMutex mutex;
  Engine *engine = nullptr; // null once closed
  quint64 generation = 0;
  bool any = false;
  LoadProgress last;
  QElapsedTimer sinceLast;

  void offer(const LoadProgress &progress) {
    QMutexLocker lock(&mutex);
    if (!engine)
      return;
    const bool changed = !any || progress.phase != last.phase || progress.stage != last.stage;
    const bool finished = progress.bytesTotal > 0 && progress.bytesDone >= progress.bytesTotal;
    if (!changed && !finished && sinceLast.elapsed() < 100)
      return;
    any = true;
    last = progress;
    sinceLast.start();
    Engine *target = engine;
    QMetaObject::invokeMethod(
        target,
        [target, generation = generation, progress] {
          if (generation == target->m_loadGeneration && target->m_state == State::Loading)
            Q_EMIT target->loadProgress(progress);
        },
        Qt::QueuedConnection);
  }
};

Engine::Engine(std::shared_ptr<StageLinkFactory> peerLinks, QObject *parent) :
    QObject(parent), m_peerLinks(std::move(peerLinks)) {
  qRegisterMetaType<mdi::EngineModelInfo>();
  qRegisterMetaType<mdi::GenerationResult>();
  qRegisterMetaType<mdi::LoadProgress>();
  qRegisterMetaType<mdi::TokenLogprobs>();
}

Engine::~Engine() {
  closeProgressGate();
  // Joins the pipeline's threads while this object is still whole (their callbacks use it),
  // and waits for any pipeline handed over earlier for the same reason.
  m_pipeline.reset();
  m_disposal.waitForFinished();
}

void Engine::disposePipeline(std::shared_ptr<Pipeline> pipeline) {
  if (!pipeline)
    return;
  // Chained after the previous disposal, so m_disposal finishing means every pipeline handed
  // over is gone. This object outlives the job: its destructor waits for m_disposal.
  m_disposal = QtConcurrent::run([this, pipeline = std::move(pipeline), previous = m_disposal]() mutable {
    pipeline.reset();
    previous.waitForFinished();
    Q_EMIT pipelineReleased();
  });
}

void Engine::closeProgressGate() {
  if (!m_progressGate)
    return;
  QMutexLocker lock(&m_progressGate->mutex);
  m_progressGate->engine = nullptr;
  lock.unlock();
  m_progressGate.reset();
}

void Engine::setState(State state) {
  if (m_state == state)
    return;
  m_state = state;
  Q_EMIT stateChanged(state);
}

void Engine::loadModel(const EngineLoadOptions &options) {
  unloadModel();
  setState(State::Loading);
  const quint64 generation = ++m_loadGeneration;
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  m_loadCancel = cancel;
  // The pipeline is owned by this object and joined in its destructor, so the callbacks (run
  // on the pipeline's threads) never outlive it. Signals emitted there are queued by Qt to
  // receivers on other threads.
  Pipeline::Callbacks callbacks;
  // Log-probabilities reach here once the pipeline's token callback carries GenerationState::Step::logprobs.
  callbacks.token = [this](quint64 id, qint64 token, const QString &piece, const TokenLogprobs &logprobs) {
    Q_EMIT tokenGenerated(id, token, piece, logprobs);
  };
  callbacks.finished = [this](quint64 id, const GenerationResult &result) { Q_EMIT generationFinished(id, result); };
  callbacks.failed = [this](quint64 id, const QString &error) { Q_EMIT generationFailed(id, error); };
  callbacks.peerLost = [this](const QString &message) { Q_EMIT peerLost(message); };
  callbacks.planChanged = [this](const QString &placement) { Q_EMIT planChanged(placement); };
  // A pipeline with a stage nobody could take answers nothing: unload it, on this object's
  // thread, so that the app and the local API stop offering a model that cannot answer.
  callbacks.broken = [this, generation](const QString &message) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
          if (generation != m_loadGeneration)
            return;
          unloadModel();
          Q_EMIT loadFailed(message);
        },
        Qt::QueuedConnection);
  };
  callbacks.statsUpdated = [this] { Q_EMIT stageStatsUpdated(); };
  m_progressGate = std::make_shared<ProgressGate>();
  m_progressGate->engine = this;
  m_progressGate->generation = generation;
  callbacks.loadProgress = [gate = m_progressGate](const LoadProgress &progress) { gate->offer(progress); };

  struct Outcome {
    std::shared_ptr<Pipeline> pipeline;
    Plan plan;
    QString error;
    PrecisionChoice precision;
  };
  auto *watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, options, generation] {
    watcher->deleteLater();
    // Taken, not copied: the future must not keep a pipeline alive on this thread.
    Outcome outcome = watcher->future().takeResult();
    if (generation != m_loadGeneration) {
      disposePipeline(std::move(outcome.pipeline));
      return; // superseded by another load or an unload
    }
    closeProgressGate();
    if (!outcome.pipeline) {
      setState(State::Unloaded);
      Q_EMIT loadFailed(outcome.error);
      return;
    }
    m_pipeline = outcome.pipeline;
    m_info.directory = options.directory;
    // The pipeline's own copy, read while loading: consumers must not read the folder again.
    m_info.config = std::make_shared<const ModelConfig>(m_pipeline->config());
    m_info.generationDefaults = SamplingParams::fromGenerationConfig(m_info.config->generation);
    m_info.tokenizer = std::make_shared<const Tokenizer>(m_pipeline->tokenizer()); // shares its data
    m_info.maxImagePixels = options.maxImagePixels;
    m_info.plan = outcome.plan.toString();
    m_info.layers = m_pipeline->config().text.numLayers;
    m_info.stages = int(outcome.plan.stages.size());
    m_info.weightBytes = m_pipeline->weightBytes();
    m_info.weightBytesShipped = m_pipeline->weightBytesShipped();
    m_info.loadMs = m_pipeline->loadMs();
    m_info.contextTokens = m_pipeline->config().text.maxPositionEmbeddings;
    m_info.dtype = outcome.precision.summary();
    m_info.precisionReason = outcome.precision.reason;
    m_info.kernels = QString::fromLatin1(kernels::isaName(kernels::bestIsa()));
    setState(State::Ready);
    Q_EMIT modelLoaded(m_info);
  });
  // The model unloaded just before must have given its memory back before this one takes any.
  QFuture<void> disposal = m_disposal;
  watcher->setFuture(
      QtConcurrent::run([options, callbacks, peerLinks = m_peerLinks, disposal, cancel]() mutable -> Outcome {
        disposal.waitForFinished();
        Outcome outcome;
        outcome.plan = options.plan;
        Pipeline::Options pipelineOptions;
        pipelineOptions.compute = options.compute;
        // The plan and the precision are settled before the pipeline loads, so they read the folder
        // first; the precision's checkpoint also gives the layer count, saving a second read.
        std::optional<int> layers;
        if (!options.precision.isEmpty()) {
          auto checkpoint = Checkpoint::open(options.directory);
          if (!checkpoint) {
            outcome.error = checkpoint.error();
            return outcome;
          }
          layers = checkpoint->config().text.numLayers;
          outcome.precision =
              PrecisionChoice::resolve(options.precision, checkpoint->storageDtype(), options.compute.device);
          outcome.precision.applyTo(pipelineOptions.compute);
        } else {
          outcome.precision.text = options.compute.dtype;
          outcome.precision.vision = options.compute.visionFormat();
          outcome.precision.requested = outcome.precision.summary();
          outcome.precision.reason = PrecisionChoice::tr("%1 as requested.").arg(outcome.precision.summary());
        }
        if (outcome.plan.stages.isEmpty()) {
          if (!layers) {
            auto config = ModelConfig::loadFromDirectory(options.directory);
            if (!config) {
              outcome.error = config.error();
              return outcome;
            }
            layers = config->text.numLayers;
          }
          outcome.plan = Plan::evenSplit(*layers, qBound(1, options.localStages, *layers));
        }
        pipelineOptions.coordinatorThreads = options.threads;
        pipelineOptions.stageThreads = options.stageThreads;
        pipelineOptions.maxImagePixels = options.maxImagePixels;
        pipelineOptions.maxBatch = options.maxBatch;
        pipelineOptions.prefillChunk = options.prefillChunk;
        pipelineOptions.peers = options.peers;
        pipelineOptions.peerLinks = peerLinks;
        pipelineOptions.cancel = cancel;
        auto loaded = Pipeline::load(options.directory, outcome.plan, pipelineOptions, callbacks);
        if (loaded)
          outcome.pipeline = std::move(*loaded);
        else
          outcome.error = loaded.error();
        return outcome;
      }));
}

void Engine::unloadModel() {
  ++m_loadGeneration;
  // A load still running gives up at its next tensor instead of finishing for nothing.
  if (m_loadCancel)
    m_loadCancel->store(true);
  m_loadCancel.reset();
  closeProgressGate();
  // Destroying a pipeline joins its threads (a stage may be mid-step): not on this thread.
  disposePipeline(std::exchange(m_pipeline, nullptr));
  m_info = EngineModelInfo();
  setState(State::Unloaded);
}

quint64 Engine::generate(const GenerationRequest &request, quint64 conversation) {
  const quint64 id = conversation ? conversation : m_nextConversation.fetch_add(1);
  if (!m_pipeline) {
    QMetaObject::invokeMethod(
        this, [this, id] { Q_EMIT generationFailed(id, tr("No model is loaded.")); }, Qt::QueuedConnection);
    return id;
  }
  m_pipeline->start(id, request);
  return id;
}

void Engine::stop(quint64 conversation) {
  if (m_pipeline)
    m_pipeline->stop(conversation);
}

void Engine::forgetConversation(quint64 conversation) {
  if (m_pipeline)
    m_pipeline->drop(conversation);
}

QList<StageStats> Engine::stageStats() const {
  return m_pipeline ? m_pipeline->stageStats() : QList<StageStats>();
}

void Engine::requestStageStats() {
  if (m_pipeline)
    m_pipeline->requestStats();
}

Plan Engine::currentPlan() const {
  return m_pipeline ? m_pipeline->plan() : Plan();
}

QString Engine::placement() const {
  return m_pipeline ? m_pipeline->placement() : QString();
}

} // namespace mdi
