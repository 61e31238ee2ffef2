#include "discovercommand.h"
#include "downloadcommand.h"
#include "engine/computeenvironment.h"
#include "generatecommand.h"
#include "inspectcommand.h"
#include "makerandomcommand.h"
#include "mdiversion.h"
#include "modelscommand.h"
#include "net/psktls.h"
#include "servecommand.h"
#include "util/languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace {

// Sub-commands: `mdi-run <command> [options]`. Without a command, mdi-run generates an answer
// (GenerateCommand).
struct Command {
  const char *name;
  const char *summary;
  std::function<int(const QStringList &arguments)> run;
};

QList<Command> commands() {
  return {
      {"inspect", QT_TRANSLATE_NOOP("main", "describe a checkpoint folder and validate its weights"),
       &mdi::InspectCommand::run},
      {"make-random", QT_TRANSLATE_NOOP("main", "write a checkpoint with random weights of a real shape (benchmarks)"),
       &mdi::MakeRandomCommand::run},
      {"models", QT_TRANSLATE_NOOP("main", "list the Qwen2-VL checkpoints in the Hugging Face cache and model folders"),
       &mdi::ModelsCommand::run},
      {"download", QT_TRANSLATE_NOOP("main", "download a model from the Hugging Face hub, resumably, with hash checks"),
       &mdi::DownloadCommand::run},
      {"serve",
       QT_TRANSLATE_NOOP("main",
                         "serve the model over HTTP: OpenAI-compatible chat completions with images (docs/API.md)"),
       &mdi::ServeCommand::run},
  };
}

QString commandSummary() {
  QString text;
  for (const Command &c : commands())
    text +=
        QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), -12).arg(QCoreApplication::translate("main", c.summary));
  return text;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  mdi::PskTls::selectBackend(); // before any TLS socket (peers need a backend with PSK)
  QCoreApplication::setApplicationName(QStringLiteral("mdi-run"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING " (libtorch ") +
                                          mdi::ComputeEnvironment::torchVersion() + QStringLiteral(", Qt ") +
                                          QString::fromLatin1(qVersion()) + QStringLiteral(")\n" MDI_LICENSE_NOTICE));
  // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as command-line tools do.
  mdi::LanguageManager::install(QString());

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

  if (args.contains(QStringLiteral("--discover")))
    return mdi::DiscoverCommand::run(args);

  // No command: generate an answer (the default mode, whose --help also lists the commands).
  return mdi::GenerateCommand::run(args, commandSummary());
}
