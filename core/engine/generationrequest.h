#pragma once

#include "model/chatmessage.h"
#include "model/preprocessedimage.h"
#include "model/samplingparams.h"

#include <QString>

#include <memory>

namespace mdi {

// What one answer is asked for: the conversation so far (images referenced from its parts:
// file paths, names relative to imageBaseDir, or data: URLs), the template switches and the
// sampling settings.
struct GenerationRequest {
  QList<ChatMessage> messages;
  ChatTemplateOptions templateOptions;
  SamplingParams sampling;
  QString imageBaseDir;
  // Keep every step's logits in the result (tests and diagnostics; 0.6 MB per step for Qwen2-VL).
  bool keepLogits = false;
  // Which answers go first when more wait than one pass takes (higher first; equal ones take
  // turns): the desktop's visible conversation above API requests, say.
  int priority = 0;
  // The images of `messages`, in order, already decoded and preprocessed by the caller with the
  // engine's preprocessing (the local API checks them before an answer starts): used instead of
  // decoding them again. Null or of another count: the images are read from their references.
  std::shared_ptr<const QList<PreprocessedImage>> preparedImages;
};

} // namespace mdi
