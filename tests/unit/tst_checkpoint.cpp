#include "fixtures.h"
#include "model/checkpoint.h"
#include "model/referenceconfigs.h"
#include "model/safetensorswriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <functional>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace mdi;
using mdi::test::Fixtures;

namespace {

const QString kIndex = QStringLiteral("model.safetensors.index.json");

struct Tensor {
  QString name;
  DType dtype;
  QList<qint64> shape;
  QByteArray bytes;
};

// The fixture model's 57 tensors, hand-parsed from the raw file (independently of
// SafetensorsFile): name -> (offset, size) from the JSON header.
QHash<QString, QByteArray> rawFixtureTensors() {
  const QByteArray raw = Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors"));
  const quint64 headerLength = qFromLittleEndian<quint64>(raw.constData());
  const QJsonObject header = QJsonDocument::fromJson(raw.mid(8, qsizetype(headerLength))).object();
  QHash<QString, QByteArray> out;
  for (auto it = header.begin(); it != header.end(); ++it) {
    if (it.key() == QLatin1String("__metadata__"))
      continue;
    const QJsonArray offsets = it.value().toObject().value(QStringLiteral("data_offsets")).toArray();
    const qint64 begin = offsets.at(0).toInteger(), end = offsets.at(1).toInteger();
    out.insert(it.key(), raw.mid(qsizetype(8 + headerLength + begin), qsizetype(end - begin)));
  }
  return out;
}

QByteArray refBytes(const TensorRef &ref) {
  return QByteArray(reinterpret_cast<const char *>(ref.data()), qsizetype(ref.byteSize()));
}

#ifdef Q_OS_LINUX
// Resident set size of this process (file-backed mapped pages included).
qint64 residentBytes() {
  QFile f(QStringLiteral("/proc/self/statm"));
  if (!f.open(QIODevice::ReadOnly))
    return -1;
  const QList<QByteArray> fields = f.readAll().split(' ');
  return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}
#endif

} // namespace

class TestCheckpoint : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;
  int m_counter = 0;

  QString newDir() {
    const QString dir = m_tmp.filePath(QStringLiteral("ckpt%1").arg(++m_counter));
    QDir().mkpath(dir);
    return dir;
  }

  // A folder with the fixture's configuration files and no weights.
  QString configOnlyCopy(const std::function<void(QJsonObject &)> &editConfig = {}) {
    const QString dir = newDir();
    for (const char *name : {"config.json", "generation_config.json", "preprocessor_config.json"}) {
      QByteArray bytes = Fixtures::readFile(Fixtures::checkpointDir() + QLatin1Char('/') + QLatin1String(name));
      if (editConfig && QLatin1String(name) == QLatin1String("config.json")) {
        QJsonObject config = QJsonDocument::fromJson(bytes).object();
        editConfig(config);
        bytes = QJsonDocument(config).toJson();
      }
      Fixtures::writeFile(dir + QLatin1Char('/') + QLatin1String(name), bytes);
    }
    return dir;
  }

  // The fixture's tensors with their bytes (copied; small).
  static QList<Tensor> fixtureTensors() {
    auto file = SafetensorsFile::open(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors"));
    if (!file)
      qFatal("%s", qPrintable(file.error()));
    QList<Tensor> out;
    for (const TensorInfo &t : (*file)->tensors())
      out.append({t.name, t.dtype, t.shape,
                  QByteArray(reinterpret_cast<const char *>((*file)->data(t)), qsizetype(t.byteSize))});
    return out;
  }

  static void writeSingle(const QString &dir, const QList<Tensor> &tensors) {
    SafetensorsWriter writer(dir + QStringLiteral("/model.safetensors"));
    writer.setMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    for (const Tensor &t : tensors)
      QVERIFY(writer.addTensor(t.name, t.dtype, t.shape, t.bytes));
    Status s = writer.write();
    QVERIFY2(s, qPrintable(s.error()));
  }

  // Splits the tensors into `count` contiguous shards; returns the weight map it wrote.
  static QMap<QString, QString> writeSharded(const QString &dir, const QList<Tensor> &tensors, int count) {
    QMap<QString, QString> weightMap;
    qint64 total = 0;
    const qsizetype perShard = (tensors.size() + count - 1) / count;
    for (int s = 0; s < count; ++s) {
      const QString name = SafetensorsWriter::shardFileName(s + 1, count);
      SafetensorsWriter writer(dir + QLatin1Char('/') + name);
      for (const Tensor &t : tensors.mid(s * perShard, perShard)) {
        if (!writer.addTensor(t.name, t.dtype, t.shape, t.bytes))
          qFatal("addTensor failed");
        weightMap.insert(t.name, name);
        total += t.bytes.size();
      }
      if (!writer.write())
        qFatal("write failed");
    }
    if (!SafetensorsWriter::writeIndex(dir + QLatin1Char('/') + kIndex, weightMap, total))
      qFatal("writeIndex failed");
    return weightMap;
  }

  static void rewriteIndex(const QString &dir, const QMap<QString, QString> &weightMap) {
    QVERIFY(SafetensorsWriter::writeIndex(dir + QLatin1Char('/') + kIndex, weightMap, 0));
  }

  static QString newLayoutName(const QString &name) {
    if (name.startsWith(QLatin1String("model.")))
      return QStringLiteral("model.language_model.") + name.mid(6);
    if (name.startsWith(QLatin1String("visual.")))
      return QStringLiteral("model.") + name;
    return name;
  }

  static void expectRefused(const QString &dir, const QStringList &mustContain) {
    auto cp = Checkpoint::open(dir);
    QVERIFY2(!cp, "the checkpoint was accepted but should have been refused");
    for (const QString &part : mustContain)
      QVERIFY2(cp.error().contains(part), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(part, cp.error())));
  }

  // Every tensor of cp carries the fixture's bytes for its canonical name.
  static void compareWithFixture(const Checkpoint &cp) {
    const QHash<QString, QByteArray> raw = rawFixtureTensors();
    QCOMPARE(cp.tensorNames().size(), 57);
    for (const QString &name : cp.tensorNames()) {
      const TensorRef ref = cp.tensor(name);
      QVERIFY2(ref.isValid(), qPrintable(name));
      QVERIFY2(raw.contains(name), qPrintable(name));
      QVERIFY2(refBytes(ref) == raw.value(name), qPrintable(name));
    }
  }

private Q_SLOTS:
  void initTestCase() { QVERIFY(m_tmp.isValid()); }

  void fixtureOpens() {
    auto cp = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->tensorNames().size(), 57);
    QCOMPARE(cp->storageDtype(), QStringLiteral("F16"));
    QVERIFY(cp->config().text.tieWordEmbeddings);
    QVERIFY(!cp->contains(QStringLiteral("lm_head.weight")));
    QVERIFY(!cp->tensor(QStringLiteral("lm_head.weight")).isValid());
    QCOMPARE(cp->files(), QStringList{QStringLiteral("model.safetensors")});
    QVERIFY(!cp->isSharded());
    QVERIFY(cp->warnings().isEmpty());
    // tiny_info.json: 10104960 parameters, stored as F16.
    QCOMPARE(cp->totalBytes(), 10104960LL * 2);
    QCOMPARE(cp->fileBytes(), QFileInfo(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")).size());
    QCOMPARE(QDir(cp->directory()), QDir(Fixtures::checkpointDir()));
    const TensorRef embed = cp->tensor(QStringLiteral("model.embed_tokens.weight"));
    QVERIFY(embed.isValid());
    QCOMPARE(embed.shape(), (QList<qint64>{151936, 64}));
    QCOMPARE(embed.dtype(), DType::F16);
    QCOMPARE(cp->tensor(QStringLiteral("visual.patch_embed.proj.weight")).shape(), (QList<qint64>{64, 3, 2, 14, 14}));
    QCOMPARE(cp->tensor(QStringLiteral("model.layers.1.self_attn.k_proj.weight")).shape(), (QList<qint64>{32, 64}));
    QVERIFY(!cp->tensor(QStringLiteral("model.layers.2.self_attn.k_proj.weight")).isValid());
    compareWithFixture(*cp);
  }

  void canonicalNames() {
    QCOMPARE(Checkpoint::canonicalName(QStringLiteral("model.language_model.layers.3.mlp.up_proj.weight")),
             QStringLiteral("model.layers.3.mlp.up_proj.weight"));
    QCOMPARE(Checkpoint::canonicalName(QStringLiteral("model.language_model.embed_tokens.weight")),
             QStringLiteral("model.embed_tokens.weight"));
    QCOMPARE(Checkpoint::canonicalName(QStringLiteral("model.visual.blocks.0.attn.qkv.bias")),
             QStringLiteral("visual.blocks.0.attn.qkv.bias"));
    QCOMPARE(Checkpoint::canonicalName(QStringLiteral("visual.merger.ln_q.weight")),
             QStringLiteral("visual.merger.ln_q.weight"));
    QCOMPARE(Checkpoint::canonicalName(QStringLiteral("lm_head.weight")), QStringLiteral("lm_head.weight"));
  }

  void newTransformersLayout() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    for (Tensor &t : tensors)
      t.name = newLayoutName(t.name);
    writeSingle(dir, tensors);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    compareWithFixture(*cp);
    QCOMPARE(cp->tensor(QStringLiteral("model.norm.weight")).diskName(),
             QStringLiteral("model.language_model.norm.weight"));
    QCOMPARE(cp->tensor(QStringLiteral("visual.merger.mlp.2.bias")).diskName(),
             QStringLiteral("model.visual.merger.mlp.2.bias"));
    auto original = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY(original);
    QCOMPARE(cp->tensorNames(), original->tensorNames());
  }

  void sharded() {
    const QString dir = configOnlyCopy();
    writeSharded(dir, fixtureTensors(), 3);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QVERIFY(cp->isSharded());
    QCOMPARE(cp->files(), (QStringList{QStringLiteral("model-00001-of-00003.safetensors"),
                                       QStringLiteral("model-00002-of-00003.safetensors"),
                                       QStringLiteral("model-00003-of-00003.safetensors")}));
    QVERIFY2(cp->warnings().isEmpty(), qPrintable(cp->warnings().join(QLatin1Char('\n'))));
    QCOMPARE(cp->totalBytes(), 10104960LL * 2);
    QCOMPARE(cp->storageDtype(), QStringLiteral("F16"));
    compareWithFixture(*cp);
  }

  void shardedNewLayout() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    for (Tensor &t : tensors)
      t.name = newLayoutName(t.name);
    writeSharded(dir, tensors, 2);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->files().size(), 2);
    compareWithFixture(*cp);
  }

  void singleFileWinsOverIndex() {
    // Both present: model.safetensors is used, as transformers does, with a warning.
    const QString dir = configOnlyCopy();
    writeSharded(dir, fixtureTensors(), 2);
    writeSingle(dir, fixtureTensors());
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->files(), QStringList{QStringLiteral("model.safetensors")});
    QVERIFY(!cp->isSharded());
    QCOMPARE(cp->warnings().size(), 1);
    QVERIFY2(cp->warnings().first().contains(QStringLiteral("both present")), qPrintable(cp->warnings().first()));
  }

  void mixedDtypes() {
    // Norm weights kept in F32 (as some exporters do): accepted, reported as mixed.
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    for (Tensor &t : tensors) {
      if (t.name == QLatin1String("model.norm.weight")) {
        t.dtype = DType::F32;
        t.bytes = QByteArray(t.bytes.size() * 2, '\0');
      }
    }
    writeSingle(dir, tensors);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->storageDtype(), QStringLiteral("mixed"));
    QCOMPARE(cp->totalBytes(), 10104960LL * 2 + 64 * 2);
  }

  void missingTensor() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.removeIf([](const Tensor &t) { return t.name == QLatin1String("model.layers.1.mlp.up_proj.weight"); });
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("the weights do not match config.json"),
                        QStringLiteral("missing (1): 'model.layers.1.mlp.up_proj.weight'")});
  }

  void manyMissingAreCounted() {
    // Layer 1 gone: 12 tensors; five are named, the rest counted.
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.removeIf([](const Tensor &t) { return t.name.startsWith(QLatin1String("model.layers.1.")); });
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("missing (12): 'model.layers.1."), QStringLiteral(" and 7 more")});
  }

  void wrongShape() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    for (Tensor &t : tensors)
      if (t.name == QLatin1String("model.layers.1.mlp.up_proj.weight"))
        t.shape = {64, 256}; // same bytes, transposed shape
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("model.safetensors: tensor 'model.layers.1.mlp.up_proj.weight' has shape "
                                       "[64, 256], the config implies [256, 64]")});
  }

  void wrongDtype() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    for (Tensor &t : tensors)
      if (t.name == QLatin1String("model.norm.weight"))
        t.dtype = DType::I16;
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("tensor 'model.norm.weight' has dtype I16; weights must be F32, F16 or BF16")});
  }

  void unexpectedTensor() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.append(
        {QStringLiteral("model.layers.2.mlp.up_proj.weight"), DType::F16, {256, 64}, QByteArray(256 * 64 * 2, '\0')});
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("unexpected (1): 'model.layers.2.mlp.up_proj.weight' in model.safetensors")});
  }

  void everyKindOfProblemReported() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.removeIf([](const Tensor &t) { return t.name == QLatin1String("visual.merger.ln_q.bias"); });
    for (Tensor &t : tensors)
      if (t.name == QLatin1String("model.layers.0.self_attn.q_proj.bias"))
        t.shape = {2, 32};
    tensors.append({QStringLiteral("extra.weight"), DType::F16, {1}, QByteArray(2, '\0')});
    writeSingle(dir, tensors);
    expectRefused(
        dir, {QStringLiteral("missing (1): 'visual.merger.ln_q.bias'"),
              QStringLiteral("unexpected (1): 'extra.weight' in model.safetensors"),
              QStringLiteral("'model.layers.0.self_attn.q_proj.bias' has shape [2, 32], the config implies [64]")});
  }

  void untiedConfigNeedsHead() {
    const QString dir = configOnlyCopy([](QJsonObject &c) { c.insert(QStringLiteral("tie_word_embeddings"), false); });
    writeSingle(dir, fixtureTensors());
    expectRefused(dir, {QStringLiteral("missing (1): 'lm_head.weight'")});

    // With the head added it opens, and the head is served.
    const QString withHead =
        configOnlyCopy([](QJsonObject &c) { c.insert(QStringLiteral("tie_word_embeddings"), false); });
    QList<Tensor> tensors = fixtureTensors();
    tensors.append({QStringLiteral("lm_head.weight"), DType::F16, {151936, 64}, QByteArray(151936 * 64 * 2, '\x3c')});
    writeSingle(withHead, tensors);
    auto cp = Checkpoint::open(withHead);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->tensorNames().size(), 58);
    QCOMPARE(cp->tensorNames().last(), QStringLiteral("lm_head.weight"));
    QCOMPARE(cp->tensor(QStringLiteral("lm_head.weight")).data()[0], uchar(0x3c));
  }

  void tiedCheckpointWithHeadCopy() {
    // Tied config, but the file carries lm_head.weight anyway: usable, with a warning.
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.append({QStringLiteral("lm_head.weight"), DType::F16, {151936, 64}, QByteArray(151936 * 64 * 2, '\0')});
    writeSingle(dir, tensors);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->tensorNames().size(), 57);
    QVERIFY(!cp->contains(QStringLiteral("lm_head.weight")));
    QCOMPARE(cp->warnings().size(), 1);
    QVERIFY2(cp->warnings().first().contains(QStringLiteral("lm_head.weight")), qPrintable(cp->warnings().first()));
  }

  void sameTensorInBothLayouts() {
    const QString dir = configOnlyCopy();
    QList<Tensor> tensors = fixtureTensors();
    tensors.append({QStringLiteral("model.visual.merger.ln_q.bias"), DType::F16, {64}, QByteArray(128, '\0')});
    writeSingle(dir, tensors);
    expectRefused(dir, {QStringLiteral("tensor 'visual.merger.ln_q.bias' is stored twice")});
  }

  void noWeights() {
    const QString dir = configOnlyCopy();
    expectRefused(dir,
                  {QStringLiteral("no weights found: neither model.safetensors nor model.safetensors.index.json")});
    Fixtures::writeFile(dir + QStringLiteral("/pytorch_model.bin"), "x");
    expectRefused(dir, {QStringLiteral("pytorch_model.bin"), QStringLiteral("convert")});
    Fixtures::writeFile(dir + QStringLiteral("/model-00001-of-00002.safetensors"), "x");
    expectRefused(dir, {QStringLiteral("model-00001-of-00002.safetensors"), QStringLiteral("without the index")});
  }

  void badConfig() {
    const QString dir = configOnlyCopy([](QJsonObject &c) { c.remove(QStringLiteral("hidden_size")); });
    writeSingle(dir, fixtureTensors());
    expectRefused(dir, {QStringLiteral("config.json"), QStringLiteral("hidden_size")});
    expectRefused(m_tmp.filePath(QStringLiteral("does-not-exist")), {QStringLiteral("not a folder")});
  }

  void corruptWeightFile() {
    const QString dir = configOnlyCopy();
    Fixtures::writeFile(dir + QStringLiteral("/model.safetensors"), QByteArray(4, '\0'));
    expectRefused(dir, {QStringLiteral("model.safetensors: not a safetensors file")});
  }

  void indexNamesMissingShard() {
    const QString dir = configOnlyCopy();
    writeSharded(dir, fixtureTensors(), 3);
    QVERIFY(QFile::remove(dir + QStringLiteral("/model-00002-of-00003.safetensors")));
    expectRefused(dir, {QStringLiteral("model.safetensors.index.json: names shard 'model-00002-of-00003.safetensors', "
                                       "which is not in")});
  }

  void tensorAbsentFromItsShard() {
    const QString dir = configOnlyCopy();
    QMap<QString, QString> map = writeSharded(dir, fixtureTensors(), 2);
    map.insert(QStringLiteral("model.layers.5.mlp.up_proj.weight"), QStringLiteral("model-00001-of-00002.safetensors"));
    rewriteIndex(dir, map);
    expectRefused(dir,
                  {QStringLiteral("model.safetensors.index.json: tensor 'model.layers.5.mlp.up_proj.weight' is "
                                  "listed in shard 'model-00001-of-00002.safetensors', which does not contain it")});
  }

  void tensorInTheWrongShard() {
    const QString dir = configOnlyCopy();
    QMap<QString, QString> map = writeSharded(dir, fixtureTensors(), 2);
    const QString moved = QStringLiteral("visual.merger.ln_q.bias");
    QCOMPARE(map.value(moved), QStringLiteral("model-00002-of-00002.safetensors"));
    map.insert(moved, QStringLiteral("model-00001-of-00002.safetensors"));
    rewriteIndex(dir, map);
    expectRefused(dir,
                  {QStringLiteral("tensor 'visual.merger.ln_q.bias' is listed in shard "
                                  "'model-00001-of-00002.safetensors', which does not contain it"),
                   QStringLiteral("model-00002-of-00002.safetensors: tensor 'visual.merger.ln_q.bias' is listed in "
                                  "model.safetensors.index.json under shard 'model-00001-of-00002.safetensors'")});
  }

  void shardTensorNotInIndex() {
    const QString dir = configOnlyCopy();
    QMap<QString, QString> map = writeSharded(dir, fixtureTensors(), 2);
    map.remove(QStringLiteral("visual.blocks.1.mlp.fc2.bias"));
    rewriteIndex(dir, map);
    expectRefused(dir, {QStringLiteral("model-00002-of-00002.safetensors: tensor 'visual.blocks.1.mlp.fc2.bias' is not "
                                       "listed in model.safetensors.index.json")});
  }

  void badIndex() {
    const QString dir = configOnlyCopy();
    QMap<QString, QString> map = writeSharded(dir, fixtureTensors(), 2);
    map.insert(QStringLiteral("model.norm.weight"), QStringLiteral("../model-00002-of-00002.safetensors"));
    rewriteIndex(dir, map);
    expectRefused(dir, {QStringLiteral("tensor 'model.norm.weight' maps to '../model-00002-of-00002.safetensors', "
                                       "which is not a file name in the checkpoint folder")});
    Fixtures::writeFile(dir + QLatin1Char('/') + kIndex, "{\"metadata\": {}}");
    expectRefused(dir, {QStringLiteral("model.safetensors.index.json: field 'weight_map' is missing")});
    Fixtures::writeFile(dir + QLatin1Char('/') + kIndex, "{\"weight_map\": ");
    expectRefused(dir, {QStringLiteral("model.safetensors.index.json")});
  }

  void indexTotalSizeMismatchWarns() {
    const QString dir = configOnlyCopy();
    const QMap<QString, QString> map = writeSharded(dir, fixtureTensors(), 2);
    rewriteIndex(dir, map); // total_size 0
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->warnings().size(), 1);
    QVERIFY2(cp->warnings().first().contains(QStringLiteral("total_size is 0 but the shards hold 20209920 bytes")),
             qPrintable(cp->warnings().first()));
  }

  // Opening reads only the headers; reading a tensor touches only its own bytes. Shown on a
  // sparse checkpoint of the real 2B shapes (4.4 GB of holes on disk, almost no blocks): the
  // resident set must not grow by more than a few MiB on open, and by about one tensor's size
  // when that tensor is read. Every page of the file that gets touched becomes resident (holes
  // read as zero pages in the page cache), so a loader that read everything would add gigabytes.
  void openReadsOnlyHeaders() {
#ifndef Q_OS_LINUX
    QSKIP("resident-set accounting via /proc is Linux-only");
#else
    const QString dir = newDir();
    const QJsonObject config = ReferenceConfigs::config(QStringLiteral("2b"));
    Fixtures::writeFile(dir + QStringLiteral("/config.json"), QJsonDocument(config).toJson());
    Fixtures::writeFile(dir + QStringLiteral("/generation_config.json"),
                        QJsonDocument(ReferenceConfigs::generationConfig()).toJson());
    Fixtures::writeFile(dir + QStringLiteral("/preprocessor_config.json"),
                        QJsonDocument(ReferenceConfigs::preprocessorConfig()).toJson());
    auto mc =
        ModelConfig::fromJson(config, ReferenceConfigs::generationConfig(), ReferenceConfigs::preprocessorConfig());
    QVERIFY2(mc, qPrintable(mc.error()));
    const QString path = dir + QStringLiteral("/model.safetensors");
    SafetensorsWriter writer(path);
    for (const TensorSpec &spec : mc->tensorSpecs())
      QVERIFY(writer.addTensor(spec.name, DType::BF16, spec.shape));
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      const QByteArray header = writer.header();
      QCOMPARE(f.write(header), header.size());
      QVERIFY(f.resize(header.size() + writer.dataSize())); // the rest is a hole
    }
    // DESIGN.md §3: 2,208,985,600 parameters, 4.42 GB in bf16.
    QCOMPARE(writer.dataSize(), 2208985600LL * 2);

    const qint64 before = residentBytes();
    QVERIFY(before > 0);
    auto cp = Checkpoint::open(dir);
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp->totalBytes(), 2208985600LL * 2);
    const qint64 afterOpen = residentBytes();
    QVERIFY2(afterOpen - before < (16 << 20),
             qPrintable(QStringLiteral("opening grew the resident set by %1 bytes").arg(afterOpen - before)));

    // Read one 27.5 MB tensor page by page.
    const TensorRef gate = cp->tensor(QStringLiteral("model.layers.27.mlp.gate_proj.weight"));
    QVERIFY(gate.isValid());
    QCOMPARE(gate.byteSize(), 8960LL * 1536 * 2);
    quint64 sum = 0;
    for (qint64 i = 0; i < gate.byteSize(); i += 1024)
      sum += gate.data()[i];
    QCOMPARE(sum, 0u); // holes read as zeros
    const qint64 afterRead = residentBytes();
    QVERIFY2(
        afterRead - afterOpen > gate.byteSize() * 9 / 10,
        qPrintable(QStringLiteral("reading grew the resident set by only %1 bytes; the accounting does not work here")
                       .arg(afterRead - afterOpen)));
    QVERIFY2(
        afterRead - afterOpen < gate.byteSize() + (16 << 20),
        qPrintable(QStringLiteral("reading one tensor grew the resident set by %1 bytes").arg(afterRead - afterOpen)));
#endif
  }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
