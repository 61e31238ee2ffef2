#include "store/profilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mdi {

ProfileLock::ProfileLock(const QString &dataDir) : m_lock(lockFilePath(dataDir)) {
  m_lock.setStaleLockTime(0); // never stale by age: only a dead owner frees it
}

QString ProfileLock::lockFilePath(const QString &dataDir) {
  return QDir(dataDir).filePath(QStringLiteral("mdi-chat.lock"));
}

bool ProfileLock::tryLock() {
  QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
  return m_lock.tryLock(100);
}

QString ProfileLock::holder() const {
  qint64 pid = 0;
  QString host, application;
  if (!m_lock.getLockInfo(&pid, &host, &application))
    return {};
  return QCoreApplication::translate("ProfileLock", "process %1 (%2) on %3").arg(pid).arg(application, host);
}

} // namespace mdi
