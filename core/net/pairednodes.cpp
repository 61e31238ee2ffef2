#include "net/pairednodes.h"

#include "net/pairingkey.h"
#include "net/peermessages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QUuid>

namespace mdi {

PairedNodes::PairedNodes(QSettings *settings, const QString &group) : m_settings(settings), m_group(group) {
  Q_ASSERT(settings);
}

QString PairedNodes::localId() {
  const QString key = m_group + QStringLiteral("/localId");
  QString id = m_settings->value(key).toString();
  if (!isValidPeerId(id)) {
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->setValue(key, id);
  }
  return id;
}

QString PairedNodes::path(const QString &nodeId, const QString &field) const {
  return m_group + QStringLiteral("/paired/") + nodeId + QLatin1Char('/') + field;
}

Status PairedNodes::pair(const QString &nodeId, const QString &name, const QString &pairingCode) {
  Expected<QByteArray> key = PairingKey::derive(pairingCode, nodeId);
  if (!key)
    return Error{key.error()};
  return pairWithKey(nodeId, name, *key);
}

Status PairedNodes::pairWithKey(const QString &nodeId, const QString &name, const QByteArray &key) {
  if (!isValidPeerId(nodeId))
    return makeError(tr("'%1' is not a valid node id.").arg(nodeId.left(64)));
  if (key.size() != PairingKey::kKeyBytes)
    return makeError(
        tr("The key for node %1 has %2 bytes instead of %3.").arg(nodeId).arg(key.size()).arg(PairingKey::kKeyBytes));
  m_settings->setValue(path(nodeId, QStringLiteral("key")), QString::fromLatin1(key.toHex()));
  m_settings->setValue(path(nodeId, QStringLiteral("name")), name);
  m_settings->setValue(path(nodeId, QStringLiteral("pairedAt")), QDateTime::currentDateTimeUtc());
  return Status::ok();
}

void PairedNodes::forget(const QString &nodeId) {
  if (isValidPeerId(nodeId))
    m_settings->remove(m_group + QStringLiteral("/paired/") + nodeId);
}

bool PairedNodes::isPaired(const QString &nodeId) const {
  return !key(nodeId).isEmpty();
}

QByteArray PairedNodes::key(const QString &nodeId) const {
  if (!isValidPeerId(nodeId))
    return {};
  const QByteArray key =
      QByteArray::fromHex(m_settings->value(path(nodeId, QStringLiteral("key"))).toString().toLatin1());
  return key.size() == PairingKey::kKeyBytes ? key : QByteArray();
}

QString PairedNodes::name(const QString &nodeId) const {
  if (!isValidPeerId(nodeId))
    return {};
  return m_settings->value(path(nodeId, QStringLiteral("name"))).toString();
}

void PairedNodes::setAddress(const QString &nodeId, const QString &hostAndPort) {
  if (isPaired(nodeId) && address(nodeId) != hostAndPort)
    m_settings->setValue(path(nodeId, QStringLiteral("address")), hostAndPort.left(300));
}

QString PairedNodes::address(const QString &nodeId) const {
  if (!isValidPeerId(nodeId))
    return {};
  return m_settings->value(path(nodeId, QStringLiteral("address"))).toString();
}

QStringList PairedNodes::nodeIds() const {
  m_settings->beginGroup(m_group + QStringLiteral("/paired"));
  QStringList ids = m_settings->childGroups();
  m_settings->endGroup();
  ids.removeIf([](const QString &id) { return !isValidPeerId(id); });
  ids.sort();
  return ids;
}

} // namespace mdi
