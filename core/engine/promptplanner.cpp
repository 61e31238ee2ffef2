#include "engine/promptplanner.h"

#include "model/modelconfig.h"

namespace mdi {

Expected<PromptPlan> PromptPlanner::plan(const GenerationRequest &request, const ModelConfig &config,
                                         const Tokenizer &tokenizer, const ImagePreprocessor &images,
                                         GenerationResult &result) {
  if (Status valid = request.sampling.validate(); !valid)
    return makeError(valid.error());
  PromptBuilder builder(config, tokenizer, images);
  auto prompt = builder.build(request.messages, request.templateOptions, request.imageBaseDir);
  if (!prompt)
    return makeError(prompt.error());
  GenerationStats &stats = result.stats;
  result.promptTokens = prompt->ids;
  stats.promptTokens = prompt->ids.size();
  stats.imageTokens = prompt->imageTokens;
  stats.images = prompt->images.size();

  const qint64 context = config.text.maxPositionEmbeddings;
  if (stats.promptTokens >= context)
    return makeError(tr("The prompt needs %1 tokens (%2 of them for %n image(s)), but the model's context holds %3. "
                        "Use fewer or smaller images (lower the maximum image size) or a shorter conversation.",
                        nullptr, int(stats.images))
                         .arg(stats.promptTokens)
                         .arg(stats.imageTokens)
                         .arg(context));
  PromptPlan plan;
  plan.sampling = request.sampling;
  plan.sampling.maxNewTokens = int(qMin<qint64>(plan.sampling.maxNewTokens, context - stats.promptTokens));
  plan.imageRuns = SequenceState::imageRuns(prompt->ids, config.tokens.imagePad, prompt->imageDigests);
  plan.prompt = std::move(*prompt);
  return plan;
}

} // namespace mdi
