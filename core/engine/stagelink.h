#pragma once

#include "engine/stagemessage.h"
#include "engine/stagestats.h"

#include <functional>

namespace mdi {

// How the pipeline reaches one stage: in this process (LocalStageLink) or on a peer over the
// network. post() never blocks; the stage's answers come back through the result handler, on a
// thread of the link's choosing. Nothing else in the engine knows which kind of link it holds.
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
};

} // namespace mdi
