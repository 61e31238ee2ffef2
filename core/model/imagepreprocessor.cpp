#include "model/imagepreprocessor.h"

#include "model/bicubicresampler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace mdi {

namespace {

// OpenAI CLIP statistics, transformers' defaults when preprocessor_config.json names none.
constexpr double kClipMean[3] = {0.48145466, 0.4578275, 0.40821073};
constexpr double kClipStd[3] = {0.26862954, 0.26130258, 0.27577711};

// Python's round() on a float: ties go to the even neighbour.
double pythonRound(double x) {
  const double f = std::floor(x);
  const double frac = x - f; // exact
  if (frac > 0.5)
    return f + 1;
  if (frac < 0.5)
    return f;
  return std::fmod(f, 2.0) == 0.0 ? f : f + 1;
}

QString withLabel(const QString &label, const QString &message) {
  return label.isEmpty() ? message : label + QStringLiteral(": ") + message;
}

} // namespace

ImagePreprocessor::ImagePreprocessor(const PreprocessorConfig &config) :
    m_minPixels(std::max<qint64>(config.minPixels, 1)), m_maxPixels(std::max(config.maxPixels, m_minPixels)),
    m_configMaxPixels(m_maxPixels), m_patchSize(config.patchSize), m_temporalPatchSize(config.temporalPatchSize),
    m_mergeSize(config.mergeSize) {
  Q_ASSERT(m_patchSize > 0 && m_temporalPatchSize > 0 && m_mergeSize > 0);
  const bool haveStats = config.imageMean.size() == 3 && config.imageStd.size() == 3;
  for (int c = 0; c < 3; ++c) {
    // numpy holds mean and std as float32 arrays, casts x = u8 * (1/255) (a double product) to
    // float32 and does the subtraction and division in float32.
    const float mean = float(haveStats ? config.imageMean.at(c) : kClipMean[c]);
    const float stdev = float(haveStats ? config.imageStd.at(c) : kClipStd[c]);
    for (int u = 0; u < 256; ++u) {
      const float x = float(double(u) * (1.0 / 255.0));
      m_lut[size_t(c)][size_t(u)] = (x - mean) / stdev;
    }
  }
}

void ImagePreprocessor::setMaxPixels(qint64 maxPixels) {
  m_maxPixels = maxPixels <= 0 ? m_configMaxPixels : std::max(maxPixels, m_minPixels);
}

Expected<QSize> ImagePreprocessor::smartResize(int height, int width, int factor, qint64 minPixels, qint64 maxPixels) {
  Q_ASSERT(factor > 0);
  if (height <= 0 || width <= 0)
    return makeError(tr("the image has no pixels (%1 x %2)").arg(width).arg(height));
  const double aspect = double(std::max(height, width)) / double(std::min(height, width));
  if (aspect > kMaxAspectRatio)
    return makeError(tr("the image is %1 x %2 pixels; its aspect ratio %3:1 is above the limit of %4:1")
                         .arg(width)
                         .arg(height)
                         .arg(QLocale::c().toString(aspect, 'f', 1))
                         .arg(kMaxAspectRatio));
  // The operation order below is transformers' and must stay so: every step rounds in double.
  const double f = factor;
  qint64 hBar = qint64(pythonRound(height / f)) * factor;
  qint64 wBar = qint64(pythonRound(width / f)) * factor;
  const double area = double(qint64(height) * width);
  if (hBar * wBar > maxPixels) {
    const double beta = std::sqrt(area / double(maxPixels));
    // transformers >= 4.53 keeps at least one window per side here.
    hBar = std::max<qint64>(factor, qint64(std::floor(height / beta / f)) * factor);
    wBar = std::max<qint64>(factor, qint64(std::floor(width / beta / f)) * factor);
  } else if (hBar * wBar < minPixels) {
    // Also where a side under one window rounded to 0 (transformers >= 4.53 upscales those;
    // 4.47 refused them).
    const double beta = std::sqrt(double(minPixels) / area);
    hBar = qint64(std::ceil(height * beta / f)) * factor;
    wBar = qint64(std::ceil(width * beta / f)) * factor;
  }
  // Only a min_pixels of 0 can leave a side at 0; an image needs at least one window.
  hBar = std::max<qint64>(hBar, factor);
  wBar = std::max<qint64>(wBar, factor);
  if (hBar > std::numeric_limits<int>::max() || wBar > std::numeric_limits<int>::max())
    return makeError(tr("the image is %1 x %2 pixels, too large to resize").arg(width).arg(height));
  return QSize(int(wBar), int(hBar));
}

Expected<PreprocessedImage> ImagePreprocessor::fromFile(const QString &path, qint64 maxSourcePixels) const {
  auto image = ImageDecoder::decodeFile(path, maxSourcePixels);
  if (!image)
    return makeError(image.error());
  return fromRgb(ImageDecoder::toRgb(*image), QFileInfo(path).fileName());
}

Expected<PreprocessedImage> ImagePreprocessor::fromData(const QByteArray &bytes, const QString &label,
                                                        qint64 maxSourcePixels) const {
  auto image = ImageDecoder::decode(bytes, label, maxSourcePixels);
  if (!image)
    return makeError(image.error());
  return fromRgb(ImageDecoder::toRgb(*image), label);
}

Expected<PreprocessedImage> ImagePreprocessor::fromDataUrl(const QString &url, qint64 maxSourcePixels) const {
  const QString label = tr("image from a data: URL");
  if (!url.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
    return makeError(withLabel(label, tr("not a data: URL (it must start with \"data:\")")));
  const qsizetype comma = url.indexOf(QLatin1Char(','));
  if (comma < 0)
    return makeError(withLabel(label, tr("malformed data: URL: no comma before the data")));
  // data:[<media type>][;parameter=value]*[;base64],<data>
  const QStringList params = url.mid(5, comma - 5).split(QLatin1Char(';'));
  const QString mediaType = params.first().trimmed().toLower();
  if (!params.contains(QLatin1String("base64"), Qt::CaseInsensitive))
    return makeError(withLabel(label, tr("only base64-encoded data: URLs are supported")));
  if (!mediaType.isEmpty() && !mediaType.startsWith(QLatin1String("image/")))
    return makeError(withLabel(label, tr("the data: URL holds \"%1\", not an image").arg(mediaType)));
  const qsizetype encodedSize = url.size() - comma - 1;
  if (encodedSize / 4 * 3 > ImageDecoder::kMaxFileBytes)
    return makeError(withLabel(
        label,
        tr("the data: URL holds over %1 MB; larger images are not accepted").arg(ImageDecoder::kMaxFileBytes >> 20)));
  QByteArray encoded = url.mid(comma + 1).toLatin1();
  encoded.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
  encoded.replace('\t', QByteArray());
  auto decoded =
      QByteArray::fromBase64Encoding(encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    decoded = QByteArray::fromBase64Encoding(encoded,
                                             QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return makeError(withLabel(label, tr("malformed data: URL: the base64 data is invalid")));
  return fromData(*decoded, label, maxSourcePixels);
}

Expected<PreprocessedImage> ImagePreprocessor::fromImage(const QImage &image) const {
  const QString label = tr("image");
  if (image.isNull())
    return makeError(withLabel(label, tr("the image is empty")));
  return fromRgb(ImageDecoder::toRgb(image), label);
}

Expected<PreprocessedImage> ImagePreprocessor::fromRgb(const RgbImage &rgb, const QString &label) const {
  if (rgb.isNull())
    return makeError(withLabel(label, tr("the image is empty")));
  Q_ASSERT(rgb.pixels.size() == qsizetype(rgb.width) * rgb.height * 3);
  const int factor = m_patchSize * m_mergeSize;
  auto size = smartResize(rgb.height, rgb.width, factor, m_minPixels, m_maxPixels);
  if (!size)
    return makeError(withLabel(label, size.error()));

  PreprocessedImage out;
  out.width = size->width();
  out.height = size->height();
  out.sourceWidth = rgb.width;
  out.sourceHeight = rgb.height;
  out.gridT = 1; // one frame repeated to temporal_patch_size makes one temporal patch
  out.gridH = out.height / m_patchSize;
  out.gridW = out.width / m_patchSize;
  out.resizedRgb = out.width == rgb.width && out.height == rgb.height
                       ? rgb.pixels
                       : BicubicResampler::resize(reinterpret_cast<const uchar *>(rgb.pixels.constData()), rgb.width,
                                                  rgb.height, 3, qsizetype(rgb.width) * 3, out.width, out.height);

  // Rows: (grid_t, h / merge, w / merge, merge, merge); columns: (channel, t, y, x).
  const int p = m_patchSize;
  const int m = m_mergeSize;
  const int T = m_temporalPatchSize;
  const qsizetype plane = qsizetype(p) * p;
  out.pixelValues.resize(size_t(out.patchCount() * 3 * T * plane));
  float *dst = out.pixelValues.data();
  const auto *src = reinterpret_cast<const uchar *>(out.resizedRgb.constData());
  const qsizetype stride = qsizetype(out.width) * 3;
  for (int bh = 0; bh < out.gridH / m; ++bh) {
    for (int bw = 0; bw < out.gridW / m; ++bw) {
      for (int mh = 0; mh < m; ++mh) {
        for (int mw = 0; mw < m; ++mw) {
          const uchar *patch = src + qsizetype((bh * m + mh) * p) * stride + qsizetype((bw * m + mw) * p) * 3;
          for (int c = 0; c < 3; ++c) {
            const float *lut = m_lut[size_t(c)].data();
            float *first = dst;
            for (int y = 0; y < p; ++y) {
              const uchar *row = patch + y * stride + c;
              for (int x = 0; x < p; ++x)
                *dst++ = lut[row[x * 3]];
            }
            for (int t = 1; t < T; ++t, dst += plane)
              std::memcpy(dst, first, size_t(plane) * sizeof(float));
          }
        }
      }
    }
  }
  Q_ASSERT(dst == out.pixelValues.data() + out.pixelValues.size());
  return out;
}

} // namespace mdi
