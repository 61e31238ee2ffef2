#include "inspectcommand.h"

#include "model/checkpoint.h"
#include "model/modelconfig.h"
#include "util/jsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace mdi {

namespace {

qint64 intOf(const QJsonObject &o, const char *key) {
  return o.value(QLatin1String(key)).toInteger();
}

QString bytesText(qint64 bytes) {
  return InspectCommand::tr("%1 bytes (%2)").arg(bytes).arg(QLocale().formattedDataSize(bytes, 1));
}

// 10104960 -> "10.1 M", 2208985600 -> "2.21 B"
QString countText(qint64 n) {
  if (n >= 1'000'000'000)
    return QStringLiteral("%1 B").arg(double(n) / 1e9, 0, 'f', 2);
  if (n >= 1'000'000)
    return QStringLiteral("%1 M").arg(double(n) / 1e6, 0, 'f', 1);
  if (n >= 1'000)
    return QStringLiteral("%1 K").arg(double(n) / 1e3, 0, 'f', 1);
  return QString::number(n);
}

QString architectureOf(const QString &dir) {
  auto config = JsonReader::readObjectFile(QDir(dir).filePath(QStringLiteral("config.json")), 4 << 20);
  if (!config)
    return {};
  return config->value(QStringLiteral("architectures")).toArray().at(0).toString();
}

} // namespace

QJsonObject InspectCommand::inspect(const QString &dir) {
  QJsonObject report{{QStringLiteral("directory"), QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath())}};
  auto loaded = ModelConfig::loadFromDirectory(dir);
  if (!loaded) {
    report.insert(QStringLiteral("valid"), false);
    report.insert(QStringLiteral("error"), loaded.error());
    return report;
  }
  const ModelConfig &mc = *loaded;
  using P = TensorSpec::Part;
  report.insert(QStringLiteral("architecture"), architectureOf(dir));
  report.insert(QStringLiteral("model_type"), mc.modelType);
  report.insert(QStringLiteral("text"), QJsonObject{
                                            {QStringLiteral("layers"), mc.text.numLayers},
                                            {QStringLiteral("hidden_size"), mc.text.hiddenSize},
                                            {QStringLiteral("attention_heads"), mc.text.numHeads},
                                            {QStringLiteral("key_value_heads"), mc.text.numKeyValueHeads},
                                            {QStringLiteral("head_dim"), mc.text.headDim},
                                            {QStringLiteral("intermediate_size"), mc.text.intermediateSize},
                                            {QStringLiteral("vocab_size"), mc.text.vocabSize},
                                            {QStringLiteral("max_position_embeddings"), mc.text.maxPositionEmbeddings},
                                            {QStringLiteral("tie_word_embeddings"), mc.text.tieWordEmbeddings},
                                            {QStringLiteral("torch_dtype"), mc.text.torchDtype},
                                        });
  report.insert(QStringLiteral("vision"), QJsonObject{
                                              {QStringLiteral("depth"), mc.vision.depth},
                                              {QStringLiteral("embed_dim"), mc.vision.embedDim},
                                              {QStringLiteral("heads"), mc.vision.numHeads},
                                              {QStringLiteral("head_dim"), mc.vision.headDim},
                                              {QStringLiteral("mlp_hidden_size"), mc.vision.mlpHiddenSize},
                                              {QStringLiteral("patch_size"), mc.vision.patchSize},
                                              {QStringLiteral("temporal_patch_size"), mc.vision.temporalPatchSize},
                                              {QStringLiteral("spatial_merge_size"), mc.vision.spatialMergeSize},
                                              {QStringLiteral("out_hidden_size"), mc.vision.outHiddenSize},
                                          });
  const qint64 total = mc.totalParameterCount();
  report.insert(QStringLiteral("parameters"), QJsonObject{
                                                  {QStringLiteral("vision"), mc.parameterCount(P::Vision)},
                                                  {QStringLiteral("embedding"), mc.parameterCount(P::Embedding)},
                                                  {QStringLiteral("decoder"), mc.parameterCount(P::Decoder)},
                                                  {QStringLiteral("final_norm"), mc.parameterCount(P::FinalNorm)},
                                                  {QStringLiteral("head"), mc.parameterCount(P::Head)},
                                                  {QStringLiteral("total"), total},
                                                  {QStringLiteral("tied_embeddings"), mc.text.tieWordEmbeddings},
                                              });
  report.insert(QStringLiteral("bytes_bf16"), total * 2);
  report.insert(QStringLiteral("bytes_f32"), total * 4);

  auto cp = Checkpoint::open(dir);
  if (!cp) {
    report.insert(QStringLiteral("valid"), false);
    report.insert(QStringLiteral("error"), cp.error());
    return report;
  }
  QJsonArray files;
  for (const auto &f : cp->mappedFiles())
    files.append(QJsonObject{{QStringLiteral("name"), f->fileName()},
                             {QStringLiteral("bytes"), f->fileSize()},
                             {QStringLiteral("tensors"), f->tensors().size()}});
  report.insert(QStringLiteral("valid"), true);
  report.insert(QStringLiteral("storage_dtype"), cp->storageDtype());
  report.insert(QStringLiteral("tensors"), cp->tensorNames().size());
  report.insert(QStringLiteral("tensor_bytes"), cp->totalBytes());
  report.insert(QStringLiteral("bytes_on_disk"), cp->fileBytes());
  report.insert(QStringLiteral("sharded"), cp->isSharded());
  report.insert(QStringLiteral("files"), files);
  report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(cp->warnings()));
  return report;
}

QString InspectCommand::formatText(const QJsonObject &r) {
  QString out;
  QTextStream s(&out);
  auto row = [&](const QString &label, const QString &value) { s << label.leftJustified(14) << value << '\n'; };

  row(tr("Checkpoint"), r.value(QStringLiteral("directory")).toString());
  if (r.contains(QStringLiteral("model_type"))) {
    const QString arch = r.value(QStringLiteral("architecture")).toString();
    row(tr("Architecture"), arch.isEmpty()
                                ? r.value(QStringLiteral("model_type")).toString()
                                : tr("%1 (model_type %2)").arg(arch, r.value(QStringLiteral("model_type")).toString()));
    const QJsonObject t = r.value(QStringLiteral("text")).toObject();
    row(tr("Text model"),
        tr("%1 layers, hidden %2, %3 attention heads / %4 key-value heads (head dim %5), MLP %6, vocabulary %7")
            .arg(intOf(t, "layers"))
            .arg(intOf(t, "hidden_size"))
            .arg(intOf(t, "attention_heads"))
            .arg(intOf(t, "key_value_heads"))
            .arg(intOf(t, "head_dim"))
            .arg(intOf(t, "intermediate_size"))
            .arg(intOf(t, "vocab_size")));
    const QJsonObject v = r.value(QStringLiteral("vision")).toObject();
    row(tr("Vision tower"), tr("%1 blocks, embed %2, %3 heads (head dim %4), MLP %5, patch %6 (temporal %7), "
                               "merge %8x%8 -> %9")
                                .arg(intOf(v, "depth"))
                                .arg(intOf(v, "embed_dim"))
                                .arg(intOf(v, "heads"))
                                .arg(intOf(v, "head_dim"))
                                .arg(intOf(v, "mlp_hidden_size"))
                                .arg(intOf(v, "patch_size"))
                                .arg(intOf(v, "temporal_patch_size"))
                                .arg(intOf(v, "spatial_merge_size"))
                                .arg(intOf(v, "out_hidden_size")));

    const QJsonObject p = r.value(QStringLiteral("parameters")).toObject();
    s << '\n' << tr("Parameters") << '\n';
    auto param = [&](const QString &label, qint64 n, const QString &note = {}) {
      QString line = QStringLiteral("  ") + label.leftJustified(12) + QString::number(n).rightJustified(13) +
                     QStringLiteral("  ") + countText(n).leftJustified(8) + note;
      while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
      s << line << '\n';
    };
    param(tr("vision"), intOf(p, "vision"));
    param(tr("embedding"), intOf(p, "embedding"));
    param(tr("decoder"), intOf(p, "decoder"), tr("%n layer(s)", nullptr, int(intOf(t, "layers"))));
    param(tr("final norm"), intOf(p, "final_norm"));
    param(tr("head"), intOf(p, "head"),
          p.value(QStringLiteral("tied_embeddings")).toBool() ? tr("tied to the embedding (no lm_head.weight)")
                                                              : QString());
    param(tr("total"), intOf(p, "total"));

    s << '\n' << tr("Storage") << '\n';
    auto storage = [&](const QString &label, const QString &value) {
      s << "  " << label.leftJustified(12) << value << '\n';
    };
    if (r.value(QStringLiteral("valid")).toBool()) {
      const QJsonArray files = r.value(QStringLiteral("files")).toArray();
      storage(tr("dtype"), r.value(QStringLiteral("storage_dtype")).toString());
      storage(tr("on disk"),
              tr("%1 in %n file(s)", nullptr, int(files.size())).arg(bytesText(intOf(r, "bytes_on_disk"))));
    }
    storage(tr("as bf16"), bytesText(intOf(r, "bytes_bf16")));
    storage(tr("as f32"), bytesText(intOf(r, "bytes_f32")));

    if (r.value(QStringLiteral("valid")).toBool()) {
      s << '\n' << tr("Files") << '\n';
      for (const QJsonValue &f : r.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = f.toObject();
        s << "  " << o.value(QStringLiteral("name")).toString().leftJustified(36) << ' '
          << tr("%1 bytes, %n tensor(s)", nullptr, int(intOf(o, "tensors"))).arg(intOf(o, "bytes")) << '\n';
      }
    }
    s << '\n';
  }
  if (r.value(QStringLiteral("valid")).toBool()) {
    row(tr("Validation"), tr("OK: %n tensor(s) match config.json", nullptr, int(intOf(r, "tensors"))));
    for (const QJsonValue &w : r.value(QStringLiteral("warnings")).toArray())
      s << "  " << tr("warning: %1").arg(w.toString()) << '\n';
  } else {
    row(tr("Validation"), tr("FAILED: not a usable Qwen2-VL checkpoint"));
    // The error may span lines; indent them all under the heading.
    s << "  " << r.value(QStringLiteral("error")).toString().replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << '\n';
  }
  return out;
}

int InspectCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Describes a Qwen2-VL checkpoint folder and checks that its weights match its configuration."));
  const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help."));
  const QCommandLineOption json(QStringLiteral("json"), tr("Prints the report as JSON."));
  parser.addOption(help);
  parser.addOption(json);
  parser.addPositionalArgument(QStringLiteral("dir"),
                               tr("The checkpoint folder: config.json, preprocessor_config.json and "
                                  "model.safetensors or shards with model.safetensors.index.json."));
  QTextStream out(stdout);
  QTextStream err(stderr);
  const QString command = arguments.value(0, QStringLiteral("mdi-run inspect"));
  if (!parser.parse(arguments)) {
    err << command << ": " << parser.errorText() << '\n';
    return 2;
  }
  if (parser.isSet(help)) {
    // QCommandLineParser names only the program; name the sub-command as well.
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + command);
    out << text;
    return 0;
  }
  if (parser.positionalArguments().size() != 1) {
    err << tr("%1: expects exactly one checkpoint folder; see --help").arg(command) << '\n';
    return 2;
  }

  const QJsonObject report = inspect(parser.positionalArguments().first());
  const bool valid = report.value(QStringLiteral("valid")).toBool();
  if (parser.isSet(json))
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
  else
    out << formatText(report);
  out.flush();
  if (!valid && !parser.isSet(json))
    err << tr("%1: %2 is not a usable Qwen2-VL checkpoint").arg(command, parser.positionalArguments().first()) << '\n';
  return valid ? 0 : 1;
}

} // namespace mdi
