#include "net/nodeidentity.h"

#include "net/pairingkey.h"
#include "net/peermessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <utility>

namespace mdi {

namespace {
const QString kIdKey = QStringLiteral("node/id");
const QString kCodeKey = QStringLiteral("node/pairingCode");
} // namespace

Expected<NodeIdentity> NodeIdentity::loadOrCreate(const QString &filePath) {
  NodeIdentity identity;
  identity.m_filePath = filePath;
  bool changed = false;
  {
    if (QFileInfo::exists(filePath) && !QFileInfo(filePath).isReadable())
      return makeError(tr("Cannot read the node identity file %1.").arg(QDir::toNativeSeparators(filePath)));
    QSettings settings(filePath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
      return makeError(tr("The node identity file %1 is damaged.").arg(QDir::toNativeSeparators(filePath)));
    identity.m_nodeId = settings.value(kIdKey).toString();
    const QString code = settings.value(kCodeKey).toString();
    if (identity.m_nodeId.isEmpty()) {
      identity.m_nodeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
      changed = true;
    } else if (!isValidPeerId(identity.m_nodeId)) {
      return makeError(tr("The node id '%1' in %2 is not valid; remove the file to make a new identity.")
                           .arg(identity.m_nodeId.left(64), QDir::toNativeSeparators(filePath)));
    }
    if (code.isEmpty()) {
      identity.m_code = PairingKey::generateCode();
      changed = true;
    } else {
      Expected<QString> normalized = PairingKey::normalizeCode(code);
      if (!normalized)
        return makeError(
            tr("The pairing code in %1 is damaged: %2").arg(QDir::toNativeSeparators(filePath), normalized.error()));
      identity.m_code = PairingKey::formatCode(*normalized);
    }
  }
  if (changed) {
    if (Status saved = identity.save(); !saved)
      return Error{saved.error()};
  }
  Expected<QByteArray> key = PairingKey::derive(identity.m_code, identity.m_nodeId);
  if (!key)
    return Error{key.error()};
  identity.m_key = *key;
  return identity;
}

Status NodeIdentity::renewPairingCode() {
  const QString code = PairingKey::generateCode();
  Expected<QByteArray> key = PairingKey::derive(code, m_nodeId);
  if (!key)
    return Error{key.error()};
  const QString oldCode = std::exchange(m_code, code);
  if (Status saved = save(); !saved) {
    m_code = oldCode;
    return saved;
  }
  m_key = *key;
  return Status::ok();
}

Status NodeIdentity::save() const {
  const QFileInfo info(m_filePath);
  if (!QDir().mkpath(info.absolutePath()))
    return makeError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
  {
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(kIdKey, m_nodeId);
    settings.setValue(kCodeKey, m_code);
    settings.sync();
    if (settings.status() != QSettings::NoError)
      return makeError(tr("Cannot write the node identity file %1.").arg(QDir::toNativeSeparators(m_filePath)));
  }
  // The code is a secret: owner only.
  QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
  return Status::ok();
}

} // namespace mdi
