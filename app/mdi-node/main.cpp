#include "engine/computeenvironment.h"
#include "mdiversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("mdi-node"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING));

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "main", "MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  // The node service (discovery, pairing, stages) arrives with the peers work; until then the
  // program says so instead of pretending to serve.
  std::fprintf(stderr, "mdi-node %s (libtorch %s): the peer service is not available in this build yet.\n",
               MDI_VERSION_STRING, qPrintable(mdi::ComputeEnvironment::torchVersion()));
  return 1;
}
