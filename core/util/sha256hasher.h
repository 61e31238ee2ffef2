#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace mdi {

// Incremental SHA-256 for large data (model weights, shipped tensors, downloads). It uses
// OpenSSL's libcrypto when the build found it (MDI_HAVE_OPENSSL_CRYPTO): its SHA-NI/AVX2 code
// is about ten times faster than QCryptographicHash on Qt 6.4, which bounds how fast weights
// can be verified and shipped to peers. Without OpenSSL it falls back to QCryptographicHash,
// with the same results. result() does not end the computation: more data may follow.
class Sha256Hasher {
public:
  Sha256Hasher();
  ~Sha256Hasher();
  Sha256Hasher(Sha256Hasher &&other) noexcept;
  Sha256Hasher &operator=(Sha256Hasher &&other) noexcept;
  Sha256Hasher(const Sha256Hasher &) = delete;
  Sha256Hasher &operator=(const Sha256Hasher &) = delete;

  void reset();
  void addData(const char *data, qint64 length);
  void addData(QByteArrayView data) { addData(data.data(), data.size()); }
  // The 32-byte digest of everything added since construction or reset().
  QByteArray result() const;

  static QByteArray hash(QByteArrayView data);
  static QByteArray hash(const void *data, qint64 length);
  // The digest of length bytes of a file from offset (length < 0: to its end), read in
  // blocks of a few MiB. Errors name the file.
  static Expected<QByteArray> hashFile(const QString &path, qint64 offset = 0, qint64 length = -1);
  // Whether the OpenSSL implementation is in use (benchmarks, diagnostics).
  static bool usesOpenSsl();

private:
  struct Private;
  std::unique_ptr<Private> m_d;
};

} // namespace mdi
