#pragma once

#include "engine/stagelinkfactory.h"

namespace mdi {

// The StageLinkFactory of programs that reach peers: each link is a RemoteStageLink (TLS-PSK to
// an mdi-node, the stage's weights shipped or found in the node's cache). The composition root
// (the app, mdi-run, tests) gives one to Engine.
class RemoteStageLinkFactory : public StageLinkFactory {
public:
  Expected<std::unique_ptr<StageLink>> connect(const Request &request, const Checkpoint &checkpoint,
                                               const ComputeOptions &compute) override;

  static std::shared_ptr<StageLinkFactory> create();
};

} // namespace mdi
