#pragma once

#include "model/checkpoint.h"
#include "model/computeoptions.h"
#include "model/linearweight.h"
#include "model/packedweightcache.h"
#include "model/safetensorsfile.h"
#include "util/expected.h"

#include <ATen/ATen.h>

#include <QCoreApplication>

#include <atomic>
#include <memory>

#include <QList>
#include <QString>

namespace mdi {

// Turns weights stored in a (memory-mapped) safetensors file into what the model computes with:
// the linear layers' matrices as LinearWeights in the requested format (packed for our kernels on
// the CPU; zero-copy views of the mapping where the stored bytes already are that format), and
// every other tensor (norms, biases) as an ATen tensor of the activation dtype — float32 on the
// CPU, the compute dtype on other devices. Each tensor is converted once at load, and the source
// pages of a converted matrix are released. With a PackedWeightCache, q8/q4 matrices are mapped
// from the cache when it holds them, and stored there after packing otherwise (the weight then
// maps the stored entry too). Include only from torch translation units.
class TensorFactory {
  Q_DECLARE_TR_FUNCTIONS(mdi::TensorFactory)

public:
  // Checks the device string; errors name it.
  static Expected<TensorFactory> create(const ComputeOptions &options);

  static std::optional<at::ScalarType> scalarType(DType dtype);
  // The kernels' packed format of a compute dtype.
  static kernels::WeightFormat weightFormat(ComputeDtype dtype);
  // The stored bytes as a CPU tensor of the stored dtype (zero-copy unless misaligned).
  static Expected<at::Tensor> view(const TensorRef &ref);

  // The stored tensor converted to the activation dtype and the device.
  Expected<at::Tensor> load(const TensorRef &ref) const;
  // A linear layer's matrix: `shape` is [out, in...] (trailing dimensions are flattened, as for
  // the vision tower's patch embedding), stored for compute in `format`.
  Expected<LinearWeight> loadLinear(const Checkpoint &checkpoint, const QString &name, const QList<qint64> &shape,
                                    ComputeDtype format) const;
  // The same for a tensor of any file ([out, in...]).
  Expected<LinearWeight> loadLinear(const TensorRef &ref, ComputeDtype format) const;
  // Looks a canonical name up and checks its shape; errors name the tensor.
  Expected<at::Tensor> load(const Checkpoint &checkpoint, const QString &name, const QList<qint64> &shape) const;

  // Where packed q8/q4 matrices are looked up and stored; null (the default): packed at every load.
  void setPackedCache(std::shared_ptr<const PackedWeightCache> cache) { m_packedCache = std::move(cache); }
  const std::shared_ptr<const PackedWeightCache> &packedCache() const { return m_packedCache; }
  // Once *cancel is set, every further tensor a Loader asks for fails (a load given up: an unload
  // or another model chosen meanwhile), so the load ends within one tensor's time.
  void setCancel(std::shared_ptr<const std::atomic<bool>> cancel) { m_cancel = std::move(cancel); }
  bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

  const ComputeOptions &options() const { return m_options; }
  // The activations' dtype (float32 on the CPU).
  at::ScalarType dtype() const { return m_dtype; }
  bool usesKernels() const { return m_device.is_cpu(); }
  const at::Device &device() const { return m_device; }
  at::TensorOptions tensorOptions() const { return at::TensorOptions().dtype(m_dtype).device(m_device); }

  // Loads many tensors, keeping the first error: after a failure every call returns an undefined
  // tensor, so a module's loader reads as a list of names and checks status() once.
  class Loader {
  public:
    Loader(const TensorFactory &factory, const Checkpoint &checkpoint) : m_factory(factory), m_checkpoint(checkpoint) {}
    at::Tensor operator()(const QString &name, const QList<qint64> &shape);
    LinearWeight linear(const QString &name, const QList<qint64> &shape, ComputeDtype format);
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
  std::shared_ptr<const PackedWeightCache> m_packedCache;
  std::shared_ptr<const std::atomic<bool>> m_cancel;
};

} // namespace mdi
