#pragma once

#include "net/frame.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mdi {

// One UDP datagram of peer discovery: a node's announcement, or a coordinator's query asking nodes
// to announce now. Little-endian binary, at most kMaxBytes:
//   magic "MDIB", u16 beacon version, u8 kind, then for an announcement: node id, name, app
//   version (strings: u32 length + UTF-8), u16 protocol version, u16 TCP port, device (string),
//   i64 free memory bytes, f64 speed (GB/s), f64 load (0..1); for a query: the coordinator's id.
// Later beacon versions only append fields, so a reader takes the fields it knows and ignores the
// rest. Beacons are untrusted: decode() bounds and validates every field, and a beacon is only
// ever listed, never acted on.
struct DiscoveryBeacon {
  static constexpr int kMaxBytes = 1024;
  static constexpr quint16 kVersion = 1;
  enum class Kind : quint8 { Announce = 1, Query = 2 };

  Kind kind = Kind::Announce;
  QString nodeId; // the node's (or, in a query, the coordinator's) id
  QString name;
  QString appVersion;
  quint16 protocolVersion = kProtocolVersion;
  quint16 tcpPort = 0;
  QString device;
  qint64 freeMemoryBytes = 0;
  double speed = 0;
  double load = 0;

  // Fails when the beacon would not fit in kMaxBytes or has an invalid id or port.
  Expected<QByteArray> encode() const;
  static Expected<DiscoveryBeacon> decode(const QByteArray &datagram);
  bool operator==(const DiscoveryBeacon &) const = default;
  Q_DECLARE_TR_FUNCTIONS(mdi::DiscoveryBeacon)
};

} // namespace mdi
