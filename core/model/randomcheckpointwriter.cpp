#include "model/randomcheckpointwriter.h"

#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "model/safetensorswriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace mdi {

namespace {

// Elements per independently seeded run: large enough that seeding costs nothing, small enough
// to spread a tensor over threads.
constexpr qint64 kRun = qint64(1) << 20;
// Runs generated per append(): 8 Mi elements (16 MiB in bf16, 32 MiB in f32) of buffer.
constexpr qint64 kRunsPerBatch = 8;

quint64 splitmix64(quint64 &state) {
  quint64 z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

quint64 fnv1a(const QByteArray &bytes) {
  quint64 h = 0xCBF29CE484222325ULL;
  for (char c : bytes) {
    h ^= quint8(c);
    h *= 0x100000001B3ULL;
  }
  return h;
}

inline quint64 rotl(quint64 x, int k) {
  return (x << k) | (x >> (64 - k));
}

// xoshiro256++ (Blackman and Vigna): every output bit is of good quality, so all four 16-bit
// lanes may be used.
struct Xoshiro256pp {
  quint64 s[4];
  explicit Xoshiro256pp(quint64 seed) {
    for (quint64 &w : s)
      w = splitmix64(seed);
  }
  inline quint64 next() {
    const quint64 result = rotl(s[0] + s[3], 23) + s[0];
    const quint64 t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
};

// Sum of four uniform 16-bit lanes: mean 4 * 32767.5, variance 4 * (65536^2 - 1) / 12.
constexpr float kLaneSumMean = 131070.0f;
const float kLaneSumInvStd = float(1.0 / std::sqrt((65536.0 * 65536.0 - 1.0) / 3.0));

inline float approximateNormal(quint64 r) {
  const quint32 sum =
      quint32(r & 0xFFFF) + quint32((r >> 16) & 0xFFFF) + quint32((r >> 32) & 0xFFFF) + quint32(r >> 48);
  return (float(sum) - kLaneSumMean) * kLaneSumInvStd;
}

// Round-to-nearest-even; the values are finite, so NaN handling is not needed.
inline quint16 toBf16(float f) {
  quint32 bits;
  std::memcpy(&bits, &f, sizeof bits);
  bits += 0x7FFFu + ((bits >> 16) & 1u);
  return quint16(bits >> 16);
}

// Fills `count` values of run `run` of a tensor into out (dtype-sized elements).
void fillRun(quint64 tensorSeed, qint64 run, qint64 count, const RandomInit &init, DType dtype, char *out) {
  quint64 mix = tensorSeed ^ (quint64(run) * 0xD1B54A32D192ED03ULL);
  Xoshiro256pp rng(splitmix64(mix));
  const float mean = float(init.mean), std = float(init.std);
  if (dtype == DType::BF16) {
    auto *dst = reinterpret_cast<quint16 *>(out);
    for (qint64 i = 0; i < count; ++i)
      dst[i] = toBf16(mean + std * approximateNormal(rng.next()));
  } else {
    auto *dst = reinterpret_cast<float *>(out);
    for (qint64 i = 0; i < count; ++i)
      dst[i] = mean + std * approximateNormal(rng.next());
  }
}

bool isNormName(const QString &name) {
  // RMSNorm (decoder, final) and LayerNorm (vision blocks, merger) parameters.
  return name.contains(QLatin1String("layernorm.")) || name == QLatin1String("model.norm.weight") ||
         name.contains(QLatin1String(".norm1.")) || name.contains(QLatin1String(".norm2.")) ||
         name.contains(QLatin1String(".ln_q."));
}

// A shard as transformers' split_torch_state_dict_into_shards builds it.
struct Shard {
  QList<TensorSpec> tensors;
  qint64 bytes = 0;
};

QList<Shard> splitIntoShards(const QList<TensorSpec> &specs, int elementSize, qint64 maxShardBytes) {
  QList<Shard> shards;
  Shard current;
  for (const TensorSpec &spec : specs) {
    const qint64 size = spec.elementCount() * elementSize;
    if (size > maxShardBytes) {
      // A tensor larger than the limit gets a shard of its own (before the one being filled,
      // exactly as the reference does).
      shards.append(Shard{{spec}, size});
      continue;
    }
    if (current.bytes + size > maxShardBytes && !current.tensors.isEmpty()) {
      shards.append(current);
      current = Shard{};
    }
    current.tensors.append(spec);
    current.bytes += size;
  }
  if (!current.tensors.isEmpty())
    shards.append(current);
  return shards;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
    *error = RandomCheckpointWriter::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
  }
  return true;
}

bool isCheckpointFile(const QString &name) {
  static const QRegularExpression shard(QStringLiteral("^model-\\d{5}-of-\\d{5}\\.safetensors$"));
  return name == QLatin1String("model.safetensors") || name == SafetensorsWriter::indexFileName() ||
         shard.match(name).hasMatch();
}

} // namespace

RandomInit RandomCheckpointWriter::initFor(const QString &name, const QList<qint64> &shape) {
  const bool bias = name.endsWith(QLatin1String(".bias"));
  if (isNormName(name))
    return bias ? RandomInit{0.0, 0.1} : RandomInit{1.0, 0.1};
  if (bias || name == QLatin1String("model.embed_tokens.weight") || name == QLatin1String("lm_head.weight"))
    return {0.0, 0.02};
  qint64 fanIn = 1;
  for (qsizetype i = 1; i < shape.size(); ++i)
    fanIn *= shape.at(i);
  return {0.0, 1.0 / std::sqrt(double(std::max<qint64>(1, fanIn)))};
}

void RandomCheckpointWriter::setLayerCount(QJsonObject &config, int layers) {
  config.insert(QStringLiteral("num_hidden_layers"), layers);
  // Sliding-window bookkeeping must not name more layers than there are.
  if (config.contains(QStringLiteral("max_window_layers")))
    config.insert(QStringLiteral("max_window_layers"),
                  std::min<qint64>(config.value(QStringLiteral("max_window_layers")).toInteger(), layers));
  if (config.value(QStringLiteral("text_config")).isObject()) {
    QJsonObject text = config.value(QStringLiteral("text_config")).toObject();
    setLayerCount(text, layers);
    config.insert(QStringLiteral("text_config"), text);
  }
}

void RandomCheckpointWriter::setTorchDtype(QJsonObject &config, DType dtype) {
  const QString name = dtype == DType::BF16  ? QStringLiteral("bfloat16")
                       : dtype == DType::F16 ? QStringLiteral("float16")
                                             : QStringLiteral("float32");
  config.insert(QStringLiteral("torch_dtype"), name);
  if (config.value(QStringLiteral("text_config")).isObject()) {
    QJsonObject text = config.value(QStringLiteral("text_config")).toObject();
    text.insert(QStringLiteral("torch_dtype"), name);
    config.insert(QStringLiteral("text_config"), text);
  }
}

QStringList RandomCheckpointWriter::tokenizerFileNames() {
  return {QStringLiteral("tokenizer.json"),     QStringLiteral("tokenizer_config.json"),
          QStringLiteral("vocab.json"),         QStringLiteral("merges.txt"),
          QStringLiteral("chat_template.json"), QStringLiteral("special_tokens_map.json"),
          QStringLiteral("added_tokens.json")};
}

QByteArray RandomCheckpointWriter::toHuggingFaceJson(const QJsonObject &object) {
  // QJsonDocument sorts keys and indents by 4; Python's indent=2 differs only in the width.
  const QList<QByteArray> lines = QJsonDocument(object).toJson(QJsonDocument::Indented).split('\n');
  QByteArray out;
  for (const QByteArray &line : lines) {
    if (line.isEmpty())
      continue;
    qsizetype spaces = 0;
    while (spaces < line.size() && line.at(spaces) == ' ')
      ++spaces;
    out += QByteArray(spaces / 2, ' ') + line.mid(spaces) + '\n';
  }
  return out;
}

Expected<RandomCheckpointWriter::Result> RandomCheckpointWriter::write(const QString &dir,
                                                                       const RandomCheckpointSpec &spec, bool overwrite,
                                                                       const Progress &progress) {
  QElapsedTimer timer;
  timer.start();
  if (spec.dtype != DType::BF16 && spec.dtype != DType::F32)
    return makeError(tr("Random checkpoints are written in BF16 or F32, not %1.").arg(dtypeName(spec.dtype)));
  if (spec.maxShardBytes <= 0)
    return makeError(tr("The shard size must be positive."));
  Expected<ModelConfig> config = ModelConfig::fromJson(spec.config, spec.generationConfig, spec.preprocessorConfig);
  if (!config)
    return makeError(config.error());

  const QString tokenizerJson = QDir(spec.tokenizerDir).filePath(QStringLiteral("tokenizer.json"));
  if (!spec.tokenizerDir.isEmpty() && !QFileInfo(tokenizerJson).isFile())
    return makeError(tr("%1 has no tokenizer.json to copy.").arg(QDir::toNativeSeparators(spec.tokenizerDir)));

  QDir out(dir);
  if (!out.exists() && !QDir().mkpath(dir))
    return makeError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
  const QStringList existing = out.entryList(QDir::Files | QDir::NoDotAndDotDot);
  QStringList stale;
  for (const QString &name : existing)
    if (isCheckpointFile(name))
      stale << name;
  if (!overwrite && !existing.isEmpty())
    return makeError(
        tr("%1 is not empty; choose a new folder or allow overwriting.").arg(QDir::toNativeSeparators(dir)));

  const QList<TensorSpec> specs = config->tensorSpecs();
  const int elementSize = dtypeSize(spec.dtype);
  const QList<Shard> shards = splitIntoShards(specs, elementSize, spec.maxShardBytes);
  Result result;
  for (const Shard &s : shards)
    result.tensorBytes += s.bytes;
  result.parameters = config->totalParameterCount();
  result.tensors = int(specs.size());

  // The old weight files leave only once the new ones are complete (QSaveFile renames), but the
  // space check counts them as reclaimable only when they would be overwritten anyway.
  const QStorageInfo storage(out.absolutePath());
  if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < result.tensorBytes + (64 << 20))
    return makeError(tr("%1 needs %2 MB of free space; %3 MB are available.")
                         .arg(QDir::toNativeSeparators(dir))
                         .arg(result.tensorBytes / 1000000)
                         .arg(storage.bytesAvailable() / 1000000));

  QStringList created;
  auto fail = [&](const QString &message) -> Expected<Result> {
    for (const QString &name : created)
      QFile::remove(out.filePath(name));
    return makeError(message);
  };

  const bool sharded = shards.size() > 1;
  QMap<QString, QString> weightMap;
  std::vector<char> buffer(size_t(kRun * kRunsPerBatch * elementSize));
  qint64 done = 0;
  for (int s = 0; s < shards.size(); ++s) {
    const QString fileName =
        sharded ? SafetensorsWriter::shardFileName(s + 1, int(shards.size())) : QStringLiteral("model.safetensors");
    // safetensors stores tensors sorted by dtype, then name: all share the dtype here.
    QList<TensorSpec> tensors = shards.at(s).tensors;
    std::sort(tensors.begin(), tensors.end(), [](const TensorSpec &a, const TensorSpec &b) { return a.name < b.name; });
    SafetensorsWriter writer(out.filePath(fileName));
    writer.setMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    for (const TensorSpec &t : tensors) {
      if (Status st = writer.addTensor(t.name, spec.dtype, t.shape); !st)
        return fail(st.error());
      weightMap.insert(t.name, fileName);
    }
    if (Status st = writer.begin(); !st)
      return fail(st.error());
    if (progress)
      progress(done, result.tensorBytes, fileName);
    for (const TensorSpec &t : tensors) {
      const RandomInit init = initFor(t.name, t.shape);
      quint64 nameSeed = spec.seed ^ fnv1a(t.name.toUtf8());
      const quint64 tensorSeed = splitmix64(nameSeed);
      const qint64 elements = t.elementCount();
      const qint64 runs = (elements + kRun - 1) / kRun;
      for (qint64 firstRun = 0; firstRun < runs; firstRun += kRunsPerBatch) {
        const qint64 batchRuns = std::min(kRunsPerBatch, runs - firstRun);
        std::vector<qint64> indices(static_cast<size_t>(batchRuns));
        std::iota(indices.begin(), indices.end(), firstRun);
        QtConcurrent::blockingMap(indices, [&](qint64 run) {
          const qint64 count = std::min(kRun, elements - run * kRun);
          fillRun(tensorSeed, run, count, init, spec.dtype, buffer.data() + (run - firstRun) * kRun * elementSize);
        });
        const qint64 bytes = (std::min(elements, (firstRun + batchRuns) * kRun) - firstRun * kRun) * elementSize;
        if (Status st = writer.append(buffer.data(), bytes); !st)
          return fail(st.error());
        done += bytes;
        if (progress)
          progress(done, result.tensorBytes, fileName);
      }
    }
    if (Status st = writer.commit(); !st)
      return fail(st.error());
    created << fileName;
    result.files << fileName;
  }

  // Weight files of an earlier checkpoint that this one does not replace would confuse loaders.
  for (const QString &name : stale)
    if (!created.contains(name) && !(name == SafetensorsWriter::indexFileName() && sharded))
      QFile::remove(out.filePath(name));

  QString error;
  if (sharded) {
    QJsonObject map;
    for (auto it = weightMap.begin(); it != weightMap.end(); ++it)
      map.insert(it.key(), it.value());
    const QJsonObject index{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_size"), result.tensorBytes}}},
        {QStringLiteral("weight_map"), map}};
    if (!writeFile(out.filePath(SafetensorsWriter::indexFileName()), toHuggingFaceJson(index), &error))
      return fail(error);
    created << SafetensorsWriter::indexFileName();
  }
  const std::pair<const char *, const QJsonObject *> configs[] = {
      {"config.json", &spec.config},
      {"generation_config.json", &spec.generationConfig},
      {"preprocessor_config.json", &spec.preprocessorConfig},
  };
  for (const auto &[name, object] : configs) {
    if (!writeFile(out.filePath(QLatin1String(name)), toHuggingFaceJson(*object), &error))
      return fail(error);
    created << QLatin1String(name);
  }
  if (!spec.tokenizerDir.isEmpty()) {
    const QDir from(spec.tokenizerDir);
    for (const QString &name : tokenizerFileNames()) {
      if (!from.exists(name))
        continue;
      QFile::remove(out.filePath(name));
      if (!QFile::copy(from.filePath(name), out.filePath(name)))
        return fail(tr("Cannot copy %1 to %2.")
                        .arg(QDir::toNativeSeparators(from.filePath(name)), QDir::toNativeSeparators(dir)));
      // Copies keep the source's permissions; a read-only fixture must not make the copy so.
      QFile::setPermissions(out.filePath(name), QFile::permissions(out.filePath(name)) | QFile::WriteOwner);
      created << name;
    }
  }

  // The folder must be what it claims to be.
  Expected<Checkpoint> check = Checkpoint::open(dir);
  if (!check)
    return fail(tr("The written checkpoint does not validate: %1").arg(check.error()));
  result.seconds = timer.nsecsElapsed() / 1e9;
  return result;
}

} // namespace mdi
