#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef MDI_HAVE_OPENSSL_CRYPTO
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace mdi {

namespace {
struct Sha256HasherTr {
  Q_DECLARE_TR_FUNCTIONS(mdi::Sha256Hasher)
};
constexpr qint64 kSha256FileBlock = 8 << 20;
} // namespace

#ifdef MDI_HAVE_OPENSSL_CRYPTO

struct Sha256Hasher::Private {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  Private() { reset(); }
  ~Private() { EVP_MD_CTX_free(ctx); }
  void reset() {
    // Only fails on allocation failure or a broken libcrypto.
    [[maybe_unused]] const int ok = EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    Q_ASSERT(ok == 1);
  }
  void add(const char *data, qint64 length) {
    [[maybe_unused]] const int ok = EVP_DigestUpdate(ctx, data, size_t(length));
    Q_ASSERT(ok == 1);
  }
  QByteArray result() const {
    // Finalize a copy, so that more data can still be added to ctx.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    [[maybe_unused]] const int ok =
        EVP_MD_CTX_copy_ex(copy, ctx) == 1 &&
        EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &size) == 1;
    Q_ASSERT(ok && size == 32);
    EVP_MD_CTX_free(copy);
    return digest;
  }
};

bool Sha256Hasher::usesOpenSsl() {
  return true;
}

#else

struct Sha256Hasher::Private {
  QCryptographicHash hash{QCryptographicHash::Sha256};
  void reset() { hash.reset(); }
  void add(const char *data, qint64 length) { hash.addData(QByteArrayView(data, length)); }
  QByteArray result() const { return hash.result(); }
};

bool Sha256Hasher::usesOpenSsl() {
  return false;
}

#endif

Sha256Hasher::Sha256Hasher() : m_d(std::make_unique<Private>()) {}
Sha256Hasher::~Sha256Hasher() = default;
Sha256Hasher::Sha256Hasher(Sha256Hasher &&other) noexcept = default;
Sha256Hasher &Sha256Hasher::operator=(Sha256Hasher &&other) noexcept = default;

void Sha256Hasher::reset() {
  Q_ASSERT(m_d); // not moved from
  m_d->reset();
}

void Sha256Hasher::addData(const char *data, qint64 length) {
  Q_ASSERT(m_d && length >= 0);
  // QByteArrayView and EVP take sizes of different types; feed huge ranges in pieces.
  constexpr qint64 kPiece = qint64(1) << 30;
  while (length > 0) {
    const qint64 piece = qMin(length, kPiece);
    m_d->add(data, piece);
    data += piece;
    length -= piece;
  }
}

QByteArray Sha256Hasher::result() const {
  Q_ASSERT(m_d);
  return m_d->result();
}

QByteArray Sha256Hasher::hash(QByteArrayView data) {
  Sha256Hasher hasher;
  hasher.addData(data);
  return hasher.result();
}

QByteArray Sha256Hasher::hash(const void *data, qint64 length) {
  Sha256Hasher hasher;
  hasher.addData(static_cast<const char *>(data), length);
  return hasher.result();
}

Expected<QByteArray> Sha256Hasher::hashFile(const QString &path, qint64 offset, qint64 length) {
  QFile file(path);
  const QString shown = QDir::toNativeSeparators(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(Sha256HasherTr::tr("Cannot read %1: %2").arg(shown, file.errorString()));
  if (offset < 0 || offset > file.size() || (offset > 0 && !file.seek(offset)))
    return makeError(Sha256HasherTr::tr("Cannot read %1 from byte %2.").arg(shown).arg(offset));
  qint64 left = length < 0 ? file.size() - offset : length;
  Sha256Hasher hasher;
  QByteArray buffer(int(qMin(left, kSha256FileBlock)), Qt::Uninitialized);
  while (left > 0) {
    const qint64 got = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
    if (got <= 0)
      return makeError(Sha256HasherTr::tr("Cannot read %1: %2")
                           .arg(shown, got < 0 ? file.errorString() : Sha256HasherTr::tr("it ends early")));
    hasher.addData(buffer.constData(), got);
    left -= got;
  }
  return hasher.result();
}

} // namespace mdi
