#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mdi {

// Pairing codes and the TLS pre-shared keys derived from them. A node shows its code (ten
// characters of Crockford's base32, "7KQ4M-2XH9D", about 50 bits); the user types it into the
// coordinator once. Both sides derive the same 32-byte key:
//   PBKDF2-HMAC-SHA256(password = the normalised code (10 upper-case characters, no dash),
//                      salt = UTF-8 of "mdi-chat/pairing/v1/" + node id, 100000 iterations)
// The salt binds a key to one node, so a code reused on two nodes yields two keys.
class PairingKey {
  Q_DECLARE_TR_FUNCTIONS(mdi::PairingKey)

public:
  static constexpr int kCodeLength = 10;
  static constexpr int kIterations = 100000;
  static constexpr int kKeyBytes = 32;

  // A fresh random code from the system's secure generator, shown as "XXXXX-XXXXX".
  static QString generateCode();
  // Upper-cases, drops spaces and dashes, reads O as 0 and I, L as 1; refuses anything else
  // that is not a code (with a message for the user).
  static Expected<QString> normalizeCode(const QString &code);
  // The code as shown: "XXXXX-XXXXX".
  static QString formatCode(const QString &normalizedCode);
  static QByteArray salt(const QString &nodeId);
  // Takes about a fifth of a second (on purpose): derive once, then store the key.
  static Expected<QByteArray> derive(const QString &code, const QString &nodeId);
};

} // namespace mdi
