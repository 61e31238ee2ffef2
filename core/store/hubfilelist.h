#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mdi {

// One file of a hub repository as the hub's model API lists it.
struct HubFile {
  QString name; // path inside the repository ("model-00001-of-00002.safetensors", "sub/x.json")
  qint64 size = -1;
  QString blobId; // git blob id (sha1 of "blob <size>\0" + content) for a plain file
  QString sha256; // for a file stored with Git LFS, "" otherwise
  bool isLfs() const { return !sha256.isEmpty(); }
  // The name the hub cache gives the file's blob: the sha256 for LFS files, else the blob id.
  QString blobName() const { return isLfs() ? sha256 : blobId; }
};

// A repository at one commit: `GET {base}/api/models/{repo}/revision/{rev}?blobs=true` answers
// {"id": ..., "sha": "<commit>", "siblings": [{"rfilename", "size", "blobId",
// "lfs": {"sha256", "size", "pointerSize"}}]} (huggingface_hub's hf_api.model_info).
struct HubFileList {
  QString repo;
  QString commit;
  QList<HubFile> files;
  qint64 totalBytes() const;

  // Checks every field it relies on: a 40-hex commit, safe relative file names (no "..", no
  // absolute paths), sizes, and hashes of the right form; `source` names the URL in messages.
  static Expected<HubFileList> parse(const QByteArray &json, const QString &source);
  Q_DECLARE_TR_FUNCTIONS(mdi::HubFileList)
};

} // namespace mdi
