#pragma once

#include "chat/composer.h"
#include "context/appcontext.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "remote/remotestagelinkfactory.h"
#include "store/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <algorithm>
#include <functional>

#include <memory>

namespace mdi::test {

// Writes settings into a profile folder before a window opens it.
inline void writeSettings(const QString &dataDir, const std::function<void(AppSettings &)> &edit) {
  QSettings qsettings(AppContext::settingsFile(dataDir), QSettings::IniFormat);
  AppSettings settings(&qsettings);
  edit(settings);
  settings.sync();
}

// The tiny fixture model as the window's model: f32, one thread, short answers.
inline void useTinyModel(const QString &dataDir, int maxNewTokens) {
  writeSettings(dataDir, [maxNewTokens](AppSettings &s) {
    s.setValue(AppSettings::ModelDirectory, Fixtures::checkpointDir());
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("f32"));
    s.setValue(AppSettings::Threads, 1);
    s.setValue(AppSettings::MaxNewTokens, maxNewTokens);
  });
}

// A window over its own AppContext, as mdi-chat's main() makes them; the window goes first.
class AppWindow {
public:
  AppWindow() = default;
  AppWindow(std::unique_ptr<AppContext> context, std::unique_ptr<MainWindow> window) :
      m_context(std::move(context)), m_window(std::move(window)) {}
  AppWindow(AppWindow &&other) noexcept = default;
  AppWindow &operator=(AppWindow &&other) noexcept {
    reset();
    m_context = std::move(other.m_context);
    m_window = std::move(other.m_window);
    return *this;
  }
  ~AppWindow() { reset(); }

  void reset() {
    m_window.reset();
    m_context.reset();
  }
  MainWindow *get() const { return m_window.get(); }
  MainWindow *operator->() const { return m_window.get(); }
  MainWindow &operator*() const { return *m_window; }
  explicit operator bool() const { return bool(m_window); }

private:
  std::unique_ptr<AppContext> m_context;
  std::unique_ptr<MainWindow> m_window;
};

// Opens the profile and its window, then starts the context (discovery as `options` say, the
// model when loadModel).
inline AppWindow openWindow(const QString &dataDir, bool loadModel, AppContext::Options options) {
  if (!options.peerLinks)
    options.peerLinks = RemoteStageLinkFactory::create();
  auto context = AppContext::open(dataDir, options);
  if (!context) {
    qWarning("%s", qPrintable(context.error()));
    return {};
  }
  auto window = std::make_unique<MainWindow>(**context);
  (*context)->start(loadModel);
  return AppWindow(std::move(*context), std::move(window));
}

inline AppWindow openWindow(const QString &dataDir, bool loadModel) {
  AppContext::Options options;
  options.discovery = false; // tests stay off the LAN; tst_peerspanel listens on loopback
  return openWindow(dataDir, loadModel, options);
}

// A drag of `mime` entering `target` and dropped there, as the window system delivers it.
// Returns whether the drop was accepted.
inline bool dropOn(QWidget *target, QMimeData *mime) {
  const QPoint pos = target->rect().center();
  QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(target, &enter);
  if (!enter.isAccepted())
    return false;
  QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(target, &drop);
  return drop.isAccepted();
}

// Waits until the composers of `widget`'s window have stored or refused every image handed to
// them (they do that on the thread pool).
inline bool waitForImages(QWidget *widget) {
  const QList<Composer *> composers = widget->window()->findChildren<Composer *>();
  return QTest::qWaitFor(
      [&] { return std::none_of(composers.cbegin(), composers.cend(), [](Composer *c) { return c->isAdding(); }); },
      20000);
}

// Drops the files and waits for the images to be added (or refused).
inline bool dropFiles(QWidget *target, const QStringList &files) {
  QMimeData mime;
  QList<QUrl> urls;
  for (const QString &f : files)
    urls.append(QUrl::fromLocalFile(f));
  mime.setUrls(urls);
  const bool accepted = dropOn(target, &mime);
  return waitForImages(target) && accepted;
}

// With MDI_GUI_TEST_SHOTS=<folder> set, saves what `widget` shows as <folder>/<name>.png, to look
// at the states the tests go through.
inline void shoot(QWidget *widget, const QString &name) {
  const QString folder = qEnvironmentVariable("MDI_GUI_TEST_SHOTS");
  if (folder.isEmpty())
    return;
  QDir().mkpath(folder);
  for (int i = 0; i < 3; ++i) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
  }
  widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace mdi::test
