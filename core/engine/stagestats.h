#pragma once

#include <QString>

namespace mdi {

// What one stage has done so far and what it holds: for the status bar, the Peers panel,
// benchmarks and the memory-accounting tests. Torch-free.
struct StageStats {
  QString description; // "local:0 layers 0-14"
  int firstLayer = 0;
  int lastLayer = 0;
  qint64 forwards = 0; // messages processed
  qint64 tokens = 0;   // token rows processed
  double busyMs = 0;   // time spent computing
  // Time messages spent queued before this stage took them: the hand-over latency, plus any
  // wait behind other sessions' work.
  double waitMs = 0;
  qint64 weightBytes = 0;
  qint64 cacheBytes = 0; // KV caches of all sessions
  int sessions = 0;      // sessions with a cache here
};

} // namespace mdi
