#pragma once

#include "model/imagedecoder.h"
#include "model/modelconfig.h"
#include "model/preprocessedimage.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <array>

namespace mdi {

// Qwen2-VL image preprocessing, reproducing Hugging Face's Qwen2VLImageProcessor (PIL backend)
// number for number: decode and convert to RGB as PIL does (ImageDecoder), choose the size with
// smart_resize (Python's double arithmetic and round-half-to-even; sides under one merge window
// are scaled up as transformers >= 4.53 does instead of refused), resize with PIL's antialiased
// bicubic (BicubicResampler), rescale by 1/255 and normalise with the configured mean/std in
// float32, then repeat the frame to temporal_patch_size and flatten it into patches ordered by
// merge window. Torch-free; const methods are thread-safe.
class ImagePreprocessor {
  Q_DECLARE_TR_FUNCTIONS(mdi::ImagePreprocessor)

public:
  static constexpr double kMaxAspectRatio = 200.0;

  explicit ImagePreprocessor(const PreprocessorConfig &config);

  // The pixel budget smart_resize works within; a user setting may lower it. Values <= 0
  // restore the configuration's; values below min_pixels are raised to it.
  void setMaxPixels(qint64 maxPixels);
  qint64 maxPixels() const { return m_maxPixels; }
  qint64 minPixels() const { return m_minPixels; }

  // maxSourcePixels: the most pixels the decoded image may have (checked from its header before
  // decoding); callers that share a budget across images pass what is left of it.
  Expected<PreprocessedImage> fromFile(const QString &path, qint64 maxSourcePixels = ImageDecoder::kMaxPixels) const;
  // label names it in errors
  Expected<PreprocessedImage> fromData(const QByteArray &bytes, const QString &label,
                                       qint64 maxSourcePixels = ImageDecoder::kMaxPixels) const;
  // data:image/...;base64,...
  Expected<PreprocessedImage> fromDataUrl(const QString &url, qint64 maxSourcePixels = ImageDecoder::kMaxPixels) const;
  Expected<PreprocessedImage> fromImage(const QImage &image) const;
  // The steps after decoding: an RGB image in, resized and patchified. `label` names it in errors.
  Expected<PreprocessedImage> fromRgb(const RgbImage &rgb, const QString &label = QString()) const;

  // Python-exact smart_resize; returns QSize(width, height) or an error (aspect > 200).
  static Expected<QSize> smartResize(int height, int width, int factor, qint64 minPixels, qint64 maxPixels);

private:
  qint64 m_minPixels;
  qint64 m_maxPixels;
  qint64 m_configMaxPixels;
  int m_patchSize;
  int m_temporalPatchSize;
  int m_mergeSize;
  // value[c][u]: the normalised float32 for channel c and byte u (the whole rescale + normalise).
  std::array<std::array<float, 256>, 3> m_lut;
};

} // namespace mdi
