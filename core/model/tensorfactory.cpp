#include "model/tensorfactory.h"

#include "kernels/threadpool.h"
#include "kernels/weightpacker.h"

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
    m_options(options), m_dtype(device.is_cpu() || options.dtype != ComputeDtype::BF16 ? at::kFloat : at::kBFloat16),
    m_device(device) {}

Expected<TensorFactory> TensorFactory::create(const ComputeOptions &options) {
  try {
    const at::Device device(options.device.toStdString());
    if (!device.is_cpu())
      for (const ComputeDtype d : {options.dtype, options.visionFormat()})
        if (d == ComputeDtype::Q8 || d == ComputeDtype::Q4)
          return makeError(
              TensorFactory::tr("The %1 weight format runs on the CPU only, not on '%2' (use bf16 or f32 there).")
                  .arg(ComputeOptions::dtypeName(d), options.device));
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

kernels::WeightFormat TensorFactory::weightFormat(ComputeDtype dtype) {
  switch (dtype) {
  case ComputeDtype::F32:
    break;
  case ComputeDtype::BF16:
    return kernels::WeightFormat::BF16;
  case ComputeDtype::Q8:
    return kernels::WeightFormat::Q8;
  case ComputeDtype::Q4:
    return kernels::WeightFormat::Q4;
  }
  return kernels::WeightFormat::F32;
}

Expected<LinearWeight> TensorFactory::loadLinear(const Checkpoint &checkpoint, const QString &name,
                                                 const QList<qint64> &shape, ComputeDtype format) const {
  const TensorRef ref = checkpoint.tensor(name);
  if (!ref.isValid())
    return makeError(TensorFactory::tr("The checkpoint has no tensor %1.").arg(name));
  if (ref.info->shape != shape || shape.size() < 2)
    return makeError(TensorFactory::tr("Tensor %1 has shape %2; the configuration implies %3.")
                         .arg(name, tensorShapeText(ref.info->shape), tensorShapeText(shape)));
  return loadLinear(ref, format);
}

Expected<LinearWeight> TensorFactory::loadLinear(const TensorRef &ref, ComputeDtype format) const {
  if (!ref.isValid())
    return makeError(TensorFactory::tr("Missing tensor."));
  const QString &name = ref.info->name;
  const QList<qint64> &shape = ref.info->shape;
  if (shape.size() < 2)
    return makeError(TensorFactory::tr("Tensor %1 has shape %2; a weight matrix has two or more dimensions.")
                         .arg(name, tensorShapeText(shape)));
  const int64_t rows = shape.first();
  const int64_t cols = ref.elementCount() / qMax<qint64>(1, rows);
  if (!usesKernels()) {
    // CUDA/MPS: at::linear on a tensor of the compute dtype.
    Expected<at::Tensor> t = load(ref);
    if (!t)
      return makeError(t.error());
    return LinearWeight::fromTensor(t->reshape({rows, cols}));
  }
  kernels::SourceType source;
  switch (ref.dtype()) {
  case DType::F32:
    source = kernels::SourceType::F32;
    break;
  case DType::BF16:
    source = kernels::SourceType::BF16;
    break;
  case DType::F16:
    source = kernels::SourceType::F16;
    break;
  default:
    return makeError(TensorFactory::tr("Tensor %1 has the dtype %2; a weight matrix must be F32, BF16 or F16.")
                         .arg(name, dtypeName(ref.dtype())));
  }
  const kernels::WeightFormat target = weightFormat(format);
  const uchar *data = ref.data();
  const bool aligned = reinterpret_cast<quintptr>(data) % 64 == 0 ||
                       (reinterpret_cast<quintptr>(data) % 4 == 0 && target == kernels::WeightFormat::F32) ||
                       (reinterpret_cast<quintptr>(data) % 2 == 0 && target == kernels::WeightFormat::BF16);
  if (aligned && ((target == kernels::WeightFormat::F32 && source == kernels::SourceType::F32) ||
                  (target == kernels::WeightFormat::BF16 && source == kernels::SourceType::BF16))) {
    // Already in the format: compute straight from the mapping, which the file keeps alive.
    return LinearWeight::fromPacked({target, rows, cols, data}, ref.file);
  }
  // Quantizing costs seconds for a whole model: the cache keeps the result (converting between
  // the float formats is cheap, and zero-copy above where it matters).
  const bool cached = m_packedCache && (target == kernels::WeightFormat::Q8 || target == kernels::WeightFormat::Q4);
  if (cached)
    if (std::optional<PackedWeightCache::MappedPacked> hit = m_packedCache->find(ref, target))
      return LinearWeight::fromPacked(hit->packed, std::move(hit->owner));
  try {
    at::Tensor buffer = at::empty({kernels::packedBytes(target, rows, cols)}, at::kByte);
    kernels::WeightPacker::pack(target, source, data, rows, cols, buffer.data_ptr(),
                                kernels::ThreadPool::current().parallelFor());
    if (cached) {
      // Once stored, the weight maps the entry like a later load would, and the buffer goes:
      // clean file pages that the OS may drop and read again, rather than anonymous memory.
      std::optional<PackedWeightCache::MappedPacked> stored =
          m_packedCache->store(ref, target, buffer.data_ptr(), buffer.numel());
      if (stored) {
        ref.file->releasePages(*ref.info);
        return LinearWeight::fromPacked(stored->packed, std::move(stored->owner));
      }
    }
    ref.file->releasePages(*ref.info);
    auto owner = std::make_shared<at::Tensor>(std::move(buffer));
    const kernels::PackedWeight packed{target, rows, cols, owner->data_ptr()};
    return LinearWeight::fromPacked(packed, std::move(owner));
  } catch (const c10::Error &e) {
    return makeError(
        TensorFactory::tr("Tensor %1 cannot be converted to %2: %3")
            .arg(name, ComputeOptions::dtypeName(format), QString::fromStdString(e.what_without_backtrace())));
  }
}

LinearWeight TensorFactory::Loader::linear(const QString &name, const QList<qint64> &shape, ComputeDtype format) {
  if (m_error.isEmpty() && m_factory.cancelled())
    m_error = TensorFactory::tr("The model load was cancelled.");
  if (!m_error.isEmpty())
    return {};
  Expected<LinearWeight> w = m_factory.loadLinear(m_checkpoint, name, shape, format);
  if (!w) {
    m_error = w.error();
    return {};
  }
  m_bytes += w->bytes();
  return *w;
}

at::Tensor TensorFactory::Loader::operator()(const QString &name, const QList<qint64> &shape) {
  if (m_error.isEmpty() && m_factory.cancelled())
    m_error = TensorFactory::tr("The model load was cancelled.");
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
