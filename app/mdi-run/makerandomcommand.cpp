#include "makerandomcommand.h"

#include "model/randomcheckpointwriter.h"
#include "model/referenceconfigs.h"
#include "util/jsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace mdi {

namespace {

// The configuration files next to a config.json (or in a checkpoint folder), falling back to the
// releases' generation and preprocessor settings where a file is missing.
Status readConfigs(const QString &configPath, RandomCheckpointSpec &spec) {
  auto config = JsonReader::readObjectFile(configPath, 4 << 20);
  if (!config)
    return makeError(config.error());
  spec.config = *config;
  const QDir dir = QFileInfo(configPath).absoluteDir();
  spec.generationConfig = ReferenceConfigs::generationConfig();
  spec.preprocessorConfig = ReferenceConfigs::preprocessorConfig();
  const std::pair<const char *, QJsonObject *> optional[] = {{"generation_config.json", &spec.generationConfig},
                                                             {"preprocessor_config.json", &spec.preprocessorConfig}};
  for (const auto &[name, target] : optional) {
    if (!dir.exists(QLatin1String(name)))
      continue;
    auto object = JsonReader::readObjectFile(dir.filePath(QLatin1String(name)), 4 << 20);
    if (!object)
      return makeError(object.error());
    *target = *object;
  }
  return Status::ok();
}

bool hasTokenizer(const QString &dir) {
  return QFileInfo(QDir(dir).filePath(QStringLiteral("tokenizer.json"))).isFile();
}

} // namespace

qint64 MakeRandomCommand::parseSize(const QString &text) {
  static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([KMGT]i?B|B)?\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
  const QRegularExpressionMatch m = pattern.match(text);
  if (!m.hasMatch())
    return -1;
  const double value = m.captured(1).toDouble();
  const QString unit = m.captured(2).toUpper();
  double scale = 1;
  if (!unit.isEmpty() && unit != QLatin1String("B")) {
    const int power = QStringLiteral("KMGT").indexOf(unit.at(0)) + 1;
    const double base = unit.contains(QLatin1Char('I')) ? 1024.0 : 1000.0;
    for (int i = 0; i < power; ++i)
      scale *= base;
  }
  const double bytes = value * scale;
  return bytes >= 1 && bytes < 9e18 ? qint64(bytes) : -1;
}

int MakeRandomCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Writes a Qwen2-VL checkpoint folder with random weights of a real model's shapes, for benchmarks "
         "and tests. Values: Linear weights ~ N(0, 1/fan_in), embedding and biases ~ N(0, 0.02^2), norm weights "
         "~ 1 + N(0, 0.1^2); the same seed gives the same bytes."));
  const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help."));
  const QCommandLineOption shape(QStringLiteral("shape"),
                                 tr("2b or 7b (the released Instruct models), tiny (the configuration of the "
                                    "--tokenizer-from checkpoint), or the path of a config.json."),
                                 QStringLiteral("SHAPE"));
  const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write (new or empty)."), QStringLiteral("DIR"));
  const QCommandLineOption dtype(QStringLiteral("dtype"), tr("Storage dtype: bf16 (default) or f32."),
                                 QStringLiteral("DTYPE"));
  const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 0)."), QStringLiteral("S"));
  const QCommandLineOption tokenizerFrom(
      QStringLiteral("tokenizer-from"),
      tr("A Qwen2-VL checkpoint or tokenizer folder whose tokenizer files are copied (tokenizer.json, "
         "tokenizer_config.json, vocab.json, merges.txt, chat_template.json). Required unless --shape names a "
         "config.json with tokenizer files beside it."),
      QStringLiteral("DIR"));
  const QCommandLineOption layers(QStringLiteral("layers"),
                                  tr("Overrides the number of decoder layers (quick tests of a big shape)."),
                                  QStringLiteral("N"));
  const QCommandLineOption shardSize(
      QStringLiteral("max-shard-size"),
      tr("Largest weight file, as transformers counts it: 2GB (default), 500MB, 1GiB or bytes. A checkpoint "
         "that fits in one is written as model.safetensors."),
      QStringLiteral("SIZE"));
  const QCommandLineOption force(QStringLiteral("force"),
                                 tr("Write into a folder that is not empty, replacing a checkpoint there."));
  parser.addOptions({help, shape, out, dtype, seed, tokenizerFrom, layers, shardSize, force});

  QTextStream err(stderr);
  QTextStream stdOut(stdout);
  const QString command = arguments.value(0, QStringLiteral("mdi-run make-random"));
  auto usage = [&](const QString &message) {
    err << command << ": " << message << '\n';
    return 2;
  };
  if (!parser.parse(arguments))
    return usage(parser.errorText());
  if (parser.isSet(help)) {
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + command);
    stdOut << text;
    return 0;
  }
  if (!parser.positionalArguments().isEmpty())
    return usage(tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));
  if (!parser.isSet(shape) || !parser.isSet(out))
    return usage(tr("--shape and --out are required; see --help"));

  RandomCheckpointSpec spec;
  const QString dtypeName = parser.value(dtype).toLower();
  if (dtypeName.isEmpty() || dtypeName == QLatin1String("bf16"))
    spec.dtype = DType::BF16;
  else if (dtypeName == QLatin1String("f32"))
    spec.dtype = DType::F32;
  else
    return usage(tr("--dtype must be bf16 or f32, not '%1'").arg(parser.value(dtype)));
  if (parser.isSet(seed)) {
    bool ok = false;
    spec.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
      return usage(tr("--seed needs a non-negative integer, not '%1'").arg(parser.value(seed)));
  }
  if (parser.isSet(shardSize)) {
    spec.maxShardBytes = parseSize(parser.value(shardSize));
    if (spec.maxShardBytes <= 0)
      return usage(
          tr("--max-shard-size needs a size such as 2GB, 500MB or 1000000, not '%1'").arg(parser.value(shardSize)));
  }

  const QString shapeName = parser.value(shape);
  const QString tokenizerDir = parser.value(tokenizerFrom);
  if (!tokenizerDir.isEmpty() && !hasTokenizer(tokenizerDir))
    return usage(tr("--tokenizer-from %1: no tokenizer.json there").arg(QDir::toNativeSeparators(tokenizerDir)));
  if (ReferenceConfigs::shapes().contains(shapeName.toLower())) {
    spec.config = ReferenceConfigs::config(shapeName.toLower());
    spec.generationConfig = ReferenceConfigs::generationConfig();
    spec.preprocessorConfig = ReferenceConfigs::preprocessorConfig();
    if (tokenizerDir.isEmpty())
      return usage(tr("--shape %1 needs --tokenizer-from DIR: a folder with the Qwen2-VL tokenizer files "
                      "(tokenizer.json, tokenizer_config.json, ...), such as a downloaded Qwen2-VL checkpoint")
                       .arg(shapeName));
    spec.tokenizerDir = tokenizerDir;
  } else if (shapeName.toLower() == QLatin1String("tiny")) {
    if (tokenizerDir.isEmpty())
      return usage(tr("--shape tiny takes the configuration and tokenizer of the checkpoint given with "
                      "--tokenizer-from DIR (the test fixture's qwen2vl-tiny/checkpoint)"));
    if (Status s = readConfigs(QDir(tokenizerDir).filePath(QStringLiteral("config.json")), spec); !s) {
      err << command << ": " << s.error() << '\n';
      return 1;
    }
    spec.tokenizerDir = tokenizerDir;
  } else if (QFileInfo(shapeName).isFile()) {
    if (Status s = readConfigs(shapeName, spec); !s) {
      err << command << ": " << s.error() << '\n';
      return 1;
    }
    const QString beside = QFileInfo(shapeName).absolutePath();
    spec.tokenizerDir = !tokenizerDir.isEmpty() ? tokenizerDir : hasTokenizer(beside) ? beside : QString();
    if (spec.tokenizerDir.isEmpty())
      return usage(tr("%1 has no tokenizer files beside it; give --tokenizer-from DIR (a folder with the "
                      "Qwen2-VL tokenizer.json)")
                       .arg(QDir::toNativeSeparators(shapeName)));
  } else {
    return usage(tr("--shape must be 2b, 7b, tiny or the path of a config.json, not '%1'").arg(shapeName));
  }

  if (parser.isSet(layers)) {
    bool ok = false;
    const int n = parser.value(layers).toInt(&ok);
    if (!ok || n < 1)
      return usage(tr("--layers needs a positive number, not '%1'").arg(parser.value(layers)));
    RandomCheckpointWriter::setLayerCount(spec.config, n);
  }
  RandomCheckpointWriter::setTorchDtype(spec.config, spec.dtype);

  const QString dir = parser.value(out);
  QString currentFile;
  // One line per weight file, as it starts: the 7B shape takes a while.
  const RandomCheckpointWriter::Progress progress = [&](qint64 done, qint64 total, const QString &file) {
    if (file == currentFile)
      return;
    currentFile = file;
    err << tr("writing %1 (%2 of %3 MB written)").arg(file).arg(done / 1000000).arg(total / 1000000) << '\n';
    err.flush();
  };
  auto result = RandomCheckpointWriter::write(dir, spec, parser.isSet(force), progress);
  if (!result) {
    err << command << ": " << result.error() << '\n';
    return 1;
  }
  stdOut << tr("Wrote %1: %2 tensors, %3 parameters, %4 bytes of %5 weights in %n file(s), seed %6, in %7 s (%8 MB/s)",
               nullptr, int(result->files.size()))
                .arg(QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath()))
                .arg(result->tensors)
                .arg(result->parameters)
                .arg(result->tensorBytes)
                .arg(dtypeName.isEmpty() ? QStringLiteral("bf16") : dtypeName)
                .arg(spec.seed)
                .arg(result->seconds, 0, 'f', 1)
                .arg(result->tensorBytes / 1e6 / qMax(1e-9, result->seconds), 0, 'f', 0)
         << '\n';
  return 0;
}

} // namespace mdi
