#include "net/framereader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace mdi {

namespace {
// The first allocation for a payload; later ones double, up to the declared length.
constexpr qint64 kInitialPayloadCapacity = 256 << 10;
} // namespace

FrameReader::FrameReader(FrameLimits limits) : m_limits(limits) {}

qint64 FrameReader::feed(const char *data, qint64 size) {
  qint64 used = 0;
  while (used < size && (m_state == State::Header || m_state == State::Payload)) {
    if (m_state == State::Header) {
      const qint64 take = qMin<qint64>(kFrameHeaderSize - m_headerBytes, size - used);
      std::memcpy(m_header + m_headerBytes, data + used, size_t(take));
      m_headerBytes += int(take);
      used += take;
      if (m_headerBytes == kFrameHeaderSize)
        parseHeader();
    } else {
      const qint64 take = qMin<qint64>(m_payloadLength - m_frame.payload.size(), size - used);
      reservePayload(take);
      m_frame.payload.append(data + used, qsizetype(take));
      used += take;
      if (m_frame.payload.size() == m_payloadLength)
        m_state = State::Complete;
    }
  }
  return used;
}

bool FrameReader::readFrom(QIODevice *device) {
  Q_ASSERT(device);
  while (m_state == State::Header || m_state == State::Payload) {
    if (m_state == State::Header) {
      const qint64 got = device->read(m_header + m_headerBytes, kFrameHeaderSize - m_headerBytes);
      if (got <= 0)
        break;
      m_headerBytes += int(got);
      if (m_headerBytes == kFrameHeaderSize)
        parseHeader();
    } else {
      const qint64 want = qMin<qint64>(m_payloadLength - m_frame.payload.size(), device->bytesAvailable());
      if (want <= 0)
        break;
      reservePayload(want);
      const qsizetype old = m_frame.payload.size();
      m_frame.payload.resize(old + qsizetype(want));
      const qint64 got = device->read(m_frame.payload.data() + old, want);
      m_frame.payload.resize(old + qsizetype(qMax<qint64>(got, 0)));
      if (got <= 0)
        break;
      if (m_frame.payload.size() == m_payloadLength)
        m_state = State::Complete;
    }
  }
  return hasFrame();
}

Frame FrameReader::takeFrame() {
  Q_ASSERT(hasFrame());
  Frame frame = std::move(m_frame);
  m_frame = Frame();
  m_headerBytes = 0;
  m_payloadLength = 0;
  m_state = State::Header;
  return frame;
}

void FrameReader::parseHeader() {
  if (std::memcmp(m_header, kFrameMagic, sizeof(kFrameMagic)) != 0) {
    fail(Failure::BadMagic, tr("the stream does not start with an MDI frame (bad magic bytes %1)")
                                .arg(QString::fromLatin1(QByteArray(m_header, 4).toHex())));
    return;
  }
  const quint16 version = qFromLittleEndian<quint16>(m_header + 4);
  const quint16 type = qFromLittleEndian<quint16>(m_header + 6);
  const quint32 flags = qFromLittleEndian<quint32>(m_header + 8);
  const quint32 length = qFromLittleEndian<quint32>(m_header + 12);
  const quint64 requestId = qFromLittleEndian<quint64>(m_header + 16);

  // An Error frame keeps its layout in every version, so a peer of another version can still say
  // why it refuses us; anything else of another version is refused.
  const bool foreignError = version != kProtocolVersion && type == quint16(MessageType::Error);
  if (version != kProtocolVersion && !foreignError) {
    m_peerVersion = version;
    fail(Failure::VersionMismatch,
         tr("the peer speaks protocol version %1; this program speaks version %2").arg(version).arg(kProtocolVersion));
    return;
  }
  if (!isKnownMessageType(type)) {
    fail(Failure::UnknownType, tr("unknown message type %1").arg(type));
    return;
  }
  if (flags != 0 && !foreignError) {
    fail(Failure::BadFlags,
         tr("reserved flags 0x%1 are set in a %2 frame").arg(flags, 0, 16).arg(messageTypeName(MessageType(type))));
    return;
  }
  const qint64 bound = m_limits.maximumFor(MessageType(type));
  if (qint64(length) > bound) {
    fail(Failure::Oversized, tr("a %1 frame of %2 bytes exceeds the limit of %3 bytes")
                                 .arg(messageTypeName(MessageType(type)))
                                 .arg(length)
                                 .arg(bound));
    return;
  }
  m_frame.type = MessageType(type);
  m_frame.version = version;
  m_frame.flags = flags;
  m_frame.requestId = requestId;
  m_payloadLength = length;
  m_state = length == 0 ? State::Complete : State::Payload;
}

void FrameReader::reservePayload(qint64 more) {
  QByteArray &payload = m_frame.payload;
  const qint64 needed = payload.size() + more;
  Q_ASSERT(needed <= m_payloadLength);
  if (needed <= payload.capacity())
    return;
  const qint64 grown = qMax<qint64>(needed, qMax<qint64>(2 * payload.capacity(), kInitialPayloadCapacity));
  payload.reserve(qsizetype(qMin<qint64>(grown, m_payloadLength)));
}

void FrameReader::fail(Failure failure, const QString &message) {
  m_failure = failure;
  m_error = message;
  m_state = State::Failed;
  m_frame = Frame();
}

} // namespace mdi
