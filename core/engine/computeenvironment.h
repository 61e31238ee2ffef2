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
  // Whether this machine can compute on the libtorch device named: "cpu"; "cuda" or "cuda:N" with
  // such a GPU present; "mps" where Metal is. Anything else ("meta", "xla", a GPU that is not
  // there, a malformed name) is not, so a name from a peer never reaches libtorch unchecked.
  static bool hasDevice(const QString &device);
  static int physicalCores();
  static int threadCount();
  // The calling thread's compute threads: the kernels' pool of this thread
  // (kernels::ThreadPool::current()), n <= 0 selects physicalCores(); libtorch's intra-op
  // threads are set to one (see the .cpp for why).
  static void setThreadCount(int n);
};

} // namespace mdi
