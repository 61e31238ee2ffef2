#pragma once

#include <QLockFile>
#include <QString>

namespace mdi {

// One GUI instance per profile: a lock file in the profile folder, held while the window runs.
// A lock left by a crashed process is taken over (QLockFile checks that its process is gone).
class ProfileLock {
public:
  explicit ProfileLock(const QString &dataDir);

  // False when another running instance holds the profile.
  bool tryLock();
  bool isLocked() const { return m_lock.isLocked(); }
  // "process 1234 (mdi-chat) on host", for the message to the user.
  QString holder() const;
  static QString lockFilePath(const QString &dataDir);

private:
  QLockFile m_lock;
};

} // namespace mdi
