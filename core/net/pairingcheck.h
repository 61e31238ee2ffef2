#pragma once

#include "net/peermessages.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mdi {

// Tries a pairing code (or a stored key) on a node the way a coordinator connects: the TLS-PSK
// handshake with the key derived from the code for the node's id, then Hello and HelloAck. A
// wrong code fails the handshake, so this is how the Peers panel knows a code is right before it
// remembers the key. When the node's id is not known yet (a node typed in as host:port), the id
// the node names in the handshake is used. It blocks for up to the timeout and derives keys
// (a fifth of a second each): run it off the GUI thread (QtConcurrent::run).
class PairingCheck {
  Q_DECLARE_TR_FUNCTIONS(mdi::PairingCheck)

public:
  struct Request {
    QString host;
    quint16 port = 0;
    QString expectedNodeId; // empty: whichever node answers there
    QString pairingCode;    // as typed
    QByteArray key;         // or an already derived key for expectedNodeId
    QString identity;       // this coordinator's id (PairedNodes::localId())
    int timeoutMs = 10000;  // connecting, handshake and HelloAck each
  };
  struct Result {
    PeerDescription node; // what the node says about itself
    QByteArray key;       // the key that worked, for PairedNodes::pairWithKey
  };

  static Expected<Result> run(const Request &request);
};

} // namespace mdi
