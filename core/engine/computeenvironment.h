#pragma once

#include <QString>
#include <QStringList>

namespace mdi {

// What the compute library offers on this machine, and the process-wide thread setting.
// libtorch starts with one intra-op thread on some builds (Debian's 1.13), so the engine sets
// the count explicitly; the default is the number of physical cores.
class ComputeEnvironment {
public:
  static QString torchVersion();
  // "cpu", plus "cuda"/"mps" when libtorch was built with them and a device is present.
  static QStringList availableDevices();
  static int physicalCores();
  static int threadCount();
  // n <= 0 selects physicalCores().
  static void setThreadCount(int n);
};

} // namespace mdi
