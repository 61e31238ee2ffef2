#include "net/discoverybeacon.h"

#include "net/peermessages.h"
#include "net/wirereader.h"
#include "net/wirewriter.h"

#include <QCoreApplication>

#include <cstring>

namespace mdi {

namespace {
constexpr char kMagic[4] = {'M', 'D', 'I', 'B'};
constexpr qsizetype kNameBytes = 128;
constexpr qsizetype kVersionBytes = 32;
constexpr qsizetype kDeviceBytes = 128;

bool printable(const QString &text) {
  for (QChar c : text)
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
      return false;
  return true;
}
} // namespace

Expected<QByteArray> DiscoveryBeacon::encode() const {
  if (!isValidPeerId(nodeId))
    return makeError(tr("'%1' is not a valid node id.").arg(nodeId.left(64)));
  WireWriter out(256);
  out.raw(QByteArray::fromRawData(kMagic, 4));
  out.u16(kVersion);
  out.u8(quint8(kind));
  out.string(nodeId);
  if (kind == Kind::Announce) {
    if (tcpPort == 0)
      return makeError(tr("A beacon needs the node's TCP port."));
    out.utf8(WireWriter::boundedUtf8(name, kNameBytes));
    out.utf8(WireWriter::boundedUtf8(appVersion, kVersionBytes));
    out.u16(protocolVersion);
    out.u16(tcpPort);
    out.utf8(WireWriter::boundedUtf8(device, kDeviceBytes));
    out.i64(freeMemoryBytes);
    out.f64(speed);
    out.f64(load);
  }
  if (out.size() > kMaxBytes)
    return makeError(tr("The beacon takes %1 bytes; at most %2 are allowed.").arg(out.size()).arg(kMaxBytes));
  return out.take();
}

Expected<DiscoveryBeacon> DiscoveryBeacon::decode(const QByteArray &datagram) {
  if (datagram.size() > kMaxBytes)
    return makeError(tr("a beacon of %1 bytes is larger than %2").arg(datagram.size()).arg(kMaxBytes));
  if (datagram.size() < 4 || std::memcmp(datagram.constData(), kMagic, 4) != 0)
    return makeError(tr("not an MDI beacon"));
  WireReader in(datagram);
  in.skip(4);
  DiscoveryBeacon beacon;
  const quint16 version = in.u16("version");
  if (in.ok() && version < 1)
    in.fail("version", tr("is 0"));
  const quint8 kind = in.u8("kind");
  if (in.ok() && kind != quint8(Kind::Announce) && kind != quint8(Kind::Query))
    in.fail("kind", tr("has the unknown value %1").arg(kind));
  beacon.kind = Kind(kind);
  beacon.nodeId = in.string("nodeId", wirelimits::kIdBytes);
  if (in.ok() && !isValidPeerId(beacon.nodeId))
    in.fail("nodeId", tr("is not a valid id"));
  if (in.ok() && beacon.kind == Kind::Announce) {
    beacon.name = in.string("name", kNameBytes);
    beacon.appVersion = in.string("appVersion", kVersionBytes);
    beacon.protocolVersion = in.u16("protocolVersion");
    beacon.tcpPort = in.u16("tcpPort");
    if (in.ok() && beacon.tcpPort == 0)
      in.fail("tcpPort", tr("is 0"));
    beacon.device = in.string("device", kDeviceBytes);
    beacon.freeMemoryBytes = in.i64("freeMemoryBytes");
    if (in.ok() && beacon.freeMemoryBytes < 0)
      in.fail("freeMemoryBytes", tr("is negative"));
    beacon.speed = in.f64("speed");
    if (in.ok() && (beacon.speed < 0 || beacon.speed > 1e6))
      in.fail("speed", tr("is out of range"));
    beacon.load = in.f64("load");
    if (in.ok() && (beacon.load < 0 || beacon.load > 1))
      in.fail("load", tr("is out of range"));
    if (in.ok() && !(printable(beacon.name) && printable(beacon.appVersion) && printable(beacon.device)))
      in.fail("name", tr("contains control characters"));
  }
  // A version 1 beacon ends here; later versions append fields this reader skips.
  if (in.ok() && version == kVersion)
    in.expectEnd();
  if (!in.ok())
    return makeError(tr("malformed beacon: %1").arg(in.error()));
  return beacon;
}

} // namespace mdi
