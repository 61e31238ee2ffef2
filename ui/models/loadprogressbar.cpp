#include "models/loadprogressbar.h"

namespace mdi {

void LoadProgressBar::showLoad(bool loading, double fraction) {
  if (fraction < 0) {
    setRange(0, 0); // busy: nothing to count in this step
  } else {
    setRange(0, 1000);
    setValue(int(fraction * 1000));
  }
  setVisible(loading);
}

} // namespace mdi
