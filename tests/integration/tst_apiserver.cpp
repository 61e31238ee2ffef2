// The local API over a real engine with the tiny fixture checkpoint, driven by a raw HTTP client
// on loopback: completions with images match mdi-run's answers for the same messages, streams
// carry the same text, n choices, concurrent clients, keys, refusals, and a client that leaves
// mid-stream stops its answer.

#include "api/apiserver.h"
#include "engine/computeenvironment.h"
#include "enginerunner.h"
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <memory>
#include <optional>

using namespace mdi;
using namespace mdi::test;

namespace {

constexpr int kWaitMs = 120'000; // generous for a busy machine; not a speed assertion
constexpr int kGreedyTokens = 16;
const QString kPrompt = QStringLiteral("Describe this image.");
const QString kImage = QStringLiteral("gradient_224x224.png");
// How each streamed delta starts (keys are sorted: the first chunk's {"content":"","role":...} too).
const QByteArray kContentDelta = "\"delta\":{\"content\":\"";

QString dataUrl(const QString &imageName) {
  return QStringLiteral("data:image/png;base64,") +
         QString::fromLatin1(Fixtures::readFile(Fixtures::imagesDir() + QLatin1Char('/') + imageName).toBase64());
}

QByteArray compact(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A chat request: the prompt and the fixture image, greedy unless `extra` says otherwise.
QJsonObject chatRequest(const QJsonObject &extra = {}) {
  const QJsonArray content{
      QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), kPrompt}},
      QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                  {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), dataUrl(kImage)}}}}};
  QJsonObject o{{QStringLiteral("model"), QStringLiteral("checkpoint")},
                {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                    {QStringLiteral("content"), content}}}},
                {QStringLiteral("max_tokens"), kGreedyTokens},
                {QStringLiteral("temperature"), 0}};
  for (auto it = extra.begin(); it != extra.end(); ++it)
    o.insert(it.key(), it.value());
  return o;
}

// One HTTP response as the client saw it.
struct Reply {
  int status = 0;
  QHash<QByteArray, QByteArray> headers; // names in lower case
  QByteArray body;                       // chunked coding removed
  bool sawContinue = false;

  QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
  QString errorMessage() const {
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
  }
  // The payloads of the server-sent events ("data: X\n\n").
  QList<QByteArray> events() const {
    QList<QByteArray> out;
    for (const QByteArray &event : body.split('\n')) {
      if (event.startsWith("data: "))
        out.append(event.mid(6));
    }
    return out;
  }
};

// Removes chunked coding from `data`; complete is set when the last chunk has arrived.
QByteArray dechunk(const QByteArray &data, bool *complete) {
  QByteArray out;
  qsizetype pos = 0;
  *complete = false;
  while (true) {
    const qsizetype lineEnd = data.indexOf("\r\n", pos);
    if (lineEnd < 0)
      return out;
    bool ok = false;
    const qsizetype size = data.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
    if (!ok)
      return out;
    if (size == 0) {
      *complete = data.size() >= lineEnd + 4;
      return out;
    }
    if (data.size() < lineEnd + 2 + size + 2)
      return out;
    out += data.mid(lineEnd + 2, size);
    pos = lineEnd + 2 + size + 2;
  }
}

// A raw HTTP/1.1 client over QTcpSocket. The server runs on this thread's event loop, so every
// wait spins the loop (QTest::qWaitFor) instead of blocking.
class RawClient {
public:
  bool open(quint16 port) {
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs);
  }
  void send(const QByteArray &bytes) {
    m_socket.write(bytes);
    m_socket.flush();
  }
  void abort() { m_socket.abort(); }
  bool isClosed() {
    pump();
    return m_socket.state() == QAbstractSocket::UnconnectedState;
  }
  // Waits for one whole response, or until the server closes the connection.
  std::optional<Reply> read(int timeoutMs = kWaitMs) {
    std::optional<Reply> reply;
    (void)QTest::qWaitFor(
        [&] {
          pump();
          reply = take(m_socket.state() == QAbstractSocket::UnconnectedState);
          return reply.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!reply)
      reply = take(true);
    return reply;
  }
  // Waits until the (chunked) body received so far contains `needle` `count` times.
  bool waitForBody(const QByteArray &needle, int count, int timeoutMs = kWaitMs) {
    return QTest::qWaitFor(
        [&] {
          pump();
          const qsizetype head = m_raw.indexOf("\r\n\r\n");
          bool complete = false;
          return head >= 0 && dechunk(m_raw.mid(head + 4), &complete).count(needle) >= count;
        },
        timeoutMs);
  }
  bool waitForRaw(const QByteArray &needle, int timeoutMs = kWaitMs) {
    return QTest::qWaitFor(
        [&] {
          pump();
          return m_raw.contains(needle);
        },
        timeoutMs);
  }

private:
  void pump() { m_raw += m_socket.readAll(); }

  // One response from the front of what arrived; eof: the server has closed.
  std::optional<Reply> take(bool eof) {
    Reply reply;
    while (true) {
      const qsizetype headEnd = m_raw.indexOf("\r\n\r\n");
      if (headEnd < 0)
        return std::nullopt;
      const QList<QByteArray> lines = m_raw.left(headEnd).split('\n');
      const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
      if (statusLine.size() < 2)
        return std::nullopt;
      const int status = statusLine[1].toInt();
      if (status == 100) {
        reply.sawContinue = true;
        m_sawContinue = true;
        m_raw.remove(0, headEnd + 4);
        continue;
      }
      reply.status = status;
      for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
          reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
      }
      const QByteArray rest = m_raw.mid(headEnd + 4);
      if (reply.headers.value("transfer-encoding") == "chunked") {
        bool complete = false;
        reply.body = dechunk(rest, &complete);
        if (!complete)
          return std::nullopt;
        m_raw.clear(); // tests send nothing after a stream on the same connection
      } else if (reply.headers.contains("content-length")) {
        const qsizetype length = reply.headers.value("content-length").toLongLong();
        if (rest.size() < length)
          return std::nullopt;
        reply.body = rest.left(length);
        m_raw.remove(0, headEnd + 4 + length);
      } else {
        if (!eof)
          return std::nullopt;
        reply.body = rest;
        m_raw.clear();
      }
      reply.sawContinue = reply.sawContinue || m_sawContinue;
      return reply;
    }
  }

  QTcpSocket m_socket;
  QByteArray m_raw;
  bool m_sawContinue = false;
};

QByteArray requestBytes(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                        const QList<QByteArray> &extraHeaders = {}, bool json = true) {
  QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  if (!body.isEmpty() || method == "POST") {
    if (json)
      out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
  }
  for (const QByteArray &h : extraHeaders)
    out += h + "\r\n";
  return out + "\r\n" + body;
}

} // namespace

class TestApiServer : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<EngineRunner> m_runner;
  std::unique_ptr<ApiServer> m_server;
  QTemporaryDir m_tmp;
  std::optional<QJsonObject> m_greedy; // the API's greedy completion of chatRequest()

  std::optional<Reply> call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                            const QList<QByteArray> &extraHeaders = {}, quint16 port = 0) {
    RawClient client;
    if (!client.open(port ? port : m_server->port()))
      return std::nullopt;
    client.send(requestBytes(method, path, body, extraHeaders));
    return client.read();
  }

  // mdi-run on the same messages (the image as a file), with `extraArgs`; its --json output.
  QJsonValue mdiRun(const QStringList &extraArgs) {
    const QJsonObject messages{
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{
             {QStringLiteral("role"), QStringLiteral("user")},
             {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                {QStringLiteral("text"), kPrompt}},
                                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                                                {QStringLiteral("image"), kImage}}}}}}}};
    const QString file = m_tmp.filePath(QStringLiteral("messages.json"));
    if (!Fixtures::writeFile(file, compact(messages)))
      return {};
    const ProgramResult p = Fixtures::runProgram(
        QStringLiteral("mdi-run"),
        QStringList{QStringLiteral("--model"), Fixtures::checkpointDir(), QStringLiteral("--messages"), file,
                    QStringLiteral("--image-dir"), Fixtures::imagesDir(), QStringLiteral("--json"),
                    // The in-process engine computes in f32 (EngineRunner).
                    QStringLiteral("--dtype"), QStringLiteral("f32")} +
            extraArgs);
    if (p.exitCode != 0) {
      qWarning().noquote() << "mdi-run failed:" << p.exitCode << p.err;
      return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
  }

  const QJsonObject &greedy() {
    if (!m_greedy) {
      auto reply = call("POST", "/v1/chat/completions", compact(chatRequest()));
      m_greedy = reply && reply->status == 200 ? reply->json() : QJsonObject();
    }
    return *m_greedy;
  }
  QString greedyText() {
    return greedy()
        .value(QStringLiteral("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
  }

  // Waits until no stage holds a cache of any conversation (answers forgotten).
  bool cachesEmpty() {
    return QTest::qWaitFor(
        [&] {
          const QList<StageStats> stats = m_runner->engine().stageStats();
          return std::all_of(stats.begin(), stats.end(), [](const StageStats &s) { return s.sessions == 0; });
        },
        kWaitMs);
  }

private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(1);
    QVERIFY(m_tmp.isValid());
    m_runner = std::make_unique<EngineRunner>();
    auto info = m_runner->load(Fixtures::checkpointDir());
    QVERIFY2(info, qPrintable(info.error()));
    m_server = std::make_unique<ApiServer>(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    const Status listening = m_server->listen(options);
    QVERIFY2(listening, qPrintable(listening.error()));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->url(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
  }

  void models() {
    auto reply = call("GET", "/v1/models");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject o = reply->json();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    const QJsonObject model = o.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(model.value(QStringLiteral("id")).toString(), QStringLiteral("checkpoint"));
    QCOMPARE(model.value(QStringLiteral("object")).toString(), QStringLiteral("model"));
    QCOMPARE(ApiServer::modelId(QStringLiteral("/x/hub/models--Qwen--Qwen2-VL-2B-Instruct/snapshots/abc123")),
             QStringLiteral("Qwen/Qwen2-VL-2B-Instruct"));
    // Issue 18 #3: config.json's _name_or_path when it names a repository (not a local path).
    for (const auto &[nameOrPath, id] : QList<QPair<QString, QString>>{
             {QStringLiteral("Qwen/Qwen2-VL-7B-Instruct"), QStringLiteral("Qwen/Qwen2-VL-7B-Instruct")},
             {QStringLiteral("/home/someone/models/qwen"), QStringLiteral("mymodel")}}) {
      QTemporaryDir dir;
      QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("mymodel")));
      const QString folder = dir.filePath(QStringLiteral("mymodel"));
      QVERIFY(Fixtures::writeFile(folder + QStringLiteral("/config.json"),
                                  compact(QJsonObject{{QStringLiteral("_name_or_path"), nameOrPath}})));
      QCOMPARE(ApiServer::modelId(folder), id);
    }
  }

  // Issue 18 #2 and #3: GET /v1/models/{id}; an unknown model is 404 model_not_found, before
  // anything is decoded or generated; --model-alias names are accepted and listed.
  void modelNamesAndAliases() {
    auto one = call("GET", "/v1/models/checkpoint");
    QVERIFY(one);
    QCOMPARE(one->status, 200);
    QCOMPARE(one->json().value(QStringLiteral("id")).toString(), QStringLiteral("checkpoint"));
    QCOMPARE(one->json().value(QStringLiteral("object")).toString(), QStringLiteral("model"));
    auto none = call("GET", "/v1/models/gpt-4o");
    QVERIFY(none);
    QCOMPARE(none->status, 404);
    QCOMPARE(none->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("model_not_found"));
    auto wrong = call("POST", "/v1/chat/completions", compact(chatRequest({{QStringLiteral("model"), "gpt-4o"}})));
    QVERIFY(wrong);
    QCOMPARE(wrong->status, 404);
    const QJsonObject error = wrong->json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("model_not_found"));
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(error.value(QStringLiteral("param")).toString(), QStringLiteral("model"));
    QJsonObject unnamed = chatRequest({{QStringLiteral("max_tokens"), 2}});
    unnamed.remove(QStringLiteral("model"));
    auto anonymous = call("POST", "/v1/chat/completions", compact(unnamed));
    QVERIFY(anonymous);
    QCOMPARE(anonymous->status, 200);

    ApiServer aliased(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.modelAliases = {QStringLiteral("gpt-4o"), QStringLiteral("org/name")};
    QVERIFY(aliased.listen(options));
    auto list = call("GET", "/v1/models", {}, {}, aliased.port());
    QVERIFY(list);
    QStringList ids;
    for (const QJsonValue &m : list->json().value(QStringLiteral("data")).toArray())
      ids.append(m.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, (QStringList{QStringLiteral("checkpoint"), QStringLiteral("gpt-4o"), QStringLiteral("org/name")}));
    auto byAlias = call("GET", "/v1/models/org%2Fname", {}, {}, aliased.port());
    QVERIFY(byAlias);
    QCOMPARE(byAlias->status, 200);
    QCOMPARE(byAlias->json().value(QStringLiteral("id")).toString(), QStringLiteral("org/name"));
    auto chat = call("POST", "/v1/chat/completions",
                     compact(chatRequest({{QStringLiteral("model"), "gpt-4o"}, {QStringLiteral("max_tokens"), 2}})), {},
                     aliased.port());
    QVERIFY(chat);
    QCOMPARE(chat->status, 200);
    QCOMPARE(chat->json().value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
  }

  // Issue 18 #7: fields OpenAI's client types require, in responses and in chunks.
  void fieldsClientsRequire() {
    const QJsonObject o = greedy();
    QVERIFY(!o.isEmpty());
    const QJsonObject message =
        o.value(QStringLiteral("choices")).toArray().at(0).toObject().value(QStringLiteral("message")).toObject();
    QVERIFY(message.contains(QStringLiteral("refusal")));
    QVERIFY(message.value(QStringLiteral("refusal")).isNull());
    const QString fingerprint = o.value(QStringLiteral("system_fingerprint")).toString();
    QVERIFY2(fingerprint.startsWith(QStringLiteral("fp_")), qPrintable(fingerprint));
    QCOMPARE(o.value(QStringLiteral("service_tier")).toString(), QStringLiteral("default"));
    auto reply = call("POST", "/v1/chat/completions",
                      compact(chatRequest({{QStringLiteral("stream"), true}, {QStringLiteral("max_tokens"), 3}})));
    QVERIFY(reply);
    const QList<QByteArray> events = reply->events();
    QVERIFY(events.size() > 2);
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
      const QJsonObject chunk = QJsonDocument::fromJson(events[i]).object();
      QCOMPARE(chunk.value(QStringLiteral("system_fingerprint")).toString(), fingerprint);
      QCOMPARE(chunk.value(QStringLiteral("service_tier")).toString(), QStringLiteral("default"));
    }
    const QJsonObject first = QJsonDocument::fromJson(events[0])
                                  .object()
                                  .value(QStringLiteral("choices"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("delta"))
                                  .toObject();
    QVERIFY(first.contains(QStringLiteral("refusal")) && first.value(QStringLiteral("refusal")).isNull());
  }

  // Issue 18 #6: seeds over the whole signed 64-bit range, reproducible.
  void seedsOverTheWholeRange() {
    for (const QByteArray &seed :
         {QByteArray("9007199254740991"), QByteArray("9223372036854775807"), QByteArray("-3")}) {
      const QByteArray body =
          R"({"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 6, "temperature": 1, "n": 2, "seed": )" +
          seed + "}";
      auto a = call("POST", "/v1/chat/completions", body);
      auto b = call("POST", "/v1/chat/completions", body);
      QVERIFY(a && b);
      QVERIFY2(a->status == 200, a->body.constData());
      QCOMPARE(a->json().value(QStringLiteral("choices")), b->json().value(QStringLiteral("choices")));
    }
  }

  // Issue 18 #5: the client's mistakes are 400s, found before the answer starts.
  void clientErrorsAre400() {
    QString longText;
    for (int i = 0; i < 34000; ++i)
      longText += QStringLiteral(" hello");
    auto tooLong = call("POST", "/v1/chat/completions",
                        compact(QJsonObject{{QStringLiteral("messages"),
                                             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                    {QStringLiteral("content"), longText}}}},
                                            {QStringLiteral("max_tokens"), 4}}));
    QVERIFY(tooLong);
    QCOMPARE(tooLong->status, 400);
    QJsonObject error = tooLong->json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("context_length_exceeded"));
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));

    // Image placeholders typed into the text: a 400 (or, where user text is tokenized as plain
    // text, an ordinary answer), never a 500.
    auto placeholders = call(
        "POST", "/v1/chat/completions",
        R"({"messages": [{"role": "user", "content": "<|vision_start|><|image_pad|><|vision_end|>Hi"}], "max_tokens": 2})");
    QVERIFY(placeholders);
    QVERIFY2(placeholders->status == 400 || placeholders->status == 200, placeholders->body.constData());
    if (placeholders->status == 400)
      QCOMPARE(placeholders->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
               QStringLiteral("invalid_request_error"));
    QVERIFY(cachesEmpty());
    QCOMPARE(m_server->activeAnswers(), 0);
  }

  // Issue 16 #9: file:// URLs are opt-in, and every refusal reads the same (no path oracle).
  void fileUrlsOptIn() {
    const QString existing = QUrl::fromLocalFile(Fixtures::imagesDir() + QLatin1Char('/') + kImage).toString();
    const QString missing = QUrl::fromLocalFile(Fixtures::imagesDir() + QStringLiteral("/missing.png")).toString();
    const auto withImage = [&](const QString &url) {
      QJsonObject o = chatRequest({{QStringLiteral("max_tokens"), 2}});
      o.insert(QStringLiteral("messages"),
               QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"),
                                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                                                              {QStringLiteral("image_url"),
                                                               QJsonObject{{QStringLiteral("url"), url}}}}}}}});
      return compact(o);
    };
    QCOMPARE(ApiServer::Options().allowFileImages, false);
    auto refusedExisting = call("POST", "/v1/chat/completions", withImage(existing));
    auto refusedMissing = call("POST", "/v1/chat/completions", withImage(missing));
    QVERIFY(refusedExisting && refusedMissing);
    QCOMPARE(refusedExisting->status, 400);
    QCOMPARE(refusedMissing->status, 400);
    QCOMPARE(refusedExisting->errorMessage(), refusedMissing->errorMessage());

    ApiServer allowing(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.allowFileImages = true;
    QVERIFY(allowing.listen(options));
    auto read = call("POST", "/v1/chat/completions", withImage(existing), {}, allowing.port());
    QVERIFY(read);
    QCOMPARE(read->status, 200);
    auto missingThere = call("POST", "/v1/chat/completions", withImage(missing), {}, allowing.port());
    QVERIFY(missingThere);
    QCOMPARE(missingThere->status, 400);
    QCOMPARE(missingThere->errorMessage(), refusedMissing->errorMessage());
  }

  // Issue 16 #9: images per request and their pixels together are bounded.
  void imagesPerRequestBounded() {
    ApiServer strict(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.maxImagesPerRequest = 1;
    options.maxImagePixelsPerRequest = 224 * 224;
    QVERIFY(strict.listen(options));
    QJsonObject two = chatRequest({{QStringLiteral("max_tokens"), 2}});
    QJsonArray content =
        two.value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("content")).toArray();
    content.append(content.at(1));
    two.insert(QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                  {QStringLiteral("content"), content}}});
    auto tooMany = call("POST", "/v1/chat/completions", compact(two), {}, strict.port());
    QVERIFY(tooMany);
    QCOMPARE(tooMany->status, 400);
    QVERIFY2(tooMany->errorMessage().contains(QStringLiteral("at most 1")), tooMany->body.constData());
    auto one = call("POST", "/v1/chat/completions", compact(chatRequest({{QStringLiteral("max_tokens"), 2}})), {},
                    strict.port());
    QVERIFY(one);
    QCOMPARE(one->status, 200);

    ApiServer fewPixels(m_runner->engine());
    options.maxImagesPerRequest = 8;
    options.maxImagePixelsPerRequest = 224 * 224 + 100; // one 224x224 image, not two
    QVERIFY(fewPixels.listen(options));
    auto tooLarge = call("POST", "/v1/chat/completions", compact(two), {}, fewPixels.port());
    QVERIFY(tooLarge);
    QCOMPARE(tooLarge->status, 400);
    QVERIFY2(tooLarge->errorMessage().startsWith(QStringLiteral("image 2: ")), tooLarge->body.constData());
  }

  // Issue 18 #4: over the answer limit, requests wait for a slot instead of a 429; a full queue
  // or a wait that runs out is a 429 with Retry-After.
  void queueInsteadOfRefusing() {
    QVERIFY(cachesEmpty());
    ApiServer queued(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.maxActiveAnswers = 1;
    options.maxQueuedRequests = 1;
    options.retryAfterSeconds = 7;
    QVERIFY(queued.listen(options));
    RawClient a;
    RawClient b;
    RawClient c;
    QVERIFY(a.open(queued.port()) && b.open(queued.port()) && c.open(queued.port()));
    // A holds the only slot until it is dropped below (far more tokens than arrive meanwhile).
    a.send(requestBytes("POST", "/v1/chat/completions",
                        compact(chatRequest({{QStringLiteral("stream"), true},
                                             {QStringLiteral("ignore_eos"), true},
                                             {QStringLiteral("max_tokens"), 20000}}))));
    QVERIFY(a.waitForBody(kContentDelta, 2));
    b.send(requestBytes("POST", "/v1/chat/completions", compact(chatRequest())));
    QVERIFY(QTest::qWaitFor([&] { return queued.queuedRequests() == 1; }, kWaitMs));
    c.send(requestBytes("POST", "/v1/chat/completions", compact(chatRequest())));
    auto replyC = c.read();
    QVERIFY(replyC);
    QCOMPARE(replyC->status, 429);
    QCOMPARE(replyC->headers.value("retry-after"), QByteArray("7"));
    QCOMPARE(replyC->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(queued.activeAnswers(), 1); // B still waits
    a.abort();                           // frees the slot: B starts
    auto replyB = b.read();
    QVERIFY(replyB);
    QCOMPARE(replyB->status, 200);
    QCOMPARE(replyB->json().value(QStringLiteral("choices")), greedy().value(QStringLiteral("choices")));
    QCOMPARE(queued.queuedRequests(), 0);

    // A wait that runs out.
    ApiServer impatient(m_runner->engine());
    options.queueTimeoutMs = 300;
    QVERIFY(impatient.listen(options));
    RawClient d;
    RawClient e;
    QVERIFY(d.open(impatient.port()) && e.open(impatient.port()));
    d.send(requestBytes("POST", "/v1/chat/completions",
                        compact(chatRequest({{QStringLiteral("stream"), true},
                                             {QStringLiteral("ignore_eos"), true},
                                             {QStringLiteral("max_tokens"), 20000}}))));
    QVERIFY(d.waitForBody(kContentDelta, 2));
    e.send(requestBytes("POST", "/v1/chat/completions", compact(chatRequest())));
    auto replyE = e.read();
    QVERIFY(replyE);
    QCOMPARE(replyE->status, 429);
    QCOMPARE(replyE->headers.value("retry-after"), QByteArray("7"));
    d.abort();
    QVERIFY(QTest::qWaitFor([&] { return impatient.activeAnswers() == 0; }, kWaitMs));
    QVERIFY(cachesEmpty());
  }

  void completionWithImageMatchesMdiRun() {
    const QJsonObject o = greedy();
    QVERIFY2(!o.isEmpty(), "the greedy completion failed");
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("chatcmpl-")));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("checkpoint"));
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    QCOMPARE(choices.size(), 1);
    const QJsonObject choice = choices.at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("index")).toInt(), 0);
    QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("assistant"));

    const QJsonObject reference = mdiRun({QStringLiteral("--temperature"), QStringLiteral("0"),
                                          QStringLiteral("--max-tokens"), QString::number(kGreedyTokens)})
                                      .toObject();
    QVERIFY(!reference.isEmpty());
    QCOMPARE(greedyText(), reference.value(QStringLiteral("text")).toString());
    const QString finish = reference.value(QStringLiteral("finish_reason")).toString();
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(),
             finish == QLatin1String("length") ? QStringLiteral("length") : QStringLiteral("stop"));
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(),
             reference.value(QStringLiteral("prompt_tokens")).toArray().size());
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(),
             reference.value(QStringLiteral("stats")).toObject().value(QStringLiteral("generated_tokens")).toInteger());
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(),
             usage.value(QStringLiteral("prompt_tokens")).toInteger() +
                 usage.value(QStringLiteral("completion_tokens")).toInteger());
    // The answer's caches are forgotten once it is sent.
    QVERIFY(cachesEmpty());
    QCOMPARE(m_server->activeAnswers(), 0);
  }

  void streamingDeliversTheSameText() {
    const QString expected = greedyText();
    QVERIFY(!expected.isEmpty());
    auto reply = call("POST", "/v1/chat/completions",
                      compact(chatRequest(QJsonObject{
                          {QStringLiteral("stream"), true},
                          {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}})));
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QVERIFY(reply->headers.value("content-type").startsWith("text/event-stream"));
    QCOMPARE(reply->headers.value("transfer-encoding"), QByteArray("chunked"));
    const QList<QByteArray> events = reply->events();
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.last(), QByteArray("[DONE]"));
    QString text;
    int pieces = 0;
    QString finish;
    QJsonObject usage;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
      const QJsonObject chunk = QJsonDocument::fromJson(events[i]).object();
      QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
      if (chunk.contains(QStringLiteral("usage"))) {
        usage = chunk.value(QStringLiteral("usage")).toObject();
        continue;
      }
      const QJsonObject choice = chunk.value(QStringLiteral("choices")).toArray().at(0).toObject();
      const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
      if (i == 0)
        QCOMPARE(delta.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
      const QString content = delta.value(QStringLiteral("content")).toString();
      if (!content.isEmpty())
        ++pieces;
      text += content;
      if (!choice.value(QStringLiteral("finish_reason")).isNull())
        finish = choice.value(QStringLiteral("finish_reason")).toString();
    }
    QCOMPARE(text, expected);
    QVERIFY2(pieces > 1, "the text should arrive in several pieces");
    const QJsonObject greedyChoice = greedy().value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(finish, greedyChoice.value(QStringLiteral("finish_reason")).toString());
    QCOMPARE(usage, greedy().value(QStringLiteral("usage")).toObject());
  }

  void stopString() {
    // A piece from the middle of the greedy answer (it may span tokens): the answer ends before
    // its first occurrence, streamed or not, with finish_reason "stop".
    const QString full = greedyText();
    QVERIFY(full.size() > 8);
    const QString stop = full.mid(full.size() / 2, 3);
    const QString expected = full.left(full.indexOf(stop));
    const QJsonObject extra{{QStringLiteral("stop"), QJsonArray{stop}}};
    auto whole = call("POST", "/v1/chat/completions", compact(chatRequest(extra)));
    QVERIFY(whole);
    QCOMPARE(whole->status, 200);
    const QJsonObject choice = whole->json().value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(), expected);
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));

    QJsonObject streamed = extra;
    streamed.insert(QStringLiteral("stream"), true);
    auto reply = call("POST", "/v1/chat/completions", compact(chatRequest(streamed)));
    QVERIFY(reply);
    QString text;
    QString finish;
    for (const QByteArray &event : reply->events()) {
      const QJsonObject c =
          QJsonDocument::fromJson(event).object().value(QStringLiteral("choices")).toArray().at(0).toObject();
      text += c.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
      if (c.value(QStringLiteral("finish_reason")).isString())
        finish = c.value(QStringLiteral("finish_reason")).toString();
    }
    QCOMPARE(text, expected);
    QCOMPARE(finish, QStringLiteral("stop"));
  }

  void qwenFormatEndpoint() {
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), kPrompt}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("image"), dataUrl(kImage)}}};
    const QJsonObject request{
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), content}}}},
        {QStringLiteral("max_tokens"), kGreedyTokens},
        {QStringLiteral("temperature"), 0}};
    auto reply = call("POST", "/generate/multimodal", compact(request));
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const QJsonObject o = reply->json();
    QCOMPARE(o.value(QStringLiteral("text")).toString(), greedyText());
    QCOMPARE(o.value(QStringLiteral("usage")).toObject(), greedy().value(QStringLiteral("usage")).toObject());
  }

  void threeChoicesWithConsecutiveSeeds() {
    // Sampling with every field given, so that mdi-run gets exactly the same flags.
    const QJsonObject sampling{{QStringLiteral("temperature"), 0.8}, {QStringLiteral("top_k"), 50},
                               {QStringLiteral("top_p"), 1},         {QStringLiteral("seed"), 7},
                               {QStringLiteral("max_tokens"), 8},    {QStringLiteral("n"), 3}};
    auto reply = call("POST", "/v1/chat/completions", compact(chatRequest(sampling)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const QJsonArray choices = reply->json().value(QStringLiteral("choices")).toArray();
    QCOMPARE(choices.size(), 3);
    // Choice k used seed 7 + k, as mdi-run --parallel 3 --seed 7 does.
    const QJsonArray reference =
        mdiRun({QStringLiteral("--temperature"), QStringLiteral("0.8"), QStringLiteral("--top-k"), QStringLiteral("50"),
                QStringLiteral("--top-p"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7"),
                QStringLiteral("--max-tokens"), QStringLiteral("8"), QStringLiteral("--parallel"), QStringLiteral("3")})
            .toArray();
    QCOMPARE(reference.size(), 3);
    QSet<QString> distinct;
    qint64 generated = 0;
    for (int k = 0; k < 3; ++k) {
      const QJsonObject choice = choices.at(k).toObject();
      QCOMPARE(choice.value(QStringLiteral("index")).toInt(), k);
      const QString text =
          choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
      QCOMPARE(text, reference.at(k).toObject().value(QStringLiteral("text")).toString());
      distinct.insert(text);
      generated += reference.at(k)
                       .toObject()
                       .value(QStringLiteral("stats"))
                       .toObject()
                       .value(QStringLiteral("generated_tokens"))
                       .toInteger();
    }
    QVERIFY2(distinct.size() > 1, "different seeds should give different answers");
    QCOMPARE(
        reply->json().value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInteger(),
        generated);
  }

  // Issue 18 #1: a client that speaks only OpenAI and sets a temperature gets sampling, although
  // the fixture's generation_config.json says top_k 1 / top_p 0.001; a request without sampling
  // fields keeps the model's values, which for the fixture is the greedy answer.
  void temperatureAloneSamples() {
    QJsonObject plain = chatRequest();
    plain.remove(QStringLiteral("temperature"));
    const auto text = [](const Reply &reply) {
      return reply.json()
          .value(QStringLiteral("choices"))
          .toArray()
          .at(0)
          .toObject()
          .value(QStringLiteral("message"))
          .toObject()
          .value(QStringLiteral("content"))
          .toString();
    };
    for (const int seed : {1, 2}) {
      plain.insert(QStringLiteral("seed"), seed);
      auto reply = call("POST", "/v1/chat/completions", compact(plain));
      QVERIFY(reply);
      QCOMPARE(reply->status, 200);
      QCOMPARE(text(*reply), greedyText());
    }
    QSet<QString> texts;
    for (const int seed : {1, 2, 3}) {
      QJsonObject hot = plain;
      hot.insert(QStringLiteral("temperature"), 2);
      hot.insert(QStringLiteral("seed"), seed);
      auto reply = call("POST", "/v1/chat/completions", compact(hot));
      QVERIFY(reply);
      QCOMPARE(reply->status, 200);
      texts.insert(text(*reply));
      // The same seed again: the same text.
      if (seed == 1) {
        auto again = call("POST", "/v1/chat/completions", compact(hot));
        QVERIFY(again);
        QCOMPARE(text(*again), text(*reply));
      }
    }
    QVERIFY2(texts.size() == 3, "temperature 2 with seeds 1, 2 and 3 should give three different texts");
    QVERIFY2(!texts.contains(greedyText()), "temperature 2 gave the greedy answer");
  }

  // Issue 18: logprobs/top_logprobs in OpenAI's shape, equal to mdi-run --logprobs, streamed
  // and not.
  void logprobs() {
    constexpr int kTop = 5;
    const QJsonObject extra{{QStringLiteral("logprobs"), true}, {QStringLiteral("top_logprobs"), kTop}};
    auto reply = call("POST", "/v1/chat/completions", compact(chatRequest(extra)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const QJsonObject choice = reply->json().value(QStringLiteral("choices")).toArray().at(0).toObject();
    QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
             greedyText());
    const QJsonObject lp = choice.value(QStringLiteral("logprobs")).toObject();
    QVERIFY(lp.contains(QStringLiteral("refusal")) && lp.value(QStringLiteral("refusal")).isNull());
    const QJsonArray content = lp.value(QStringLiteral("content")).toArray();
    QCOMPARE(content.size(), kGreedyTokens); // the fixture's greedy answer ends by length
    QByteArray bytes;
    for (const QJsonValue &v : content) {
      const QJsonObject entry = v.toObject();
      for (const QJsonValue &b : entry.value(QStringLiteral("bytes")).toArray())
        bytes.append(char(b.toInt()));
      const QJsonArray top = entry.value(QStringLiteral("top_logprobs")).toArray();
      QCOMPARE(top.size(), kTop);
      // Greedy: the chosen token is the most likely one.
      QCOMPARE(top.at(0).toObject().value(QStringLiteral("logprob")).toDouble(),
               entry.value(QStringLiteral("logprob")).toDouble());
      for (qsizetype k = 1; k < top.size(); ++k)
        QVERIFY(top.at(k).toObject().value(QStringLiteral("logprob")).toDouble() <=
                top.at(k - 1).toObject().value(QStringLiteral("logprob")).toDouble());
      QVERIFY(entry.value(QStringLiteral("logprob")).toDouble() <= 0);
    }
    QCOMPARE(QString::fromUtf8(bytes), greedyText());

    const QJsonObject reference =
        mdiRun({QStringLiteral("--temperature"), QStringLiteral("0"), QStringLiteral("--max-tokens"),
                QString::number(kGreedyTokens), QStringLiteral("--logprobs"), QString::number(kTop)})
            .toObject();
    const QJsonArray expected =
        reference.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(expected.size(), content.size());
    for (qsizetype i = 0; i < content.size(); ++i) {
      const QJsonObject got = content.at(i).toObject();
      const QJsonObject want = expected.at(i).toObject();
      QCOMPARE(got.value(QStringLiteral("token")), want.value(QStringLiteral("token")));
      QCOMPARE(got.value(QStringLiteral("bytes")), want.value(QStringLiteral("bytes")));
      QVERIFY(qAbs(got.value(QStringLiteral("logprob")).toDouble() - want.value(QStringLiteral("logprob")).toDouble()) <
              1e-4);
    }

    QJsonObject streamed = extra;
    streamed.insert(QStringLiteral("stream"), true);
    auto stream = call("POST", "/v1/chat/completions", compact(chatRequest(streamed)));
    QVERIFY(stream);
    QJsonArray fromChunks;
    for (const QByteArray &event : stream->events()) {
      const QJsonObject c =
          QJsonDocument::fromJson(event).object().value(QStringLiteral("choices")).toArray().at(0).toObject();
      for (const QJsonValue &v :
           c.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("content")).toArray())
        fromChunks.append(v);
    }
    QCOMPARE(fromChunks, content);
  }

  // Issue 18 (response_format json_object): the fixture's random weights give JSON only through
  // the constraint; 20 seeds at temperature 1, each a JSON object within max_tokens.
  void jsonObjectResponseFormat() {
    QJsonObject request{
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("Describe a cat as JSON.")}}}},
        {QStringLiteral("max_tokens"), 40},
        {QStringLiteral("temperature"), 1},
        {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
    for (int seed = 1; seed <= 20; ++seed) {
      request.insert(QStringLiteral("seed"), seed);
      auto reply = call("POST", "/v1/chat/completions", compact(request));
      QVERIFY(reply);
      QCOMPARE(reply->status, 200);
      const QJsonObject choice = reply->json().value(QStringLiteral("choices")).toArray().at(0).toObject();
      const QString content =
          choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
      QJsonParseError error;
      const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
      QVERIFY2(doc.isObject(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(content)));
      QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    }
  }

  // Issue 18 (response_format json_schema): for 20 seeds at temperature 1 the answer parses,
  // has every required key with the right types and an enum value from the list, and no other
  // keys; a schema outside the subset is a 400 naming the keyword.
  void jsonSchemaResponseFormat() {
    const QJsonObject schema =
        QJsonDocument::fromJson("{\"type\": \"object\", \"additionalProperties\": false, \"required\": "
                                "[\"name\", \"age\", \"mood\", \"tags\"], \"properties\": {\"name\": "
                                "{\"type\": \"string\"}, \"age\": {\"type\": \"integer\"}, \"mood\": "
                                "{\"type\": \"string\", \"enum\": [\"happy\", \"sad\"]}, \"tags\": {\"type\": "
                                "\"array\", \"items\": {\"type\": \"boolean\"}}, \"note\": {\"type\": "
                                "[\"string\", \"null\"]}}}")
            .object();
    QVERIFY(!schema.isEmpty());
    QJsonObject request{
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("Describe a cat as JSON.")}}}},
        {QStringLiteral("max_tokens"), 120},
        {QStringLiteral("temperature"), 1},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                     {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cat")},
                                                                 {QStringLiteral("strict"), true},
                                                                 {QStringLiteral("schema"), schema}}}}}};
    for (int seed = 1; seed <= 20; ++seed) {
      request.insert(QStringLiteral("seed"), seed);
      auto reply = call("POST", "/v1/chat/completions", compact(request));
      QVERIFY(reply);
      QCOMPARE(reply->status, 200);
      const QString content = reply->json()
                                  .value(QStringLiteral("choices"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("message"))
                                  .toObject()
                                  .value(QStringLiteral("content"))
                                  .toString();
      const QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
      const QString where = QStringLiteral("seed %1: %2").arg(seed).arg(content);
      QVERIFY2(o.value(QStringLiteral("name")).isString(), qPrintable(where));
      const QJsonValue age = o.value(QStringLiteral("age"));
      QVERIFY2(age.isDouble() && age.toDouble() == std::floor(age.toDouble()), qPrintable(where));
      QVERIFY2(QStringList({QStringLiteral("happy"), QStringLiteral("sad")})
                   .contains(o.value(QStringLiteral("mood")).toString()),
               qPrintable(where));
      QVERIFY2(o.value(QStringLiteral("tags")).isArray(), qPrintable(where));
      for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
        QVERIFY2(tag.isBool(), qPrintable(where));
      if (o.contains(QStringLiteral("note")))
        QVERIFY2(o.value(QStringLiteral("note")).isString() || o.value(QStringLiteral("note")).isNull(),
                 qPrintable(where));
      for (const QString &key : o.keys())
        QVERIFY2(schema.value(QStringLiteral("properties")).toObject().contains(key), qPrintable(where));
    }
    QJsonObject unsupported = schema;
    unsupported.insert(QStringLiteral("minProperties"), 1);
    request.insert(QStringLiteral("response_format"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                               {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("schema"), unsupported}}}});
    auto refused = call("POST", "/v1/chat/completions", compact(request));
    QVERIFY(refused);
    QCOMPARE(refused->status, 400);
    QVERIFY2(refused->errorMessage().contains(QStringLiteral("'minProperties' is not supported")),
             qPrintable(refused->errorMessage()));
  }

  // Issue 18: /v1/responses, whole and streamed, in OpenAI's shapes; the text is the chat
  // completion's for the same messages.
  void responsesApi() {
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")}, {QStringLiteral("text"), kPrompt}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("input_image")},
                    {QStringLiteral("image_url"), dataUrl(kImage)}}};
    QJsonObject request{
        {QStringLiteral("model"), QStringLiteral("checkpoint")},
        {QStringLiteral("input"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                         {QStringLiteral("content"), content}}}},
        {QStringLiteral("max_output_tokens"), kGreedyTokens},
        {QStringLiteral("temperature"), 0}};
    auto whole = call("POST", "/v1/responses", compact(request));
    QVERIFY(whole);
    QCOMPARE(whole->status, 200);
    const QJsonObject r = whole->json();
    QCOMPARE(r.value(QStringLiteral("object")).toString(), QStringLiteral("response"));
    QVERIFY(r.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("resp_")));
    const QString status = r.value(QStringLiteral("status")).toString();
    QVERIFY2(status == QLatin1String("completed") || status == QLatin1String("incomplete"), qPrintable(status));
    const QJsonObject item = r.value(QStringLiteral("output")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    QCOMPARE(item.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    const QJsonObject part = item.value(QStringLiteral("content")).toArray().at(0).toObject();
    QCOMPARE(part.value(QStringLiteral("type")).toString(), QStringLiteral("output_text"));
    QCOMPARE(part.value(QStringLiteral("text")).toString(), greedyText());
    const QJsonObject usage = r.value(QStringLiteral("usage")).toObject();
    QVERIFY(usage.value(QStringLiteral("input_tokens")).toInteger() > 0);
    QVERIFY(usage.value(QStringLiteral("output_tokens")).toInteger() > 0);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(),
             usage.value(QStringLiteral("input_tokens")).toInteger() +
                 usage.value(QStringLiteral("output_tokens")).toInteger());
    QCOMPARE(r.value(QStringLiteral("max_output_tokens")).toInt(), kGreedyTokens);

    request.insert(QStringLiteral("stream"), true);
    auto stream = call("POST", "/v1/responses", compact(request));
    QVERIFY(stream);
    QCOMPARE(stream->status, 200);
    QVERIFY(stream->headers.value("content-type").startsWith("text/event-stream"));
    QStringList types;
    QString deltas;
    QJsonObject last;
    int sequence = 0;
    for (const QByteArray &block : stream->body.split('\n')) {
      if (!block.startsWith("data: "))
        continue;
      const QJsonObject event = QJsonDocument::fromJson(block.mid(6)).object();
      types.append(event.value(QStringLiteral("type")).toString());
      QCOMPARE(event.value(QStringLiteral("sequence_number")).toInt(), sequence++);
      if (types.last() == QLatin1String("response.output_text.delta"))
        deltas += event.value(QStringLiteral("delta")).toString();
      last = event;
    }
    QVERIFY(stream->body.contains("event: response.created\ndata: "));
    QStringList order = types;
    order.removeAll(QStringLiteral("response.output_text.delta"));
    QCOMPARE(order,
             (QStringList{QStringLiteral("response.created"), QStringLiteral("response.in_progress"),
                          QStringLiteral("response.output_item.added"), QStringLiteral("response.content_part.added"),
                          QStringLiteral("response.output_text.done"), QStringLiteral("response.content_part.done"),
                          QStringLiteral("response.output_item.done"),
                          status == QLatin1String("completed") ? QStringLiteral("response.completed")
                                                               : QStringLiteral("response.incomplete")}));
    QVERIFY(types.count(QStringLiteral("response.output_text.delta")) > 1);
    QCOMPARE(deltas, greedyText());
    const QJsonObject final = last.value(QStringLiteral("response")).toObject();
    QCOMPARE(final.value(QStringLiteral("output"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             greedyText());
    QCOMPARE(final.value(QStringLiteral("usage")), r.value(QStringLiteral("usage")));

    // What this server cannot do is refused by name.
    for (const auto &[field, value] : QList<QPair<QString, QJsonValue>>{
             {QStringLiteral("previous_response_id"), QStringLiteral("resp_123")},
             {QStringLiteral("tools"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}}}}}) {
      QJsonObject refused = request;
      refused.insert(field, value);
      auto reply = call("POST", "/v1/responses", compact(refused));
      QVERIFY(reply);
      QCOMPARE(reply->status, 400);
      QVERIFY2(reply->errorMessage().contains(field), qPrintable(reply->errorMessage()));
    }
  }

  // Issue 18: CORS only for the origins named (preflights before the key), none by default; the
  // Host allow-list takes names besides localhost only when told.
  void corsAndAllowedHosts() {
    ApiServer open(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.apiKey = QStringLiteral("k");
    options.corsOrigins = {QStringLiteral("http://localhost:3000")};
    options.allowedHosts = {QStringLiteral("host.docker.internal")};
    QVERIFY(open.listen(options));
    const QByteArray preflight = "OPTIONS /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ORIGIN\r\n"
                                 "Access-Control-Request-Method: POST\r\n"
                                 "Access-Control-Request-Headers: authorization, content-type, x-stainless-os\r\n\r\n";
    auto ask = [&](quint16 port, const QByteArray &bytes) {
      RawClient client;
      std::optional<Reply> reply;
      if (client.open(port)) {
        client.send(bytes);
        reply = client.read();
      }
      return reply;
    };
    auto allowed = ask(open.port(), QByteArray(preflight).replace("ORIGIN", "http://localhost:3000"));
    QVERIFY(allowed);
    QCOMPARE(allowed->status, 204);
    QCOMPARE(allowed->headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    QVERIFY(allowed->headers.value("access-control-allow-headers").contains("authorization"));
    QVERIFY(allowed->headers.value("access-control-allow-methods").contains("POST"));
    auto refused = ask(open.port(), QByteArray(preflight).replace("ORIGIN", "http://evil.example"));
    QVERIFY(refused);
    QCOMPARE(refused->status, 403);
    QVERIFY(!refused->headers.contains("access-control-allow-origin"));
    auto byDefault = ask(m_server->port(), QByteArray(preflight).replace("ORIGIN", "http://localhost:3000"));
    QVERIFY(byDefault);
    QCOMPARE(byDefault->status, 403);
    QVERIFY(!byDefault->headers.contains("access-control-allow-origin"));
    // The request itself: the allowed origin's answers carry the header, errors too.
    auto models =
        call("GET", "/v1/models", {}, {"Origin: http://localhost:3000", "Authorization: Bearer k"}, open.port());
    QVERIFY(models);
    QCOMPARE(models->status, 200);
    QCOMPARE(models->headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    auto noKey = call("GET", "/v1/models", {}, {"Origin: http://localhost:3000"}, open.port());
    QVERIFY(noKey);
    QCOMPARE(noKey->status, 401);
    QCOMPARE(noKey->headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    auto other = call("GET", "/v1/models", {}, {"Origin: http://evil.example", "Authorization: Bearer k"}, open.port());
    QVERIFY(other);
    QCOMPARE(other->status, 200);
    QVERIFY(!other->headers.contains("access-control-allow-origin"));
    // Host names: the allowed one on the server that names it, refused by default.
    const QByteArray docker =
        "GET /health HTTP/1.1\r\nHost: host.docker.internal:8080\r\nAuthorization: Bearer k\r\n\r\n";
    auto viaDocker = ask(open.port(), docker);
    QVERIFY(viaDocker);
    QCOMPARE(viaDocker->status, 200);
    auto dockerByDefault = ask(m_server->port(), docker);
    QVERIFY(dockerByDefault);
    QCOMPARE(dockerByDefault->status, 403);
  }

  // Issue 18: Ollama's /api/chat streams NDJSON with the same text as OpenAI's stream for the
  // same messages (images as base64); /api/generate, /api/tags, /api/show and /api/version.
  void ollamaEndpoints() {
    const QString base64 = dataUrl(kImage).section(QLatin1Char(','), 1);
    // Ollama puts a message's images before its text: the OpenAI request does too.
    QJsonObject openAi = chatRequest({{QStringLiteral("stream"), true}});
    openAi.insert(
        QStringLiteral("messages"),
        QJsonArray{QJsonObject{
            {QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("content"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                             {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), dataUrl(kImage)}}}},
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), kPrompt}}}}}});
    auto openAiStream = call("POST", "/v1/chat/completions", compact(openAi));
    QVERIFY(openAiStream);
    QString openAiText;
    for (const QByteArray &event : openAiStream->events()) {
      openAiText += QJsonDocument::fromJson(event)
                        .object()
                        .value(QStringLiteral("choices"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
    }
    QVERIFY(!openAiText.isEmpty());

    const QJsonObject options{{QStringLiteral("temperature"), 0}, {QStringLiteral("num_predict"), kGreedyTokens}};
    const QJsonObject chat{
        {QStringLiteral("model"), QStringLiteral("checkpoint:latest")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), kPrompt},
                                                            {QStringLiteral("images"), QJsonArray{base64}}}}},
        {QStringLiteral("options"), options}};
    auto stream = call("POST", "/api/chat", compact(chat));
    QVERIFY(stream);
    QCOMPARE(stream->status, 200);
    QCOMPARE(stream->headers.value("content-type"), QByteArray("application/x-ndjson"));
    QString text;
    QJsonObject done;
    int lines = 0;
    for (const QByteArray &line : stream->body.split('\n')) {
      if (line.isEmpty())
        continue;
      const QJsonObject o = QJsonDocument::fromJson(line).object();
      QVERIFY2(!o.isEmpty(), line.constData());
      ++lines;
      text += o.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
      if (o.value(QStringLiteral("done")).toBool())
        done = o;
    }
    QVERIFY(lines > 2);
    QCOMPARE(text, openAiText);
    QCOMPARE(done.value(QStringLiteral("done_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(done.value(QStringLiteral("eval_count")).toInt(), kGreedyTokens);
    QCOMPARE(done.value(QStringLiteral("model")).toString(), QStringLiteral("checkpoint"));

    QJsonObject whole = chat;
    whole.insert(QStringLiteral("stream"), false);
    auto one = call("POST", "/api/chat", compact(whole));
    QVERIFY(one);
    QCOMPARE(one->status, 200);
    QCOMPARE(one->json().value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
             openAiText);
    QVERIFY(one->json().value(QStringLiteral("done")).toBool());

    const QJsonObject generate{{QStringLiteral("model"), QStringLiteral("checkpoint")},
                               {QStringLiteral("prompt"), kPrompt},
                               {QStringLiteral("images"), QJsonArray{base64}},
                               {QStringLiteral("stream"), false},
                               {QStringLiteral("options"), options}};
    auto generated = call("POST", "/api/generate", compact(generate));
    QVERIFY(generated);
    QCOMPARE(generated->status, 200);
    QCOMPARE(generated->json().value(QStringLiteral("response")).toString(), openAiText);
    auto load = call("POST", "/api/generate", R"({"model": "checkpoint"})");
    QVERIFY(load);
    QCOMPARE(load->json().value(QStringLiteral("done_reason")).toString(), QStringLiteral("load"));

    auto tags = call("GET", "/api/tags");
    QVERIFY(tags);
    QCOMPARE(tags->json()
                 .value(QStringLiteral("models"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("checkpoint"));
    auto show = call("POST", "/api/show", R"({"model": "checkpoint"})");
    QVERIFY(show);
    QCOMPARE(show->status, 200);
    QVERIFY(show->json().value(QStringLiteral("capabilities")).toArray().contains(QStringLiteral("vision")));
    auto unknown = call("POST", "/api/show", R"({"model": "llama3"})");
    QVERIFY(unknown);
    QCOMPARE(unknown->status, 404);
    QVERIFY(unknown->json().value(QStringLiteral("error")).isString()); // Ollama's error shape
    auto version = call("GET", "/api/version");
    QVERIFY(version);
    QVERIFY(!version->json().value(QStringLiteral("version")).toString().isEmpty());
    auto tools = call("POST", "/api/chat", R"({"messages": [{"role": "user", "content": "Hi"}], "tools": [{}]})");
    QVERIFY(tools);
    QCOMPARE(tools->status, 400);
    QVERIFY(tools->json().value(QStringLiteral("error")).toString().contains(QStringLiteral("tools")));
  }

  void twoClientsAtOnce() {
    // A long answer is streaming when a short one arrives: the short one finishes first, so
    // requests are not served one after another.
    constexpr int kLongTokens = 300;
    RawClient a;
    RawClient b;
    QVERIFY(a.open(m_server->port()));
    QVERIFY(b.open(m_server->port()));
    a.send(requestBytes("POST", "/v1/chat/completions",
                        compact(chatRequest({{QStringLiteral("stream"), true},
                                             {QStringLiteral("ignore_eos"), true},
                                             {QStringLiteral("max_tokens"), kLongTokens},
                                             {QStringLiteral("stream_options"),
                                              QJsonObject{{QStringLiteral("include_usage"), true}}}}))));
    QVERIFY(a.waitForBody(kContentDelta, 2)); // the role chunk, then text
    b.send(requestBytes("POST", "/v1/chat/completions", compact(chatRequest())));
    auto replyB = b.read();
    QVERIFY(replyB);
    const int activeWhenBFinished = m_server->activeAnswers();
    QCOMPARE(replyB->status, 200);
    QCOMPARE(replyB->json().value(QStringLiteral("choices")), greedy().value(QStringLiteral("choices")));
    QCOMPARE(activeWhenBFinished, 1); // the long answer was still running

    auto replyA = a.read();
    QVERIFY(replyA);
    QCOMPARE(replyA->status, 200);
    const QList<QByteArray> events = replyA->events();
    QCOMPARE(events.last(), QByteArray("[DONE]"));
    const QJsonObject usage =
        QJsonDocument::fromJson(events.at(events.size() - 2)).object().value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(), kLongTokens);
  }

  // Issue 15: eight clients at once (the default answer limit and queue) are all answered, none
  // with a 429, and batching them changes no answer: each equals the greedy answer alone.
  void eightClientsAllAnswered() {
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
      clients.push_back(std::make_unique<RawClient>());
      QVERIFY(clients.back()->open(m_server->port()));
    }
    for (auto &client : clients)
      client->send(requestBytes("POST", "/v1/chat/completions", compact(chatRequest())));
    for (int i = 0; i < kClients; ++i) {
      auto reply = clients[size_t(i)]->read();
      QVERIFY2(reply, qPrintable(QStringLiteral("client %1 got no reply").arg(i)));
      QCOMPARE(reply->status, 200);
      QCOMPARE(reply->json().value(QStringLiteral("choices")), greedy().value(QStringLiteral("choices")));
    }
  }

  void keepAliveAndPipelining() {
    RawClient client;
    QVERIFY(client.open(m_server->port()));
    client.send(requestBytes("GET", "/v1/models", {}));
    auto first = client.read();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->headers.value("connection"), QByteArray("keep-alive"));
    // Two requests in one write: answered in order on the same connection.
    client.send(requestBytes("GET", "/health", {}) + requestBytes("GET", "/v1/models", {}));
    auto second = client.read();
    auto third = client.read();
    QVERIFY(second && third);
    QCOMPARE(second->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(third->status, 200);
    QCOMPARE(third->json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
  }

  void expectContinue() {
    RawClient client;
    QVERIFY(client.open(m_server->port()));
    const QByteArray body = compact(chatRequest({{QStringLiteral("max_tokens"), 2}}));
    QByteArray request = requestBytes("POST", "/v1/chat/completions", body, {"Expect: 100-continue"});
    request.chop(body.size());
    client.send(request);
    QVERIFY(client.waitForRaw("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send(body);
    auto reply = client.read();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QVERIFY(reply->sawContinue);
  }

  void refusedRequests_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    const QByteArray chat = "/v1/chat/completions";
    auto badImage = chatRequest();
    badImage.insert(
        QStringLiteral("messages"),
        QJsonArray{QJsonObject{
            {QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("image_url")},
                 {QStringLiteral("image_url"),
                  QJsonObject{{QStringLiteral("url"), QStringLiteral("data:image/png;base64,") +
                                                          QString::fromLatin1(QByteArray(300, 'x').toBase64())}}}}}}}});
    QTest::newRow("malformed json") << requestBytes("POST", chat, "{\"messages\": [") << 400 << "JSON";
    QTest::newRow("wrong type") << requestBytes("POST", chat, compact(chatRequest({{QStringLiteral("n"), "3"}}))) << 400
                                << "'n'";
    QTest::newRow("undecodable image") << requestBytes("POST", chat, compact(badImage)) << 400 << "image 1";
    QTest::newRow("oversized") << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                                             "Content-Type: application/json\r\nContent-Length: 52428801\r\n\r\n")
                               << 413 << "52428801";
    QTest::newRow("no content type") << requestBytes("POST", chat, compact(chatRequest()), {}, false) << 415
                                     << "application/json";
    QTest::newRow("unknown path") << requestBytes("GET", "/v2/nothing", {}) << 404 << "/v2/nothing";
    QTest::newRow("wrong method") << requestBytes("GET", chat, {}) << 405 << "POST";
    QTest::newRow("chunked body") << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                                                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                "2\r\n{}\r\n0\r\n\r\n")
                                  << 411 << "Content-Length";
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x01\x01\x01\xfc\x03\x03\r\n\r\n") << 400 << "request line";
    QTest::newRow("huge header") << QByteArray("GET /v1/models HTTP/1.1\r\nHost: localhost\r\nX: " +
                                               QByteArray(40000, 'a') + "\r\n\r\n")
                                 << 431 << "bytes";
    QTest::newRow("foreign host") << QByteArray("GET /v1/models HTTP/1.1\r\nHost: attacker.example:8080\r\n\r\n") << 403
                                  << "localhost";
  }

  void refusedRequests() {
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    RawClient client;
    QVERIFY(client.open(m_server->port()));
    client.send(request);
    auto reply = client.read();
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    const QJsonObject error = reply->json().value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(mentions), reply->body.constData());
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
    QVERIFY(error.contains(QStringLiteral("param")) && error.contains(QStringLiteral("code")));
    // The server is still there.
    auto after = call("GET", "/v1/models");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
  }

  void apiKeyAndBodyLimit() {
    ApiServer keyed(m_runner->engine());
    ApiServer::Options options;
    options.port = 0;
    options.apiKey = QStringLiteral("sekrit");
    options.maxBodyBytes = 64 * 1024;
    QVERIFY(keyed.listen(options));
    auto none = call("GET", "/v1/models", {}, {}, keyed.port());
    QVERIFY(none);
    QCOMPARE(none->status, 401);
    QCOMPARE(none->headers.value("www-authenticate"), QByteArray("Bearer"));
    QCOMPARE(none->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_api_key"));
    auto wrong = call("GET", "/v1/models", {}, {"Authorization: Bearer sekrit2"}, keyed.port());
    QVERIFY(wrong);
    QCOMPARE(wrong->status, 401);
    // The key is checked before the body is read: a huge body with a wrong key costs nothing.
    RawClient early;
    QVERIFY(early.open(keyed.port()));
    early.send("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer nope\r\n"
               "Content-Type: application/json\r\nContent-Length: 40000000\r\n\r\n{\"mess");
    auto refused = early.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    QVERIFY(early.isClosed() || QTest::qWaitFor([&] { return early.isClosed(); }, kWaitMs));

    auto right = call("GET", "/v1/models", {}, {"Authorization: Bearer sekrit"}, keyed.port());
    QVERIFY(right);
    QCOMPARE(right->status, 200);
    // A body over this server's 64 KiB limit, with the right key.
    auto big = call("POST", "/v1/chat/completions",
                    compact(chatRequest({{QStringLiteral("user"), QString(70000, QLatin1Char('u'))}})),
                    {"Authorization: bearer sekrit"}, keyed.port());
    QVERIFY(big);
    QCOMPARE(big->status, 413);
    auto small =
        call("POST", "/v1/chat/completions", R"({"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2})",
             {"Authorization: Bearer sekrit"}, keyed.port());
    QVERIFY(small);
    QCOMPARE(small->status, 200);
  }

  void clientDisconnectStopsGeneration() {
    QVERIFY(cachesEmpty());
    QSignalSpy tokens(&m_runner->engine(), &Engine::tokenGenerated);
    QSignalSpy failed(&m_runner->engine(), &Engine::generationFailed);
    QSignalSpy finished(&m_runner->engine(), &Engine::generationFinished);
    constexpr int kMaxTokens = 20000; // far more than arrive before the client leaves
    RawClient client;
    QVERIFY(client.open(m_server->port()));
    client.send(requestBytes("POST", "/v1/chat/completions",
                             compact(chatRequest({{QStringLiteral("stream"), true},
                                                  {QStringLiteral("ignore_eos"), true},
                                                  {QStringLiteral("max_tokens"), kMaxTokens}}))));
    // Wait for the first streamed piece of text, then leave.
    QVERIFY(QTest::qWaitFor([&] { return tokens.count() >= 2; }, kWaitMs));
    QVERIFY(client.waitForBody(kContentDelta, 2)); // the role chunk, then text
    const quint64 conversation = tokens.first().at(0).value<quint64>();
    QCOMPARE(m_server->activeAnswers(), 1);
    client.abort();

    // The server notices, the engine ends the answer and forgets its caches.
    QVERIFY(QTest::qWaitFor([&] { return m_server->activeAnswers() == 0; }, kWaitMs));
    auto ended = [&] {
      for (const QList<QVariant> &args : failed) {
        if (args.at(0).value<quint64>() == conversation)
          return true;
      }
      for (const QList<QVariant> &args : finished) {
        if (args.at(0).value<quint64>() == conversation)
          return args.at(1).value<GenerationResult>().tokens.size() < kMaxTokens;
      }
      return false;
    };
    QVERIFY(QTest::qWaitFor(ended, kWaitMs));
    QVERIFY(cachesEmpty());
    qsizetype generated = 0;
    for (const QList<QVariant> &args : tokens)
      generated += args.at(0).value<quint64>() == conversation ? 1 : 0;
    QVERIFY2(generated < kMaxTokens, qPrintable(QString::number(generated)));
    // And it still serves.
    auto after = call("GET", "/v1/models");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
  }

  void noModelMeans503() {
    Engine idle;
    ApiServer server(idle);
    ApiServer::Options options;
    options.port = 0;
    QVERIFY(server.listen(options));
    auto reply = call("POST", "/v1/chat/completions", compact(chatRequest()), {}, server.port());
    QVERIFY(reply);
    QCOMPARE(reply->status, 503);
    QCOMPARE(reply->json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("model_not_loaded"));
  }

  void cleanupTestCase() {
    m_server.reset();
    m_runner.reset();
  }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
