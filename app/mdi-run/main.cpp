#include "engine/computeenvironment.h"
#include "mdiversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace {

// Sub-commands: `mdi-run <command> [options]`. Without a command, mdi-run generates an answer
// (that mode arrives with the inference engine).
struct Command {
  const char *name;
  const char *summary;
  std::function<int(const QStringList &arguments)> run;
};

QList<Command> commands() {
  return {};
}

void printUsage() {
  std::printf("Usage: mdi-run [command] [options]\n\nCommands:\n");
  for (const Command &c : commands())
    std::printf("  %-12s %s\n", c.name, c.summary);
  std::printf("\nRun 'mdi-run <command> --help' for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("mdi-run"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING " (libtorch ") +
                                          mdi::ComputeEnvironment::torchVersion() + QStringLiteral(", Qt ") +
                                          QString::fromLatin1(qVersion()) + QLatin1Char(')'));

  const QStringList args = app.arguments();
  if (args.size() > 1) {
    for (const Command &c : commands()) {
      if (args.at(1) == QLatin1String(c.name)) {
        QStringList rest = args;
        rest.removeAt(1);
        rest[0] = QStringLiteral("mdi-run ") + QLatin1String(c.name);
        return c.run(rest);
      }
    }
  }

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("main", "MDI Chat on the command line: one prompt and images in, the answer out."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);
  printUsage();
  return 1;
}
