#include "chat/imagethumbnail.h"

#include <QEvent>
#include <QImageReader>
#include <QPixmapCache>

namespace mdi {

ImageThumbnail::ImageThumbnail(const QString &path, const QString &name, QSize pixelSize, int edge, QWidget *parent) :
    QToolButton(parent), m_path(path), m_name(name), m_pixelSize(pixelSize) {
  setObjectName(QStringLiteral("messageImage"));
  const QPixmap pm = load(path, edge, devicePixelRatioF());
  setIcon(pm.isNull() ? QIcon() : QIcon(pm));
  setIconSize(pm.isNull() ? QSize(edge, edge) : pm.deviceIndependentSize().toSize());
  m_missing = pm.isNull();
  setAutoRaise(true);
  setCursor(Qt::PointingHandCursor);
  setFocusPolicy(Qt::TabFocus);
  connect(this, &QToolButton::clicked, this, [this] { Q_EMIT openRequested(m_path, m_name); });
  retranslateUi();
}

void ImageThumbnail::retranslateUi() {
  if (m_missing)
    setText(tr("Missing image"));
  const QString size = tr("%1 × %2 pixels").arg(m_pixelSize.width()).arg(m_pixelSize.height());
  setToolTip(tr("%1 (%2): click to open at full size").arg(m_name, size));
  setAccessibleName(tr("Image %1, %2").arg(m_name, size));
  setAccessibleDescription(tr("Opens the image at full size"));
}

void ImageThumbnail::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QToolButton::changeEvent(event);
}

QPixmap ImageThumbnail::load(const QString &path, int edge, qreal devicePixelRatio) {
  const int pixels = qRound(edge * devicePixelRatio);
  const QString key = QStringLiteral("mdi-thumb:%1:%2").arg(path).arg(pixels);
  QPixmap pm;
  if (QPixmapCache::find(key, &pm))
    return pm;
  QImageReader reader(path);
  reader.setAutoTransform(true);
  QSize size = reader.size();
  if (size.isValid()) {
    // Orientation may swap the sides; scale the stored size, the reader applies the rotation.
    QSize scaled = size;
    if (scaled.width() > pixels || scaled.height() > pixels)
      scaled.scale(pixels, pixels, Qt::KeepAspectRatio);
    reader.setScaledSize(scaled);
  }
  QImage image = reader.read();
  if (image.isNull())
    return {};
  if (image.width() > pixels || image.height() > pixels)
    image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  pm = QPixmap::fromImage(image);
  pm.setDevicePixelRatio(devicePixelRatio);
  QPixmapCache::insert(key, pm);
  return pm;
}

} // namespace mdi
