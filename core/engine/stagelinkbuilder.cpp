#include "engine/stagelinkbuilder.h"

#include "engine/localstagelink.h"
#include "engine/stage.h"
#include "engine/stagelinkfactory.h"
#include "model/checkpoint.h"
#include "model/tensorfactory.h"

namespace mdi {

StageLinkBuilder::StageLinkBuilder(const Checkpoint &checkpoint, const TensorFactory &factory, Options options) :
    m_checkpoint(checkpoint), m_factory(factory), m_options(std::move(options)) {}

const RemotePeer *StageLinkBuilder::findPeer(const QString &hostId) const {
  for (const RemotePeer &peer : m_options.peers)
    if (peer.hostId == hostId)
      return &peer;
  return nullptr;
}

Expected<std::unique_ptr<StageLink>> StageLinkBuilder::build(const StageAssignment &stage, int threads,
                                                             std::function<void(const LoadProgress &)> progress,
                                                             const std::atomic<bool> *cancel) const {
  const RemotePeer *peer = findPeer(stage.hostId);
  if (!peer)
    return buildHere(stage, stage.hostId, threads);
  if (!m_options.peerLinks)
    return makeError(tr("Layers %1-%2 are planned on the peer %3, but this program cannot reach peers.")
                         .arg(stage.firstLayer)
                         .arg(stage.lastLayer - 1)
                         .arg(peer->host));
  StageLinkFactory::Request request;
  request.peer = *peer;
  request.firstLayer = stage.firstLayer;
  request.lastLayer = stage.lastLayer;
  request.cancel = cancel;
  request.progress = std::move(progress);
  try {
    return m_options.peerLinks->connect(request, m_checkpoint, m_options.compute);
  } catch (const c10::Error &e) {
    return makeError(QString::fromStdString(e.what_without_backtrace()));
  }
}

Expected<std::unique_ptr<StageLink>> StageLinkBuilder::buildHere(const StageAssignment &stage, const QString &hostId,
                                                                 int threads) const {
  try {
    auto built = Stage::load(m_checkpoint, m_factory, stage.firstLayer, stage.lastLayer, m_options.compute.kvChunk);
    if (!built)
      return makeError(built.error());
    return std::unique_ptr<StageLink>(std::make_unique<LocalStageLink>(std::move(*built), hostId, threads));
  } catch (const c10::Error &e) {
    return makeError(QString::fromStdString(e.what_without_backtrace()));
  }
}

StageLinkBuilder::Replacement StageLinkBuilder::replace(size_t index, const StageAssignment &stage,
                                                        const QList<RemotePeer> &candidates, int threads,
                                                        const std::atomic<bool> *cancel) const {
  Replacement out;
  for (const RemotePeer &peer : candidates) {
    if ((cancel && *cancel) || !m_options.peerLinks)
      break;
    StageAssignment there = stage;
    there.hostId = peer.hostId;
    auto remote = build(there, threads, {}, cancel);
    if (remote) {
      out.where = (*remote)->stats().host;
      out.hostId = peer.hostId;
      out.link = std::move(*remote);
      return out;
    }
    out.tried.append(remote.error());
  }
  if (cancel && *cancel) {
    out.error = tr("The model is being unloaded.");
    return out;
  }
  // This computer (the coordinator's host) takes them.
  out.hostId = QStringLiteral("local:failover%1").arg(index);
  auto here = buildHere(stage, out.hostId, threads);
  if (!here) {
    out.error = here.error();
    out.hostId.clear();
    return out;
  }
  out.where = tr("this computer");
  out.link = std::move(*here);
  return out;
}

} // namespace mdi
