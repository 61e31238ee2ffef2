#pragma once

#include "api/httpserver.h"
#include "engine/tokenlogprobs.h"
#include "util/expected.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace mdi {

struct ChatCompletionRequest;
class Engine;
struct EngineModelInfo;
struct GenerationResult;

// The local API: OpenAI-compatible chat completions (with images, streaming and n choices),
// OpenAI's Responses API, the model list, the Qwen-format /generate/multimodal and Ollama's
// endpoints (/api/chat, /api/generate, /api/tags, /api/show, /api/version), served from an Engine over
// HttpServer. Each answer (each of n choices) is its own engine conversation, so requests from
// several clients run through the pipeline together; a conversation is forgotten when its
// answer ends, and a client that disconnects stops its answers. Request bodies are parsed and
// their images checked on the thread pool, so the owner's event loop (the GUI thread in
// mdi-chat) never waits. Requests are checked before their bodies are read: the Host must be a
// loopback name when bound to loopback (no DNS rebinding), a set API key must come as
// "Authorization: Bearer KEY", POST bodies must be application/json (no cross-site form posts)
// and within maxBodyBytes. Before an answer starts, its prompt is built as the engine will build
// it (images decoded once, handed on to the engine), so a request that cannot be answered is a
// 400 (context_length_exceeded, mismatched image placeholders) and not a failure mid-answer.
// Requests over the answer limit wait in a bounded queue for a slot; a full queue or a wait that
// runs out is a 429 with Retry-After. Every failure is an OpenAI-style error object (Ollama's
// shape on /api/); the server stays up. Web pages of the origins named in Options::corsOrigins
// may call it (CORS preflights answered, before the key is checked); other origins get no CORS
// headers.
class ApiServer : public QObject {
  Q_OBJECT
public:
  struct Options {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port
    QString apiKey;      // empty: no key needed
    qint64 maxBodyBytes = 50LL * 1024 * 1024;
    int maxConnections = 32;
    int maxActiveAnswers = 16;    // answers (choices) in flight at once; more wait in the queue
    int maxQueuedRequests = 64;   // requests waiting for a slot; more are refused with 429
    int queueTimeoutMs = 60'000;  // a request waits this long at most, then gets 429
    int retryAfterSeconds = 5;    // the Retry-After of a 429
    int maxChoices = 8;           // n at most
    bool allowFileImages = false; // file:// image URLs (read from this computer's disk)
    int maxImagesPerRequest = 32;
    qint64 maxImagePixelsPerRequest = 128LL * 1000 * 1000; // decoded pixels of all images together
    QStringList modelAliases; // more names a request's "model" may use (mdi-run serve --model-alias)
    // Web origins whose pages may call the API (CORS; CorsPolicy::normalizeOrigin, "*" any); none
    // by default.
    QStringList corsOrigins;
    // Host header names accepted besides loopback names when bound to loopback
    // ("host.docker.internal"); none by default.
    QStringList allowedHosts;
  };

  explicit ApiServer(Engine &engine, QObject *parent = nullptr);
  ~ApiServer() override;

  Status listen(const Options &options);
  // Stops listening, closes the connections and stops their answers.
  void close();
  bool isListening() const;
  const Options &options() const { return m_options; }
  quint16 port() const;
  QString url() const; // "http://127.0.0.1:8080"
  // The id /v1/models reports: the repository's name ("Qwen/Qwen2-VL-2B-Instruct") from a hub
  // cache folder (models--Qwen--Qwen2-VL-2B-Instruct/snapshots/<commit>) or from config.json's
  // "_name_or_path" when that names a repository; otherwise the folder's name.
  static QString modelId(const QString &directory);
  // Every name a request may use for the loaded model: modelId(), the folder's name, the aliases.
  QStringList modelNames() const;
  int activeAnswers() const { return int(m_jobByConversation.size()); }
  int queuedRequests() const { return int(m_waiting.size()); }

Q_SIGNALS:
  // An answer started or ended (also when stopped by a disconnect).
  void activeAnswersChanged(int count);

private:
  // Whose shapes a request and its answer have.
  enum class Dialect {
    Chat,           // POST /v1/chat/completions
    Qwen,           // POST /generate/multimodal
    Responses,      // POST /v1/responses
    OllamaChat,     // POST /api/chat
    OllamaGenerate, // POST /api/generate
  };
  struct Job;
  // A parsed request waiting for answer slots.
  struct Waiting {
    quint64 number = 0;
    QPointer<HttpConnection> connection;
    Dialect dialect = Dialect::Chat;
    std::shared_ptr<const ChatCompletionRequest> request;
  };
  std::optional<HttpResponse> checkHead(const HttpRequest &head) const;
  // A loopback name, or one of Options::allowedHosts.
  bool isAllowedHost(const QByteArray &hostField) const;
  static HttpResponse errorResponse(Dialect dialect, int status, const QString &message, const QString &code = {},
                                    const QString &param = {});
  // GET /api/tags and POST /api/show.
  void answerOllamaModel(HttpConnection *connection, const HttpRequest &request);
  void onRequest(HttpConnection *connection, const HttpRequest &request);
  void answerModel(HttpConnection *connection, const QString &name);
  // modelId() of the loaded model, read once per model (it may read config.json).
  QString currentModelId() const;
  void startCompletion(HttpConnection *connection, const HttpRequest &request, Dialect dialect);
  // Starts the request now, queues it, or refuses it (429) when the queue is full.
  void admit(HttpConnection *connection, Dialect dialect, const ChatCompletionRequest &request);
  void startQueued(); // as many waiting requests as now fit, oldest first
  void scheduleStartQueued();
  void expire(quint64 number);
  HttpResponse tooBusy(Dialect dialect, const QString &message) const;
  void startJob(HttpConnection *connection, Dialect dialect, const ChatCompletionRequest &request);
  // Streams a piece of choice k's text in the job's dialect.
  void writePiece(Job &job, int k, const QString &piece, const QJsonValue &logprobs);
  void onToken(quint64 conversation, qint64 token, const QString &piece, const TokenLogprobs &logprobs);
  void onFinished(quint64 conversation, const GenerationResult &result);
  void onFailed(quint64 conversation, const QString &error);
  void onConnectionClosed(HttpConnection *connection);
  void completeJob(Job &job);
  void failJob(Job &job, int status, const QString &message, const QString &code);
  // Stops and forgets the job's answers that are still running, and drops the job.
  void removeJob(quint64 number);

  Engine &m_engine;
  Options m_options;
  HttpServer m_server;
  quint64 m_nextJob = 1;
  std::map<quint64, std::unique_ptr<Job>> m_jobs;
  QHash<quint64, quint64> m_jobByConversation; // running answers
  std::deque<Waiting> m_waiting;               // oldest first
  quint64 m_nextWaiting = 1;
  bool m_startQueuedPosted = false;
  mutable QString m_idDirectory; // the folder m_id was found for
  mutable QString m_id;
};

} // namespace mdi
