// Time per Sampler::sample() call at Qwen2-VL's vocabulary (151936) for the common settings, and
// top-p's two strategies (sort everything vs sort only the tokens above a mass cut).
#include "benchsupport.h"
#include "model/sampler.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <vector>

using mdi::Sampler;
using mdi::SamplingParams;
using mdi::bench::BenchSupport;

namespace {

constexpr qsizetype kVocab = 151936;

// "peaked": a bell of std ~2.5 with a dozen tokens 8-16 nats above it, as a language model's
// logits usually look; "flat": a bell of std 1 and nothing standing out (top-p keeps a large
// share of the vocabulary: the worst case).
std::vector<float> makeLogits(bool peaked) {
  std::mt19937_64 rng(77);
  std::vector<float> out(static_cast<size_t>(kVocab));
  const double spread = peaked ? 5.0 : 2.0;
  for (auto &v : out)
    v = float(spread * (Sampler::uniform53(rng) + Sampler::uniform53(rng) + Sampler::uniform53(rng) - 1.5));
  if (peaked) {
    for (int i = 0; i < 12; ++i)
      out[size_t(Sampler::uniform53(rng) * double(kVocab))] = float(8.0 + 8.0 * Sampler::uniform53(rng));
  }
  return out;
}

struct Case {
  const char *name;
  SamplingParams params;
  Sampler::TopPStrategy strategy = Sampler::TopPStrategy::Partial;
};

SamplingParams sampling(double temperature, int topK, double topP, double minP) {
  SamplingParams p;
  p.doSample = true;
  p.temperature = temperature;
  p.topK = topK;
  p.topP = topP;
  p.minP = minP;
  p.repetitionPenalty = 1.05;
  return p;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  const int repeats = argc > 1 ? std::max(5, std::atoi(argv[1])) : 201;
  std::printf("machine: %s\ncpu pressure: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  std::printf("vocab %lld, repetition penalty 1.05 over 600 seen ids, median of %d calls\n",
              static_cast<long long>(kVocab), repeats);

  QList<int> seen;
  for (int i = 0; i < 600; ++i)
    seen.append((i * 2654435761u) % kVocab);

  SamplingParams greedy;
  greedy.repetitionPenalty = 1.05;
  SamplingParams qwen = sampling(0.01, 1, 0.001, 0.0);
  const Case cases[] = {
      {"greedy", greedy},
      {"qwen2-vl default (T0.01 k1 p0.001)", qwen},
      {"T0.7", sampling(0.7, 0, 1.0, 0.0)},
      {"T0.7 top-k 50", sampling(0.7, 50, 1.0, 0.0)},
      {"T0.7 top-k 50 top-p 0.9", sampling(0.7, 50, 0.9, 0.0)},
      {"T0.7 top-p 0.9 partial", sampling(0.7, 0, 0.9, 0.0)},
      {"T0.7 top-p 0.9 full sort", sampling(0.7, 0, 0.9, 0.0), Sampler::TopPStrategy::FullSort},
      {"T1.0 top-p 0.99 partial", sampling(1.0, 0, 0.99, 0.0)},
      {"T1.0 top-p 0.99 full sort", sampling(1.0, 0, 0.99, 0.0), Sampler::TopPStrategy::FullSort},
      {"T0.7 min-p 0.05", sampling(0.7, 0, 1.0, 0.05)},
  };

  for (bool peaked : {true, false}) {
    const std::vector<float> base = makeLogits(peaked);
    std::vector<float> logits(base.size());
    const double copyMs =
        BenchSupport::medianMs(repeats, [&] { std::memcpy(logits.data(), base.data(), base.size() * sizeof(float)); });
    std::printf("\n%s logits (copying them back each call: %.3f ms, included below)\n", peaked ? "peaked" : "flat",
                copyMs);
    std::printf("  %-38s %10s %12s\n", "setting", "ms/call", "sorted");
    for (const Case &c : cases) {
      Sampler sampler(c.params);
      sampler.setTopPStrategy(c.strategy);
      const double ms = BenchSupport::medianMs(repeats, [&] {
        std::memcpy(logits.data(), base.data(), base.size() * sizeof(float));
        sampler.sample(logits.data(), kVocab, seen);
      });
      std::printf("  %-38s %10.3f %12lld\n", c.name, ms, static_cast<long long>(sampler.lastSortedCount()));
    }
  }
  return 0;
}
