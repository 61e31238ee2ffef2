#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace mdi {

// Shows one image at full size (scrolling when it is larger than the screen), or fitted to the
// window; F toggles, Esc closes.
class ImageViewerDialog : public QDialog {
  Q_OBJECT
public:
  ImageViewerDialog(const QString &path, const QString &title, QWidget *parent = nullptr);

  bool hasImage() const { return !m_image.isNull(); }
  bool fitToWindow() const { return m_fit; }
  void setFitToWindow(bool fit);

protected:
  void resizeEvent(QResizeEvent *event) override;

private:
  void updatePixmap();

  QImage m_image;
  QScrollArea *m_scroll;
  QLabel *m_label;
  bool m_fit = true;
};

} // namespace mdi
