#pragma once

#include "model/computeoptions.h"

#include <QCoreApplication>
#include <QString>

namespace mdi {

// What the user asks for ("auto", "best", "f32", "bf16", "q8", "q4": --dtype, Settings >
// Precision) turned into the weight formats of each part of the model, with the reason in words
// for the status bar, logs and --json. `auto` never picks a path that runs slowly on this CPU:
// on the CPU every format goes through our kernels, which have a fast path for every x86 and ARM
// vector unit; it picks 8-bit blocks for the language model (decoding reads every weight once per
// token, so fewer bytes are proportionally faster, and 8-bit keeps the logits within ~1 % of
// float32) and keeps the vision tower in bf16 (or f32 for f32/f16 checkpoints): it runs as
// matrix products once per image, where fewer bytes do not help and quality matters. On a GPU it
// picks bf16. "best" is the checkpoint's own precision (bf16 for bf16 files, else f32).
struct PrecisionChoice {
  Q_DECLARE_TR_FUNCTIONS(mdi::PrecisionChoice)

public:
  ComputeDtype text = ComputeDtype::F32;
  ComputeDtype vision = ComputeDtype::F32;
  QString requested; // as asked, lower case
  QString reason;    // one sentence

  // "text q8, vision bf16" (or just "q8" when both parts agree).
  QString summary() const;
  // Writes text/vision into options (dtype, visionDtype).
  void applyTo(ComputeOptions &options) const;

  // The accepted spellings, for help texts and validation.
  static QStringList names();
  static bool isValidName(const QString &name);
  // requested: one of names() (case-insensitive; empty means auto). storageDtype: the
  // checkpoint's ("BF16", "F16", "F32", "mixed", as Checkpoint::storageDtype()). device: "cpu",
  // "cuda", ... Unknown names resolve as auto, with a reason that says so.
  static PrecisionChoice resolve(const QString &requested, const QString &storageDtype, const QString &device);
};

} // namespace mdi
