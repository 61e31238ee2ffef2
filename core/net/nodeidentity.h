#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mdi {

// A node's lasting identity: its id (in beacons, as the TLS identity hint and in the key's salt)
// and its pairing code, kept in an INI file in the node's data directory, readable by its owner
// only, so that a node stays paired across restarts. The key is derived once, on load.
class NodeIdentity {
  Q_DECLARE_TR_FUNCTIONS(mdi::NodeIdentity)

public:
  // Reads the file, or creates it with a new id and code.
  static Expected<NodeIdentity> loadOrCreate(const QString &filePath);

  const QString &nodeId() const { return m_nodeId; }
  // As shown to the user: "7KQ4M-2XH9D".
  const QString &pairingCode() const { return m_code; }
  const QByteArray &key() const { return m_key; }
  const QString &filePath() const { return m_filePath; }

  // A new code (saved): coordinators paired with the old one must pair again.
  Status renewPairingCode();

private:
  Status save() const;

  QString m_filePath;
  QString m_nodeId;
  QString m_code;
  QByteArray m_key;
};

} // namespace mdi
