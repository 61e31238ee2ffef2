#pragma once

#include "engine/hostdescription.h"
#include "engine/plan.h"
#include "model/computeoptions.h"
#include "model/modelconfig.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

namespace mdi {

// What the planner must leave room for besides the weights.
struct PlannerOptions {
  ComputeDtype dtype = ComputeDtype::BF16;
  qint64 contextTokens = 4096;       // KV cache positions per session
  int sessions = 1;                  // sessions whose caches live at the same time
  qint64 reserveBytes = 512ll << 20; // kept free on every host (activations, buffers, the OS)
};

// Places the decoder layers on hosts. Layers are identical, so a plan is a layer count per host
// (in the given ring order). The planner minimises the slowest stage's time per token, which
// bounds the pipeline's throughput when several sessions are in flight:
//   time(host) = (its layers' weight bytes [+ final norm and head bytes on the coordinator]) / speed,
// within each host's free memory:
//   layers * (weights + KV cache for contextTokens * sessions) + reserve
//   [+ embedding, untied head, final norm and vision tower on the coordinator] <= freeMemoryBytes.
// It searches the bottleneck time exactly over every candidate value; among the plans that reach
// the smallest bottleneck it uses as few hosts as possible, then balances the layers between them
// (ties to the earlier host). Hosts without a usable speed get no layers.
class Planner {
  Q_DECLARE_TR_FUNCTIONS(mdi::Planner)

public:
  // Hosts that get no layers are left out of the plan (a coordinator that gets none still runs
  // the embedding and head). Refuses, saying what is short, when the layers cannot fit.
  static Expected<Plan> plan(const ModelConfig &config, const QList<HostDescription> &hosts,
                             const PlannerOptions &options);

  // Bytes of `count` weights stored in the given format (scales included).
  static qint64 weightBytes(qint64 count, ComputeDtype dtype);
  // Bytes of one decoder layer's weights, in the given dtype.
  static qint64 layerWeightBytes(const ModelConfig &config, ComputeDtype dtype);
  // Bytes of one layer's K and V cache per token.
  static qint64 kvBytesPerToken(const ModelConfig &config, ComputeDtype dtype);
  // What the coordinator stores besides layers: embedding (+ untied head) + final norm + vision tower.
  static qint64 coordinatorBytes(const ModelConfig &config, ComputeDtype dtype);
  // What the coordinator reads per token besides layers: final norm + head (the embedding when tied).
  static qint64 headBytes(const ModelConfig &config, ComputeDtype dtype);
  // Estimated seconds per token of each stage of a plan (the coordinator's stage includes the
  // head). A stage on a host missing from hosts counts at speed 1 GB/s.
  static QList<double> stageTimes(const ModelConfig &config, const Plan &plan, const QList<HostDescription> &hosts,
                                  ComputeDtype dtype);
  // The largest stage time of a plan, including the coordinator's head when it holds no layers.
  static double bottleneckTime(const ModelConfig &config, const Plan &plan, const QList<HostDescription> &hosts,
                               ComputeDtype dtype);
};

} // namespace mdi
