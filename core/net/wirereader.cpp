#include "net/wirereader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace mdi {

bool WireReader::need(const char *field, qsizetype size) {
  if (!ok())
    return false;
  if (size < 0 || size > remaining()) {
    fail(field, tr("needs %1 bytes but only %2 are left").arg(size).arg(remaining()));
    return false;
  }
  return true;
}

template <typename T> T WireReader::readLittleEndian(const char *field) {
  if (!need(field, qsizetype(sizeof(T))))
    return T(0);
  const T value = qFromLittleEndian<T>(m_data.data() + m_position);
  m_position += qsizetype(sizeof(T));
  return value;
}

quint8 WireReader::u8(const char *field) {
  return readLittleEndian<quint8>(field);
}

quint16 WireReader::u16(const char *field) {
  return readLittleEndian<quint16>(field);
}

quint32 WireReader::u32(const char *field) {
  return readLittleEndian<quint32>(field);
}

quint64 WireReader::u64(const char *field) {
  return readLittleEndian<quint64>(field);
}

double WireReader::f64(const char *field) {
  const quint64 bits = u64(field);
  double value = 0;
  std::memcpy(&value, &bits, sizeof(value));
  if (!std::isfinite(value)) {
    fail(field, tr("is not a finite number"));
    return 0;
  }
  return value;
}

bool WireReader::boolean(const char *field) {
  const quint8 value = u8(field);
  if (value > 1) {
    fail(field, tr("must be 0 or 1, not %1").arg(value));
    return false;
  }
  return value == 1;
}

QByteArray WireReader::utf8(const char *field, qsizetype maxBytes) {
  const quint32 size = u32(field);
  if (!ok())
    return {};
  if (qint64(size) > qint64(maxBytes)) {
    fail(field, tr("is %1 bytes long; at most %2 are allowed").arg(size).arg(maxBytes));
    return {};
  }
  return raw(field, qsizetype(size));
}

QString WireReader::string(const char *field, qsizetype maxBytes) {
  const QByteArray data = utf8(field, maxBytes);
  if (!ok())
    return {};
  QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  QString text = decoder.decode(data);
  if (decoder.hasError()) {
    fail(field, tr("is not valid UTF-8"));
    return {};
  }
  if (text.contains(QChar(0))) {
    fail(field, tr("contains a NUL character"));
    return {};
  }
  return text;
}

QByteArray WireReader::bytes(const char *field, qint64 maxBytes) {
  const quint64 size = u64(field);
  if (!ok())
    return {};
  if (size > quint64(qMax<qint64>(0, maxBytes))) {
    fail(field, tr("is %1 bytes long; at most %2 are allowed").arg(size).arg(maxBytes));
    return {};
  }
  return raw(field, qsizetype(size));
}

QByteArray WireReader::raw(const char *field, qsizetype size) {
  if (!need(field, size))
    return {};
  QByteArray value(m_data.data() + m_position, size);
  m_position += size;
  return value;
}

qsizetype WireReader::count(const char *field, qsizetype maxCount, qsizetype minElementBytes) {
  const quint32 value = u32(field);
  if (!ok())
    return 0;
  if (qint64(value) > qint64(maxCount)) {
    fail(field, tr("counts %1 elements; at most %2 are allowed").arg(value).arg(maxCount));
    return 0;
  }
  if (minElementBytes > 0 && qint64(value) > qint64(remaining() / minElementBytes)) {
    fail(field, tr("counts %1 elements but only %2 bytes are left").arg(value).arg(remaining()));
    return 0;
  }
  return qsizetype(value);
}

void WireReader::skip(qsizetype size) {
  if (need("(skip)", size))
    m_position += size;
}

void WireReader::fail(const char *field, const QString &problem) {
  if (m_error.isEmpty())
    m_error = tr("field '%1' %2").arg(QLatin1String(field), problem);
}

bool WireReader::expectEnd() {
  if (ok() && remaining() != 0)
    m_error = tr("%1 unexpected bytes after the last field").arg(remaining());
  return ok();
}

} // namespace mdi
