#pragma once

#include "net/frame.h"
#include "net/wirereader.h"
#include "net/wirewriter.h"
#include "util/expected.h"

#include <QByteArray>

namespace mdi::messagecodec {

// Shared by the message encoders of net/ and remote/ (not a public interface).

// Finishes a decode: the first problem of the reader, prefixed with the message name.
template <typename T> Expected<T> finish(WireReader &reader, MessageType type, T value, bool requireEnd = true) {
  if (requireEnd)
    reader.expectEnd();
  if (!reader.ok())
    return makeError(WireReader::tr("malformed %1 message: %2").arg(messageTypeName(type), reader.error()));
  return value;
}

inline EncodedMessage encoded(MessageType type, WireWriter &out, QByteArray tail = {}) {
  return EncodedMessage{type, out.take(), std::move(tail)};
}

} // namespace mdi::messagecodec
