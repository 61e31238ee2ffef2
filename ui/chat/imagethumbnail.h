#pragma once

#include <QToolButton>

namespace mdi {

// A picture of a message as a clickable thumbnail; activating it (click, Enter, Space) opens
// the image at full size.
class ImageThumbnail : public QToolButton {
  Q_OBJECT
public:
  ImageThumbnail(const QString &path, const QString &name, QSize pixelSize, int edge, QWidget *parent = nullptr);

  QString path() const { return m_path; }
  // A scaled, EXIF-rotated copy of the image file that fits in edge × edge (cached).
  static QPixmap load(const QString &path, int edge, qreal devicePixelRatio);

Q_SIGNALS:
  void openRequested(const QString &path, const QString &name);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();

  QString m_path;
  QString m_name;
  QSize m_pixelSize;
  bool m_missing = false;
};

} // namespace mdi
