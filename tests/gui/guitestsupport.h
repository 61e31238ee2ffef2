#pragma once

#include "chat/composer.h"
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
  QSettings qsettings(MainWindow::settingsFile(dataDir), QSettings::IniFormat);
  AppSettings settings(&qsettings);
  edit(settings);
  settings.sync();
}

// The tiny fixture model as the window's model: f32, one thread, short answers.
inline void useTinyModel(const QString &dataDir, int maxNewTokens) {
  writeSettings(dataDir, [maxNewTokens](AppSettings &s) {
    s.setModelDirectory(Fixtures::checkpointDir());
    s.setComputeDtype(QStringLiteral("f32"));
    s.setThreads(1);
    s.setMaxNewTokens(maxNewTokens);
  });
}

inline std::unique_ptr<MainWindow> openWindow(const QString &dataDir, bool loadModel) {
  MainWindow::Options options;
  options.loadModel = loadModel;
  options.discovery = false; // tests stay off the LAN; tst_peerspanel listens on loopback
  options.peerLinks = RemoteStageLinkFactory::create();
  auto window = MainWindow::open(dataDir, options);
  if (!window) {
    qWarning("%s", qPrintable(window.error()));
    return nullptr;
  }
  return std::move(*window);
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
