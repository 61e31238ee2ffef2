#include "engine/planner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdi {

namespace {

QString bytesText(qint64 bytes) {
  return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

bool usableSpeed(double speed) {
  return std::isfinite(speed) && speed > 0;
}

// How a host is named in messages: local ones by their name ("this computer"), peers as nodes.
QString hostLabel(const HostDescription &host) {
  if (host.isCoordinator || host.isLocal())
    return host.displayName();
  return Planner::tr("node '%1'").arg(host.displayName());
}

// Parameter counts per part of the model, in one pass over the tensor list.
struct PartCounts {
  qint64 vision = 0, embedding = 0, finalNorm = 0, head = 0, firstLayer = 0;
};

PartCounts partCounts(const ModelConfig &config) {
  using P = TensorSpec::Part;
  PartCounts counts;
  for (const TensorSpec &spec : config.tensorSpecs()) {
    switch (spec.part) {
    case P::Vision:
      counts.vision += spec.elementCount();
      break;
    case P::Embedding:
      counts.embedding += spec.elementCount();
      break;
    case P::FinalNorm:
      counts.finalNorm += spec.elementCount();
      break;
    case P::Head:
      counts.head += spec.elementCount();
      break;
    case P::Decoder:
      if (spec.layer == 0)
        counts.firstLayer += spec.elementCount();
      break;
    }
  }
  return counts;
}

// A host that takes part in the search.
struct Slot {
  int host = 0;       // index into the host list (ring order)
  double speed = 1.0; // bytes per second
  double extra = 0.0; // bytes read per token besides layers (the coordinator's head)
  int memoryCap = 0;  // layers that fit in its memory
  bool coordinator = false;
};

} // namespace

qint64 Planner::weightBytes(qint64 count, ComputeDtype dtype) {
  return qint64(double(count) * ComputeOptions::bytesPerWeight(dtype) + 0.5);
}

qint64 Planner::layerWeightBytes(const ModelConfig &config, ComputeDtype dtype) {
  return weightBytes(partCounts(config).firstLayer, dtype);
}

qint64 Planner::kvBytesPerToken(const ModelConfig &config, ComputeDtype) {
  // Keys and values are float32 whatever the weights' format (the kernels compute in float32).
  return 2 * qint64(config.text.numKeyValueHeads) * config.text.headDim * 4;
}

qint64 Planner::coordinatorBytes(const ModelConfig &config, ComputeDtype dtype) {
  const PartCounts c = partCounts(config);
  ComputeOptions options;
  options.dtype = dtype;
  return weightBytes(c.embedding + c.head + c.finalNorm, options.headFormat()) +
         weightBytes(c.vision, options.visionFormat());
}

qint64 Planner::headBytes(const ModelConfig &config, ComputeDtype dtype) {
  const PartCounts c = partCounts(config);
  const qint64 head = config.text.tieWordEmbeddings ? c.embedding : c.head;
  ComputeOptions options;
  options.dtype = dtype;
  return weightBytes(head + c.finalNorm, options.headFormat());
}

Expected<Plan> Planner::plan(const ModelConfig &config, const QList<HostDescription> &hosts,
                             const PlannerOptions &options) {
  const int layers = config.text.numLayers;
  if (layers <= 0)
    return makeError(tr("The model has no decoder layers to place."));
  if (hosts.isEmpty())
    return makeError(tr("There is no computer to run the model on."));
  if (options.contextTokens <= 0 || options.sessions <= 0)
    return makeError(tr("Cannot plan for a context of %1 tokens and %2 sessions: both must be at least 1.")
                         .arg(options.contextTokens)
                         .arg(options.sessions));

  const HostDescription *coordinator = nullptr;
  QSet<QString> ids;
  for (const HostDescription &h : hosts) {
    if (h.id.isEmpty())
      return makeError(tr("The host '%1' has no id.").arg(h.displayName()));
    if (ids.contains(h.id))
      return makeError(tr("Two hosts have the id '%1'.").arg(h.id));
    ids.insert(h.id);
    if (h.isCoordinator) {
      if (coordinator)
        return makeError(tr("Only one host can hold the embedding and head, but %1 and %2 both claim to.")
                             .arg(hostLabel(*coordinator), hostLabel(h)));
      coordinator = &h;
    }
  }

  const QString dtypeName = ComputeOptions::dtypeName(options.dtype);
  const qint64 reserve = qMax<qint64>(0, options.reserveBytes);
  const qint64 layerBytes = layerWeightBytes(config, options.dtype);
  const qint64 tokens = options.contextTokens * options.sessions;
  const qint64 perLayer = layerBytes + kvBytesPerToken(config, options.dtype) * tokens;
  const qint64 fixedBytes = coordinatorBytes(config, options.dtype);
  const double head = double(headBytes(config, options.dtype));
  Q_ASSERT(layerBytes > 0 && perLayer > 0);

  QList<Slot> slots;
  int memoryLayers = 0;
  for (int i = 0; i < hosts.size(); ++i) {
    const HostDescription &h = hosts.at(i);
    const bool usable = usableSpeed(h.speed);
    if (h.isCoordinator) {
      if (!usable)
        return makeError(
            tr("No speed is known for %1, but it must run the model's embedding and head.").arg(hostLabel(h)));
      if (h.freeMemoryBytes < fixedBytes + reserve)
        return makeError(
            tr("The model's embedding, vision tower and head need %2 in %3 on %1, plus %4 kept free, but it has "
               "only %5 free.")
                .arg(hostLabel(h), bytesText(fixedBytes), dtypeName, bytesText(reserve), bytesText(h.freeMemoryBytes)));
    }
    if (!usable)
      continue;
    const qint64 room = h.freeMemoryBytes - reserve - (h.isCoordinator ? fixedBytes : 0);
    Slot slot;
    slot.host = i;
    slot.speed = h.speed * 1e9;
    slot.extra = h.isCoordinator ? head : 0.0;
    slot.memoryCap = room > 0 ? int(qMin<qint64>(room / perLayer, layers)) : 0;
    slot.coordinator = h.isCoordinator;
    memoryLayers += slot.memoryCap;
    slots.append(slot);
  }

  if (memoryLayers < layers) {
    qint64 totalFree = 0;
    int counted = 0;
    QStringList perHost;
    for (const HostDescription &h : hosts) {
      if (usableSpeed(h.speed)) {
        totalFree += qMax<qint64>(0, h.freeMemoryBytes);
        ++counted;
        perHost.append(tr("%1 %2").arg(hostLabel(h), bytesText(h.freeMemoryBytes)));
      } else {
        perHost.append(tr("%1 %2, no speed measured").arg(hostLabel(h), bytesText(h.freeMemoryBytes)));
      }
    }
    const qint64 needed = layers * perLayer + (coordinator ? fixedBytes : 0) + reserve * qMax(1, counted);
    QString message = tr("The model needs %3 in %4: %5 for its %1 decoder layers (weights and the key/value cache for "
                         "%2 tokens)")
                          .arg(layers)
                          .arg(tokens)
                          .arg(bytesText(needed), dtypeName, bytesText(layers * perLayer));
    if (coordinator)
      message +=
          tr(", %1 on %2 for the embedding, vision tower and head").arg(bytesText(fixedBytes), hostLabel(*coordinator));
    message += tr(", and %1 kept free on each host. The hosts have %4 free (%5): room for only %2 of the %3 layers.")
                   .arg(bytesText(reserve))
                   .arg(memoryLayers)
                   .arg(layers)
                   .arg(bytesText(totalFree), perHost.join(QStringLiteral(", ")));
    return makeError(message);
  }

  // Seconds per token of a slot holding n layers. Every comparison goes through this one
  // function, so a candidate bottleneck compares equal to the stage it came from.
  auto timeOf = [&](const Slot &s, int n) { return (double(n) * double(layerBytes) + s.extra) / s.speed; };
  // The most layers a slot can take without exceeding t; -1 when even none exceeds it.
  auto layersWithin = [&](const Slot &s, double t) {
    if (timeOf(s, 0) > t)
      return -1;
    int n = 0;
    while (n < s.memoryCap && timeOf(s, n + 1) <= t)
      ++n;
    return n;
  };
  auto feasible = [&](double t) {
    int total = 0;
    for (const Slot &s : slots) {
      const int n = layersWithin(s, t);
      if (n < 0)
        return false;
      total += n;
    }
    return total >= layers;
  };

  // The optimal bottleneck is one of the stage times a slot can have (or the coordinator's head alone).
  QList<double> candidates;
  for (const Slot &s : slots)
    for (int n = 0; n <= s.memoryCap; ++n)
      candidates.append(timeOf(s, n));
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  qsizetype lo = 0, hi = candidates.size() - 1;
  Q_ASSERT(feasible(candidates.at(hi)));
  while (lo < hi) {
    const qsizetype mid = lo + (hi - lo) / 2;
    if (feasible(candidates.at(mid)))
      hi = mid;
    else
      lo = mid + 1;
  }
  const double bottleneck = candidates.at(lo);

  // As few hosts as reach the bottleneck: the ones that can take the most layers (the
  // coordinator first among equals, as its stage needs no network hop of its own).
  QList<int> within(slots.size());
  QList<int> byRoom(slots.size());
  for (int i = 0; i < slots.size(); ++i) {
    within[i] = qMax(0, layersWithin(slots.at(i), bottleneck));
    byRoom[i] = i;
  }
  std::stable_sort(byRoom.begin(), byRoom.end(), [&](int a, int b) {
    if (within.at(a) != within.at(b))
      return within.at(a) > within.at(b);
    return slots.at(a).coordinator && !slots.at(b).coordinator;
  });
  QList<bool> chosen(slots.size(), false);
  int room = 0;
  for (int i : byRoom) {
    if (room >= layers)
      break;
    if (within.at(i) == 0)
      break;
    chosen[i] = true;
    room += within.at(i);
  }
  Q_ASSERT(room >= layers);

  // Balance the layers over the chosen hosts: each goes where it finishes soonest.
  QList<int> counts(slots.size(), 0);
  for (int layer = 0; layer < layers; ++layer) {
    int best = -1;
    double bestTime = 0;
    for (int i = 0; i < slots.size(); ++i) {
      if (!chosen.at(i) || counts.at(i) >= within.at(i))
        continue;
      const double t = timeOf(slots.at(i), counts.at(i) + 1);
      if (best < 0 || t < bestTime) {
        best = i;
        bestTime = t;
      }
    }
    Q_ASSERT(best >= 0);
    ++counts[best];
  }

  Plan plan;
  int first = 0;
  for (int i = 0; i < slots.size(); ++i) {
    if (counts.at(i) == 0)
      continue;
    plan.stages.append({hosts.at(slots.at(i).host).id, first, first + counts.at(i)});
    first += counts.at(i);
  }
  Q_ASSERT(plan.validate(layers));
  return plan;
}

QList<double> Planner::stageTimes(const ModelConfig &config, const Plan &plan, const QList<HostDescription> &hosts,
                                  ComputeDtype dtype) {
  const double layerBytes = double(layerWeightBytes(config, dtype));
  const double head = double(headBytes(config, dtype));
  QList<double> times;
  times.reserve(plan.stages.size());
  for (const StageAssignment &stage : plan.stages) {
    double speed = 1.0;
    double bytes = stage.layerCount() * layerBytes;
    for (const HostDescription &h : hosts) {
      if (h.id != stage.hostId)
        continue;
      speed = h.speed;
      if (h.isCoordinator)
        bytes += head;
      break;
    }
    times.append(usableSpeed(speed) ? bytes / (speed * 1e9) : std::numeric_limits<double>::infinity());
  }
  return times;
}

double Planner::bottleneckTime(const ModelConfig &config, const Plan &plan, const QList<HostDescription> &hosts,
                               ComputeDtype dtype) {
  double worst = 0;
  for (double t : stageTimes(config, plan, hosts, dtype))
    worst = qMax(worst, t);
  for (const HostDescription &h : hosts) {
    if (!h.isCoordinator)
      continue;
    const bool inPlan =
        std::any_of(plan.stages.begin(), plan.stages.end(), [&](const StageAssignment &s) { return s.hostId == h.id; });
    if (!inPlan)
      worst = qMax(worst, usableSpeed(h.speed) ? double(headBytes(config, dtype)) / (h.speed * 1e9)
                                               : std::numeric_limits<double>::infinity());
  }
  return worst;
}

} // namespace mdi
