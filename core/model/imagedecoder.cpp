#include "model/imagedecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

#include <algorithm>
#include <cstring>

namespace mdi {

namespace {

bool looksLikeJpeg(const QByteArray &bytes) {
  return bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[2]) == 0xFF;
}

// "BMP, GIF, JPEG, PNG, ..." from the image plugins present.
QString readableFormats() {
  QStringList names;
  for (const QByteArray &format : QImageReader::supportedImageFormats()) {
    const QString name = QString::fromLatin1(format).toUpper();
    if (name != QLatin1String("JPG") && name != QLatin1String("TIF") && !names.contains(name))
      names.append(name);
  }
  return names.join(QStringLiteral(", "));
}

QString megapixels(qint64 pixels) {
  return QLocale::c().toString(double(pixels) / 1e6, 'f', pixels < 10'000'000 ? 1 : 0);
}

} // namespace

bool ImageDecoder::jpegIsComplete(const QByteArray &bytes) {
  const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
  const qsizetype n = bytes.size();
  if (n < 4 || d[0] != 0xFF || d[1] != 0xD8)
    return false;
  qsizetype pos = 2;
  while (pos < n) {
    if (d[pos] != 0xFF)
      return false;                   // garbage where a marker must be
    while (pos < n && d[pos] == 0xFF) // fill bytes
      ++pos;
    if (pos >= n)
      return false;
    const uchar marker = d[pos++];
    if (marker == 0xD9) // EOI
      return true;
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // no length field
      continue;
    if (pos + 2 > n)
      return false;
    const int length = (d[pos] << 8) | d[pos + 1];
    if (length < 2 || pos + length > n)
      return false;
    pos += length;
    if (marker != 0xDA) // not SOS
      continue;
    // Entropy-coded data runs to the next marker other than a stuffed 0xFF00 or a restart.
    for (;;) {
      if (pos + 1 >= n)
        return false;
      if (d[pos] != 0xFF) {
        ++pos;
        continue;
      }
      const uchar next = d[pos + 1];
      if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
        pos += 2;
      } else if (next == 0xFF) {
        ++pos;
      } else {
        break;
      }
    }
  }
  return false;
}

Expected<QImage> ImageDecoder::decodeFile(const QString &path, qint64 maxPixels) {
  const QFileInfo info(path);
  const QString name = info.fileName();
  if (!info.exists())
    return makeError(tr("%1: file not found (%2)").arg(name, path));
  if (info.isDir())
    return makeError(tr("%1: is a folder, not an image file").arg(name));
  // A device or pipe reports size 0 and may never end (/dev/zero): regular files only.
  if (!info.isFile())
    return makeError(tr("%1: is not a regular file (a device, pipe or socket)").arg(name));
  if (info.size() > kMaxFileBytes)
    return makeError(tr("%1: the file is %2 MB; image files over %3 MB are not accepted")
                         .arg(name)
                         .arg(info.size() >> 20)
                         .arg(kMaxFileBytes >> 20));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(tr("%1: cannot open: %2").arg(name, file.errorString()));
  const QByteArray bytes = file.read(kMaxFileBytes + 1); // bounded even if the file grows meanwhile
  if (file.error() != QFileDevice::NoError)
    return makeError(tr("%1: cannot read: %2").arg(name, file.errorString()));
  if (bytes.size() > kMaxFileBytes)
    return makeError(tr("%1: the file is %2 MB; image files over %3 MB are not accepted")
                         .arg(name)
                         .arg(bytes.size() >> 20)
                         .arg(kMaxFileBytes >> 20));
  return decode(bytes, name, maxPixels);
}

Expected<QImage> ImageDecoder::decode(const QByteArray &bytes, const QString &label, qint64 maxPixels) {
  if (bytes.isEmpty())
    return makeError(tr("%1: the file is empty (0 bytes), not an image").arg(label));
  if (bytes.size() > kMaxFileBytes)
    return makeError(tr("%1: the image data is %2 MB; images over %3 MB are not accepted")
                         .arg(label)
                         .arg(bytes.size() >> 20)
                         .arg(kMaxFileBytes >> 20));

  QByteArray data = bytes; // shared, QBuffer only reads it
  QBuffer buffer(&data);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer);
  reader.setDecideFormatFromContent(true);
  reader.setAutoTransform(true);
  // Qt refuses to allocate more than this; 8 bytes per pixel covers 16-bit RGBA.
  reader.setAllocationLimit(int(std::min<qint64>((maxPixels * 8 >> 20) + 1, 1 << 30)));

  if (!reader.canRead())
    return makeError(
        tr("%1: not an image, or in a format that cannot be read (readable: %2)").arg(label, readableFormats()));

  // The header alone gives the size: refuse a huge image before a pixel is decoded.
  const QSize declared = reader.size();
  if (declared.isValid()) {
    if (declared.width() <= 0 || declared.height() <= 0)
      return makeError(tr("%1: the image declares an empty size (%2 x %3 pixels)")
                           .arg(label)
                           .arg(declared.width())
                           .arg(declared.height()));
    const qint64 pixels = qint64(declared.width()) * declared.height();
    if (pixels > maxPixels)
      return makeError(tr("%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels are accepted")
                           .arg(label)
                           .arg(declared.width())
                           .arg(declared.height())
                           .arg(megapixels(pixels), megapixels(maxPixels)));
  }

  if (looksLikeJpeg(bytes) && !jpegIsComplete(bytes))
    return makeError(tr("%1: the JPEG data ends early (the file is truncated or damaged)").arg(label));

  QImage image;
  if (!reader.read(&image) || image.isNull()) {
    const QString why = reader.error() == QImageReader::InvalidDataError && bytes.size() < 64
                            ? tr("the data is too short to hold an image")
                            : reader.errorString();
    return makeError(tr("%1: cannot decode the image (%2); the file may be truncated or damaged").arg(label, why));
  }
  if (qint64(image.width()) * image.height() > maxPixels)
    return makeError(tr("%1: the image is %2 x %3 pixels; at most %4 megapixels are accepted")
                         .arg(label)
                         .arg(image.width())
                         .arg(image.height())
                         .arg(megapixels(maxPixels)));
  return image;
}

RgbImage ImageDecoder::toRgb(const QImage &source) {
  RgbImage rgb;
  if (source.isNull())
    return rgb;
  rgb.width = source.width();
  rgb.height = source.height();
  rgb.pixels.resize(qsizetype(rgb.width) * rgb.height * 3);
  auto *out = reinterpret_cast<uchar *>(rgb.pixels.data());
  const int w = rgb.width;

  switch (source.format()) {
  case QImage::Format_Grayscale8:
    for (int y = 0; y < rgb.height; ++y) {
      const uchar *in = source.constScanLine(y);
      for (int x = 0; x < w; ++x, out += 3)
        out[0] = out[1] = out[2] = in[x];
    }
    return rgb;
  case QImage::Format_Grayscale16:
    for (int y = 0; y < rgb.height; ++y) {
      const auto *in = reinterpret_cast<const quint16 *>(source.constScanLine(y));
      for (int x = 0; x < w; ++x, out += 3)
        out[0] = out[1] = out[2] = uchar(in[x] >> 8);
    }
    return rgb;
  case QImage::Format_Indexed8: {
    // Colour-table entries are straight (not premultiplied) ARGB: dropping alpha is exact.
    const QList<QRgb> table = source.colorTable();
    for (int y = 0; y < rgb.height; ++y) {
      const uchar *in = source.constScanLine(y);
      for (int x = 0; x < w; ++x, out += 3) {
        const QRgb c = in[x] < table.size() ? table[in[x]] : 0;
        out[0] = uchar(qRed(c));
        out[1] = uchar(qGreen(c));
        out[2] = uchar(qBlue(c));
      }
    }
    return rgb;
  }
  case QImage::Format_RGBX64:
  case QImage::Format_RGBA64:
  case QImage::Format_RGBA64_Premultiplied: {
    // PIL unpacks 16-bit PNG samples by keeping the most significant byte.
    const QImage straight =
        source.format() == QImage::Format_RGBA64_Premultiplied ? source.convertToFormat(QImage::Format_RGBA64) : source;
    for (int y = 0; y < rgb.height; ++y) {
      const auto *in = reinterpret_cast<const QRgba64 *>(straight.constScanLine(y));
      for (int x = 0; x < w; ++x, out += 3) {
        out[0] = uchar(in[x].red() >> 8);
        out[1] = uchar(in[x].green() >> 8);
        out[2] = uchar(in[x].blue() >> 8);
      }
    }
    return rgb;
  }
  default:
    break;
  }

  // Everything else through an 8-bit layout Qt fills without compositing: RGBA8888 for images
  // with alpha (Qt un-premultiplies premultiplied ones; straight ones are only reordered),
  // RGB888 for opaque ones.
  const bool alpha = source.hasAlphaChannel();
  const QImage bytes = source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
  for (int y = 0; y < rgb.height; ++y) {
    const uchar *in = bytes.constScanLine(y);
    if (!alpha) {
      std::memcpy(out, in, size_t(w) * 3);
      out += qsizetype(w) * 3;
      continue;
    }
    for (int x = 0; x < w; ++x, in += 4, out += 3) {
      out[0] = in[0];
      out[1] = in[1];
      out[2] = in[2];
    }
  }
  return rgb;
}

} // namespace mdi
