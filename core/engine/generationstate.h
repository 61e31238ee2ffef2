#pragma once

#include "engine/generationresult.h"
#include "engine/tokenlogprobs.h"
#include "model/jsonconstraint.h"
#include "model/sampler.h"
#include "model/stopstringmatcher.h"
#include "model/streamingdecoder.h"
#include "model/tokenizer.h"

#include <memory>

namespace mdi {

// The per-answer bookkeeping between two forward passes: takes the logits of the last position,
// samples the next token, turns it into complete UTF-8 text with stop strings held back, and
// decides whether the answer is over (end-of-sequence id, token budget, stop string). With
// SamplingParams::topLogprobs >= 0 it also reports each token's log-probability and the most
// likely alternatives, from the raw logits before the sampler changes them. Knows nothing about
// where the logits were computed, so the single-process loop and the pipeline's coordinator
// share it. With SamplingParams::jsonObject the answer is constrained to one JSON object
// (JsonConstraint masks the logits before sampling) and ends when the object is complete.
class GenerationState {
public:
  GenerationState(const Tokenizer &tokenizer, const SamplingParams &params, const QList<qint64> &promptTokens);

  struct Step {
    int token = -1;
    QString text;           // text that became visible with this token (may be empty)
    bool finished = false;  // no further forward pass is needed
    TokenLogprobs logprobs; // valid only with SamplingParams::topLogprobs >= 0
  };

  // logits: vocab floats of the last position (modified in place by the sampler).
  Step accept(float *logits, qsizetype vocab);
  // Ends the answer early (a stop request); returns the text still held back.
  QString stop();

  bool isFinished() const { return m_reason != FinishReason::None; }
  FinishReason finishReason() const { return m_reason; }
  const QList<qint64> &generated() const { return m_generated; }
  const QString &text() const { return m_text; }
  // One entry per generated token (the end-of-sequence id included) when log-probabilities were
  // asked for; empty otherwise.
  const QList<TokenLogprobs> &logprobs() const { return m_logprobs; }

private:
  QString finishText();
  // The log-softmax of the raw logits: the most likely m_params.topLogprobs tokens, and
  // m_rawLogits/m_logSumExp for the chosen token once it is known.
  TokenLogprobs topLogprobs(const float *logits, qsizetype vocab);
  TokenLogprobs::Candidate candidate(int token, double logprob) const;

  SamplingParams m_params;
  Sampler m_sampler;
  StreamingDecoder m_decoder;
  StopStringMatcher m_stops;
  QList<int> m_seen; // prompt + generated, for the repetition penalty
  QList<qint64> m_generated;
  QString m_text;
  FinishReason m_reason = FinishReason::None;
  const Tokenizer &m_tokenizer;
  std::vector<float> m_rawLogits; // the step's logits before sampling (log-probabilities only)
  double m_logSumExp = 0;
  QList<TokenLogprobs> m_logprobs;
  std::unique_ptr<JsonConstraint> m_json; // with SamplingParams::jsonObject
};

} // namespace mdi
