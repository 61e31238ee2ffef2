// libFuzzer target: an image as a client or a person hands it to us (bytes of any format Qt
// reads), through our path: ImageDecoder's bounded decode, then Qwen2-VL preprocessing (resize to
// the patch grid, normalisation). Whatever is accepted must come out as a grid within the
// configured pixel range and with as many values as the grid says; every refusal says why.

#include "model/imagepreprocessor.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mdi;

namespace {
// Small limits so that one input cannot take seconds: 1 megapixel source, Qwen2-VL's grid rules.
constexpr qint64 kSourcePixels = 1000 * 1000;

const ImagePreprocessor &preprocessor() {
  static const ImagePreprocessor p([] {
    PreprocessorConfig c;
    c.minPixels = 56 * 56;
    c.maxPixels = 28 * 28 * 256;
    c.imageMean = {0.48145466, 0.4578275, 0.40821073};
    c.imageStd = {0.26862954, 0.26130258, 0.27577711};
    return c;
  }());
  return p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const Expected<PreprocessedImage> image = preprocessor().fromData(bytes, QStringLiteral("fuzz"), kSourcePixels);
  if (!image) {
    if (image.error().isEmpty())
      std::abort(); // every refusal says why
    return 0;
  }
  const qint64 pixels = qint64(image->gridH) * image->gridW * 14 * 14;
  if (image->gridT != 1 || image->gridH <= 0 || image->gridW <= 0 || image->gridH % 2 || image->gridW % 2 ||
      pixels > 28 * 28 * 256 || image->pixelValues.size() != size_t(image->patchCount()) * 3 * 2 * 14 * 14) {
    std::fprintf(stderr, "accepted out of range: grid %lldx%lldx%lld, %zu values\n", qint64(image->gridT),
                 qint64(image->gridH), qint64(image->gridW), image->pixelValues.size());
    std::abort();
  }
  return 0;
}

// QImage's readers for some formats want a GUI application object (none is shown).
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  static QGuiApplication app(*argc, *argv);
  return 0;
}
