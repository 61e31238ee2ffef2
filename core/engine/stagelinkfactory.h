#pragma once

#include "engine/loadprogress.h"
#include "engine/remotepeer.h"
#include "model/computeoptions.h"
#include "util/expected.h"

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

class Checkpoint;
class StageLink; // engine/stagelink.h includes ATen; this header stays torch-free

// Makes the links to stages on peers: the pipeline asks it for each plan entry that names a
// peer and for failover targets, and never learns how the bytes travel. The implementation
// (remote/RemoteStageLinkFactory) lives above the engine, so the engine does not depend on the
// network; the program's composition root hands one to Engine (or Pipeline::Options). Without
// one, a plan that names a peer fails to load with a message that says so.
class StageLinkFactory {
public:
  struct Request {
    RemotePeer peer;
    int firstLayer = 0;
    int lastLayer = 0; // exclusive
    // Gives up soon after this becomes true (the pipeline goes away); may be null.
    const std::atomic<bool> *cancel = nullptr;
    // How the load gets on, on the calling thread and on network threads; may be empty.
    std::function<void(const LoadProgress &)> progress;
  };

  virtual ~StageLinkFactory() = default;
  // Blocks until the stage runs on the peer, or fails with a message that names the peer and the
  // cause. The checkpoint must outlive the call only.
  virtual Expected<std::unique_ptr<StageLink>> connect(const Request &request, const Checkpoint &checkpoint,
                                                       const ComputeOptions &compute) = 0;
};

} // namespace mdi
