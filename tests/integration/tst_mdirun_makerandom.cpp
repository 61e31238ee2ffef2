#include "fixtures.h"
#include "model/safetensorsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace mdi;
using mdi::test::Fixtures;

// Runs `mdi-run make-random` the way a benchmark script does, on the tiny fixture's shapes, and
// checks what it wrote: a checkpoint that inspect validates and generate runs, a shard index
// that lists every tensor, values with the documented distributions, and bytes that depend on
// the seed only.
class TestMdiRunMakeRandom : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;

  using Result = mdi::test::ProgramResult;

  static Result run(const QStringList &args) { return Fixtures::runProgram(QStringLiteral("mdi-run"), args, 240000); }

  // A tiny random checkpoint with 2 layers; the 8 MB shard limit forces a sharded layout (the
  // 19 MB embedding gets a shard of its own).
  Result makeTiny(const QString &name, quint64 seed, const QStringList &extra = {}) {
    return run(QStringList{QStringLiteral("make-random"), QStringLiteral("--shape"), QStringLiteral("tiny"),
                           QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--tokenizer-from"),
                           Fixtures::checkpointDir(), QStringLiteral("--seed"), QString::number(seed),
                           QStringLiteral("--out"), m_tmp.filePath(name)} +
               extra);
  }

  QString sharded() const { return m_tmp.filePath(QStringLiteral("a")); }

  static QJsonObject readJson(const QString &path) {
    return QJsonDocument::fromJson(Fixtures::readFile(path)).object();
  }

  // The tensor's values as floats, wherever the folder keeps it.
  static QList<float> values(const QString &dir, const QString &name) {
    QString file = QStringLiteral("model.safetensors");
    if (QFileInfo::exists(dir + QStringLiteral("/model.safetensors.index.json")))
      file = readJson(dir + QStringLiteral("/model.safetensors.index.json"))
                 .value(QStringLiteral("weight_map"))
                 .toObject()
                 .value(name)
                 .toString();
    auto st = SafetensorsFile::open(dir + QLatin1Char('/') + file);
    if (!st)
      return {};
    const TensorInfo *info = nullptr;
    for (const TensorInfo &t : (*st)->tensors())
      if (t.name == name)
        info = &t;
    if (!info)
      return {};
    const auto *data = reinterpret_cast<const char *>((*st)->data(*info));
    QList<float> out;
    if (info->dtype == DType::BF16) {
      for (qint64 i = 0; i < info->byteSize / 2; ++i) {
        quint16 half;
        std::memcpy(&half, data + 2 * i, 2);
        const quint32 bits = quint32(half) << 16;
        float f;
        std::memcpy(&f, &bits, 4);
        out << f;
      }
    } else if (info->dtype == DType::F32) {
      out.resize(info->byteSize / 4);
      std::memcpy(out.data(), data, size_t(info->byteSize));
    }
    return out;
  }

  static void moments(const QList<float> &v, double *mean, double *std) {
    double s = 0, s2 = 0;
    for (float x : v)
      s += x;
    *mean = s / v.size();
    for (float x : v)
      s2 += (x - *mean) * (x - *mean);
    *std = std::sqrt(s2 / v.size());
  }

  static QStringList weightFiles(const QString &dir) {
    return QDir(dir).entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(Fixtures::executable(QStringLiteral("mdi-run"))).isExecutable(),
             qPrintable(Fixtures::executable(QStringLiteral("mdi-run"))));
    const Result r = makeTiny(QStringLiteral("a"), 7, {QStringLiteral("--max-shard-size"), QStringLiteral("8MB")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("57 tensors")), qPrintable(r.out));
  }

  void inspectValidates() {
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--json"), sharded()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("storage_dtype")).toString(), QStringLiteral("BF16"));
    QCOMPARE(o.value(QStringLiteral("tensors")).toInt(), 57);
    QCOMPARE(o.value(QStringLiteral("sharded")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("tensor_bytes")).toInteger(), 10104960LL * 2);
    QCOMPARE(o.value(QStringLiteral("text")).toObject().value(QStringLiteral("torch_dtype")).toString(),
             QStringLiteral("bfloat16"));
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
  }

  void folderLayout() {
    const QDir dir(sharded());
    for (const char *name : {"config.json", "generation_config.json", "preprocessor_config.json", "tokenizer.json",
                             "tokenizer_config.json", "vocab.json", "merges.txt", "chat_template.json"})
      QVERIFY2(dir.exists(QLatin1String(name)), name);
    QCOMPARE(Fixtures::readFile(dir.filePath(QStringLiteral("tokenizer.json"))),
             Fixtures::readFile(Fixtures::checkpointDir() + QStringLiteral("/tokenizer.json")));
    // The 19 MB embedding exceeds 8 MB: a shard of its own, ahead of the one being filled, as
    // transformers' split_torch_state_dict_into_shards orders it.
    QCOMPARE(weightFiles(sharded()), (QStringList{QStringLiteral("model-00001-of-00002.safetensors"),
                                                  QStringLiteral("model-00002-of-00002.safetensors")}));
    QVERIFY(!dir.exists(QStringLiteral("model.safetensors")));
    const QJsonObject config = readJson(dir.filePath(QStringLiteral("config.json")));
    QCOMPARE(config.value(QStringLiteral("num_hidden_layers")).toInt(), 2);
    QCOMPARE(config.value(QStringLiteral("hidden_size")).toInt(), 64);
  }

  void indexListsEveryTensor() {
    const QString indexPath = sharded() + QStringLiteral("/model.safetensors.index.json");
    const QByteArray text = Fixtures::readFile(indexPath);
    // json.dumps(indent=2, sort_keys=True) + "\n"
    QVERIFY2(text.startsWith("{\n  \"metadata\": {\n    \"total_size\": 20209920\n  },\n  \"weight_map\": {\n"),
             text.left(200).constData());
    QVERIFY(text.endsWith("  }\n}\n"));
    const QJsonObject map = readJson(indexPath).value(QStringLiteral("weight_map")).toObject();
    QCOMPARE(map.size(), 57);
    QSet<QString> inFiles;
    for (const QString &file : weightFiles(sharded())) {
      auto st = SafetensorsFile::open(sharded() + QLatin1Char('/') + file);
      QVERIFY2(st.hasValue(), qPrintable(st.error()));
      QCOMPARE((*st)->metadata().value(QStringLiteral("format")), QStringLiteral("pt"));
      QString previous;
      for (const TensorInfo &t : (*st)->tensors()) {
        QCOMPARE(map.value(t.name).toString(), file);
        inFiles.insert(t.name);
        QVERIFY2(previous < t.name, "tensors are stored sorted by name");
        previous = t.name;
      }
    }
    QCOMPARE(inFiles.size(), 57);
    QCOMPARE(map.value(QStringLiteral("model.embed_tokens.weight")).toString(),
             QStringLiteral("model-00001-of-00002.safetensors"));
  }

  void statistics_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("std");
    // Linear weights: N(0, 1/fan_in); Conv3d likewise over 3*2*14*14 inputs.
    QTest::newRow("down_proj") << "model.layers.0.mlp.down_proj.weight" << 0.0 << 1.0 / std::sqrt(256.0);
    QTest::newRow("q_proj") << "model.layers.1.self_attn.q_proj.weight" << 0.0 << 1.0 / std::sqrt(64.0);
    QTest::newRow("fc2") << "visual.blocks.0.mlp.fc2.weight" << 0.0 << 1.0 / std::sqrt(256.0);
    QTest::newRow("patch_embed") << "visual.patch_embed.proj.weight" << 0.0 << 1.0 / std::sqrt(1176.0);
    QTest::newRow("embedding") << "model.embed_tokens.weight" << 0.0 << 0.02;
    QTest::newRow("fc1 bias") << "visual.blocks.1.mlp.fc1.bias" << 0.0 << 0.02;
    QTest::newRow("norm1 weight") << "visual.blocks.0.norm1.weight" << 1.0 << 0.1;
    QTest::newRow("input_layernorm") << "model.layers.0.input_layernorm.weight" << 1.0 << 0.1;
    QTest::newRow("final norm") << "model.norm.weight" << 1.0 << 0.1;
  }

  void statistics() {
    QFETCH(QString, name);
    QFETCH(double, mean);
    QFETCH(double, std);
    const QList<float> v = values(sharded(), name);
    QVERIFY2(!v.isEmpty(), qPrintable(name));
    double m = 0, s = 0;
    moments(v, &m, &s);
    // Sampling error of the mean is std/sqrt(n); allow 5 of those, and 25% on the deviation of
    // the 64-element norm vectors (5% on the large tensors).
    const double n = v.size();
    QVERIFY2(std::abs(m - mean) <= 5 * std / std::sqrt(n) + 1e-3,
             qPrintable(QStringLiteral("%1: mean %2, expected %3").arg(name).arg(m).arg(mean)));
    const double tolerance = n < 1000 ? 0.25 : 0.05;
    QVERIFY2(std::abs(s - std) <= tolerance * std,
             qPrintable(QStringLiteral("%1: std %2, expected %3").arg(name).arg(s).arg(std)));
  }

  void sameSeedSameBytes() {
    const Result same = makeTiny(QStringLiteral("b"), 7, {QStringLiteral("--max-shard-size"), QStringLiteral("8MB")});
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    const Result other = makeTiny(QStringLiteral("c"), 8, {QStringLiteral("--max-shard-size"), QStringLiteral("8MB")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.out + other.err));
    const QString b = m_tmp.filePath(QStringLiteral("b")), c = m_tmp.filePath(QStringLiteral("c"));
    QCOMPARE(weightFiles(b), weightFiles(sharded()));
    for (const QString &file : weightFiles(sharded())) {
      const QByteArray first = Fixtures::readFile(sharded() + QLatin1Char('/') + file);
      QVERIFY(first.size() > 500000);
      QVERIFY2(first == Fixtures::readFile(b + QLatin1Char('/') + file), qPrintable(file));
      QVERIFY2(first != Fixtures::readFile(c + QLatin1Char('/') + file), qPrintable(file));
    }
    QCOMPARE(Fixtures::readFile(b + QStringLiteral("/model.safetensors.index.json")),
             Fixtures::readFile(sharded() + QStringLiteral("/model.safetensors.index.json")));
  }

  void f32SingleFile() {
    // The config.json path form, with the tokenizer beside it; f32 fits in one 2 GB file.
    const QString dir = m_tmp.filePath(QStringLiteral("f32"));
    const Result r =
        run({QStringLiteral("make-random"), QStringLiteral("--shape"),
             Fixtures::checkpointDir() + QStringLiteral("/config.json"), QStringLiteral("--dtype"),
             QStringLiteral("f32"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(weightFiles(dir), QStringList{QStringLiteral("model.safetensors")});
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/model.safetensors.index.json")));
    const Result i = run({QStringLiteral("inspect"), QStringLiteral("--json"), dir});
    QVERIFY2(i.exitCode == 0, qPrintable(i.out + i.err));
    const QJsonObject o = QJsonDocument::fromJson(i.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("storage_dtype")).toString(), QStringLiteral("F32"));
    QCOMPARE(o.value(QStringLiteral("tensor_bytes")).toInteger(), 10104960LL * 4);
    // The bf16 file holds the same draws rounded to nearest even.
    const QList<float> f32 = values(dir, QStringLiteral("model.layers.1.mlp.up_proj.weight"));
    const QList<float> bf16 = values(sharded(), QStringLiteral("model.layers.1.mlp.up_proj.weight"));
    QCOMPARE(f32.size(), bf16.size());
    for (qsizetype k = 0; k < f32.size(); ++k)
      QVERIFY(std::abs(f32.at(k) - bf16.at(k)) <= std::abs(f32.at(k)) / 256);
  }

  void generateRuns() {
    const Result r = run({QStringLiteral("--model"), sharded(), QStringLiteral("--prompt"), QStringLiteral("hi"),
                          QStringLiteral("--max-tokens"), QStringLiteral("4"), QStringLiteral("--ignore-eos"),
                          QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 4);
    QCOMPARE(o.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
  }

  void usageErrors() {
    const Result noTokenizer = run({QStringLiteral("make-random"), QStringLiteral("--shape"), QStringLiteral("tiny"),
                                    QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))});
    QCOMPARE(noTokenizer.exitCode, 2);
    QVERIFY2(noTokenizer.err.contains(QStringLiteral("--tokenizer-from")), qPrintable(noTokenizer.err));
    const Result big = run({QStringLiteral("make-random"), QStringLiteral("--shape"), QStringLiteral("2b"),
                            QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))});
    QCOMPARE(big.exitCode, 2);
    QVERIFY2(big.err.contains(QStringLiteral("--tokenizer-from")), qPrintable(big.err));
    const Result shape = run({QStringLiteral("make-random"), QStringLiteral("--shape"), QStringLiteral("13b"),
                              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))});
    QCOMPARE(shape.exitCode, 2);
    QVERIFY2(shape.err.contains(QStringLiteral("2b, 7b, tiny")), qPrintable(shape.err));
    const Result dtype = makeTiny(QStringLiteral("x"), 1, {QStringLiteral("--dtype"), QStringLiteral("f16")});
    QCOMPARE(dtype.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x"))));
    // An existing checkpoint is not overwritten by accident; --force replaces it.
    const Result again = makeTiny(QStringLiteral("a"), 9);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
    const Result help = run({QStringLiteral("make-random"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Usage: mdi-run make-random")), qPrintable(help.out));
  }

  void forceReplaces() {
    // Sharded -> single file: the old shards and index must go.
    const QString dir = m_tmp.filePath(QStringLiteral("b"));
    const Result r = makeTiny(QStringLiteral("b"), 3, {QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(weightFiles(dir), QStringList{QStringLiteral("model.safetensors")});
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/model.safetensors.index.json")));
    QCOMPARE(run({QStringLiteral("inspect"), dir}).exitCode, 0);
  }
};

QTEST_GUILESS_MAIN(TestMdiRunMakeRandom)
#include "tst_mdirun_makerandom.moc"
