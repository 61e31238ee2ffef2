#pragma once

#include "engine/stagemessage.h"
#include "engine/stagestats.h"

#include <QString>

#include <functional>

namespace mdi {

// How the pipeline reaches one stage: in this process (LocalStageLink) or on a peer over the
// network (remote/RemoteStageLink, made by a StageLinkFactory). post() never blocks; the stage's
// answers come back through the result handler, on a thread of the link's choosing. The engine
// knows links only through this interface: the hooks below have do-nothing defaults, and a link
// to another machine overrides them (its loss is survivable: the pipeline moves its layers).
class StageLink {
public:
  using ResultHandler = std::function<void(StageResult)>;

  virtual ~StageLink() = default;
  // Set once, before the first post().
  virtual void setResultHandler(ResultHandler handler) = 0;
  // Queues a forward or a drop; both are answered through the handler, in order, so a drop
  // passed on along the ring never overtakes a forward of the same session. Thread-safe.
  virtual void post(StageMessage message) = 0;
  // A snapshot; thread-safe.
  virtual StageStats stats() const = 0;

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
