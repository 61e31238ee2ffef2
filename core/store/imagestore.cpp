#include "store/imagestore.h"

#include "model/imagedecoder.h"
#include "util/sha256hasher.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMutexLocker>
#include <QSaveFile>

namespace mdi {

namespace {

struct FormatInfo {
  const char *format; // as QImageReader names it
  const char *mimeType;
  const char *suffix;
};

// The raster formats a chat image may have. Vector formats (SVG) and oddities (XPM, icons) are
// refused: their size is not known before decoding, or nobody attaches them to a chat.
constexpr FormatInfo kFormats[] = {
    {"png", "image/png", "png"},    {"jpeg", "image/jpeg", "jpg"},  {"jpg", "image/jpeg", "jpg"},
    {"gif", "image/gif", "gif"},    {"webp", "image/webp", "webp"}, {"bmp", "image/bmp", "bmp"},
    {"tiff", "image/tiff", "tiff"}, {"tif", "image/tiff", "tiff"},
};

const FormatInfo *formatInfo(const QByteArray &format) {
  for (const FormatInfo &f : kFormats) {
    if (format.compare(f.format, Qt::CaseInsensitive) == 0)
      return &f;
  }
  return nullptr;
}

QString cleanLabel(const QString &label, const char *suffix) {
  // Only the last path component, without control characters; a name, never a path.
  QString name = label;
  name.replace(QLatin1Char('\\'), QLatin1Char('/'));
  name = name.section(QLatin1Char('/'), -1).trimmed();
  name.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
  if (name.size() > 255)
    name = name.left(255);
  if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
    name = QStringLiteral("image.") + QLatin1String(suffix);
  return name;
}

} // namespace

ImageStore::ImageStore(const QString &directory) : m_directory(QDir(directory).absolutePath()) {}

bool ImageStore::isValidSha256(const QString &sha256) {
  if (sha256.size() != 64)
    return false;
  for (QChar c : sha256) {
    if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
      return false;
  }
  return true;
}

QStringList ImageStore::acceptedFormats() {
  return {QStringLiteral("png"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
          QStringLiteral("webp"), QStringLiteral("bmp"),  QStringLiteral("tiff")};
}

QString ImageStore::mimeTypeForFormat(const QByteArray &format) {
  const FormatInfo *f = formatInfo(format);
  return f ? QString::fromLatin1(f->mimeType) : QString();
}

QString ImageStore::suffixForMimeType(const QString &mimeType) {
  for (const FormatInfo &f : kFormats) {
    if (mimeType.compare(QLatin1String(f.mimeType), Qt::CaseInsensitive) == 0)
      return QString::fromLatin1(f.suffix);
  }
  return {};
}

Expected<Attachment> ImageStore::addFile(const QString &path) {
  const QFileInfo info(path);
  const QString name = info.fileName();
  if (!info.exists())
    return makeError(tr("%1: file not found (%2)").arg(name, QDir::toNativeSeparators(path)));
  if (info.isDir())
    return makeError(tr("%1: is a folder, not an image file").arg(name));
  if (info.size() > ImageDecoder::kMaxFileBytes)
    return makeError(tr("%1: the file is %2 MB; image files over %3 MB are not accepted")
                         .arg(name)
                         .arg(info.size() >> 20)
                         .arg(ImageDecoder::kMaxFileBytes >> 20));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(tr("%1: cannot open: %2").arg(name, file.errorString()));
  const QByteArray bytes = file.read(ImageDecoder::kMaxFileBytes + 1);
  if (file.error() != QFileDevice::NoError)
    return makeError(tr("%1: cannot read: %2").arg(name, file.errorString()));
  return addData(bytes, name);
}

Expected<Attachment> ImageStore::addData(const QByteArray &bytes, const QString &label) {
  // The format, from the content.
  QByteArray data = bytes;
  QBuffer buffer(&data);
  buffer.open(QIODevice::ReadOnly);
  QImageReader probe(&buffer);
  probe.setDecideFormatFromContent(true);
  const QByteArray format = probe.canRead() ? probe.format().toLower() : QByteArray();
  const FormatInfo *info = format.isEmpty() ? nullptr : formatInfo(format);
  if (!format.isEmpty() && !info)
    return makeError(tr("%1: images in %2 format are not accepted (accepted: PNG, JPEG, GIF, WebP, BMP, TIFF)")
                         .arg(cleanLabel(label, "img"), QString::fromLatin1(format.toUpper())));

  // Size checked before decoding; the whole image must decode.
  const QString shownLabel = cleanLabel(label, info ? info->suffix : "img");
  Expected<QImage> image = ImageDecoder::decode(bytes, shownLabel);
  if (!image)
    return makeError(image.error());
  Q_ASSERT(info); // ImageDecoder decoded it, so the probe recognised the format
  if (!info)
    return makeError(tr("%1: the image format is not recognised").arg(shownLabel));

  Attachment a;
  a.sha256 = QString::fromLatin1(Sha256Hasher::hash(bytes).toHex());
  a.fileName = shownLabel;
  a.mimeType = QString::fromLatin1(info->mimeType);
  a.width = image->width();
  a.height = image->height();

  const QString target = path(a);
  {
    QMutexLocker lock(&m_mutex);
    m_pending.insert(a.sha256); // before the file appears: a concurrent sweep must not take it
  }
  const QFileInfo existing(target);
  if (existing.exists() && existing.size() == bytes.size())
    return a; // same name = same SHA-256 = same bytes
  if (!QDir().mkpath(m_directory))
    return makeError(
        tr("%1: cannot create the image folder %2").arg(shownLabel, QDir::toNativeSeparators(m_directory)));
  QSaveFile file(target);
  if (!file.open(QIODevice::WriteOnly))
    return makeError(
        tr("%1: cannot write %2: %3").arg(shownLabel, QDir::toNativeSeparators(target), file.errorString()));
  if (file.write(bytes) != bytes.size() || !file.commit())
    return makeError(
        tr("%1: cannot write %2: %3").arg(shownLabel, QDir::toNativeSeparators(target), file.errorString()));
  return a;
}

Expected<Attachment> ImageStore::addImage(const QImage &image, const QString &label) {
  const QString name = label.isEmpty() ? QStringLiteral("pasted-image.png") : label;
  if (image.isNull())
    return makeError(tr("%1: the image is empty").arg(name));
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, "png");
  if (!writer.write(image))
    return makeError(tr("%1: cannot encode the image as PNG: %2").arg(name, writer.errorString()));
  buffer.close();
  return addData(png, name);
}

QString ImageStore::path(const Attachment &a) const {
  if (!isValidSha256(a.sha256))
    return {};
  const QString suffix = suffixForMimeType(a.mimeType);
  const QString named = m_directory + QLatin1Char('/') + a.sha256 + QLatin1Char('.') + suffix;
  if (!suffix.isEmpty() && QFileInfo::exists(named))
    return named;
  // Unknown or wrong MIME type: the content decides the name, so look for any suffix.
  const QStringList found = QDir(m_directory).entryList({a.sha256 + QStringLiteral(".*")}, QDir::Files, QDir::Name);
  if (!found.isEmpty())
    return m_directory + QLatin1Char('/') + found.first();
  return suffix.isEmpty() ? QString() : named;
}

bool ImageStore::contains(const Attachment &a) const {
  const QString p = path(a);
  return !p.isEmpty() && QFileInfo::exists(p);
}

QStringList ImageStore::storedHashes() const {
  QStringList hashes;
  const QStringList files = QDir(m_directory).entryList(QDir::Files, QDir::Name);
  for (const QString &file : files) {
    const QString sha = file.section(QLatin1Char('.'), 0, 0);
    if (isValidSha256(sha) && (hashes.isEmpty() || hashes.last() != sha))
      hashes.append(sha);
  }
  return hashes;
}

bool ImageStore::remove(const QString &sha256) {
  if (!isValidSha256(sha256))
    return false;
  QMutexLocker lock(&m_mutex);
  if (m_pending.contains(sha256))
    return false;
  bool allGone = true;
  QDir dir(m_directory);
  const QStringList files = dir.entryList({sha256 + QStringLiteral(".*")}, QDir::Files);
  for (const QString &file : files)
    allGone = dir.remove(file) && allGone;
  return allGone;
}

void ImageStore::release(const QStringList &sha256s) {
  QMutexLocker lock(&m_mutex);
  for (const QString &sha : sha256s)
    m_pending.remove(sha);
}

bool ImageStore::isPending(const QString &sha256) const {
  QMutexLocker lock(&m_mutex);
  return m_pending.contains(sha256);
}

} // namespace mdi
