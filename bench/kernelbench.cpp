// bench_kernels: the compute kernels of core/kernels against this machine's memory bandwidth.
// Dependency-free (only mdikernels), so it also runs where Qt and libtorch are not installed.
//
// Measures in one run:
//  - the triad bandwidth a[i] = b[i] + s * c[i] (arrays of 256 MB, split over the kernels' thread
//    pool, median of 5): the bound of a memory-bound decode;
//  - per variant (isa) x weight format: the matrix-vector (decode) speed in GB/s of packed weight
//    bytes and in % of the triad (measured again before each format), for the Qwen2-VL-2B
//    decoder's shapes and its head at m = 1, 2, 4, 8 input rows. Every call reads another copy of the weights, the
//    copies together several times the L3, so the weights come from memory as they do when decoding;
//  - the decode estimate: one token = 28 layers x (q, k, v, o, gate, up, down) + the head;
//  - the matrix-product (prefill, vision tower) speed in GFLOP/s at m = 64, 301, 1024.
//
//   bench_kernels [--isa NAME] [--threads N] [--format f32|bf16|q8|q4] [--m 1..8] [--quick]
//                 [--gemv-only | --gemm-only]
// --isa, --format and --m may be repeated (default: every supported variant, every format, m = 1, 2,
// 4, 8); --quick times each case for less long and the matrix products at m = 64 only.

#include "kernels/cpufeatures.h"
#include "kernels/kernelisa.h"
#include "kernels/linearkernel.h"
#include "kernels/packedweight.h"
#include "kernels/threadpool.h"
#include "kernels/weightformat.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

using namespace mdi::kernels;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

double median(std::vector<double> v) {
  if (v.empty())
    return 0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Heap memory with a 4096-byte aligned start (aligned()).
struct Buffer {
  void *data = nullptr;
  size_t bytes = 0;
  explicit Buffer(size_t n) : bytes(n) {
    data = std::malloc(n + 4096);
    if (!data) {
      std::fprintf(stderr, "out of memory (%zu MB)\n", n >> 20);
      std::exit(2);
    }
  }
  ~Buffer() { std::free(data); }
  Buffer(const Buffer &) = delete;
  Buffer &operator=(const Buffer &) = delete;
  uint8_t *aligned() const {
    const uintptr_t p = reinterpret_cast<uintptr_t>(data);
    return reinterpret_cast<uint8_t *>((p + 4095) & ~uintptr_t(4095));
  }
};

// float32 vectors at 64-byte boundaries, as the engine's activations are.
class AlignedFloats {
public:
  explicit AlignedFloats(size_t n) : m_buffer(n * sizeof(float)), m_size(n) {
    std::memset(m_buffer.aligned(), 0, n * sizeof(float));
  }
  float *data() { return reinterpret_cast<float *>(m_buffer.aligned()); }
  size_t size() const { return m_size; }
  float &operator[](size_t i) { return data()[i]; }

private:
  Buffer m_buffer;
  size_t m_size;
};

struct Random {
  uint64_t state;
  explicit Random(uint64_t seed) : state(seed * 0x9e3779b97f4a7c15ull + 1) {}
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ull;
  }
  float uniform() { return float(double(next() >> 11) / double(1ull << 53)) * 2.0f - 1.0f; } // [-1, 1)
};

// Fills one packed matrix with plausible values (normal floats, int8 in [-127, 127], float16
// scales around 0.01): the kernels' speed does not depend on them, but denormals or NaNs could.
void fillPacked(WeightFormat format, int64_t rows, int64_t cols, uint8_t *dst, uint64_t seed) {
  Random random(seed);
  const int64_t bytes = packedBytes(format, rows, cols);
  switch (format) {
  case WeightFormat::F32: {
    float *p = reinterpret_cast<float *>(dst);
    for (int64_t i = 0; i < rows * cols; ++i)
      p[i] = random.uniform() * 0.05f;
    break;
  }
  case WeightFormat::BF16: {
    uint16_t *p = reinterpret_cast<uint16_t *>(dst);
    for (int64_t i = 0; i < rows * cols; ++i) {
      const float f = random.uniform() * 0.05f;
      uint32_t u;
      std::memcpy(&u, &f, 4);
      p[i] = uint16_t(u >> 16);
    }
    break;
  }
  case WeightFormat::Q8:
  case WeightFormat::Q4: {
    const int64_t scales = scalesOffset(format, rows, cols);
    for (int64_t i = 0; i < scales; i += 8) {
      uint64_t v = random.next();
      if (format == WeightFormat::Q8) // no -128
        for (int k = 0; k < 8; ++k)
          if (((v >> (8 * k)) & 0xff) == 0x80)
            v ^= uint64_t(1) << (8 * k);
      std::memcpy(dst + i, &v, size_t(std::min<int64_t>(8, scales - i)));
    }
    uint16_t *s = reinterpret_cast<uint16_t *>(dst + scales);
    for (int64_t i = 0; i < (bytes - scales) / 2; ++i)
      s[i] = uint16_t(0x2000 + (random.next() & 0x3ff)); // ~0.008 .. 0.016
    break;
  }
  }
}

struct Options {
  std::vector<Isa> isas;
  std::vector<WeightFormat> formats;
  int threads = 2;
  bool quick = false;
  bool gemv = true;
  bool gemm = true;
  std::vector<int> gemvRows; // m of the matrix-vector products
};

void usage() {
  std::fprintf(stderr, "usage: bench_kernels [--isa NAME] [--threads N] [--format f32|bf16|q8|q4] [--m 1..8]\n"
                       "                     [--quick] [--gemv-only | --gemm-only]\n");
}

bool parseOptions(int argc, char **argv, Options *o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char *name) -> const char * {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", name);
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "--isa") {
      const char *v = value("--isa");
      if (!v)
        return false;
      bool found = false;
      for (int k = 0; k < kIsaCount; ++k)
        if (std::strcmp(v, isaName(Isa(k))) == 0) {
          if (!isaSupported(Isa(k))) {
            std::fprintf(stderr, "%s is not supported here\n", v);
            return false;
          }
          o->isas.push_back(Isa(k));
          found = true;
        }
      if (!found) {
        std::fprintf(stderr, "unknown isa %s\n", v);
        return false;
      }
    } else if (a == "--threads") {
      const char *v = value("--threads");
      if (!v)
        return false;
      o->threads = std::max(1, std::atoi(v));
    } else if (a == "--format") {
      const char *v = value("--format");
      WeightFormat f;
      if (!v || !parseFormat(v, &f)) {
        std::fprintf(stderr, "unknown format\n");
        return false;
      }
      o->formats.push_back(f);
    } else if (a == "--m") {
      const char *v = value("--m");
      if (!v)
        return false;
      const int m = std::atoi(v);
      if (m < 1 || m > 8) {
        std::fprintf(stderr, "--m takes 1..8\n");
        return false;
      }
      o->gemvRows.push_back(m);
    } else if (a == "--quick") {
      o->quick = true;
    } else if (a == "--gemv-only") {
      o->gemm = false;
    } else if (a == "--gemm-only") {
      o->gemv = false;
    } else {
      usage();
      return false;
    }
  }
  if (o->isas.empty())
    for (int k = 0; k < kIsaCount; ++k)
      if (isaSupported(Isa(k)))
        o->isas.push_back(Isa(k));
  if (o->gemvRows.empty())
    o->gemvRows = {1, 2, 4, 8};
  if (o->formats.empty())
    for (int f = 0; f < kWeightFormatCount; ++f)
      o->formats.push_back(WeightFormat(f));
  return true;
}

// The first line of /proc/pressure/cpu (Linux): how much other work competed for the CPUs.
std::string cpuPressure() {
  std::string line;
#if defined(__linux__)
  if (FILE *f = std::fopen("/proc/pressure/cpu", "r")) {
    char buffer[256];
    if (std::fgets(buffer, sizeof buffer, f))
      line = buffer;
    std::fclose(f);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
      line.pop_back();
  }
#endif
  return line.empty() ? "n/a" : line;
}

// ---------------------------------------------------------------------------------------------

double triadGBs(ThreadPool &pool) {
  const int64_t n = (int64_t(256) << 20) / int64_t(sizeof(float));
  std::unique_ptr<float[]> a(new float[size_t(n)]), b(new float[size_t(n)]), c(new float[size_t(n)]);
  const int64_t grain = 1 << 16;
  // First touch on the threads that use the pages.
  pool.run(n, grain, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) {
      a[size_t(i)] = 0.0f;
      b[size_t(i)] = 1.0f;
      c[size_t(i)] = 2.0f;
    }
  });
  std::vector<double> times;
  for (int rep = 0; rep < 6; ++rep) {
    const float s = 0.5f + float(rep);
    const Clock::time_point t0 = Clock::now();
    pool.run(n, grain, [&](int64_t i0, int64_t i1) {
      float *pa = a.get();
      const float *pb = b.get(), *pc = c.get();
      for (int64_t i = i0; i < i1; ++i)
        pa[i] = pb[i] + s * pc[i];
    });
    const Clock::time_point t1 = Clock::now();
    if (rep > 0) // the first is a warm-up
      times.push_back(seconds(t0, t1));
  }
  volatile float sink = a[size_t(n / 2)];
  (void)sink;
  return 3.0 * double(n) * sizeof(float) / median(times) / 1e9;
}

struct Shape {
  const char *name;
  int64_t rows, cols;
};

// The Qwen2-VL-2B decoder: hidden 1536, 12 query heads and 2 key/value heads of 128, MLP 8960,
// 28 layers, vocabulary 151936.
const Shape kGemvShapes[] = {{"1536x1536", 1536, 1536},
                             {"256x1536", 256, 1536},
                             {"8960x1536", 8960, 1536},
                             {"1536x8960", 1536, 8960},
                             {"151936x1536", 151936, 1536}};
constexpr int kShapes = 5;
constexpr int kLayers = 28;
constexpr int kRounds = 4;

const Shape kGemmShapes[] = {
    {"1536x1536", 1536, 1536}, {"8960x1536", 8960, 1536}, {"1536x8960", 1536, 8960}, {"5120x1280", 5120, 1280}};
const int kGemmRows[] = {64, 301, 1024};

// A matrix-vector product of one shape and m, timed call by call: each call on the next of
// `copies` copies of the weights (stride bytes apart), so that they come from memory.
struct GemvCase {
  WeightFormat format;
  Shape shape;
  int m;
  const uint8_t *weights;
  int64_t stride;
  int copies;
  AlignedFloats x, y;
  int next = 0;

  GemvCase(WeightFormat f, const Shape &s, int rows, const uint8_t *w, int64_t strideBytes, int copyCount) :
      format(f), shape(s), m(rows), weights(w), stride(strideBytes), copies(copyCount), x(size_t(rows * s.cols)),
      y(size_t(rows * s.rows)) {
    Random random(uint64_t(rows) * 977 + uint64_t(s.rows));
    for (size_t i = 0; i < x.size(); ++i)
      x[i] = random.uniform();
  }
  void call(Isa isa, const ParallelFor &parallel) {
    const PackedWeight w{format, shape.rows, shape.cols, weights + int64_t(next) * stride};
    linear(w, x.data(), m, shape.cols, nullptr, y.data(), shape.rows, parallel, isa);
    next = (next + 1) % copies;
  }
  // Appends the seconds of calls for about `budget` seconds (at least 3 calls).
  void sample(Isa isa, const ParallelFor &parallel, double budget, std::vector<double> *times) {
    const Clock::time_point start = Clock::now();
    for (int n = 0; n < 3 || (seconds(start, Clock::now()) < budget && n < 100000); ++n) {
      const Clock::time_point t0 = Clock::now();
      call(isa, parallel);
      times->push_back(seconds(t0, Clock::now()));
    }
  }
};

double timeGemm(Isa isa, WeightFormat format, const Shape &shape, int m, const uint8_t *weights, ThreadPool &pool,
                double budget) {
  AlignedFloats x(size_t(m * shape.cols)), y(size_t(m * shape.rows)), bias(size_t(shape.rows));
  Random random(uint64_t(m) * 31 + uint64_t(shape.cols));
  for (size_t i = 0; i < x.size(); ++i)
    x[i] = random.uniform();
  for (size_t i = 0; i < bias.size(); ++i)
    bias[i] = random.uniform();
  const PackedWeight w{format, shape.rows, shape.cols, weights};
  const ParallelFor parallel = pool.parallelFor();
  std::vector<double> times;
  const Clock::time_point start = Clock::now();
  for (int rep = 0; rep < 6; ++rep) {
    const Clock::time_point t0 = Clock::now();
    linear(w, x.data(), m, shape.cols, bias.data(), y.data(), shape.rows, parallel, isa);
    const double t = seconds(t0, Clock::now());
    if (rep == 0 && t * 3 < budget)
      continue; // a warm-up, when there is time for one
    times.push_back(t);
    if (seconds(start, Clock::now()) > budget)
      break;
  }
  return median(times);
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
#if defined(_WIN32)
  localtime_s(&local, &now);
#else
  localtime_r(&now, &local);
#endif
  char text[64];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

} // namespace

int main(int argc, char **argv) {
  Options options;
  if (!parseOptions(argc, argv, &options))
    return 1;
  ThreadPool pool(options.threads);
  const double gemvBudget = options.quick ? 0.08 : 0.4;
  const double gemmBudget = options.quick ? 0.3 : 1.5;

  std::printf("bench_kernels  %s\ncpu features: %s\nthreads: %d   cpu pressure: %s\n", today().c_str(),
              CpuFeatures::host().describe().c_str(), options.threads, cpuPressure().c_str());
  const double triad = triadGBs(pool);
  std::printf("triad: %.1f GB/s (3 arrays of 256 MB, median of 5; a read-only stream may exceed it)\n", triad);

  if (options.gemv) {
    std::printf("\ngemv (decode): GB/s of packed weights (%% of triad); weights cycled through >= 256 MB of "
                "copies\n");
    std::printf("%-11s %-4s %2s", "isa", "fmt", "m");
    for (const Shape &s : kGemvShapes)
      std::printf(" %17s", s.name);
    std::printf("\n");
    struct Estimate {
      Isa isa;
      WeightFormat format;
      std::vector<double> stepSeconds;
    };
    std::vector<Estimate> estimates;
    const std::vector<int> &ms = options.gemvRows;
    const ParallelFor parallel = pool.parallelFor();
    const size_t mCount = ms.size();
    for (const WeightFormat format : options.formats) {
      // One buffer for the format's largest use: >= 256 MB of copies of the shape, or one copy of a
      // matrix larger than that.
      const int64_t minTotal = int64_t(256) << 20;
      int64_t largest = 0;
      for (const Shape &s : kGemvShapes) {
        const int64_t stride = (packedBytes(format, s.rows, s.cols) + 4095) / 4096 * 4096;
        const int64_t copies = std::max<int64_t>(1, (minTotal + stride - 1) / stride);
        largest = std::max(largest, stride * copies);
      }
      Buffer buffer{size_t(largest)};
      // The machine's bandwidth moves with what else runs on it (or on its host): the percentages of
      // each format are of a triad measured just before it.
      const double triadNow = triadGBs(pool);
      std::printf("-- %s: triad now %.1f GB/s\n", formatName(format), triadNow);
      // Median seconds per call: [isa][shape][m].
      std::vector<std::vector<std::vector<double>>> perCall(
          options.isas.size(), std::vector<std::vector<double>>(kShapes, std::vector<double>(mCount)));
      for (int si = 0; si < kShapes; ++si) {
        const Shape &s = kGemvShapes[si];
        const int64_t bytes = packedBytes(format, s.rows, s.cols);
        const int64_t stride = (bytes + 4095) / 4096 * 4096;
        const int copies = int(std::max<int64_t>(1, (minTotal + stride - 1) / stride));
        uint8_t *base = buffer.aligned();
        fillPacked(format, s.rows, s.cols, base, uint64_t(si) + 1);
        for (int c = 1; c < copies; ++c)
          std::memcpy(base + int64_t(c) * stride, base, size_t(bytes));
        for (size_t mi = 0; mi < mCount; ++mi) {
          GemvCase gemv(format, s, ms[mi], base, stride, copies);
          // The variants take turns (kRounds each), so a busy moment of the machine hits them alike.
          std::vector<std::vector<double>> times(options.isas.size());
          for (const Isa isa : options.isas)
            for (int c = 0; c < copies; ++c) // warm-up: every copy once
              gemv.call(isa, parallel);
          for (int round = 0; round < kRounds; ++round)
            for (size_t ii = 0; ii < options.isas.size(); ++ii)
              gemv.sample(options.isas[ii], parallel, gemvBudget / kRounds, &times[ii]);
          for (size_t ii = 0; ii < options.isas.size(); ++ii)
            perCall[ii][size_t(si)][mi] = median(times[ii]);
        }
      }
      for (size_t ii = 0; ii < options.isas.size(); ++ii) {
        const Isa isa = options.isas[ii];
        const std::vector<std::vector<double>> &t = perCall[ii];
        Estimate estimate{isa, format, std::vector<double>(mCount)};
        for (size_t mi = 0; mi < mCount; ++mi) {
          std::printf("%-11s %-4s %2d", isaName(isa), formatName(format), ms[mi]);
          for (int si = 0; si < kShapes; ++si) {
            const Shape &s = kGemvShapes[si];
            const double gbs = double(packedBytes(format, s.rows, s.cols)) / t[size_t(si)][mi] / 1e9;
            char cell[32];
            std::snprintf(cell, sizeof cell, "%.1f (%3.0f%%)", gbs, 100.0 * gbs / triadNow);
            std::printf(" %17s", cell);
          }
          std::printf("\n");
          // q, o: 1536x1536; k, v: 256x1536; gate, up: 8960x1536; down: 1536x8960.
          const size_t m = mi;
          const double layer = 2 * t[0][m] + 2 * t[1][m] + 2 * t[2][m] + t[3][m];
          estimate.stepSeconds[mi] = kLayers * layer + t[4][m];
        }
        estimates.push_back(estimate);
      }
      std::fflush(stdout);
    }
    std::printf("\ndecode estimate: %d layers x 7 projections + head per step of m tokens; ms/step, tokens/s\n",
                kLayers);
    std::printf("%-11s %-4s", "isa", "fmt");
    for (const int m : ms)
      std::printf("      m=%d: ms  tok/s", m);
    std::printf("\n");
    for (const Estimate &e : estimates) {
      std::printf("%-11s %-4s", isaName(e.isa), formatName(e.format));
      for (size_t mi = 0; mi < mCount; ++mi)
        std::printf("  %10.2f %7.1f", e.stepSeconds[mi] * 1e3, ms[mi] / e.stepSeconds[mi]);
      std::printf("\n");
    }
  }

  if (options.gemm) {
    std::printf("\ngemm (prefill, vision): GFLOP/s (2 m rows cols per call)\n");
    std::printf("%-11s %-4s %5s", "isa", "fmt", "m");
    for (const Shape &s : kGemmShapes)
      std::printf(" %11s", s.name);
    std::printf("\n");
    const std::vector<int> ms =
        options.quick ? std::vector<int>{64} : std::vector<int>(std::begin(kGemmRows), std::end(kGemmRows));
    for (const WeightFormat format : options.formats) {
      std::vector<std::unique_ptr<Buffer>> weights;
      for (const Shape &s : kGemmShapes) {
        weights.push_back(std::make_unique<Buffer>(size_t(packedBytes(format, s.rows, s.cols))));
        fillPacked(format, s.rows, s.cols, weights.back()->aligned(), uint64_t(s.rows));
      }
      for (const Isa isa : options.isas)
        for (const int m : ms) {
          std::printf("%-11s %-4s %5d", isaName(isa), formatName(format), m);
          for (size_t si = 0; si < std::size(kGemmShapes); ++si) {
            const Shape &s = kGemmShapes[si];
            const double t = timeGemm(isa, format, s, m, weights[si]->aligned(), pool, gemmBudget);
            std::printf(" %11.1f", 2.0 * m * double(s.rows) * double(s.cols) / t / 1e9);
            std::fflush(stdout);
          }
          std::printf("\n");
        }
    }
  }
  // Other work on the machine (or its host) moves both numbers: a second triad shows how much.
  std::printf("\ntriad again: %.1f GB/s; cpu pressure at the end: %s\n", triadGBs(pool), cpuPressure().c_str());
  return 0;
}
