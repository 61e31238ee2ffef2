#include "model/mrope.h"

#include <vector>

namespace mdi {

Mrope::Mrope(const TextConfig &config) : m_headDim(config.headDim), m_sections(config.mropeSection) {
  Q_ASSERT(m_headDim % 2 == 0);
  // Same expression as the reference: int64 arange -> float32, power in float32.
  const at::Tensor exponent = at::arange(0, m_headDim, 2, at::kLong).to(at::kFloat) / double(m_headDim);
  m_invFreq = 1.0 / at::pow(config.ropeTheta, exponent);
}

Mrope::Tables Mrope::tables(const PositionIds &positions, const at::Device &device) const {
  const int64_t n = positions.count();
  bool uniform = true;
  for (int64_t i = 0; i < n && uniform; ++i)
    uniform = positions.at(0, i) == positions.at(1, i) && positions.at(0, i) == positions.at(2, i);
  // from_blob needs a mutable pointer but only reads: the clone() below copies the values.
  auto *values = const_cast<qint64 *>(positions.values().constData());
  const at::Tensor pos = at::from_blob(values, {uniform ? 1 : 3, n}, at::kLong).to(at::kFloat);
  // freqs[a, i, f] = pos[a, i] * inv_freq[f] in float32 (a single product, as the reference's
  // K=1 matmul), then emb = cat(freqs, freqs).
  const at::Tensor freqs = pos.unsqueeze(-1) * m_invFreq.view({1, 1, -1});
  const at::Tensor emb = at::cat({freqs, freqs}, -1);
  at::Tensor cos = emb.cos();
  at::Tensor sin = emb.sin();
  if (uniform) {
    cos = cos[0];
    sin = sin[0];
  } else {
    // Channel block k of mrope_section * 2 takes its values from axis k % 3.
    std::vector<at::Tensor> cosParts, sinParts;
    int64_t offset = 0;
    for (int k = 0; k < 2 * int(m_sections.size()); ++k) {
      const int64_t width = m_sections[k % m_sections.size()];
      cosParts.push_back(cos[k % 3].narrow(-1, offset, width));
      sinParts.push_back(sin[k % 3].narrow(-1, offset, width));
      offset += width;
    }
    cos = at::cat(cosParts, -1);
    sin = at::cat(sinParts, -1);
  }
  return {cos.to(device), sin.to(device)};
}

at::Tensor Mrope::rotateHalf(const at::Tensor &x) {
  const int64_t half = x.size(-1) / 2;
  return at::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
}

at::Tensor Mrope::apply(const at::Tensor &x, const Tables &tables) {
  const at::Tensor xf = x.to(at::kFloat);
  // Two products and a sum, not a fused multiply-add: the reference's rounding.
  return (xf * tables.cos + rotateHalf(xf) * tables.sin).to(x.scalar_type());
}

} // namespace mdi
