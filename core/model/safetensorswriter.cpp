#include "model/safetensorswriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <limits>

namespace mdi {

SafetensorsWriter::SafetensorsWriter(QString path) : m_path(std::move(path)) {}

SafetensorsWriter::~SafetensorsWriter() = default; // an uncommitted QSaveFile discards itself

void SafetensorsWriter::setMetadata(const QString &key, const QString &value) {
  m_metadata.insert(key, value);
}

Status SafetensorsWriter::addTensor(const QString &name, DType dtype, const QList<qint64> &shape) {
  return declare(Entry{name, dtype, shape, 0, {}, false});
}

Status SafetensorsWriter::addTensor(const QString &name, DType dtype, const QList<qint64> &shape,
                                    const QByteArray &bytes) {
  return declare(Entry{name, dtype, shape, 0, bytes, true});
}

Status SafetensorsWriter::declare(Entry entry) {
  const QString file = QFileInfo(m_path).fileName();
  if (m_file)
    return makeError(tr("%1: tensor '%2' declared after writing began").arg(file, entry.name));
  if (entry.name.isEmpty() || entry.name == QLatin1String("__metadata__"))
    return makeError(tr("%1: '%2' is not a valid tensor name").arg(file, entry.name));
  if (m_names.contains(entry.name))
    return makeError(tr("%1: tensor '%2' added twice").arg(file, entry.name));
  qint64 elements = 1;
  for (qint64 d : entry.shape) {
    if (d < 0)
      return makeError(tr("%1: tensor '%2' has a negative dimension").arg(file, entry.name));
    if (d != 0 && elements > std::numeric_limits<qint64>::max() / 8 / d)
      return makeError(tr("%1: tensor '%2' is too large").arg(file, entry.name));
    elements *= d;
  }
  entry.byteSize = elements * dtypeSize(entry.dtype);
  if (entry.hasBytes && entry.bytes.size() != entry.byteSize)
    return makeError(tr("%1: tensor '%2' needs %3 bytes, %4 were given")
                         .arg(file, entry.name)
                         .arg(entry.byteSize)
                         .arg(entry.bytes.size()));
  m_names.insert(entry.name);
  m_dataSize += entry.byteSize;
  m_entries.append(std::move(entry));
  return Status::ok();
}

QByteArray SafetensorsWriter::header() const {
  QJsonObject root;
  if (!m_metadata.isEmpty()) {
    QJsonObject meta;
    for (auto it = m_metadata.begin(); it != m_metadata.end(); ++it)
      meta.insert(it.key(), it.value());
    root.insert(QStringLiteral("__metadata__"), meta);
  }
  qint64 offset = 0;
  for (const Entry &e : m_entries) {
    QJsonArray shape;
    for (qint64 d : e.shape)
      shape.append(d);
    root.insert(e.name, QJsonObject{{QStringLiteral("dtype"), dtypeName(e.dtype)},
                                    {QStringLiteral("shape"), shape},
                                    {QStringLiteral("data_offsets"), QJsonArray{offset, offset + e.byteSize}}});
    offset += e.byteSize;
  }
  QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
  // Pad with spaces, as the reference implementation does, so the data starts 8-byte aligned.
  json.append((8 - json.size() % 8) % 8, ' ');
  QByteArray out(8, '\0');
  qToLittleEndian<quint64>(quint64(json.size()), out.data());
  return out + json;
}

Status SafetensorsWriter::fail(const QString &problem) {
  const QString message = tr("%1: cannot write: %2").arg(m_path, problem);
  if (m_file)
    m_file->cancelWriting();
  m_file.reset();
  return makeError(message);
}

Status SafetensorsWriter::begin() {
  if (m_file)
    return makeError(tr("%1: writing has already begun").arg(m_path));
  m_file = std::make_unique<QSaveFile>(m_path);
  if (!m_file->open(QIODevice::WriteOnly))
    return fail(m_file->errorString());
  m_written = 0;
  const QByteArray head = header();
  if (m_file->write(head) != head.size())
    return fail(m_file->errorString());
  return Status::ok();
}

Status SafetensorsWriter::append(const char *data, qint64 size) {
  if (!m_file)
    return makeError(tr("%1: append() before begin()").arg(m_path));
  if (size < 0 || m_written + size > m_dataSize)
    return fail(tr("more tensor data than the header declares (%1 bytes)").arg(m_dataSize));
  if (size > 0 && m_file->write(data, size) != size)
    return fail(m_file->errorString());
  m_written += size;
  return Status::ok();
}

Status SafetensorsWriter::commit() {
  if (!m_file)
    return makeError(tr("%1: commit() before begin()").arg(m_path));
  if (m_written != m_dataSize)
    return fail(tr("%1 of %2 bytes of tensor data were written").arg(m_written).arg(m_dataSize));
  if (!m_file->commit())
    return fail(m_file->errorString());
  m_file.reset();
  return Status::ok();
}

Status SafetensorsWriter::write() {
  for (const Entry &e : m_entries)
    if (!e.hasBytes)
      return makeError(tr("%1: tensor '%2' has no data").arg(m_path, e.name));
  if (Status s = begin(); !s)
    return s;
  for (const Entry &e : m_entries)
    if (Status s = append(e.bytes.constData(), e.bytes.size()); !s)
      return s;
  return commit();
}

QString SafetensorsWriter::shardFileName(int shard, int shardCount) {
  return QStringLiteral("model-%1-of-%2.safetensors")
      .arg(shard, 5, 10, QLatin1Char('0'))
      .arg(shardCount, 5, 10, QLatin1Char('0'));
}

Status SafetensorsWriter::writeIndex(const QString &path, const QMap<QString, QString> &weightMap, qint64 totalSize) {
  QJsonObject map;
  for (auto it = weightMap.begin(); it != weightMap.end(); ++it)
    map.insert(it.key(), it.value());
  const QJsonObject root{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_size"), totalSize}}},
                         {QStringLiteral("weight_map"), map}};
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
  file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
  if (!file.commit())
    return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
  return Status::ok();
}

} // namespace mdi
