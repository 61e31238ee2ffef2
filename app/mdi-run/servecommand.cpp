#include "servecommand.h"

#include "api/apiserver.h"
#include "api/corspolicy.h"
#include "engine/engine.h"
#include "enginearguments.h"
#include "model/modelconfig.h"
#include "remote/remotestagelinkfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <cstdio>

namespace mdi {

namespace {

int failServe(const QString &message, int code) {
  std::fprintf(stderr, "mdi-run serve: %s\n", qPrintable(message));
  return code;
}

} // namespace

int ServeCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Serves the model over HTTP: OpenAI-compatible chat completions and responses with images, and "
         "Ollama's API (see docs/API.md)."));
  parser.addHelpOption();
  EngineArguments engineArguments;
  engineArguments.addTo(parser);
  const QCommandLineOption host(QStringLiteral("host"),
                                tr("Address to listen on (default 127.0.0.1; 0.0.0.0 exposes the API to the network)."),
                                QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
  const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (default 8080; 0 picks a free one)."),
                                QStringLiteral("PORT"), QStringLiteral("8080"));
  const QCommandLineOption apiKey(
      QStringLiteral("api-key"),
      tr("Require \"Authorization: Bearer KEY\" on every request (default: the MDI_API_KEY environment variable)."),
      QStringLiteral("KEY"));
  const QCommandLineOption maxBody(QStringLiteral("max-body-mb"), tr("Largest request body in MiB (default 50)."),
                                   QStringLiteral("N"));
  const QCommandLineOption maxAnswers(QStringLiteral("max-answers"),
                                      tr("Answers in progress at once; more requests wait (default 16)."),
                                      QStringLiteral("N"));
  const QCommandLineOption maxQueue(QStringLiteral("max-queue"),
                                    tr("Requests waiting for a free answer slot; more get 429 (default 64)."),
                                    QStringLiteral("N"));
  const QCommandLineOption queueTimeout(QStringLiteral("queue-timeout"),
                                        tr("Seconds a request waits for a slot before it gets 429 (default 60)."),
                                        QStringLiteral("SECONDS"));
  const QCommandLineOption allowFileUrls(
      QStringLiteral("allow-file-urls"),
      tr("Read file:// image URLs from this computer's disk (off by default: only data: URLs are read)."));
  // Kept so that scripts written for the earlier default still run; refusing is the default now.
  const QCommandLineOption noFileImages(QStringLiteral("no-file-images"),
                                        tr("Refuse file:// image URLs (the default; overrides --allow-file-urls)."));
  const QCommandLineOption modelAlias(
      QStringLiteral("model-alias"),
      tr("Another name requests may use for the model, listed by /v1/models (repeatable)."), QStringLiteral("NAME"));
  const QCommandLineOption corsOrigin(
      QStringLiteral("cors-origin"),
      tr("Let web pages from ORIGIN (such as http://localhost:3000; * for any) call the API: CORS (repeatable; off "
         "by default)."),
      QStringLiteral("ORIGIN"));
  const QCommandLineOption allowHost(
      QStringLiteral("allow-host"),
      tr("Accept requests addressed to NAME (the Host header, such as host.docker.internal) besides localhost "
         "(repeatable)."),
      QStringLiteral("NAME"));
  parser.addOptions({host, port, apiKey, maxBody, maxAnswers, maxQueue, queueTimeout, allowFileUrls, noFileImages,
                     modelAlias, corsOrigin, allowHost});
  parser.process(arguments);

  if (!parser.isSet(engineArguments.model()))
    return failServe(tr("--model DIR is required (see --help)"), 2);
  // Read before the load because the placement options need the layer count; once loaded, the
  // API takes the configuration and sampling defaults from the engine (EngineModelInfo).
  auto config = ModelConfig::loadFromDirectory(parser.value(engineArguments.model()));
  if (!config)
    return failServe(config.error(), 1);
  auto load = engineArguments.read(parser, *config);
  if (!load)
    return failServe(load.error(), 2);

  ApiServer::Options options;
  options.address = QHostAddress(parser.value(host));
  if (options.address.isNull())
    return failServe(tr("--host takes an IP address such as 127.0.0.1 or ::1, not '%1'").arg(parser.value(host)), 2);
  auto portNumber = EngineArguments::number(parser, port, quint16(8080));
  auto bodyMb = EngineArguments::number(parser, maxBody, qint64(50));
  auto answers = EngineArguments::number(parser, maxAnswers, 16);
  auto queue = EngineArguments::number(parser, maxQueue, 64);
  auto waitSeconds = EngineArguments::number(parser, queueTimeout, 60);
  for (const QString &error :
       {portNumber.error(), bodyMb.error(), answers.error(), queue.error(), waitSeconds.error()}) {
    if (!error.isEmpty())
      return failServe(error, 2);
  }
  if (*bodyMb < 1 || *bodyMb > 4096 || *answers < 1)
    return failServe(tr("--max-body-mb must be 1..4096 and --max-answers at least 1"), 2);
  if (*queue < 0 || *waitSeconds < 1 || *waitSeconds > 3600)
    return failServe(tr("--max-queue must be at least 0 and --queue-timeout 1..3600"), 2);
  options.port = *portNumber;
  options.maxBodyBytes = *bodyMb * 1024 * 1024;
  options.maxActiveAnswers = *answers;
  options.maxQueuedRequests = *queue;
  options.queueTimeoutMs = *waitSeconds * 1000;
  options.allowFileImages = parser.isSet(allowFileUrls) && !parser.isSet(noFileImages);
  options.modelAliases = parser.values(modelAlias);
  for (const QString &alias : std::as_const(options.modelAliases)) {
    if (alias.trimmed().isEmpty())
      return failServe(tr("--model-alias needs a name"), 2);
  }
  for (const QString &origin : parser.values(corsOrigin)) {
    auto normalized = CorsPolicy::normalizeOrigin(origin);
    if (!normalized)
      return failServe(tr("--cors-origin: %1").arg(normalized.error()), 2);
    options.corsOrigins.append(*normalized);
  }
  static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
  for (const QString &name : parser.values(allowHost)) {
    if (!hostName.match(name).hasMatch())
      return failServe(tr("--allow-host takes a host name such as host.docker.internal, not '%1'").arg(name), 2);
    options.allowedHosts.append(name.toLower());
  }
  options.apiKey = parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("MDI_API_KEY");
  if (!options.address.isLoopback() && options.apiKey.isEmpty())
    std::fprintf(stderr, "mdi-run serve: %s\n",
                 qPrintable(tr("warning: listening on %1 without an API key; anyone who can reach this machine can "
                               "use the model%2")
                                .arg(options.address.toString(),
                                     options.allowFileImages ? tr(" and read image files on it") : QString())));

  Engine engine(RemoteStageLinkFactory::create());
  EngineArguments::printLoadProgress(engine, QStringLiteral("mdi-run serve: "));
  ApiServer server(engine);
  // Bound before the (possibly long) load, so a busy port fails at once; requests that come
  // early are answered 503 until the model is ready.
  if (Status listening = server.listen(options); !listening)
    return failServe(listening.error(), 1);

  QEventLoop loop;
  QString loadError;
  QObject::connect(&engine, &Engine::loadFailed, &loop, [&](const QString &error) {
    loadError = error;
    loop.quit();
  });
  QObject::connect(&engine, &Engine::modelLoaded, &loop, [&](const EngineModelInfo &info) {
    std::fprintf(
        stderr, "mdi-run serve: %s\n",
        qPrintable(tr("model %1 loaded (plan %2, %3)").arg(ApiServer::modelId(info.directory), info.plan, info.dtype)));
    std::fprintf(stdout, "Listening on %s\n", qPrintable(server.url()));
    std::fflush(stdout);
  });
  engine.loadModel(*load);
  loop.exec();
  if (!loadError.isEmpty())
    return failServe(loadError, 1);
  return 0;
}

} // namespace mdi
