#include "capture/portalscreenshot.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#ifdef MDI_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace mdi {

namespace {
#ifdef MDI_HAVE_QTDBUS
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
#endif
} // namespace

PortalScreenshot::PortalScreenshot(QObject *parent) : QObject(parent) {}

bool PortalScreenshot::isAvailable() {
#ifdef MDI_HAVE_QTDBUS
  QDBusConnection bus = QDBusConnection::sessionBus();
  return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
#else
  return false;
#endif
}

void PortalScreenshot::request() {
#ifdef MDI_HAVE_QTDBUS
  QDBusConnection bus = QDBusConnection::sessionBus();
  if (!bus.isConnected()) {
    finish({}, tr("The screen cannot be captured: there is no D-Bus session (the desktop portal answers there)."));
    return;
  }
  // The portal answers on a request object whose path follows from our bus name and a token of
  // ours: listen there before asking, so that a quick answer is not missed.
  const QString token = QStringLiteral("mdichat%1").arg(QRandomGenerator::global()->generate());
  QString sender = bus.baseService().mid(1);
  sender.replace(QLatin1Char('.'), QLatin1Char('_'));
  m_requestPath = QStringLiteral("%1/request/%2/%3").arg(kPath, sender, token);
  bus.connect(kService, m_requestPath, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"),
              this, SLOT(onResponse(uint, QVariantMap)));
  QDBusMessage call = QDBusMessage::createMethodCall(
      kService, kPath, QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"));
  const QVariantMap options{
      {QStringLiteral("handle_token"), token}, {QStringLiteral("interactive"), true}, {QStringLiteral("modal"), true}};
  call << QString() << options;
  auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
  connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
    w->deleteLater();
    QDBusPendingReply<QDBusObjectPath> reply = *w;
    if (reply.isError())
      finish({}, tr("The desktop portal refused the screenshot: %1").arg(reply.error().message()));
  });
#else
  QTimer::singleShot(0, this, [this] {
    finish({}, tr("Capturing the screen on Wayland needs the desktop portal, and this copy of MDI Chat was built "
                  "without D-Bus support. Take a screenshot with your desktop's tool and paste it (Ctrl+V)."));
  });
#endif
}

void PortalScreenshot::onResponse(uint response, const QVariantMap &results) {
  // 0: done; 1: cancelled by the person; 2: failed.
  if (response == 1) {
    finish({}, {});
    return;
  }
  const QUrl uri(results.value(QStringLiteral("uri")).toString());
  if (response != 0 || !uri.isLocalFile()) {
    finish({}, tr("The desktop portal could not take the screenshot."));
    return;
  }
  const QString path = uri.toLocalFile();
  QImage image(path);
  // The portal leaves its file (often in ~/Pictures); the picture now goes to the image store.
  if (image.isNull()) {
    finish({}, tr("The screenshot the portal wrote (%1) cannot be read.").arg(path));
    return;
  }
  finish(image, {});
}

void PortalScreenshot::finish(const QImage &image, const QString &error) {
  if (m_done)
    return;
  m_done = true;
  Q_EMIT finished(image, error);
}

} // namespace mdi
