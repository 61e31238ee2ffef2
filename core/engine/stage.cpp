#include "engine/stage.h"

#include "model/checkpoint.h"
#include "model/tensorfactory.h"

#include <QCoreApplication>

namespace mdi {

Expected<std::unique_ptr<Stage>> Stage::load(const Checkpoint &checkpoint, const TensorFactory &factory, int first,
                                             int last, qint64 kvChunk) {
  auto layers = DecoderLayers::load(checkpoint, factory, first, last);
  if (!layers)
    return makeError(layers.error());
  return std::unique_ptr<Stage>(new Stage(std::move(*layers), kvChunk));
}

Expected<at::Tensor> Stage::forward(const StageMessage &message) {
  // Everything that can be checked is checked before the cache is touched (or created), so a
  // refused message leaves the session as it was.
  const qint64 cached = cachedLength(message.session);
  if (message.cacheStart < 0 || message.cacheStart > cached)
    return makeError(QCoreApplication::translate("Stage", "Layers %1-%2 hold %3 tokens of this conversation, but the "
                                                          "next step starts at token %4.")
                         .arg(firstLayer())
                         .arg(lastLayer() - 1)
                         .arg(cached)
                         .arg(message.cacheStart));
  const qint64 hiddenSize = m_layers.config().hiddenSize;
  if (!message.hidden.defined() || message.hidden.dim() != 2 || message.hidden.size(1) != hiddenSize ||
      message.hidden.size(0) != message.positions.count() || message.positions.isEmpty())
    return makeError(QCoreApplication::translate("Stage", "Layers %1-%2 received a malformed step: %3 hidden states "
                                                          "of width %4 with %5 positions (expected width %6).")
                         .arg(firstLayer())
                         .arg(lastLayer() - 1)
                         .arg(message.hidden.defined() && message.hidden.dim() > 0 ? message.hidden.size(0) : 0)
                         .arg(message.hidden.defined() && message.hidden.dim() == 2 ? message.hidden.size(1) : 0)
                         .arg(message.positions.count())
                         .arg(hiddenSize));
  auto it = m_caches.find(message.session);
  if (it == m_caches.end())
    it = m_caches.insert(message.session, m_layers.createCache(m_kvChunk));
  KvCache &cache = *it;
  cache.truncate(message.cacheStart);
  auto out = m_layers.forward(message.hidden, message.positions, cache);
  if (!out)
    return makeError(out.error());
  if (message.lastRowOnly)
    return out->narrow(0, out->size(0) - 1, 1);
  return *out;
}

void Stage::drop(quint64 session) {
  m_caches.remove(session);
}

qint64 Stage::cacheBytes() const {
  qint64 bytes = 0;
  for (const KvCache &cache : m_caches)
    bytes += cache.bytes();
  return bytes;
}

qint64 Stage::cachedLength(quint64 session) const {
  const auto it = m_caches.constFind(session);
  return it == m_caches.constEnd() ? 0 : it->length();
}

} // namespace mdi
