#include "model/sampler.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>

// The sampler's float arithmetic must not be contracted into fused multiply-adds, so that every
// platform computes the same bits.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace mdi {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// Top-k finds its threshold with a k-element min-heap up to this k (one mostly-untaken compare
// per token), and with nth_element over a copy above it.
constexpr int kHeapMaxK = 1024;

// Survivors are listed explicitly when at most 1/32 of the vocabulary; otherwise they are the
// tokens at or above a sort key, with the others' weights zeroed in a full-vocabulary array.
constexpr qsizetype kExplicitFraction = 32;

// Partial top-p buckets tokens by their distance below the best logit, in 1/64 nat steps up to
// 64 nats; everything further (and -inf) shares the last bucket. Larger logits never land in a
// later bucket, so buckets are contiguous runs of the ascending sort order.
constexpr int kBinsPerNat = 64;
constexpr int kBins = 64 * kBinsPerNat;

inline int binOf(float logit, float maxLogit) {
  const float d = maxLogit - logit; // >= 0; +inf for -inf logits
  return d < 64.0f ? int(d * float(kBinsPerNat)) : kBins;
}

// Maps a float to an unsigned integer with the same order (NaNs were removed beforehand).
inline std::uint32_t orderedBits(float v) {
  if (v == 0.0f)
    v = 0.0f; // -0 and +0 are one value, as torch compares them
  const auto b = std::bit_cast<std::uint32_t>(v);
  return (b & 0x80000000u) ? ~b : (b | 0x80000000u);
}

// Ascending keys = ascending logit and, among equal logits, descending token id: the smallest id
// of a tie sorts last, so it is the one top-p keeps (the token torch.argmax would pick).
inline std::uint64_t sortKey(float logit, int token) {
  return (std::uint64_t(orderedBits(logit)) << 32) | std::uint64_t(~std::uint32_t(token));
}

inline int keyToken(std::uint64_t key) {
  return int(~std::uint32_t(key & 0xffffffffu));
}

// exp(x) for x <= 0 from IEEE +, * and an exact power-of-two scale only, so that every platform
// computes the same bits (libm's expf differs in the last place between glibc, macOS and MSVC,
// which would make a draw differ). Cody-Waite reduction x = k ln2 + r, |r| <= ln2/2, and a
// degree-7 Taylor polynomial: within 2 ulp of exp. Weights below e^-87 (under FLT_MIN, also
// -inf) are 0; fused multiply-adds are kept out by the pragmas above and -ffp-contract=off,
// the default of GCC in ISO C++ mode.
inline float expNonPositive(float x) {
  const bool tiny = !(x > -87.0f);
  x = tiny ? -87.0f : x;
  constexpr float kShifter = 0x1.8p23f; // adding it rounds to an integer, kept in the low bits
  const float t = x * 1.44269504f + kShifter;
  const float k = t - kShifter;
  float r = x - k * 0.693145752f; // ln2's high part: k * it is exact for |k| < 2^8
  r = r - k * 1.42860677e-06f;    // ln2's low part
  float p = 1.0f / 5040;
  p = p * r + 1.0f / 720;
  p = p * r + 1.0f / 120;
  p = p * r + 1.0f / 24;
  p = p * r + 1.0f / 6;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const float scale = std::bit_cast<float>((std::bit_cast<std::uint32_t>(t) + 127u) << 23); // 2^k
  return tiny ? 0.0f : p * scale;
}

// The unnormalised softmax weight; the best token weighs exactly 1.
inline float weightOf(float logit, float maxLogit) {
  return expNonPositive(logit - maxLogit);
}

// A probability as torch's float32 softmax holds it (exp(x - max) times 1 / sum).
inline float probOf(float weight, double invTotal) {
  return float(double(weight) * invTotal);
}

// Top-p's cumulative probabilities are summed as 62-bit fixed point: integer sums do not depend
// on the order of addition, so every strategy finds the same cut. The truncation (2^-62 per
// token) is far below float resolution, where the threshold comparison happens.
constexpr double kFixedOne = 0x1p62;

inline std::uint64_t fixedOf(float prob) {
  return std::uint64_t(std::int64_t(double(prob) * kFixedOne)); // prob <= 1: fits int64
}

inline float floatOfFixed(std::uint64_t cum) {
  return float(double(cum) / kFixedOne);
}

} // namespace

Sampler::Sampler(const SamplingParams &params) : m_params(params), m_rng(params.seed) {}

float Sampler::portableExp(float x) {
  Q_ASSERT(!(x > 0.0f));
  return expNonPositive(x);
}

int Sampler::sample(float *logits, qsizetype vocab, const QList<int> &seen) {
  Q_ASSERT(logits && vocab > 0 && vocab <= std::numeric_limits<int>::max());
  applyRepetitionPenalty(logits, vocab, seen);
  if (m_params.isGreedy())
    return argmax(logits, vocab);
  prepare(logits, vocab);

  // One draw per call whatever survives, so later draws do not depend on how many survived.
  // Removed tokens weigh 0 and can never be the first to push the sum past the target.
  const double target = uniform53(m_rng) * m_weightSum;
  double cum = 0;
  const bool explicitList = m_explicit;
  const float *weights = explicitList ? m_candWeight.data() : m_allWeight.data();
  const qsizetype n = explicitList ? qsizetype(m_cand.size()) : vocab;
  for (qsizetype j = 0; j < n; ++j) {
    cum += weights[j];
    if (cum > target)
      return explicitList ? m_cand[size_t(j)] : int(j);
  }
  // Only reachable through rounding at the very top of the sum: the last possible token.
  for (qsizetype j = n - 1; j >= 0; --j) {
    if (weights[j] > 0)
      return explicitList ? m_cand[size_t(j)] : int(j);
  }
  return argmax(logits, vocab);
}

QList<QPair<int, double>> Sampler::distribution(float *logits, qsizetype vocab, const QList<int> &seen) {
  Q_ASSERT(logits && vocab > 0);
  applyRepetitionPenalty(logits, vocab, seen);
  QList<QPair<int, double>> out;
  if (m_params.isGreedy()) {
    out.append({argmax(logits, vocab), 1.0});
    return out;
  }
  prepare(logits, vocab);
  if (m_explicit) {
    for (size_t j = 0; j < m_cand.size(); ++j) {
      if (m_candWeight[j] > 0)
        out.append({m_cand[j], m_candWeight[j] / m_weightSum});
    }
  } else {
    for (qsizetype i = 0; i < vocab; ++i) {
      if (m_allWeight[size_t(i)] > 0)
        out.append({int(i), m_allWeight[size_t(i)] / m_weightSum});
    }
  }
  return out;
}

void Sampler::applyRepetitionPenalty(float *logits, qsizetype vocab, const QList<int> &seen) {
  if (m_params.repetitionPenalty == 1.0 || seen.isEmpty())
    return;
  // float32 arithmetic, as torch applies a Python float to a float32 tensor.
  const float penalty = float(m_params.repetitionPenalty);
  if (m_mark.size() < size_t(vocab))
    m_mark.resize(size_t(vocab), 0);
  // transformers gathers the seen scores, transforms them and scatters them back, so an id seen
  // several times is penalised once: the marks skip repeats.
  for (int id : seen) {
    Q_ASSERT(id >= 0 && id < vocab);
    if (id < 0 || id >= vocab || m_mark[size_t(id)])
      continue;
    m_mark[size_t(id)] = 1;
    float &v = logits[id];
    v = v < 0 ? v * penalty : v / penalty;
  }
  for (int id : seen) {
    if (id >= 0 && id < vocab)
      m_mark[size_t(id)] = 0;
  }
}

int Sampler::argmax(const float *logits, qsizetype vocab) const {
  // First index of the maximum, like torch.argmax; NaNs never win.
  int best = 0;
  float bestValue = -kInf;
  for (qsizetype i = 0; i < vocab; ++i) {
    if (logits[i] > bestValue) {
      bestValue = logits[i];
      best = int(i);
    }
  }
  return best;
}

float Sampler::applyTemperature(float *logits, qsizetype vocab) {
  // Division by the float32 temperature, as torch does it; NaNs become impossible tokens. A
  // temperature that underflows float is clamped to the smallest normal float.
  const float t = std::max(float(m_params.temperature), std::numeric_limits<float>::min());
  float maxLogit = -kInf;
  if (t == 1.0f) {
    for (qsizetype i = 0; i < vocab; ++i) {
      float v = logits[i];
      v = std::isnan(v) ? -kInf : v;
      logits[i] = v;
      maxLogit = std::max(maxLogit, v);
    }
  } else {
    // A tiny temperature can push the best logit past float's range, where every large logit
    // would become +inf (or every logit -inf). Softmax does not change when all logits shift
    // by the same amount, so in that case divide the distance below the best logit instead.
    // Only a temperature below 1e-4 can do that to a logit under 3.4e34; larger logits are
    // garbage already and end up handled as infinite below.
    bool shift = false;
    float best = -kInf;
    if (t < 1e-4f) {
      bool posInf = false;
      for (qsizetype i = 0; i < vocab; ++i) {
        const float v = logits[i];
        posInf = posInf || v == kInf;
        best = v != kInf && v > best ? v : best;
      }
      shift = !posInf && best != -kInf && std::fabs(best) > std::numeric_limits<float>::max() * t;
    }
    const float offset = shift ? best : 0.0f;
    for (qsizetype i = 0; i < vocab; ++i) {
      float v = (logits[i] - offset) / t;
      v = std::isnan(v) ? -kInf : v;
      logits[i] = v;
      maxLogit = std::max(maxLogit, v);
    }
  }
  if (maxLogit == kInf) {
    // Infinite logits: softmax's limit is uniform over them (where torch would produce NaNs).
    for (qsizetype i = 0; i < vocab; ++i)
      logits[i] = logits[i] == kInf ? 0.0f : -kInf;
    maxLogit = 0.0f;
  }
  return maxLogit;
}

float Sampler::topKThreshold(const float *logits, qsizetype vocab, int k) {
  Q_ASSERT(k > 0 && k < vocab);
  if (k <= kHeapMaxK) {
    m_heap.assign(logits, logits + k);
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<float>());
    float kth = m_heap.front();
    for (qsizetype i = k; i < vocab; ++i) {
      const float v = logits[i];
      if (v > kth) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<float>());
        m_heap.back() = v;
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<float>());
        kth = m_heap.front();
      }
    }
    return kth;
  }
  m_scratch.assign(logits, logits + vocab);
  std::nth_element(m_scratch.begin(), m_scratch.begin() + (k - 1), m_scratch.end(), std::greater<float>());
  return m_scratch[size_t(k - 1)];
}

void Sampler::prepare(float *logits, qsizetype vocab) {
  if (m_cand.capacity() < size_t(vocab)) {
    m_cand.reserve(size_t(vocab));
    m_candWeight.reserve(size_t(vocab));
    m_keys.reserve(size_t(vocab));
  }
  m_explicit = false;
  m_floorValue = -kInf;
  m_floorToken = std::numeric_limits<int>::max();
  m_allWeightValid = false;
  m_lastSorted = 0;
  const float maxLogit = applyTemperature(logits, vocab);
  if (maxLogit == -kInf) {
    // Every token is impossible: fall back to the argmax convention (token 0).
    m_explicit = true;
    m_cand.assign(1, 0);
    m_candWeight.assign(1, 1.0f);
    m_weightSum = 1.0;
    return;
  }

  // Top-k keeps every token >= the k-th largest logit (ties included), as transformers compares
  // against torch.topk's last value.
  const int k = m_params.topK;
  if (k > 0 && k < vocab) {
    const float kth = topKThreshold(logits, vocab, k);
    m_floorValue = kth;
    if (k <= vocab / kExplicitFraction) {
      m_cand.clear();
      for (qsizetype i = 0; i < vocab; ++i) {
        if (logits[i] >= kth)
          m_cand.push_back(int(i));
      }
      m_explicit = true;
    }
  }
  if (m_params.topP < 1.0)
    applyTopP(logits, vocab, maxLogit);
  if (m_params.minP > 0.0)
    applyMinP(logits, vocab, maxLogit);
  finish(logits, vocab, maxLogit);
}

void Sampler::computeAllWeights(const float *logits, qsizetype vocab, float maxLogit) {
  if (m_allWeightValid)
    return;
  if (m_allWeight.size() < size_t(vocab))
    m_allWeight.resize(size_t(vocab));
  double sum = 0;
  if (m_floorValue == -kInf) {
    for (qsizetype i = 0; i < vocab; ++i) {
      const float w = weightOf(logits[i], maxLogit);
      m_allWeight[size_t(i)] = w;
      sum += w;
    }
  } else {
    for (qsizetype i = 0; i < vocab; ++i) {
      const float w = weightOf(logits[i], maxLogit) * float(survives(logits[i], int(i)));
      m_allWeight[size_t(i)] = w;
      sum += w;
    }
  }
  m_allWeightSum = sum;
  m_allWeightValid = true;
}

// transformers' top-p: sort ascending, take the cumulative softmax, remove every token whose
// cumulative probability is <= 1 - top_p, always keep the last (most likely) one. torch's CPU
// cumsum adds the float32 probabilities in double and compares each sum rounded to float32;
// here they are added exactly (fixed point) and rounded the same way. m_keys holds the tokens
// still undecided, startCum the probability of all tokens sorting below them. Returns the
// position in the sorted m_keys of the first survivor.
size_t Sampler::firstKept(const float *logits, float maxLogit, std::uint64_t startCum, double invTotal) {
  Q_ASSERT(!m_keys.empty());
  std::sort(m_keys.begin(), m_keys.end());
  m_lastSorted = qsizetype(m_keys.size());
  const float threshold = float(1.0 - m_params.topP);
  std::uint64_t cum = startCum;
  for (size_t j = 0; j + 1 < m_keys.size(); ++j) {
    const int token = keyToken(m_keys[j]);
    const float w = m_allWeightValid ? m_allWeight[size_t(token)] : weightOf(logits[token], maxLogit);
    cum += fixedOf(probOf(w, invTotal));
    if (floatOfFixed(cum) > threshold)
      return j;
  }
  return m_keys.size() - 1;
}

void Sampler::applyTopP(const float *logits, qsizetype vocab, float maxLogit) {
  m_keys.clear();
  if (m_explicit) {
    // Restricted by top-k already: only the candidates have non-zero probability.
    double total = 0;
    for (int c : m_cand) {
      total += weightOf(logits[c], maxLogit);
      m_keys.push_back(sortKey(logits[c], c));
    }
    const size_t first = firstKept(logits, maxLogit, 0, 1.0 / total);
    m_cand.clear();
    for (size_t j = first; j < m_keys.size(); ++j)
      m_cand.push_back(keyToken(m_keys[j]));
    return;
  }

  computeAllWeights(logits, vocab, maxLogit);
  const double invTotal = 1.0 / m_allWeightSum;
  size_t first = 0;
  qsizetype kept = 0;
  if (m_topPStrategy == TopPStrategy::FullSort) {
    for (qsizetype i = 0; i < vocab; ++i)
      m_keys.push_back(sortKey(logits[i], int(i)));
    first = firstKept(logits, maxLogit, 0, invTotal);
    kept = qsizetype(m_keys.size() - first);
  } else {
    // Sorting 152k tokens costs milliseconds, but the cut falls inside one bucket: sum the
    // fixed point probability per bucket, walk the buckets from the least likely up to the one
    // where the cumulative sum first exceeds the threshold, and sort only that bucket. Buckets
    // below it are removed whole, buckets above it kept whole.
    m_binMass.assign(kBins + 1, 0);
    m_binCount.assign(kBins + 1, 0);
    for (qsizetype i = 0; i < vocab; ++i) {
      const size_t b = size_t(binOf(logits[i], maxLogit));
      const float w = m_allWeight[size_t(i)];
      m_binMass[b] += fixedOf(probOf(w, invTotal));
      m_binCount[b] += w > 0 ? 1 : 0;
    }
    const float threshold = float(1.0 - m_params.topP);
    int cross = 0; // without a crossing (top_p 0) only bucket 0's best token stays
    std::uint64_t below = 0;
    for (int b = kBins; b > 0; --b) {
      if (floatOfFixed(below + m_binMass[size_t(b)]) > threshold) {
        cross = b;
        break;
      }
      below += m_binMass[size_t(b)];
    }
    qsizetype above = 0;
    for (int b = 0; b < cross; ++b)
      above += m_binCount[size_t(b)];
    if (above + m_binCount[size_t(cross)] <= vocab / kExplicitFraction) {
      // Few survivors: list the sure ones and sort the crossing bucket in the same pass.
      m_cand.clear();
      for (qsizetype i = 0; i < vocab; ++i) {
        const int b = binOf(logits[i], maxLogit);
        if (b < cross && m_allWeight[size_t(i)] > 0)
          m_cand.push_back(int(i));
        else if (b == cross)
          m_keys.push_back(sortKey(logits[i], int(i)));
      }
      first = firstKept(logits, maxLogit, below, invTotal);
      for (size_t j = first; j < m_keys.size(); ++j)
        m_cand.push_back(keyToken(m_keys[j]));
      m_explicit = true;
      return;
    }
    for (qsizetype i = 0; i < vocab; ++i) {
      if (binOf(logits[i], maxLogit) == cross)
        m_keys.push_back(sortKey(logits[i], int(i)));
    }
    first = firstKept(logits, maxLogit, below, invTotal);
    kept = above + qsizetype(m_keys.size() - first);
  }

  // Survivors: the tokens sorting at or above the first kept one.
  m_floorToken = keyToken(m_keys[first]);
  m_floorValue = logits[m_floorToken];
  if (kept <= vocab / kExplicitFraction) {
    // Few survivors: list them, so later steps and the draw touch only them.
    m_cand.clear();
    for (qsizetype i = 0; i < vocab; ++i) {
      if (survives(logits[i], int(i)))
        m_cand.push_back(int(i));
    }
    m_explicit = true;
    return;
  }
  // Multiplying by 0 or 1 (exact) instead of a select keeps the loop free of branches.
  double sum = 0;
  float *weights = m_allWeight.data();
  for (qsizetype i = 0; i < vocab; ++i) {
    const float w = weights[i] * float(survives(logits[i], int(i)));
    weights[i] = w;
    sum += w;
  }
  m_allWeightSum = sum;
}

// transformers' min-p: remove tokens whose probability is below min_p times the top probability
// (float32 arithmetic); the top token always stays.
void Sampler::applyMinP(const float *logits, qsizetype vocab, float maxLogit) {
  const float minP = float(m_params.minP);
  if (m_explicit) {
    double total = 0;
    for (int c : m_cand)
      total += weightOf(logits[c], maxLogit);
    const double invTotal = 1.0 / total;
    const float cutoff = minP * probOf(1.0f, invTotal);
    auto removed = std::remove_if(m_cand.begin(), m_cand.end(),
                                  [&](int c) { return probOf(weightOf(logits[c], maxLogit), invTotal) < cutoff; });
    m_cand.erase(removed, m_cand.end());
    return;
  }
  computeAllWeights(logits, vocab, maxLogit);
  const double invTotal = 1.0 / m_allWeightSum;
  const float cutoff = minP * probOf(1.0f, invTotal);
  double sum = 0;
  for (qsizetype i = 0; i < vocab; ++i) {
    float &w = m_allWeight[size_t(i)];
    w = probOf(w, invTotal) < cutoff ? 0.0f : w;
    sum += w;
  }
  m_allWeightSum = sum;
}

void Sampler::finish(const float *logits, qsizetype vocab, float maxLogit) {
  if (!m_explicit) {
    computeAllWeights(logits, vocab, maxLogit);
    m_weightSum = m_allWeightSum;
    return;
  }
  // Draw in increasing token order, so the token drawn does not depend on how the survivors
  // were found.
  if (!std::is_sorted(m_cand.begin(), m_cand.end()))
    std::sort(m_cand.begin(), m_cand.end());
  m_candWeight.clear();
  double sum = 0;
  for (int c : m_cand) {
    const float w = weightOf(logits[c], maxLogit);
    m_candWeight.push_back(w);
    sum += w;
  }
  m_weightSum = sum;
}

} // namespace mdi
