#include "fakehubserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace mdi::test {

FakeHubServer::FakeHubServer(QObject *parent) : QObject(parent) {
  connect(&m_server, &QTcpServer::newConnection, this, &FakeHubServer::onConnection);
}

bool FakeHubServer::listen() {
  return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeHubServer::baseUrl() const {
  return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeHubServer::addFile(const QString &repo, const QString &name, const QByteArray &data) {
  Repo &r = m_repos[repo];
  if (r.commit.isEmpty())
    r.commit = QString::fromLatin1(QCryptographicHash::hash(repo.toUtf8(), QCryptographicHash::Sha1).toHex());
  if (!r.files.contains(name))
    r.names.append(name);
  r.files.insert(name, data);
}

void FakeHubServer::addFolder(const QString &repo, const QString &directory) {
  const QDir dir(directory);
  for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::ReadOnly))
      addFile(repo, name, f.readAll());
  }
}

void FakeHubServer::resetCounters() {
  m_bodyBytes = 0;
  m_ranges.clear();
  m_paths.clear();
  m_sent.clear();
}

void FakeHubServer::onConnection() {
  while (QTcpSocket *socket = m_server.nextPendingConnection()) {
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
      m_buffers.remove(socket);
      socket->deleteLater();
    });
  }
}

void FakeHubServer::onData(QTcpSocket *socket) {
  QByteArray &buffer = m_buffers[socket];
  buffer += socket->readAll();
  for (;;) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
      return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
      const qsizetype colon = lines.at(i).indexOf(':');
      if (colon > 0)
        headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    answer(socket, requestLine.value(0), QString::fromUtf8(requestLine.value(1)), headers);
  }
}

void FakeHubServer::reply(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers) {
  QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
  head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
  for (const auto &h : headers)
    head += h.first + ": " + h.second + "\r\n";
  head += "\r\n";
  socket->write(head + body);
}

void FakeHubServer::answer(QTcpSocket *socket, const QByteArray &method, const QString &rawPath,
                           const QHash<QByteArray, QByteArray> &headers) {
  const QString path = QUrl::fromPercentEncoding(rawPath.section(QLatin1Char('?'), 0, 0).toUtf8());
  m_paths.append(path);
  m_sent.append(0);
  m_ranges.append(QString::fromLatin1(headers.value("range")));
  for (auto it = statusFor.cbegin(); it != statusFor.cend(); ++it) {
    if (path.endsWith(it.key())) {
      reply(socket, it.value(), "Error", R"({"error": "no"})");
      return;
    }
  }
  if (method != "GET") {
    reply(socket, 405, "Method Not Allowed", {});
    return;
  }
  // /api/models/<org>/<name>/revision/<rev>
  if (path.startsWith(QLatin1String("/api/models/"))) {
    const QString rest = path.mid(12);
    const qsizetype at = rest.indexOf(QLatin1String("/revision/"));
    const QString repo = rest.left(at);
    const QString rev = rest.mid(at + 10);
    if (at < 0 || !m_repos.contains(repo) || (rev != QLatin1String("main") && rev != m_repos.value(repo).commit)) {
      reply(socket, 404, "Not Found", R"({"error": "Repository not found"})");
      return;
    }
    const Repo &r = m_repos[repo];
    QJsonArray siblings;
    for (const QString &name : r.names) {
      const QByteArray &data = r.files[name];
      QJsonObject s{{QStringLiteral("rfilename"), name}, {QStringLiteral("size"), qint64(data.size())}};
      const QByteArray gitBlob = "blob " + QByteArray::number(data.size()) + '\0' + data;
      s.insert(QStringLiteral("blobId"),
               QString::fromLatin1(QCryptographicHash::hash(gitBlob, QCryptographicHash::Sha1).toHex()));
      if (data.size() >= lfsThreshold)
        s.insert(QStringLiteral("lfs"),
                 QJsonObject{{QStringLiteral("sha256"),
                              QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
                             {QStringLiteral("size"), qint64(data.size())},
                             {QStringLiteral("pointerSize"), 134}});
      siblings.append(s);
    }
    const QJsonObject info{
        {QStringLiteral("id"), repo}, {QStringLiteral("sha"), r.commit}, {QStringLiteral("siblings"), siblings}};
    reply(socket, 200, "OK", QJsonDocument(info).toJson(QJsonDocument::Compact),
          {{"Content-Type", "application/json"}});
    return;
  }
  // /<org>/<name>/resolve/<rev>/<file>
  const qsizetype at = path.indexOf(QLatin1String("/resolve/"));
  const QString repo = path.mid(1, at - 1);
  const QString rest = path.mid(at + 9);
  const QString rev = rest.section(QLatin1Char('/'), 0, 0);
  const QString name = rest.section(QLatin1Char('/'), 1);
  if (at < 0 || !m_repos.contains(repo) || !m_repos[repo].files.contains(name) ||
      (rev != QLatin1String("main") && rev != m_repos.value(repo).commit)) {
    reply(socket, 404, "Not Found", "Entry not found");
    return;
  }
  QByteArray data = m_repos[repo].files[name];
  if (name == corruptFile && corruptTimes > 0) {
    --corruptTimes;
    data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x5a);
  }
  qint64 from = 0;
  const QByteArray range = headers.value("range");
  int status = 200;
  QByteArray reason = "OK";
  QList<QPair<QByteArray, QByteArray>> extra{{"Content-Type", "application/octet-stream"},
                                             {"Accept-Ranges", rangeSupport ? "bytes" : "none"}};
  if (rangeSupport && range.startsWith("bytes=") && range.endsWith('-')) {
    from = range.mid(6, range.size() - 7).toLongLong();
    if (from >= data.size()) {
      reply(socket, 416, "Range Not Satisfiable", {});
      return;
    }
    status = 206;
    reason = "Partial Content";
    extra.append({"Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(data.size() - 1) +
                                       '/' + QByteArray::number(data.size())});
  }
  const QByteArray body = data.mid(from);
  if (name == stallFile && stallAfterBytes >= 0) {
    // Promise the whole body, send part of it, then go silent.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : extra)
      head += h.first + ": " + h.second + "\r\n";
    const QByteArray part = body.left(stallAfterBytes);
    socket->write(head + "\r\n" + part);
    m_bodyBytes += part.size();
    m_sent.last() = part.size();
    return;
  }
  m_bodyBytes += body.size();
  m_sent.last() = body.size();
  reply(socket, status, reason, body, extra);
}

} // namespace mdi::test
