#pragma once

#include <QImage>
#include <QPixmap>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace mdi {

// The region picker of "Capture Screen Region": a frameless window over the screen that shows a
// screenshot taken just before (so that nothing moves while one chooses), dimmed except the
// rectangle being dragged, with its size in pixels. Releasing the mouse (or Enter) hands over the
// pixels under the rectangle, at the screen's full resolution (cropRect: logical coordinates
// times the device pixel ratio, rounded outwards, kept inside the screenshot); Esc or a click
// without a drag cancels.
class RegionSelector : public QWidget {
  Q_OBJECT
public:
  static constexpr int kMinSide = 8; // pixels of the screenshot; smaller is taken as a click

  // `screenshot` carries its device pixel ratio; the widget's size is its logical size.
  explicit RegionSelector(const QPixmap &screenshot, QWidget *parent = nullptr);

  // The screenshot's pixels under `selection` (logical coordinates of the overlay, any corner
  // order): scaled by dpr, rounded outwards, clamped to the image; empty when either side is
  // under kMinSide pixels.
  static QRect cropRect(const QRect &selection, const QSize &imagePixels, qreal dpr);

  QRect selection() const { return m_selection; }
  void setSelection(const QRect &selection);
  // The pixels cropRect() picks from the screenshot; null when the selection is too small.
  QImage selectedImage() const;

Q_SIGNALS:
  void regionSelected(const QImage &image);
  void cancelled();

protected:
  void paintEvent(QPaintEvent *event) override;
  void mousePressEvent(QMouseEvent *event) override;
  void mouseMoveEvent(QMouseEvent *event) override;
  void mouseReleaseEvent(QMouseEvent *event) override;
  void keyPressEvent(QKeyEvent *event) override;

private:
  void finish();

  QPixmap m_screenshot;
  QRect m_selection;
  QPoint m_anchor;
  bool m_dragging = false;
  bool m_done = false;
};

} // namespace mdi
