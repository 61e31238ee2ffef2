#pragma once

#include "engine/stagelink.h"
#include "engine/workerthread.h"

#include <QMutex>

#include <memory>

namespace mdi {

class Stage;

// A stage in this process, on a worker thread of its own. Messages are processed in arrival
// order; while this stage works on one session the next stage can work on another, which is
// what keeps every stage busy when several answers are in flight.
class LocalStageLink : public StageLink {
public:
  // threads: intra-op threads for this stage's computations (OpenMP's setting is per thread).
  LocalStageLink(std::unique_ptr<Stage> stage, const QString &name, int threads);
  ~LocalStageLink() override;

  void setResultHandler(ResultHandler handler) override { m_handler = std::move(handler); }
  void post(StageMessage message) override;
  StageStats stats() const override;
  void setBatchResultHandler(BatchResultHandler handler) override { m_batchHandler = std::move(handler); }
  void postBatch(std::vector<StageMessage> batch) override;

private:
  void process(std::vector<StageMessage> batch);
  void deliver(std::vector<StageResult> results);

  std::unique_ptr<Stage> m_stage;
  ResultHandler m_handler;
  BatchResultHandler m_batchHandler;
  mutable QMutex m_statsMutex;
  StageStats m_stats;
  WorkerThread m_worker; // last: destroyed (joined) first, before the stage it uses
};

} // namespace mdi
