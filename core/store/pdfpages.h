#pragma once

#include "model/chatmessage.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <memory>

namespace mdi {

// The pages of a PDF as images for the model, which reads pictures, not PDFs: the desktop's
// composer, `mdi-run --image doc.pdf` and the local API (data:application/pdf image URLs) all
// come through here. Rendering uses poppler's Qt 6 binding when the build found it
// (isAvailable()); without it every call fails with notBuiltMessage(). Untrusted input is
// bounded: the file's size (as an image's), at most kMaxPages pages per message, and each page's
// resolution chosen so that it holds at most `maxPixels` (kDefaultPagePixels: about 1300 image
// tokens for an A4 page, text still legible) and never more than kMaxDpi. A damaged, encrypted
// or non-PDF file is an error naming it. Pages are rendered on white paper and returned
// without alpha. An object is used from one thread at a time; the static functions are
// thread-safe.
class PdfPages {
  Q_DECLARE_TR_FUNCTIONS(mdi::PdfPages)

public:
  static constexpr int kMaxPages = 32;
  static constexpr qint64 kDefaultPagePixels = 1024LL * 1024;
  static constexpr double kMaxDpi = 200.0;
  static constexpr qint64 kMaxFileBytes = 256LL << 20;

  // Whether this build renders PDFs (poppler-qt6 was found).
  static bool isAvailable();
  static QString notBuiltMessage();
  // "%PDF-" near the start, as readers accept it (some files carry a few bytes before it).
  static bool looksLikePdf(const QByteArray &head);
  // Reads the first kilobyte of the file; false when it cannot be read.
  static bool isPdfFile(const QString &path);
  // data:application/pdf[;...],...
  static bool isPdfDataUrl(const QString &reference);

  static Expected<PdfPages> fromFile(const QString &path);
  // `label` names the document in messages (a file name, "PDF from a data: URL").
  static Expected<PdfPages> fromData(const QByteArray &bytes, const QString &label);
  // data:application/pdf;base64,...
  static Expected<PdfPages> fromDataUrl(const QString &url);

  QString label() const { return m_label; }
  int pageCount() const;
  // The size in pixels page `number` (1-based) renders at within maxPixels; empty for a page that
  // does not exist.
  QSize pagePixelSize(int number, qint64 maxPixels = kDefaultPagePixels) const;
  Expected<QImage> renderPage(int number, qint64 maxPixels = kDefaultPagePixels) const;
  // Pages first..last, 1-based and inclusive; more than kMaxPages of them is an error.
  Expected<QList<QImage>> renderPages(int first, int last, qint64 maxPixels = kDefaultPagePixels) const;

  // About how many image tokens pages first..last take (estimatedTokens of each page's size).
  qint64 estimatedTokens(int first, int last, qint64 maxPixels = kDefaultPagePixels) const;
  // The last page such that pages first..last hold at most tokenBudget image tokens and
  // kMaxPages pages (tokenBudget <= 0: no token limit); first - 1 when not even page `first`
  // fits.
  int lastPageWithin(int first, qint64 tokenBudget, qint64 maxPixels = kDefaultPagePixels) const;

  // The resolution that makes a page of `points` (1/72 inch) hold at most maxPixels, at most
  // kMaxDpi; 0 for an empty page size.
  static double dpiFor(QSizeF points, qint64 maxPixels);
  // About how many image tokens Qwen2-VL spends on an image of `pixels` (its smart_resize to
  // multiples of 28 within minPixels..maxPixels); 0 for an empty size.
  static qint64 estimatedTokens(QSize pixels, qint64 maxPixels = kDefaultPagePixels);

  // Replaces every image part of `messages` that holds a PDF (a data:application/pdf URL; with
  // allowFiles also the path or file:// URL of a PDF file, relative ones resolved against
  // baseDir) by one image part per page, each a PNG data: URL, in page order. At most maxPages
  // pages in all; an error names the document and what is wrong. Parts that are no PDF stay.
  struct ExpandOptions {
    bool allowFiles = false;
    QString baseDir;
    int maxPages = kMaxPages;
    qint64 maxPixels = kDefaultPagePixels;
  };
  static Status expandMessages(QList<ChatMessage> &messages, const ExpandOptions &options);

private:
  struct Document; // poppler's document, or nothing when the build has no PDF support
  PdfPages(std::shared_ptr<Document> document, const QString &label);

  std::shared_ptr<Document> m_document;
  QString m_label;
};

} // namespace mdi
