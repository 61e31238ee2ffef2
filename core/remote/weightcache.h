#pragma once

#include "model/tensorref.h"
#include "remote/stagemessages.h"
#include "util/expected.h"
#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace mdi {

// A node's on-disk cache of received weights, keyed by SHA-256, dtype and shape together: each
// tensor is a one-tensor safetensors file "<sha256 hex>-<dtype>-<shape>.safetensors" (tensor
// name "weight"), so a stage maps its weights straight from the cache. The same bytes labelled
// with another dtype or shape are another entry: a coordinator that uploads F16 bytes as BF16
// cannot make the node hand them to another coordinator as F16. A transfer in progress is
// "<key>.part" (the same header, then the bytes received so far), so an interrupted one resumes
// where it stopped. A tensor is complete only after the bytes written hashed to the manifest's
// SHA-256; then "<key>.verified" (written atomically) records the size and modification time of
// the file that was verified, and held() counts a complete file only while that record matches
// it (a file changed since, or one without the record, is received again). Used on one thread,
// except held(), import() and tensor(), which only touch files and may run on others meanwhile.
class WeightCache {
  Q_DECLARE_TR_FUNCTIONS(mdi::WeightCache)

public:
  explicit WeightCache(QString directory);

  Status prepare(); // creates the directory
  const QString &directory() const { return m_directory; }

  // Bytes of the tensor held: byteSize when complete, the partial count, or 0.
  qint64 held(const TensorManifestEntry &entry) const;
  // Appends bytes at offset (which must equal held()); completes and verifies the tensor when
  // its last byte arrives. Errors name the tensor.
  Expected<WeightAckMessage::State> append(const TensorManifestEntry &entry, qint64 offset, const QByteArray &bytes);
  // Stores bytes that exist elsewhere (a model folder given to the node) when they hash to the
  // entry's SHA-256; false otherwise.
  bool import(const TensorManifestEntry &entry, const uchar *data, qint64 size) const;
  // Maps a complete tensor.
  Expected<TensorRef> tensor(const TensorManifestEntry &entry) const;

  QString completePath(const TensorManifestEntry &entry) const;
  QString partialPath(const TensorManifestEntry &entry) const;
  QString verifiedPath(const TensorManifestEntry &entry) const;

private:
  // "<sha256 hex>-<DTYPE>-<d0>x<d1>...": only hex, a known dtype name and digits, whatever the
  // peer sent.
  static QString key(const TensorManifestEntry &entry);
  // Records that the complete file of entry was verified (atomically); false if it could not.
  bool markVerified(const TensorManifestEntry &entry) const;
  bool isVerified(const TensorManifestEntry &entry, qint64 fileSize) const;
  static Expected<QByteArray> headerFor(const TensorManifestEntry &entry);
  Expected<WeightAckMessage::State> finishPartial(const TensorManifestEntry &entry, std::unique_ptr<Sha256Hasher> hash);

  // SHA-256 of the bytes received so far, per tensor being transferred (by its SHA-256): bytes
  // are hashed as they arrive; a resumed transfer hashes the held part of its file once.
  struct Progress {
    std::unique_ptr<Sha256Hasher> hash;
    qint64 hashed = 0;
  };
  QString m_directory;
  QHash<QString, std::shared_ptr<Progress>> m_progress; // by key()
};

} // namespace mdi
