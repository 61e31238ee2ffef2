#include "net/framewriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace mdi {

namespace {

bool writeAll(QIODevice *device, const QByteArray &data) {
  return data.isEmpty() || device->write(data) == data.size();
}
} // namespace

QByteArray FrameWriter::header(MessageType type, quint64 requestId, qint64 payloadLength, quint32 flags,
                               quint16 version) {
  Q_ASSERT(payloadLength >= 0 && payloadLength <= 0xffffffffll);
  QByteArray bytes(kFrameHeaderSize, Qt::Uninitialized);
  char *out = bytes.data();
  std::memcpy(out, kFrameMagic, sizeof(kFrameMagic));
  qToLittleEndian<quint16>(version, out + 4);
  qToLittleEndian<quint16>(quint16(type), out + 6);
  qToLittleEndian<quint32>(flags, out + 8);
  qToLittleEndian<quint32>(quint32(payloadLength), out + 12);
  qToLittleEndian<quint64>(requestId, out + 16);
  return bytes;
}

QByteArray FrameWriter::frame(const EncodedMessage &message, quint64 requestId, quint16 version) {
  QByteArray bytes = header(message.type, requestId, message.size(), 0, version);
  bytes.reserve(bytes.size() + message.size());
  bytes.append(message.head);
  bytes.append(message.tail);
  return bytes;
}

Status FrameWriter::check(const EncodedMessage &message) const {
  const qint64 bound = m_limits.maximumFor(message.type);
  if (message.size() > bound)
    return makeError(tr("a %1 message of %2 bytes exceeds the frame limit of %3 bytes")
                         .arg(messageTypeName(message.type))
                         .arg(message.size())
                         .arg(bound));
  return Status::ok();
}

Status FrameWriter::write(QIODevice *device, const EncodedMessage &message, quint64 requestId) const {
  Q_ASSERT(device);
  if (Status status = check(message); !status)
    return status;
  if (!writeAll(device, header(message.type, requestId, message.size())) || !writeAll(device, message.head) ||
      !writeAll(device, message.tail))
    return makeError(tr("could not send a %1 message: %2").arg(messageTypeName(message.type), device->errorString()));
  return Status::ok();
}

} // namespace mdi
