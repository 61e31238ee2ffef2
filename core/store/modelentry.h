#pragma once

#include <QString>
#include <QStringList>

namespace mdi {

// One checkpoint the ModelRegistry found: where it is, what it is and whether it can be used.
struct ModelEntry {
  enum class Source { HubCache, UserFolder };
  enum class Status { Ready, Broken };

  QString name;      // "Qwen/Qwen2-VL-2B-Instruct" for the hub cache, the folder name otherwise
  QString directory; // the folder Checkpoint::open takes (a snapshot folder in the hub cache)
  QString revision;  // the snapshot's commit hash (hub cache), "" otherwise
  QStringList refs;  // branches or tags that point at this snapshot ("main")
  Source source = Source::UserFolder;
  qint64 sizeBytes = 0;  // bytes on disk of the folder's files (symlinks followed)
  QString dtype;         // storage dtype of the weights ("BF16", "F16", "F32", "mixed"), "" if unknown
  qint64 parameters = 0; // parameter count the configuration implies, 0 if unknown
  Status status = Status::Broken;
  QString reason; // why the checkpoint is broken ("" when ready)

  bool isReady() const { return status == Status::Ready; }
};

} // namespace mdi
