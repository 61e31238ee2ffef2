#pragma once

#include "model/checkpoint.h"
#include "model/computeoptions.h"
#include "model/safetensorsfile.h"
#include "util/expected.h"

#include <ATen/ATen.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// Turns weights stored in a (memory-mapped) safetensors file into ATen tensors of the compute
// dtype on the compute device. Each tensor is converted once at load; when the stored dtype is
// already the compute dtype on the CPU the tensor is a zero-copy view of the mapping, which it
// keeps alive through the file's shared pointer. fp16 is stored as bf16 when computing in bf16
// (CPU libtorch has no fp16 matrix multiplication). Include only from torch translation units.
class TensorFactory {
  Q_DECLARE_TR_FUNCTIONS(mdi::TensorFactory)

public:
  // Checks the device string; errors name it.
  static Expected<TensorFactory> create(const ComputeOptions &options);

  static std::optional<at::ScalarType> scalarType(DType dtype);
  // The stored bytes as a CPU tensor of the stored dtype (zero-copy unless misaligned).
  static Expected<at::Tensor> view(const TensorRef &ref);

  // The stored tensor converted to the compute dtype and device.
  Expected<at::Tensor> load(const TensorRef &ref) const;
  // Looks a canonical name up and checks its shape; errors name the tensor.
  Expected<at::Tensor> load(const Checkpoint &checkpoint, const QString &name, const QList<qint64> &shape) const;

  const ComputeOptions &options() const { return m_options; }
  at::ScalarType dtype() const { return m_dtype; }
  const at::Device &device() const { return m_device; }
  at::TensorOptions tensorOptions() const { return at::TensorOptions().dtype(m_dtype).device(m_device); }

  // Loads many tensors, keeping the first error: after a failure every call returns an undefined
  // tensor, so a module's loader reads as a list of names and checks status() once.
  class Loader {
  public:
    Loader(const TensorFactory &factory, const Checkpoint &checkpoint) : m_factory(factory), m_checkpoint(checkpoint) {}
    at::Tensor operator()(const QString &name, const QList<qint64> &shape);
    Status status() const { return m_error.isEmpty() ? Status::ok() : Status(makeError(m_error)); }
    qint64 bytes() const { return m_bytes; }

  private:
    const TensorFactory &m_factory;
    const Checkpoint &m_checkpoint;
    QString m_error;
    qint64 m_bytes = 0;
  };

private:
  TensorFactory(const ComputeOptions &options, at::Device device);

  ComputeOptions m_options;
  at::ScalarType m_dtype;
  at::Device m_device;
};

} // namespace mdi
