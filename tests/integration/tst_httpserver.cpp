// The local API's HTTP server under slow and idle clients (issue 16 #2): deadlines for the whole
// request head and for the body by its size, per-address caps, and room made by closing idle
// keep-alive connections and slow heads rather than refusing a client that sends its request.
// Everything runs on loopback; clients bind to 127.0.0.x to be different addresses.

#include "api/httpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace mdi;

namespace {

constexpr int kWaitMs = 20000; // generous: waits end as soon as the event arrives

const QByteArray kKeyedGet = "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer secret\r\n\r\n";

// A client socket from `from` (any 127.0.0.0/8 address is loopback), connected.
std::unique_ptr<QTcpSocket> connectFrom(const QString &from, quint16 port) {
  auto socket = std::make_unique<QTcpSocket>();
  if (!socket->bind(QHostAddress(from)))
    qWarning("cannot bind to %s: %s", qPrintable(from), qPrintable(socket->errorString()));
  socket->connectToHost(QHostAddress::LocalHost, port);
  return socket;
}

// Waits until the socket has a whole answer head (or closed); returns what arrived.
QByteArray readAnswer(QTcpSocket *socket, int timeoutMs = kWaitMs) {
  QByteArray received;
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < timeoutMs) {
    received += socket->readAll();
    if (received.contains("\r\n\r\n") || socket->state() == QAbstractSocket::UnconnectedState)
      break;
    QTest::qWait(10);
  }
  return received + socket->readAll();
}

// Sends a keyed GET from `from` and returns the status line of the answer.
QByteArray keyedRequest(quint16 port, const QString &from = QStringLiteral("127.0.0.1"),
                        std::unique_ptr<QTcpSocket> *keep = nullptr) {
  auto socket = connectFrom(from, port);
  if (!socket->waitForConnected(kWaitMs))
    return "not connected: " + socket->errorString().toUtf8();
  socket->write(kKeyedGet);
  const QByteArray answer = readAnswer(socket.get());
  if (keep)
    *keep = std::move(socket);
  return answer.left(answer.indexOf("\r\n"));
}

// A server whose requests need "Authorization: Bearer secret" and are answered 200.
class TestServer {
public:
  explicit TestServer(HttpServer::Options options) {
    options.address = QHostAddress::LocalHost;
    server.setHeadFilter([](const HttpRequest &head) -> std::optional<HttpResponse> {
      if (head.header("authorization") != "Bearer secret")
        return HttpResponse{401, {}, "no key"};
      return std::nullopt;
    });
    server.setErrorResponder([](int status, const QString &message) {
      return HttpResponse{status, {}, message.toUtf8()};
    });
    QObject::connect(&server, &HttpServer::requestReceived, [](HttpConnection *connection, const HttpRequest &) {
      connection->respond(HttpResponse{200, {}, "ok"});
    });
    status = server.listen(options);
  }
  HttpServer server;
  Status status;
};

} // namespace

class TestHttpServer : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void headDeadlineIsNotRestartedByEachByte() {
    HttpServer::Options options;
    options.connection.headTimeoutMs = 500;
    options.connection.idleTimeoutMs = 500;
    TestServer test(options);
    QVERIFY2(test.status, qPrintable(test.status.error()));
    auto socket = connectFrom(QStringLiteral("127.0.0.1"), test.server.port());
    QVERIFY(socket->waitForConnected(kWaitMs));
    // One byte every 100 ms of a head that would take 20 s: the server must not wait it out.
    const QByteArray head = "GET /v1/models HTTP/1.1\r\nX-Padding: " + QByteArray(200, 'a');
    QByteArray received;
    for (int i = 0; i < head.size() && socket->state() == QAbstractSocket::ConnectedState; ++i) {
      socket->write(head.mid(i, 1));
      QTest::qWait(100);
      received += socket->readAll();
      if (!received.isEmpty())
        break;
    }
    received += readAnswer(socket.get(), 2000);
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
  }

  void bodyDeadlineGrowsWithItsSize() {
    HttpServer::Options options;
    options.connection.idleTimeoutMs = 300;
    options.connection.bodyTimeoutMs = 300;
    options.connection.minBodyBytesPerSecond = 1000; // 1000 bytes: 300 ms + 1 s
    TestServer test(options);
    QVERIFY2(test.status, qPrintable(test.status.error()));
    auto socket = connectFrom(QStringLiteral("127.0.0.1"), test.server.port());
    QVERIFY(socket->waitForConnected(kWaitMs));
    socket->write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer secret\r\n"
                  "Content-Length: "
                  "1000\r\n\r\n" +
                  QByteArray(10, 'x'));
    QTest::qWait(700);
    QVERIFY2(socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0,
             "a 1000-byte body was cut off after the base deadline");
    const QByteArray answer = readAnswer(socket.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
  }

  void slowClientsDoNotStarveAKeyedClient() {
    TestServer test(HttpServer::Options{});
    QVERIFY2(test.status, qPrintable(test.status.error()));
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 40; ++i)
      slow.push_back(connectFrom(QStringLiteral("127.0.0.%1").arg(1 + i % 5), test.server.port()));
    for (const auto &socket : slow)
      QVERIFY(socket->waitForConnected(kWaitMs));
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] {
      for (const auto &socket : slow)
        socket->write("G");
    });
    drip.start(300);
    QTest::qWait(400);
    QCOMPARE(keyedRequest(test.server.port()), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(keyedRequest(test.server.port(), QStringLiteral("127.0.0.4")), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(test.server.connectionCount() <= 32 + 1);
  }

  void idleKeepAliveMakesRoom() {
    HttpServer::Options options;
    options.maxConnections = 4;
    TestServer test(options);
    QVERIFY2(test.status, qPrintable(test.status.error()));
    std::vector<std::unique_ptr<QTcpSocket>> kept(4);
    for (auto &socket : kept)
      QCOMPARE(keyedRequest(test.server.port(), QStringLiteral("127.0.0.1"), &socket), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(test.server.connectionCount(), 4);
    QCOMPARE(keyedRequest(test.server.port()), QByteArray("HTTP/1.1 200 OK"));
    // The oldest idle one made the room.
    QTRY_COMPARE_WITH_TIMEOUT(kept[0]->state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(kept[3]->state(), QAbstractSocket::ConnectedState);
  }

  void connectionsPerAddressAreCapped() {
    HttpServer::Options options;
    options.maxConnections = 8;
    options.maxConnectionsPerAddress = 3;
    TestServer test(options);
    QVERIFY2(test.status, qPrintable(test.status.error()));
    // Bodies that come slowly (within their deadline): busy connections, not to be closed.
    const QByteArray post = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer secret\r\nContent-Length: 100\r\n\r\nxxxxxxxxxx";
    std::vector<std::unique_ptr<QTcpSocket>> uploads;
    for (int i = 0; i < 3; ++i) {
      uploads.push_back(connectFrom(QStringLiteral("127.0.0.2"), test.server.port()));
      QVERIFY(uploads.back()->waitForConnected(kWaitMs));
      uploads.back()->write(post);
    }
    QTRY_COMPARE_WITH_TIMEOUT(test.server.connectionCount(), 3, kWaitMs);
    QTest::qWait(100);
    auto fourth = connectFrom(QStringLiteral("127.0.0.2"), test.server.port());
    QVERIFY(fourth->waitForConnected(kWaitMs));
    fourth->write(post);
    const QByteArray refused = readAnswer(fourth.get());
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
    QVERIFY2(refused.contains("127.0.0.2"), refused.constData());
    for (const auto &socket : uploads)
      QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(keyedRequest(test.server.port(), QStringLiteral("127.0.0.3")), QByteArray("HTTP/1.1 200 OK"));
  }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
