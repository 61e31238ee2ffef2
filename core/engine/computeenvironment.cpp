#include "engine/computeenvironment.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/version.h>

#include "kernels/threadpool.h"

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

bool ComputeEnvironment::hasDevice(const QString &device) {
  try {
    const at::Device parsed(device.toStdString());
    if (parsed.is_cpu())
      return !parsed.has_index() || parsed.index() == 0;
    if (parsed.is_cuda())
      return at::hasCUDA() && (parsed.has_index() ? parsed.index() : 0) < at::detail::getCUDAHooks().getNumGPUs();
    if (parsed.is_mps())
      return at::hasMPS() && (!parsed.has_index() || parsed.index() == 0);
  } catch (const c10::Error &) {
    // not a device name libtorch knows
  } catch (const std::exception &) {
  }
  return false;
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
  return kernels::ThreadPool::current().threads();
}

void ComputeEnvironment::setThreadCount(int n) {
  const int threads = n > 0 ? n : physicalCores();
  kernels::ThreadPool::setCurrentThreads(threads);
  // libtorch's own threads stay at one on compute threads: the heavy products run on the kernel
  // pool, and in Debian's (OpenMP) build idle intra-op workers spin after every small ATen
  // operation, taking the cores the kernels need (measured on 2 cores: a q8 decode step took
  // 1025 ms with 2 ATen threads, 355 ms with 1; attention alone 448 ms -> 4 ms).
  at::set_num_threads(1);
}

} // namespace mdi
