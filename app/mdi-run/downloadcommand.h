#pragma once

#include "store/downloadprogress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mdi {

// `mdi-run download REPO [--revision R] [--dir DIR] [--base-url URL] [--timeout S]`: downloads
// a repository into the Hugging Face cache (DIR, default the one huggingface_hub uses) through
// ModelDownloader, resuming a previous attempt, with a progress bar on the terminal. Prints the
// snapshot folder at the end. Exit code 0 on success, 1 on failure (the reason on stderr), 2 on
// a usage error.
class DownloadCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::DownloadCommand)

public:
  static int run(const QStringList &arguments);
  // "[#######.....]  42%  1.2 GB / 4.4 GB  35.0 MB/s  1:32 left  model.safetensors"
  static QString progressLine(const DownloadProgress &progress, int width = 30);
};

} // namespace mdi
