#pragma once

#include "util/expected.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace mdi {

// One window per profile and user: the running mdi-chat listens on a local socket (a Unix socket,
// a named pipe on Windows) named after the user and the profile folder; a second launch finds it,
// asks it to bring its window to the front and exits instead of opening a second window or a
// dialog. ProfileLock stays the guard of the profile's files: only the instance that holds the
// lock listens, so a socket file left by a crash is removed before listening (nobody else can own
// it), and a second launch that finds nobody listening falls back to the lock's message.
class SingleInstance : public QObject {
  Q_OBJECT
public:
  explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
  ~SingleInstance() override;

  // "mdi-chat-<user>-<hash of the profile's absolute path>": the same for every launch of one
  // user with one profile, different for other users and other profiles.
  static QString serverNameFor(const QString &dataDir);
  QString serverName() const { return m_name; }

  // Asks a running instance to show its window; true when one took the request.
  bool activateRunning(int timeoutMs = 2000);
  // Listens for later launches (call while holding the profile lock): a stale socket of a crashed
  // instance is removed first. Fails with a message naming the socket and the cause.
  Status listen();
  bool isListening() const;

Q_SIGNALS:
  // A later launch asked for the window.
  void activationRequested();

private:
  void onNewConnection();

  QString m_name;
  QLocalServer *m_server = nullptr;
};

} // namespace mdi
