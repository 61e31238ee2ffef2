#pragma once

#include <QString>

namespace mdi {

// A machine (or one local worker) that can run decoder layers, as the planner sees it: an id the
// plan refers to, a name for messages, its measured decoding throughput and its free memory.
// The coordinator (the GUI process) additionally holds the embedding, vision tower, final norm
// and head. Several local stages are several descriptions ("local:0", "local:1") whose free
// memory the caller has divided between them.
struct HostDescription {
  QString id;   // "local" for this process's worker threads ("local:0", "local:1" for several local stages), else the
                // peer's node id
  QString name; // for messages ("this computer", "attic")
  double speed = 1.0; // effective throughput for decoding, in GB (1e9 bytes) of weights per second
  qint64 freeMemoryBytes = 0;
  bool isCoordinator = false; // holds embedding, vision tower, final norm and head (tied head stored once)

  bool isLocal() const { return id == QLatin1String("local") || id.startsWith(QLatin1String("local:")); }
  QString displayName() const { return name.isEmpty() ? id : name; }
};

} // namespace mdi
