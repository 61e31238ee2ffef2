#include "model/checkpoint.h"

#include "model/safetensorswriter.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace mdi {

namespace {

const QString kSingleFile = QStringLiteral("model.safetensors");
const QString kLanguagePrefix = QStringLiteral("model.language_model.");
const QString kVisualPrefix = QStringLiteral("model.visual.");

// How many entries of one kind of problem the error text lists before it only counts the rest.
constexpr int kListed = 5;

QString quoted(const QString &s) {
  return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString shapeText(const QList<qint64> &shape) {
  QStringList dims;
  for (qint64 d : shape)
    dims.append(QString::number(d));
  return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// "'a', 'b', 'c' and 4 more"
QString listSome(const QStringList &items) {
  QString text = items.mid(0, kListed).join(QStringLiteral(", "));
  if (items.size() > kListed)
    text += Checkpoint::tr(" and %n more", nullptr, int(items.size() - kListed));
  return text;
}

// Problems of one kind, each on its own line, capped the same way.
// moreText: a QT_TR_N_NOOP text with %n, the lines left out.
QStringList linesCapped(const QStringList &lines, const char *moreText) {
  QStringList out = lines.mid(0, kListed);
  if (lines.size() > kListed)
    out.append(Checkpoint::tr(moreText, nullptr, int(lines.size() - kListed)));
  return out;
}

bool isPlainFileName(const QString &name) {
  return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
         !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':'));
}

bool isFloatDtype(DType d) {
  return d == DType::F32 || d == DType::F16 || d == DType::BF16;
}

// Explains an empty folder better than "no model.safetensors": the usual mistakes are PyTorch
// .bin weights and shards copied without their index.
QString noWeightsError(const QDir &dir) {
  QString text = Checkpoint::tr("%1: no weights found: neither %2 nor %3 is there")
                     .arg(QDir::toNativeSeparators(dir.path()), kSingleFile, SafetensorsWriter::indexFileName());
  const QStringList shards = dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
  const QStringList bins = dir.entryList({QStringLiteral("*.bin"), QStringLiteral("*.pt"), QStringLiteral("*.pth")},
                                         QDir::Files, QDir::Name);
  if (!shards.isEmpty())
    text += Checkpoint::tr(" (found %1 without the index that says which tensors they hold)").arg(listSome(shards));
  else if (!bins.isEmpty())
    text += Checkpoint::tr(" (found PyTorch weights %1; MDI Chat reads only safetensors: convert them first)")
                .arg(listSome(bins));
  return text;
}

} // namespace

QString Checkpoint::canonicalName(const QString &diskName) {
  if (diskName.startsWith(kLanguagePrefix))
    return QStringLiteral("model.") + diskName.mid(kLanguagePrefix.size());
  if (diskName.startsWith(kVisualPrefix))
    return QStringLiteral("visual.") + diskName.mid(kVisualPrefix.size());
  return diskName;
}

qint64 Checkpoint::fileBytes() const {
  qint64 n = 0;
  for (const auto &f : m_files)
    n += f->fileSize();
  return n;
}

QStringList Checkpoint::files() const {
  QStringList names;
  for (const auto &f : m_files)
    names.append(f->fileName());
  return names;
}

Checkpoint Checkpoint::fromTensors(ModelConfig config, const QString &directory,
                                   const QHash<QString, TensorRef> &tensors) {
  Checkpoint cp;
  cp.m_config = std::move(config);
  cp.m_directory = directory;
  QSet<DType> dtypes;
  QSet<const SafetensorsFile *> files;
  for (const TensorSpec &spec : cp.m_config.tensorSpecs()) {
    const TensorRef ref = tensors.value(spec.name);
    if (!ref.isValid())
      continue;
    cp.m_names.append(spec.name);
    cp.m_totalBytes += ref.byteSize();
    dtypes.insert(ref.dtype());
    if (!files.contains(ref.file.get())) {
      files.insert(ref.file.get());
      cp.m_files.append(ref.file);
    }
  }
  cp.m_tensors = tensors;
  cp.m_storageDtype = dtypes.size() == 1 ? dtypeName(*dtypes.begin()) : QStringLiteral("mixed");
  return cp;
}

Expected<Checkpoint> Checkpoint::open(const QString &dirPath) {
  auto config = ModelConfig::loadFromDirectory(dirPath);
  if (!config)
    return makeError(config.error());

  Checkpoint cp;
  cp.m_config = std::move(*config);
  cp.m_directory = QFileInfo(dirPath).absoluteFilePath();
  const QDir dir(cp.m_directory);
  const QString dirName = QDir::toNativeSeparators(dirPath);
  const QString indexName = SafetensorsWriter::indexFileName();

  // Which file each tensor lives in, by on-disk name (sharded checkpoints only).
  QHash<QString, QString> indexShard;
  QStringList problems;
  // transformers looks for the single file first; do the same so both pick the same weights.
  const bool single = QFileInfo::exists(dir.filePath(kSingleFile));
  if (single && QFileInfo::exists(dir.filePath(indexName)))
    cp.m_warnings.append(
        tr("%1 and %2 are both present; %1 is used, as transformers does").arg(kSingleFile, indexName));
  if (single) {
    auto file = SafetensorsFile::open(dir.filePath(kSingleFile));
    if (!file)
      return makeError(file.error());
    cp.m_files.append(*file);
  } else if (QFileInfo::exists(dir.filePath(indexName))) {
    cp.m_sharded = true;
    auto index = JsonReader::readObjectFile(dir.filePath(indexName));
    if (!index)
      return makeError(index.error());
    if (!index->value(QStringLiteral("weight_map")).isObject())
      return makeError(tr("%1: field 'weight_map' is missing or not an object").arg(indexName));
    const QJsonObject weightMap = index->value(QStringLiteral("weight_map")).toObject();
    if (weightMap.isEmpty())
      return makeError(tr("%1: 'weight_map' lists no tensors").arg(indexName));
    QStringList shardNames;
    for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
      const QString shard = it.value().toString();
      if (!it.value().isString() || !isPlainFileName(shard))
        return makeError(tr("%1: tensor %2 maps to %3, which is not a file name in the checkpoint folder")
                             .arg(indexName, quoted(it.key()), quoted(shard)));
      indexShard.insert(it.key(), shard);
      if (!shardNames.contains(shard))
        shardNames.append(shard);
    }
    shardNames.sort();
    QHash<QString, std::shared_ptr<SafetensorsFile>> byName;
    for (const QString &shard : shardNames) {
      if (!QFileInfo(dir.filePath(shard)).isFile())
        return makeError(tr("%1: names shard %2, which is not in %3").arg(indexName, quoted(shard), dirName));
      auto file = SafetensorsFile::open(dir.filePath(shard));
      if (!file)
        return makeError(file.error());
      byName.insert(shard, *file);
      cp.m_files.append(*file);
    }
    // The index and the shards must agree both ways; a tensor the index misplaces would
    // otherwise be silently missing or loaded from the wrong file.
    QStringList absent, unlisted;
    QList<QString> names = indexShard.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
      const QString shard = indexShard.value(name);
      if (!byName.value(shard)->contains(name))
        absent.append(tr("%1: tensor %2 is listed in shard %3, which does not contain it")
                          .arg(indexName, quoted(name), quoted(shard)));
    }
    for (const auto &file : std::as_const(cp.m_files)) {
      for (const TensorInfo &t : file->tensors()) {
        const QString listed = indexShard.value(t.name);
        if (listed.isEmpty())
          unlisted.append(tr("%1: tensor %2 is not listed in %3").arg(file->fileName(), quoted(t.name), indexName));
        else if (listed != file->fileName())
          unlisted.append(tr("%1: tensor %2 is listed in %3 under shard %4")
                              .arg(file->fileName(), quoted(t.name), indexName, quoted(listed)));
      }
    }
    problems += linesCapped(absent, QT_TR_N_NOOP("... and %n more tensor(s) missing from their shards"));
    problems += linesCapped(unlisted, QT_TR_N_NOOP("... and %n more tensor(s) missing from the index"));
    if (!problems.isEmpty())
      return makeError(
          tr("%1: the index and the shards disagree:\n  %2").arg(dirName, problems.join(QStringLiteral("\n  "))));

    const QJsonObject metadata = index->value(QStringLiteral("metadata")).toObject();
    if (metadata.contains(QStringLiteral("total_size"))) {
      qint64 sum = 0;
      for (const auto &file : std::as_const(cp.m_files))
        for (const TensorInfo &t : file->tensors())
          sum += t.byteSize;
      const qint64 declared = metadata.value(QStringLiteral("total_size")).toInteger(-1);
      if (declared != sum)
        cp.m_warnings.append(tr("%1: metadata.total_size is %2 but the shards hold %3 bytes of tensors")
                                 .arg(indexName)
                                 .arg(declared)
                                 .arg(sum));
    }
  } else {
    return makeError(noWeightsError(dir));
  }

  // Gather every tensor under its canonical name.
  QHash<QString, TensorRef> found;
  QStringList foundOrder;
  QStringList duplicates;
  for (const auto &file : std::as_const(cp.m_files)) {
    for (const TensorInfo &t : file->tensors()) {
      const QString canonical = canonicalName(t.name);
      const auto previous = found.constFind(canonical);
      if (previous != found.constEnd()) {
        duplicates.append(tr("tensor %1 is stored twice: as %2 in %3 and as %4 in %5")
                              .arg(quoted(canonical), quoted(previous->diskName()), previous->file->fileName(),
                                   quoted(t.name), file->fileName()));
        continue;
      }
      found.insert(canonical, TensorRef{file, &t});
      foundOrder.append(canonical);
    }
  }

  // Compare with what the configuration implies.
  const QList<TensorSpec> specs = cp.m_config.tensorSpecs();
  QSet<QString> expected;
  QStringList missing, wrongShape, wrongDtype, unexpected;
  for (const TensorSpec &spec : specs) {
    expected.insert(spec.name);
    const TensorRef ref = found.value(spec.name);
    if (!ref.isValid()) {
      missing.append(quoted(spec.name));
      continue;
    }
    if (ref.shape() != spec.shape)
      wrongShape.append(
          tr("%1: tensor %2 has shape %3, the config implies %4")
              .arg(ref.file->fileName(), quoted(ref.diskName()), shapeText(ref.shape()), shapeText(spec.shape)));
    if (!isFloatDtype(ref.dtype()))
      wrongDtype.append(tr("%1: tensor %2 has dtype %3; weights must be F32, F16 or BF16")
                            .arg(ref.file->fileName(), quoted(ref.diskName()), dtypeName(ref.dtype())));
  }
  for (const QString &name : std::as_const(foundOrder)) {
    if (expected.contains(name))
      continue;
    const TensorRef ref = found.value(name);
    if (name == QLatin1String("lm_head.weight") && cp.m_config.text.tieWordEmbeddings) {
      // transformers ties the head to the embedding after loading, so such a copy is unused.
      cp.m_warnings.append(tr("%1: holds %2 although config.json ties the head to the embedding; it is ignored")
                               .arg(ref.file->fileName(), quoted(ref.diskName())));
      found.remove(name);
    } else if (name.endsWith(QLatin1String(".rotary_emb.inv_freq"))) {
      // A buffer some exporters save; the rotary tables are computed from the config instead.
      cp.m_warnings.append(
          tr("%1: holds the rotary buffer %2, which is ignored").arg(ref.file->fileName(), quoted(name)));
      found.remove(name);
    } else {
      unexpected.append(tr("%1 in %2").arg(quoted(ref.diskName()), ref.file->fileName()));
    }
  }

  if (!duplicates.isEmpty() || !missing.isEmpty() || !wrongShape.isEmpty() || !wrongDtype.isEmpty() ||
      !unexpected.isEmpty()) {
    QStringList lines;
    if (!missing.isEmpty())
      lines.append(tr("missing (%1): %2").arg(missing.size()).arg(listSome(missing)));
    if (!unexpected.isEmpty())
      lines.append(tr("unexpected (%1): %2").arg(unexpected.size()).arg(listSome(unexpected)));
    lines += linesCapped(wrongShape, QT_TR_N_NOOP("... and %n more tensor(s) with a wrong shape"));
    lines += linesCapped(wrongDtype, QT_TR_N_NOOP("... and %n more tensor(s) with a non-float dtype"));
    lines += linesCapped(duplicates, QT_TR_N_NOOP("... and %n more tensor(s) stored twice"));
    return makeError(
        tr("%1: the weights do not match config.json:\n  %2").arg(dirName, lines.join(QStringLiteral("\n  "))));
  }

  QSet<DType> dtypes;
  for (const TensorSpec &spec : specs) {
    const TensorRef ref = found.value(spec.name);
    cp.m_names.append(spec.name);
    cp.m_totalBytes += ref.byteSize();
    dtypes.insert(ref.dtype());
  }
  cp.m_tensors = std::move(found);
  cp.m_storageDtype = dtypes.size() == 1 ? dtypeName(*dtypes.begin()) : QStringLiteral("mixed");
  return cp;
}

} // namespace mdi
