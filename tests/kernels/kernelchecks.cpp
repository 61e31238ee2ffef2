#include "kernelchecks.h"

#include "kernels/halffloat.h"
#include "kernels/isakernels.h"
#include "kernels/linearkernel.h"
#include "kernels/threadpool.h"
#include "kernels/weightpacker.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace mdi::kernels::checks {

namespace {

// xorshift64*: the same numbers on every platform.
struct Random {
  uint64_t state;
  explicit Random(uint64_t seed) : state(seed * 2654435761u + 1) {}
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ull;
  }
  // Uniform in [-1, 1).
  float uniform() { return float(double(next() >> 11) / double(1ull << 52) - 1.0); }
  // Roughly normal (sum of four uniforms), like trained weights, with an occasional outlier.
  float weight() {
    float v = (uniform() + uniform() + uniform() + uniform()) * 0.5f;
    if ((next() & 1023) == 0)
      v *= 8;
    return v;
  }
};

struct AlignedBuffer {
  std::vector<uint8_t> storage;
  uint8_t *data = nullptr;
  explicit AlignedBuffer(int64_t bytes) : storage(size_t(bytes) + 64) {
    data = storage.data() + ((64 - (reinterpret_cast<uintptr_t>(storage.data()) & 63)) & 63);
  }
};

void fail(std::string *log, const char *format, ...) {
  char line[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(line, sizeof line, format, args);
  va_end(args);
  *log += line;
  *log += '\n';
}

// A thread pool stand-in: splits [0, n) into `threads` chunks of whole grains, one std::thread each.
ParallelFor threadedFor(int threads) {
  return [threads](int64_t n, int64_t grain, const ParallelBody &body) {
    const int64_t chunks = std::max<int64_t>(1, std::min<int64_t>(threads, (n + grain - 1) / grain));
    const int64_t per = (n + chunks - 1) / chunks;
    std::vector<std::thread> pool;
    for (int64_t c = 0; c < chunks; ++c) {
      const int64_t begin = c * per, end = std::min(n, begin + per);
      if (begin < end)
        pool.emplace_back([&body, begin, end] { body(begin, end); });
    }
    for (std::thread &t : pool)
      t.join();
  };
}

const WeightFormat kFormats[] = {WeightFormat::F32, WeightFormat::BF16, WeightFormat::Q8, WeightFormat::Q4};

} // namespace

int checkPacker(std::string *log) {
  int failures = 0;
  Random random(7);
  for (const int64_t cols : {1, 5, 31, 32, 33, 64, 100, 1541}) {
    const int64_t rows = 7;
    std::vector<float> source(static_cast<size_t>(rows * cols));
    for (float &v : source)
      v = random.weight() * 0.05f;
    std::vector<uint16_t> bf16(source.size());
    for (size_t i = 0; i < source.size(); ++i)
      bf16[i] = floatToBf16(source[i]);
    for (const WeightFormat format : kFormats) {
      AlignedBuffer packed(packedBytes(format, rows, cols));
      WeightPacker::pack(format, SourceType::F32, source.data(), rows, cols, packed.data);
      // Packing from bf16 gives the same bytes as packing the bf16 values as float32.
      AlignedBuffer fromBf16(packedBytes(format, rows, cols));
      std::vector<float> widened(source.size());
      for (size_t i = 0; i < source.size(); ++i)
        widened[i] = bf16ToFloat(bf16[i]);
      AlignedBuffer fromWidened(packedBytes(format, rows, cols));
      WeightPacker::pack(format, SourceType::BF16, bf16.data(), rows, cols, fromBf16.data);
      WeightPacker::pack(format, SourceType::F32, widened.data(), rows, cols, fromWidened.data);
      if (std::memcmp(fromBf16.data, fromWidened.data, size_t(packedBytes(format, rows, cols))) != 0) {
        ++failures;
        fail(log, "packer %s cols %lld: bf16 source differs from its float32 widening", formatName(format),
             (long long)cols);
      }
      const PackedWeight w{format, rows, cols, packed.data};
      std::vector<float> row(static_cast<size_t>(cols));
      double errorSquares = 0, valueSquares = 0;
      for (int64_t r = 0; r < rows; ++r) {
        WeightPacker::unpackRow(w, r, row.data());
        for (int64_t c = 0; c < cols; ++c) {
          const float v = source[size_t(r * cols + c)];
          const double e = double(row[size_t(c)]) - v;
          errorSquares += e * e;
          valueSquares += double(v) * v;
          // Per-element bounds: exact, half a bf16 ulp, half a q8 step of the block's scale.
          double bound = 0;
          if (format == WeightFormat::BF16)
            bound = std::fabs(v) * (1.0 / 256);
          if (format == WeightFormat::Q8) {
            const int64_t b = c / kQuantBlock;
            float amax = 0;
            for (int64_t j = b * kQuantBlock; j < std::min(cols, (b + 1) * kQuantBlock); ++j)
              amax = std::max(amax, std::fabs(source[size_t(r * cols + j)]));
            bound = amax / 127.0 * 0.502 + 1e-9;
          }
          if (format == WeightFormat::Q4)
            bound = INFINITY; // checked as a whole below
          if (std::fabs(e) > bound) {
            ++failures;
            fail(log, "packer %s [%lld,%lld]: %g became %g", formatName(format), (long long)r, (long long)c, double(v),
                 double(row[size_t(c)]));
            break;
          }
        }
      }
      // Relative RMS error: 4-bit blocks of normal-like values stay under ~12 %.
      const double relative = valueSquares > 0 ? std::sqrt(errorSquares / valueSquares) : 0;
      const double limit = format == WeightFormat::Q4 ? 0.12 : format == WeightFormat::Q8 ? 0.01 : 0.004;
      if (relative > limit) {
        ++failures;
        fail(log, "packer %s cols %lld: relative RMS error %.4f above %.4f", formatName(format), (long long)cols,
             relative, limit);
      }
    }
  }
  // float16 scalar conversions round trip every half value and round to nearest even.
  for (uint32_t h = 0; h < 0x10000; ++h) {
    const float f = f16ToFloat(uint16_t(h));
    if (std::isnan(f))
      continue;
    if (floatToF16(f) != h) {
      ++failures;
      fail(log, "float16 0x%04x does not round-trip", h);
      break;
    }
  }
  if (floatToF16(1.0f + 1.0f / 2048) != 0x3c00 || floatToF16(1.0f + 3.0f / 2048) != 0x3c02 ||
      floatToF16(70000.0f) != 0x7c00 || floatToF16(1e-8f) != 0x0000 || floatToF16(6e-8f) != 0x0001) {
    ++failures;
    fail(log, "float16 rounding is not to nearest even with subnormals");
  }
  return failures;
}

int checkQuantizeRow(Isa isa, std::string *log) {
  int failures = 0;
  Random random(11);
  for (const int64_t cols : {1, 31, 32, 33, 97}) {
    std::vector<float> x(static_cast<size_t>(cols));
    for (float &v : x)
      v = random.uniform() * 3;
    const int64_t blocks = blocksPerRow(cols);
    std::vector<int8_t> q(static_cast<size_t>(blocks * kQuantBlock), 99);
    std::vector<float> d(static_cast<size_t>(blocks));
    quantizeActivationRow(x.data(), cols, q.data(), d.data());
    for (int64_t i = 0; i < blocks * kQuantBlock; ++i) {
      const double expected = i < cols ? x[size_t(i)] / d[size_t(i / kQuantBlock)] : 0.0;
      if (std::fabs(q[size_t(i)] - expected) > 0.5001 || std::abs(int(q[size_t(i)])) > 127) {
        ++failures;
        fail(log, "quantizeActivationRow cols %lld: element %lld is %d for %g", (long long)cols, (long long)i,
             int(q[size_t(i)]), expected);
        break;
      }
    }
  }
  // The variant's own routine (what linear() runs for its Q8/Q4 paths) gives the scalar one's
  // bits: uniform values, halves with a block maximum of 127 (scale 1: ties, to even), and blocks
  // that are all zero or nearly so.
  const IsaKernels *variant = isaKernels(int(isa));
  if (variant && variant->quantizeRow)
    for (const int64_t cols : {1, 7, 31, 32, 33, 97, 300})
      for (int pattern = 0; pattern < 3; ++pattern) {
        std::vector<float> x(static_cast<size_t>(cols));
        for (int64_t i = 0; i < cols; ++i) {
          float &v = x[size_t(i)];
          if (pattern == 0)
            v = random.uniform() * 3;
          else if (pattern == 1)
            v = i % kQuantBlock == 0 ? 127.0f : float(int(random.next() % 255) - 127) * 0.5f;
          else
            v = random.next() % 16 == 0 ? random.uniform() * 1e-30f : (i % 2 ? -0.0f : 0.0f);
        }
        const int64_t blocks = blocksPerRow(cols);
        std::vector<int8_t> expectedQ(static_cast<size_t>(blocks * kQuantBlock), 99), q(expectedQ.size(), 77);
        std::vector<float> expectedD(static_cast<size_t>(blocks)), d(expectedD.size());
        scalarKernels()->quantizeRow(x.data(), cols, expectedQ.data(), expectedD.data());
        variant->quantizeRow(x.data(), cols, q.data(), d.data());
        if (q != expectedQ || std::memcmp(d.data(), expectedD.data(), d.size() * sizeof(float)) != 0) {
          ++failures;
          fail(log, "quantizeRow %s cols %lld pattern %d: differs from the scalar routine", isaName(isa),
               (long long)cols, pattern);
        }
      }
  return failures;
}

int checkLinear(Isa isa, std::string *log, bool light) {
  int failures = 0;
  Random random(13);
  struct Shape {
    int64_t m, rows, cols;
  };
  std::vector<Shape> shapes;
  for (int64_t m = 1; m <= 8; ++m)
    for (const int64_t cols : {1, 32, 33, 95, 1541})
      shapes.push_back({m, m * 5 + 3, cols});
  // light: the two largest with fewer output rows (still partial tiles), and each shape once per
  // format, with and without bias alternating.
  for (const Shape s :
       {Shape{1, 1, 7}, Shape{1, 64, 1536}, Shape{4, 129, 300}, Shape{9, 17, 64}, Shape{12, light ? 70 : 300, 1541},
        Shape{16, 48, 96}, Shape{23, 37, 129}, Shape{64, light ? 37 : 80, 200}, Shape{131, light ? 21 : 70, 333}})
    shapes.push_back(s);
  for (const WeightFormat format : kFormats)
    for (const Shape &s : shapes)
      for (const bool withBias : {false, true}) {
        if (light && withBias != (((&s - shapes.data()) + int(format)) % 2 == 1))
          continue;
        const int64_t ldx = s.cols + 3, ldy = s.rows + 5;
        std::vector<float> source(static_cast<size_t>(s.rows * s.cols)), x(static_cast<size_t>(s.m * ldx)),
            bias(static_cast<size_t>(s.rows));
        for (float &v : source)
          v = random.weight() * 0.05f;
        for (float &v : x)
          v = random.weight();
        for (float &v : bias)
          v = random.uniform();
        AlignedBuffer packed(packedBytes(format, s.rows, s.cols));
        WeightPacker::pack(format, SourceType::F32, source.data(), s.rows, s.cols, packed.data);
        const PackedWeight w{format, s.rows, s.cols, packed.data};
        std::vector<float> y(static_cast<size_t>(s.m * ldy), -12345.0f);
        linear(w, x.data(), s.m, ldx, withBias ? bias.data() : nullptr, y.data(), ldy, {}, isa);

        // Reference in double over the unpacked weights and float32 x. For Q8/Q4 the kernel may
        // quantize x per block (error at most half a step, d/2, per element): the bound adds
        // sum over blocks of d_x / 2 * sum |w| of the block.
        const int64_t blocks = blocksPerRow(s.cols);
        std::vector<float> wrow(static_cast<size_t>(s.cols));
        std::vector<int8_t> xq(static_cast<size_t>(blocks * kQuantBlock));
        std::vector<float> xd(static_cast<size_t>(blocks));
        bool reported = false;
        for (int64_t r = 0; r < s.m && !reported; ++r) {
          quantizeActivationRow(x.data() + r * ldx, s.cols, xq.data(), xd.data());
          for (int64_t o = 0; o < s.rows && !reported; ++o) {
            WeightPacker::unpackRow(w, o, wrow.data());
            double sum = withBias ? bias[size_t(o)] : 0.0, magnitude = 0, quantBound = 0;
            for (int64_t i = 0; i < s.cols; ++i) {
              const double xv = x[size_t(r * ldx + i)];
              sum += double(wrow[size_t(i)]) * xv;
              magnitude += std::fabs(double(wrow[size_t(i)]) * xv);
              quantBound += std::fabs(wrow[size_t(i)]) * xd[size_t(i / kQuantBlock)] * 0.5;
            }
            const bool quantized = format == WeightFormat::Q8 || format == WeightFormat::Q4;
            const double tolerance = 2e-5 * magnitude + 1e-6 + (quantized ? quantBound * 1.001 : 0.0);
            const double got = y[size_t(r * ldy + o)];
            if (!(std::fabs(got - sum) <= tolerance)) {
              ++failures;
              reported = true;
              fail(log,
                   "linear %s %s m %lld rows %lld cols %lld bias %d: y[%lld,%lld] = %.7g, expected %.7g (tol %.3g)",
                   isaName(isa), formatName(format), (long long)s.m, (long long)s.rows, (long long)s.cols,
                   int(withBias), (long long)r, (long long)o, got, sum, tolerance);
            }
          }
          // Nothing written beyond the rows of y.
          for (int64_t o = s.rows; o < ldy && !reported; ++o)
            if (y[size_t(r * ldy + o)] != -12345.0f) {
              ++failures;
              reported = true;
              fail(log, "linear %s %s m %lld rows %lld: wrote past the row end", isaName(isa), formatName(format),
                   (long long)s.m, (long long)s.rows);
            }
        }
      }
  return failures;
}

int checkThreadsBitwise(Isa isa, std::string *log, bool light) {
  int failures = 0;
  Random random(17);
  for (const WeightFormat format : kFormats)
    for (const int64_t m : {int64_t(1), int64_t(3), int64_t(8), int64_t(light ? 13 : 40)}) {
      const int64_t rows = 517, cols = light ? 333 : 777;
      std::vector<float> source(static_cast<size_t>(rows * cols)), x(static_cast<size_t>(m * cols)),
          bias(static_cast<size_t>(rows));
      for (float &v : source)
        v = random.weight() * 0.05f;
      for (float &v : x)
        v = random.weight();
      for (float &v : bias)
        v = random.uniform();
      AlignedBuffer packed(packedBytes(format, rows, cols));
      WeightPacker::pack(format, SourceType::F32, source.data(), rows, cols, packed.data);
      const PackedWeight w{format, rows, cols, packed.data};
      std::vector<float> serial(static_cast<size_t>(m * rows)), threaded(static_cast<size_t>(m * rows));
      linear(w, x.data(), m, cols, bias.data(), serial.data(), rows, {}, isa);
      // The kernels' own pool too, reused across calls.
      static ThreadPool pool(3);
      linear(w, x.data(), m, cols, bias.data(), threaded.data(), rows, pool.parallelFor(), isa);
      if (std::memcmp(serial.data(), threaded.data(), serial.size() * sizeof(float)) != 0) {
        ++failures;
        fail(log, "linear %s %s m %lld: the thread pool differs bitwise from one thread", isaName(isa),
             formatName(format), (long long)m);
      }
      for (const int threads : {2, 3, 7}) {
        linear(w, x.data(), m, cols, bias.data(), threaded.data(), rows, threadedFor(threads), isa);
        if (std::memcmp(serial.data(), threaded.data(), serial.size() * sizeof(float)) != 0) {
          ++failures;
          fail(log, "linear %s %s m %lld: %d threads differ bitwise from one", isaName(isa), formatName(format),
               (long long)m, threads);
        }
      }
    }
  return failures;
}

int runAll(Isa isa, std::string *log, bool light) {
  int failures = checkPacker(log) + checkQuantizeRow(isa, log) + checkLinear(isa, log, light) +
                 checkThreadsBitwise(isa, log, light);
  char line[128];
  std::snprintf(line, sizeof line, "%s: %d failure(s)\n", isaName(isa), failures);
  *log += line;
  return failures;
}

} // namespace mdi::kernels::checks
