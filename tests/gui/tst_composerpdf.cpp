// A PDF dropped on the composer: its pages become attached images with a page-range chip, as many
// as fit in the model's context; a range that does not fit is refused with a message and the
// pages already there stay; a damaged PDF is named in the notice and adds nothing.

#include "chat/composer.h"
#include "chat/composereditor.h"
#include "chat/pdfchip.h"
#include "store/imagestore.h"
#include "store/pdfpages.h"

#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mdi;

namespace {

QString writePdf(const QString &path, int pages) {
  QPdfWriter writer(path);
  writer.setResolution(72);
  writer.setPageSize(QPageSize(QPageSize::A4));
  QPainter painter(&writer);
  for (int i = 1; i <= pages; ++i) {
    if (i > 1)
      writer.newPage();
    painter.drawText(QPointF(72, 72), QStringLiteral("Page %1").arg(i));
  }
  return path;
}

} // namespace

class TestComposerPdf : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_pdf = writePdf(m_dir.filePath(QStringLiteral("doc.pdf")), 5);
  }

  void init() {
    m_store = std::make_unique<ImageStore>(m_dir.filePath(QStringLiteral("images")));
    m_composer = std::make_unique<Composer>();
    m_composer->setImageStore(m_store.get());
    m_composer->resize(700, 200);
    m_composer->show();
  }

  void cleanup() {
    m_composer.reset();
    m_store.reset();
  }

  void droppedPdfAttachesItsPages() {
    if (!PdfPages::isAvailable())
      QSKIP("built without poppler-qt6");
    QSignalSpy added(m_composer.get(), &Composer::imagesAdded);
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(m_pdf)});
    QVERIFY(m_composer->addMimeData(&drop));
    QVERIFY(m_composer->isAdding());
    QVERIFY(!m_composer->sendButton()->isEnabled()); // waits for the pages
    QVERIFY(added.wait(60000));
    QCOMPARE(m_composer->notice(), QString());
    QCOMPARE(m_composer->pdfChips().size(), 1);
    PdfChip *chip = m_composer->pdfChips().first();
    QCOMPARE(chip->pageCount(), 5);
    QCOMPARE(chip->firstPage(), 1);
    QCOMPARE(chip->lastPage(), 5);
    QVERIFY(chip->isVisible());
    const QList<Attachment> pages = m_composer->attachments();
    QCOMPARE(pages.size(), 5);
    QCOMPARE(pages.at(2).fileName, QStringLiteral("doc-page-3.png"));
    QVERIFY(qint64(pages.at(0).width) * pages.at(0).height <= PdfPages::kDefaultPagePixels);
    QVERIFY(pages.at(0).height > pages.at(0).width);
    QVERIFY(QFile::exists(m_store->path(pages.at(0))));

    // Send carries the pages; clear() removes the PDF.
    QVERIFY(m_composer->sendButton()->isEnabled());
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    m_composer->sendButton()->click();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(1).value<QList<Attachment>>().size(), 5);
    m_composer->clear();
    QVERIFY(m_composer->pdfChips().isEmpty());
    QVERIFY(m_composer->attachments().isEmpty());
  }

  void pagesAreLimitedByTheContext() {
    if (!PdfPages::isAvailable())
      QSKIP("built without poppler-qt6");
    // An A4 page takes about 1300 image tokens: a context of 4000 (less room for the question and
    // the answer) holds two.
    m_composer->setContextTokens(4000);
    QSignalSpy added(m_composer.get(), &Composer::imagesAdded);
    QVERIFY(m_composer->addImageFile(m_pdf));
    QVERIFY(added.wait(60000));
    QCOMPARE(m_composer->attachments().size(), 2);
    PdfChip *chip = m_composer->pdfChips().value(0);
    QVERIFY(chip);
    QCOMPARE(chip->lastPage(), 2);
    QVERIFY2(m_composer->notice().contains(QStringLiteral("pages 1–2")), qPrintable(m_composer->notice()));

    // All five do not fit: refused, the two pages stay, and the chip shows them again.
    m_composer->setPdfRange(0, 1, 5);
    QVERIFY(added.wait(60000));
    QVERIFY2(m_composer->notice().contains(QStringLiteral("Choose fewer pages")), qPrintable(m_composer->notice()));
    QVERIFY2(m_composer->notice().contains(QStringLiteral("doc.pdf")), qPrintable(m_composer->notice()));
    QCOMPARE(m_composer->attachments().size(), 2);
    QCOMPARE(chip->firstPage(), 1);
    QCOMPARE(chip->lastPage(), 2);

    // Pages 4-5 through the chip's own spin boxes.
    QSignalSpy asked(chip, &PdfChip::rangeRequested);
    chip->lastSpin()->setValue(5);
    chip->firstSpin()->setValue(4);
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.size(), 1); // one request once the numbers settle
    QCOMPARE(asked.first().at(0).toInt(), 4);
    QCOMPARE(asked.first().at(1).toInt(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isAdding(), 60000);
    const QList<Attachment> pages = m_composer->attachments();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).fileName, QStringLiteral("doc-page-4.png"));
    QCOMPARE(pages.at(1).fileName, QStringLiteral("doc-page-5.png"));
    QCOMPARE(m_composer->notice(), QString());
  }

  void damagedPdfIsNamedAndAddsNothing() {
    const QString path = m_dir.filePath(QStringLiteral("broken.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\nthis is not a document");
    file.close();
    QSignalSpy added(m_composer.get(), &Composer::imagesAdded);
    QVERIFY(m_composer->addImageFile(path));
    QVERIFY(added.wait(60000));
    QVERIFY2(m_composer->notice().contains(QStringLiteral("broken.pdf")), qPrintable(m_composer->notice()));
    if (!PdfPages::isAvailable())
      QVERIFY(m_composer->notice().contains(QStringLiteral("PDF support was not built in")));
    QVERIFY(m_composer->pdfChips().isEmpty());
    QVERIFY(m_composer->attachments().isEmpty());
    QVERIFY(!m_composer->isAdding());
  }

private:
  QTemporaryDir m_dir;
  QString m_pdf;
  std::unique_ptr<ImageStore> m_store;
  std::unique_ptr<Composer> m_composer;
};

QTEST_MAIN(TestComposerPdf)
#include "tst_composerpdf.moc"
