#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
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
  bool eventFilter(QObject *watched, QEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void updatePixmap();

  QImage m_image;
  QString m_title;
  QString m_readError; // why the image cannot be shown; "" when it can
  QScrollArea *m_scroll;
  QLabel *m_label;
  QPushButton *m_fitButton = nullptr;
  bool m_fit = true;
};

} // namespace mdi
