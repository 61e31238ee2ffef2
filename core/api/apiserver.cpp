#include "api/apiserver.h"

#include "api/chatcompletionrequest.h"
#include "api/ollamajson.h"
#include "api/ollamarequest.h"
#include "api/openairesponses.h"
#include "api/responsesjson.h"
#include "api/responsesrequest.h"
#include "engine/engine.h"
#include "engine/promptplanner.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/tokenizer.h"
#include "store/modelregistry.h"
#include "util/jsonreader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace mdi {

namespace {

const QByteArray kModelsPath = "/v1/models";
const QByteArray kModelPrefix = "/v1/models/"; // + a model's id, percent-encoded or not
const QByteArray kChatPath = "/v1/chat/completions";
const QByteArray kMultimodalPath = "/generate/multimodal";
const QByteArray kHealthPath = "/health";
const QByteArray kResponsesPath = "/v1/responses";
// Ollama's API, for tools that speak only it.
const QByteArray kOllamaChatPath = "/api/chat";
const QByteArray kOllamaGeneratePath = "/api/generate";
const QByteArray kOllamaShowPath = "/api/show";
const QByteArray kOllamaTagsPath = "/api/tags";
const QByteArray kOllamaVersionPath = "/api/version";

bool isOllamaPath(const QByteArray &path) {
  return path.startsWith("/api/");
}

// An error in the shape the endpoint's clients read: Ollama's {"error": "..."} or OpenAI's.
HttpResponse errorFor(bool ollama, int status, const QString &message, const QString &code = {},
                      const QString &param = {}) {
  return ollama ? OllamaJson::error(status, message) : OpenAiResponses::error(status, message, code, param);
}

// The host part of a Host header, lower case, without the port.
QByteArray hostName(const QByteArray &hostField) {
  QByteArray host = hostField.trimmed().toLower();
  if (host.startsWith('[')) {
    const qsizetype close = host.indexOf(']');
    return close < 0 ? QByteArray() : host.mid(1, close - 1);
  }
  if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0)
    host = host.left(colon);
  return host;
}

// "localhost", "127.0.0.1:8080", "[::1]:8080", ... : names a browser can only reach through
// this machine's loopback, so a page of another site cannot rebind its name onto the API.
bool isLoopbackHost(const QByteArray &hostField) {
  const QByteArray host = hostName(hostField);
  if (host.isEmpty())
    return false;
  if (host == "localhost" || host.endsWith(".localhost"))
    return true;
  const QHostAddress address(QString::fromLatin1(host));
  return !address.isNull() && address.isLoopback();
}

// Compares without returning early, so the time taken says nothing about the key.
bool sameKey(const QByteArray &a, const QByteArray &b) {
  const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
  const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
  unsigned char diff = 0;
  for (qsizetype i = 0; i < ha.size(); ++i)
    diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
  return diff == 0;
}

QString randomHex(int bytes) {
  QByteArray raw(bytes, Qt::Uninitialized);
  QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                       reinterpret_cast<quint32 *>(raw.data()) + bytes / 4);
  return QString::fromLatin1(raw.toHex());
}

// What the pool makes of a request body: the request ready to start, or the error to answer.
struct Checked {
  std::shared_ptr<const ChatCompletionRequest> request;
  int status = 400;
  QString message;
  QString code;
  QString param;
};

Checked refusal(int status, const QString &message, const QString &code = {}, const QString &param = {}) {
  Checked c;
  c.status = status;
  c.message = message;
  c.code = code;
  c.param = param;
  return c;
}

} // namespace

// One HTTP request being answered: its choices, each an engine conversation.
struct ApiServer::Job {
  struct Choice {
    quint64 conversation = 0;
    QString text;                         // streamed so far
    QList<TokenLogprobs> pendingLogprobs; // streamed with the next piece of text
    GenerationResult result;
    bool done = false;
  };
  quint64 number = 0;
  QPointer<HttpConnection> connection;
  Dialect dialect = Dialect::Chat;
  bool stream = false;
  bool includeUsage = false;
  SamplingParams sampling; // for logprobs: whether asked for, and which tokens end the answer
  OpenAiResponses::Envelope envelope;
  ResponsesJson::Envelope responses; // Dialect::Responses
  int sequence = 0;                  // Dialect::Responses: the next event's sequence_number
  QElapsedTimer started;             // Ollama's total_duration
  QList<Choice> choices;

  bool ollama() const { return dialect == Dialect::OllamaChat || dialect == Dialect::OllamaGenerate; }

  bool wantsLogprobs() const { return sampling.topLogprobs >= 0; }
  // OpenAI lists the tokens of the answer, not the end-of-sequence token that ended it.
  QList<TokenLogprobs> answerLogprobs(const QList<TokenLogprobs> &all) const {
    QList<TokenLogprobs> out;
    for (const TokenLogprobs &t : all) {
      if (t.isValid() && !sampling.isEos(t.chosen.token))
        out.append(t);
    }
    return out;
  }
};

ApiServer::ApiServer(Engine &engine, QObject *parent) : QObject(parent), m_engine(engine) {
  m_server.setHeadFilter([this](const HttpRequest &head) { return checkHead(head); });
  m_server.setErrorResponder(
      [](int status, const QString &message) { return OpenAiResponses::error(status, message); });
  connect(&m_server, &HttpServer::requestReceived, this, &ApiServer::onRequest);
  // The engine emits from its threads; these connections are queued to this object's thread.
  connect(&m_engine, &Engine::tokenGenerated, this, &ApiServer::onToken);
  connect(&m_engine, &Engine::generationFinished, this, &ApiServer::onFinished);
  connect(&m_engine, &Engine::generationFailed, this, &ApiServer::onFailed);
  connect(&m_engine, &Engine::stateChanged, this, [this](Engine::State state) {
    if (state == Engine::State::Ready)
      return;
    // The model went away: the waiting requests cannot start, its answers cannot finish.
    scheduleStartQueued(); // answers the waiting ones 503
    std::vector<quint64> numbers;
    for (const auto &entry : m_jobs)
      numbers.push_back(entry.first);
    for (quint64 number : numbers) {
      auto it = m_jobs.find(number);
      if (it != m_jobs.end() && !it->second->choices.isEmpty())
        failJob(*it->second, 503, tr("The model was unloaded before the answer finished."),
                QStringLiteral("model_not_loaded"));
    }
  });
}

ApiServer::~ApiServer() {
  close();
}

Status ApiServer::listen(const Options &options) {
  m_options = options;
  HttpServer::Options server;
  server.address = options.address;
  server.port = options.port;
  server.maxConnections = options.maxConnections;
  server.connection.limits.maxBodyBytes = options.maxBodyBytes;
  server.connection.cors = CorsPolicy(options.corsOrigins);
  return m_server.listen(server);
}

void ApiServer::close() {
  m_waiting.clear();
  m_server.close(); // each connection's closed() stops its answers
  while (!m_jobs.empty())
    removeJob(m_jobs.begin()->first);
}

bool ApiServer::isListening() const {
  return m_server.isListening();
}

quint16 ApiServer::port() const {
  return m_server.port();
}

QString ApiServer::url() const {
  const QHostAddress address = m_server.address();
  QString host = address.toString();
  if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any || address == QHostAddress::AnyIPv6)
    host = QStringLiteral("127.0.0.1"); // reachable from here; other machines use this one's address
  else if (address.protocol() == QAbstractSocket::IPv6Protocol)
    host = QLatin1Char('[') + host + QLatin1Char(']');
  return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

QString ApiServer::modelId(const QString &directory) {
  const QFileInfo info(QDir::cleanPath(directory));
  // Hugging Face cache: .../models--Qwen--Qwen2-VL-2B-Instruct/snapshots/<commit>
  const QDir parent = info.dir();
  if (parent.dirName() == QLatin1String("snapshots")) {
    const QString repo = ModelRegistry::repoFromFolderName(QFileInfo(parent.absolutePath()).dir().dirName());
    if (!repo.isEmpty())
      return repo;
  }
  // A checkpoint saved by transformers names where it came from; only a repository name counts
  // (a local path there would say nothing to a client, and reveal the disk's layout).
  if (auto config =
          JsonReader::readObjectFile(QDir(info.filePath()).filePath(QStringLiteral("config.json")), 1 << 20)) {
    static const QRegularExpression repo(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QString name = config->value(QStringLiteral("_name_or_path")).toString();
    if (repo.match(name).hasMatch() && !QFileInfo::exists(name))
      return name;
  }
  return info.fileName();
}

QString ApiServer::currentModelId() const {
  const QString &directory = m_engine.modelInfo().directory;
  if (directory != m_idDirectory) {
    m_idDirectory = directory;
    m_id = modelId(directory);
  }
  return m_id;
}

QStringList ApiServer::modelNames() const {
  const QString directory = m_engine.modelInfo().directory;
  QStringList names{currentModelId(), QFileInfo(QDir::cleanPath(directory)).fileName()};
  names += m_options.modelAliases;
  names.removeAll(QString());
  names.removeDuplicates();
  return names;
}

bool ApiServer::isAllowedHost(const QByteArray &hostField) const {
  if (isLoopbackHost(hostField))
    return true;
  const QByteArray host = hostName(hostField);
  for (const QString &allowed : m_options.allowedHosts) {
    if (!host.isEmpty() && host == allowed.toLower().toUtf8())
      return true;
  }
  return false;
}

std::optional<HttpResponse> ApiServer::checkHead(const HttpRequest &head) const {
  const QByteArray &path = head.path;
  const bool ollama = isOllamaPath(path);
  if (m_options.address.isLoopback() && head.hasHeader("host") && !isAllowedHost(head.header("host")))
    return errorFor(ollama, 403,
                    tr("This server answers only requests addressed to localhost (the Host header names another "
                       "host; mdi-run serve --allow-host adds names)."),
                    QStringLiteral("forbidden_host"));
  // Before the key: a browser's preflight never carries one.
  if (CorsPolicy::isPreflight(head)) {
    if (std::optional<HttpResponse> allowed = CorsPolicy(m_options.corsOrigins).preflight(head))
      return allowed;
    return errorFor(ollama, 403,
                    tr("Web pages from %1 may not use this server (mdi-run serve --cors-origin names those that may).")
                        .arg(QString::fromLatin1(head.header("origin").left(200))),
                    QStringLiteral("forbidden_origin"));
  }
  if (!m_options.apiKey.isEmpty()) {
    const QByteArray authorization = head.header("authorization");
    const bool bearer = authorization.size() > 7 && authorization.left(7).toLower() == "bearer ";
    if (!bearer || !sameKey(authorization.mid(7).trimmed(), m_options.apiKey.toUtf8())) {
      HttpResponse r =
          errorFor(ollama, 401,
                   authorization.isEmpty() ? tr("This server needs an API key: send \"Authorization: Bearer KEY\".")
                                           : tr("The API key is wrong."),
                   QStringLiteral("invalid_api_key"));
      r.addHeader("WWW-Authenticate", "Bearer");
      return r;
    }
  }
  const bool post = path == kChatPath || path == kMultimodalPath || path == kResponsesPath || path == kOllamaChatPath ||
                    path == kOllamaGeneratePath || path == kOllamaShowPath;
  const bool get = path == kModelsPath || path == kHealthPath || path == kOllamaTagsPath ||
                   path == kOllamaVersionPath || (path.startsWith(kModelPrefix) && path.size() > kModelPrefix.size());
  if (!post && !get)
    return errorFor(
        ollama, 404,
        tr("There is no %1 here; see docs/API.md for the endpoints.").arg(QString::fromLatin1(path.left(200))),
        QStringLiteral("not_found"));
  const QByteArray method = post ? "POST" : "GET";
  if (head.method != method) {
    HttpResponse r =
        errorFor(ollama, 405, tr("%1 takes %2 requests.").arg(QString::fromLatin1(path), QString::fromLatin1(method)),
                 QStringLiteral("method_not_allowed"));
    r.addHeader("Allow", method);
    return r;
  }
  if (post) {
    const QByteArray type = head.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
      return errorFor(ollama, 415, tr("The request body must be JSON, sent with \"Content-Type: application/json\"."),
                      QStringLiteral("unsupported_media_type"));
  }
  return std::nullopt;
}

void ApiServer::onRequest(HttpConnection *connection, const HttpRequest &request) {
  const bool ready = m_engine.state() == Engine::State::Ready;
  const QString notLoaded = m_engine.state() == Engine::State::Loading
                                ? tr("The model is still loading; try again shortly.")
                                : tr("No model is loaded.");
  if (request.path == kHealthPath) {
    QJsonObject body{{QStringLiteral("status"), ready ? QStringLiteral("ok") : QStringLiteral("no model")}};
    if (ready)
      body.insert(QStringLiteral("model"), currentModelId());
    connection->respond(HttpResponse::json(ready ? 200 : 503, OpenAiResponses::compact(body)));
    return;
  }
  if (request.path == kOllamaVersionPath) {
    connection->respond(HttpResponse::json(
        200, OpenAiResponses::compact(QJsonObject{{QStringLiteral("version"), QLatin1String(OllamaJson::kVersion)}})));
    return;
  }
  if (!ready) {
    connection->respond(errorFor(isOllamaPath(request.path), 503, notLoaded, QStringLiteral("model_not_loaded")));
    return;
  }
  if (request.path == kModelsPath) {
    const EngineModelInfo &info = m_engine.modelInfo();
    const qint64 created = QFileInfo(info.directory + QStringLiteral("/config.json")).lastModified().toSecsSinceEpoch();
    // The id first (clients that take the first entry get it), then the names a client was told
    // to use; the folder's name is accepted but not listed, as it says nothing.
    QJsonArray data{OpenAiResponses::model(currentModelId(), created)};
    for (const QString &alias : m_options.modelAliases) {
      if (alias != currentModelId())
        data.append(OpenAiResponses::model(alias, created));
    }
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
    connection->respond(HttpResponse::json(200, OpenAiResponses::compact(body)));
    return;
  }
  if (request.path.startsWith(kModelPrefix)) {
    answerModel(connection, QUrl::fromPercentEncoding(request.path.mid(kModelPrefix.size())));
    return;
  }
  if (request.path == kOllamaTagsPath || request.path == kOllamaShowPath) {
    answerOllamaModel(connection, request);
    return;
  }
  Dialect dialect = Dialect::Chat;
  if (request.path == kMultimodalPath)
    dialect = Dialect::Qwen;
  else if (request.path == kResponsesPath)
    dialect = Dialect::Responses;
  else if (request.path == kOllamaChatPath)
    dialect = Dialect::OllamaChat;
  else if (request.path == kOllamaGeneratePath)
    dialect = Dialect::OllamaGenerate;
  startCompletion(connection, request, dialect);
}

void ApiServer::answerOllamaModel(HttpConnection *connection, const HttpRequest &request) {
  const EngineModelInfo &info = m_engine.modelInfo();
  const QFileInfo config(info.directory + QStringLiteral("/config.json"));
  const QString modified = config.lastModified().toUTC().toString(Qt::ISODateWithMs);
  const QJsonObject details = OllamaJson::details(info.dtype, info.weightBytes);
  if (request.path == kOllamaTagsPath) {
    QJsonArray models;
    QStringList names{currentModelId()};
    names += m_options.modelAliases;
    names.removeDuplicates();
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash((currentModelId() + info.dtype).toUtf8(), QCryptographicHash::Sha256).toHex());
    for (const QString &name : std::as_const(names))
      models.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("model"), name},
                                {QStringLiteral("modified_at"), modified},
                                {QStringLiteral("size"), info.weightBytes},
                                {QStringLiteral("digest"), digest},
                                {QStringLiteral("details"), details}});
    connection->respond(
        HttpResponse::json(200, OpenAiResponses::compact(QJsonObject{{QStringLiteral("models"), models}})));
    return;
  }
  // /api/show {"model": NAME} (older clients: "name").
  const QJsonObject body = QJsonDocument::fromJson(request.body).object();
  const QString name = OllamaRequest::modelName(
      body.value(QStringLiteral("model")).toString(body.value(QStringLiteral("name")).toString()));
  if (!modelNames().contains(name)) {
    connection->respond(OllamaJson::error(
        404, tr("model '%1' not found; GET /api/tags lists the one this server has").arg(name.left(200))));
    return;
  }
  const QJsonObject modelInfo{{QStringLiteral("general.architecture"), QStringLiteral("qwen2vl")},
                              {QStringLiteral("general.basename"), currentModelId()},
                              {QStringLiteral("qwen2vl.context_length"), info.contextTokens}};
  const QJsonObject out{
      {QStringLiteral("modelfile"), QString()},
      {QStringLiteral("parameters"), QString()},
      {QStringLiteral("template"), QString()},
      {QStringLiteral("details"), details},
      {QStringLiteral("model_info"), modelInfo},
      {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("completion"), QStringLiteral("vision")}},
      {QStringLiteral("modified_at"), modified}};
  connection->respond(HttpResponse::json(200, OpenAiResponses::compact(out)));
}

void ApiServer::answerModel(HttpConnection *connection, const QString &name) {
  if (!modelNames().contains(name)) {
    connection->respond(OpenAiResponses::error(
        404,
        tr("The model '%1' does not exist here; GET /v1/models lists the one this server has.").arg(name.left(200)),
        QStringLiteral("model_not_found"), QStringLiteral("model")));
    return;
  }
  const EngineModelInfo &info = m_engine.modelInfo();
  const qint64 created = QFileInfo(info.directory + QStringLiteral("/config.json")).lastModified().toSecsSinceEpoch();
  // An alias answers with its own name, as the client asked for it.
  const QString id = m_options.modelAliases.contains(name) ? name : currentModelId();
  connection->respond(HttpResponse::json(200, OpenAiResponses::compact(OpenAiResponses::model(id, created))));
}

void ApiServer::startCompletion(HttpConnection *connection, const HttpRequest &request, Dialect dialect) {
  // The engine's copy of the model's configuration and tokenizer, the ones it was loaded with
  // (never null once Ready, which onRequest checked).
  const EngineModelInfo &info = m_engine.modelInfo();
  const std::shared_ptr<const ModelConfig> config = info.config;
  const std::shared_ptr<const Tokenizer> tokenizer = info.tokenizer;
  if (!config || !tokenizer) {
    connection->respond(OpenAiResponses::error(500, tr("The model's configuration cannot be read."), {}));
    return;
  }
  ChatCompletionRequest::Defaults defaults;
  defaults.sampling = info.generationDefaults;
  defaults.contextTokens = info.contextTokens;
  defaults.maxChoices = m_options.maxChoices;
  defaults.allowFileImages = m_options.allowFileImages;
  defaults.maxImages = m_options.maxImagesPerRequest;
  const QStringList names = modelNames();
  const qint64 maxImagePixels = info.maxImagePixels;
  const qint64 pixelBudget = m_options.maxImagePixelsPerRequest;

  // Parsing tens of megabytes of JSON, decoding images and tokenizing would stall this thread
  // (the GUI's in mdi-chat): all run on the pool, and the answer starts when they are done.
  auto *watcher = new QFutureWatcher<Checked>(this);
  QPointer<HttpConnection> client(connection);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, client, dialect] {
    watcher->deleteLater();
    const Checked checked = watcher->result();
    if (!client || !client->isOpen())
      return; // the client left while the request was read
    if (!checked.request) {
      client->respond(errorResponse(dialect, checked.status, checked.message, checked.code, checked.param));
      return;
    }
    if (m_engine.state() != Engine::State::Ready) {
      client->respond(errorResponse(dialect, 503, tr("No model is loaded."), QStringLiteral("model_not_loaded")));
      return;
    }
    if (checked.request->echo.value(QStringLiteral("load")).toBool()) {
      // Ollama's way to load a model: a request without a prompt, answered at once.
      const QString model = checked.request->model.isEmpty() ? currentModelId() : checked.request->model;
      client->respond(HttpResponse::json(
          200, OpenAiResponses::compact(OllamaJson::done(dialect == Dialect::OllamaChat, model, QString(),
                                                         QStringLiteral("load"), GenerationStats(), 0))));
      return;
    }
    admit(client, dialect, *checked.request);
  });
  watcher->setFuture(QtConcurrent::run([body = request.body, dialect, defaults, config, tokenizer, names,
                                        maxImagePixels, pixelBudget]() -> Checked {
    Expected<ChatCompletionRequest> parsed = makeError(QString());
    switch (dialect) {
    case Dialect::Chat:
    case Dialect::Qwen:
      parsed = ChatCompletionRequest::fromJson(
          body, dialect == Dialect::Qwen ? ChatCompletionRequest::Format::Qwen : ChatCompletionRequest::Format::OpenAi,
          defaults);
      break;
    case Dialect::Responses:
      parsed = ResponsesRequest::fromJson(body, defaults);
      break;
    case Dialect::OllamaChat:
    case Dialect::OllamaGenerate:
      parsed = OllamaRequest::fromJson(
          body, dialect == Dialect::OllamaChat ? OllamaRequest::Endpoint::Chat : OllamaRequest::Endpoint::Generate,
          defaults);
      break;
    }
    if (!parsed)
      return refusal(400, parsed.error());
    // As OpenAI does: a client that names another model learns so at once, not from the answer.
    if (!parsed->model.isEmpty() && !names.contains(parsed->model))
      return refusal(
          404,
          tr("The model '%1' does not exist here; this server has '%2'.").arg(parsed->model.left(200), names.value(0)),
          QStringLiteral("model_not_found"), QStringLiteral("model"));
    if (parsed->echo.value(QStringLiteral("load")).toBool()) {
      Checked ok;
      ok.request = std::make_shared<const ChatCompletionRequest>(std::move(*parsed));
      return ok;
    }
    ImagePreprocessor images(config->preprocessor);
    if (maxImagePixels > 0)
      images.setMaxPixels(maxImagePixels); // as the pipeline's
    if (Status decoded = parsed->prepareImages(images, pixelBudget); !decoded)
      return refusal(400, decoded.error());
    // The prompt as the engine will build it (with the images just decoded): a request that
    // cannot be answered is the client's error, answered before the answer starts.
    GenerationResult scratch;
    auto plan = PromptPlanner::plan(parsed->generation, *config, *tokenizer, images, scratch);
    if (!plan) {
      switch (scratch.errorKind) {
      case GenerationErrorKind::ContextLengthExceeded:
        return refusal(400, plan.error(), QStringLiteral("context_length_exceeded"), QStringLiteral("messages"));
      case GenerationErrorKind::InvalidRequest:
        return refusal(400, plan.error(), {}, QStringLiteral("messages"));
      case GenerationErrorKind::Internal:
        break;
      }
      return refusal(500, plan.error(), QStringLiteral("generation_failed"));
    }
    Checked ok;
    ok.request = std::make_shared<const ChatCompletionRequest>(std::move(*parsed));
    return ok;
  }));
}

HttpResponse ApiServer::errorResponse(Dialect dialect, int status, const QString &message, const QString &code,
                                      const QString &param) {
  return errorFor(dialect == Dialect::OllamaChat || dialect == Dialect::OllamaGenerate, status, message, code, param);
}

HttpResponse ApiServer::tooBusy(Dialect dialect, const QString &message) const {
  HttpResponse r = errorResponse(dialect, 429, message, QStringLiteral("rate_limit_exceeded"));
  // Without it clients retry at once, a few times within a second, while the answers that hold
  // the slots run on for many.
  r.addHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
  return r;
}

void ApiServer::admit(HttpConnection *connection, Dialect dialect, const ChatCompletionRequest &request) {
  if (request.n > m_options.maxActiveAnswers) {
    connection->respond(errorResponse(dialect, 400,
                                      tr("'n' is %1, more answers than this server runs at once (%2).")
                                          .arg(request.n)
                                          .arg(m_options.maxActiveAnswers),
                                      {}, QStringLiteral("n")));
    return;
  }
  // Oldest first: a request that fits now does not overtake one that waits.
  if (m_waiting.empty() && activeAnswers() + request.n <= m_options.maxActiveAnswers) {
    startJob(connection, dialect, request);
    return;
  }
  if (int(m_waiting.size()) >= m_options.maxQueuedRequests) {
    connection->respond(
        tooBusy(dialect, tr("%n answer(s) are in progress and %1 requests are waiting, the most this server "
                            "holds; try again later.",
                            nullptr, activeAnswers())
                             .arg(m_waiting.size())));
    return;
  }
  Waiting waiting;
  waiting.number = m_nextWaiting++;
  waiting.connection = connection;
  waiting.dialect = dialect;
  // Without its decoded images (the engine decodes them again when the request starts): 64
  // waiting requests must not hold gigabytes of pixels.
  auto held = std::make_shared<ChatCompletionRequest>(request);
  held->generation.preparedImages.reset();
  waiting.request = std::move(held);
  m_waiting.push_back(std::move(waiting));
  // A client that leaves while waiting frees its place at once.
  connect(connection, &HttpConnection::closed, this, &ApiServer::onConnectionClosed, Qt::UniqueConnection);
  QTimer::singleShot(m_options.queueTimeoutMs, this, [this, number = m_waiting.back().number] { expire(number); });
}

void ApiServer::expire(quint64 number) {
  const auto it =
      std::find_if(m_waiting.begin(), m_waiting.end(), [&](const Waiting &w) { return w.number == number; });
  if (it == m_waiting.end())
    return; // started meanwhile
  const QPointer<HttpConnection> connection = it->connection;
  const Dialect dialect = it->dialect;
  m_waiting.erase(it);
  if (connection && connection->isOpen())
    connection->respond(tooBusy(dialect, tr("The request waited %1 s for a free slot; try again later.")
                                             .arg(QLocale::c().toString(m_options.queueTimeoutMs / 1000.0, 'g', 3))));
}

void ApiServer::startQueued() {
  m_startQueuedPosted = false;
  while (!m_waiting.empty()) {
    Waiting &front = m_waiting.front();
    if (!front.connection || !front.connection->isOpen()) {
      m_waiting.pop_front(); // the client gave up waiting
      continue;
    }
    if (m_engine.state() != Engine::State::Ready) {
      const QPointer<HttpConnection> connection = front.connection;
      const Dialect dialect = front.dialect;
      m_waiting.pop_front();
      connection->respond(errorResponse(dialect, 503, tr("No model is loaded."), QStringLiteral("model_not_loaded")));
      continue;
    }
    if (activeAnswers() + front.request->n > m_options.maxActiveAnswers)
      return;
    const Waiting next = std::move(front);
    m_waiting.pop_front();
    startJob(next.connection, next.dialect, *next.request);
  }
}

void ApiServer::startJob(HttpConnection *connection, Dialect dialect, const ChatCompletionRequest &request) {
  auto job = std::make_unique<Job>();
  job->number = m_nextJob++;
  job->connection = connection;
  job->dialect = dialect;
  job->stream = request.stream;
  job->includeUsage = request.includeUsage;
  job->sampling = request.generation.sampling;
  job->started.start();
  job->envelope.id = (dialect == Dialect::Qwen ? QStringLiteral("gen-") : QStringLiteral("chatcmpl-")) + randomHex(12);
  job->envelope.created = QDateTime::currentSecsSinceEpoch();
  const EngineModelInfo &info = m_engine.modelInfo();
  // The name the client used (an alias stays an alias), as OpenAI echoes the model it served.
  job->envelope.model = request.model.isEmpty() ? currentModelId() : request.model;
  // What determines the answers besides the request: the model, its weights' formats and the
  // plan. Clients compare it across responses to notice that the backend changed.
  job->envelope.systemFingerprint =
      QStringLiteral("fp_") +
      QString::fromLatin1(QCryptographicHash::hash((currentModelId() + QLatin1Char('|') + info.dtype +
                                                    QLatin1Char('|') + info.plan + QLatin1Char('|') + info.kernels)
                                                       .toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(10));
  job->responses.id = QStringLiteral("resp_") + randomHex(24);
  job->responses.itemId = QStringLiteral("msg_") + randomHex(24);
  job->responses.created = job->envelope.created;
  job->responses.model = job->envelope.model;
  job->responses.echo = request.echo;
  // One closed() connection per job: a keep-alive connection carries one request at a time.
  connect(connection, &HttpConnection::closed, this, &ApiServer::onConnectionClosed, Qt::UniqueConnection);
  if (job->stream) {
    switch (dialect) {
    case Dialect::Chat:
    case Dialect::Qwen:
      connection->beginStream(200, {{"Content-Type", "text/event-stream; charset=utf-8"}});
      for (int k = 0; k < request.n; ++k)
        connection->writeStream(OpenAiResponses::sseEvent(
            OpenAiResponses::chunk(job->envelope, k,
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                               {QStringLiteral("content"), QString()},
                                               {QStringLiteral("refusal"), QJsonValue::Null}})));
      break;
    case Dialect::Responses: {
      connection->beginStream(200, {{"Content-Type", "text/event-stream; charset=utf-8"}});
      const ResponsesJson::Envelope &e = job->responses;
      const QJsonObject created{{QStringLiteral("response"), ResponsesJson::response(e, QStringLiteral("in_progress"),
                                                                                     QJsonArray(), QJsonValue::Null)}};
      connection->writeStream(ResponsesJson::event(QStringLiteral("response.created"), created, job->sequence));
      connection->writeStream(ResponsesJson::event(QStringLiteral("response.in_progress"), created, job->sequence));
      connection->writeStream(ResponsesJson::event(
          QStringLiteral("response.output_item.added"),
          QJsonObject{{QStringLiteral("output_index"), 0},
                      {QStringLiteral("item"), ResponsesJson::messageItem(e, QStringLiteral("in_progress"), {})}},
          job->sequence));
      QJsonObject part = ResponsesJson::partAddress(e);
      part.insert(QStringLiteral("part"), ResponsesJson::outputText(QString()));
      connection->writeStream(ResponsesJson::event(QStringLiteral("response.content_part.added"), part, job->sequence));
      break;
    }
    case Dialect::OllamaChat:
    case Dialect::OllamaGenerate:
      connection->beginStream(200, {{"Content-Type", "application/x-ndjson"}});
      break;
    }
  }
  Job &j = *job;
  m_jobs.emplace(job->number, std::move(job));
  for (int k = 0; k < request.n; ++k) {
    // Distinct seeds make the n answers differ when sampling; greedy ones agree. (Unsigned, so
    // a seed at the top of the range wraps around.)
    GenerationRequest generation = request.generation;
    generation.sampling.seed = request.generation.sampling.seed + quint64(k);
    Job::Choice choice;
    choice.conversation = m_engine.generate(generation);
    j.choices.append(choice);
    m_jobByConversation.insert(choice.conversation, j.number);
  }
  Q_EMIT activeAnswersChanged(activeAnswers());
}

void ApiServer::writePiece(Job &job, int k, const QString &piece, const QJsonValue &logprobs) {
  if (!job.stream || !job.connection || piece.isEmpty())
    return;
  switch (job.dialect) {
  case Dialect::Chat:
  case Dialect::Qwen:
    job.connection->writeStream(OpenAiResponses::sseEvent(
        OpenAiResponses::chunk(job.envelope, k, QJsonObject{{QStringLiteral("content"), piece}}, {}, logprobs)));
    break;
  case Dialect::Responses: {
    QJsonObject delta = ResponsesJson::partAddress(job.responses);
    delta.insert(QStringLiteral("delta"), piece);
    delta.insert(QStringLiteral("logprobs"), QJsonArray());
    job.connection->writeStream(
        ResponsesJson::event(QStringLiteral("response.output_text.delta"), delta, job.sequence));
    break;
  }
  case Dialect::OllamaChat:
  case Dialect::OllamaGenerate:
    job.connection->writeStream(
        OllamaJson::line(OllamaJson::piece(job.dialect == Dialect::OllamaChat, job.envelope.model, piece)));
    break;
  }
}

void ApiServer::onToken(quint64 conversation, qint64 /*token*/, const QString &piece, const TokenLogprobs &logprobs) {
  const auto found = m_jobByConversation.constFind(conversation);
  if (found == m_jobByConversation.cend())
    return;
  Job &job = *m_jobs.at(*found);
  for (int k = 0; k < job.choices.size(); ++k) {
    Job::Choice &choice = job.choices[k];
    if (choice.conversation != conversation)
      continue;
    if (job.wantsLogprobs() && logprobs.isValid() && !job.sampling.isEos(logprobs.chosen.token))
      choice.pendingLogprobs.append(logprobs);
    if (piece.isEmpty())
      continue; // text held back (a partial character or stop string): its logprobs go with the next piece
    choice.text += piece;
    const QJsonValue lp = job.wantsLogprobs() ? QJsonValue(OpenAiResponses::logprobs(choice.pendingLogprobs))
                                              : QJsonValue(QJsonValue::Null);
    choice.pendingLogprobs.clear();
    writePiece(job, k, piece, lp);
  }
}

void ApiServer::onFinished(quint64 conversation, const GenerationResult &result) {
  const auto found = m_jobByConversation.constFind(conversation);
  if (found == m_jobByConversation.cend())
    return;
  Job &job = *m_jobs.at(*found);
  m_jobByConversation.remove(conversation);
  m_engine.forgetConversation(conversation); // an API answer has no next turn
  for (int k = 0; k < job.choices.size(); ++k) {
    Job::Choice &choice = job.choices[k];
    if (choice.conversation != conversation)
      continue;
    choice.done = true;
    choice.result = result;
    if (job.stream && job.connection) {
      auto pending = [&]() -> QJsonValue {
        if (!job.wantsLogprobs() || choice.pendingLogprobs.isEmpty())
          return QJsonValue::Null;
        const QJsonObject lp = OpenAiResponses::logprobs(choice.pendingLogprobs);
        choice.pendingLogprobs.clear();
        return lp;
      };
      // Text held back until the end (a partial stop string that did not match) comes last.
      if (result.text.startsWith(choice.text) && result.text.size() > choice.text.size())
        writePiece(job, k, result.text.mid(choice.text.size()), pending());
      if (job.dialect == Dialect::Chat || job.dialect == Dialect::Qwen)
        job.connection->writeStream(OpenAiResponses::sseEvent(OpenAiResponses::chunk(
            job.envelope, k, QJsonObject(), OpenAiResponses::finishReason(result.finishReason), pending())));
    }
  }
  Q_EMIT activeAnswersChanged(activeAnswers());
  scheduleStartQueued();
  if (std::all_of(job.choices.cbegin(), job.choices.cend(), [](const Job::Choice &c) { return c.done; }))
    completeJob(job);
}

void ApiServer::onFailed(quint64 conversation, const QString &error) {
  const auto found = m_jobByConversation.constFind(conversation);
  if (found == m_jobByConversation.cend())
    return;
  Job &job = *m_jobs.at(*found);
  m_jobByConversation.remove(conversation);
  m_engine.forgetConversation(conversation);
  for (Job::Choice &choice : job.choices) {
    if (choice.conversation == conversation)
      choice.done = true;
  }
  failJob(job, 500, tr("The answer failed: %1").arg(error), QStringLiteral("generation_failed"));
}

void ApiServer::completeJob(Job &job) {
  // Answering may close the connection at once, whose closed() drops the job: keep its number.
  const quint64 number = job.number;
  qint64 promptTokens = 0;
  qint64 completionTokens = 0;
  for (const Job::Choice &choice : std::as_const(job.choices)) {
    promptTokens = choice.result.stats.promptTokens; // the same prompt for every choice
    completionTokens += choice.result.stats.generatedTokens;
  }
  if (!job.connection) {
    removeJob(number);
    return;
  }
  HttpConnection &connection = *job.connection;
  const GenerationResult &first = job.choices.first().result;
  switch (job.dialect) {
  case Dialect::Chat:
  case Dialect::Qwen: {
    const QJsonObject usage = OpenAiResponses::usage(promptTokens, completionTokens);
    if (job.stream) {
      if (job.includeUsage)
        connection.writeStream(OpenAiResponses::sseEvent(OpenAiResponses::usageChunk(job.envelope, usage)));
      connection.writeStream(OpenAiResponses::sseDone());
      connection.endStream();
    } else if (job.dialect == Dialect::Qwen) {
      const QJsonObject body{{QStringLiteral("id"), job.envelope.id},
                             {QStringLiteral("object"), QStringLiteral("generation")},
                             {QStringLiteral("created"), job.envelope.created},
                             {QStringLiteral("model"), job.envelope.model},
                             {QStringLiteral("text"), first.text},
                             {QStringLiteral("finish_reason"), OpenAiResponses::finishReason(first.finishReason)},
                             {QStringLiteral("usage"), usage}};
      connection.respond(HttpResponse::json(200, OpenAiResponses::compact(body)));
    } else {
      QJsonArray choices;
      for (int k = 0; k < job.choices.size(); ++k) {
        const GenerationResult &r = job.choices[k].result;
        const QJsonValue lp = job.wantsLogprobs()
                                  ? QJsonValue(OpenAiResponses::logprobs(job.answerLogprobs(r.logprobs)))
                                  : QJsonValue(QJsonValue::Null);
        choices.append(OpenAiResponses::choice(k, r.text, r.finishReason, lp));
      }
      connection.respond(
          HttpResponse::json(200, OpenAiResponses::compact(OpenAiResponses::completion(job.envelope, choices, usage))));
    }
    break;
  }
  case Dialect::Responses: {
    // Cut by max_output_tokens: "incomplete", as OpenAI reports it.
    const QString status =
        first.finishReason == FinishReason::Length ? QStringLiteral("incomplete") : QStringLiteral("completed");
    const QJsonObject part = ResponsesJson::outputText(first.text);
    const QJsonObject item = ResponsesJson::messageItem(job.responses, status, QJsonArray{part});
    const QJsonObject response = ResponsesJson::response(job.responses, status, QJsonArray{item},
                                                         ResponsesJson::usage(promptTokens, completionTokens));
    if (!job.stream) {
      connection.respond(HttpResponse::json(200, OpenAiResponses::compact(response)));
      break;
    }
    QJsonObject done = ResponsesJson::partAddress(job.responses);
    done.insert(QStringLiteral("text"), first.text);
    done.insert(QStringLiteral("logprobs"), QJsonArray());
    connection.writeStream(ResponsesJson::event(QStringLiteral("response.output_text.done"), done, job.sequence));
    QJsonObject partDone = ResponsesJson::partAddress(job.responses);
    partDone.insert(QStringLiteral("part"), part);
    connection.writeStream(ResponsesJson::event(QStringLiteral("response.content_part.done"), partDone, job.sequence));
    connection.writeStream(ResponsesJson::event(
        QStringLiteral("response.output_item.done"),
        QJsonObject{{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), item}}, job.sequence));
    connection.writeStream(ResponsesJson::event(status == QLatin1String("completed")
                                                    ? QStringLiteral("response.completed")
                                                    : QStringLiteral("response.incomplete"),
                                                QJsonObject{{QStringLiteral("response"), response}}, job.sequence));
    connection.endStream();
    break;
  }
  case Dialect::OllamaChat:
  case Dialect::OllamaGenerate: {
    GenerationStats stats = first.stats;
    stats.generatedTokens = completionTokens;
    const QJsonObject done =
        OllamaJson::done(job.dialect == Dialect::OllamaChat, job.envelope.model, job.stream ? QString() : first.text,
                         OllamaJson::doneReason(first.finishReason), stats, job.started.nsecsElapsed());
    if (job.stream) {
      connection.writeStream(OllamaJson::line(done));
      connection.endStream();
    } else {
      connection.respond(HttpResponse::json(200, OpenAiResponses::compact(done)));
    }
    break;
  }
  }
  removeJob(number);
}

void ApiServer::failJob(Job &job, int status, const QString &message, const QString &code) {
  const quint64 number = job.number;
  if (job.connection) {
    if (job.stream) {
      // The status line has gone out already: the error travels in the stream.
      switch (job.dialect) {
      case Dialect::Chat:
      case Dialect::Qwen:
        job.connection->writeStream(OpenAiResponses::sseEvent(OpenAiResponses::errorObject(status, message, code)));
        job.connection->writeStream(OpenAiResponses::sseDone());
        break;
      case Dialect::Responses:
        job.connection->writeStream(ResponsesJson::event(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("param"), QJsonValue::Null}},
            job.sequence));
        break;
      case Dialect::OllamaChat:
      case Dialect::OllamaGenerate:
        job.connection->writeStream(OllamaJson::line(QJsonObject{{QStringLiteral("error"), message}}));
        break;
      }
      job.connection->endStream();
    } else {
      job.connection->respond(errorResponse(job.dialect, status, message, code));
    }
  }
  removeJob(number);
}

void ApiServer::onConnectionClosed(HttpConnection *connection) {
  std::erase_if(m_waiting, [&](const Waiting &w) { return !w.connection || w.connection == connection; });
  std::vector<quint64> numbers;
  for (const auto &entry : m_jobs) {
    if (entry.second->connection == connection)
      numbers.push_back(entry.first);
  }
  for (quint64 number : numbers)
    removeJob(number);
}

void ApiServer::removeJob(quint64 number) {
  auto it = m_jobs.find(number);
  if (it == m_jobs.end())
    return;
  const std::unique_ptr<Job> job = std::move(it->second);
  m_jobs.erase(it);
  bool changed = false;
  for (const Job::Choice &choice : std::as_const(job->choices)) {
    if (!m_jobByConversation.remove(choice.conversation))
      continue;
    // Still running: nobody will read it.
    m_engine.stop(choice.conversation);
    m_engine.forgetConversation(choice.conversation);
    changed = true;
  }
  if (changed) {
    Q_EMIT activeAnswersChanged(activeAnswers());
    scheduleStartQueued();
  }
}

void ApiServer::scheduleStartQueued() {
  // Later, from the event loop: this runs inside the handlers of a finished or dropped answer,
  // which must not start another one under their feet.
  if (m_startQueuedPosted || m_waiting.empty())
    return;
  m_startQueuedPosted = true;
  QMetaObject::invokeMethod(this, &ApiServer::startQueued, Qt::QueuedConnection);
}

} // namespace mdi
