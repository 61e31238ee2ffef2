#pragma once

#include "engine/stagestats.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// The resources the loaded model takes, in words a person understands, for the window's resource
// line: the memory this program uses, its compute threads, the answer speed, and where the
// layers run ("on this computer", "2 of 3 parts on attic, the rest here"), with the details per
// part (layers, weights, caches, the peer's free memory) for its tooltip. Pure functions over the
// engine's StageStats; torch-free.
class ResourceSummary {
  Q_DECLARE_TR_FUNCTIONS(mdi::ResourceSummary)

public:
  struct Figures {
    qint64 memoryBytes = 0;      // this process's resident memory; 0: not known
    int threads = 0;             // compute threads; 0: not known
    double tokensPerSecond = -1; // the last answer's speed; < 0: none yet
    QList<StageStats> stages;    // the engine's, in plan order; empty: no model
  };

  // Where the layers run; empty without stages.
  static QString placement(const QList<StageStats> &stages);
  // "attic" from "attic (192.168.1.5:45834)".
  static QString hostName(const QString &host);
  // "2.1 GB · 8 threads · 12.3 tokens/s · on this computer", leaving out what is not known.
  static QString line(const Figures &figures);
  // One line per part: where it runs, its layers, weights and caches.
  static QString details(const Figures &figures);
};

} // namespace mdi
