#pragma once

#include <QString>

namespace mdi {

// One peer as the roster shows it: a node in the peer list (found by its beacons or typed in as
// host:port) or a paired node not heard from, with what is known about it merged from its
// beacons, from what it said when paired and from what the settings remember.
struct PeerEntry {
  QString key;                 // peer list id (node id or "host:port"), or "paired:<node id>" off the network
  QString nodeId;              // empty until a beacon or a pairing names the node
  QString name;                // its own, else the one it had when paired, else the key
  QString address;             // "host:port" where it is or was last reached; empty: not known
  QString device;              // empty: not reported
  qint64 freeMemoryBytes = 0;  // 0: not reported
  double speed = 0;            // GB of weights per second; 0: not measured
  double load = 0;             // 0..1, from its beacons
  qint64 lastSeenMs = -1;      // of its last beacon, on PeerRoster::clockMs(); -1: none yet
  quint16 protocolVersion = 0; // 0: unknown
  bool onNetwork = false;      // in the peer list (heard from or typed in)
  bool manual = false;         // typed in: listed until removed
  bool compatible = true;      // speaks this program's protocol version (or has not said)
  bool paired = false;
  bool used = false;    // paired and chosen to run layers
  bool pairing = false; // a pairing check runs for it now
};

} // namespace mdi
