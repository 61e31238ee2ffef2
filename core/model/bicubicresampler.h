#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace mdi {

// Pillow's Image.resize(..., BICUBIC) on 8-bit interleaved pixels, bit for bit (the algorithm
// of ImagingResample in libImaging/Resample.c, Pillow 9.4): a separable convolution, horizontal
// pass first, with the cubic kernel a = -0.5 whose support grows with the downscale factor
// (antialiasing), weights normalised to sum 1 and rounded to fixed point with 22 fraction bits,
// and each pass rounded and clipped to 0..255. Qwen2-VL's reference preprocessing resizes with
// it, so any other resampler changes the model's input. Stateless and thread-safe.
class BicubicResampler {
public:
  static constexpr int kPrecisionBits = 32 - 8 - 2;

  // The fixed-point filter for one axis: output pixel i reads `count[i]` input pixels from
  // `first[i]` on, with weights coefficients[i * taps .. i * taps + count[i]).
  struct Kernel {
    int taps = 0;
    std::vector<int> first;
    std::vector<int> count;
    std::vector<qint32> coefficients;
  };
  static Kernel kernel(int inSize, int outSize);

  // Resizes `height` rows of `width` pixels with `channels` (1..4) bytes each; rows start
  // `bytesPerLine` bytes apart. Returns newHeight rows of newWidth * channels bytes, unpadded.
  static QByteArray resize(const uchar *pixels, int width, int height, int channels, qsizetype bytesPerLine,
                           int newWidth, int newHeight);
};

} // namespace mdi
