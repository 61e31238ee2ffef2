#include "engine/localstagelink.h"

#include "engine/computeenvironment.h"
#include "engine/stage.h"

#include <ATen/Parallel.h>
#include <c10/util/Exception.h>

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mdi {

LocalStageLink::LocalStageLink(std::unique_ptr<Stage> stage, const QString &name, int threads) :
    m_stage(std::move(stage)), m_worker(name) {
  m_stats.description =
      QStringLiteral("%1: layers %2-%3").arg(name).arg(m_stage->firstLayer()).arg(m_stage->lastLayer() - 1);
  m_stats.firstLayer = m_stage->firstLayer();
  m_stats.lastLayer = m_stage->lastLayer();
  m_stats.weightBytes = m_stage->weightBytes();
  if (threads > 0)
    m_worker.post([threads] { ComputeEnvironment::setThreadCount(threads); });
}

LocalStageLink::~LocalStageLink() = default;

void LocalStageLink::post(StageMessage message) {
  std::vector<StageMessage> batch;
  batch.push_back(std::move(message));
  postBatch(std::move(batch));
}

void LocalStageLink::postBatch(std::vector<StageMessage> batch) {
  if (batch.empty())
    return;
  QElapsedTimer queued;
  queued.start();
  m_worker.post([this, queued, batch = std::move(batch)]() mutable {
    const double waitMs = queued.nsecsElapsed() / 1e6;
    {
      QMutexLocker lock(&m_statsMutex);
      m_stats.waitMs += waitMs;
    }
    process(std::move(batch));
  });
}

void LocalStageLink::deliver(std::vector<StageResult> results) {
  if (m_batchHandler) {
    m_batchHandler(std::move(results));
  } else if (m_handler) {
    for (StageResult &result : results)
      m_handler(std::move(result));
  }
}

void LocalStageLink::process(std::vector<StageMessage> batch) {
  // Drops are answered at once; the forwards of the batch run as one pass.
  std::vector<StageMessage> forwards;
  std::vector<StageResult> dropped;
  for (StageMessage &message : batch) {
    if (message.kind == StageMessage::Kind::Drop) {
      m_stage->drop(message.session);
      dropped.push_back(StageResult{std::move(message), {}});
    } else {
      forwards.push_back(std::move(message));
    }
  }
  if (!dropped.empty())
    deliver(std::move(dropped));
  if (!forwards.empty()) {
    QElapsedTimer timer;
    timer.start();
    std::vector<StageResult> results;
    results.reserve(forwards.size());
    qint64 tokens = 0;
    std::vector<Expected<at::Tensor>> outputs;
    try {
      outputs = m_stage->forward(forwards);
    } catch (const std::exception &e) {
      // Nothing may leave this worker thread: every message of the batch gets the error.
      outputs.assign(forwards.size(), makeError(QString::fromLocal8Bit(e.what())));
    } catch (...) {
      outputs.assign(forwards.size(), makeError(QCoreApplication::translate(
                                          "LocalStageLink", "The stage failed with an unknown exception.")));
    }
    for (size_t i = 0; i < forwards.size(); ++i) {
      tokens += forwards[i].positions.count();
      StageResult result{std::move(forwards[i]), {}};
      result.message.hidden = at::Tensor();
      if (outputs[i])
        result.message.hidden = *outputs[i];
      else
        result.error = outputs[i].error();
      results.push_back(std::move(result));
    }
    {
      QMutexLocker lock(&m_statsMutex);
      m_stats.forwards += qint64(results.size());
      m_stats.passes += 1;
      m_stats.tokens += tokens;
      m_stats.busyMs += timer.nsecsElapsed() / 1e6;
    }
    deliver(std::move(results));
  }
  QMutexLocker lock(&m_statsMutex);
  m_stats.cacheBytes = m_stage->cacheBytes();
  m_stats.sessions = m_stage->sessionCount();
}

StageStats LocalStageLink::stats() const {
  QMutexLocker lock(&m_statsMutex);
  return m_stats;
}

} // namespace mdi
