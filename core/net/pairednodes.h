#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace mdi {

// What a coordinator remembers about pairing, in the user's settings (a QSettings the caller
// owns): its own id (the TLS-PSK identity and Hello id it presents) and, per paired node id, the
// key derived from the node's pairing code (never the code itself), the node's name and its last
// address.
class PairedNodes {
  Q_DECLARE_TR_FUNCTIONS(mdi::PairedNodes)

public:
  explicit PairedNodes(QSettings *settings, const QString &group = QStringLiteral("peers"));

  // This coordinator's id, created and stored on first use.
  QString localId();

  // Derives the key for nodeId from the code the user typed and stores it (about 0.2 s).
  Status pair(const QString &nodeId, const QString &name, const QString &pairingCode);
  // Stores an already derived key.
  Status pairWithKey(const QString &nodeId, const QString &name, const QByteArray &key);
  void forget(const QString &nodeId);

  bool isPaired(const QString &nodeId) const;
  // Empty when the node is not paired.
  QByteArray key(const QString &nodeId) const;
  QString name(const QString &nodeId) const;
  // Where the paired node was last reached ("host:port"), so that a node typed in by hand or not
  // heard from yet can still be used; empty when not known.
  void setAddress(const QString &nodeId, const QString &hostAndPort);
  QString address(const QString &nodeId) const;
  QStringList nodeIds() const;

private:
  QString path(const QString &nodeId, const QString &field) const;

  QSettings *m_settings;
  QString m_group;
};

} // namespace mdi
