#pragma once

#include "api/httpserver.h"
#include "util/expected.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace mdi {

struct ChatCompletionRequest;
class Engine;
struct EngineModelInfo;
struct GenerationResult;

// The local API: OpenAI-compatible chat completions (with images, streaming and n choices),
// the model list and the Qwen-format /generate/multimodal, served from an Engine over
// HttpServer. Each answer (each of n choices) is its own engine conversation, so requests from
// several clients run through the pipeline together; a conversation is forgotten when its
// answer ends, and a client that disconnects stops its answers. Request bodies are parsed and
// their images checked on the thread pool, so the owner's event loop (the GUI thread in
// mdi-chat) never waits. Requests are checked before their bodies are read: the Host must be a
// loopback name when bound to loopback (no DNS rebinding), a set API key must come as
// "Authorization: Bearer KEY", POST bodies must be application/json (no cross-site form posts)
// and within maxBodyBytes. Every failure is an OpenAI-style error object; the server stays up.
class ApiServer : public QObject {
  Q_OBJECT
public:
  struct Options {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port
    QString apiKey;      // empty: no key needed
    qint64 maxBodyBytes = 50LL * 1024 * 1024;
    int maxConnections = 32;
    int maxActiveAnswers = 16; // answers (choices) in flight at once; more are refused with 429
    int maxChoices = 8;        // n at most
    bool allowFileImages = true;
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
  // The id /v1/models reports: the model folder's name (the repository's for a hub cache folder).
  static QString modelId(const QString &directory);
  int activeAnswers() const { return int(m_jobByConversation.size()); }

Q_SIGNALS:
  // An answer started or ended (also when stopped by a disconnect).
  void activeAnswersChanged(int count);

private:
  struct Job;
  std::optional<HttpResponse> checkHead(const HttpRequest &head) const;
  void onRequest(HttpConnection *connection, const HttpRequest &request);
  void startCompletion(HttpConnection *connection, const HttpRequest &request, bool qwenFormat);
  void startJob(HttpConnection *connection, bool qwenFormat, const ChatCompletionRequest &request);
  void onToken(quint64 conversation, qint64 token, const QString &piece);
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
};

} // namespace mdi
