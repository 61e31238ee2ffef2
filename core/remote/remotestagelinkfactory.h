#pragma once

#include "engine/stagelinkfactory.h"

namespace mdi {

// The StageLinkFactory of programs that reach peers: each link is a RemoteStageLink (TLS-PSK to
// an mdi-node, the stage's weights shipped or found in the node's cache). The composition root
// (the app, mdi-run, tests) gives one to Engine.
class RemoteStageLinkFactory : public StageLinkFactory {
public:
  // deadlineScale: RemoteStageLink::Options::deadlineScale of every link (tests make it small).
  explicit RemoteStageLinkFactory(double deadlineScale = 1.0) : m_deadlineScale(deadlineScale) {}
  Expected<std::unique_ptr<StageLink>> connect(const Request &request, const Checkpoint &checkpoint,
                                               const ComputeOptions &compute) override;

  static std::shared_ptr<StageLinkFactory> create(double deadlineScale = 1.0);

private:
  double m_deadlineScale;
};

} // namespace mdi
