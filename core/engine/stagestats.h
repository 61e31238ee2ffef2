#pragma once

#include <QString>

namespace mdi {

// What one stage has done so far and what it holds: for the status bar, the Peers panel,
// benchmarks and the memory-accounting tests. Torch-free.
struct StageStats {
  QString description; // "local:0 layers 0-14"
  int firstLayer = 0;
  int lastLayer = 0;
  qint64 forwards = 0; // messages processed (one session's step each)
  qint64 passes = 0;   // runs through the layers: a batch of several sessions' steps is one
  qint64 tokens = 0;   // token rows processed
  double busyMs = 0;   // time spent computing
  // Time messages spent queued before this stage took them: the hand-over latency, plus any
  // wait behind other sessions' work.
  double waitMs = 0;
  qint64 weightBytes = 0;
  qint64 cacheBytes = 0; // KV caches of all sessions
  int sessions = 0;      // sessions with a cache here
  double loadMs = 0;     // time it took to load the stage (on a peer: connect, ship weights, build)
  // Where the stage runs: empty for this process, else the peer's name and address
  // ("attic (192.168.1.5:45834)"). On a peer, busyMs, weightBytes, cacheBytes and sessions are
  // what the node last reported (polled every 2 s), forwards and tokens what came back here.
  QString host;
  bool remote = false;
  qint64 freeMemoryBytes = -1; // the peer's free memory as it reports it; -1: not known
  double load = -1;            // the peer's busy fraction (0..1) as it reports it; -1: not known
  double roundTripMs = -1;     // the peer's last heartbeat round trip; -1: not known
};

} // namespace mdi
