#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace mdi {

// Reads little-endian values from an untrusted byte array (the counterpart of WireWriter).
// Every read is checked against what is left and against the caller's bound before anything is
// allocated. The first problem latches: later reads return zeros or empty values, so a decoder
// reads all its fields and checks ok() once. Messages name the field ("field 'name': ...").
class WireReader {
  Q_DECLARE_TR_FUNCTIONS(mdi::WireReader)

public:
  explicit WireReader(QByteArrayView data) : m_data(data) {}

  quint8 u8(const char *field);
  quint16 u16(const char *field);
  quint32 u32(const char *field);
  quint64 u64(const char *field);
  qint32 i32(const char *field) { return qint32(u32(field)); }
  qint64 i64(const char *field) { return qint64(u64(field)); }
  double f64(const char *field);   // refuses NaN and infinities
  bool boolean(const char *field); // refuses values other than 0 and 1
  // A u32 length then UTF-8 of at most maxBytes bytes; refuses invalid UTF-8 and NUL characters.
  QString string(const char *field, qsizetype maxBytes);
  // A u32 length then at most maxBytes bytes, kept as they are.
  QByteArray utf8(const char *field, qsizetype maxBytes);
  // A u64 length then at most maxBytes bytes.
  QByteArray bytes(const char *field, qint64 maxBytes);
  // Exactly size bytes without a length prefix.
  QByteArray raw(const char *field, qsizetype size);
  // A u32 element count of at most maxCount, refused when the bytes left cannot hold that many
  // elements of at least minElementBytes each (so a count never causes a large allocation).
  qsizetype count(const char *field, qsizetype maxCount, qsizetype minElementBytes);
  // Skips over size bytes (the caller has checked them with remaining()).
  void skip(qsizetype size);

  // Records a problem found by the caller (a value out of range, say).
  void fail(const char *field, const QString &problem);
  // Fails unless every byte has been read.
  bool expectEnd();

  bool ok() const { return m_error.isEmpty(); }
  const QString &error() const { return m_error; }
  qsizetype position() const { return m_position; }
  qsizetype remaining() const { return m_data.size() - m_position; }

private:
  bool need(const char *field, qsizetype size);
  template <typename T> T readLittleEndian(const char *field);

  QByteArrayView m_data;
  qsizetype m_position = 0;
  QString m_error;
};

} // namespace mdi
