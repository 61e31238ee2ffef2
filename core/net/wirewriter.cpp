#include "net/wirewriter.h"

#include <QtEndian>

#include <cstring>

namespace mdi {

namespace {
template <typename T> void appendLittleEndian(QByteArray &data, T value) {
  char buffer[sizeof(T)];
  qToLittleEndian(value, buffer);
  data.append(buffer, sizeof(T));
}
} // namespace

void WireWriter::u8(quint8 value) {
  m_data.append(char(value));
}

void WireWriter::u16(quint16 value) {
  appendLittleEndian(m_data, value);
}

void WireWriter::u32(quint32 value) {
  appendLittleEndian(m_data, value);
}

void WireWriter::u64(quint64 value) {
  appendLittleEndian(m_data, value);
}

void WireWriter::f64(double value) {
  quint64 bits = 0;
  static_assert(sizeof(bits) == sizeof(value));
  std::memcpy(&bits, &value, sizeof(bits));
  u64(bits);
}

void WireWriter::string(const QString &value) {
  utf8(value.toUtf8());
}

void WireWriter::utf8(const QByteArray &value) {
  Q_ASSERT(quint64(value.size()) <= 0xffffffffull);
  u32(quint32(value.size()));
  m_data.append(value);
}

QByteArray WireWriter::boundedUtf8(const QString &text, qsizetype maxBytes) {
  QByteArray bytes = text.toUtf8();
  if (bytes.size() > maxBytes) {
    qsizetype end = maxBytes;
    while (end > 0 && (quint8(bytes[end]) & 0xc0) == 0x80)
      --end;
    bytes.truncate(end);
  }
  return bytes;
}

void WireWriter::bytes(const QByteArray &value) {
  u64(quint64(value.size()));
  m_data.append(value);
}

} // namespace mdi
