#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mdi {

// One step of a model load, for people: which part is being read, hashed, sent to a peer or
// built, with a byte (or stage) count when there is one. Engine::loadProgress carries it; the
// status bar, the Peers panel and mdi-run show text() and fraction(). A plain value type.
struct LoadProgress {
  Q_DECLARE_TR_FUNCTIONS(mdi::LoadProgress)

public:
  enum class Phase {
    Reading,    // the coordinator's parts (vision tower, embedding, head)
    Hashing,    // SHA-256 of a remote stage's tensors (bytes hashed / bytes of the layers)
    Connecting, // waiting for the peer to say which tensors it lacks
    Shipping,   // weights on the way to the peer (bytes sent / bytes it lacks)
    Cached,     // the peer already had every tensor of the layers
    Building,   // a stage is being built (here: stage / stages; on a peer: waiting for it)
  };

  Phase phase = Phase::Reading;
  int stage = -1; // plan index of the stage; -1 for the coordinator's parts
  int stages = 0; // stages in the plan
  int firstLayer = 0;
  int lastLayer = 0; // exclusive
  QString host;      // the peer, for people ("attic" or "192.168.1.5:45834"); empty: this computer
  qint64 bytesDone = 0;
  qint64 bytesTotal = 0;

  bool isRemote() const { return !host.isEmpty(); }
  // "Sending layers 14–27 to attic: 420 / 1310 MB" (translated).
  QString text() const;
  // Done so far in [0, 1], or -1 when there is nothing to count.
  double fraction() const;
};

} // namespace mdi

Q_DECLARE_METATYPE(mdi::LoadProgress)
