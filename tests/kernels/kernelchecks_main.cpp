// Standalone runner of the kernel checks, for builds without Qt: the AArch64 cross build run under
// qemu-user. Checks every variant this CPU supports; exit status 0 only if all pass.
//   kernelchecks [--light]     (--light: fewer, smaller shapes, for emulators; see runAll)

#include "kernelchecks.h"

#include "kernels/cpufeatures.h"

#include <cstdio>
#include <cstring>

int main(int argc, char **argv) {
  using namespace mdi::kernels;
  bool light = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--light") == 0) {
      light = true;
    } else {
      std::fprintf(stderr, "usage: %s [--light]\n", argv[0]);
      return 2;
    }
  }
  std::printf("cpu: %s\n", CpuFeatures::host().describe().c_str());
  int failures = 0, checked = 0;
  for (int i = 0; i < kIsaCount; ++i) {
    const Isa isa = Isa(i);
    if (!isaSupported(isa)) {
      std::printf("%s: skipped (%s)\n", isaName(isa), isaCompiled(isa) ? "the CPU lacks it" : "not compiled in");
      continue;
    }
    std::string log;
    failures += checks::runAll(isa, &log, light);
    ++checked;
    std::fputs(log.c_str(), stdout);
  }
  std::printf("%d variant(s) checked, %d failure(s)\n", checked, failures);
  return failures == 0 && checked > 0 ? 0 : 1;
}
