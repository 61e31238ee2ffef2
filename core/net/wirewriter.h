#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace mdi {

// Appends little-endian values to a byte array: the payload encoding of every peer message and
// of the discovery beacon. Strings are a u32 byte length and UTF-8; byte blocks a u64 length and
// the bytes. See docs/PROTOCOL.md.
class WireWriter {
public:
  WireWriter() = default;
  explicit WireWriter(qsizetype reserve) { m_data.reserve(reserve); }

  void u8(quint8 value);
  void u16(quint16 value);
  void u32(quint32 value);
  void u64(quint64 value);
  void i32(qint32 value) { u32(quint32(value)); }
  void i64(qint64 value) { u64(quint64(value)); }
  void f64(double value);
  void boolean(bool value) { u8(value ? 1 : 0); }
  void string(const QString &value);
  void utf8(const QByteArray &value); // a string already in UTF-8
  void bytes(const QByteArray &value);
  // Bytes without a length (fixed-size fields such as a SHA-256 digest).
  void raw(const QByteArray &value) { m_data.append(value); }

  // UTF-8 of text, cut at a character boundary to at most maxBytes.
  static QByteArray boundedUtf8(const QString &text, qsizetype maxBytes);

  qsizetype size() const { return m_data.size(); }
  const QByteArray &data() const { return m_data; }
  QByteArray take() { return std::move(m_data); }

private:
  QByteArray m_data;
};

} // namespace mdi
