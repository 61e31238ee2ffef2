#pragma once

#include "engine/engine.h"
#include "engine/hostdescription.h"
#include "engine/plan.h"
#include "engine/remotepeer.h"
#include "model/computeoptions.h"
#include "model/modelconfig.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace mdi {

// The one place where "which layers go where" becomes the plan and peers of an EngineLoadOptions,
// for the app and for mdi-run alike. Two policies share it: Fixed (mdi-run's --stages, --plan and
// --peer: an explicit or even plan whose last K stages run on the K peers, in order) and
// Automatic (the Peers panel: the planner over this computer and the peers the roster chose,
// using their reported speed and free memory; without peers every layer stays here). Either way
// the result names only the peers the plan uses. Torch-free and stateless.
class PlacementAssembly {
  Q_DECLARE_TR_FUNCTIONS(mdi::PlacementAssembly)

public:
  enum class Policy { Fixed, Automatic };

  // A peer the planner may use: how to reach it (peer.hostId is the plan's host id for it) and
  // what it reported (host.speed and host.freeMemoryBytes; 0: not reported).
  struct Candidate {
    RemotePeer peer;
    HostDescription host;
  };

  struct Request {
    Policy policy = Policy::Fixed;
    // Fixed: the explicit plan (empty: `stages` even local stages; stages 0: one per peer, at
    // least one) and the peers for its last stages (host ids are assigned: "peer:0", ...).
    Plan plan;
    int stages = 0;
    QList<RemotePeer> peers;
    // Automatic: the peers the planner may place layers on, this computer's free memory (0: not
    // known) and the weight precision the memory figures assume.
    QList<Candidate> candidates;
    qint64 localFreeMemoryBytes = 0;
    ComputeDtype dtype = ComputeDtype::BF16;
  };

  struct Placement {
    Plan plan;                         // what loads: host ids "local:..."/"local" here, else peers'
    QList<RemotePeer> peers;           // only those the plan names
    QHash<QString, QString> hostNames; // peer host id -> name, for showing the plan
    void applyTo(EngineLoadOptions &options) const;
  };

  // Free memory assumed for this computer where the system does not say (the planner then only
  // balances speed; the load itself reports a real shortage).
  static constexpr qint64 kUnknownMemoryBytes = 1ll << 40;

  static Expected<Placement> assemble(const ModelConfig &config, const Request &request);
  // This computer's free memory for a new load: what the system says is available plus what the
  // model loaded now holds (it is unloaded before the new one loads); kUnknownMemoryBytes when
  // the system does not say.
  static qint64 localFreeMemory(qint64 loadedWeightBytes);
};

} // namespace mdi
