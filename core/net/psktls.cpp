#include "net/psktls.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace mdi {

QStringList PskTls::preferredCipherNames() {
  return {QStringLiteral("ECDHE-PSK-CHACHA20-POLY1305"), QStringLiteral("PSK-AES256-GCM-SHA384"),
          QStringLiteral("PSK-CHACHA20-POLY1305")};
}

QList<QSslCipher> PskTls::ciphers() {
  QList<QSslCipher> result;
  if (!QSslSocket::supportsSsl())
    return result;
  const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
  for (const QString &name : preferredCipherNames()) {
    for (const QSslCipher &cipher : supported) {
      if (cipher.name() == name) {
        result.append(cipher);
        break;
      }
    }
  }
  return result;
}

QString PskTls::selectBackend() {
  if (!QSslSocket::isFeatureSupported(QSsl::SupportedFeature::Psk)) {
    const QStringList backends = QSslSocket::availableBackends();
    for (const QString &backend : backends) {
      if (QSslSocket::isFeatureSupported(QSsl::SupportedFeature::Psk, backend) && QSslSocket::setActiveBackend(backend))
        break;
    }
  }
  return QSslSocket::activeBackend();
}

Status PskTls::checkAvailable() {
  selectBackend();
  if (!QSslSocket::supportsSsl())
    return makeError(tr("TLS is not available (Qt's TLS backend '%1' did not load %2), so peers cannot be reached.")
                         .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryBuildVersionString()));
  if (!QSslSocket::isFeatureSupported(QSsl::SupportedFeature::Psk))
    return makeError(tr("The TLS backend '%1' does not support pre-shared keys, which peers use; Qt's OpenSSL "
                        "backend does.")
                         .arg(QSslSocket::activeBackend()));
  if (ciphers().isEmpty())
    return makeError(tr("The TLS backend '%1' (%2) offers none of the TLS-PSK cipher suites peers use (%3).")
                         .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString(),
                              preferredCipherNames().join(QStringLiteral(", "))));
  return Status::ok();
}

QSslConfiguration PskTls::configuration(const QString &identityHint) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setProtocol(QSsl::TlsV1_2);
  config.setCiphers(ciphers());
  config.setPeerVerifyMode(QSslSocket::VerifyNone); // the pre-shared key authenticates both ends
  config.setCaCertificates({});
  config.setLocalCertificate(QSslCertificate());
  config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
  config.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
  config.setSslOption(QSsl::SslOptionDisableCompression, true);
  config.setPreSharedKeyIdentityHint(identityHint.toUtf8().left(kMaxIdentityBytes));
  return config;
}

} // namespace mdi
