#include "model/bicubicresampler.h"

#include <QTest>

using namespace mdi;

// Expected values are worked out by hand from Pillow's algorithm (see each comment); the
// bit-exact comparison with Pillow's own output is in tst_imagepreprocessor (fixtures).
class TestBicubicResampler : public QObject {
  Q_OBJECT

private:
  static QByteArray resizeRow(const QByteArray &row, int newWidth, int channels = 1) {
    return BicubicResampler::resize(reinterpret_cast<const uchar *>(row.constData()), int(row.size()) / channels, 1,
                                    channels, row.size(), newWidth, 1);
  }
  static QByteArray bytes(std::initializer_list<int> values) {
    QByteArray b;
    for (int v : values)
      b.append(char(uchar(v)));
    return b;
  }

private Q_SLOTS:
  // 2 -> 1: scale 2, support 4, centre 1; both taps at |x| = 0.25 weigh 0.8671875, normalised
  // to 0.5 each = 2^21 in fixed point; (0 * 2^21 + 255 * 2^21 + 2^21) >> 22 = 128.
  void halvingAveragesAndRoundsHalfUp() {
    QCOMPARE(resizeRow(bytes({0, 255}), 1), bytes({128}));
    QCOMPARE(resizeRow(bytes({255, 0, 10, 20, 100, 101}), 1, 3), bytes({138, 50, 56})); // (a + b + 1) / 2
  }

  // 4 -> 2: output 0 has centre 1 and taps x = 0..3 at (x - 1 + 0.5) / 2 = -0.25, 0.25, 0.75, 1.25,
  // weights 0.8671875, 0.8671875, 0.2265625, -0.0703125 (sum 1.890625):
  // (10 * 0.8671875 + 20 * 0.8671875 + 30 * 0.2265625 - 40 * 0.0703125) / 1.890625 = 15.87 -> 16.
  // Output 1 (centre 3) has the mirrored weights: (-10 * 0.0703125 + 20 * 0.2265625 + 30 *
  // 0.8671875 + 40 * 0.8671875) / 1.890625 = 34.13 -> 34.
  void downscaleUsesWidenedKernel() {
    QCOMPARE(resizeRow(bytes({10, 20, 30, 40}), 2), bytes({16, 34}));
    const BicubicResampler::Kernel k = BicubicResampler::kernel(4, 2);
    QCOMPARE(k.taps, 9); // ceil(2 * 2) * 2 + 1
    QCOMPARE(k.first, (std::vector<int>{0, 0}));
    QCOMPARE(k.count, (std::vector<int>{4, 4}));
    // Fixed point, rounded half away from zero: 0.8671875 / 1.890625 * 2^22 = 1923833.65,
    // 0.2265625 / 1.890625 * 2^22 = 502623.2, -0.0703125 / 1.890625 * 2^22 = -155986.5.
    QCOMPARE(k.coefficients[0], 1923834);
    QCOMPARE(k.coefficients[1], 1923834);
    QCOMPARE(k.coefficients[2], 502623);
    QCOMPARE(k.coefficients[3], -155987);
    QCOMPARE(k.coefficients[4], 0);       // unused taps stay zero
    QCOMPARE(k.coefficients[9], -155987); // output 1 starts with the negative lobe
  }

  // 2 -> 4 (upscale, support 2): centres 0.25, 0.75, 1.25, 1.75. Output 0 reads x = 0, 1 with
  // weights k(0.25) = 0.8671875, k(1.25) = -0.0703125 -> 255 * -0.0703125 / 0.796875 < 0 -> 0;
  // output 1: k(0.25), k(0.75) = 0.2265625 -> 255 * 0.2265625 / 1.09375 = 52.8 -> 53; output 2
  // mirrors to 202.2 -> 202; output 3 overshoots to 277.5 and clips to 255.
  void upscaleOvershootIsClipped() { QCOMPARE(resizeRow(bytes({0, 255}), 4), bytes({0, 53, 202, 255})); }

  void sameSizeIsACopy() {
    const QByteArray src = bytes({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    // 2 x 2 pixels, 3 channels, rows 6 bytes apart.
    QCOMPARE(BicubicResampler::resize(reinterpret_cast<const uchar *>(src.constData()), 2, 2, 3, 6, 2, 2), src);
  }

  // The normalised weights sum to 2^22 within rounding, so a flat image stays flat in every
  // direction and size.
  void constantImageStaysConstant() {
    const QList<QSize> sizes = {{37, 23}, {100, 7}, {5, 200}, {37, 11}, {1, 1}, {64, 64}};
    for (int value : {0, 1, 77, 254, 255}) {
      QByteArray src(37 * 23 * 3, char(value));
      for (const QSize &s : sizes) {
        const QByteArray out = BicubicResampler::resize(reinterpret_cast<const uchar *>(src.constData()), 37, 23, 3,
                                                        37 * 3, s.width(), s.height());
        QCOMPARE(out.size(), qsizetype(s.width()) * s.height() * 3);
        QVERIFY2(out == QByteArray(out.size(), char(value)),
                 qPrintable(QStringLiteral("value %1 to %2x%3").arg(value).arg(s.width()).arg(s.height())));
      }
    }
  }

  // Channels never mix, and rows may be padded: an RGB image resized at once equals each
  // channel resized alone.
  void channelsAreIndependentAndStrideIsHonoured() {
    const int w = 13, h = 9, stride = w * 3 + 5;
    QByteArray rgb(stride * h, char(0xEE));
    QByteArray planes[3];
    for (auto &p : planes)
      p.resize(w * h);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        for (int c = 0; c < 3; ++c) {
          const char v = char((x * 37 + y * 91 + c * 53) % 256);
          rgb[y * stride + x * 3 + c] = v;
          planes[c][y * w + x] = v;
        }
    const QByteArray out =
        BicubicResampler::resize(reinterpret_cast<const uchar *>(rgb.constData()), w, h, 3, stride, 6, 20);
    for (int c = 0; c < 3; ++c) {
      const QByteArray plane =
          BicubicResampler::resize(reinterpret_cast<const uchar *>(planes[c].constData()), w, h, 1, w, 6, 20);
      for (int i = 0; i < 6 * 20; ++i)
        QCOMPARE(out[i * 3 + c], plane[i]);
    }
  }
};

QTEST_GUILESS_MAIN(TestBicubicResampler)
#include "tst_bicubicresampler.moc"
