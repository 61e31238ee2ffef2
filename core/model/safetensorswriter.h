#pragma once

#include "model/safetensorsfile.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

class QSaveFile;

namespace mdi {

// Writes a .safetensors file the way the Hugging Face library does: an 8-byte little-endian
// header length, a JSON header padded with spaces to a multiple of 8 (so tensor data is 8-byte
// aligned), then the tensors' bytes back to back in the order they were added. The file is
// written through QSaveFile, so a failed or abandoned write never leaves a half file behind.
// Tensors are declared first; their bytes are either handed over with the declaration (write())
// or streamed afterwards (begin(), append(), commit()) so multi-gigabyte checkpoints need not
// sit in memory. Static helpers name shards and write model.safetensors.index.json.
class SafetensorsWriter {
  Q_DECLARE_TR_FUNCTIONS(mdi::SafetensorsWriter)

public:
  explicit SafetensorsWriter(QString path);
  ~SafetensorsWriter();
  SafetensorsWriter(const SafetensorsWriter &) = delete;
  SafetensorsWriter &operator=(const SafetensorsWriter &) = delete;

  QString path() const { return m_path; }
  void setMetadata(const QString &key, const QString &value);

  // Declares a tensor whose bytes will be streamed with append(). The format has no padding
  // between tensors, so declare wider dtypes first (as the reference writer sorts them) to keep
  // every tensor aligned to its element size.
  Status addTensor(const QString &name, DType dtype, const QList<qint64> &shape);
  // Declares a tensor with its bytes (shape x dtype size of them; little-endian). The array is
  // shared, not copied: QByteArray::fromRawData over a mapping works.
  Status addTensor(const QString &name, DType dtype, const QList<qint64> &shape, const QByteArray &bytes);

  qsizetype tensorCount() const { return m_entries.size(); }
  qint64 dataSize() const { return m_dataSize; }
  // The bytes before the tensor data: length prefix and padded JSON header.
  QByteArray header() const;

  // One shot: header, every tensor's bytes (each needs them), commit.
  Status write();

  // Streaming: begin() writes the header; append() the data of the tensors in declaration
  // order, in pieces of any size; commit() checks that exactly dataSize() bytes came and
  // atomically replaces the target file.
  Status begin();
  Status append(const char *data, qint64 size);
  Status commit();

  // "model-00001-of-00003.safetensors" (shard counts from 1).
  static QString shardFileName(int shard, int shardCount);
  static QString indexFileName() { return QStringLiteral("model.safetensors.index.json"); }
  // Writes {"metadata": {"total_size": N}, "weight_map": {tensor: shard file}}.
  static Status writeIndex(const QString &path, const QMap<QString, QString> &weightMap, qint64 totalSize);

private:
  struct Entry {
    QString name;
    DType dtype;
    QList<qint64> shape;
    qint64 byteSize = 0;
    QByteArray bytes;
    bool hasBytes = false;
  };
  Status declare(Entry entry);
  Status fail(const QString &problem);

  QString m_path;
  QList<Entry> m_entries;
  QSet<QString> m_names;
  QMap<QString, QString> m_metadata;
  qint64 m_dataSize = 0;
  std::unique_ptr<QSaveFile> m_file;
  qint64 m_written = 0;
};

} // namespace mdi
