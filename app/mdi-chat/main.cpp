#include "context/appcontext.h"
#include "context/singleinstance.h"
#include "demoscreenshot.h"
#include "mainwindow.h"
#include "net/psktls.h"
#include "store/appsettings.h"
#include "store/profilelock.h"
#include "util/languagemanager.h"

#include "mdiversion.h"
#include "remote/remotestagelinkfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

// main()'s texts go through this class's tr(): lupdate ignores a tr() outside a class and files
// these under "main", as the translator looks them up.
struct Main {
  Q_DECLARE_TR_FUNCTIONS(main)
};

// The command line, for the GUI and for the text-only answers below.
struct CommandLine {
  QCommandLineOption dataDir{QStringLiteral("data-dir"),
                             Main::tr("Use the profile (history, images, settings) in <dir> instead of the default."),
                             Main::tr("dir")};
  QCommandLineOption screenshot{
      QStringLiteral("screenshot"),
      Main::tr("Render the window with a demo conversation to the PNG <file> and exit (needs no model)."),
      Main::tr("file")};
  QCommandLineOption theme{QStringLiteral("theme"), Main::tr("Theme for --screenshot: light, dark or system."),
                           Main::tr("theme"), QStringLiteral("light")};
  QCommandLineOption size{QStringLiteral("size"), Main::tr("Window size for --screenshot, as WIDTHxHEIGHT."),
                          Main::tr("size"), QStringLiteral("1200x800")};
  QCommandLineOption peers{QStringLiteral("peers"),
                           Main::tr("With --screenshot: show the Peers panel with demo peers and a plan.")};

  void describe(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        Main::tr("MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({dataDir, screenshot, theme, size, peers});
  }
};

void describeApplication() {
  QCoreApplication::setApplicationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  // QCommandLineParser prints "<name> <version>" for --version: the licence rides on the version.
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING "\n" MDI_LICENSE_NOTICE));
  // The system's language for --help and errors; the profile's setting replaces it once known.
  mdi::LanguageManager::install(QString());
}

// --help and --version need no display: answered before QApplication, which aborts without one.
bool onlyAsksForText(int argc, char *argv[]) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray arg(argv[i]);
    if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
      return true;
  }
  return false;
}

} // namespace

int main(int argc, char *argv[]) {
  if (onlyAsksForText(argc, argv)) {
    QCoreApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    const CommandLine options;
    options.describe(parser);
    parser.process(app); // prints and exits
    return 0;
  }
  QApplication app(argc, argv);
  mdi::PskTls::selectBackend(); // before any TLS socket (peers need a backend with PSK)
  describeApplication();
  QApplication::setDesktopFileName(QStringLiteral("io.github.mdi_chat.mdi_chat"));

  QCommandLineParser parser;
  const CommandLine commandLine;
  commandLine.describe(parser);
  parser.process(app);
  const QCommandLineOption &dataDir = commandLine.dataDir, &screenshot = commandLine.screenshot,
                           &theme = commandLine.theme, &size = commandLine.size, &peers = commandLine.peers;

  if (parser.isSet(screenshot)) {
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(wh.value(0).toInt(), wh.value(1).toInt());
    if (windowSize.width() < 400 || windowSize.height() < 300) {
      std::fprintf(stderr, "%s\n", qPrintable(Main::tr("--size must be at least 400x300, as WIDTHxHEIGHT.")));
      return 2;
    }
    const mdi::Status done =
        mdi::DemoScreenshot::render(parser.value(screenshot), parser.value(theme), windowSize, parser.isSet(peers));
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
    QSettings settings(mdi::AppContext::settingsFile(profile), QSettings::IniFormat);
    mdi::LanguageManager::install(mdi::AppSettings(&settings).value(mdi::AppSettings::Language));
  }

  mdi::ProfileLock lock(profile);
  mdi::SingleInstance instance(mdi::SingleInstance::serverNameFor(profile));
  if (!lock.tryLock()) {
    // The running instance brings its window to the front: no second window, no dialog.
    if (instance.activateRunning()) {
      std::fprintf(stderr, "%s\n",
                   qPrintable(Main::tr("MDI Chat is already running with this profile; its window was brought to "
                                       "the front.")));
      return 0;
    }
    // Nobody answered (an instance of an older version, or one on another host over a shared
    // folder): say so as before.
    const QString holder = lock.holder();
    const QString message =
        Main::tr("MDI Chat is already running with this profile (%1).\n\nSwitch to the open window, or start with "
                 "--data-dir to use another profile.")
            .arg(holder.isEmpty() ? QDir::toNativeSeparators(profile) : holder);
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (qEnvironmentVariableIsEmpty("MDI_CHAT_NO_DIALOGS"))
      QMessageBox::information(nullptr, Main::tr("MDI Chat"), message);
    return 3;
  }

  mdi::AppContext::Options options;
  options.peerLinks = mdi::RemoteStageLinkFactory::create(); // this program reaches mdi-node peers
  auto context = mdi::AppContext::open(profile, options);
  if (!context) {
    std::fprintf(stderr, "%s\n", qPrintable(context.error()));
    QMessageBox::critical(nullptr, Main::tr("MDI Chat"),
                          Main::tr("The history cannot be opened:\n%1").arg(context.error()));
    return 1;
  }
  // The window goes before the context it shows.
  auto window = std::make_unique<mdi::MainWindow>(**context);
  (*context)->start(true);
  window->show();
  // Later launches with this profile raise this window (without the socket they get the lock's message).
  if (const mdi::Status listening = instance.listen(); !listening)
    std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
  QObject::connect(&instance, &mdi::SingleInstance::activationRequested, window.get(), [w = window.get()] {
    w->show();
    w->setWindowState((w->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    w->raise();
    w->activateWindow();
  });
  return app.exec();
}
