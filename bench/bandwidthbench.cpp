// Memory bandwidth of this machine (triad), the bound for memory-bound decoding.
#include "benchsupport.h"

#include <QCoreApplication>

#include <cstdio>

using mdi::bench::BenchSupport;

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  std::printf("machine: %s\ncpu pressure: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  for (int threads : {1, 2})
    std::printf("triad, %d thread(s): %.1f GB/s\n", threads, BenchSupport::triadBandwidthGBs(threads));
  return 0;
}
