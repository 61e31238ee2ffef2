#pragma once

#include "model/samplingparams.h"

#include <QList>
#include <QPair>

#include <cstdint>
#include <random>
#include <vector>

namespace mdi {

// Chooses the next token from a float logits buffer the way Hugging Face transformers does:
// repetition penalty over the distinct seen ids, then (when sampling) temperature, top-k, top-p and
// min-p, then a draw from the softmax of what survives; greedy decoding is the argmax after the
// penalty (first index on ties, like torch.argmax). Probabilities used by top-p and min-p are
// rounded to float as torch computes them, so threshold decisions match transformers' float32
// arithmetic. The draw uses std::mt19937_64 with a uniform double built from its 53 high bits,
// and softmax weights come from a portable exp, so a seed and a logits sequence give the same
// tokens on every platform, compiler and standard library.
// Torch-free and allocation-free after the first call (all scratch space is kept in members);
// one Sampler per generation, not thread-safe.
class Sampler {
public:
  // How top-p finds the tokens it must sort when top-k does not already restrict them. Both give
  // identical results; Partial sorts only the tokens that can matter (see sampler.cpp).
  enum class TopPStrategy { Partial, FullSort };

  explicit Sampler(const SamplingParams &params); // seeds its RNG from params.seed

  // logits: vocab floats, modified in place; seen: prompt + generated ids (for the penalty).
  int sample(float *logits, qsizetype vocab, const QList<int> &seen);

  // The distribution sample() would draw from, after every filter: (token, probability) pairs in
  // increasing token order. Greedy gives one token with probability 1. Consumes no randomness;
  // modifies logits in place like sample().
  QList<QPair<int, double>> distribution(float *logits, qsizetype vocab, const QList<int> &seen);

  const SamplingParams &params() const { return m_params; }
  void setTopPStrategy(TopPStrategy strategy) { m_topPStrategy = strategy; }
  // How many tokens the last call sorted for top-p (0 when top-p did not run); for benchmarks.
  qsizetype lastSortedCount() const { return m_lastSorted; }

  // exp(x) for x <= 0, bit-identical on every platform (within 2 ulp of the exact value; 0 below
  // e^-87): the softmax weights use it.
  static float portableExp(float x);
  // A uniform double in [0, 1) from the 53 high bits of one 64-bit draw.
  static double uniform53(std::mt19937_64 &rng) { return double(rng() >> 11) * 0x1.0p-53; }

private:
  void applyRepetitionPenalty(float *logits, qsizetype vocab, const QList<int> &seen);
  int argmax(const float *logits, qsizetype vocab) const;
  // Runs temperature and the filters; leaves the survivors either listed in m_cand (increasing
  // token order) with their weights in m_candWeight, or as the non-zero entries of m_allWeight;
  // m_weightSum is their total weight.
  void prepare(float *logits, qsizetype vocab);
  float applyTemperature(float *logits, qsizetype vocab);
  float topKThreshold(const float *logits, qsizetype vocab, int k);
  void applyTopP(const float *logits, qsizetype vocab, float maxLogit);
  size_t firstKept(const float *logits, float maxLogit, std::uint64_t startCum, double invTotal);
  void applyMinP(const float *logits, qsizetype vocab, float maxLogit);
  void computeAllWeights(const float *logits, qsizetype vocab, float maxLogit);
  void finish(const float *logits, qsizetype vocab, float maxLogit);
  bool survives(float logit, int token) const {
    const float floor = m_floorValue; // bitwise, not short-circuit: survival may be a coin flip
    return (logit > floor) | ((logit == floor) & (token <= m_floorToken));
  }

  SamplingParams m_params;
  std::mt19937_64 m_rng;
  TopPStrategy m_topPStrategy = TopPStrategy::Partial;

  // Scratch space, grown on first use and reused by every call.
  std::vector<std::uint8_t> m_mark; // all zero between calls
  std::vector<float> m_allWeight;   // exp(logit - max) per token, 0 when removed
  std::vector<float> m_heap;
  std::vector<float> m_scratch;
  std::vector<std::uint64_t> m_keys;
  std::vector<std::uint64_t> m_binMass;
  std::vector<qsizetype> m_binCount;
  std::vector<int> m_cand;
  std::vector<float> m_candWeight;
  double m_allWeightSum = 0;
  double m_weightSum = 0;
  // Survivors sort at or above (m_floorValue, m_floorToken): a larger logit, or an equal one and
  // a token id no larger (the order of top-p's sort keys).
  float m_floorValue = 0;
  int m_floorToken = 0;
  qsizetype m_lastSorted = 0;
  bool m_explicit = false; // survivors listed in m_cand rather than marked in m_allWeight
  bool m_allWeightValid = false;
};

} // namespace mdi
