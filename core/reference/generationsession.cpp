#include "reference/generationsession.h"

#include "engine/generationstate.h"
#include "engine/promptplanner.h"
#include "model/qwen2vlmodel.h"
#include "reference/loadedmodel.h"
#include "util/processmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mdi {

GenerationSession::GenerationSession(std::shared_ptr<LoadedModel> model) : m_model(std::move(model)) {}

void GenerationSession::reset() {
  m_model->model().reset();
  m_cachedImages.clear();
}

Expected<GenerationResult> GenerationSession::run(const GenerationRequest &request, const TextCallback &onText) {
  m_stop.store(false, std::memory_order_relaxed);
  QElapsedTimer timer;
  timer.start();
  const ModelConfig &config = m_model->config();
  GenerationResult result;
  GenerationStats &stats = result.stats;
  auto planned = PromptPlanner::plan(request, config, m_model->tokenizer(), m_model->imagePreprocessor(), result);
  stats.preprocessMs = timer.nsecsElapsed() / 1e6;
  if (!planned)
    return makeError(planned.error());
  const PreparedPrompt *prompt = &planned->prompt;
  const SamplingParams &sampling = planned->sampling;
  const QList<SequenceState::Image> &images = planned->imageRuns;

  Qwen2VLModel &model = m_model->model();
  qint64 keep = SequenceState::commonPrefix(model.tokens(), m_cachedImages, prompt->ids, images);
  if (keep >= prompt->ids.size())
    keep = prompt->ids.size() - 1; // at least one token must run to produce logits
  if (Status s = model.truncate(qMin(keep, model.length())); !s)
    return makeError(s.error());
  keep = model.length();
  m_cachedImages.erase(std::remove_if(m_cachedImages.begin(), m_cachedImages.end(),
                                      [keep](const SequenceState::Image &img) { return img.start >= keep; }),
                       m_cachedImages.end());

  QList<PreprocessedImage> newImages;
  for (qsizetype k = 0; k < images.size(); ++k)
    if (images.at(k).start >= keep)
      newImages.append(prompt->images.at(k));
  stats.cachedPrefixTokens = keep;
  stats.prefilledTokens = prompt->ids.size() - keep;

  const double prefillStart = timer.nsecsElapsed() / 1e6;
  auto logits = model.prefill(prompt->ids.mid(keep), newImages);
  if (!logits)
    return makeError(logits.error());
  m_cachedImages = images;
  stats.prefillMs = timer.nsecsElapsed() / 1e6 - prefillStart;
  stats.visionMs = model.lastVisionMs();

  GenerationState state(m_model->tokenizer(), sampling, prompt->ids);
  auto emit = [&](const QString &piece) {
    if (onText && !piece.isEmpty())
      onText(piece);
  };
  GenerationState::Step step = state.accept(logits->data(), qsizetype(logits->size()));
  stats.timeToFirstTokenMs = timer.nsecsElapsed() / 1e6;
  emit(step.text);
  while (!step.finished) {
    if (m_stop.load(std::memory_order_relaxed)) {
      emit(state.stop());
      break;
    }
    auto next = model.decode(step.token);
    if (!next)
      return makeError(next.error());
    step = state.accept(next->data(), qsizetype(next->size()));
    emit(step.text);
  }
  stats.decodeMs = timer.nsecsElapsed() / 1e6 - stats.timeToFirstTokenMs;
  stats.generatedTokens = state.generated().size();
  stats.peakRssBytes = ProcessMemory::peakRssBytes();
  result.tokens = state.generated();
  result.logprobs = state.logprobs();
  result.text = state.text();
  result.finishReason = state.finishReason();
  return result;
}

} // namespace mdi
