#pragma once

#include "engine/stagemessage.h"
#include "engine/stagestats.h"

#include <QString>

#include <functional>
#include <vector>

namespace mdi {

// How the pipeline reaches one stage: in this process (LocalStageLink) or on a peer over the
// network (remote/RemoteStageLink, made by a StageLinkFactory). post() never blocks; the stage's
// answers come back through the result handler, on a thread of the link's choosing. The engine
// knows links only through this interface: the hooks below have do-nothing defaults, and a link
// to another machine overrides them (its loss is survivable: the pipeline moves its layers).
class StageLink {
public:
  using ResultHandler = std::function<void(StageResult)>;
  using BatchResultHandler = std::function<void(std::vector<StageResult>)>;

  virtual ~StageLink() = default;
  // Set once, before the first post().
  virtual void setResultHandler(ResultHandler handler) = 0;
  // Queues a forward or a drop; both are answered through the handler, in order, so a drop
  // passed on along the ring never overtakes a forward of the same session. Thread-safe.
  virtual void post(StageMessage message) = 0;
  // A snapshot; thread-safe.
  virtual StageStats stats() const = 0;

  // Batched decoding: forwards of distinct sessions that the stage may run as one pass (each
  // weight read once for all of them). Their results come back through the batch handler, all
  // of one batch together where the link can (a link that cannot answers each as a batch of
  // one, which is what these defaults do). Use either the batch pair or the single pair.
  virtual void setBatchResultHandler(BatchResultHandler handler) {
    setResultHandler([handler = std::move(handler)](StageResult result) {
      std::vector<StageResult> one;
      one.push_back(std::move(result));
      handler(std::move(one));
    });
  }
  virtual void postBatch(std::vector<StageMessage> batch) {
    for (StageMessage &message : batch)
      post(std::move(message));
  }

  // Whether the stage runs on another machine, which can be lost (its steps are then replayed
  // from the hidden states the coordinator keeps).
  virtual bool isRemote() const { return false; }
  // False once the machine behind the link is gone.
  virtual bool isConnected() const { return true; }
  // Called once, on a thread of the link's choosing, when the machine behind it is lost.
  virtual void setLostHandler(std::function<void(const QString &reason)> handler) { (void)handler; }
  // Called on a thread of the link's choosing whenever new statistics arrived.
  virtual void setStatsHandler(std::function<void()> handler) { (void)handler; }
  // Asks for fresh statistics (answered through the stats handler).
  virtual void requestStats() {}
  // Weight bytes sent to build the stage (0 when the other side had them all, or for a local link).
  virtual qint64 weightBytesSent() const { return 0; }
};

} // namespace mdi
