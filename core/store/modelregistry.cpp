#include "store/modelregistry.h"

#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace mdi {

namespace {

qint64 folderBytes(const QString &directory) {
  qint64 total = 0;
  QDirIterator it(directory, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    it.next();
    const QFileInfo info = it.fileInfo();
    total += info.isSymLink() ? QFileInfo(info.canonicalFilePath()).size() : info.size();
  }
  return total;
}

bool looksLikeQwen2Vl(const QString &repoFolder, const QString &snapshot) {
  if (repoFolder.contains(QLatin1String("qwen2-vl"), Qt::CaseInsensitive))
    return true;
  auto config = JsonReader::readObjectFile(QDir(snapshot).filePath(QStringLiteral("config.json")), 4 << 20);
  return config && config->value(QStringLiteral("model_type")).toString() == QLatin1String("qwen2_vl");
}

} // namespace

QString ModelRegistry::hubCacheDirectory(const QProcessEnvironment &env) {
  const QString hubCache = env.value(QStringLiteral("HF_HUB_CACHE"));
  if (!hubCache.isEmpty())
    return QDir::cleanPath(hubCache);
  const QString legacy = env.value(QStringLiteral("HUGGINGFACE_HUB_CACHE"));
  if (!legacy.isEmpty())
    return QDir::cleanPath(legacy);
  const QString home = env.value(QStringLiteral("HF_HOME"));
  if (!home.isEmpty())
    return QDir::cleanPath(home + QStringLiteral("/hub"));
  const QString xdg = env.value(QStringLiteral("XDG_CACHE_HOME"));
  if (!xdg.isEmpty())
    return QDir::cleanPath(xdg + QStringLiteral("/huggingface/hub"));
  return QDir::cleanPath(QDir::homePath() + QStringLiteral("/.cache/huggingface/hub"));
}

QString ModelRegistry::repoFromFolderName(const QString &folder) {
  if (!folder.startsWith(QLatin1String("models--")))
    return {};
  return folder.mid(8).replace(QStringLiteral("--"), QStringLiteral("/"));
}

QString ModelRegistry::repoFolderName(const QString &repo) {
  return QStringLiteral("models--") + QString(repo).replace(QLatin1Char('/'), QStringLiteral("--"));
}

ModelRegistry::ModelRegistry() : m_hubCache(hubCacheDirectory()) {}

ModelEntry ModelRegistry::inspect(const QString &directory, const QString &name) {
  ModelEntry e;
  e.directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
  e.name = name.isEmpty() ? QFileInfo(e.directory).fileName() : name;
  if (!QFileInfo(e.directory).isDir()) {
    e.reason = tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(e.directory));
    return e;
  }
  e.sizeBytes = folderBytes(e.directory);
  auto config = ModelConfig::loadFromDirectory(e.directory);
  if (config)
    e.parameters = config->totalParameterCount();
  auto checkpoint = Checkpoint::open(e.directory);
  if (!checkpoint) {
    e.reason = checkpoint.error();
    return e;
  }
  e.dtype = checkpoint->storageDtype();
  e.parameters = checkpoint->config().totalParameterCount();
  e.status = ModelEntry::Status::Ready;
  return e;
}

QList<ModelEntry> ModelRegistry::scanHubCache() const {
  QList<ModelEntry> found;
  if (m_hubCache.isEmpty())
    return found;
  const QDir cache(m_hubCache);
  const QStringList repos =
      cache.entryList({QStringLiteral("models--*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
  for (const QString &repoFolder : repos) {
    const QDir repoDir(cache.filePath(repoFolder));
    const QString repo = repoFromFolderName(repoFolder);
    // refs/<name> holds a commit hash; refs/pr/N nest.
    QHash<QString, QStringList> refsOf;
    QDirIterator refs(repoDir.filePath(QStringLiteral("refs")), QDir::Files, QDirIterator::Subdirectories);
    while (refs.hasNext()) {
      const QString path = refs.next();
      QFile f(path);
      if (f.open(QIODevice::ReadOnly))
        refsOf[QString::fromUtf8(f.read(256)).trimmed()].append(
            QDir(repoDir.filePath(QStringLiteral("refs"))).relativeFilePath(path));
    }
    QList<ModelEntry> entries;
    const QDir snapshots(repoDir.filePath(QStringLiteral("snapshots")));
    for (const QString &rev : snapshots.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
      const QString dir = snapshots.filePath(rev);
      if (!looksLikeQwen2Vl(repoFolder, dir))
        continue;
      ModelEntry e = inspect(dir, repo);
      e.source = ModelEntry::Source::HubCache;
      e.revision = rev;
      e.refs = refsOf.value(rev);
      e.refs.sort();
      entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ModelEntry &a, const ModelEntry &b) {
      return a.refs.contains(QLatin1String("main")) && !b.refs.contains(QLatin1String("main"));
    });
    found += entries;
  }
  return found;
}

QList<ModelEntry> ModelRegistry::scan() const {
  QList<ModelEntry> found = scanHubCache();
  for (const QString &folder : m_userFolders) {
    ModelEntry e = inspect(folder);
    e.source = ModelEntry::Source::UserFolder;
    found.append(e);
  }
  return found;
}

} // namespace mdi
