#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace mdi::bench {

// Helpers shared by the benchmarks: the machine's memory bandwidth (a STREAM-style triad over
// arrays far larger than the caches), medians of repeated timings, and the CPU pressure the
// kernel reports (the machine is shared: results are quoted with it).
class BenchSupport {
public:
  // Triad a[i] = b[i] + s*c[i] over three arrays of `megabytes` each, with `threads` threads;
  // returns the median GB/s over `repeats` runs (bytes counted: 3 arrays per pass).
  static double triadBandwidthGBs(int threads, int megabytes = 256, int repeats = 7);
  // Runs fn `repeats` times and returns the median wall time in milliseconds.
  static double medianMs(int repeats, const std::function<void()> &fn);
  static double median(QList<double> values);
  // "some avg10=.. avg60=.." from /proc/pressure/cpu, or "n/a".
  static QString cpuPressure();
  // One line describing the machine: CPU model, cores, memory.
  static QString machineDescription();
  // Peak resident set size of this process in bytes (VmHWM), 0 when unknown.
  static qint64 peakRssBytes();
};

} // namespace mdi::bench
