#include "model/tensorfactory.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace mdi {

namespace {

QString tensorShapeText(const QList<qint64> &shape) {
  QStringList parts;
  for (qint64 d : shape)
    parts << QString::number(d);
  return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}
} // namespace

TensorFactory::TensorFactory(const ComputeOptions &options, at::Device device) :
    m_options(options), m_dtype(options.dtype == ComputeDtype::BF16 ? at::kBFloat16 : at::kFloat), m_device(device) {}

Expected<TensorFactory> TensorFactory::create(const ComputeOptions &options) {
  try {
    const at::Device device(options.device.toStdString());
    return TensorFactory(options, device);
  } catch (const c10::Error &) {
    return makeError(
        TensorFactory::tr("'%1' is not a compute device (use cpu, cuda, cuda:N or mps).").arg(options.device));
  }
}

std::optional<at::ScalarType> TensorFactory::scalarType(DType dtype) {
  switch (dtype) {
  case DType::F64:
    return at::kDouble;
  case DType::F32:
    return at::kFloat;
  case DType::F16:
    return at::kHalf;
  case DType::BF16:
    return at::kBFloat16;
  case DType::I64:
    return at::kLong;
  case DType::I32:
    return at::kInt;
  case DType::I16:
    return at::kShort;
  case DType::I8:
    return at::kChar;
  case DType::U8:
    return at::kByte;
  case DType::Bool:
    return at::kBool;
  }
  return std::nullopt;
}

Expected<at::Tensor> TensorFactory::view(const TensorRef &ref) {
  if (!ref.isValid())
    return makeError(TensorFactory::tr("Missing tensor."));
  const TensorInfo &info = *ref.info;
  const std::optional<at::ScalarType> type = scalarType(info.dtype);
  if (!type)
    return makeError(
        TensorFactory::tr("Tensor %1 has the unsupported dtype %2.").arg(info.name, dtypeName(info.dtype)));
  const std::vector<int64_t> sizes(info.shape.begin(), info.shape.end());
  const auto options = at::TensorOptions().dtype(*type);
  void *data = const_cast<uchar *>(ref.data());
  try {
    if (reinterpret_cast<quintptr>(data) % dtypeSize(info.dtype) != 0) {
      // A misaligned element pointer is undefined behaviour for the kernels: copy it out.
      at::Tensor copy = at::empty(sizes, options);
      std::memcpy(copy.data_ptr(), data, size_t(info.byteSize));
      return copy;
    }
    // The deleter holds the file, so the mapping outlives every tensor made from it. The
    // mapping is read-only: nothing may write into a view.
    return at::from_blob(
        data, sizes, [file = ref.file](void *) {}, options);
  } catch (const c10::Error &e) {
    return makeError(TensorFactory::tr("Tensor %1 cannot be read: %2")
                         .arg(info.name, QString::fromStdString(e.what_without_backtrace())));
  }
}

Expected<at::Tensor> TensorFactory::load(const TensorRef &ref) const {
  Expected<at::Tensor> stored = view(ref);
  if (!stored)
    return stored;
  const at::ScalarType type = stored->scalar_type();
  const bool floating = at::isFloatingType(type);
  try {
    // Integer tensors keep their type; floating ones take the compute dtype.
    return stored->to(m_device, floating ? m_dtype : type, /*non_blocking=*/false, /*copy=*/false);
  } catch (const c10::Error &e) {
    return makeError(TensorFactory::tr("Tensor %1 cannot be converted for %2 on %3: %4")
                         .arg(ref.info->name, ComputeOptions::dtypeName(m_options.dtype), m_options.device,
                              QString::fromStdString(e.what_without_backtrace())));
  }
}

Expected<at::Tensor> TensorFactory::load(const Checkpoint &checkpoint, const QString &name,
                                         const QList<qint64> &shape) const {
  const TensorRef ref = checkpoint.tensor(name);
  if (!ref.isValid())
    return makeError(TensorFactory::tr("The checkpoint has no tensor %1.").arg(name));
  if (ref.info->shape != shape)
    return makeError(TensorFactory::tr("Tensor %1 has shape %2; the configuration implies %3.")
                         .arg(name, tensorShapeText(ref.info->shape), tensorShapeText(shape)));
  return load(ref);
}

at::Tensor TensorFactory::Loader::operator()(const QString &name, const QList<qint64> &shape) {
  if (!m_error.isEmpty())
    return {};
  Expected<at::Tensor> t = m_factory.load(m_checkpoint, name, shape);
  if (!t) {
    m_error = t.error();
    return {};
  }
  m_bytes += qint64(t->numel()) * qint64(t->element_size());
  return *t;
}

} // namespace mdi
