// PdfPages: a PDF made here with QPdfWriter becomes one image per page, each within the pixel
// budget at a resolution chosen for it; damaged and non-PDF input is refused with the file's name;
// data:application/pdf image parts of a request become page images.

#include "api/chatcompletionrequest.h"
#include "model/chattemplate.h"
#include "store/pdfpages.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;

namespace {

// Three pages: A4 portrait with its top half black, A4 landscape, and a small 2 x 1 inch label.
QByteArray makePdf() {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    painter.fillRect(QRect(0, 0, page.width(), page.height() / 2), Qt::black);
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.newPage();
    painter.drawText(QPointF(100, 100), QStringLiteral("Landscape"));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageSize(QPageSize(QSizeF(2, 1), QPageSize::Inch));
    writer.newPage();
    painter.drawText(QPointF(10, 30), QStringLiteral("Label"));
  }
  return bytes;
}

QString dataUrl(const QByteArray &pdf) {
  return QStringLiteral("data:application/pdf;base64,") + QString::fromLatin1(pdf.toBase64());
}

} // namespace

class TestPdfPages : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void init() {
    if (!PdfPages::isAvailable() && QByteArray(QTest::currentTestFunction()) != "withoutPopplerEveryCallSaysSo")
      QSKIP("built without poppler-qt6");
  }

  // A build without poppler refuses a PDF with one clear message.
  void withoutPopplerEveryCallSaysSo() {
    if (PdfPages::isAvailable())
      QSKIP("built with poppler-qt6");
    auto pdf = PdfPages::fromData(makePdf(), QStringLiteral("doc.pdf"));
    QVERIFY(!pdf);
    QVERIFY(pdf.error().contains(PdfPages::notBuiltMessage()));
    QVERIFY(pdf.error().contains(QStringLiteral("doc.pdf")));
    QVERIFY(pdf.error().contains(QStringLiteral("PDF support was not built in")));
  }

  void dpiFitsThePixelBudget() {
    // A4 is 595 x 842 points: 1 MiP allows about 104 dpi.
    const double dpi = PdfPages::dpiFor(QSizeF(595, 842), 1024 * 1024);
    QVERIFY2(dpi > 103 && dpi < 105, qPrintable(QString::number(dpi)));
    QVERIFY((595 * dpi / 72) * (842 * dpi / 72) <= 1024.0 * 1024 + 1);
    // A small page is not blown up past kMaxDpi.
    QCOMPARE(PdfPages::dpiFor(QSizeF(144, 72), 1024 * 1024), PdfPages::kMaxDpi);
    QCOMPARE(PdfPages::dpiFor(QSizeF(0, 72), 1024 * 1024), 0.0);
  }

  void pagesBecomeImagesWithinTheBudget() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makePdf());
    file.close();
    QVERIFY(PdfPages::isPdfFile(path));

    auto pdf = PdfPages::fromFile(path);
    QVERIFY2(pdf, qPrintable(pdf.error()));
    QCOMPARE(pdf->label(), QStringLiteral("report.pdf"));
    QCOMPARE(pdf->pageCount(), 3);

    const qint64 budget = 500 * 1000;
    auto pages = pdf->renderPages(1, 3, budget);
    QVERIFY2(pages, qPrintable(pages.error()));
    QCOMPARE(pages->size(), 3);
    const QImage &portrait = pages->at(0);
    const QImage &landscape = pages->at(1);
    const QImage &label = pages->at(2);
    for (const QImage &page : *pages) {
      QCOMPARE(page.format(), QImage::Format_RGB888);
      QVERIFY(qint64(page.width()) * page.height() <= budget);
    }
    // Each page keeps its shape and nearly fills the budget.
    QVERIFY(portrait.height() > portrait.width());
    QVERIFY(qint64(portrait.width()) * portrait.height() > budget * 95 / 100);
    QVERIFY(landscape.width() > landscape.height());
    QCOMPARE(pdf->pagePixelSize(1, budget), portrait.size());
    QCOMPARE(pdf->pagePixelSize(2, budget), landscape.size());
    // The 2 x 1 inch label at the highest resolution allowed: 400 x 200.
    QCOMPARE(label.size(), QSize(400, 200));
    // What is drawn is there: page 1 black on top, white paper below.
    QCOMPARE(QColor(portrait.pixel(portrait.width() / 2, portrait.height() / 4)), QColor(Qt::black));
    QCOMPARE(QColor(portrait.pixel(portrait.width() / 2, portrait.height() * 3 / 4)), QColor(Qt::white));
    // Each page's tokens for the model: a few hundred here.
    const qint64 tokens = PdfPages::estimatedTokens(portrait.size(), budget);
    QVERIFY(tokens > 400 && tokens < 700);
  }

  void rangesAreChecked() {
    auto pdf = PdfPages::fromData(makePdf(), QStringLiteral("doc.pdf"));
    QVERIFY2(pdf, qPrintable(pdf.error()));
    auto beyond = pdf->renderPages(2, 4);
    QVERIFY(!beyond);
    QVERIFY2(beyond.error().contains(QStringLiteral("doc.pdf")), qPrintable(beyond.error()));
    QVERIFY(!pdf->renderPage(0));
    QVERIFY(pdf->pagePixelSize(4).isEmpty());
    auto one = pdf->renderPages(3, 3);
    QVERIFY(one);
    QCOMPARE(one->size(), 1);

    // The pages that fit a token budget: the two A4 pages take about 1300 tokens each at 1 MiP.
    const qint64 a4 = pdf->estimatedTokens(1, 1);
    QVERIFY2(a4 > 1200 && a4 < 1400, qPrintable(QString::number(a4)));
    QCOMPARE(pdf->estimatedTokens(1, 3), a4 + pdf->estimatedTokens(2, 2) + pdf->estimatedTokens(3, 3));
    QCOMPARE(pdf->lastPageWithin(1, 0), 3);      // no budget
    QCOMPARE(pdf->lastPageWithin(1, a4), 1);     // one page
    QCOMPARE(pdf->lastPageWithin(1, a4 - 1), 0); // not even one
    QCOMPARE(pdf->lastPageWithin(2, a4 * 2), 3); // from page 2 on, both fit
  }

  void damagedAndForeignFilesAreRefusedByName() {
    auto garbage = PdfPages::fromData(QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnonsense"),
                                      QStringLiteral("broken.pdf"));
    QVERIFY(!garbage);
    QVERIFY2(garbage.error().contains(QStringLiteral("broken.pdf")), qPrintable(garbage.error()));
    QVERIFY2(garbage.error().contains(QStringLiteral("damaged")), qPrintable(garbage.error()));

    auto png = PdfPages::fromData(QByteArray("\x89PNG\r\n\x1a\n"), QStringLiteral("photo.png"));
    QVERIFY(!png);
    QVERIFY2(png.error().contains(QStringLiteral("photo.png")), qPrintable(png.error()));

    // Cut in the middle: poppler may repair what it can; if it cannot, the error names the file.
    const QByteArray whole = makePdf();
    auto cut = PdfPages::fromData(whole.left(whole.size() / 3), QStringLiteral("cut.pdf"));
    if (!cut)
      QVERIFY2(cut.error().contains(QStringLiteral("cut.pdf")), qPrintable(cut.error()));

    auto missing = PdfPages::fromFile(QStringLiteral("/nonexistent/folder/x.pdf"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("x.pdf")), qPrintable(missing.error()));
  }

  void dataUrlsInMessagesBecomePages() {
    QList<ChatMessage> messages{
        {QStringLiteral("user"),
         {ChatPart::makeImage(QStringLiteral("photo.png")), ChatPart::makeImage(dataUrl(makePdf())),
          ChatPart::makeText(QStringLiteral("Summarise"))}}};
    PdfPages::ExpandOptions options;
    QVERIFY(PdfPages::expandMessages(messages, options));
    const QList<ChatPart> &parts = messages.first().parts;
    QCOMPARE(parts.size(), 5); // the photo, three pages, the text
    QCOMPARE(parts.at(0).text, QStringLiteral("photo.png"));
    for (int i = 1; i <= 3; ++i) {
      QCOMPARE(parts.at(i).kind, ChatPart::Kind::Image);
      QVERIFY(parts.at(i).text.startsWith(QStringLiteral("data:image/png;base64,")));
      QImage page;
      QVERIFY(page.loadFromData(QByteArray::fromBase64(parts.at(i).text.mid(22).toLatin1()), "PNG"));
      QVERIFY(qint64(page.width()) * page.height() <= PdfPages::kDefaultPagePixels);
    }
    QCOMPARE(parts.at(4).text, QStringLiteral("Summarise"));

    // Too many pages for the request, and a damaged one: errors, nothing half done matters.
    QList<ChatMessage> many{{QStringLiteral("user"), {ChatPart::makeImage(dataUrl(makePdf()))}}};
    options.maxPages = 2;
    const Status tooMany = PdfPages::expandMessages(many, options);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().contains(QStringLiteral("2")), qPrintable(tooMany.error()));
    QList<ChatMessage> broken{
        {QStringLiteral("user"),
         {ChatPart::makeImage(QStringLiteral("data:application/pdf;base64,JVBERi0xLjcKZ2FyYmFnZQ=="))}}};
    const Status damaged = PdfPages::expandMessages(broken, {});
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(QStringLiteral("data: URL")), qPrintable(damaged.error()));
  }

  // The local API takes a PDF where an image goes: one image per page, counted against the
  // request's images; a damaged one is refused naming it.
  void apiRequestsTakePdfs() {
    auto body = [](const QString &url) {
      const QJsonObject part{{QStringLiteral("type"), QStringLiteral("image_url")},
                             {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
      const QJsonObject text{{QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"), QStringLiteral("What is this?")}};
      const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QJsonArray{part, text}}};
      return QJsonDocument(QJsonObject{{QStringLiteral("messages"), QJsonArray{message}}}).toJson();
    };
    ChatCompletionRequest::Defaults defaults;
    auto request =
        ChatCompletionRequest::fromJson(body(dataUrl(makePdf())), ChatCompletionRequest::Format::OpenAi, defaults);
    QVERIFY2(request, qPrintable(request.error()));
    const QStringList images = ChatTemplate::imageReferences(request->generation.messages);
    QCOMPARE(images.size(), 3);
    for (const QString &image : images)
      QVERIFY(image.startsWith(QStringLiteral("data:image/png;base64,")));

    defaults.maxImages = 2;
    auto tooMany =
        ChatCompletionRequest::fromJson(body(dataUrl(makePdf())), ChatCompletionRequest::Format::OpenAi, defaults);
    QVERIFY(!tooMany);
    auto damaged = ChatCompletionRequest::fromJson(body(QStringLiteral("data:application/pdf;base64,JVBERi0xLjcKeHl6")),
                                                   ChatCompletionRequest::Format::OpenAi, {});
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(QStringLiteral("damaged")), qPrintable(damaged.error()));
  }

  void filesExpandOnlyWhenAllowed() {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doc.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makePdf());
    file.close();
    QList<ChatMessage> messages{{QStringLiteral("user"), {ChatPart::makeImage(QStringLiteral("doc.pdf"))}}};
    PdfPages::ExpandOptions options;
    QVERIFY(PdfPages::expandMessages(messages, options));
    QCOMPARE(messages.first().parts.size(), 1); // files not allowed: left as they are
    options.allowFiles = true;
    options.baseDir = dir.path();
    QVERIFY(PdfPages::expandMessages(messages, options));
    QCOMPARE(messages.first().parts.size(), 3);
  }
};

QTEST_MAIN(TestPdfPages)
#include "tst_pdfpages.moc"
