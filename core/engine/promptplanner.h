#pragma once

#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "engine/promptbuilder.h"
#include "engine/sequencestate.h"
#include "model/samplingparams.h"
#include "util/expected.h"

#include <QCoreApplication>

namespace mdi {

class ImagePreprocessor;
class Tokenizer;
struct ModelConfig;

// What a request asks the model to read, checked: the rendered prompt with its image runs, and
// the sampling with the token budget clamped to what the context has left.
struct PromptPlan {
  PreparedPrompt prompt;
  QList<SequenceState::Image> imageRuns; // the prompt's images as runs of <|image_pad|>
  SamplingParams sampling;
};

// The one place that turns a GenerationRequest into a PromptPlan: validates the sampling,
// renders the chat template with the images, fills the preprocessing statistics and refuses a
// prompt the context cannot hold, with a message that says how to fit. The pipeline and the
// single-process reference path (tests, benchmarks) both use it; which prefix their caches can
// reuse stays theirs.
class PromptPlanner {
  Q_DECLARE_TR_FUNCTIONS(mdi::PromptPlanner)

public:
  // Fills result.promptTokens and the prompt, image-token and image counts of result.stats (also
  // when the context is too small); the caller times it (stats.preprocessMs). When it refuses the
  // request, result.errorKind says why: ContextLengthExceeded (the prompt does not fit),
  // InvalidRequest (sampling out of range, image placeholders that do not match the images, a
  // video token), Internal (an image that cannot be read, anything else).
  static Expected<PromptPlan> plan(const GenerationRequest &request, const ModelConfig &config,
                                   const Tokenizer &tokenizer, const ImagePreprocessor &images,
                                   GenerationResult &result);
};

} // namespace mdi
