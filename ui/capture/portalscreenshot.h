#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace mdi {

// A screenshot through the desktop portal (org.freedesktop.portal.Screenshot over D-Bus), the
// one way a Wayland application may see the screen: the portal shows the desktop's own dialog,
// where the person picks the region (interactive), and answers with a file it wrote. Built only
// with Qt's D-Bus module (MDI_HAVE_QTDBUS); without it isAvailable() is false and request()
// fails at once with a message saying what to do instead.
class PortalScreenshot : public QObject {
  Q_OBJECT
public:
  explicit PortalScreenshot(QObject *parent = nullptr);

  // D-Bus support built in and a session bus that offers the portal.
  static bool isAvailable();
  // Exactly one finished() follows.
  void request();

Q_SIGNALS:
  // The image, or a null image and why not (empty: the person cancelled).
  void finished(const QImage &image, const QString &error);

private Q_SLOTS:
  void onResponse(uint response, const QVariantMap &results);

private:
  void finish(const QImage &image, const QString &error);

  QString m_requestPath;
  bool m_done = false;
};

} // namespace mdi
