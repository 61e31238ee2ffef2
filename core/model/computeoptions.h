#pragma once

#include <QString>

#include <optional>

namespace mdi {

// How the weights of the linear layers are stored for compute. On the CPU every format runs
// through our kernels (core/kernels) with float32 activations: F32 and BF16 as they are, Q8 as
// 8-bit blocks (8.5 bits per weight), Q4 as 4-bit blocks (4.5 bits per weight). On CUDA/MPS only
// F32 and BF16 exist (at::linear), and BF16 is also the activations' dtype there. fp16
// checkpoints are read as they are and converted once at load.
enum class ComputeDtype { F32, BF16, Q8, Q4 };

// How a model (or a part of it) is placed and computed: the weight formats it is converted to
// once at load, and the libtorch device string ("cpu", "cuda", "cuda:1", "mps"). Torch-free so
// that settings, the UI and the wire protocol can carry it.
struct ComputeOptions {
  // The language model's decoder layers.
  ComputeDtype dtype = ComputeDtype::F32;
  QString device = QStringLiteral("cpu");
  // KV cache growth step in positions: caches grow by whole chunks, never per token.
  qint64 kvChunk = 256;
  // The vision tower's linear layers; unset means visionFormat()'s default.
  std::optional<ComputeDtype> visionDtype = std::nullopt;

  // The vision tower: visionDtype, else dtype with Q4 raised to Q8 (4-bit hurts the image
  // features more than it saves: the tower runs once per image, as matrix products).
  ComputeDtype visionFormat() const {
    return visionDtype ? *visionDtype : (dtype == ComputeDtype::Q4 ? ComputeDtype::Q8 : dtype);
  }
  // The embedding matrix and the LM head (tied in Qwen2-VL-2B: one matrix): Q4 raised to Q8,
  // because the logits are the most sensitive product of the model (llama.cpp keeps its
  // output matrix at 6 bits or more for the same reason).
  ComputeDtype headFormat() const { return dtype == ComputeDtype::Q4 ? ComputeDtype::Q8 : dtype; }

  // "f32", "bf16", "q8", "q4".
  static QString dtypeName(ComputeDtype dtype) {
    switch (dtype) {
    case ComputeDtype::F32:
      break;
    case ComputeDtype::BF16:
      return QStringLiteral("bf16");
    case ComputeDtype::Q8:
      return QStringLiteral("q8");
    case ComputeDtype::Q4:
      return QStringLiteral("q4");
    }
    return QStringLiteral("f32");
  }
  static std::optional<ComputeDtype> parseDtype(const QString &name) {
    for (ComputeDtype d : {ComputeDtype::F32, ComputeDtype::BF16, ComputeDtype::Q8, ComputeDtype::Q4})
      if (name.compare(dtypeName(d), Qt::CaseInsensitive) == 0)
        return d;
    return std::nullopt;
  }
  // Storage bytes per weight (scales included), for memory planning.
  static double bytesPerWeight(ComputeDtype dtype) {
    switch (dtype) {
    case ComputeDtype::F32:
      break;
    case ComputeDtype::BF16:
      return 2;
    case ComputeDtype::Q8:
      return 34.0 / 32;
    case ComputeDtype::Q4:
      return 18.0 / 32;
    }
    return 4;
  }
};

} // namespace mdi
