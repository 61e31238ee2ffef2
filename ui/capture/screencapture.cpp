#include "capture/screencapture.h"

#include "capture/portalscreenshot.h"
#include "capture/regionselector.h"

#include "common/icons.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace mdi {

ScreenCapture::ScreenCapture(QWidget *window) :
    QObject(window), m_window(window),
    m_action(new QAction(Icons::icon(QStringLiteral("screen-capture")), QString(), this)) {
  m_action->setObjectName(QStringLiteral("captureScreenAction"));
  m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  connect(m_action, &QAction::triggered, this, &ScreenCapture::start);
  window->installEventFilter(this);
  retranslateUi();
}

bool ScreenCapture::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_window && event->type() == QEvent::LanguageChange)
    retranslateUi();
  return QObject::eventFilter(watched, event);
}

void ScreenCapture::retranslateUi() {
  m_action->setText(tr("Capture Screen &Region"));
  m_action->setToolTip(tr("Attach a picture of part of the screen (Ctrl+Shift+S)"));
}

RegionSelector *ScreenCapture::selector() const {
  return m_selector.data();
}

bool ScreenCapture::usesPortal() {
  return QGuiApplication::platformName().startsWith(QLatin1String("wayland")) ||
         qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland");
}

void ScreenCapture::start() {
  if (m_active)
    return;
  m_active = true;
  if (usesPortal()) {
    auto *portal = new PortalScreenshot(this);
    connect(portal, &PortalScreenshot::finished, this, [this, portal](const QImage &image, const QString &error) {
      portal->deleteLater();
      m_active = false;
      if (!image.isNull())
        Q_EMIT captured(image);
      else if (error.isEmpty())
        Q_EMIT cancelled();
      else
        Q_EMIT failed(error);
    });
    portal->request();
    return;
  }
  QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
  if (!screen) {
    m_active = false;
    Q_EMIT failed(tr("The screen cannot be captured: no screen was found."));
    return;
  }
  // Out of the picture first: the person wants what is behind the window.
  m_windowWasVisible = m_window->isVisible();
  m_window->hide();
  QTimer::singleShot(kStepAsideMs, this, [this, screen] { grab(screen); });
}

void ScreenCapture::grab(QScreen *screen) {
  const QPixmap shot = screen->grabWindow(0);
  if (shot.isNull()) {
    end();
    Q_EMIT failed(tr("The screen could not be captured (the system did not hand out its picture). Take a "
                     "screenshot with your desktop's tool and paste it (Ctrl+V)."));
    return;
  }
  selectOn(shot, screen->geometry());
}

void ScreenCapture::selectOn(const QPixmap &screenshot, const QRect &geometry) {
  m_active = true;
  m_selector = new RegionSelector(screenshot);
  connect(m_selector, &RegionSelector::regionSelected, this, [this](const QImage &image) {
    end();
    Q_EMIT captured(image);
  });
  connect(m_selector, &RegionSelector::cancelled, this, [this] {
    end();
    Q_EMIT cancelled();
  });
  m_selector->setGeometry(geometry);
  m_selector->show();
  m_selector->raise();
  m_selector->activateWindow();
  m_selector->setFocus();
}

void ScreenCapture::end() {
  m_active = false;
  if (m_windowWasVisible) {
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
  }
  m_windowWasVisible = false;
}

} // namespace mdi
