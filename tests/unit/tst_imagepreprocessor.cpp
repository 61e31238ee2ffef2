#include "fixtures.h"
#include "model/imagedecoder.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/safetensorsfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// CLIP statistics as in every Qwen2-VL preprocessor_config.json.
PreprocessorConfig clipConfig(qint64 maxPixels = 12845056) {
  PreprocessorConfig c;
  c.minPixels = 3136;
  c.maxPixels = maxPixels;
  c.imageMean = {0.48145466, 0.4578275, 0.40821073};
  c.imageStd = {0.26862954, 0.26130258, 0.27577711};
  return c;
}

// The normalised value for byte u of channel c, straight from FORMAT.md's recipe.
float normalised(int c, int u) {
  const double mean[3] = {0.48145466, 0.4578275, 0.40821073};
  const double stdev[3] = {0.26862954, 0.26130258, 0.27577711};
  const float x = float(u * (1.0 / 255.0));
  return (x - float(mean[c])) / float(stdev[c]);
}

QByteArray encode(const QImage &image, const char *format, int quality = -1) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, format);
  writer.setQuality(quality);
  if (!writer.write(image))
    qWarning() << "cannot encode" << format << writer.errorString();
  return bytes;
}

quint32 crc32(const QByteArray &data) {
  quint32 crc = 0xFFFFFFFFu;
  for (char ch : data) {
    crc ^= uchar(ch);
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data) {
  QByteArray out(4, '\0');
  qToBigEndian<quint32>(quint32(data.size()), out.data());
  const QByteArray body = QByteArray(type) + data;
  QByteArray crc(4, '\0');
  qToBigEndian<quint32>(crc32(body), crc.data());
  return out + body + crc;
}

// A PNG with a valid header that declares width x height RGB pixels, followed by a token IDAT
// (libpng reads the header up to the first IDAT) holding nowhere near that many pixels.
QByteArray pngHeaderOnly(quint32 width, quint32 height) {
  QByteArray ihdr(13, '\0');
  qToBigEndian<quint32>(width, ihdr.data());
  qToBigEndian<quint32>(height, ihdr.data() + 4);
  ihdr[8] = 8;                                                    // bit depth
  ihdr[9] = 2;                                                    // colour type RGB
  const QByteArray zlib = qCompress(QByteArray(64, '\0')).mid(4); // qCompress prefixes a length
  return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) + pngChunk("IEND", {});
}

// An animated GIF: one frame per entry of `frames`, each filled with that palette index. The
// LZW stream sends a clear code before every two literals, so codes stay 3 bits wide.
QByteArray animatedGif(int width, int height, const QList<QRgb> &palette, const QList<int> &frames) {
  Q_ASSERT(palette.size() == 4);
  QByteArray gif("GIF89a");
  auto le16 = [&gif](int v) {
    gif.append(char(v & 0xFF));
    gif.append(char(v >> 8));
  };
  le16(width);
  le16(height);
  gif.append(char(0xF1)); // global colour table of 4 entries
  gif.append('\0');
  gif.append('\0');
  for (QRgb c : palette) {
    gif.append(char(qRed(c)));
    gif.append(char(qGreen(c)));
    gif.append(char(qBlue(c)));
  }
  gif.append(QByteArray("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19)); // loop forever
  for (int index : frames) {
    gif.append(QByteArray("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8)); // 0.1 s per frame
    gif.append(char(0x2C));
    le16(0);
    le16(0);
    le16(width);
    le16(height);
    gif.append('\0');
    gif.append(char(2)); // LZW minimum code size
    QByteArray lzw;
    quint32 bits = 0;
    int nbits = 0;
    auto put = [&](int code) {
      bits |= quint32(code) << nbits;
      nbits += 3;
      while (nbits >= 8) {
        lzw.append(char(bits & 0xFF));
        bits >>= 8;
        nbits -= 8;
      }
    };
    for (int i = 0; i < width * height; ++i) {
      if (i % 2 == 0)
        put(4); // clear
      put(index);
    }
    put(5); // end of information
    if (nbits > 0)
      lzw.append(char(bits & 0xFF));
    for (qsizetype at = 0; at < lzw.size(); at += 255) {
      const QByteArray block = lzw.mid(at, 255);
      gif.append(char(block.size()));
      gif.append(block);
    }
    gif.append('\0');
  }
  gif.append(char(0x3B));
  return gif;
}

// Inserts an EXIF APP1 segment carrying only the orientation tag right after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation) {
  QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);          // big-endian, first IFD at 8
  tiff += QByteArray("\x00\x01", 2);                         // one entry
  tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, count 1
  tiff += char(0);
  tiff += char(orientation);
  tiff += QByteArray(2, '\0');
  tiff += QByteArray(4, '\0'); // no next IFD
  const QByteArray body = QByteArray("Exif\0\0", 6) + tiff;
  QByteArray segment("\xFF\xE1", 2);
  segment += char((body.size() + 2) >> 8);
  segment += char((body.size() + 2) & 0xFF);
  return jpeg.left(2) + segment + body + jpeg.mid(2);
}

// 16x8 Adobe CMYK JPEG (quality 100) made with libjpeg: left 8x8 block ink C=0 M=255 Y=255 K=0,
// right block C=40 M=80 Y=120 K=60 (stored inverted, as Adobe writes CMYK).
const char kCmykJpegHex[] =
    "ffd8ffee000e41646f626500640000000000ffdb00430001010101010101010101010101010101010101010101010101010101010101"
    "010101010101010101010101010101010101010101010101010101010101010101ffc000140800080010044311004d11005911004b11"
    "00ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b510000201030302040305050404000001"
    "7d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a343536"
    "3738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2"
    "a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9"
    "faffda000e0443004d0059004b00003f00fefe2bfcff00ebfcff00ebfbf8afcbfaff00578aff00438afc1fafffd9";

QImage noiseImage(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  quint32 state = 12345;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      state = state * 1664525u + 1013904223u;
      image.setPixel(x, y, state >> 8);
    }
  return image;
}

QByteArray rgbAt(const QByteArray &rgb, int width, int x, int y) {
  return rgb.mid((qsizetype(y) * width + x) * 3, 3);
}

QByteArray rgbBytes(int r, int g, int b) {
  QByteArray out(3, '\0');
  out[0] = char(r);
  out[1] = char(g);
  out[2] = char(b);
  return out;
}

} // namespace

class TestImagePreprocessor : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_dir;

  QString writeTemp(const QString &name, const QByteArray &data) {
    const QString path = m_dir.filePath(name);
    Fixtures::writeFile(path, data);
    return path;
  }

  void expectError(const Expected<PreprocessedImage> &result, const QStringList &mustContain) {
    QVERIFY2(!result, "the input was accepted but should have been refused");
    for (const QString &part : mustContain)
      QVERIFY2(result.error().contains(part, Qt::CaseInsensitive),
               qPrintable(QStringLiteral("'%1' not in: %2").arg(part, result.error())));
  }

private Q_SLOTS:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  // ---- smart_resize, values worked out by hand with Python's semantics ----

  void smartResizeRoundsHalfToEven() {
    // 98 / 28 = 3.5 -> 4 (even), 126 / 28 = 4.5 -> 4 (even): 112 x 112; std::round gives 112 x 140.
    auto s = ImagePreprocessor::smartResize(98, 126, 28, 3136, 12845056);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(*s, QSize(112, 112));
  }

  void smartResizeDownscalesToMaxPixels() {
    // 500 x 300 (h x w): 504 * 308 = 155232 > 100352; beta = sqrt(150000 / 100352) = 1.2226;
    // floor(500 / beta / 28) = 14 -> 392, floor(300 / beta / 28) = 8 -> 224.
    QCOMPARE(*ImagePreprocessor::smartResize(500, 300, 28, 3136, 100352), QSize(224, 392));
    // 1080 x 1920 with 1280*28*28: 1092 * 1932 > 1003520; beta = sqrt(2073600 / 1003520) = 1.43747;
    // floor(1080 / beta / 28) = 26 -> 728, floor(1920 / beta / 28) = 47 -> 1316.
    QCOMPARE(*ImagePreprocessor::smartResize(1080, 1920, 28, 3136, 1280 * 28 * 28), QSize(1316, 728));
    // With the release default the same picture only rounds: 38.57 -> 39, 68.57 -> 69.
    QCOMPARE(*ImagePreprocessor::smartResize(1080, 1920, 28, 3136, 12845056), QSize(1932, 1092));
    // transformers >= 4.53 keeps one window on a side that floors to 0: 28 x 5600 in 3136 pixels:
    // beta = sqrt(50), floor(28 / 7.07 / 28) = 0 -> 28, floor(5600 / 7.07 / 28) = 28 -> 784.
    QCOMPARE(*ImagePreprocessor::smartResize(28, 5600, 28, 3136, 3136), QSize(784, 28));
  }

  void smartResizeUpscalesBelowMinPixels() {
    // 30 x 40: 28 * 28 < 3136; beta = sqrt(3136 / 1200) = 1.6166; ceil(1.732) = 2 -> 56, ceil(2.309) = 3 -> 84.
    QCOMPARE(*ImagePreprocessor::smartResize(30, 40, 28, 3136, 100352), QSize(84, 56));
  }

  void smartResizeAcceptsSidesBelowFactor() {
    // transformers >= 4.53: 20 / 28 rounds to 1 window each, 784 < 3136, beta = 2.8, ceil(2) -> 56.
    QCOMPARE(*ImagePreprocessor::smartResize(20, 20, 28, 3136, 12845056), QSize(56, 56));
    // 27 / 28 -> 1 window, 300 / 28 = 10.7 -> 11 windows: 28 x 308 = 8624 pixels, within bounds.
    QCOMPARE(*ImagePreprocessor::smartResize(27, 300, 28, 3136, 12845056), QSize(308, 28));
    // 14 / 28 = 0.5 rounds to 0 (half to even), so the area is 0 and the upscale branch makes 56.
    QCOMPARE(*ImagePreprocessor::smartResize(14, 14, 28, 3136, 12845056), QSize(56, 56));
  }

  void smartResizeRefusesExtremeAspect() {
    auto refused = ImagePreprocessor::smartResize(28, 28 * 201, 28, 3136, 12845056);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("aspect ratio")) &&
                 refused.error().contains(QStringLiteral("201")),
             qPrintable(refused.error()));
    QVERIFY(!ImagePreprocessor::smartResize(1000, 4, 28, 3136, 12845056)); // 250:1
    // Exactly 200:1 is allowed.
    QCOMPARE(*ImagePreprocessor::smartResize(28, 5600, 28, 3136, 12845056), QSize(5600, 28));
    QVERIFY(!ImagePreprocessor::smartResize(0, 10, 28, 3136, 12845056));
  }

  // ---- the golden fixtures: grids, PIL's resized bytes, pixel_values ----

  void fixtureCases_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : Fixtures::caseNames()) {
      const QJsonObject json = Fixtures::caseJson(name);
      if (!json.value(QStringLiteral("images")).toArray().isEmpty() && !json.contains(QStringLiteral("expect_error")))
        QTest::newRow(qPrintable(name)) << name;
    }
  }

  void fixtureCases() {
    QFETCH(QString, name);
    const QJsonObject json = Fixtures::caseJson(name);
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    const ImagePreprocessor pre(config->preprocessor);
    auto tensors = SafetensorsFile::open(Fixtures::caseDir(name) + QStringLiteral("/tensors.safetensors"));
    QVERIFY2(tensors, qPrintable(tensors.error()));
    const TensorInfo *pixelValues = (*tensors)->find(QStringLiteral("pixel_values"));
    QVERIFY(pixelValues);
    QCOMPARE(pixelValues->dtype, DType::F32);
    QCOMPARE(pixelValues->shape.at(1), 1176);
    const auto *expectedValues = reinterpret_cast<const float *>((*tensors)->data(*pixelValues));

    const QJsonArray images = json.value(QStringLiteral("images")).toArray();
    const QJsonArray grids = json.value(QStringLiteral("image_grid_thw")).toArray();
    const QJsonArray resizedHw = json.value(QStringLiteral("resized_hw")).toArray();
    qint64 row = 0;
    for (qsizetype k = 0; k < images.size(); ++k) {
      const QJsonObject image = images.at(k).toObject();
      const QString file = Fixtures::imagesDir() + QLatin1Char('/') + image.value(QStringLiteral("file")).toString();

      // Decoding: the pixel bytes PIL saw (RGB, or one channel for an L image) hash the same.
      auto decoded = ImageDecoder::decodeFile(file);
      QVERIFY2(decoded, qPrintable(decoded.error()));
      const RgbImage rgb = ImageDecoder::toRgb(*decoded);
      QCOMPARE(rgb.width, image.value(QStringLiteral("width")).toInt());
      QCOMPARE(rgb.height, image.value(QStringLiteral("height")).toInt());
      QByteArray modeBytes = rgb.pixels;
      if (image.value(QStringLiteral("mode")).toString() == QLatin1String("L")) {
        modeBytes.resize(rgb.pixels.size() / 3);
        for (qsizetype i = 0; i < modeBytes.size(); ++i)
          modeBytes[i] = rgb.pixels[i * 3];
      }
      QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(modeBytes, QCryptographicHash::Sha256).toHex()),
               image.value(QStringLiteral("pixels_sha256")).toString());

      auto result = pre.fromFile(file);
      QVERIFY2(result, qPrintable(result.error()));
      const QJsonArray grid = grids.at(k).toArray();
      QCOMPARE(result->gridT, grid.at(0).toInt());
      QCOMPARE(result->gridH, grid.at(1).toInt());
      QCOMPARE(result->gridW, grid.at(2).toInt());
      QCOMPARE(result->height, resizedHw.at(k).toArray().at(0).toInt());
      QCOMPARE(result->width, resizedHw.at(k).toArray().at(1).toInt());

      // PIL's bicubic output, byte for byte.
      const TensorInfo *u8 = (*tensors)->find(QStringLiteral("image%1_resized_u8").arg(k));
      QVERIFY(u8);
      QCOMPARE(u8->shape, (QList<qint64>{result->height, result->width, 3}));
      const QByteArray expectedRgb =
          QByteArray::fromRawData(reinterpret_cast<const char *>((*tensors)->data(*u8)), u8->byteSize);
      if (result->resizedRgb != expectedRgb) {
        qsizetype differ = 0, first = -1;
        for (qsizetype i = 0; i < expectedRgb.size(); ++i)
          if (result->resizedRgb[i] != expectedRgb[i]) {
            ++differ;
            if (first < 0)
              first = i;
          }
        QFAIL(qPrintable(QStringLiteral("image %1: %2 of %3 resized bytes differ, first at pixel (%4, %5): %6 vs %7")
                             .arg(k)
                             .arg(differ)
                             .arg(expectedRgb.size())
                             .arg(first / 3 % result->width)
                             .arg(first / 3 / result->width)
                             .arg(uchar(result->resizedRgb[first]))
                             .arg(uchar(expectedRgb[first]))));
      }

      // pixel_values rows of this image.
      QCOMPARE(qint64(result->pixelValues.size()), result->patchCount() * 1176);
      QVERIFY(row + result->patchCount() <= pixelValues->shape.at(0));
      const float *expected = expectedValues + row * 1176;
      double maxDiff = 0;
      for (size_t i = 0; i < result->pixelValues.size(); ++i)
        maxDiff = std::max(maxDiff, double(std::abs(result->pixelValues[i] - expected[i])));
      QVERIFY2(maxDiff <= 1e-6, qPrintable(QStringLiteral("image %1: max |diff| %2").arg(k).arg(maxDiff)));
      row += result->patchCount();
    }
    QCOMPARE(row, pixelValues->shape.at(0));
  }

  // transformers 4.47 (which made the fixtures) refused sides under 28 px; >= 4.53 resizes
  // 20 x 20 to 56 x 56 (2 x 2 merge windows), and so do we.
  void tinyImageFollowsNewerTransformers() {
    const QJsonObject json = Fixtures::caseJson(QStringLiteral("image_tiny_20x20_error"));
    QVERIFY(json.contains(QStringLiteral("expect_error")));
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    auto result =
        ImagePreprocessor(config->preprocessor).fromFile(Fixtures::imagesDir() + QStringLiteral("/tiny_20x20.png"));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->width, 56);
    QCOMPARE(result->height, 56);
    QCOMPARE(result->gridT, 1);
    QCOMPARE(result->gridH, 4);
    QCOMPARE(result->gridW, 4);
    QCOMPARE(result->tokenCount(2), 4);
    QCOMPARE(result->pixelValues.size(), size_t(16 * 1176));
  }

  // ---- layout of pixel_values, from the reshape/permute in DESIGN.md §3 step 4 ----

  void patchesAreOrderedByMergeWindow() {
    // 84 x 56 px = 6 x 4 patches = 3 x 2 windows; patch (r, c) is one solid colour that encodes r and c.
    const int gw = 6, gh = 4;
    QImage image(gw * 14, gh * 14, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) {
        const int r = y / 14, c = x / 14;
        image.setPixel(x, y, qRgb(r * 40 + c, 200 - c * 10, r * 7 + c * 3 + 1));
      }
    auto result = ImagePreprocessor(clipConfig()).fromImage(image);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->gridH, gh);
    QCOMPARE(result->gridW, gw);
    QCOMPARE(result->resizedRgb.size(), qsizetype(gw * 14 * gh * 14 * 3)); // no resize needed
    // Rows: for each window (row-major), patches (0,0), (0,1), (1,0), (1,1) inside it.
    QList<QPair<int, int>> order;
    for (int wr = 0; wr < gh / 2; ++wr)
      for (int wc = 0; wc < gw / 2; ++wc)
        for (int mr = 0; mr < 2; ++mr)
          for (int mc = 0; mc < 2; ++mc)
            order.append({wr * 2 + mr, wc * 2 + mc});
    QCOMPARE(qsizetype(result->patchCount()), order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
      const auto [r, c] = order.at(i);
      const int rgb[3] = {r * 40 + c, 200 - c * 10, r * 7 + c * 3 + 1};
      // Columns: channel (3) x t (2, the frame repeated) x 14 x 14.
      const float *values = result->pixelValues.data() + i * 1176;
      for (int ch = 0; ch < 3; ++ch)
        for (int k = 0; k < 2 * 196; ++k)
          QCOMPARE(values[ch * 392 + k], normalised(ch, rgb[ch]));
    }
  }

  void pixelValuesMatchTheFormula() {
    // (200/255 - 0.48145466) / 0.26862954 = 1.1274228; (0 - 0.4578275) / 0.26130258 = -1.7520971;
    // (1 - 0.40821073) / 0.27577711 = 2.1458970.
    QImage image(56, 56, QImage::Format_RGB32);
    image.fill(qRgb(200, 0, 255));
    auto result = ImagePreprocessor(clipConfig()).fromImage(image);
    QVERIFY2(result, qPrintable(result.error()));
    QVERIFY(std::abs(result->pixelValues[0] - 1.1274228) < 1e-6);
    QVERIFY(std::abs(result->pixelValues[392] - (-1.7520971)) < 1e-6);
    QVERIFY(std::abs(result->pixelValues[784] - 2.1458970) < 1e-6);
  }

  void userMaxPixelsLowersTheGrid() {
    QImage image(1920, 1080, QImage::Format_RGB32);
    image.fill(qRgb(10, 20, 30));
    ImagePreprocessor pre(clipConfig());
    auto full = pre.fromImage(image);
    QVERIFY2(full, qPrintable(full.error()));
    QCOMPARE(QSize(full->width, full->height), QSize(1932, 1092));
    pre.setMaxPixels(1280 * 28 * 28);
    auto lowered = pre.fromImage(image);
    QVERIFY2(lowered, qPrintable(lowered.error()));
    QCOMPARE(QSize(lowered->width, lowered->height), QSize(1316, 728));
    QCOMPARE(lowered->gridH, 52);
    QCOMPARE(lowered->gridW, 94);
    QCOMPARE(lowered->tokenCount(2), 26 * 47);
    // A flat picture stays flat through the resampler.
    QVERIFY(lowered->resizedRgb.startsWith(rgbBytes(10, 20, 30)));
    QCOMPARE(rgbAt(lowered->resizedRgb, lowered->width, 700, 400), rgbBytes(10, 20, 30));
    pre.setMaxPixels(0); // back to the configuration's
    QCOMPARE(pre.maxPixels(), 12845056);
  }

  // ---- colour conversion as PIL's convert("RGB") ----

  void transparentPixelsKeepTheirColour() {
    QImage image(56, 56, QImage::Format_ARGB32);
    image.fill(qRgba(200, 100, 50, 0));
    image.setPixel(1, 0, qRgba(10, 20, 30, 128));
    image.setPixel(2, 0, qRgba(255, 255, 255, 0));
    const ImagePreprocessor pre(clipConfig());
    for (const bool viaPng : {false, true}) {
      auto result = viaPng ? pre.fromData(encode(image, "png"), QStringLiteral("rgba.png")) : pre.fromImage(image);
      QVERIFY2(result, qPrintable(result.error()));
      QCOMPARE(rgbAt(result->resizedRgb, 56, 0, 0), rgbBytes(200, 100, 50));
      QCOMPARE(rgbAt(result->resizedRgb, 56, 1, 0), rgbBytes(10, 20, 30));
      QCOMPARE(rgbAt(result->resizedRgb, 56, 2, 0), rgbBytes(255, 255, 255));
      QCOMPARE(rgbAt(result->resizedRgb, 56, 55, 55), rgbBytes(200, 100, 50));
    }
  }

  void premultipliedImagesAreUnpremultiplied() {
    QImage image(2, 1, QImage::Format_ARGB32_Premultiplied);
    image.setPixel(0, 0, qRgba(100, 50, 20, 255));
    image.setPixel(1, 0, qRgba(50, 25, 10, 128)); // straight colour about (100, 50, 20)
    const RgbImage rgb = ImageDecoder::toRgb(image);
    QCOMPARE(rgb.pixels.left(3), rgbBytes(100, 50, 20));
    for (int c = 0; c < 3; ++c) // 50 * 255 / 128 = 99.6: Qt rounds, the value is not composited
      QVERIFY2(std::abs(int(uchar(rgb.pixels[3 + c])) - (c == 0   ? 100
                                                         : c == 1 ? 50
                                                                  : 20)) <= 1,
               qPrintable(QString::number(uchar(rgb.pixels[3 + c]))));
  }

  void paletteAndGreyAreExpanded() {
    QImage palette(56, 56, QImage::Format_Indexed8);
    palette.setColorTable({qRgba(1, 2, 3, 0), qRgb(250, 2, 3)});
    palette.fill(0);
    palette.setPixel(5, 5, 1);
    const QByteArray png = encode(palette, "png");
    QCOMPARE(int(png[25]), 3); // IHDR colour type: palette
    auto result = ImagePreprocessor(clipConfig()).fromData(png, QStringLiteral("palette.png"));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(rgbAt(result->resizedRgb, 56, 0, 0), rgbBytes(1, 2, 3)); // transparent entry keeps its colour
    QCOMPARE(rgbAt(result->resizedRgb, 56, 5, 5), rgbBytes(250, 2, 3));

    QImage grey(56, 56, QImage::Format_Grayscale8);
    grey.fill(77);
    auto g = ImagePreprocessor(clipConfig()).fromData(encode(grey, "png"), QStringLiteral("grey.png"));
    QVERIFY2(g, qPrintable(g.error()));
    QCOMPARE(rgbAt(g->resizedRgb, 56, 30, 30), rgbBytes(77, 77, 77));
  }

  void sixteenBitPngKeepsTheHighByte() {
    QImage colour(56, 56, QImage::Format_RGBX64);
    colour.fill(QColor::fromRgba64(0x12FF, 0xAB00, 0x0080));
    const QByteArray colourPng = encode(colour, "png");
    QCOMPARE(int(colourPng[24]), 16); // IHDR bit depth
    auto c = ImagePreprocessor(clipConfig()).fromData(colourPng, QStringLiteral("rgb16.png"));
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(rgbAt(c->resizedRgb, 56, 10, 10), rgbBytes(0x12, 0xAB, 0x00)); // PIL's RGB;16B unpacking

    QImage grey(56, 56, QImage::Format_Grayscale16);
    grey.fill(QColor::fromRgba64(0xC0FF, 0xC0FF, 0xC0FF));
    const QByteArray greyPng = encode(grey, "png");
    QCOMPARE(int(greyPng[24]), 16);
    auto g = ImagePreprocessor(clipConfig()).fromData(greyPng, QStringLiteral("grey16.png"));
    QVERIFY2(g, qPrintable(g.error()));
    // High byte (PIL would clip the 16-bit value to 255; see ImageDecoder).
    QCOMPARE(rgbAt(g->resizedRgb, 56, 10, 10), rgbBytes(0xC0, 0xC0, 0xC0));
  }

  void animatedGifUsesTheFirstFrame() {
    const QList<QRgb> palette = {qRgb(0, 0, 0), qRgb(200, 30, 40), qRgb(10, 220, 30), qRgb(255, 255, 255)};
    const QByteArray gif = animatedGif(56, 56, palette, {1, 2, 2});
    // Qt sees all three frames: the file really is animated.
    QBuffer buffer;
    buffer.setData(gif);
    QImageReader reader(&buffer);
    QCOMPARE(reader.imageCount(), 3);
    auto result = ImagePreprocessor(clipConfig()).fromFile(writeTemp(QStringLiteral("anim.gif"), gif));
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->width, 56);
    QCOMPARE(result->resizedRgb, rgbBytes(200, 30, 40).repeated(56 * 56));
  }

  void cmykJpegIsConverted() {
    const QByteArray jpeg = QByteArray::fromHex(kCmykJpegHex);
    auto decoded = ImageDecoder::decode(jpeg, QStringLiteral("cmyk.jpg"));
    QVERIFY2(decoded, qPrintable(decoded.error()));
    const RgbImage rgb = ImageDecoder::toRgb(*decoded);
    QCOMPARE(rgb.width, 16);
    QCOMPARE(rgb.height, 8);
    // PIL: nk = 255 - K, R = nk - MULDIV255(C, nk). Left: (255, 0, 0). Right, nk = 195:
    // 195 - 31 = 164, 195 - 61 = 134, 195 - 92 = 103. Qt truncates instead of rounding (<= 1
    // level apart) and the JPEG itself may move a value by one.
    const int expected[2][3] = {{255, 0, 0}, {164, 134, 103}};
    for (int block = 0; block < 2; ++block)
      for (int c = 0; c < 3; ++c) {
        const int got = uchar(rgbAt(rgb.pixels, 16, block * 8 + 3, 3)[c]);
        QVERIFY2(std::abs(got - expected[block][c]) <= 2,
                 qPrintable(QStringLiteral("block %1 channel %2: %3").arg(block).arg(c).arg(got)));
      }
    auto result = ImagePreprocessor(clipConfig()).fromData(jpeg, QStringLiteral("cmyk.jpg"));
    QVERIFY2(result, qPrintable(result.error()));
  }

  void exifOrientationIsApplied() {
    QImage image(40, 20, QImage::Format_RGB32);
    for (int x = 0; x < 40; ++x)
      for (int y = 0; y < 20; ++y)
        image.setPixel(x, y, x < 20 ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    // Orientation 6: display rotated 90 degrees clockwise, so the left (red) half ends on top.
    const QByteArray jpeg = withExifOrientation(encode(image, "jpeg", 95), 6);
    auto decoded = ImageDecoder::decode(jpeg, QStringLiteral("rotated.jpg"));
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->size(), QSize(20, 40));
    const RgbImage rgb = ImageDecoder::toRgb(*decoded);
    const QByteArray top = rgbAt(rgb.pixels, 20, 10, 5), bottom = rgbAt(rgb.pixels, 20, 10, 35);
    QVERIFY(uchar(top[0]) > 200 && uchar(top[2]) < 50);
    QVERIFY(uchar(bottom[2]) > 200 && uchar(bottom[0]) < 50);
  }

  void dataUrl() {
    const QImage image = noiseImage(60, 45);
    const QByteArray png = encode(image, "png");
    const ImagePreprocessor pre(clipConfig());
    auto direct = pre.fromData(png, QStringLiteral("noise.png"));
    QVERIFY2(direct, qPrintable(direct.error()));
    auto viaUrl = pre.fromDataUrl(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    QVERIFY2(viaUrl, qPrintable(viaUrl.error()));
    QCOMPARE(viaUrl->resizedRgb, direct->resizedRgb);
    QCOMPARE(viaUrl->pixelValues, direct->pixelValues);
    // Line breaks inside the base64 (as mail and some editors write it) are tolerated.
    QByteArray wrapped = png.toBase64();
    for (qsizetype at = 76; at < wrapped.size(); at += 77)
      wrapped.insert(at, '\n');
    auto wrappedUrl = pre.fromDataUrl(QStringLiteral("DATA:image/png;base64,") + QString::fromLatin1(wrapped));
    QVERIFY2(wrappedUrl, qPrintable(wrappedUrl.error()));
    QCOMPARE(wrappedUrl->resizedRgb, direct->resizedRgb);
  }

  void malformedDataUrls() {
    const ImagePreprocessor pre(clipConfig());
    expectError(pre.fromDataUrl(QStringLiteral("data:image/png;base64")), {QStringLiteral("no comma")});
    expectError(pre.fromDataUrl(QStringLiteral("data:image/png;base64,@@@not-base64@@@")),
                {QStringLiteral("data: URL"), QStringLiteral("base64")});
    expectError(pre.fromDataUrl(QStringLiteral("data:text/plain;base64,aGVsbG8=")), {QStringLiteral("text/plain")});
    expectError(pre.fromDataUrl(QStringLiteral("data:image/png,%89PNG")), {QStringLiteral("base64")});
    expectError(pre.fromDataUrl(QStringLiteral("https://example.org/cat.png")), {QStringLiteral("not a data: URL")});
    expectError(pre.fromDataUrl(QStringLiteral("data:image/png;base64,")), {QStringLiteral("empty")});
    expectError(pre.fromDataUrl(QStringLiteral("data:image/png;base64,aGVsbG8gd29ybGQ=")),
                {QStringLiteral("not an image")});
  }

  // ---- bad input: each refused with a message naming the file and the cause ----

  void zeroByteFile() {
    expectError(ImagePreprocessor(clipConfig()).fromFile(writeTemp(QStringLiteral("empty.png"), {})),
                {QStringLiteral("empty.png"), QStringLiteral("empty")});
  }

  void missingFile() {
    expectError(ImagePreprocessor(clipConfig()).fromFile(m_dir.filePath(QStringLiteral("nope.png"))),
                {QStringLiteral("nope.png"), QStringLiteral("not found")});
  }

  void deviceFileIsRefused() {
#ifdef Q_OS_UNIX
    // /dev/zero reports size 0 and never ends: it must be refused, not read.
    expectError(ImagePreprocessor(clipConfig()).fromFile(QStringLiteral("/dev/zero")),
                {QStringLiteral("zero"), QStringLiteral("not a regular file")});
#else
    QSKIP("no /dev/zero on this system");
#endif
  }

  void textRenamedPng() {
    const QString path = writeTemp(QStringLiteral("notes.png"), "These are my notes, not a picture.\n");
    expectError(ImagePreprocessor(clipConfig()).fromFile(path),
                {QStringLiteral("notes.png"), QStringLiteral("not an image")});
  }

  void truncatedPng() {
    const QByteArray png = encode(noiseImage(200, 150), "png");
    const QString path = writeTemp(QStringLiteral("cut.png"), png.left(png.size() * 6 / 10));
    expectError(ImagePreprocessor(clipConfig()).fromFile(path),
                {QStringLiteral("cut.png"), QStringLiteral("truncated")});
  }

  void truncatedJpeg() {
    const QByteArray jpeg = encode(noiseImage(200, 150), "jpeg", 90);
    QVERIFY(ImageDecoder::jpegIsComplete(jpeg));
    QVERIFY(ImagePreprocessor(clipConfig()).fromData(jpeg, QStringLiteral("whole.jpg")));
    const QString path = writeTemp(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() * 6 / 10));
    expectError(ImagePreprocessor(clipConfig()).fromFile(path),
                {QStringLiteral("cut.jpg"), QStringLiteral("ends early"), QStringLiteral("truncated")});
    QVERIFY(!ImageDecoder::jpegIsComplete(jpeg.left(jpeg.size() - 2))); // only the EOI missing
  }

  void hugeDeclaredSizeIsRefusedBeforeDecoding() {
    // The file holds 64 bytes of pixel data: decoding would fail differently, so the size
    // message proves the header was checked first.
    const QString path = writeTemp(QStringLiteral("bomb.png"), pngHeaderOnly(30000, 30000));
    expectError(ImagePreprocessor(clipConfig()).fromFile(path),
                {QStringLiteral("bomb.png"), QStringLiteral("30000 x 30000"), QStringLiteral("900 megapixels")});
  }

  // Damaged files of every kind come back as a value or an Error, never a crash or a hang.
  void corruptedInputsNeverCrash() {
    const QImage small = noiseImage(40, 30);
    const QList<QByteArray> originals = {
        encode(small, "png"),
        encode(small, "jpeg", 80),
        QByteArray::fromHex(kCmykJpegHex),
        animatedGif(30, 20, {qRgb(0, 0, 0), qRgb(200, 30, 40), qRgb(10, 220, 30), qRgb(255, 255, 255)}, {1, 2}),
        encode(small, "bmp"),
        encode(small, "webp")};
    const ImagePreprocessor pre(clipConfig());
    quint32 state = 2024;
    auto next = [&state] {
      state = state * 1664525u + 1013904223u;
      return state >> 8;
    };
    int accepted = 0, refused = 0;
    // libjpeg and libpng complain about every damaged file; those warnings are expected here.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
    for (const QByteArray &original : originals) {
      QVERIFY(!original.isEmpty());
      for (int round = 0; round < 40; ++round) {
        QByteArray bytes = original;
        const int edits = 1 + int(next() % 8);
        for (int e = 0; e < edits; ++e)
          bytes[qsizetype(next() % quint32(bytes.size()))] = char(next());
        if (round % 5 == 4)
          bytes.truncate(qsizetype(next() % quint32(bytes.size())));
        auto result = pre.fromData(bytes, QStringLiteral("mutated"));
        if (result) {
          ++accepted;
          QCOMPARE(qint64(result->pixelValues.size()), result->patchCount() * 1176);
        } else {
          ++refused;
          QVERIFY(result.error().startsWith(QStringLiteral("mutated: ")));
        }
      }
    }
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(accepted + refused, int(originals.size()) * 40);
  }

  void extremeAspectRatioIsRefused() {
    QImage strip(402, 2, QImage::Format_RGB32);
    strip.fill(Qt::white);
    expectError(ImagePreprocessor(clipConfig()).fromData(encode(strip, "png"), QStringLiteral("strip.png")),
                {QStringLiteral("strip.png"), QStringLiteral("aspect ratio"), QStringLiteral("201")});
  }
};

QTEST_GUILESS_MAIN(TestImagePreprocessor)
#include "tst_imagepreprocessor.moc"
