#include "api/apiserver.h"

#include "api/chatcompletionrequest.h"
#include "api/openairesponses.h"
#include "engine/engine.h"
#include "model/modelconfig.h"
#include "store/modelregistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace mdi {

namespace {

const QByteArray kModelsPath = "/v1/models";
const QByteArray kChatPath = "/v1/chat/completions";
const QByteArray kMultimodalPath = "/generate/multimodal";
const QByteArray kHealthPath = "/health";

// "localhost", "127.0.0.1:8080", "[::1]:8080", ... : names a browser can only reach through
// this machine's loopback, so a page of another site cannot rebind its name onto the API.
bool isLoopbackHost(const QByteArray &hostField) {
  QByteArray host = hostField.trimmed().toLower();
  if (host.startsWith('[')) {
    const qsizetype close = host.indexOf(']');
    if (close < 0)
      return false;
    host = host.mid(1, close - 1);
  } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
    host = host.left(colon);
  }
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

} // namespace

// One HTTP request being answered: its choices, each an engine conversation.
struct ApiServer::Job {
  struct Choice {
    quint64 conversation = 0;
    QString text; // streamed so far
    GenerationResult result;
    bool done = false;
  };
  quint64 number = 0;
  QPointer<HttpConnection> connection;
  bool qwenFormat = false;
  bool stream = false;
  bool includeUsage = false;
  QString id;
  qint64 created = 0;
  QString model;
  QList<Choice> choices;
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
    // The model went away: its answers cannot finish.
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
  return m_server.listen(server);
}

void ApiServer::close() {
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
  return info.fileName();
}

std::optional<HttpResponse> ApiServer::checkHead(const HttpRequest &head) const {
  if (m_options.address.isLoopback() && head.hasHeader("host") && !isLoopbackHost(head.header("host")))
    return OpenAiResponses::error(
        403, tr("This server answers only requests addressed to localhost (the Host header names another host)."),
        QStringLiteral("forbidden_host"));
  if (!m_options.apiKey.isEmpty()) {
    const QByteArray authorization = head.header("authorization");
    const bool bearer = authorization.size() > 7 && authorization.left(7).toLower() == "bearer ";
    if (!bearer || !sameKey(authorization.mid(7).trimmed(), m_options.apiKey.toUtf8())) {
      HttpResponse r = OpenAiResponses::error(
          401,
          authorization.isEmpty() ? tr("This server needs an API key: send \"Authorization: Bearer KEY\".")
                                  : tr("The API key is wrong."),
          QStringLiteral("invalid_api_key"));
      r.addHeader("WWW-Authenticate", "Bearer");
      return r;
    }
  }
  const QByteArray &path = head.path;
  const bool post = path == kChatPath || path == kMultimodalPath;
  const bool get = path == kModelsPath || path == kHealthPath;
  if (!post && !get)
    return OpenAiResponses::error(
        404, tr("There is no %1 here; see docs/API.md for the endpoints.").arg(QString::fromLatin1(path.left(200))),
        QStringLiteral("not_found"));
  const QByteArray method = post ? "POST" : "GET";
  if (head.method != method) {
    HttpResponse r = OpenAiResponses::error(
        405, tr("%1 takes %2 requests.").arg(QString::fromLatin1(path), QString::fromLatin1(method)),
        QStringLiteral("method_not_allowed"));
    r.addHeader("Allow", method);
    return r;
  }
  if (post) {
    const QByteArray type = head.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
      return OpenAiResponses::error(415,
                                    tr("The request body must be JSON, sent with \"Content-Type: application/json\"."),
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
      body.insert(QStringLiteral("model"), modelId(m_engine.modelInfo().directory));
    connection->respond(HttpResponse::json(ready ? 200 : 503, OpenAiResponses::compact(body)));
    return;
  }
  if (!ready) {
    connection->respond(OpenAiResponses::error(503, notLoaded, QStringLiteral("model_not_loaded")));
    return;
  }
  if (request.path == kModelsPath) {
    const EngineModelInfo &info = m_engine.modelInfo();
    const qint64 created = QFileInfo(info.directory + QStringLiteral("/config.json")).lastModified().toSecsSinceEpoch();
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), QJsonArray{OpenAiResponses::model(modelId(info.directory), created)}}};
    connection->respond(HttpResponse::json(200, OpenAiResponses::compact(body)));
    return;
  }
  startCompletion(connection, request, request.path == kMultimodalPath);
}

void ApiServer::startCompletion(HttpConnection *connection, const HttpRequest &request, bool qwenFormat) {
  // The engine's copy of the model's configuration, the one it was loaded with (never null once
  // Ready, which onRequest checked).
  const EngineModelInfo &info = m_engine.modelInfo();
  const std::shared_ptr<const ModelConfig> config = info.config;
  if (!config) {
    connection->respond(OpenAiResponses::error(500, tr("The model's configuration cannot be read."), {}));
    return;
  }
  ChatCompletionRequest::Defaults defaults;
  defaults.sampling = info.generationDefaults;
  defaults.contextTokens = info.contextTokens;
  defaults.maxChoices = m_options.maxChoices;
  defaults.allowFileImages = m_options.allowFileImages;
  const auto format = qwenFormat ? ChatCompletionRequest::Format::Qwen : ChatCompletionRequest::Format::OpenAi;

  // Parsing tens of megabytes of JSON and decoding images would stall this thread (the GUI's
  // in mdi-chat): both run on the pool, and the answer starts when they are done.
  auto *watcher = new QFutureWatcher<Expected<ChatCompletionRequest>>(this);
  QPointer<HttpConnection> client(connection);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, client, qwenFormat] {
    watcher->deleteLater();
    Expected<ChatCompletionRequest> parsed = watcher->result();
    if (!client || !client->isOpen())
      return; // the client left while the request was read
    if (!parsed) {
      client->respond(OpenAiResponses::error(400, parsed.error()));
      return;
    }
    if (m_engine.state() != Engine::State::Ready) {
      client->respond(OpenAiResponses::error(503, tr("No model is loaded."), QStringLiteral("model_not_loaded")));
      return;
    }
    if (activeAnswers() + parsed->n > m_options.maxActiveAnswers) {
      client->respond(
          OpenAiResponses::error(429,
                                 tr("%n answer(s) are in progress, the most this server runs at once; try again later.",
                                    nullptr, activeAnswers()),
                                 QStringLiteral("rate_limit_exceeded")));
      return;
    }
    startJob(client, qwenFormat, *parsed);
  });
  watcher->setFuture(
      QtConcurrent::run([body = request.body, format, defaults, config]() -> Expected<ChatCompletionRequest> {
        auto parsed = ChatCompletionRequest::fromJson(body, format, defaults);
        if (!parsed)
          return parsed;
        if (Status images = parsed->checkImages(config->preprocessor); !images)
          return makeError(images.error());
        return parsed;
      }));
}

void ApiServer::startJob(HttpConnection *connection, bool qwenFormat, const ChatCompletionRequest &request) {
  auto job = std::make_unique<Job>();
  job->number = m_nextJob++;
  job->connection = connection;
  job->qwenFormat = qwenFormat;
  job->stream = request.stream;
  job->includeUsage = request.includeUsage;
  job->id = (qwenFormat ? QStringLiteral("gen-") : QStringLiteral("chatcmpl-")) + randomHex(12);
  job->created = QDateTime::currentSecsSinceEpoch();
  job->model = modelId(m_engine.modelInfo().directory);
  // One closed() connection per job: a keep-alive connection carries one request at a time.
  connect(connection, &HttpConnection::closed, this, &ApiServer::onConnectionClosed, Qt::UniqueConnection);
  if (job->stream) {
    connection->beginStream(200, {{"Content-Type", "text/event-stream; charset=utf-8"}});
    for (int k = 0; k < request.n; ++k)
      connection->writeStream(OpenAiResponses::sseEvent(OpenAiResponses::chunk(
          job->id, job->created, job->model, k,
          QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}})));
  }
  Job &j = *job;
  m_jobs.emplace(job->number, std::move(job));
  for (int k = 0; k < request.n; ++k) {
    // Distinct seeds make the n answers differ when sampling; greedy ones agree.
    GenerationRequest generation = request.generation;
    generation.sampling.seed = request.generation.sampling.seed + quint64(k);
    Job::Choice choice;
    choice.conversation = m_engine.generate(generation);
    j.choices.append(choice);
    m_jobByConversation.insert(choice.conversation, j.number);
  }
  Q_EMIT activeAnswersChanged(activeAnswers());
}

void ApiServer::onToken(quint64 conversation, qint64 /*token*/, const QString &piece) {
  const auto found = m_jobByConversation.constFind(conversation);
  if (found == m_jobByConversation.cend() || piece.isEmpty())
    return;
  Job &job = *m_jobs.at(*found);
  for (int k = 0; k < job.choices.size(); ++k) {
    Job::Choice &choice = job.choices[k];
    if (choice.conversation != conversation)
      continue;
    choice.text += piece;
    if (job.stream && job.connection)
      job.connection->writeStream(OpenAiResponses::sseEvent(
          OpenAiResponses::chunk(job.id, job.created, job.model, k, QJsonObject{{QStringLiteral("content"), piece}})));
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
      // Text held back until the end (a partial stop string that did not match) comes last.
      if (result.text.startsWith(choice.text) && result.text.size() > choice.text.size())
        job.connection->writeStream(OpenAiResponses::sseEvent(
            OpenAiResponses::chunk(job.id, job.created, job.model, k,
                                   QJsonObject{{QStringLiteral("content"), result.text.mid(choice.text.size())}})));
      job.connection->writeStream(OpenAiResponses::sseEvent(OpenAiResponses::chunk(
          job.id, job.created, job.model, k, QJsonObject(), OpenAiResponses::finishReason(result.finishReason))));
    }
  }
  Q_EMIT activeAnswersChanged(activeAnswers());
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
  const QJsonObject usage = OpenAiResponses::usage(promptTokens, completionTokens);
  if (job.connection) {
    if (job.stream) {
      if (job.includeUsage) {
        QJsonObject last = OpenAiResponses::chunk(job.id, job.created, job.model, 0, QJsonObject());
        last.insert(QStringLiteral("choices"), QJsonArray());
        last.insert(QStringLiteral("usage"), usage);
        job.connection->writeStream(OpenAiResponses::sseEvent(last));
      }
      job.connection->writeStream(OpenAiResponses::sseDone());
      job.connection->endStream();
    } else if (job.qwenFormat) {
      const Job::Choice &c = job.choices.first();
      const QJsonObject body{{QStringLiteral("id"), job.id},
                             {QStringLiteral("object"), QStringLiteral("generation")},
                             {QStringLiteral("created"), job.created},
                             {QStringLiteral("model"), job.model},
                             {QStringLiteral("text"), c.result.text},
                             {QStringLiteral("finish_reason"), OpenAiResponses::finishReason(c.result.finishReason)},
                             {QStringLiteral("usage"), usage}};
      job.connection->respond(HttpResponse::json(200, OpenAiResponses::compact(body)));
    } else {
      QJsonArray choices;
      for (int k = 0; k < job.choices.size(); ++k)
        choices.append(OpenAiResponses::choice(k, job.choices[k].result.text, job.choices[k].result.finishReason));
      const QJsonObject body{
          {QStringLiteral("id"), job.id},           {QStringLiteral("object"), QStringLiteral("chat.completion")},
          {QStringLiteral("created"), job.created}, {QStringLiteral("model"), job.model},
          {QStringLiteral("choices"), choices},     {QStringLiteral("usage"), usage}};
      job.connection->respond(HttpResponse::json(200, OpenAiResponses::compact(body)));
    }
  }
  removeJob(number);
}

void ApiServer::failJob(Job &job, int status, const QString &message, const QString &code) {
  const quint64 number = job.number;
  if (job.connection) {
    if (job.stream) {
      // The status line has gone out already: the error travels as an event.
      job.connection->writeStream(OpenAiResponses::sseEvent(OpenAiResponses::errorObject(status, message, code)));
      job.connection->writeStream(OpenAiResponses::sseDone());
      job.connection->endStream();
    } else {
      job.connection->respond(OpenAiResponses::error(status, message, code));
    }
  }
  removeJob(number);
}

void ApiServer::onConnectionClosed(HttpConnection *connection) {
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
  if (changed)
    Q_EMIT activeAnswersChanged(activeAnswers());
}

} // namespace mdi
