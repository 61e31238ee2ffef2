#pragma once

#include "net/frame.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace mdi {

// Cuts a byte stream (a peer's socket) into frames. The 24-byte header is checked before anything
// else: magic, version, type, flags, and the payload length against the limit for that type; only
// then is the payload buffer grown, step by step as bytes arrive and never beyond the declared
// length. At most one frame is held: reading stops at a frame's end until takeFrame(). The first
// problem is final (the stream cannot be resynchronised): failed() stays true and input is ignored.
class FrameReader {
  Q_DECLARE_TR_FUNCTIONS(mdi::FrameReader)

public:
  enum class Failure { None, BadMagic, VersionMismatch, UnknownType, BadFlags, Oversized };

  explicit FrameReader(FrameLimits limits = {});

  // Consumes bytes up to the end of the current frame; returns how many it took (fewer than size
  // when a frame completed or a problem was found).
  qint64 feed(const char *data, qint64 size);
  // Reads what the device has until a frame completes or a problem is found; returns hasFrame().
  bool readFrom(QIODevice *device);

  bool hasFrame() const { return m_state == State::Complete; }
  Frame takeFrame();

  bool failed() const { return m_failure != Failure::None; }
  Failure failure() const { return m_failure; }
  // Says what was wrong, for the log and the Error frame sent back.
  const QString &errorString() const { return m_error; }
  // The version in the header of a frame refused for VersionMismatch.
  quint16 peerVersion() const { return m_peerVersion; }

  // Bytes this reader holds allocated now (header buffer and payload capacity); never more than
  // kFrameHeaderSize plus the limit of the frame being read.
  qint64 allocatedBytes() const { return kFrameHeaderSize + m_frame.payload.capacity(); }
  const FrameLimits &limits() const { return m_limits; }

private:
  enum class State { Header, Payload, Complete, Failed };
  void parseHeader();
  void fail(Failure failure, const QString &message);
  // Makes room for `more` payload bytes, growing the capacity geometrically up to the length.
  void reservePayload(qint64 more);

  FrameLimits m_limits;
  State m_state = State::Header;
  char m_header[kFrameHeaderSize] = {};
  int m_headerBytes = 0;
  qint64 m_payloadLength = 0;
  Frame m_frame;
  Failure m_failure = Failure::None;
  QString m_error;
  quint16 m_peerVersion = 0;
};

} // namespace mdi
