#include "chat/imageviewerdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mdi {

ImageViewerDialog::ImageViewerDialog(const QString &path, const QString &title, QWidget *parent) :
    QDialog(parent), m_title(title), m_scroll(new QScrollArea(this)), m_label(new QLabel) {
  setObjectName(QStringLiteral("imageViewer"));
  setAttribute(Qt::WA_DeleteOnClose);
  QImageReader reader(path);
  reader.setAutoTransform(true);
  m_image = reader.read();
  if (m_image.isNull())
    m_readError = reader.errorString();

  m_label->setObjectName(QStringLiteral("imageLabel"));
  m_label->setAlignment(Qt::AlignCenter);
  m_scroll->setWidget(m_label);
  m_scroll->setAlignment(Qt::AlignCenter);
  m_scroll->setWidgetResizable(true);
  m_scroll->setFrameShape(QFrame::NoFrame);
  // The viewport gets its real size only when the layout runs after show(): fitting to the size it
  // had in the constructor drew a large image at a few dozen pixels.
  m_scroll->viewport()->installEventFilter(this);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_fitButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  m_fitButton->setObjectName(QStringLiteral("fitButton"));
  connect(m_fitButton, &QPushButton::clicked, this, [this] { setFitToWindow(!m_fit); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 6);
  layout->addWidget(m_scroll, 1);
  layout->addWidget(buttons);

  retranslateUi();
  // Large enough to look at (and for the title, which names the image and its size), at most
  // 90 % of the screen; a small image is shown at its own size in the middle.
  QSize size = m_image.isNull() ? QSize(400, 300) : m_image.size() + QSize(24, 70);
  size = size.expandedTo(QSize(qMax(640, fontMetrics().horizontalAdvance(windowTitle()) + 160), 480));
  if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
    size = size.boundedTo(screen->availableSize() * 0.9);
  resize(size);
  updatePixmap();
}

void ImageViewerDialog::retranslateUi() {
  setWindowTitle(tr("%1 (%2 × %3 pixels)").arg(m_title).arg(m_image.width()).arg(m_image.height()));
  setAccessibleName(tr("Image %1").arg(m_title));
  m_label->setAccessibleName(tr("Image %1").arg(m_title));
  if (!m_readError.isEmpty())
    m_label->setText(tr("The image cannot be shown: %1").arg(m_readError));
  // The button names what it switches to.
  m_fitButton->setText(m_fit ? tr("&Actual size") : tr("&Fit to window"));
  m_fitButton->setAccessibleName(tr("Switch between actual size and fit to window"));
  // Set after the text: a text with a mnemonic replaces the shortcut.
  m_fitButton->setShortcut(Qt::Key_F);
}

void ImageViewerDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QDialog::changeEvent(event);
}

void ImageViewerDialog::setFitToWindow(bool fit) {
  m_fit = fit;
  m_scroll->setWidgetResizable(fit);
  retranslateUi();
  updatePixmap();
}

bool ImageViewerDialog::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit)
    updatePixmap();
  return QDialog::eventFilter(watched, event);
}

void ImageViewerDialog::resizeEvent(QResizeEvent *event) {
  QDialog::resizeEvent(event);
  if (m_fit)
    updatePixmap();
}

void ImageViewerDialog::updatePixmap() {
  if (m_image.isNull())
    return;
  const qreal dpr = devicePixelRatioF();
  if (!m_fit) {
    QPixmap pm = QPixmap::fromImage(m_image);
    m_label->setPixmap(pm);
    m_label->adjustSize();
    return;
  }
  const QSize available = m_scroll->viewport()->size();
  QSize target = m_image.size();
  if (target.width() > available.width() || target.height() > available.height())
    target.scale(available, Qt::KeepAspectRatio);
  QPixmap pm = QPixmap::fromImage(m_image.scaled(target * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
  pm.setDevicePixelRatio(dpr);
  m_label->setPixmap(pm);
}

} // namespace mdi
