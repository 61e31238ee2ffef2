#pragma once

#include "kernels/packedweight.h"
#include "model/tensorref.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace mdi {

// An on-disk cache of weight matrices packed for our kernels (q8/q4 from a bf16 checkpoint), so
// that only the first load of a model quantizes it and later loads map the packed bytes. An entry
// is one file per (source tensor content, format, packer version), "<SHA-256 of the source
// tensor's bytes>.<format>.v<kPackerVersion>": a 128-byte header (magic "MDIPACK1", packer version,
// format, source dtype, rows, cols, packed byte count, source SHA-256) and then exactly the packed
// bytes, which thus start 64-byte aligned in the (page-aligned) mapping. Every field and the file
// size are checked on read: a truncated or corrupt entry is removed and the tensor packed again,
// never trusted. So that a load need not hash the source (4.4 GB take seconds), "index/" holds one
// small JSON file per source safetensors file (named by the SHA-256 of its canonical path) that
// maps each tensor name, offset and size to the SHA-256 of its bytes, valid only while the file's
// identity (size, modification time and, on Unix, device, inode and change time) is unchanged: a
// changed source simply misses. The hash is computed when an entry is stored. Entries and indexes
// are written atomically (QSaveFile), an index update under a QLockFile, so processes loading at
// once (the app and mdi-node) are safe; a lost update only costs packing again. Failures to write
// (a read-only or full disk) are logged once and never break loading. Nothing is evicted: the
// folder holds about one model's packed size per (model, format) used (2B: ~2.3 GB in q8);
// sizeBytes() and clear() are there for the user interface and tests. Thread-safe; the in-memory
// copy of the indexes is shared by every instance in the process. Torch-free.
class PackedWeightCache {
public:
  // Bump when WeightPacker's output for the same source changes: old entries then miss.
  static constexpr int kPackerVersion = 2; // 2: Q8 in groups of 8 rows
  static constexpr qint64 kHeaderBytes = 128;

  // A cache entry mapped read-only: `packed` points into the mapping, which `owner` keeps alive.
  struct MappedPacked {
    kernels::PackedWeight packed;
    std::shared_ptr<const void> owner;
  };

  // An empty directory makes a disabled cache (find() misses, store() does nothing).
  explicit PackedWeightCache(QString directory);

  // The folder the programs share: $MDI_PACKED_CACHE when set ("off" or "0": none, an empty
  // string), else <generic cache location>/mdi-chat/packed-weights (~/.cache/mdi-chat/... on Linux,
  // whichever program of MDI Chat asks).
  static QString defaultDirectory();
  // A cache over defaultDirectory(), or null when caching is off.
  static std::shared_ptr<const PackedWeightCache> openDefault();

  const QString &directory() const { return m_directory; }
  bool isEnabled() const { return !m_directory.isEmpty(); }

  // The packed matrix of a stored tensor ([out, in...], trailing dimensions flattened) in
  // `format`, if an entry for its current bytes is known. Does not read the source tensor.
  std::optional<MappedPacked> find(const TensorRef &ref, kernels::WeightFormat format) const;
  // Stores the tensor packed in `format` (`bytes` == kernels::packedBytes() of its shape): hashes
  // the source, writes the entry unless a valid one exists, records the hash in the source's
  // index, and returns the entry mapped (null when anything failed, after a warning).
  std::optional<MappedPacked> store(const TensorRef &ref, kernels::WeightFormat format, const void *packed,
                                    qint64 bytes) const;

  // "<dir>/<hex sha256>.<format>.v<kPackerVersion>".
  QString entryPath(const QByteArray &sha256, kernels::WeightFormat format) const;
  // The index file of a safetensors file.
  QString indexPath(const QString &sourcePath) const;
  // Bytes of every file in the folder (entries, indexes, interrupted writes).
  qint64 sizeBytes() const;
  // Removes every entry and index (mapped entries stay readable by their users on Unix); false
  // when some file could not be removed.
  bool clear() const;

private:
  void warnOnce(const QString &message) const;

  QString m_directory;
  mutable std::atomic<bool> m_storeFailed{false};
};

} // namespace mdi
