#pragma once

#include "engine/loadprogress.h"
#include "engine/remotepeer.h"
#include "engine/stagelink.h"
#include "model/computeoptions.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

class Checkpoint;

// A stage on a peer node (mdi-node), reached over an authenticated PeerConnection that lives
// on a network thread of the link's own. connect() says Hello, sends LoadStage with the SHA-256
// of every tensor of the assigned layers, streams exactly the tensors (or rest of them) the node
// does not hold, and waits for StageReady. post() then sends Forwards and Drops without waiting:
// several sessions may be in flight, and the node answers each in order; results go to the
// handler on the network thread. Every few seconds (and on request) it asks the node for its
// Stats, which stats() then reports. When the connection ends, every step in flight (and every
// later one) is answered with an error naming the peer, and the lost handler is told.
//
// A node is not trusted: every Result must have the rows and width asked for, a known dtype and
// finite values, and it travels on with the positions and cache start this side sent (never the
// node's echo of them). Each load phase and each Forward has a deadline, a base plus time for
// the work (bytes to hash or build, rows x weights and attention), counted for a Forward from
// when it was sent or the node answered the one before it (the node answers in order). A node
// that breaks either rule is treated as lost: the connection is closed, the lost handler hears
// which peer did what, and the pipeline moves its layers.
class RemoteStageLink : public StageLink {
  Q_DECLARE_TR_FUNCTIONS(mdi::RemoteStageLink)

public:
  struct Options {
    RemotePeer peer;
    qint64 chunkBytes = 4 << 20;
    qint64 windowBytes = 64 << 20; // weight bytes queued in the socket at most
    int heartbeatIntervalMs = 1000;
    int heartbeatTimeoutMs = 4000; // a silent peer is declared lost within 5 s
    int statsIntervalMs = 2000;    // asks the node for its Stats this often once loaded (0: only on request)
    // connect() gives up soon after this becomes true (when the pipeline goes away); may be null.
    const std::atomic<bool> *cancel = nullptr;
    // Multiplies every deadline (tests make them short); 0 turns them off.
    double deadlineScale = 1.0;
    // Told how connect() gets on (hashing, then shipping or Cached, then Building), on the calling
    // thread and on the network thread; may be empty. Only phase, host, layers and bytes are set.
    std::function<void(const LoadProgress &)> progress;
  };
  // Blocks until the stage is ready or failed. The checkpoint must outlive the call only.
  static Expected<std::unique_ptr<RemoteStageLink>> connect(const Options &options, const Checkpoint &checkpoint,
                                                            const ComputeOptions &compute, int firstLayer,
                                                            int lastLayer);
  ~RemoteStageLink() override;

  void setResultHandler(ResultHandler handler) override;
  void post(StageMessage message) override;
  // Forwards of several sessions travel as one ForwardBatch (protocol version 2), which the node
  // runs as one pass and answers with one ResultBatch, checked entry by entry like a Result.
  void setBatchResultHandler(BatchResultHandler handler) override;
  void postBatch(std::vector<StageMessage> batch) override;
  StageStats stats() const override;

  bool isRemote() const override { return true; }
  // Called once, on the network thread, when the connection ends after the load (also when it
  // ended before the handler was set). Thread-safe.
  void setLostHandler(std::function<void(const QString &reason)> handler) override;
  // Called on the network thread whenever the node's Stats arrived. Thread-safe.
  void setStatsHandler(std::function<void()> handler) override;
  // Asks the node for its Stats now (answered through the stats handler). Thread-safe.
  void requestStats() override;
  bool isConnected() const override;
  // Weight bytes sent by connect() (0 when the node had them all).
  qint64 weightBytesSent() const override;
  QString peerName() const;

  struct Private;

private:
  explicit RemoteStageLink(std::unique_ptr<Private> d);
  std::unique_ptr<Private> d;
};

} // namespace mdi
