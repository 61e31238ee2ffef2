#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mdi {

// The log-probabilities of one generated token, as OpenAI's "logprobs" reports them: the chosen
// token with its UTF-8 bytes and log-probability, and the most likely tokens of that step (the
// chosen one among them when it ranks there). Log-probabilities are the log-softmax of the model's
// raw logits, before the repetition penalty, temperature and the top-k/top-p/min-p filters, so
// they describe the model and not the sampler (OpenAI's definition). GenerationState fills it when
// SamplingParams::topLogprobs >= 0; plain data, torch-free.
struct TokenLogprobs {
  struct Candidate {
    int token = -1;
    QByteArray bytes; // the token's raw UTF-8 bytes (part of a character for some tokens)
    double logprob = 0;
  };
  Candidate chosen;     // token -1: no log-probabilities were asked for
  QList<Candidate> top; // most likely first (ties: lower id first), SamplingParams::topLogprobs of them
  bool isValid() const { return chosen.token >= 0; }

  // A token's text as OpenAI shows it: its bytes as UTF-8 or, when they are only part of a
  // character, "bytes:" and each byte as \xNN ("bytes:\xe4\xbd").
  static QString text(const QByteArray &bytes);
};

} // namespace mdi
