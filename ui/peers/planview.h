#pragma once

#include "engine/loadprogress.h"
#include "engine/plan.h"
#include "engine/stagestats.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTreeWidget;

namespace mdi {

class LoadProgressBar;

// The plan part of the Peers panel: which layers run where (one row per stage with its speed and
// memory when the stage statistics match the plan), a status line (loading step, weights sent
// to peers, why a placement failed, peers left out) and a progress bar while loading. It shows a
// Content and knows nothing of the engine: the panel feeds it the engine's state, the screenshot
// mode a made-up one. Texts are made when shown, so they follow a change of language.
class PlanView : public QWidget {
  Q_OBJECT
public:
  enum class Phase { Unloaded, Loading, Ready };
  struct Content {
    Phase phase = Phase::Unloaded;
    Plan plan;
    QList<StageStats> stats;              // per stage of plan, when ready; other sizes are ignored
    qint64 shippedBytes = -1;             // weights sent to peers by the load; -1: not known
    std::optional<LoadProgress> progress; // the latest step of the load in progress
    QString error;                        // why the placement or the load failed
    QStringList leftOut;                  // peers in use the load could not reach
  };

  // hostName turns a plan's host id into what the rows show ("this computer", "attic").
  explicit PlanView(std::function<QString(const QString &)> hostName, QWidget *parent = nullptr);

  void setContent(const Content &content);
  const Content &content() const { return m_content; }
  bool usesPeers() const;
  // For the status bar: "Layers 0–13 on this computer, 14–27 on attic"; empty without a plan.
  QString summary() const;
  // Shows the content again (a new language, new host names).
  void refresh();

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void applyColours();

  std::function<QString(const QString &)> m_hostName;
  Content m_content;
  QTreeWidget *m_table;
  QLabel *m_status;
  LoadProgressBar *m_loadBar;
  bool m_statusIsError = false;
};

} // namespace mdi
