#pragma once

#include <QString>

namespace mdi {

// Arithmetic type of the weights and activations. fp16 checkpoints are computed in bf16,
// because libtorch has no fp16 matrix multiplication on CPU.
enum class ComputeDtype { F32, BF16 };

// How a model (or a part of it) is placed and computed: the dtype its weights are converted to
// once at load, and the libtorch device string ("cpu", "cuda", "cuda:1", "mps"). Torch-free so
// that settings, the UI and the wire protocol can carry it.
struct ComputeOptions {
  ComputeDtype dtype = ComputeDtype::F32;
  QString device = QStringLiteral("cpu");
  // KV cache growth step in positions: caches grow by whole chunks, never per token.
  qint64 kvChunk = 256;

  static QString dtypeName(ComputeDtype dtype) {
    return dtype == ComputeDtype::BF16 ? QStringLiteral("bf16") : QStringLiteral("f32");
  }
};

} // namespace mdi
