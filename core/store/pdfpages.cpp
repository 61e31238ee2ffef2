#include "store/pdfpages.h"

#include "model/imagepreprocessor.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QUrl>

#include <cmath>

#ifdef MDI_HAVE_POPPLER
#include <poppler-qt6.h>

#include <mutex>
#endif

namespace mdi {

namespace {

// Qwen2-VL's image geometry: 14-px patches merged 2 x 2, and its min_pixels.
constexpr int kTokenSide = 28;
constexpr qint64 kMinImagePixels = 56 * 56;

QString fileLabel(const QString &path) {
  return QFileInfo(path).fileName();
}

QString pngDataUrl(const QImage &image) {
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

#ifdef MDI_HAVE_POPPLER
struct PdfPages::Document {
  std::unique_ptr<Poppler::Document> pdf;
};
#else
struct PdfPages::Document {};
#endif

PdfPages::PdfPages(std::shared_ptr<Document> document, const QString &label) :
    m_document(std::move(document)), m_label(label) {}

bool PdfPages::isAvailable() {
#ifdef MDI_HAVE_POPPLER
  return true;
#else
  return false;
#endif
}

QString PdfPages::notBuiltMessage() {
  return tr("PDF support was not built in: this copy of MDI Chat was built without poppler-qt6. Attach the "
            "pages as images instead (a screenshot or an export from a PDF viewer).");
}

bool PdfPages::looksLikePdf(const QByteArray &head) {
  return head.left(1024).contains("%PDF-");
}

bool PdfPages::isPdfFile(const QString &path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return false;
  return looksLikePdf(file.read(1024));
}

bool PdfPages::isPdfDataUrl(const QString &reference) {
  return reference.startsWith(QLatin1String("data:application/pdf"), Qt::CaseInsensitive);
}

Expected<PdfPages> PdfPages::fromFile(const QString &path) {
  const QString label = fileLabel(path);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(tr("%1 cannot be read: %2").arg(label, file.errorString()));
  if (file.size() > kMaxFileBytes)
    return makeError(tr("%1 is larger than %2 MB; larger PDFs are not accepted").arg(label).arg(kMaxFileBytes >> 20));
  return fromData(file.readAll(), label);
}

Expected<PdfPages> PdfPages::fromDataUrl(const QString &url) {
  const QString label = tr("PDF from a data: URL");
  const qsizetype comma = url.indexOf(QLatin1Char(','));
  if (!isPdfDataUrl(url) || comma < 0)
    return makeError(tr("%1: malformed data: URL (data:application/pdf;base64,...)").arg(label));
  if (!url.left(comma).contains(QLatin1String(";base64"), Qt::CaseInsensitive))
    return makeError(tr("%1: only base64-encoded data: URLs are supported").arg(label));
  if ((url.size() - comma - 1) / 4 * 3 > kMaxFileBytes)
    return makeError(tr("%1: it holds over %2 MB; larger PDFs are not accepted").arg(label).arg(kMaxFileBytes >> 20));
  QByteArray encoded = url.mid(comma + 1).toLatin1();
  encoded.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
  auto decoded =
      QByteArray::fromBase64Encoding(encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return makeError(tr("%1: malformed data: URL: the base64 data is invalid").arg(label));
  return fromData(*decoded, label);
}

Expected<PdfPages> PdfPages::fromData(const QByteArray &bytes, const QString &label) {
  if (!isAvailable())
    return makeError(tr("%1: %2").arg(label, notBuiltMessage()));
  if (bytes.size() > kMaxFileBytes)
    return makeError(tr("%1 is larger than %2 MB; larger PDFs are not accepted").arg(label).arg(kMaxFileBytes >> 20));
  if (!looksLikePdf(bytes))
    return makeError(tr("%1 is not a PDF file").arg(label));
#ifdef MDI_HAVE_POPPLER
  // Poppler reports what it finds wrong in a file on stderr; the caller gets one clear error.
  static std::once_flag quiet;
  std::call_once(quiet, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {}); });
  auto document = std::make_shared<Document>();
  document->pdf = Poppler::Document::loadFromData(bytes);
  if (!document->pdf)
    return makeError(tr("%1 cannot be read as a PDF: the file is damaged").arg(label));
  if (document->pdf->isLocked())
    return makeError(tr("%1 is protected by a password; save a copy without the password and attach that").arg(label));
  if (document->pdf->numPages() < 1)
    return makeError(tr("%1 has no pages").arg(label));
  document->pdf->setRenderHint(Poppler::Document::Antialiasing);
  document->pdf->setRenderHint(Poppler::Document::TextAntialiasing);
  document->pdf->setPaperColor(Qt::white);
  return PdfPages(std::move(document), label);
#else
  return makeError(tr("%1: %2").arg(label, notBuiltMessage()));
#endif
}

int PdfPages::pageCount() const {
#ifdef MDI_HAVE_POPPLER
  return m_document && m_document->pdf ? m_document->pdf->numPages() : 0;
#else
  return 0;
#endif
}

double PdfPages::dpiFor(QSizeF points, qint64 maxPixels) {
  if (!(points.width() > 0) || !(points.height() > 0) || maxPixels <= 0)
    return 0;
  // pixels = (w / 72 * dpi) * (h / 72 * dpi) <= maxPixels
  const double dpi = 72.0 * std::sqrt(double(maxPixels) / (points.width() * points.height()));
  return std::min(dpi, kMaxDpi);
}

QSize PdfPages::pagePixelSize(int number, qint64 maxPixels) const {
#ifdef MDI_HAVE_POPPLER
  if (number < 1 || number > pageCount())
    return {};
  const std::unique_ptr<Poppler::Page> page = m_document->pdf->page(number - 1);
  if (!page)
    return {};
  const QSizeF points = page->pageSizeF();
  const double dpi = dpiFor(points, maxPixels);
  // Rounded down: a page never exceeds the budget, and keeps at least one pixel per side.
  return {qMax(1, int(points.width() * dpi / 72.0)), qMax(1, int(points.height() * dpi / 72.0))};
#else
  Q_UNUSED(number)
  Q_UNUSED(maxPixels)
  return {};
#endif
}

Expected<QImage> PdfPages::renderPage(int number, qint64 maxPixels) const {
  if (!isAvailable())
    return makeError(notBuiltMessage());
  if (number < 1 || number > pageCount())
    return makeError(tr("%1 has %n page(s); there is no page %2", nullptr, pageCount()).arg(m_label).arg(number));
#ifdef MDI_HAVE_POPPLER
  const std::unique_ptr<Poppler::Page> page = m_document->pdf->page(number - 1);
  const QSize size = pagePixelSize(number, maxPixels);
  if (!page || size.isEmpty())
    return makeError(tr("%1: page %2 has no size and cannot be shown").arg(m_label).arg(number));
  const QSizeF points = page->pageSizeF();
  const double xDpi = size.width() * 72.0 / points.width();
  const double yDpi = size.height() * 72.0 / points.height();
  QImage rendered = page->renderToImage(xDpi, yDpi, 0, 0, size.width(), size.height());
  if (rendered.isNull())
    return makeError(tr("%1: page %2 could not be drawn (the file may be damaged)").arg(m_label).arg(number));
  // On white paper without alpha: the model's RGB conversion drops alpha without compositing.
  QImage page8(rendered.size(), QImage::Format_RGB888);
  page8.fill(Qt::white);
  QPainter painter(&page8);
  painter.drawImage(0, 0, rendered);
  painter.end();
  return page8;
#else
  Q_UNUSED(maxPixels)
  return makeError(notBuiltMessage());
#endif
}

Expected<QList<QImage>> PdfPages::renderPages(int first, int last, qint64 maxPixels) const {
  const int count = pageCount();
  if (first < 1 || last < first || last > count)
    return makeError(
        tr("%1 has %n page(s); pages %2 to %3 cannot be taken", nullptr, count).arg(m_label).arg(first).arg(last));
  if (last - first + 1 > kMaxPages)
    return makeError(tr("%1: %2 pages are more than one message takes (at most %3); choose fewer pages")
                         .arg(m_label)
                         .arg(last - first + 1)
                         .arg(kMaxPages));
  QList<QImage> pages;
  for (int number = first; number <= last; ++number) {
    auto page = renderPage(number, maxPixels);
    if (!page)
      return makeError(page.error());
    pages.append(std::move(*page));
  }
  return pages;
}

qint64 PdfPages::estimatedTokens(QSize pixels, qint64 maxPixels) {
  if (pixels.isEmpty())
    return 0;
  auto resized = ImagePreprocessor::smartResize(pixels.height(), pixels.width(), kTokenSide, kMinImagePixels,
                                                qMax(maxPixels, kMinImagePixels));
  if (!resized)
    return 0;
  return qint64(resized->width() / kTokenSide) * (resized->height() / kTokenSide);
}

qint64 PdfPages::estimatedTokens(int first, int last, qint64 maxPixels) const {
  qint64 tokens = 0;
  for (int number = qMax(1, first); number <= qMin(last, pageCount()); ++number)
    tokens += estimatedTokens(pagePixelSize(number, maxPixels), maxPixels);
  return tokens;
}

int PdfPages::lastPageWithin(int first, qint64 tokenBudget, qint64 maxPixels) const {
  const int end = qMin(pageCount(), first + kMaxPages - 1);
  qint64 tokens = 0;
  int last = first - 1;
  for (int number = first; number <= end; ++number) {
    tokens += estimatedTokens(pagePixelSize(number, maxPixels), maxPixels);
    if (tokenBudget > 0 && tokens > tokenBudget)
      break;
    last = number;
  }
  return last;
}

Status PdfPages::expandMessages(QList<ChatMessage> &messages, const ExpandOptions &options) {
  int pagesUsed = 0;
  for (ChatMessage &message : messages) {
    QList<ChatPart> parts;
    bool changed = false;
    for (const ChatPart &part : std::as_const(message.parts)) {
      if (part.kind != ChatPart::Kind::Image) {
        parts.append(part);
        continue;
      }
      Expected<PdfPages> pdf = makeError(QString());
      if (isPdfDataUrl(part.text)) {
        pdf = fromDataUrl(part.text);
      } else if (options.allowFiles && !part.text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        QString path = part.text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(part.text).toLocalFile()
                                                                                         : part.text;
        if (QFileInfo(path).isRelative() && !options.baseDir.isEmpty())
          path = QDir(options.baseDir).filePath(path);
        if (!isPdfFile(path)) {
          parts.append(part);
          continue;
        }
        pdf = fromFile(path);
      } else {
        parts.append(part);
        continue;
      }
      if (!pdf)
        return makeError(pdf.error());
      const int count = pdf->pageCount();
      if (pagesUsed + count > options.maxPages)
        return makeError(tr("%1 has %n page(s); with the pages before it that is more than %2, the most one request "
                            "takes",
                            nullptr, count)
                             .arg(pdf->label())
                             .arg(options.maxPages));
      auto pages = pdf->renderPages(1, count, options.maxPixels);
      if (!pages)
        return makeError(pages.error());
      for (const QImage &page : std::as_const(*pages))
        parts.append(ChatPart::makeImage(pngDataUrl(page)));
      pagesUsed += count;
      changed = true;
    }
    if (changed)
      message.parts = std::move(parts);
  }
  return Status::ok();
}

} // namespace mdi
