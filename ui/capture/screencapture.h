#pragma once

#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>

class QAction;
class QScreen;
class QWidget;

namespace mdi {

class RegionSelector;

// "Capture Screen Region": a picture of part of the screen for the composer, a vision chat's most
// natural input. On X11, Windows and macOS the window steps aside, the screen it is on is grabbed
// (QScreen::grabWindow) and a RegionSelector over that still picture lets the person drag the
// region; on Wayland, where applications may not read the screen, the desktop portal
// (PortalScreenshot) takes it with the desktop's own region dialog. One capture at a time;
// exactly one of captured, cancelled or failed ends it, and the window is back on show then.
// action() starts it (menu, composer button, Ctrl+Shift+S: an application shortcut, since Qt
// has no portable global one); it follows the window's language.
class ScreenCapture : public QObject {
  Q_OBJECT
public:
  static constexpr int kStepAsideMs = 250; // time for the window to leave the screen before the grab

  explicit ScreenCapture(QWidget *window);

  // A Wayland session: the portal's way (XWayland cannot read other windows either).
  static bool usesPortal();
  bool isActive() const { return m_active; }
  void start();
  // The selector over a screenshot already taken, placed at `geometry` (start() uses it; tests
  // call it with a picture of their own).
  void selectOn(const QPixmap &screenshot, const QRect &geometry);
  RegionSelector *selector() const; // the one on show, if any
  QAction *action() const { return m_action; }

Q_SIGNALS:
  void captured(const QImage &image);
  void cancelled();
  void failed(const QString &message);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void retranslateUi();
  void grab(QScreen *screen);
  void end();

  QWidget *m_window;
  QAction *m_action;
  QPointer<RegionSelector> m_selector;
  bool m_active = false;
  bool m_windowWasVisible = false;
};

} // namespace mdi
