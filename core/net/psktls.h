#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QStringList>

namespace mdi {

// The TLS settings both ends of a peer connection use: TLS 1.2 exactly, pre-shared-key cipher
// suites only, no certificates. Preferred suite ECDHE-PSK-CHACHA20-POLY1305 (forward secrecy);
// PSK-AES256-GCM-SHA384 and PSK-CHACHA20-POLY1305 as fallbacks for TLS libraries without it.
// TLS 1.3 is not used: through Qt's API (QSslPreSharedKeyAuthenticator, Qt 6.4 with OpenSSL 3) a
// TLS 1.3 handshake without certificates fails ("no suitable signature algorithm"), because Qt
// does not offer OpenSSL's TLS 1.3 external-PSK callbacks. See docs/PROTOCOL.md.
class PskTls {
  Q_DECLARE_TR_FUNCTIONS(mdi::PskTls)

public:
  // Bytes of the PSK identity (the coordinator's id) and hint (the node's id) that are accepted.
  static constexpr int kMaxIdentityBytes = 128;

  static QStringList preferredCipherNames();
  // The preferred suites this TLS backend supports, in order of preference.
  static QList<QSslCipher> ciphers();
  // Makes a TLS backend with pre-shared-key support the active one when Qt's default lacks it
  // (Secure Transport on macOS, Schannel on Windows); a no-op once a TLS socket was used, so the
  // programs call it first thing. Returns the backend now active.
  static QString selectBackend();
  // Fails with a message for the user when TLS or every PSK suite is missing.
  static Status checkAvailable();
  // The configuration; the server passes its node id as the identity hint.
  static QSslConfiguration configuration(const QString &identityHint = {});
};

} // namespace mdi
