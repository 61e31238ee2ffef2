#include "engine/loadprogress.h"

namespace mdi {

namespace {
// Megabytes as the progress lines show them: whole numbers, rounded up so that a started
// transfer never reads "0 / …" and a finished one reads its total.
qint64 loadProgressMegabytes(qint64 bytes) {
  return (bytes + 999999) / 1000000;
}
} // namespace

QString LoadProgress::text() const {
  // Layer ranges are shown inclusive, as the plan descriptions do.
  const QString layers = lastLayer - firstLayer <= 1 ? tr("layer %1").arg(firstLayer)
                                                     : tr("layers %1–%2").arg(firstLayer).arg(lastLayer - 1);
  switch (phase) {
  case Phase::Reading:
    return tr("Reading the model…");
  case Phase::Hashing:
    return tr("Checking %1 for %2: %3 / %4 MB")
        .arg(layers, host)
        .arg(loadProgressMegabytes(bytesDone))
        .arg(loadProgressMegabytes(bytesTotal));
  case Phase::Connecting:
    return tr("Asking %1 which weights of %2 it needs…").arg(host, layers);
  case Phase::Shipping:
    return tr("Sending %1 to %2: %3 / %4 MB")
        .arg(layers, host)
        .arg(loadProgressMegabytes(bytesDone))
        .arg(loadProgressMegabytes(bytesTotal));
  case Phase::Cached:
    return tr("%1 already has the weights of %2").arg(host, layers);
  case Phase::Building:
    if (isRemote())
      return tr("%1 is loading %2…").arg(host, layers);
    return tr("Loading %1 on this computer (stage %2 of %3)…").arg(layers).arg(stage + 1).arg(stages);
  }
  return QString();
}

double LoadProgress::fraction() const {
  switch (phase) {
  case Phase::Hashing:
  case Phase::Shipping:
    return bytesTotal > 0 ? qBound(0.0, double(bytesDone) / double(bytesTotal), 1.0) : -1;
  case Phase::Cached:
    return 1;
  case Phase::Building:
    return !isRemote() && stages > 0 ? qBound(0.0, double(stage) / double(stages), 1.0) : -1;
  case Phase::Reading:
  case Phase::Connecting:
    return -1;
  }
  return -1;
}

} // namespace mdi
