#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace mdi {

// Element types a safetensors file may hold (the subset MDI Chat reads and writes).
enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

int dtypeSize(DType dtype);
QString dtypeName(DType dtype); // "F32", "BF16", ...
std::optional<DType> dtypeFromName(const QString &name);

// One tensor's entry in the header. offset is relative to the start of the file.
struct TensorInfo {
  QString name;
  DType dtype = DType::F32;
  QList<qint64> shape;
  qint64 offset = 0;
  qint64 byteSize = 0;
  qint64 elementCount() const;
};

// A memory-mapped .safetensors file. The header is validated completely on open (length
// bound, JSON, known dtypes, shape x dtype size == byte range, ranges inside the data, no
// overlaps, no duplicate names); afterwards data() hands out pointers into the mapping, so
// reading a tensor costs nothing until its pages are touched. Shared, because tensors made
// from the mapping must keep it alive.
class SafetensorsFile {
  Q_DECLARE_TR_FUNCTIONS(mdi::SafetensorsFile)

public:
  static constexpr qint64 kMaxHeaderBytes = 100LL << 20;

  static Expected<std::shared_ptr<SafetensorsFile>> open(const QString &path);
  ~SafetensorsFile();
  SafetensorsFile(const SafetensorsFile &) = delete;
  SafetensorsFile &operator=(const SafetensorsFile &) = delete;

  QString path() const { return m_path; }
  QString fileName() const;
  qint64 fileSize() const { return m_size; }
  // The open file's descriptor (-1 where the platform has none): what identifies the mapped file
  // even after its path has been replaced (PackedWeightCache).
  int handle() const { return m_file.handle(); }
  // Tensors in file order (ascending offset).
  const QList<TensorInfo> &tensors() const { return m_tensors; }
  const TensorInfo *find(const QString &name) const;
  bool contains(const QString &name) const { return m_index.contains(name); }
  const QMap<QString, QString> &metadata() const { return m_metadata; }
  // Pointer to the tensor's first byte inside the mapping.
  const uchar *data(const TensorInfo &info) const { return m_map + info.offset; }
  // Tells the OS this process is done with the tensor's pages (after converting it): they leave
  // the resident set, so a quantized model does not also keep its source resident. Whole pages
  // inside the tensor only; reading the tensor again later still works (it is paged back in).
  // Does nothing where the OS offers no such call.
  void releasePages(const TensorInfo &info) const;

private:
  SafetensorsFile() = default;
  Status parse();

  QString m_path;
  QFile m_file;
  const uchar *m_map = nullptr;
  qint64 m_size = 0;
  QList<TensorInfo> m_tensors;
  QHash<QString, qsizetype> m_index;
  QMap<QString, QString> m_metadata;
};

} // namespace mdi
