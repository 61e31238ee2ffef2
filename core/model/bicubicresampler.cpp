// The kernel arithmetic below must round exactly as Pillow's C code does; a fused multiply-add
// would change the last bit of a weight and with it, now and then, an output pixel.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "model/bicubicresampler.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mdi {

namespace {

constexpr double kSupport = 2.0; // the cubic kernel is zero beyond |x| = 2

// Keys' cubic convolution kernel with a = -0.5, written in Pillow's operation order.
double bicubic(double x) {
  constexpr double a = -0.5;
  if (x < 0.0)
    x = -x;
  if (x < 1.0)
    return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2.0)
    return (((x - 5) * x + 8) * x - 4) * a;
  return 0.0;
}

inline uchar clip8(qint32 sum) {
  const qint32 v = sum >> BicubicResampler::kPrecisionBits;
  return uchar(v < 0 ? 0 : (v > 255 ? 255 : v));
}

// Horizontal pass over rows [rowFirst, rowFirst + rows) of the source; the channel count is a
// template parameter so that the per-pixel loop unrolls.
template <int C>
void resampleHorizontal(const uchar *src, qsizetype srcStride, int rowFirst, int rows,
                        const BicubicResampler::Kernel &k, int outWidth, uchar *dst) {
  constexpr qint32 half = qint32(1) << (BicubicResampler::kPrecisionBits - 1);
  const qsizetype dstStride = qsizetype(outWidth) * C;
  for (int y = 0; y < rows; ++y) {
    const uchar *in = src + qsizetype(rowFirst + y) * srcStride;
    uchar *out = dst + qsizetype(y) * dstStride;
    for (int xx = 0; xx < outWidth; ++xx) {
      const qint32 *w = k.coefficients.data() + qsizetype(xx) * k.taps;
      const uchar *p = in + qsizetype(k.first[size_t(xx)]) * C;
      const int n = k.count[size_t(xx)];
      qint32 s[C];
      for (int c = 0; c < C; ++c)
        s[c] = half;
      for (int x = 0; x < n; ++x, p += C)
        for (int c = 0; c < C; ++c)
          s[c] += p[c] * w[x];
      for (int c = 0; c < C; ++c)
        *out++ = clip8(s[c]);
    }
  }
}

void resampleHorizontal(const uchar *src, qsizetype srcStride, int rowFirst, int rows, int channels,
                        const BicubicResampler::Kernel &k, int outWidth, uchar *dst) {
  switch (channels) {
  case 1:
    return resampleHorizontal<1>(src, srcStride, rowFirst, rows, k, outWidth, dst);
  case 2:
    return resampleHorizontal<2>(src, srcStride, rowFirst, rows, k, outWidth, dst);
  case 3:
    return resampleHorizontal<3>(src, srcStride, rowFirst, rows, k, outWidth, dst);
  default:
    return resampleHorizontal<4>(src, srcStride, rowFirst, rows, k, outWidth, dst);
  }
}

// Vertical pass; `src` rows are counted from the first row the kernel uses (rowOffset).
// Integer sums are exact, so accumulating a whole row per tap gives Pillow's result while
// letting the compiler vectorise the inner loop.
void resampleVertical(const uchar *src, qsizetype srcStride, int rowOffset, qsizetype rowBytes,
                      const BicubicResampler::Kernel &k, int outHeight, uchar *dst) {
  constexpr qint32 half = qint32(1) << (BicubicResampler::kPrecisionBits - 1);
  std::vector<qint32> acc(static_cast<size_t>(rowBytes));
  for (int yy = 0; yy < outHeight; ++yy) {
    std::fill(acc.begin(), acc.end(), half);
    const qint32 *w = k.coefficients.data() + qsizetype(yy) * k.taps;
    const int first = k.first[size_t(yy)] - rowOffset;
    for (int y = 0; y < k.count[size_t(yy)]; ++y) {
      const uchar *in = src + qsizetype(first + y) * srcStride;
      const qint32 weight = w[y];
      qint32 *a = acc.data();
      for (qsizetype i = 0; i < rowBytes; ++i)
        a[i] += in[i] * weight;
    }
    uchar *out = dst + qsizetype(yy) * rowBytes;
    for (qsizetype i = 0; i < rowBytes; ++i)
      out[i] = clip8(acc[size_t(i)]);
  }
}

} // namespace

BicubicResampler::Kernel BicubicResampler::kernel(int inSize, int outSize) {
  Q_ASSERT(inSize > 0 && outSize > 0);
  Kernel k;
  // Pillow resizes the box (0, 0, in, in) given as floats; in1 - in0 is exact for any image.
  const double scale = double(float(inSize) - 0.0f) / outSize;
  const double filterScale = std::max(scale, 1.0);
  const double support = kSupport * filterScale;
  k.taps = int(std::ceil(support)) * 2 + 1;
  k.first.resize(size_t(outSize));
  k.count.resize(size_t(outSize));
  k.coefficients.assign(size_t(outSize) * size_t(k.taps), 0);
  std::vector<double> weights(size_t(k.taps));
  const double invFilterScale = 1.0 / filterScale;
  for (int xx = 0; xx < outSize; ++xx) {
    const double center = (xx + 0.5) * scale;
    // Pillow "rounds" with a truncating cast, toward zero also for negative values.
    const int xmin = std::max(int(center - support + 0.5), 0);
    const int xmax = std::min(int(center + support + 0.5), inSize) - xmin;
    double sum = 0.0;
    for (int x = 0; x < xmax; ++x) {
      const double w = bicubic((x + xmin - center + 0.5) * invFilterScale);
      weights[size_t(x)] = w;
      sum += w;
    }
    qint32 *fixed = k.coefficients.data() + qsizetype(xx) * k.taps;
    for (int x = 0; x < xmax; ++x) {
      const double w = sum != 0.0 ? weights[size_t(x)] / sum : weights[size_t(x)];
      fixed[x] = w < 0 ? qint32(-0.5 + w * (1 << kPrecisionBits)) : qint32(0.5 + w * (1 << kPrecisionBits));
    }
    k.first[size_t(xx)] = xmin;
    k.count[size_t(xx)] = xmax;
  }
  return k;
}

QByteArray BicubicResampler::resize(const uchar *pixels, int width, int height, int channels, qsizetype bytesPerLine,
                                    int newWidth, int newHeight) {
  Q_ASSERT(pixels && width > 0 && height > 0 && newWidth > 0 && newHeight > 0);
  Q_ASSERT(channels >= 1 && channels <= 4);
  Q_ASSERT(bytesPerLine >= qsizetype(width) * channels);
  const qsizetype outRowBytes = qsizetype(newWidth) * channels;
  QByteArray result(outRowBytes * newHeight, Qt::Uninitialized);
  uchar *out = reinterpret_cast<uchar *>(result.data());

  const bool needHorizontal = newWidth != width;
  const bool needVertical = newHeight != height;
  if (!needHorizontal && !needVertical) {
    for (int y = 0; y < height; ++y)
      std::memcpy(out + y * outRowBytes, pixels + y * bytesPerLine, size_t(outRowBytes));
    return result;
  }

  const Kernel vertical = kernel(height, newHeight);
  if (!needHorizontal) {
    resampleVertical(pixels, bytesPerLine, 0, outRowBytes, vertical, newHeight, out);
    return result;
  }

  const Kernel horizontal = kernel(width, newWidth);
  if (!needVertical) {
    resampleHorizontal(pixels, bytesPerLine, 0, height, channels, horizontal, newWidth, out);
    return result;
  }
  // As Pillow does, the horizontal pass only covers the rows the vertical kernel reads.
  const int rowFirst = vertical.first.front();
  const int rowLast = vertical.first.back() + vertical.count.back();
  std::vector<uchar> temp(size_t(rowLast - rowFirst) * size_t(outRowBytes));
  resampleHorizontal(pixels, bytesPerLine, rowFirst, rowLast - rowFirst, channels, horizontal, newWidth, temp.data());
  resampleVertical(temp.data(), outRowBytes, rowFirst, outRowBytes, vertical, newHeight, out);
  return result;
}

} // namespace mdi
