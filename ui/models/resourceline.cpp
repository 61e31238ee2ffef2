#include "models/resourceline.h"

#include "chat/chatcontroller.h"
#include "engine/computeenvironment.h"
#include "engine/engine.h"
#include "store/appsettings.h"
#include "util/processmemory.h"

#include <QEvent>

namespace mdi {

ResourceLine::ResourceLine(Engine &engine, ChatController &controller, AppSettings &settings, QWidget *parent) :
    QLabel(parent), m_engine(engine), m_settings(settings) {
  setObjectName(QStringLiteral("resourceStatus"));
  setTextFormat(Qt::PlainText);
  m_timer.setInterval(kRefreshMs);
  connect(&m_timer, &QTimer::timeout, this, &ResourceLine::refresh);
  connect(&engine, &Engine::stateChanged, this, &ResourceLine::refresh);
  connect(&engine, &Engine::modelLoaded, this, &ResourceLine::refresh);
  connect(&engine, &Engine::planChanged, this, &ResourceLine::refresh);
  connect(&engine, &Engine::stageStatsUpdated, this, &ResourceLine::refresh);
  connect(&controller, &ChatController::speedChanged, this, [this](double tokensPerSecond) {
    m_tokensPerSecond = tokensPerSecond;
    refresh();
  });
  refresh();
}

ResourceSummary::Figures ResourceLine::figures() const {
  ResourceSummary::Figures f;
  if (m_engine.state() != Engine::State::Ready)
    return f;
  f.memoryBytes = ProcessMemory::currentRssBytes();
  const int threads = m_settings.value(AppSettings::Threads);
  f.threads = threads > 0 ? threads : ComputeEnvironment::physicalCores();
  f.tokensPerSecond = m_tokensPerSecond;
  f.stages = m_engine.stageStats();
  return f;
}

void ResourceLine::refresh() {
  const ResourceSummary::Figures f = figures();
  const bool loaded = !f.stages.isEmpty();
  if (loaded && !m_timer.isActive())
    m_timer.start();
  else if (!loaded)
    m_timer.stop();
  setText(ResourceSummary::line(f));
  setToolTip(ResourceSummary::details(f));
  setAccessibleName(tr("Resources"));
  setAccessibleDescription(toolTip());
  setVisible(loaded);
}

void ResourceLine::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    refresh();
  QLabel::changeEvent(event);
}

} // namespace mdi
