#pragma once

#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "engine/loadprogress.h"
#include "engine/plan.h"
#include "engine/remotepeer.h"
#include "engine/stagestats.h"
#include "engine/tokenlogprobs.h"
#include "model/computeoptions.h"
#include "model/modelconfig.h"
#include "model/samplingparams.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace mdi {

class Pipeline;
class StageLinkFactory;
class Tokenizer;

// What a model load asks for: the folder, the compute settings, and where the layers go: an
// explicit plan, or a number of local stages for the planner to split the layers across.
struct EngineLoadOptions {
  QString directory;
  ComputeOptions compute;
  // "auto", "best", "f32", "bf16", "q8", "q4" (PrecisionChoice): resolved against the checkpoint
  // and the CPU at load, replacing compute's formats. Empty: compute's formats as they are.
  QString precision;
  Plan plan;                 // used when it has stages
  int localStages = 1;       // otherwise: this many local stages
  int threads = 0;           // coordinator intra-op threads; 0: physical cores
  int stageThreads = 0;      // per local stage; 0: physical cores / stages
  qint64 maxImagePixels = 0; // lowers the model's max_pixels; 0: the model's own
  QList<RemotePeer> peers;   // peers the plan's host ids may name (stages run there)
  int maxBatch = 8;          // answers decoded in one pass (Pipeline::Options::maxBatch)
  qint64 prefillChunk = 256; // prompt tokens per pass while others decode (Pipeline::Options)
};

// Describes the loaded model for the status bar, the logs and everyone who needs its
// configuration: the chat, the local API and mdi-run take `config` and `generationDefaults` from
// here instead of reading config.json and generation_config.json again.
struct EngineModelInfo {
  QString directory;
  QString plan; // "0-14,14-28"
  int layers = 0;
  int stages = 0;
  qint64 weightBytes = 0;
  qint64 weightBytesShipped = 0; // sent to peers while loading
  double loadMs = 0;
  qint64 contextTokens = 0;
  QString dtype;           // the weight formats, PrecisionChoice::summary()
  QString precisionReason; // why they were picked
  QString kernels;         // the CPU kernel variant, e.g. "avx2"

  // The configuration the model was built from (null when unloaded) and the sampling defaults of
  // its generation_config.json; callers merge these with SamplingParams::merged().
  std::shared_ptr<const ModelConfig> config;
  SamplingParams generationDefaults;
  // The pipeline's tokenizer (shares its data) and image size limit (EngineLoadOptions::
  // maxImagePixels, 0: the model's), so that a caller can check a request as the engine will
  // before starting it (the local API refuses prompts that do not fit with a 400).
  std::shared_ptr<const Tokenizer> tokenizer;
  qint64 maxImagePixels = 0;
};

// The engine as the UI, mdi-run and the local API see it: load and unload a model with a
// plan, start answers, stop them, read stage statistics. Everything is asynchronous: results
// arrive as signals, emitted from the engine's threads and therefore queued to receivers on
// other threads (the GUI thread never waits on inference). Several answers may run at once;
// each belongs to a conversation id whose caches the next answer in it reuses.
class Engine : public QObject {
  Q_OBJECT
public:
  enum class State { Unloaded, Loading, Ready };
  Q_ENUM(State)

  // peerLinks makes the links to stages on peers (remote::RemoteStageLinkFactory, handed in by
  // the program); without one, a load whose plan names a peer fails with a message.
  explicit Engine(std::shared_ptr<StageLinkFactory> peerLinks = {}, QObject *parent = nullptr);
  ~Engine() override;

  State state() const { return m_state; }
  const EngineModelInfo &modelInfo() const { return m_info; }

  // Loads in the background; modelLoaded or loadFailed follows. Replaces a loaded model.
  void loadModel(const EngineLoadOptions &options);
  void unloadModel();

  // Starts an answer; returns its conversation id (a new one when conversation is 0). Fails
  // through generationFailed when no model is loaded or the conversation is busy.
  quint64 generate(const GenerationRequest &request, quint64 conversation = 0);
  void stop(quint64 conversation);
  // Forgets a conversation's caches on every stage; a running answer in it ends with
  // generationFailed (so does every running answer when the model is unloaded).
  void forgetConversation(quint64 conversation);
  // Per stage, in plan order; a stage on a peer reports what the node last said (polled every
  // 2 s; stageStatsUpdated follows each answer).
  QList<StageStats> stageStats() const;
  // Asks the peers for their statistics now; stageStatsUpdated follows.
  void requestStageStats();
  // The plan as it runs now, with each stage's host (a failover moves stages); empty when unloaded.
  Plan currentPlan() const;
  // Where each stage runs, for people ("this computer: layer 0; attic (192.168.1.5:45834): layer 1").
  QString placement() const;

Q_SIGNALS:
  void stateChanged(mdi::Engine::State state);
  void modelLoaded(const mdi::EngineModelInfo &info);
  // Also after a load: when a lost peer's layers could be placed nowhere, the model is unloaded
  // (state Unloaded) and this says why.
  void loadFailed(const QString &error);
  // How a load gets on (reading, hashing and sending weights to peers, building stages), queued
  // to the engine's thread, at most about 10 a second (each change of phase or stage and each
  // finished transfer always come); none after modelLoaded or loadFailed.
  void loadProgress(const mdi::LoadProgress &progress);
  // piece: text that became visible with this token (may be empty); token -1 for text flushed
  // by a stop. logprobs: the token's log-probabilities when the request's sampling asked for them
  // (SamplingParams::topLogprobs >= 0), else invalid.
  void tokenGenerated(quint64 conversation, qint64 token, const QString &piece, const mdi::TokenLogprobs &logprobs);
  void generationFinished(quint64 conversation, const mdi::GenerationResult &result);
  void generationFailed(quint64 conversation, const QString &error);
  // A peer running stages was lost; its layers moved to another peer or this computer and the
  // answers in progress continue (or, when that failed, they failed). message says what happened.
  void peerLost(const QString &message);
  // Where the stages run changed (after a failover); placement is placement() now.
  void planChanged(const QString &placement);
  // New statistics from a peer arrived; stageStats() has them.
  void stageStatsUpdated();
  // An unloaded (or superseded) pipeline was destroyed and its memory freed. Emitted on the
  // thread that destroyed it, never this object's: unloading only hands the pipeline over
  // (receivers on other threads get the signal queued, as usual).
  void pipelineReleased();

private:
  struct ProgressGate;
  void setState(State state);
  void closeProgressGate();
  // Hands the pipeline to the thread pool to be destroyed there (its destructor joins its
  // threads); the next load waits for it, so two models never hold memory side by side longer
  // than that.
  void disposePipeline(std::shared_ptr<Pipeline> pipeline);

  std::shared_ptr<StageLinkFactory> m_peerLinks;
  std::shared_ptr<Pipeline> m_pipeline;
  State m_state = State::Unloaded;
  EngineModelInfo m_info;
  std::atomic<quint64> m_nextConversation{1};
  quint64 m_loadGeneration = 0;
  std::shared_ptr<ProgressGate> m_progressGate;    // of the load in progress
  std::shared_ptr<std::atomic<bool>> m_loadCancel; // set to give up the load in progress
  QFuture<void> m_disposal;                        // the destruction of the last pipeline handed over
};

} // namespace mdi

Q_DECLARE_METATYPE(mdi::EngineModelInfo)
Q_DECLARE_METATYPE(mdi::GenerationResult)
Q_DECLARE_METATYPE(mdi::TokenLogprobs)
