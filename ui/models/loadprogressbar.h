#pragma once

#include <QProgressBar>

namespace mdi {

// The progress bar the main window and the Peers panel show while a model loads: a fraction of
// the current step when it has something to count (bytes hashed or sent), a busy bar when it has
// not, hidden when nothing loads.
class LoadProgressBar : public QProgressBar {
  Q_OBJECT

public:
  using QProgressBar::QProgressBar;

  // fraction in [0, 1], or negative for a step with nothing to count.
  void showLoad(bool loading, double fraction);
};

} // namespace mdi
