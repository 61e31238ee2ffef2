#pragma once

#include <QtGlobal>

namespace mdi {

// This process's memory as the operating system counts it (for statistics and benchmarks).
class ProcessMemory {
public:
  // Peak resident set size in bytes; 0 where the platform does not say.
  static qint64 peakRssBytes();
  // Current resident set size in bytes; 0 where the platform does not say.
  static qint64 currentRssBytes();
  // Memory the system could give this process now without swapping (Linux MemAvailable, Windows
  // available physical memory), for the planner; 0 where the platform does not say.
  static qint64 systemAvailableBytes();
  // The computer's physical memory in bytes (what a model must fit in); 0 where the platform
  // does not say.
  static qint64 systemTotalBytes();
};

} // namespace mdi
