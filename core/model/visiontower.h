#pragma once

#include "model/checkpoint.h"
#include "model/imagegrid.h"
#include "model/linearweight.h"
#include "model/modelconfig.h"
#include "model/tensorfactory.h"
#include "util/expected.h"

#include <ATen/ATen.h>

#include <atomic>

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace mdi {

// Qwen2-VL's vision encoder: patch embedding (the Conv3d as one matmul over the 1176 values of a
// patch), 2-D rotary positions (theta 1e4, half the channels from the patch row, half from the
// column, in merge-window order), pre-LayerNorm blocks with attention that is full within each
// image frame and absent across them (computed per segment, never as an N x N mask) and a
// QuickGELU MLP, then the patch merger (LayerNorm, 2x2 neighbours concatenated, Linear, exact
// GELU, Linear) that yields one text-width embedding per <|image_pad|> token.
class VisionTower {
  Q_DECLARE_TR_FUNCTIONS(mdi::VisionTower)

public:
  // Intermediate values, filled when a trace is passed to forward() (tests, diagnostics).
  struct Trace {
    at::Tensor rotary;              // [N, head_dim / 2] float32 angles
    at::Tensor patchEmbed;          // [N, E]
    std::vector<at::Tensor> blocks; // each block's output [N, E]
    at::Tensor mergerLnQ;           // [N, E]
  };

  static Expected<VisionTower> load(const Checkpoint &checkpoint, const TensorFactory &factory);

  const VisionConfig &config() const { return m_config; }
  qint64 weightBytes() const { return m_weightBytes; }

  // pixels [N, 1176] (float32, any device), the rows of all images in order; grids their patch
  // grids (sum of patch counts = N). Returns [N / merge^2, text hidden] in the compute dtype.
  // cancel, when given, is looked at between blocks: once set, forward gives up with an error.
  Expected<at::Tensor> forward(const at::Tensor &pixels, const QList<ImageGrid> &grids, Trace *trace = nullptr,
                               const std::atomic<bool> *cancel = nullptr) const;

  // Largest number of attention scores (float elements) computed at once: a large image's
  // queries are processed in blocks to stay within it. Default 2^25 (128 MiB in float32).
  void setScoreBudget(int64_t elements) { m_scoreBudget = qMax<int64_t>(1, elements); }

  // rot_pos_emb: [N, head_dim / 2] float32 rotation angles of every patch.
  at::Tensor rotaryAngles(const QList<ImageGrid> &grids) const;

private:
  struct Block {
    at::Tensor norm1, norm1Bias, qkvBias, projBias, norm2, norm2Bias, fc1Bias, fc2Bias;
    LinearWeight qkv, proj, fc1, fc2;
  };

  explicit VisionTower(const VisionConfig &config) : m_config(config) {}
  at::Tensor attention(const Block &w, const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin,
                       const std::vector<int64_t> &segments) const;

  VisionConfig m_config;
  at::TensorOptions m_options;
  LinearWeight m_patchWeight; // [E, 1176]
  std::vector<Block> m_blocks;
  at::Tensor m_lnQ, m_lnQBias, m_mlp0Bias, m_mlp2Bias;
  LinearWeight m_mlp0, m_mlp2;
  at::Tensor m_invFreq; // [head_dim / 4] float32
  qint64 m_weightBytes = 0;
  int64_t m_scoreBudget = int64_t(1) << 25;
};

} // namespace mdi
