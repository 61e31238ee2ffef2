#include "engine/tokenlogprobs.h"

#include <QStringDecoder>

namespace mdi {

QString TokenLogprobs::text(const QByteArray &bytes) {
  QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  const QString decoded = utf8(bytes);
  if (!utf8.hasError())
    return decoded;
  // Decoded alone, half a character would be U+FFFD, the same for every such token.
  QString escaped = QStringLiteral("bytes:");
  for (char b : bytes)
    escaped += QStringLiteral("\\x%1").arg(uint(static_cast<unsigned char>(b)), 2, 16, QLatin1Char('0'));
  return escaped;
}

} // namespace mdi
