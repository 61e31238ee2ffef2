#include "model/linearweight.h"

#include "kernels/linearkernel.h"
#include "kernels/threadpool.h"
#include "kernels/weightpacker.h"

#include <ATen/Parallel.h>

#include <vector>

namespace mdi {

AtenThreadsScope::AtenThreadsScope(bool enable) {
  const int wanted = kernels::ThreadPool::current().threads();
  if (!enable || wanted <= at::get_num_threads())
    return;
  m_previous = at::get_num_threads();
  at::set_num_threads(wanted);
}

AtenThreadsScope::~AtenThreadsScope() {
  if (m_previous > 0)
    at::set_num_threads(m_previous);
}

LinearWeight LinearWeight::fromTensor(at::Tensor weight) {
  LinearWeight w;
  w.m_tensor = std::move(weight);
  return w;
}

LinearWeight LinearWeight::fromPacked(const kernels::PackedWeight &packed, std::shared_ptr<const void> owner) {
  LinearWeight w;
  w.m_packed = packed;
  w.m_owner = std::move(owner);
  return w;
}

qint64 LinearWeight::bytes() const {
  if (isPacked())
    return m_packed.bytes();
  return m_tensor.defined() ? qint64(m_tensor.numel()) * qint64(m_tensor.element_size()) : 0;
}

bool LinearWeight::sharesWith(const LinearWeight &other) const {
  if (isPacked())
    return m_packed.data == other.m_packed.data;
  return m_tensor.defined() && other.m_tensor.defined() && m_tensor.is_same(other.m_tensor);
}

at::Tensor LinearWeight::forward(const at::Tensor &x, const at::Tensor &bias) const {
  if (!isPacked())
    return bias.defined() ? at::linear(x, m_tensor, bias) : at::linear(x, m_tensor);
  TORCH_CHECK(x.size(-1) == m_packed.cols, "linear: input has ", x.size(-1), " features, the weight ", m_packed.cols);
  const at::Tensor input = x.to(at::kFloat).contiguous();
  const int64_t rows = input.numel() / m_packed.cols;
  std::vector<int64_t> shape = x.sizes().vec();
  shape.back() = m_packed.rows;
  at::Tensor y = at::empty(shape, input.options());
  at::Tensor b;
  if (bias.defined()) {
    b = bias.to(at::kFloat).contiguous();
    TORCH_CHECK(b.numel() == m_packed.rows, "linear: bias has ", b.numel(), " values, the weight ", m_packed.rows,
                " rows");
  }
  kernels::linear(m_packed, input.data_ptr<float>(), rows, m_packed.cols, b.defined() ? b.data_ptr<float>() : nullptr,
                  y.data_ptr<float>(), m_packed.rows, kernels::ThreadPool::current().parallelFor());
  return y;
}

at::Tensor LinearWeight::rows(const at::Tensor &ids) const {
  if (!isPacked())
    return m_tensor.index_select(0, ids);
  const at::Tensor index = ids.to(at::kLong).contiguous();
  const int64_t n = index.numel();
  at::Tensor out = at::empty({n, m_packed.cols}, at::kFloat);
  const int64_t *id = index.data_ptr<int64_t>();
  float *dst = out.data_ptr<float>();
  for (int64_t i = 0; i < n; ++i) {
    TORCH_CHECK(id[i] >= 0 && id[i] < m_packed.rows, "row ", id[i], " is outside the matrix");
    kernels::WeightPacker::unpackRow(m_packed, id[i], dst + i * m_packed.cols);
  }
  return out;
}

at::Tensor LinearWeight::toFloat() const {
  if (!isPacked())
    return m_tensor.to(at::kFloat);
  return rows(at::arange(m_packed.rows, at::kLong));
}

} // namespace mdi
