// Capture Screen Region, offscreen: the crop maths from a selection in logical coordinates to the
// screenshot's pixels (device pixel ratio, corners in any order, clamping, too small), dragging a
// region on the selector over a made-up screenshot, Esc, and the captured picture attached in the
// composer at its full resolution.

#include "capture/regionselector.h"
#include "capture/screencapture.h"
#include "chat/composer.h"
#include "store/imagestore.h"

#include <QAction>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;

namespace {

// A 300 x 200 logical screen at the given ratio: red left half, blue right half.
QPixmap screenshot(qreal dpr) {
  QImage image(QSize(300, 200) * dpr, QImage::Format_RGB32);
  image.fill(Qt::blue);
  QPainter painter(&image);
  painter.fillRect(QRect(0, 0, image.width() / 2, image.height()), Qt::red);
  painter.end();
  QPixmap pixmap = QPixmap::fromImage(image);
  pixmap.setDevicePixelRatio(dpr);
  return pixmap;
}

} // namespace

class TestScreenCapture : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void cropMaths() {
    const QSize image(600, 400);
    QCOMPARE(RegionSelector::cropRect(QRect(10, 20, 50, 30), image, 1.0), QRect(10, 20, 50, 30));
    QCOMPARE(RegionSelector::cropRect(QRect(10, 20, 50, 30), image, 2.0), QRect(20, 40, 100, 60));
    // A fractional ratio rounds outwards: nothing selected is lost.
    QCOMPARE(RegionSelector::cropRect(QRect(11, 11, 20, 20), image, 1.5), QRect(16, 16, 31, 31));
    // Dragged from bottom-right to top-left: the same region.
    QCOMPARE(RegionSelector::cropRect(QRect(QPoint(60, 50), QSize(-50, -30)), image, 1.0),
             RegionSelector::cropRect(QRect(10, 20, 50, 30), image, 1.0));
    // Past the edge: cut at the screenshot.
    QCOMPARE(RegionSelector::cropRect(QRect(280, 180, 100, 100), image, 2.0), QRect(560, 360, 40, 40));
    QCOMPARE(RegionSelector::cropRect(QRect(-20, -20, 40, 40), image, 1.0), QRect(0, 0, 20, 20));
    // A click, or a sliver: nothing.
    QVERIFY(RegionSelector::cropRect(QRect(10, 10, 3, 3), image, 2.0).isEmpty());
    QVERIFY(RegionSelector::cropRect(QRect(10, 10, 100, 2), image, 1.0).isEmpty());
    QVERIFY(RegionSelector::cropRect(QRect(700, 700, 50, 50), image, 1.0).isEmpty());
  }

  void dragSelectsTheRegionAtFullResolution() {
    RegionSelector *selector = new RegionSelector(screenshot(2.0));
    QCOMPARE(selector->size(), QSize(300, 200));
    selector->show();
    QSignalSpy selected(selector, &RegionSelector::regionSelected);
    QTest::mousePress(selector, Qt::LeftButton, {}, QPoint(110, 60));
    QTest::mouseMove(selector, QPoint(50, 30));
    QTest::mouseMove(selector, QPoint(10, 10));
    QTest::mouseRelease(selector, Qt::LeftButton, {}, QPoint(10, 10));
    QCOMPARE(selected.size(), 1);
    const QImage image = selected.first().at(0).value<QImage>();
    QCOMPARE(image.size(), QSize(200, 100)); // 100 x 50 logical at ratio 2
    QCOMPARE(QColor(image.pixel(5, 5)), QColor(Qt::red));
    QTRY_VERIFY(selector->isHidden());
  }

  void escapeAndClicksCancel() {
    RegionSelector *selector = new RegionSelector(screenshot(1.0));
    selector->show();
    QSignalSpy cancelled(selector, &RegionSelector::cancelled);
    QSignalSpy selected(selector, &RegionSelector::regionSelected);
    QTest::keyClick(selector, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(selected.size(), 0);

    RegionSelector *clicked = new RegionSelector(screenshot(1.0));
    clicked->show();
    QSignalSpy clickCancelled(clicked, &RegionSelector::cancelled);
    QTest::mouseClick(clicked, Qt::LeftButton, {}, QPoint(40, 40));
    QCOMPARE(clickCancelled.size(), 1);
  }

  // start(): the window steps aside, the screen is grabbed, the selector comes up over it, and
  // after Esc the window is back.
  void startStepsAsideAndComesBack() {
    if (ScreenCapture::usesPortal())
      QSKIP("a Wayland session: the portal's dialog is the desktop's own");
    QWidget window;
    window.resize(200, 100);
    window.show();
    ScreenCapture capture(&window);
    QSignalSpy cancelled(&capture, &ScreenCapture::cancelled);
    QSignalSpy failed(&capture, &ScreenCapture::failed);
    capture.action()->trigger();
    QVERIFY(capture.isActive());
    QVERIFY(window.isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(capture.selector() || !failed.isEmpty(), 10000);
    if (!failed.isEmpty()) {
      QVERIFY(!failed.first().at(0).toString().isEmpty());
    } else {
      QVERIFY(window.isHidden()); // not in the picture while one chooses
      QTest::keyClick(capture.selector(), Qt::Key_Escape);
      QCOMPARE(cancelled.size(), 1);
    }
    QVERIFY(!capture.isActive());
    QVERIFY(window.isVisible());
  }

  // The window's way: a capture over a screenshot, the region dragged, the picture attached.
  void capturedRegionIsAttached() {
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QWidget window;
    Composer composer(&window);
    composer.setImageStore(&store);
    window.show();
    ScreenCapture capture(&window);
    QVERIFY(capture.action()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(!capture.action()->text().isEmpty());
    connect(&capture, &ScreenCapture::captured, &composer,
            [&composer](const QImage &image) { composer.addImage(image, QStringLiteral("screen-region.png")); });
    QSignalSpy added(&composer, &Composer::imagesAdded);
    capture.selectOn(screenshot(1.5), QRect(0, 0, 300, 200));
    QVERIFY(capture.isActive());
    RegionSelector *selector = capture.selector();
    QVERIFY(selector);
    QTest::mousePress(selector, Qt::LeftButton, {}, QPoint(160, 20));
    QTest::mouseMove(selector, QPoint(260, 120));
    QTest::mouseRelease(selector, Qt::LeftButton, {}, QPoint(260, 120));
    QVERIFY(!capture.isActive());
    QVERIFY(added.wait(30000));
    QCOMPARE(composer.attachments().size(), 1);
    const Attachment a = composer.attachments().first();
    QCOMPARE(a.fileName, QStringLiteral("screen-region.png"));
    QCOMPARE(QSize(a.width, a.height), QSize(150, 150)); // 100 x 100 logical at ratio 1.5
    QImage stored(store.path(a));
    QCOMPARE(QColor(stored.pixel(75, 75)), QColor(Qt::blue));
  }
};

QTEST_MAIN(TestScreenCapture)
#include "tst_screencapture.moc"
