#include "mainwindow.h"

#include "mdiversion.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("MDI Chat"));
  QApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING));
  QApplication::setDesktopFileName(QStringLiteral("io.github.mdichat.MdiChat"));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "MDI Chat: local multimodal chat with Qwen2-VL, on this machine and its peers."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  mdi::MainWindow window;
  window.show();
  return app.exec();
}
