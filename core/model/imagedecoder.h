#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace mdi {

// An 8-bit RGB image: height rows of width * 3 bytes (R, G, B), no padding.
struct RgbImage {
  int width = 0;
  int height = 0;
  QByteArray pixels;
  bool isNull() const { return width <= 0 || height <= 0; }
};

// Turns untrusted image bytes into pixels the way the reference pipeline (PIL) sees them.
// Decoding goes through QImageReader with the EXIF orientation applied, the format taken from
// the content (not the file name), the declared size checked against a pixel limit before any
// pixel is decoded, Qt's allocation limit set, and the first frame of an animation taken; a JPEG
// whose entropy-coded data ends early is refused (libjpeg would silently pad it with grey).
// toRgb() reproduces PIL's convert("RGB"): alpha is dropped without compositing (transparent
// pixels keep their colour), grey is replicated, palettes are expanded, and 16-bit samples keep
// their high byte as PIL does for 16-bit RGB(A) PNGs. One deliberate difference: PIL clips a
// 16-bit grey PNG ("I;16") to 0..255, which turns nearly every such image white; here grey keeps
// its high byte too, like the colour case. A CMYK JPEG is converted by Qt, whose integer
// arithmetic may differ from PIL's by one level. Every failure is an Error naming the label.
class ImageDecoder {
  Q_DECLARE_TR_FUNCTIONS(mdi::ImageDecoder)

public:
  static constexpr qint64 kMaxFileBytes = 256LL << 20;
  static constexpr qint64 kMaxPixels = 128LL * 1000 * 1000; // 128 megapixels

  static Expected<QImage> decodeFile(const QString &path, qint64 maxPixels = kMaxPixels);
  // `label` names the image in messages (a file name, "pasted image", ...).
  static Expected<QImage> decode(const QByteArray &bytes, const QString &label, qint64 maxPixels = kMaxPixels);
  // Exact for every 8-bit format Qt decodes into; never fails for a non-null image.
  static RgbImage toRgb(const QImage &image);

  // True when the JPEG's marker structure runs from SOI through every scan to EOI within
  // `bytes` (exposed for tests).
  static bool jpegIsComplete(const QByteArray &bytes);
};

} // namespace mdi
