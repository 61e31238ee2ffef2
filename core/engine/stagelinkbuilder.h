#pragma once

#include "engine/loadprogress.h"
#include "engine/plan.h"
#include "engine/remotepeer.h"
#include "engine/stagelink.h"
#include "model/computeoptions.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

class Checkpoint;
class StageLinkFactory;
class TensorFactory;

// Builds the links of a pipeline's stages: a Stage in this process behind a LocalStageLink, or a
// stage on a peer through the StageLinkFactory; and, after a peer was lost, the replacement of one
// stage: the first candidate peer that takes the layers (FailoverPlanner orders them), else this
// computer. Used by Pipeline::load and by the pipeline's loader threads; it holds references to
// the pipeline's checkpoint and tensor factory, which outlive it.
class StageLinkBuilder {
  Q_DECLARE_TR_FUNCTIONS(mdi::StageLinkBuilder)

public:
  struct Options {
    ComputeOptions compute;
    QList<RemotePeer> peers;                     // those plan entries may name
    std::shared_ptr<StageLinkFactory> peerLinks; // null: no peers can be reached
  };
  struct Replacement {
    std::unique_ptr<StageLink> link;
    QString hostId;
    QString where;     // for people: "attic (192.168.1.5:45834)" or "this computer"
    QStringList tried; // peers that could not take the layers, and why
    QString error;     // when nowhere could
  };

  StageLinkBuilder(const Checkpoint &checkpoint, const TensorFactory &factory, Options options);

  const RemotePeer *findPeer(const QString &hostId) const;
  const QList<RemotePeer> &peers() const { return m_options.peers; }

  // The stage of one plan entry: on its peer (progress reports shipping and building there), or
  // here with `threads` intra-op threads. Blocks; throws nothing.
  Expected<std::unique_ptr<StageLink>> build(const StageAssignment &stage, int threads,
                                             std::function<void(const LoadProgress &)> progress = {},
                                             const std::atomic<bool> *cancel = nullptr) const;
  // The layers of a lost stage (ring index `index`) on the first of `candidates` that takes
  // them, else here. Stops trying peers once cancel is set.
  Replacement replace(size_t index, const StageAssignment &stage, const QList<RemotePeer> &candidates, int threads,
                      const std::atomic<bool> *cancel) const;

private:
  Expected<std::unique_ptr<StageLink>> buildHere(const StageAssignment &stage, const QString &hostId,
                                                 int threads) const;

  const Checkpoint &m_checkpoint;
  const TensorFactory &m_factory;
  Options m_options;
};

} // namespace mdi
