#include "remote/remotestagelinkfactory.h"

#include "engine/stagelink.h"
#include "remote/remotestagelink.h"

namespace mdi {

Expected<std::unique_ptr<StageLink>>
RemoteStageLinkFactory::connect(const Request &request, const Checkpoint &checkpoint, const ComputeOptions &compute) {
  RemoteStageLink::Options options;
  options.peer = request.peer;
  options.cancel = request.cancel;
  options.progress = request.progress;
  options.deadlineScale = m_deadlineScale;
  auto link = RemoteStageLink::connect(options, checkpoint, compute, request.firstLayer, request.lastLayer);
  if (!link)
    return makeError(link.error());
  return std::unique_ptr<StageLink>(std::move(*link));
}

std::shared_ptr<StageLinkFactory> RemoteStageLinkFactory::create(double deadlineScale) {
  return std::make_shared<RemoteStageLinkFactory>(deadlineScale);
}

} // namespace mdi
