#include "engine/generationstate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdi {

namespace {

// What OpenAI reports for a token the model rules out entirely (JSON has no -infinity).
constexpr double kLowestLogprob = -9999.0;

double finiteLogprob(double value) {
  return std::isfinite(value) ? std::max(value, kLowestLogprob) : kLowestLogprob;
}

} // namespace

GenerationState::GenerationState(const Tokenizer &tokenizer, const SamplingParams &params,
                                 const QList<qint64> &promptTokens) :
    m_params(params),
    m_sampler(params), m_decoder(tokenizer, /*skipSpecialTokens=*/true), m_stops(params.stopStrings),
    m_tokenizer(tokenizer) {
  if (params.jsonObject)
    m_json = std::make_unique<JsonConstraint>(tokenizer, params.jsonSchema);
  m_seen.reserve(promptTokens.size() + params.maxNewTokens);
  for (qint64 id : promptTokens)
    m_seen.append(int(id));
}

GenerationState::Step GenerationState::accept(float *logits, qsizetype vocab) {
  Q_ASSERT(!isFinished());
  Step step;
  // Before sampling: the sampler rewrites the logits in place (penalty, temperature, filters).
  if (m_params.topLogprobs >= 0)
    step.logprobs = topLogprobs(logits, vocab);
  // The mask comes after the log-probabilities (they describe the model) and before the sampler.
  if (m_json)
    m_json->mask(logits, vocab, int(m_params.maxNewTokens - m_generated.size()));
  step.token = m_sampler.sample(logits, vocab, m_seen);
  if (m_json)
    m_json->accept(step.token);
  if (m_params.topLogprobs >= 0) {
    const double raw = step.token >= 0 && step.token < qsizetype(m_rawLogits.size())
                           ? double(m_rawLogits[size_t(step.token)])
                           : -std::numeric_limits<double>::infinity();
    step.logprobs.chosen = candidate(step.token, finiteLogprob(raw - m_logSumExp));
    m_logprobs.append(step.logprobs);
  }
  m_seen.append(step.token);
  m_generated.append(step.token);

  if (m_params.isEos(step.token)) {
    m_reason = FinishReason::Eos;
    step.text = finishText();
  } else {
    step.text = m_stops.push(m_decoder.push(step.token));
    if (m_stops.stopped())
      m_reason = FinishReason::StopString;
    else if (m_json && m_json->isComplete()) {
      m_reason = FinishReason::Eos; // the object is whole: nothing may follow it
      step.text += finishText();
    } else if (m_generated.size() >= m_params.maxNewTokens) {
      m_reason = FinishReason::Length;
      step.text += finishText();
    }
  }
  m_text += step.text;
  step.finished = isFinished();
  return step;
}

QString GenerationState::stop() {
  if (isFinished())
    return {};
  m_reason = FinishReason::Stopped;
  const QString rest = finishText();
  m_text += rest;
  return rest;
}

TokenLogprobs GenerationState::topLogprobs(const float *logits, qsizetype vocab) {
  m_rawLogits.assign(logits, logits + vocab);
  // log(sum(exp(x))) shifted by the maximum, in double: 150k terms of float would lose digits.
  float maximum = -std::numeric_limits<float>::infinity();
  for (qsizetype i = 0; i < vocab; ++i)
    maximum = std::max(maximum, logits[i]);
  double sum = 0;
  if (std::isfinite(maximum)) {
    for (qsizetype i = 0; i < vocab; ++i)
      sum += std::exp(double(logits[i]) - double(maximum));
  }
  m_logSumExp = std::isfinite(maximum) ? double(maximum) + std::log(sum) : 0;

  // The k largest by a bounded min-heap (O(vocab log k)); sorting the vocabulary would cost
  // more than the rest of the step's bookkeeping.
  const int k = int(std::min<qsizetype>(m_params.topLogprobs, vocab));
  const auto better = [&](int a, int b) { return logits[a] > logits[b] || (logits[a] == logits[b] && a < b); };
  std::vector<int> heap;
  heap.reserve(size_t(k) + 1);
  for (int i = 0; i < int(vocab) && k > 0; ++i) {
    if (int(heap.size()) < k) {
      heap.push_back(i);
      std::push_heap(heap.begin(), heap.end(), better);
    } else if (better(i, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), better);
      heap.back() = i;
      std::push_heap(heap.begin(), heap.end(), better);
    }
  }
  std::sort(heap.begin(), heap.end(), better);
  TokenLogprobs out;
  out.top.reserve(k);
  for (int id : heap)
    out.top.append(candidate(id, finiteLogprob(double(logits[id]) - m_logSumExp)));
  return out;
}

TokenLogprobs::Candidate GenerationState::candidate(int token, double logprob) const {
  TokenLogprobs::Candidate c;
  c.token = token;
  c.bytes = m_tokenizer.tokenBytes(token);
  c.logprob = logprob;
  return c;
}

QString GenerationState::finishText() {
  // Bytes of an incomplete character go through the stop matcher too, then whatever it held.
  QString text = m_stops.push(m_decoder.flush());
  if (!m_stops.stopped())
    text += m_stops.flush();
  else
    m_reason = m_reason == FinishReason::Length ? FinishReason::StopString : m_reason;
  return text;
}

} // namespace mdi
