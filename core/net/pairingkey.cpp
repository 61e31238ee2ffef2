#include "net/pairingkey.h"

#include "net/peermessages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <cstring>

namespace mdi {

namespace {
// Crockford's base32: no I, L, O, U.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
} // namespace

QString PairingKey::generateCode() {
  QString code;
  QRandomGenerator *random = QRandomGenerator::system();
  for (int i = 0; i < kCodeLength; ++i)
    code.append(QLatin1Char(kAlphabet[random->bounded(32)]));
  return formatCode(code);
}

QString PairingKey::formatCode(const QString &normalizedCode) {
  const int half = int(normalizedCode.size() / 2);
  return normalizedCode.left(half) + QLatin1Char('-') + normalizedCode.mid(half);
}

Expected<QString> PairingKey::normalizeCode(const QString &code) {
  QString out;
  for (QChar c : code) {
    if (c.isSpace() || c == QLatin1Char('-'))
      continue;
    c = c.toUpper();
    if (c == QLatin1Char('O'))
      c = QLatin1Char('0');
    else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
      c = QLatin1Char('1');
    if (c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())) || c.unicode() == 0)
      return makeError(tr("'%1' is not a pairing code: it may only contain digits and the letters A-Z without U.")
                           .arg(code.left(64)));
    out.append(c);
    if (out.size() > kCodeLength)
      break;
  }
  if (out.size() != kCodeLength)
    return makeError(tr("'%1' is not a pairing code: a code has %2 characters, as in 7KQ4M-2XH9D.")
                         .arg(code.left(64))
                         .arg(kCodeLength));
  return out;
}

QByteArray PairingKey::salt(const QString &nodeId) {
  return QByteArrayLiteral("mdi-chat/pairing/v1/") + nodeId.toUtf8();
}

Expected<QByteArray> PairingKey::derive(const QString &code, const QString &nodeId) {
  if (!isValidPeerId(nodeId))
    return makeError(tr("'%1' is not a valid node id.").arg(nodeId.left(64)));
  Expected<QString> normalized = normalizeCode(code);
  if (!normalized)
    return Error{normalized.error()};
  return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, normalized->toLatin1(), salt(nodeId),
                                            kIterations, kKeyBytes);
}

} // namespace mdi
