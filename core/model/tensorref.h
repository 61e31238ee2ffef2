#pragma once

#include "model/safetensorsfile.h"

#include <memory>

namespace mdi {

// One tensor inside a memory-mapped safetensors file. Holding the shared file keeps the mapping
// alive, so the pointer stays valid as long as the reference exists; nothing is read until the
// caller touches data().
struct TensorRef {
  std::shared_ptr<SafetensorsFile> file;
  const TensorInfo *info = nullptr;

  const uchar *data() const { return file->data(*info); }
  bool isValid() const { return info != nullptr; }

  DType dtype() const { return info->dtype; }
  const QList<qint64> &shape() const { return info->shape; }
  qint64 byteSize() const { return info->byteSize; }
  qint64 elementCount() const { return info->elementCount(); }
  // The name as stored in the file (may differ from the canonical name, see Checkpoint).
  const QString &diskName() const { return info->name; }
};

} // namespace mdi
