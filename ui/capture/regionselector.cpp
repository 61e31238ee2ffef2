#include "capture/regionselector.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace mdi {

RegionSelector::RegionSelector(const QPixmap &screenshot, QWidget *parent) :
    QWidget(parent, Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::Tool), m_screenshot(screenshot) {
  setObjectName(QStringLiteral("regionSelector"));
  setAttribute(Qt::WA_DeleteOnClose);
  setCursor(Qt::CrossCursor);
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  resize((QSizeF(m_screenshot.size()) / m_screenshot.devicePixelRatio()).toSize());
  setAccessibleName(tr("Screen region selection"));
  setAccessibleDescription(tr("Drag over the part of the screen to attach; Esc cancels."));
}

QRect RegionSelector::cropRect(const QRect &selection, const QSize &imagePixels, qreal dpr) {
  if (dpr <= 0)
    dpr = 1;
  const QRect logical = selection.normalized();
  const int left = int(std::floor(logical.x() * dpr));
  const int top = int(std::floor(logical.y() * dpr));
  const int right = int(std::ceil((logical.x() + logical.width()) * dpr));
  const int bottom = int(std::ceil((logical.y() + logical.height()) * dpr));
  const QRect pixels = QRect(QPoint(left, top), QSize(right - left, bottom - top)) & QRect(QPoint(0, 0), imagePixels);
  if (pixels.width() < kMinSide || pixels.height() < kMinSide)
    return {};
  return pixels;
}

void RegionSelector::setSelection(const QRect &selection) {
  m_selection = selection.normalized();
  update();
}

QImage RegionSelector::selectedImage() const {
  const QRect crop = cropRect(m_selection, m_screenshot.size(), m_screenshot.devicePixelRatio());
  if (crop.isEmpty())
    return {};
  QImage image = m_screenshot.toImage().copy(crop);
  image.setDevicePixelRatio(1.0); // the pixels are what the model reads
  return image;
}

void RegionSelector::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.drawPixmap(rect(), m_screenshot);
  // Dim everything but the selection.
  QRegion dim(rect());
  if (!m_selection.isEmpty())
    dim -= QRegion(m_selection);
  painter.setClipRegion(dim);
  painter.fillRect(rect(), QColor(0, 0, 0, 110));
  painter.setClipping(false);
  QFont font = painter.font();
  font.setPointSizeF(font.pointSizeF() * 1.1);
  painter.setFont(font);
  if (m_selection.isEmpty()) {
    const QString hint = tr("Drag over the part of the screen to attach. Esc cancels.");
    const QRect box = painter.fontMetrics().boundingRect(hint).adjusted(-12, -8, 12, 8);
    const QRect placed(QPoint((width() - box.width()) / 2, height() / 8), box.size());
    painter.fillRect(placed, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(placed, Qt::AlignCenter, hint);
    return;
  }
  painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
  painter.drawRect(m_selection.adjusted(0, 0, -1, -1));
  const QRect crop = cropRect(m_selection, m_screenshot.size(), m_screenshot.devicePixelRatio());
  const QString size = tr("%1 × %2").arg(crop.width()).arg(crop.height());
  const QRect label = painter.fontMetrics().boundingRect(size).adjusted(-6, -3, 6, 3);
  QPoint at = m_selection.bottomRight() - QPoint(label.width(), -6);
  if (at.y() + label.height() > height())
    at.setY(m_selection.bottom() - label.height() - 6);
  const QRect placed(at, label.size());
  painter.fillRect(placed, QColor(0, 0, 0, 170));
  painter.setPen(Qt::white);
  painter.drawText(placed, Qt::AlignCenter, size);
}

void RegionSelector::mousePressEvent(QMouseEvent *event) {
  if (event->button() != Qt::LeftButton) {
    finish();
    return;
  }
  m_dragging = true;
  m_anchor = event->position().toPoint();
  setSelection({});
}

void RegionSelector::mouseMoveEvent(QMouseEvent *event) {
  if (!m_dragging)
    return;
  const QPoint p = event->position().toPoint();
  setSelection(QRect(QPoint(qMin(p.x(), m_anchor.x()), qMin(p.y(), m_anchor.y())),
                     QSize(qAbs(p.x() - m_anchor.x()), qAbs(p.y() - m_anchor.y()))));
}

void RegionSelector::mouseReleaseEvent(QMouseEvent *event) {
  if (!m_dragging || event->button() != Qt::LeftButton)
    return;
  mouseMoveEvent(event);
  m_dragging = false;
  finish();
}

void RegionSelector::keyPressEvent(QKeyEvent *event) {
  if (event->key() == Qt::Key_Escape) {
    setSelection({});
    finish();
  } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
    finish();
  } else {
    QWidget::keyPressEvent(event);
  }
}

void RegionSelector::finish() {
  if (m_done)
    return;
  m_done = true;
  const QImage image = selectedImage();
  hide();
  if (image.isNull())
    Q_EMIT cancelled();
  else
    Q_EMIT regionSelected(image);
  close();
}

} // namespace mdi
