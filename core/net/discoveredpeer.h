#pragma once

#include "net/frame.h"

#include <QString>

namespace mdi {

// A node as the coordinator's peer list knows it: from its beacons (untrusted: for display and
// for choosing where to connect) or typed in by hand as host:port.
struct DiscoveredPeer {
  QString id;     // the node id; for a hand-added node not heard from yet, "host:port"
  QString nodeId; // empty until a beacon (or the caller, after a Hello) names the node
  QString name;
  QString host;     // the address the beacons came from, or the host typed in
  quint16 port = 0; // TCP
  QString appVersion;
  quint16 protocolVersion = 0; // 0: unknown
  QString device;
  qint64 freeMemoryBytes = 0;
  double speed = 0;
  double load = 0;
  bool manual = false;    // typed in: listed until removed, never expires
  qint64 lastSeenMs = -1; // of the last beacon, on the list's clock; -1: none yet

  bool isCompatible() const { return protocolVersion == 0 || protocolVersion == kProtocolVersion; }
  QString displayName() const { return name.isEmpty() ? id : name; }
  QString endpoint() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
};

} // namespace mdi
