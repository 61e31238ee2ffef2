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
  QElapsedTimer queued;
  queued.start();
  m_worker.post([this, queued, message = std::move(message)] {
    const double waitMs = queued.nsecsElapsed() / 1e6;
    {
      QMutexLocker lock(&m_statsMutex);
      m_stats.waitMs += waitMs;
    }
    process(message);
  });
}

void LocalStageLink::process(const StageMessage &message) {
  if (message.kind == StageMessage::Kind::Drop) {
    m_stage->drop(message.session);
    if (m_handler)
      m_handler(StageResult{message, {}});
  } else {
    QElapsedTimer timer;
    timer.start();
    StageResult result{message, {}};
    result.message.hidden = at::Tensor();
    try {
      auto out = m_stage->forward(message);
      if (out)
        result.message.hidden = *out;
      else
        result.error = out.error();
    } catch (const c10::Error &e) {
      result.error = QString::fromStdString(e.what_without_backtrace());
    } catch (const std::exception &e) {
      result.error = QString::fromLocal8Bit(e.what());
    } catch (...) {
      result.error = QCoreApplication::translate("LocalStageLink", "The stage failed with an unknown exception.");
    }
    {
      QMutexLocker lock(&m_statsMutex);
      m_stats.forwards += 1;
      m_stats.tokens += message.positions.count();
      m_stats.busyMs += timer.nsecsElapsed() / 1e6;
    }
    if (m_handler)
      m_handler(std::move(result));
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
