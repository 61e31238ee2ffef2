#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdi {

// mdi-run's default mode: `mdi-run --model DIR (--prompt TEXT [--image PATH]... [--system TEXT] |
// --messages FILE.json [--image-dir DIR]) [sampling options] [--dtype f32|bf16] [--threads N]
// [--json]`. Streams the answer to stdout, or prints one JSON object with --json. The options
// are a stable contract: tests and benchmarks drive the engine through them.
class GenerateCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::GenerateCommand)

public:
  // commandSummary: the sub-commands, listed in --help.
  static int run(const QStringList &arguments, const QString &commandSummary);
};

} // namespace mdi
