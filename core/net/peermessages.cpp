#include "net/peermessages.h"

#include "net/messagecodec.h"

#include <QCoreApplication>

namespace mdi {

namespace {

using namespace wirelimits;
using messagecodec::encoded;
using messagecodec::finish;

void writeDescription(WireWriter &out, const PeerDescription &peer) {
  out.string(peer.nodeId);
  out.string(peer.name);
  out.string(peer.appVersion);
  out.u16(peer.protocolVersion);
  out.string(peer.device);
  out.i64(peer.freeMemoryBytes);
  out.f64(peer.speed);
  out.u32(quint32(peer.capabilities.size()));
  for (const QString &capability : peer.capabilities)
    out.string(capability);
}

PeerDescription readDescription(WireReader &in) {
  PeerDescription peer;
  peer.nodeId = in.string("nodeId", kIdBytes);
  if (in.ok() && !isValidPeerId(peer.nodeId))
    in.fail("nodeId", WireReader::tr("is not a valid id"));
  peer.name = in.string("name", kNameBytes);
  peer.appVersion = in.string("appVersion", kVersionBytes);
  peer.protocolVersion = in.u16("protocolVersion");
  peer.device = in.string("device", kDeviceBytes);
  peer.freeMemoryBytes = in.i64("freeMemoryBytes");
  if (peer.freeMemoryBytes < 0)
    in.fail("freeMemoryBytes", WireReader::tr("is negative"));
  peer.speed = in.f64("speed");
  if (peer.speed < 0)
    in.fail("speed", WireReader::tr("is negative"));
  const qsizetype count = in.count("capabilities", kCapabilities, 4);
  for (qsizetype i = 0; i < count && in.ok(); ++i)
    peer.capabilities.append(in.string("capabilities", kCapabilityBytes));
  return peer;
}

} // namespace

// Hello / HelloAck

EncodedMessage HelloMessage::encode() const {
  WireWriter out(256);
  writeDescription(out, peer);
  return encoded(kType, out);
}

Expected<HelloMessage> HelloMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  HelloMessage m{readDescription(in)};
  return finish(in, kType, std::move(m));
}

EncodedMessage HelloAckMessage::encode() const {
  WireWriter out(256);
  writeDescription(out, peer);
  return encoded(kType, out);
}

Expected<HelloAckMessage> HelloAckMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  HelloAckMessage m{readDescription(in)};
  return finish(in, kType, std::move(m));
}

// Ping, Pong

EncodedMessage PingMessage::encode() const {
  WireWriter out(8);
  out.i64(sentMs);
  return encoded(kType, out);
}

Expected<PingMessage> PingMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  PingMessage m{in.i64("sentMs")};
  return finish(in, kType, m);
}

EncodedMessage PongMessage::encode() const {
  WireWriter out(16);
  out.i64(echoedMs);
  out.i64(responderMs);
  return encoded(kType, out);
}

Expected<PongMessage> PongMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  PongMessage m;
  m.echoedMs = in.i64("echoedMs");
  m.responderMs = in.i64("responderMs");
  return finish(in, kType, m);
}

// Error

// Error

EncodedMessage ErrorMessage::encode() const {
  WireWriter out(8 + message.size());
  out.u32(code);
  out.utf8(WireWriter::boundedUtf8(message, kErrorBytes));
  return encoded(kType, out);
}

Expected<ErrorMessage> ErrorMessage::decode(const QByteArray &payload) {
  WireReader in(payload);
  ErrorMessage m;
  m.code = in.u32("code");
  m.message = in.string("message", kErrorBytes);
  return finish(in, kType, std::move(m));
}

} // namespace mdi
