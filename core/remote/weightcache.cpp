#include "remote/weightcache.h"

#include "model/safetensorsfile.h"
#include "model/safetensorswriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mdi {

namespace {
const QString kCacheTensorName = QStringLiteral("weight");
} // namespace

WeightCache::WeightCache(QString directory) : m_directory(std::move(directory)) {}

Status WeightCache::prepare() {
  if (!QDir().mkpath(m_directory))
    return makeError(
        WeightCache::tr("Cannot create the weight cache folder %1.").arg(QDir::toNativeSeparators(m_directory)));
  return Status::ok();
}

QString WeightCache::key(const TensorManifestEntry &entry) {
  const auto dtype = dtypeFromName(entry.dtype);
  QStringList dims;
  for (qint64 d : entry.shape)
    dims.append(QString::number(d));
  return QStringLiteral("%1-%2-%3")
      .arg(QString::fromLatin1(entry.sha256.toHex()), dtype ? dtypeName(*dtype) : QStringLiteral("unknown"),
           dims.isEmpty() ? QStringLiteral("scalar") : dims.join(QLatin1Char('x')));
}

QString WeightCache::completePath(const TensorManifestEntry &entry) const {
  return QDir(m_directory).filePath(key(entry) + QStringLiteral(".safetensors"));
}

QString WeightCache::partialPath(const TensorManifestEntry &entry) const {
  return QDir(m_directory).filePath(key(entry) + QStringLiteral(".part"));
}

QString WeightCache::verifiedPath(const TensorManifestEntry &entry) const {
  return QDir(m_directory).filePath(key(entry) + QStringLiteral(".verified"));
}

namespace {
// What the verified record holds: the file's size and modification time when it was verified.
QByteArray verifiedRecord(const QFileInfo &file) {
  return QByteArray::number(file.size()) + ' ' + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
}
} // namespace

bool WeightCache::markVerified(const TensorManifestEntry &entry) const {
  QSaveFile record(verifiedPath(entry));
  if (!record.open(QIODevice::WriteOnly))
    return false;
  record.write(verifiedRecord(QFileInfo(completePath(entry))));
  return record.commit();
}

bool WeightCache::isVerified(const TensorManifestEntry &entry, qint64 fileSize) const {
  QFile record(verifiedPath(entry));
  if (!record.open(QIODevice::ReadOnly))
    return false;
  const QFileInfo complete(completePath(entry));
  return complete.size() == fileSize && record.read(64) == verifiedRecord(complete);
}

Expected<QByteArray> WeightCache::headerFor(const TensorManifestEntry &entry) {
  const auto dtype = dtypeFromName(entry.dtype);
  if (!dtype)
    return makeError(WeightCache::tr("Tensor %1 has the unknown dtype '%2'.").arg(entry.name, entry.dtype));
  SafetensorsWriter writer(QString{});
  if (Status added = writer.addTensor(kCacheTensorName, *dtype, entry.shape); !added)
    return makeError(added.error());
  if (writer.dataSize() != entry.byteSize)
    return makeError(
        WeightCache::tr("Tensor %1: %2 bytes do not fit its shape and dtype.").arg(entry.name).arg(entry.byteSize));
  return writer.header();
}

qint64 WeightCache::held(const TensorManifestEntry &entry) const {
  auto header = headerFor(entry);
  if (!header)
    return 0;
  const QFileInfo complete(completePath(entry));
  if (complete.exists() && isVerified(entry, header->size() + entry.byteSize))
    return entry.byteSize;
  const QFileInfo partial(partialPath(entry));
  if (partial.exists() && partial.size() >= header->size())
    return qMin(entry.byteSize, partial.size() - header->size());
  return 0;
}

Expected<WeightAckMessage::State> WeightCache::append(const TensorManifestEntry &entry, qint64 offset,
                                                      const QByteArray &bytes) {
  auto header = headerFor(entry);
  if (!header)
    return makeError(header.error());
  const qint64 have = held(entry);
  if (have == entry.byteSize)
    return WeightAckMessage::State::Complete;
  if (offset != have)
    return makeError(
        WeightCache::tr("Tensor %1: a chunk at byte %2, but %3 bytes are held.").arg(entry.name).arg(offset).arg(have));
  if (offset + bytes.size() > entry.byteSize)
    return makeError(WeightCache::tr("Tensor %1: a chunk runs past its %2 bytes.").arg(entry.name).arg(entry.byteSize));
  QFile file(partialPath(entry));
  if (have == 0) {
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*header) != header->size())
      return makeError(WeightCache::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
  } else if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
    return makeError(WeightCache::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
  }
  std::shared_ptr<Progress> &progress = m_progress[key(entry)];
  if (!progress || progress->hashed != have) {
    // A new transfer, or one resumed from a file of an earlier connection or run.
    progress = std::make_shared<Progress>();
    progress->hash = std::make_unique<Sha256Hasher>();
    if (have > 0) {
      QFile held(file.fileName());
      if (!held.open(QIODevice::ReadOnly) || !held.seek(header->size()))
        return makeError(WeightCache::tr("Cannot read %1: %2").arg(held.fileName(), held.errorString()));
      qint64 left = have;
      QByteArray buffer;
      while (left > 0) {
        buffer = held.read(qMin<qint64>(left, 4 << 20));
        if (buffer.isEmpty())
          return makeError(WeightCache::tr("Cannot read %1: %2").arg(held.fileName(), held.errorString()));
        progress->hash->addData(buffer);
        left -= buffer.size();
      }
      progress->hashed = have;
    }
  }
  if (file.write(bytes) != bytes.size())
    return makeError(WeightCache::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
  file.close();
  progress->hash->addData(bytes);
  progress->hashed += bytes.size();
  if (have + bytes.size() < entry.byteSize)
    return WeightAckMessage::State::Partial;
  std::unique_ptr<Sha256Hasher> hash = std::move(progress->hash);
  m_progress.remove(key(entry));
  return finishPartial(entry, std::move(hash));
}

Expected<WeightAckMessage::State> WeightCache::finishPartial(const TensorManifestEntry &entry,
                                                             std::unique_ptr<Sha256Hasher> hash) {
  const QString partial = partialPath(entry);
  if (hash->result() != entry.sha256) {
    QFile::remove(partial);
    return WeightAckMessage::State::Corrupt;
  }
  // The record goes first and comes back last: a crash in between leaves a file that is not
  // counted as held.
  QFile::remove(verifiedPath(entry));
  QFile::remove(completePath(entry));
  if (!QFile::rename(partial, completePath(entry)))
    return makeError(WeightCache::tr("Cannot move %1 into the cache.").arg(partial));
  if (!markVerified(entry))
    return makeError(WeightCache::tr("Cannot write %1.").arg(verifiedPath(entry)));
  return WeightAckMessage::State::Complete;
}

bool WeightCache::import(const TensorManifestEntry &entry, const uchar *data, qint64 size) const {
  if (size != entry.byteSize)
    return false;
  if (Sha256Hasher::hash(data, size) != entry.sha256)
    return false;
  auto header = headerFor(entry);
  if (!header)
    return false;
  QFile::remove(verifiedPath(entry));
  QSaveFile file(completePath(entry));
  if (!file.open(QIODevice::WriteOnly))
    return false;
  file.write(*header);
  file.write(reinterpret_cast<const char *>(data), size);
  return file.commit() && markVerified(entry);
}

Expected<TensorRef> WeightCache::tensor(const TensorManifestEntry &entry) const {
  const QFileInfo complete(completePath(entry));
  if (!isVerified(entry, complete.size()))
    return makeError(WeightCache::tr("The cached file of tensor %1 changed after it was verified.").arg(entry.name));
  auto file = SafetensorsFile::open(completePath(entry));
  if (!file)
    return makeError(file.error());
  const TensorInfo *info = (*file)->find(kCacheTensorName);
  const auto dtype = dtypeFromName(entry.dtype);
  if (!info || !dtype || info->dtype != *dtype || info->shape != entry.shape || info->byteSize != entry.byteSize)
    return makeError(WeightCache::tr("The cached file of tensor %1 does not match it.").arg(entry.name));
  TensorRef ref;
  ref.file = *file;
  ref.info = info;
  return ref;
}

} // namespace mdi
