#pragma once

#include <QCoreApplication>

#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "engine/loadprogress.h"
#include "engine/remotepeer.h"
#include "engine/stagestats.h"
#include "engine/tokenlogprobs.h"
#include "model/computeoptions.h"
#include "util/expected.h"

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

class Checkpoint;
class Plan;
class StageLinkFactory;
class Tokenizer;
struct ModelConfig;

// The model running as a ring of stages. The coordinator (its own worker thread) is the ring's
// starter and finisher: it schedules the answers' steps into batches, sends their hidden states
// through the stages in plan order (each stage hands its output straight to the next), applies
// the final norm and head to what comes back (one product for the whole batch), samples, and
// schedules the next steps. A preparation thread renders prompts and runs the vision tower, so a
// new image never stalls the answers that are decoding. Each session has at most one step in
// flight; the waiting steps form up to one batch per stage (decode steps first, taking turns,
// at most one prompt chunk per batch), so several batches keep every stage busy (recurrent
// pipeline parallelism) and each batch reads the weights once. A stop ends an answer at once,
// whatever it is doing; a stop or a failure ends one session only.
// Torch-free interface; every public function is thread-safe and returns at once.
class Pipeline {
  Q_DECLARE_TR_FUNCTIONS(mdi::Pipeline)

public:
  struct Callbacks {
    std::function<void(quint64 session, qint64 token, const QString &piece, const TokenLogprobs &logprobs)> token;
    std::function<void(quint64 session, const GenerationResult &result)> finished;
    std::function<void(quint64 session, const QString &error)> failed;
    // A peer was lost and the plan changed (or could not): what happened, for people.
    std::function<void(const QString &message)> peerLost;
    // A lost stage could be placed nowhere: every later step would fail, so the pipeline is
    // of no further use (the owner should unload it). Called on the coordinator's thread.
    std::function<void(const QString &message)> broken;
    // Where the stages run changed (after a failover): placement() now, for people.
    std::function<void(const QString &placement)> planChanged;
    // A peer's statistics arrived (every 2 s and after requestStats()); stageStats() has them.
    // Called on a network thread.
    std::function<void()> statsUpdated;
    // How load() gets on (every part, stage and chunk of weights; not throttled). Called on the
    // loading thread and on network threads.
    std::function<void(const LoadProgress &progress)> loadProgress;
  };
  struct Options {
    ComputeOptions compute;
    int coordinatorThreads = 0; // intra-op threads of the coordinator; 0: physical cores
    int stageThreads = 0;       // per local stage; 0: physical cores / stage count (at least 1)
    qint64 maxImagePixels = 0;  // lowers the model's max_pixels; 0: the model's own
    // Batched decoding: at most this many answers' steps run as one pass through a stage (each
    // weight read once for all). 1: one answer per pass.
    int maxBatch = 8;
    // A prompt is prefilled in passes of at most this many tokens; while other answers decode,
    // fewer (about a quarter second's work), so that they keep streaming.
    qint64 prefillChunk = 256;
    // Peers that plan entries may name (StageAssignment::hostId == RemotePeer::hostId); such a
    // stage runs on the peer through a link from peerLinks. Host ids starting with "local" are local.
    // When a peer is lost its layers move to another of these that runs a stage and is still
    // connected (the least loaded first), or to this computer.
    QList<RemotePeer> peers;
    // Makes the links to stages on peers (remote/RemoteStageLinkFactory); null: no peers.
    std::shared_ptr<StageLinkFactory> peerLinks;
    // Set (from any thread) to give the load up: load() then fails within about one tensor.
    std::shared_ptr<std::atomic<bool>> cancel;
  };

  // Loads the coordinator's parts and one stage per plan entry, local or on a peer (this blocks:
  // call it off the GUI thread).
  static Expected<std::unique_ptr<Pipeline>> load(const QString &directory, const Plan &plan, const Options &options,
                                                  Callbacks callbacks);
  ~Pipeline();

  const ModelConfig &config() const;
  const Tokenizer &tokenizer() const;
  QString planDescription() const;
  // The plan as it runs now, with the host of each stage (a failover changes hosts).
  Plan plan() const;
  // Where each stage runs, for people: "this computer: layer 0; attic (192.168.1.5:45834): layer 1".
  QString placement() const;
  qint64 weightBytes() const;
  double loadMs() const;

  // Starts an answer in `session` (a conversation: its caches are reused by the next request
  // with the same id). A session runs one request at a time.
  void start(quint64 session, const GenerationRequest &request);
  void stop(quint64 session);
  // Forgets a session and frees its caches on every stage.
  void drop(quint64 session);
  // Stage statistics in plan order (a snapshot).
  QList<StageStats> stageStats() const;
  // Asks every peer for its statistics now; statsUpdated follows as they come.
  void requestStats();
  // Weight bytes sent to peers while loading (0 when they had every tensor cached).
  qint64 weightBytesShipped() const;

  struct Private;

private:
  explicit Pipeline(std::unique_ptr<Private> d);
  std::unique_ptr<Private> d;
};

} // namespace mdi
