#include "engine/promptplanner.h"

#include "model/modelconfig.h"

namespace mdi {

Expected<PromptPlan> PromptPlanner::plan(const GenerationRequest &request, const ModelConfig &config,
                                         const Tokenizer &tokenizer, const ImagePreprocessor &images,
                                         GenerationResult &result) {
  result.errorKind = GenerationErrorKind::InvalidRequest;
  if (Status valid = request.sampling.validate(); !valid)
    return makeError(valid.error());
  PromptBuilder builder(config, tokenizer, images);
  auto prompt = builder.build(request.messages, request.templateOptions, request.imageBaseDir,
                              request.preparedImages.get(), &result.errorKind);
  if (!prompt)
    return makeError(prompt.error());
  // RopeIndex would refuse it later, as a failure of the pipeline rather than of the request.
  if (prompt->ids.contains(config.tokens.videoPad)) {
    result.errorKind = GenerationErrorKind::InvalidRequest;
    return makeError(tr("The prompt contains a video token (<|video_pad|>); video input is not supported."));
  }
  GenerationStats &stats = result.stats;
  result.promptTokens = prompt->ids;
  stats.promptTokens = prompt->ids.size();
  stats.imageTokens = prompt->imageTokens;
  stats.images = prompt->images.size();

  const qint64 context = config.text.maxPositionEmbeddings;
  if (stats.promptTokens >= context) {
    result.errorKind = GenerationErrorKind::ContextLengthExceeded;
    return makeError(tr("The prompt needs %1 tokens (%2 of them for %n image(s)), but the model's context holds %3. "
                        "Use fewer or smaller images (lower the maximum image size) or a shorter conversation.",
                        nullptr, int(stats.images))
                         .arg(stats.promptTokens)
                         .arg(stats.imageTokens)
                         .arg(context));
  }
  result.errorKind = GenerationErrorKind::Internal; // no refusal: a later failure is the engine's
  PromptPlan plan;
  plan.sampling = request.sampling;
  plan.sampling.maxNewTokens = int(qMin<qint64>(plan.sampling.maxNewTokens, context - stats.promptTokens));
  plan.imageRuns = SequenceState::imageRuns(prompt->ids, config.tokens.imagePad, prompt->imageDigests);
  plan.prompt = std::move(*prompt);
  return plan;
}

} // namespace mdi
