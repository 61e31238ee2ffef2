// Image preprocessing cost for a 1920x1080 JPEG: decode (QImageReader + RGB conversion), PIL
// bicubic resize, and rescale/normalise/patchify, each timed alone, for the release default
// max_pixels (12845056) and the common user setting 1280*28*28.
#include "benchsupport.h"
#include "model/bicubicresampler.h"
#include "model/imagedecoder.h"
#include "model/imagepreprocessor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

// A photo-like test picture: smooth gradients plus fine detail, so that JPEG has real work.
QImage makePicture(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y) {
    auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
    for (int x = 0; x < width; ++x) {
      const int detail = ((x * 7919) ^ (y * 104729)) & 31;
      line[x] = qRgb((x * 255 / width + detail) & 255, (y * 255 / height + detail) & 255, ((x + y) / 8 + detail) & 255);
    }
  }
  return image;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  const int repeats = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
  std::printf("machine: %s\ncpu pressure: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));

  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("photo-1920x1080.jpg"));
  {
    QImageWriter writer(path, "jpeg");
    writer.setQuality(90);
    if (!writer.write(makePicture(1920, 1080))) {
      std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(writer.errorString()));
      return 1;
    }
  }
  std::printf("input: 1920x1080 JPEG, quality 90, %lld bytes; median of %d runs\n",
              static_cast<long long>(QFileInfo(path).size()), repeats);

  RgbImage rgb;
  const double decodeMs = BenchSupport::medianMs(repeats, [&] {
    auto image = ImageDecoder::decodeFile(path);
    rgb = ImageDecoder::toRgb(*image);
  });
  std::printf("decode + RGB conversion: %.1f ms\n", decodeMs);

  PreprocessorConfig config;
  config.imageMean = {0.48145466, 0.4578275, 0.40821073};
  config.imageStd = {0.26862954, 0.26130258, 0.27577711};
  for (qint64 maxPixels : {qint64(12845056), qint64(1280 * 28 * 28)}) {
    ImagePreprocessor pre(config);
    pre.setMaxPixels(maxPixels);
    const QSize size = *ImagePreprocessor::smartResize(rgb.height, rgb.width, 28, pre.minPixels(), pre.maxPixels());
    const double resizeMs = BenchSupport::medianMs(repeats, [&] {
      const QByteArray out =
          BicubicResampler::resize(reinterpret_cast<const uchar *>(rgb.pixels.constData()), rgb.width, rgb.height, 3,
                                   qsizetype(rgb.width) * 3, size.width(), size.height());
      Q_UNUSED(out);
    });
    // fromRgb on an image already at the target size runs only rescale/normalise/patchify.
    RgbImage resized{size.width(), size.height(),
                     BicubicResampler::resize(reinterpret_cast<const uchar *>(rgb.pixels.constData()), rgb.width,
                                              rgb.height, 3, qsizetype(rgb.width) * 3, size.width(), size.height())};
    qint64 patches = 0;
    const double patchifyMs = BenchSupport::medianMs(repeats, [&] { patches = pre.fromRgb(resized)->patchCount(); });
    const double totalMs = BenchSupport::medianMs(repeats, [&] { Q_UNUSED(pre.fromFile(path)->patchCount()); });
    std::printf("max_pixels %lld -> %dx%d, %lld patches, %lld tokens: resize %.1f ms, normalise+patchify %.1f ms, "
                "whole fromFile %.1f ms\n",
                static_cast<long long>(maxPixels), size.width(), size.height(), static_cast<long long>(patches),
                static_cast<long long>(patches / 4), resizeMs, patchifyMs, totalMs);
  }
  return 0;
}
