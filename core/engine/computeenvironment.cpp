#include "engine/computeenvironment.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/version.h>

#include <QFile>
#include <QSet>
#include <QThread>

namespace mdi {

QString ComputeEnvironment::torchVersion() {
  return QStringLiteral(TORCH_VERSION);
}

QStringList ComputeEnvironment::availableDevices() {
  QStringList devices{QStringLiteral("cpu")};
  if (at::hasCUDA() && at::detail::getCUDAHooks().getNumGPUs() > 0)
    devices << QStringLiteral("cuda");
  if (at::hasMPS())
    devices << QStringLiteral("mps");
  return devices;
}

int ComputeEnvironment::physicalCores() {
#ifdef Q_OS_LINUX
  // Count distinct (physical id, core id) pairs: SMT siblings share a core and do not help
  // memory-bound decoding.
  QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
  if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
    QSet<QByteArray> cores;
    QByteArray physical = "0";
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
      if (line.startsWith("physical id"))
        physical = line.mid(line.indexOf(':') + 1).trimmed();
      else if (line.startsWith("core id"))
        cores.insert(physical + ':' + line.mid(line.indexOf(':') + 1).trimmed());
    }
    if (!cores.isEmpty())
      return int(cores.size());
  }
#endif
  return qMax(1, QThread::idealThreadCount());
}

int ComputeEnvironment::threadCount() {
  return at::get_num_threads();
}

void ComputeEnvironment::setThreadCount(int n) {
  at::set_num_threads(n > 0 ? n : physicalCores());
}

} // namespace mdi
