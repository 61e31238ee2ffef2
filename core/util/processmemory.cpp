#include "util/processmemory.h"

#include <QFile>

#if defined(Q_OS_WIN)
// <windows.h> first: <psapi.h> uses its types without including it (the blank line keeps
// clang-format from sorting them).
#include <windows.h>

#include <psapi.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace mdi {

namespace {
#ifdef Q_OS_LINUX
qint64 statusField(const char *field, const QString &file = QStringLiteral("/proc/self/status")) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly))
    return 0;
  const QByteArray key(field);
  for (const QByteArray &line : f.readAll().split('\n'))
    if (line.startsWith(key))
      return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
  return 0;
}
#endif
} // namespace

qint64 ProcessMemory::peakRssBytes() {
#if defined(Q_OS_LINUX)
  return statusField("VmHWM:");
#elif defined(Q_OS_WIN)
  PROCESS_MEMORY_COUNTERS counters;
  if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
    return qint64(counters.PeakWorkingSetSize);
  return 0;
#elif defined(Q_OS_UNIX)
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) == 0)
    return qint64(usage.ru_maxrss); // bytes on macOS
  return 0;
#else
  return 0;
#endif
}

qint64 ProcessMemory::currentRssBytes() {
#if defined(Q_OS_LINUX)
  return statusField("VmRSS:");
#elif defined(Q_OS_WIN)
  PROCESS_MEMORY_COUNTERS counters;
  if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
    return qint64(counters.WorkingSetSize);
  return 0;
#else
  return 0;
#endif
}

qint64 ProcessMemory::systemAvailableBytes() {
#if defined(Q_OS_LINUX)
  return statusField("MemAvailable:", QStringLiteral("/proc/meminfo"));
#elif defined(Q_OS_WIN)
  MEMORYSTATUSEX status;
  status.dwLength = sizeof status;
  if (GlobalMemoryStatusEx(&status))
    return qint64(status.ullAvailPhys);
  return 0;
#else
  return 0;
#endif
}

qint64 ProcessMemory::systemTotalBytes() {
#if defined(Q_OS_LINUX)
  return statusField("MemTotal:", QStringLiteral("/proc/meminfo"));
#elif defined(Q_OS_WIN)
  MEMORYSTATUSEX status;
  status.dwLength = sizeof status;
  if (GlobalMemoryStatusEx(&status))
    return qint64(status.ullTotalPhys);
  return 0;
#else
  return 0;
#endif
}

} // namespace mdi
