#pragma once

#include <QCoreApplication>

#include "net/frame.h"
#include "util/expected.h"

class QIODevice;

namespace mdi {

// Frames messages: a 24-byte header (magic, version, type, flags, payload length, request id)
// followed by the payload, written to a device without first copying the parts together. Refuses
// a payload above the limit for its type, which the peer's FrameReader would refuse.
class FrameWriter {
  Q_DECLARE_TR_FUNCTIONS(mdi::FrameWriter)

public:
  explicit FrameWriter(FrameLimits limits = {}) : m_limits(limits) {}

  Status write(QIODevice *device, const EncodedMessage &message, quint64 requestId) const;
  // Checks the size against the limit (what write() refuses).
  Status check(const EncodedMessage &message) const;

  // The header alone; version and flags can be set for tests and for Error frames.
  static QByteArray header(MessageType type, quint64 requestId, qint64 payloadLength, quint32 flags = 0,
                           quint16 version = kProtocolVersion);
  // A whole frame in one buffer (tests, small frames).
  static QByteArray frame(const EncodedMessage &message, quint64 requestId, quint16 version = kProtocolVersion);

  const FrameLimits &limits() const { return m_limits; }

private:
  FrameLimits m_limits;
};

} // namespace mdi
