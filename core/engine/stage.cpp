#include "engine/stage.h"

#include "model/checkpoint.h"
#include "model/tensorfactory.h"

#include <QCoreApplication>
#include <QSet>

namespace mdi {

Expected<std::unique_ptr<Stage>> Stage::load(const Checkpoint &checkpoint, const TensorFactory &factory, int first,
                                             int last, qint64 kvChunk) {
  auto layers = DecoderLayers::load(checkpoint, factory, first, last);
  if (!layers)
    return makeError(layers.error());
  return std::unique_ptr<Stage>(new Stage(std::move(*layers), kvChunk));
}

QString Stage::check(const StageMessage &message) const {
  const qint64 cached = cachedLength(message.session);
  if (message.cacheStart < 0 || message.cacheStart > cached)
    return QCoreApplication::translate("Stage", "Layers %1-%2 hold %3 tokens of this conversation, but the next step "
                                                "starts at token %4.")
        .arg(firstLayer())
        .arg(lastLayer() - 1)
        .arg(cached)
        .arg(message.cacheStart);
  const qint64 hiddenSize = m_layers.config().hiddenSize;
  if (!message.hidden.defined() || message.hidden.dim() != 2 || message.hidden.size(1) != hiddenSize ||
      message.hidden.size(0) != message.positions.count() || message.positions.isEmpty())
    return QCoreApplication::translate("Stage", "Layers %1-%2 received a malformed step: %3 hidden states of width "
                                                "%4 with %5 positions (expected width %6).")
        .arg(firstLayer())
        .arg(lastLayer() - 1)
        .arg(message.hidden.defined() && message.hidden.dim() > 0 ? message.hidden.size(0) : 0)
        .arg(message.hidden.defined() && message.hidden.dim() == 2 ? message.hidden.size(1) : 0)
        .arg(message.positions.count())
        .arg(hiddenSize);
  return {};
}

Expected<at::Tensor> Stage::forward(const StageMessage &message) {
  return std::move(forward(std::vector<StageMessage>{message}).front());
}

std::vector<Expected<at::Tensor>> Stage::forward(const std::vector<StageMessage> &batch) {
  std::vector<Expected<at::Tensor>> results(batch.size(), makeError(QString()));
  // Everything that can be checked is checked before a cache is touched (or created), so a
  // refused message leaves its session as it was.
  std::vector<size_t> runs;
  QSet<quint64> sessions;
  for (size_t i = 0; i < batch.size(); ++i) {
    const StageMessage &message = batch[i];
    QString error = check(message);
    if (error.isEmpty() && sessions.contains(message.session))
      error = QCoreApplication::translate("Stage", "Layers %1-%2 received two steps of one conversation at once.")
                  .arg(firstLayer())
                  .arg(lastLayer() - 1);
    if (!error.isEmpty()) {
      results[i] = makeError(error);
      continue;
    }
    sessions.insert(message.session);
    runs.push_back(i);
  }
  if (runs.empty())
    return results;

  std::vector<DecoderLayers::Segment> segments;
  std::vector<at::Tensor> hidden;
  QList<qint64> positions[3];
  for (const size_t i : runs) {
    const StageMessage &message = batch[i];
    auto it = m_caches.find(message.session);
    if (it == m_caches.end())
      it = m_caches.insert(message.session, m_layers.createCache(m_kvChunk));
    it->truncate(message.cacheStart);
    segments.push_back({message.hidden.size(0), &*it});
    hidden.push_back(message.hidden);
    for (int axis = 0; axis < 3; ++axis) {
      const qint64 *row = message.positions.row(axis);
      positions[axis].append(QList<qint64>(row, row + message.positions.count()));
    }
  }
  try {
    const at::Tensor input = hidden.size() == 1 ? hidden.front() : at::cat(hidden, 0);
    const PositionIds ids = PositionIds::fromRows(positions[0] + positions[1] + positions[2]);
    const Mrope::Tables rotary = m_layers.rope().tables(ids, m_layers.tensorOptions().device());
    const at::Tensor out = m_layers.forward(input, rotary, segments);
    qint64 row = 0;
    for (size_t s = 0; s < runs.size(); ++s) {
      const StageMessage &message = batch[runs[s]];
      const qint64 rows = segments[s].rows;
      results[runs[s]] = message.lastRowOnly ? out.narrow(0, row + rows - 1, 1) : out.narrow(0, row, rows);
      row += rows;
    }
  } catch (const c10::Error &e) {
    const QString error = QCoreApplication::translate("Stage", "Decoder layers %1-%2 failed: %3")
                              .arg(firstLayer())
                              .arg(lastLayer() - 1)
                              .arg(QString::fromStdString(e.what_without_backtrace()));
    for (const size_t i : runs)
      results[i] = makeError(error);
  }
  return results;
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
