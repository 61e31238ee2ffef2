#include "demoscreenshot.h"
#include "mainwindow.h"
#include "profilelock.h"
#include "store/appsettings.h"

#include "mdiversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

namespace {

QString tr(const char *text) {
  return QApplication::translate("main", text);
}

// The application's and Qt's translations for the language of the settings ("" = system).
void installTranslations(QApplication &app, const QString &language) {
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  if (!language.isEmpty())
    QLocale::setDefault(locale);
  auto *qt = new QTranslator(&app);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qt);
  auto *own = new QTranslator(&app);
  for (const QString &folder :
       {QStringLiteral(":/i18n"), QApplication::applicationDirPath() + QStringLiteral("/translations"),
        QApplication::applicationDirPath() + QStringLiteral("/../share/mdi-chat/translations")}) {
    if (own->load(locale, QStringLiteral("mdi-chat"), QStringLiteral("_"), folder)) {
      QApplication::installTranslator(own);
      break;
    }
  }
}

} // namespace

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("MDI Chat"));
  QApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING));
  QApplication::setDesktopFileName(QStringLiteral("io.github.mdichat.MdiChat"));

  QCommandLineParser parser;
  parser.setApplicationDescription(tr("MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                   tr("Use the profile (history, images, settings) in <dir> instead of the default."),
                                   tr("dir"));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      tr("Render the window with a demo conversation to the PNG <file> and exit (needs no model)."), tr("file"));
  const QCommandLineOption theme(QStringLiteral("theme"), tr("Theme for --screenshot: light, dark or system."),
                                 tr("theme"), QStringLiteral("light"));
  const QCommandLineOption size(QStringLiteral("size"), tr("Window size for --screenshot, as WIDTHxHEIGHT."),
                                tr("size"), QStringLiteral("1200x800"));
  parser.addOptions({dataDir, screenshot, theme, size});
  parser.process(app);

  if (parser.isSet(screenshot)) {
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(wh.value(0).toInt(), wh.value(1).toInt());
    if (windowSize.width() < 400 || windowSize.height() < 300) {
      std::fprintf(stderr, "%s\n", qPrintable(tr("--size must be at least 400x300, as WIDTHxHEIGHT.")));
      return 2;
    }
    const mdi::Status done = mdi::DemoScreenshot::render(parser.value(screenshot), parser.value(theme), windowSize);
    if (!done) {
      std::fprintf(stderr, "%s\n", qPrintable(done.error()));
      return 1;
    }
    return 0;
  }

  const QString profile = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath()
                                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(profile);
  {
    QSettings settings(mdi::MainWindow::settingsFile(profile), QSettings::IniFormat);
    installTranslations(app, mdi::AppSettings(&settings).language());
  }

  mdi::ProfileLock lock(profile);
  if (!lock.tryLock()) {
    const QString holder = lock.holder();
    const QString message =
        tr("MDI Chat is already running with this profile (%1).\n\nSwitch to the open window, or start with "
           "--data-dir to use another profile.")
            .arg(holder.isEmpty() ? QDir::toNativeSeparators(profile) : holder);
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (qEnvironmentVariableIsEmpty("MDI_CHAT_NO_DIALOGS"))
      QMessageBox::information(nullptr, tr("MDI Chat"), message);
    return 3;
  }

  auto window = mdi::MainWindow::open(profile);
  if (!window) {
    std::fprintf(stderr, "%s\n", qPrintable(window.error()));
    QMessageBox::critical(nullptr, tr("MDI Chat"), tr("The history cannot be opened:\n%1").arg(window.error()));
    return 1;
  }
  (*window)->show();
  return app.exec();
}
