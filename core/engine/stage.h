#pragma once

#include "engine/stagemessage.h"
#include "engine/stagestats.h"
#include "model/decoderlayers.h"
#include "model/kvcache.h"
#include "util/expected.h"

#include <QHash>

namespace mdi {

class Checkpoint;
class TensorFactory;

// A contiguous range [first, last) of decoder layers with the KV caches of every session that
// passes through it. Loads only its own layers' tensors. Thread-confined: the worker that owns
// it is the only caller. A session's cache is created on its first forward, cut back to the
// message's cacheStart on every forward (rewinds), and freed by drop().
class Stage {
public:
  static Expected<std::unique_ptr<Stage>> load(const Checkpoint &checkpoint, const TensorFactory &factory, int first,
                                               int last, qint64 kvChunk);

  int firstLayer() const { return m_layers.first(); }
  int lastLayer() const { return m_layers.last(); }
  qint64 weightBytes() const { return m_layers.weightBytes(); }

  // Runs the layers on message.hidden; the result has the same shape (or only the last row when
  // message.lastRowOnly). Errors (a cacheStart beyond the cache, say) leave the cache unchanged.
  Expected<at::Tensor> forward(const StageMessage &message);
  // Forwards of distinct sessions in one pass through the layers (batched decoding): each
  // message's result is what forward() would give it alone. A message that fails the checks
  // gets its own error and the others still run.
  std::vector<Expected<at::Tensor>> forward(const std::vector<StageMessage> &batch);
  void drop(quint64 session);

  qint64 cacheBytes() const;
  int sessionCount() const { return int(m_caches.size()); }
  qint64 cachedLength(quint64 session) const;

private:
  // Why message cannot run here, or an empty string.
  QString check(const StageMessage &message) const;

  Stage(DecoderLayers layers, qint64 kvChunk) : m_layers(std::move(layers)), m_kvChunk(kvChunk) {}

  DecoderLayers m_layers;
  qint64 m_kvChunk;
  QHash<quint64, KvCache> m_caches;
};

} // namespace mdi
