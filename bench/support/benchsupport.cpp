#include "benchsupport.h"

#include "util/processmemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace mdi::bench {

double BenchSupport::triadBandwidthGBs(int threads, int megabytes, int repeats) {
  const size_t n = size_t(megabytes) * 1024 * 1024 / sizeof(double);
  std::vector<double> a(n), b(n, 1.0), c(n, 2.0);
  threads = std::max(1, threads);
  auto pass = [&](double s) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        const size_t begin = n * t / threads, end = n * (t + 1) / threads;
        double *pa = a.data();
        const double *pb = b.data(), *pc = c.data();
        for (size_t i = begin; i < end; ++i)
          pa[i] = pb[i] + s * pc[i];
      });
    }
    for (auto &th : pool)
      th.join();
  };
  pass(0.5); // first touch
  QList<double> rates;
  for (int r = 0; r < repeats; ++r) {
    QElapsedTimer timer;
    timer.start();
    pass(1.0 + r);
    const double seconds = timer.nsecsElapsed() / 1e9;
    rates.append(3.0 * n * sizeof(double) / seconds / 1e9);
  }
  return median(rates);
}

double BenchSupport::median(QList<double> values) {
  if (values.isEmpty())
    return 0;
  std::sort(values.begin(), values.end());
  const qsizetype m = values.size() / 2;
  return values.size() % 2 ? values.at(m) : 0.5 * (values.at(m - 1) + values.at(m));
}

double BenchSupport::medianMs(int repeats, const std::function<void()> &fn) {
  QList<double> times;
  for (int r = 0; r < repeats; ++r) {
    QElapsedTimer timer;
    timer.start();
    fn();
    times.append(timer.nsecsElapsed() / 1e6);
  }
  return median(times);
}

QString BenchSupport::cpuPressure() {
  QFile f(QStringLiteral("/proc/pressure/cpu"));
  if (!f.open(QIODevice::ReadOnly))
    return QStringLiteral("n/a");
  return QString::fromLatin1(f.readLine()).trimmed();
}

QString BenchSupport::machineDescription() {
  QString cpu = QSysInfo::currentCpuArchitecture();
  QFile info(QStringLiteral("/proc/cpuinfo"));
  if (info.open(QIODevice::ReadOnly)) {
    for (const QByteArray &line : info.readAll().split('\n')) {
      if (line.startsWith("model name")) {
        cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        break;
      }
    }
  }
  qint64 memKb = 0;
  QFile mem(QStringLiteral("/proc/meminfo"));
  if (mem.open(QIODevice::ReadOnly)) {
    const QByteArray first = mem.readLine();
    memKb = first.mid(first.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
  }
  return QStringLiteral("%1, %2 logical CPUs, %3 GiB, %4")
      .arg(cpu)
      .arg(QThread::idealThreadCount())
      .arg(memKb / 1024.0 / 1024.0, 0, 'f', 1)
      .arg(QSysInfo::prettyProductName());
}

qint64 BenchSupport::peakRssBytes() {
  return ProcessMemory::peakRssBytes();
}

} // namespace mdi::bench
