#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace mdi::test {

// A small HTTP/1.1 server on 127.0.0.1 that answers like the Hugging Face hub for the requests
// ModelDownloader makes: GET /api/models/<repo>/revision/<rev> (file list with blob ids and LFS
// sha256) and GET /<repo>/resolve/<rev>/<file> (the bytes, with Range support). Switches make it
// misbehave the ways the tests need; it counts what it sends and records the Range headers.
class FakeHubServer : public QObject {
  Q_OBJECT

public:
  explicit FakeHubServer(QObject *parent = nullptr);
  bool listen();
  QString baseUrl() const;

  // Adds a file to `repo` (one commit per repo, also reachable as "main"). Files of at least
  // `lfsThreshold` bytes are listed as LFS files (sha256), smaller ones by their git blob id.
  void addFile(const QString &repo, const QString &name, const QByteArray &data);
  // Every file of a folder (not recursive).
  void addFolder(const QString &repo, const QString &directory);
  QString commitOf(const QString &repo) const { return m_repos.value(repo).commit; }
  qint64 lfsThreshold = 1024;

  // Switches.
  bool rangeSupport = true;
  // Send this many body bytes of `stallFile` and then nothing, keeping the connection open.
  QString stallFile;
  qint64 stallAfterBytes = -1;
  // Answer requests whose path ends with the key with this status (401, 403, 404, ...).
  QHash<QString, int> statusFor;
  // Serve this file with one byte flipped for the next N requests.
  QString corruptFile;
  int corruptTimes = 0;

  // What happened.
  qint64 bodyBytesSent() const { return m_bodyBytes; }
  QStringList rangeHeaders() const { return m_ranges; }        // "" for a request without one
  QList<qint64> bodyBytesPerRequest() const { return m_sent; } // in the order of requestedPaths()
  QStringList requestedPaths() const { return m_paths; }
  void resetCounters();

private:
  struct Repo {
    QString commit;
    QStringList names;
    QMap<QString, QByteArray> files;
  };
  void onConnection();
  void onData(QTcpSocket *socket);
  void answer(QTcpSocket *socket, const QByteArray &method, const QString &path,
              const QHash<QByteArray, QByteArray> &headers);
  static void reply(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});

  QMap<QString, Repo> m_repos;
  QHash<QTcpSocket *, QByteArray> m_buffers;
  qint64 m_bodyBytes = 0;
  QStringList m_ranges;
  QStringList m_paths;
  QList<qint64> m_sent;
  // Last: destroyed first, while the members its sockets' signals touch still exist.
  QTcpServer m_server;
};

} // namespace mdi::test
