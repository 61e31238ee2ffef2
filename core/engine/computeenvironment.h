#pragma once

#include <QString>
#include <QStringList>

namespace mdi {

// What the compute library offers on this machine, and the per-thread compute thread setting
// (the kernels' pool; the default is the number of physical cores).
class ComputeEnvironment {
public:
  static QString torchVersion();
  // "cpu", plus "cuda"/"mps" when libtorch was built with them and a device is present.
  static QStringList availableDevices();
  static int physicalCores();
  static int threadCount();
  // The calling thread's compute threads: the kernels' pool of this thread
  // (kernels::ThreadPool::current()), n <= 0 selects physicalCores(); libtorch's intra-op
  // threads are set to one (see the .cpp for why).
  static void setThreadCount(int n);
};

} // namespace mdi
