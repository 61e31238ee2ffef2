#pragma once

#include <QByteArray>
#include <QString>

namespace mdi {

// A peer node a plan may place stages on (hostId), and how to reach and authenticate to it.
// Torch-free: EngineLoadOptions and the command line carry it.
struct RemotePeer {
  QString hostId; // the plan's host id for stages on this peer ("peer:0", a node id)
  QString host;   // address or name
  quint16 port = 0;
  QString nodeId;                                       // expected node id; empty: any
  QByteArray key;                                       // PairedNodes key, or empty to derive it from:
  QString pairingCode;                                  // the node's pairing code
  QString identity = QStringLiteral("mdi-coordinator"); // this coordinator's TLS-PSK identity
};

} // namespace mdi
