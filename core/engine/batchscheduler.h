#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace mdi {

// The coordinator's scheduler for batched decoding: which waiting steps go into the next pass
// through the stages, and how many passes may be in the ring. Steps queue in the order they
// start waiting; a batch takes the highest priority first and equal priorities in queue order
// (so answers take turns), at most ceil(active answers / stages) of them (spreading answers
// over the stages, so each has a batch to work on) and at most maxBatch, with at most one
// prompt chunk per batch so that decode steps are never held up by several prompts. A prompt
// chunk is prefillChunk rows, or about a quarter second of the stages' measured work while
// other answers decode. One batch per stage may be in the ring (MDI-LLM's recurrent pipeline);
// with maxBatch 1 every step travels alone and the ring takes any number. Knows sessions only
// by id: the pipeline says which are waiting and what they hold. Coordinator thread only.
class BatchScheduler {
public:
  // A session whose step waits, as the pipeline describes it to pick().
  struct Candidate {
    int priority = 0;
    qint64 pendingRows = 0;      // rows of input still to send
    bool prompt = false;         // its prompt is being read (chunks) rather than decoded
    bool othersDecoding = false; // another answer decodes beside it (smaller prompt chunks)
  };
  struct Pick {
    quint64 id = 0;
    qint64 rows = 0;
  };
  using Lookup = std::function<std::optional<Candidate>(quint64 id)>;

  BatchScheduler(int maxBatch = 8, qint64 prefillChunk = 256);

  int maxBatch() const { return m_maxBatch; }
  qint64 prefillChunk() const { return m_prefillChunk; }
  double rowsPerSecond() const { return m_rowsPerSecond; }

  // The session's next step waits: it joins the queue behind the steps already waiting.
  void enqueue(quint64 id);
  // Whether another batch may go into a ring of `stages` stages.
  bool hasRoom(size_t stages) const;
  // The next batch for `active` answers over `stages` stages. `lookup` says whether a queued id
  // still waits (ids it refuses leave the queue) and what it holds. Those picked leave the queue.
  std::vector<Pick> pick(const Lookup &lookup, qint64 active, qint64 stages);
  // A batch went into the ring with these tickets (StageMessage::step) and rows.
  void sent(const std::vector<qint64> &tickets, qint64 rows);
  // The step of `ticket` came back (a result, an error or a stale one): once every step of its
  // batch has, the batch's slot is free and its rows per second are learned.
  void returned(qint64 ticket);
  // Every batch in the ring is forgotten (after a failover the ring starts empty); the queue stays.
  void clearRing();
  // Rows of a prompt chunk.
  qint64 chunkRows(bool othersDecoding) const;
  // Batches in the ring.
  size_t inRing() const { return m_batches.size(); }

private:
  struct Batch {
    int outstanding = 0;
    qint64 rows = 0;
    qint64 startedNs = 0;
  };
  int m_maxBatch;
  qint64 m_prefillChunk;
  std::vector<quint64> m_queue;
  std::unordered_map<quint64, quint64> m_queuedAt; // id -> when it last joined the queue
  quint64 m_lastQueued = 0;
  std::unordered_map<quint64, Batch> m_batches;
  std::unordered_map<qint64, quint64> m_batchOfTicket;
  quint64 m_lastBatch = 0;
  double m_rowsPerSecond = 0;
};

} // namespace mdi
