#pragma once

#include "store/modelentry.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mdi {

// Finds Qwen2-VL checkpoints in the Hugging Face hub cache and in folders the user added, and
// validates each through Checkpoint::open (headers only, so a scan costs milliseconds per model).
//
// The hub cache is the one huggingface_hub uses: $HF_HUB_CACHE, else $HF_HOME/hub, else
// $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub. Its layout is
// models--<org>--<name>/{blobs/<hash>, snapshots/<commit>/<file> -> ../../blobs/<hash>,
// refs/<branch> = <commit>}. Every snapshot of a repository whose name or config.json says
// Qwen2-VL is listed; a snapshot that does not validate is listed as broken with the reason.
class ModelRegistry {
  Q_DECLARE_TR_FUNCTIONS(mdi::ModelRegistry)

public:
  // The hub cache folder that `environment` selects (need not exist).
  static QString hubCacheDirectory(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
  // "Qwen/Qwen2-VL-2B-Instruct" -> "models--Qwen--Qwen2-VL-2B-Instruct"
  static QString repoFolderName(const QString &repo);
  // The inverse: "models--Qwen--Qwen2-VL-2B-Instruct" -> "Qwen/Qwen2-VL-2B-Instruct"; empty for
  // a folder name of another form.
  static QString repoFromFolderName(const QString &folder);

  ModelRegistry();
  void setHubCacheDirectory(const QString &directory) { m_hubCache = directory; }
  QString hubCacheDirectoryInUse() const { return m_hubCache; }
  void setUserFolders(const QStringList &folders) { m_userFolders = folders; }
  QStringList userFolders() const { return m_userFolders; }

  // Everything found: hub cache snapshots first (the snapshot refs/main names first within a
  // repository), then the user's folders in their order.
  QList<ModelEntry> scan() const;
  // Validates one folder.
  static ModelEntry inspect(const QString &directory, const QString &name = QString());

private:
  QList<ModelEntry> scanHubCache() const;

  QString m_hubCache;
  QStringList m_userFolders;
};

} // namespace mdi
