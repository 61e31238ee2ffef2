#pragma once

#include "model/modelconfig.h"
#include "model/positionids.h"

#include <ATen/ATen.h>

namespace mdi {

// Multimodal rotary position embedding of the text model. inv_freq = 1/theta^(arange(0,hd,2)/hd)
// in float32; each token's angles are inv_freq times its t, h or w position, the channel blocks
// mrope_section * 2 (e.g. [16,24,24,16,24,24]) taking t, h, w, t, h, w in turn; q and k are
// rotated as x*cos + rotate_half(x)*sin in float32, as the reference computes it.
class Mrope {
public:
  // cos/sin tables [n, head_dim], float32.
  struct Tables {
    at::Tensor cos;
    at::Tensor sin;
  };

  explicit Mrope(const TextConfig &config);

  Tables tables(const PositionIds &positions, const at::Device &device) const;
  // x: [..., n, head_dim] (any dtype). Returns the rotated x in x's dtype.
  static at::Tensor apply(const at::Tensor &x, const Tables &tables);
  // (x1, x2) -> (-x2, x1) over the halves of the last dimension.
  static at::Tensor rotateHalf(const at::Tensor &x);

  int headDim() const { return m_headDim; }

private:
  int m_headDim;
  QList<int> m_sections; // t, h, w (sums to head_dim / 2)
  at::Tensor m_invFreq;  // [head_dim / 2], float32, CPU
};

} // namespace mdi
