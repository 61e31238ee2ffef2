#include "engine/computeenvironment.h"
#include "mdiversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("mdi-run"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING " (libtorch ") +
                                          mdi::ComputeEnvironment::torchVersion() + QStringLiteral(", Qt ") +
                                          QString::fromLatin1(qVersion()) + QLatin1Char(')'));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("main", "MDI Chat on the command line: one prompt and images in, the answer out."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);
  parser.showHelp(1);
}
