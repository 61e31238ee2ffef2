#pragma once

#include <QMetaType>
#include <QString>

namespace mdi {

// Where a ModelDownloader stands: whole-download totals, the current file and the rate.
struct DownloadProgress {
  qint64 bytesDone = 0;      // of all files, including what was already on disk
  qint64 bytesTotal = 0;     // of all files
  double bytesPerSecond = 0; // over the last few seconds
  qint64 secondsLeft = -1;   // -1: unknown
  QString file;              // the file being downloaded
  int fileIndex = 0;         // 1-based
  int fileCount = 0;
};

} // namespace mdi

Q_DECLARE_METATYPE(mdi::DownloadProgress)
