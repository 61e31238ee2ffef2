#include "remote/wiretensor.h"

#include <ATen/ATen.h>

#include <QCoreApplication>

#include <cstring>

namespace mdi::wiretensor {

namespace {
at::ScalarType wireTensorScalarType(WireDtype dtype) {
  switch (dtype) {
  case WireDtype::BF16:
    return at::kBFloat16;
  case WireDtype::F16:
    return at::kHalf;
  case WireDtype::F32:
    break;
  }
  return at::kFloat;
}
} // namespace

WireDtype wireDtypeFor(const at::Tensor &tensor) {
  switch (tensor.scalar_type()) {
  case at::kBFloat16:
    return WireDtype::BF16;
  case at::kHalf:
    return WireDtype::F16;
  default:
    return WireDtype::F32;
  }
}

HiddenStates toWire(const at::Tensor &tensor) {
  HiddenStates out;
  if (!tensor.defined())
    return out;
  out.dtype = wireDtypeFor(tensor);
  const at::Tensor cpu = tensor.to(at::kCPU, wireTensorScalarType(out.dtype)).contiguous();
  out.rows = cpu.dim() >= 1 ? cpu.size(0) : 1;
  out.columns = cpu.dim() >= 2 ? cpu.size(1) : 1;
  const qint64 bytes = qint64(cpu.numel()) * qint64(cpu.element_size());
  out.bytes = QByteArray(static_cast<const char *>(cpu.data_ptr()), bytes);
  return out;
}

Expected<at::Tensor> fromWire(const HiddenStates &hidden, const at::TensorOptions &options) {
  if (hidden.rows <= 0 || hidden.columns <= 0 || hidden.bytes.size() != hidden.expectedBytes())
    return makeError(QCoreApplication::translate("WireTensor", "Hidden states of %1 x %2 %3 values came with %4 bytes.")
                         .arg(hidden.rows)
                         .arg(hidden.columns)
                         .arg(wireDtypeName(hidden.dtype))
                         .arg(hidden.bytes.size()));
  at::Tensor t =
      at::empty({hidden.rows, hidden.columns}, at::TensorOptions().dtype(wireTensorScalarType(hidden.dtype)));
  std::memcpy(t.data_ptr(), hidden.bytes.constData(), size_t(hidden.bytes.size()));
  return t.to(options.device(), options.dtype().toScalarType());
}

Status checkShape(const HiddenStates &hidden, qint64 rows, qint64 columns) {
  if (hidden.dtype != WireDtype::F32 && hidden.dtype != WireDtype::BF16 && hidden.dtype != WireDtype::F16)
    return makeError(
        QCoreApplication::translate("WireTensor", "hidden states of the unknown dtype %1").arg(int(hidden.dtype)));
  if (hidden.rows != rows || hidden.columns != columns)
    return makeError(QCoreApplication::translate("WireTensor", "hidden states of %1 x %2 values, not %3 x %4")
                         .arg(hidden.rows)
                         .arg(hidden.columns)
                         .arg(rows)
                         .arg(columns));
  if (hidden.bytes.size() != hidden.expectedBytes())
    return makeError(QCoreApplication::translate("WireTensor", "hidden states of %1 x %2 %3 values in %4 bytes")
                         .arg(hidden.rows)
                         .arg(hidden.columns)
                         .arg(wireDtypeName(hidden.dtype))
                         .arg(hidden.bytes.size()));
  return Status::ok();
}

Status checkFinite(const at::Tensor &hidden) {
  const qint64 bad = hidden.numel() - at::isfinite(hidden).sum().item<int64_t>();
  if (bad > 0)
    return makeError(QCoreApplication::translate("WireTensor", "hidden states with NaN or infinite values (%1 of %2)")
                         .arg(bad)
                         .arg(hidden.numel()));
  return Status::ok();
}

ForwardMessage toForward(const StageMessage &message) {
  ForwardMessage f;
  f.session = message.session;
  f.step = message.step;
  f.cacheStart = message.cacheStart;
  f.lastRowOnly = message.lastRowOnly;
  f.positions = message.positions.values();
  f.hidden = toWire(message.hidden);
  return f;
}

Expected<StageMessage> fromForward(const ForwardMessage &forward, const at::TensorOptions &options) {
  StageMessage m;
  m.session = forward.session;
  m.step = forward.step;
  m.cacheStart = forward.cacheStart;
  m.lastRowOnly = forward.lastRowOnly;
  m.positions = PositionIds::fromRows(forward.positions);
  if (forward.hidden.bytes.isEmpty())
    return m;
  auto t = fromWire(forward.hidden, options);
  if (!t)
    return makeError(t.error());
  m.hidden = *t;
  return m;
}

ForwardBatchMessage toForwardBatch(const std::vector<StageMessage> &messages) {
  ForwardBatchMessage batch;
  std::vector<at::Tensor> hidden;
  hidden.reserve(messages.size());
  for (const StageMessage &message : messages) {
    ForwardBatchMessage::Entry e;
    e.session = message.session;
    e.step = message.step;
    e.cacheStart = message.cacheStart;
    e.lastRowOnly = message.lastRowOnly;
    e.positions = message.positions.values();
    batch.entries.append(std::move(e));
    hidden.push_back(message.hidden);
  }
  batch.hidden = toWire(hidden.size() == 1 ? hidden.front() : at::cat(hidden, 0));
  return batch;
}

Expected<std::vector<StageMessage>> fromForwardBatch(const ForwardBatchMessage &batch,
                                                     const at::TensorOptions &options) {
  auto all = fromWire(batch.hidden, options);
  if (!all)
    return makeError(all.error());
  std::vector<StageMessage> messages;
  messages.reserve(size_t(batch.entries.size()));
  qint64 row = 0;
  for (const ForwardBatchMessage::Entry &e : batch.entries) {
    StageMessage m;
    m.session = e.session;
    m.step = e.step;
    m.cacheStart = e.cacheStart;
    m.lastRowOnly = e.lastRowOnly;
    m.positions = PositionIds::fromRows(e.positions);
    m.hidden = all->narrow(0, row, e.tokenCount());
    row += e.tokenCount();
    messages.push_back(std::move(m));
  }
  return messages;
}

} // namespace mdi::wiretensor
