#include "engine/generationstate.h"

namespace mdi {

GenerationState::GenerationState(const Tokenizer &tokenizer, const SamplingParams &params,
                                 const QList<qint64> &promptTokens) :
    m_params(params),
    m_sampler(params), m_decoder(tokenizer, /*skipSpecialTokens=*/true), m_stops(params.stopStrings) {
  m_seen.reserve(promptTokens.size() + params.maxNewTokens);
  for (qint64 id : promptTokens)
    m_seen.append(int(id));
}

GenerationState::Step GenerationState::accept(float *logits, qsizetype vocab) {
  Q_ASSERT(!isFinished());
  Step step;
  step.token = m_sampler.sample(logits, vocab, m_seen);
  m_seen.append(step.token);
  m_generated.append(step.token);

  if (m_params.isEos(step.token)) {
    m_reason = FinishReason::Eos;
    step.text = finishText();
  } else {
    step.text = m_stops.push(m_decoder.push(step.token));
    if (m_stops.stopped())
      m_reason = FinishReason::StopString;
    else if (m_generated.size() >= m_params.maxNewTokens) {
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
