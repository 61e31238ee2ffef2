#include "fixtures.h"
#include "model/safetensorsfile.h"
#include "model/safetensorswriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

// Runs the built `mdi-run inspect` the way a user would, on the fixture checkpoint and on
// broken copies of it.
class TestMdiRunInspect : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;

  using Result = mdi::test::ProgramResult;

  static Result run(const QStringList &args) { return Fixtures::runProgram(QStringLiteral("mdi-run"), args, 120000); }

  // A copy of the fixture checkpoint without `dropped`.
  QString brokenCopy(const QString &dropped) {
    const QString dir = m_tmp.filePath(QStringLiteral("broken"));
    QDir().mkpath(dir);
    for (const char *name : {"config.json", "generation_config.json", "preprocessor_config.json"})
      Fixtures::writeFile(dir + QLatin1Char('/') + QLatin1String(name),
                          Fixtures::readFile(Fixtures::checkpointDir() + QLatin1Char('/') + QLatin1String(name)));
    auto file = SafetensorsFile::open(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors"));
    if (!file)
      qFatal("%s", qPrintable(file.error()));
    SafetensorsWriter writer(dir + QStringLiteral("/model.safetensors"));
    for (const TensorInfo &t : (*file)->tensors()) {
      if (t.name == dropped)
        continue;
      const QByteArray bytes =
          QByteArray::fromRawData(reinterpret_cast<const char *>((*file)->data(t)), qsizetype(t.byteSize));
      if (!writer.addTensor(t.name, t.dtype, t.shape, bytes))
        qFatal("addTensor failed");
    }
    if (!writer.write())
      qFatal("write failed");
    return dir;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(Fixtures::executable(QStringLiteral("mdi-run"))).isExecutable(),
             qPrintable(Fixtures::executable(QStringLiteral("mdi-run"))));
  }

  void fixtureText() {
    const Result r = run({QStringLiteral("inspect"), Fixtures::checkpointDir()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const char *part :
         {"Qwen2VLForConditionalGeneration", "qwen2_vl", "2 layers, hidden 64",
          "2 attention heads / 1 key-value heads (head dim 32), MLP 256, vocabulary 151936",
          "2 blocks, embed 64, 4 heads (head dim 16), MLP 256, patch 14 (temporal 2), merge 2x2 -> 64", "10104960",
          "9723904", "257600", "123392", "tied to the embedding", "F16", "20215688 bytes", "20209920 bytes",
          "40419840 bytes", "model.safetensors", "57 tensors", "OK: 57 tensors match config.json"})
      QVERIFY2(r.out.contains(QLatin1String(part)),
               qPrintable(QStringLiteral("'%1' not in:\n%2").arg(QLatin1String(part), r.out)));
  }

  void fixtureJson() {
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--json"), Fixtures::checkpointDir()});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("architecture")).toString(), QStringLiteral("Qwen2VLForConditionalGeneration"));
    // Hand-computed from the tiny config (FORMAT.md); the total is tiny_info.json's n_params.
    const QJsonObject p = o.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(p.value(QStringLiteral("vision")).toInteger(), 257600);
    QCOMPARE(p.value(QStringLiteral("embedding")).toInteger(), 151936 * 64);
    QCOMPARE(p.value(QStringLiteral("decoder")).toInteger(), 2 * 61696);
    QCOMPARE(p.value(QStringLiteral("final_norm")).toInteger(), 64);
    QCOMPARE(p.value(QStringLiteral("head")).toInteger(), 0);
    QCOMPARE(p.value(QStringLiteral("total")).toInteger(), 10104960);
    QCOMPARE(p.value(QStringLiteral("tied_embeddings")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("text")).toObject().value(QStringLiteral("layers")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("text")).toObject().value(QStringLiteral("head_dim")).toInt(), 32);
    QCOMPARE(o.value(QStringLiteral("vision")).toObject().value(QStringLiteral("depth")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("storage_dtype")).toString(), QStringLiteral("F16"));
    QCOMPARE(o.value(QStringLiteral("tensors")).toInt(), 57);
    QCOMPARE(o.value(QStringLiteral("tensor_bytes")).toInteger(), 10104960LL * 2);
    QCOMPARE(o.value(QStringLiteral("bytes_on_disk")).toInteger(),
             QFileInfo(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")).size());
    QCOMPARE(o.value(QStringLiteral("bytes_bf16")).toInteger(), 10104960LL * 2);
    QCOMPARE(o.value(QStringLiteral("bytes_f32")).toInteger(), 10104960LL * 4);
    QCOMPARE(o.value(QStringLiteral("sharded")).toBool(), false);
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("model.safetensors"));
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("tensors")).toInt(), 57);
  }

  void brokenCheckpoint() {
    const QString dir = brokenCopy(QStringLiteral("model.layers.1.mlp.up_proj.weight"));
    const Result r = run({QStringLiteral("inspect"), dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("FAILED")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("missing (1): 'model.layers.1.mlp.up_proj.weight'")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("not a usable Qwen2-VL checkpoint")), qPrintable(r.err));
    // The configuration part is still described.
    QVERIFY2(r.out.contains(QStringLiteral("10104960")), qPrintable(r.out));

    const Result j = run({QStringLiteral("inspect"), QStringLiteral("--json"), dir});
    QCOMPARE(j.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY2(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("model.layers.1.mlp.up_proj.weight")),
             qPrintable(j.out));
  }

  void notACheckpoint() {
    const QString empty = m_tmp.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    const Result r = run({QStringLiteral("inspect"), empty});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("config.json")), qPrintable(r.out));

    const Result missing = run({QStringLiteral("inspect"), m_tmp.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains(QStringLiteral("not a folder")), qPrintable(missing.out));
  }

  void usage() {
    const Result none = run({QStringLiteral("inspect")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("exactly one checkpoint folder")), qPrintable(none.err));
    const Result bad = run({QStringLiteral("inspect"), QStringLiteral("--bogus"), Fixtures::checkpointDir()});
    QCOMPARE(bad.exitCode, 2);
    const Result help = run({QStringLiteral("inspect"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Usage: mdi-run inspect")) && help.out.contains(QStringLiteral("--json")),
             qPrintable(help.out));
    // The command list names inspect.
    const Result list = run({});
    QVERIFY2(list.out.contains(QStringLiteral("inspect")), qPrintable(list.out));
  }
};

QTEST_GUILESS_MAIN(TestMdiRunInspect)
#include "tst_mdirun_inspect.moc"
