#pragma once

#include "chat/resourcesummary.h"

#include <QLabel>
#include <QTimer>

namespace mdi {

class AppSettings;
class ChatController;
class Engine;

// The resource line of the status bar: what the loaded model takes, in words
// (ResourceSummary::line: memory, compute threads, the last answer's speed, where the layers
// run), with each part's layers, weights and caches in its tooltip; empty while no model is
// loaded. It follows the engine (model, plan, stage statistics), the answers' speed, and every
// few seconds while a model is loaded the memory (it grows with the conversations' caches).
class ResourceLine : public QLabel {
  Q_OBJECT
public:
  static constexpr int kRefreshMs = 3000;

  ResourceLine(Engine &engine, ChatController &controller, AppSettings &settings, QWidget *parent = nullptr);

  ResourceSummary::Figures figures() const;
  void refresh();

protected:
  void changeEvent(QEvent *event) override;

private:
  Engine &m_engine;
  AppSettings &m_settings;
  double m_tokensPerSecond = -1;
  QTimer m_timer;
};

} // namespace mdi
