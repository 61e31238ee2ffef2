#include "engine/batchscheduler.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace mdi {

namespace {
qint64 nowNs() {
  static QElapsedTimer clock = [] {
    QElapsedTimer t;
    t.start();
    return t;
  }();
  return clock.nsecsElapsed();
}
} // namespace

BatchScheduler::BatchScheduler(int maxBatch, qint64 prefillChunk) :
    m_maxBatch(qMax(1, maxBatch)), m_prefillChunk(qMax<qint64>(1, prefillChunk)) {}

void BatchScheduler::enqueue(quint64 id) {
  m_queuedAt[id] = ++m_lastQueued;
  m_queue.push_back(id);
}

bool BatchScheduler::hasRoom(size_t stages) const {
  // One batch per stage (each stage works on one while the next works on another); one answer
  // per pass means no limit, as each step then travels alone.
  const size_t slots = m_maxBatch == 1 ? std::numeric_limits<size_t>::max() : qMax<size_t>(1, stages);
  return m_batches.size() < slots;
}

qint64 BatchScheduler::chunkRows(bool othersDecoding) const {
  if (!othersDecoding)
    return m_prefillChunk;
  // About a quarter second of the stages' work, so the answers decoding beside this prompt keep
  // streaming; 32 rows until a rate has been seen.
  const qint64 rows = m_rowsPerSecond > 0 ? qint64(m_rowsPerSecond / 4) : 32;
  return qBound<qint64>(16, rows, m_prefillChunk);
}

std::vector<BatchScheduler::Pick> BatchScheduler::pick(const Lookup &lookup, qint64 active, qint64 stages) {
  struct Waiting {
    quint64 id;
    Candidate candidate;
  };
  std::vector<Waiting> waiting;
  std::vector<quint64> kept;
  for (const quint64 id : m_queue) {
    if (std::find(kept.begin(), kept.end(), id) != kept.end())
      continue;
    if (const std::optional<Candidate> c = lookup(id)) {
      kept.push_back(id);
      waiting.push_back({id, *c});
    }
  }
  m_queue = kept;
  for (auto it = m_queuedAt.begin(); it != m_queuedAt.end();)
    it = std::find(kept.begin(), kept.end(), it->first) == kept.end() ? m_queuedAt.erase(it) : std::next(it);
  // Higher priority first; equal ones in the order they started waiting (they take turns).
  std::stable_sort(waiting.begin(), waiting.end(), [this](const Waiting &a, const Waiting &b) {
    if (a.candidate.priority != b.candidate.priority)
      return a.candidate.priority > b.candidate.priority;
    return m_queuedAt.at(a.id) < m_queuedAt.at(b.id);
  });
  const qint64 perStage = (active + qMax<qint64>(1, stages) - 1) / qMax<qint64>(1, stages);
  const qint64 cap = qBound<qint64>(1, perStage, qint64(m_maxBatch));
  std::vector<Pick> picks;
  bool promptTaken = false;
  for (const Waiting &w : waiting) {
    if (qint64(picks.size()) >= cap)
      break;
    qint64 rows = w.candidate.pendingRows;
    if (rows <= 0)
      continue;
    if (w.candidate.prompt) {
      if (promptTaken)
        continue;
      promptTaken = true;
      rows = qMin(rows, chunkRows(w.candidate.othersDecoding));
    }
    picks.push_back({w.id, rows});
  }
  for (const Pick &p : picks) {
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), p.id), m_queue.end());
    m_queuedAt.erase(p.id);
  }
  return picks;
}

void BatchScheduler::sent(const std::vector<qint64> &tickets, qint64 rows) {
  const quint64 id = ++m_lastBatch;
  Batch &batch = m_batches[id];
  batch.outstanding = int(tickets.size());
  batch.rows = rows;
  batch.startedNs = nowNs();
  for (const qint64 ticket : tickets)
    m_batchOfTicket[ticket] = id;
}

void BatchScheduler::returned(qint64 ticket) {
  const auto b = m_batchOfTicket.find(ticket);
  if (b == m_batchOfTicket.end())
    return;
  const auto batch = m_batches.find(b->second);
  if (batch != m_batches.end() && --batch->second.outstanding <= 0) {
    const double seconds = double(nowNs() - batch->second.startedNs) / 1e9;
    if (batch->second.rows >= 8 && seconds > 0) {
      const double rate = double(batch->second.rows) / seconds;
      m_rowsPerSecond = m_rowsPerSecond > 0 ? 0.7 * m_rowsPerSecond + 0.3 * rate : rate;
    }
    m_batches.erase(batch);
  }
  m_batchOfTicket.erase(b);
}

void BatchScheduler::clearRing() {
  m_batches.clear();
  m_batchOfTicket.clear();
}

} // namespace mdi
