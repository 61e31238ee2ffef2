#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdi {

// `mdi-run serve --model DIR [--host 127.0.0.1] [--port 8080] [--api-key KEY] [engine options]`:
// loads the model and serves the local API (ApiServer: OpenAI-compatible chat completions,
// docs/API.md) until interrupted. Prints "Listening on http://HOST:PORT" on stdout once the
// model is loaded (--port 0 picks a free port). Exit code 1 when the model does not load or the
// address cannot be bound, 2 for usage errors.
class ServeCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::ServeCommand)
public:
  static int run(const QStringList &arguments);
};

} // namespace mdi
