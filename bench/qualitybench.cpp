// The quality of each weight format on a checkpoint of any size (a random one of the real 2B
// shapes is fine: mdi-run make-random): a float32 run decodes --steps greedy tokens from a chat
// prompt (with a random 448x448 image when the checkpoint has a vision tower), then every other
// format is fed the same prompt and the float32 run's tokens (teacher forcing) and its logits
// at each step are compared with float32's: max and mean absolute logit error over the whole
// vocabulary, top-1 agreement with the float32 token, and the KL divergence KL(f32 || format) of
// the next-token distributions (mean and max over the steps, nats).
//
// bf16 is compared like the others, but on a bf16 checkpoint (the 2B release, make-random --dtype
// bf16) float32 is the bf16 weights widened exactly, so the two give the same logits.
//
// Random weights give a rough picture, not a real model's: the figures show how far each
// format's rounding moves the logits at the real matrix sizes, but a trained model's logits are
// peakier (larger margins, so fewer top-1 swaps) and its activations have outliers that random
// weights lack.
#include "benchsupport.h"
#include "engine/computeenvironment.h"
#include "model/chattemplate.h"
#include "model/checkpoint.h"
#include "model/qwen2vlmodel.h"
#include "model/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <vector>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

struct Options {
  QString model;
  int steps = 64;
  QList<ComputeDtype> formats{ComputeDtype::F32, ComputeDtype::BF16, ComputeDtype::Q8, ComputeDtype::Q4};
  int threads = 0;
  int imageSide = 448;
  bool json = false;
};

// One format's figures over the steps, against float32.
struct Figures {
  ComputeDtype format = ComputeDtype::F32;
  qint64 weightBytes = 0;
  double loadMs = 0;
  double prefillMs = 0;
  double decodeMs = 0; // all decode steps
  double maxAbsError = 0;
  double sumMeanAbsError = 0; // per step: mean over the vocabulary
  int steps = 0;
  int top1Agree = 0;
  int firstDisagreement = -1;
  double sumKl = 0;
  double maxKl = 0;

  double meanAbsError() const { return steps ? sumMeanAbsError / steps : 0; }
  double meanKl() const { return steps ? sumKl / steps : 0; }
};

double msSince(const QElapsedTimer &t) {
  return t.nsecsElapsed() / 1e6;
}

qint64 argmax(const std::vector<float> &v) {
  return qint64(std::max_element(v.begin(), v.end()) - v.begin());
}

std::vector<double> logSoftmax(const std::vector<float> &logits) {
  double max = -std::numeric_limits<double>::infinity();
  for (const float l : logits)
    max = std::max(max, double(l));
  double sum = 0;
  for (const float l : logits)
    sum += std::exp(double(l) - max);
  const double logZ = max + std::log(sum);
  std::vector<double> out(logits.size());
  for (size_t i = 0; i < logits.size(); ++i)
    out[i] = double(logits[i]) - logZ;
  return out;
}

double klDivergence(const std::vector<float> &p, const std::vector<float> &q) {
  const std::vector<double> lp = logSoftmax(p), lq = logSoftmax(q);
  double kl = 0;
  for (size_t i = 0; i < lp.size(); ++i)
    kl += std::exp(lp[i]) * (lp[i] - lq[i]);
  return std::max(0.0, kl);
}

// A random side x side picture as the vision tower sees it: normalized pixel values (the CLIP
// normalization maps [0, 255] to about [-1.8, 2.1]), uniformly drawn, fixed seed.
PreprocessedImage randomImage(const ModelConfig &config, int side) {
  PreprocessedImage image;
  const int patch = config.vision.patchSize, merge = config.vision.spatialMergeSize;
  const int grid = std::max(merge, side / (patch * merge) * merge);
  image.gridT = 1;
  image.gridH = image.gridW = grid;
  image.width = image.height = grid * patch;
  image.pixelValues.resize(size_t(image.patchCount() * config.vision.patchInputSize));
  std::mt19937 random(448);
  std::uniform_real_distribution<float> pixel(-1.79f, 2.15f);
  for (float &v : image.pixelValues)
    v = pixel(random);
  return image;
}

// The prompt's ids: the chat template around one user message (the image first when there is
// one), its <|image_pad|> expanded to the image's tokens.
Expected<QList<qint64>> promptIds(const ModelConfig &config, const Tokenizer &tokenizer,
                                  const std::optional<PreprocessedImage> &image) {
  ChatMessage user{QStringLiteral("user"), {}};
  if (image)
    user.parts.append(ChatPart::makeImage(QStringLiteral("random.png")));
  user.parts.append(ChatPart::makeText(QStringLiteral(
      "Describe this picture in detail: the colours, the shapes, the light and anything written on it, please.")));
  const ChatTemplate::Rendered rendered = ChatTemplate::renderMarked({user});
  QList<int> ids = tokenizer.encode(rendered.text, rendered.controlTokenOffsets);
  if (image) {
    auto expanded = ChatTemplate::expandImagePads(ids, {image->tokenCount(config.vision.spatialMergeSize)},
                                                  int(config.tokens.imagePad));
    if (!expanded)
      return makeError(expanded.error());
    ids = *expanded;
  }
  QList<qint64> out;
  for (const int id : ids)
    out << id;
  return out;
}

int fail(const QString &message) {
  std::fprintf(stderr, "bench_quality: %s\n", qPrintable(message));
  return 1;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Logit quality of the weight formats against float32: greedy decoding in float32, then each format "
      "teacher-forced on the same tokens."));
  parser.addHelpOption();
  const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Checkpoint folder."),
                                    QStringLiteral("DIR"));
  const QCommandLineOption stepsOpt(QStringLiteral("steps"), QStringLiteral("Greedy decode steps (default 64)."),
                                    QStringLiteral("N"));
  const QCommandLineOption formatsOpt(
      QStringLiteral("formats"),
      QStringLiteral("Weight formats to compare with f32 (default f32,bf16,q8,q4; f32 always runs first)."),
      QStringLiteral("LIST"));
  const QCommandLineOption threadsOpt(
      QStringLiteral("threads"), QStringLiteral("Compute threads (default: physical cores)."), QStringLiteral("N"));
  const QCommandLineOption imageOpt(
      QStringLiteral("image-side"),
      QStringLiteral("Side of the random square image in pixels (default 448; 0: no image)."), QStringLiteral("PX"));
  const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
  parser.addOptions({modelOpt, stepsOpt, formatsOpt, threadsOpt, imageOpt, jsonOpt});
  parser.process(app);

  Options o;
  o.model = parser.value(modelOpt);
  if (o.model.isEmpty()) {
    std::fprintf(stderr, "bench_quality: --model DIR is required (see --help)\n");
    return 2;
  }
  bool ok = true;
  if (parser.isSet(stepsOpt))
    o.steps = parser.value(stepsOpt).toInt(&ok);
  if (!ok || o.steps < 1) {
    std::fprintf(stderr, "bench_quality: --steps must be a positive number\n");
    return 2;
  }
  if (parser.isSet(formatsOpt)) {
    o.formats = {ComputeDtype::F32};
    for (const QString &name : parser.value(formatsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      const std::optional<ComputeDtype> format = ComputeOptions::parseDtype(name.trimmed());
      if (!format) {
        std::fprintf(stderr, "bench_quality: unknown format '%s' (f32, bf16, q8, q4)\n", qPrintable(name));
        return 2;
      }
      if (!o.formats.contains(*format))
        o.formats << *format;
    }
  }
  o.threads = parser.value(threadsOpt).toInt();
  if (parser.isSet(imageOpt))
    o.imageSide = parser.value(imageOpt).toInt();
  o.json = parser.isSet(jsonOpt);

  ComputeEnvironment::setThreadCount(o.threads);
  auto checkpoint = Checkpoint::open(o.model);
  if (!checkpoint)
    return fail(checkpoint.error());
  auto tokenizer = Tokenizer::loadFromDirectory(o.model);
  if (!tokenizer)
    return fail(tokenizer.error());
  const ModelConfig &config = checkpoint->config();
  std::optional<PreprocessedImage> image;
  if (config.vision.depth > 0 && o.imageSide > 0)
    image = randomImage(config, o.imageSide);
  auto prompt = promptIds(config, *tokenizer, image);
  if (!prompt)
    return fail(prompt.error());
  const QList<PreprocessedImage> images = image ? QList<PreprocessedImage>{*image} : QList<PreprocessedImage>{};

  auto say = [&](const char *format, auto... args) {
    std::printf(format, args...);
    std::fflush(stdout);
  };
  const QString machine = BenchSupport::machineDescription();
  say("machine: %s\ndate: %s\nthreads: %d\n", qPrintable(machine),
      qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)), ComputeEnvironment::threadCount());
  say("model: %s (%d layers, hidden %lld, vocab %lld; stored %s)\n", qPrintable(o.model), config.text.numLayers,
      static_cast<long long>(config.text.hiddenSize), static_cast<long long>(config.text.vocabSize),
      qPrintable(checkpoint->storageDtype()));
  say("prompt: %lld tokens%s; %d greedy steps from float32, teacher-forced for the other formats\n",
      static_cast<long long>(prompt->size()),
      image ? qPrintable(QStringLiteral(" (a random %1x%1 image: %2 image tokens)")
                             .arg(image->width)
                             .arg(image->tokenCount(config.vision.spatialMergeSize)))
            : "",
      o.steps);
  say("cpu pressure: %s\n", qPrintable(BenchSupport::cpuPressure()));

  std::vector<std::vector<float>> reference;  // float32's logits per step
  QList<qint64> tokens;                       // float32's greedy tokens
  QList<double> logitStd, margins, entropies; // float32's, per step: what the errors compare with
  QList<Figures> all;
  for (const ComputeDtype format : o.formats) {
    Figures f;
    f.format = format;
    const QString name = ComputeOptions::dtypeName(format);
    ComputeOptions options;
    options.dtype = format;
    options.visionDtype = format == ComputeDtype::Q4 ? ComputeDtype::Q8 : format; // as PrecisionChoice does
    QElapsedTimer timer;
    timer.start();
    auto model = Qwen2VLModel::load(*checkpoint, options);
    if (!model)
      return fail(name + QStringLiteral(": ") + model.error());
    f.loadMs = msSince(timer);
    f.weightBytes = (*model)->weightBytes();
    timer.restart();
    auto logits = (*model)->prefill(*prompt, images);
    if (!logits)
      return fail(name + QStringLiteral(": ") + logits.error());
    f.prefillMs = msSince(timer);
    timer.restart();
    for (int k = 0; k < o.steps; ++k) {
      if (format == ComputeDtype::F32) {
        reference.push_back(*logits);
        tokens << argmax(*logits);
        const std::vector<float> &l = *logits;
        double sum = 0, sumSquares = 0, first = -std::numeric_limits<double>::infinity(), second = first;
        for (const float v : l) {
          sum += v;
          sumSquares += double(v) * v;
          if (v > first) {
            second = first;
            first = v;
          } else if (v > second) {
            second = v;
          }
        }
        const double mean = sum / double(l.size());
        logitStd << std::sqrt(std::max(0.0, sumSquares / double(l.size()) - mean * mean));
        margins << first - second;
        double entropy = 0;
        for (const double lp : logSoftmax(l))
          entropy -= std::exp(lp) * lp;
        entropies << entropy;
      } else {
        const std::vector<float> &ref = reference[size_t(k)];
        double sum = 0, max = 0;
        for (size_t i = 0; i < ref.size(); ++i) {
          const double err = std::abs(double((*logits)[i]) - double(ref[i]));
          sum += err;
          max = std::max(max, err);
        }
        f.maxAbsError = std::max(f.maxAbsError, max);
        f.sumMeanAbsError += sum / double(ref.size());
        const bool same = argmax(*logits) == tokens.at(k);
        f.top1Agree += same ? 1 : 0;
        if (!same && f.firstDisagreement < 0)
          f.firstDisagreement = k;
        const double kl = klDivergence(ref, *logits);
        f.sumKl += kl;
        f.maxKl = std::max(f.maxKl, kl);
      }
      ++f.steps;
      if (k + 1 < o.steps) {
        logits = (*model)->decode(tokens.at(k));
        if (!logits)
          return fail(name + QStringLiteral(": ") + logits.error());
      }
    }
    if (format == ComputeDtype::F32)
      f.top1Agree = f.steps;
    f.decodeMs = msSince(timer);
    say("%-4s loaded in %.1f s (%.3f GB of weights), prefill %.1f s, %d steps %.1f s\n", qPrintable(name),
        f.loadMs / 1e3, f.weightBytes / 1e9, f.prefillMs / 1e3, f.steps, f.decodeMs / 1e3);
    if (format == ComputeDtype::F32) {
      const auto [minMargin, maxMargin] = std::minmax_element(margins.begin(), margins.end());
      say("     float32 logits: standard deviation %.3f (mean over steps); top-1/top-2 margin median %.3g, min %.3g, "
          "max %.3g; entropy %.2f nats (mean; uniform over the vocabulary: %.2f)\n",
          std::accumulate(logitStd.begin(), logitStd.end(), 0.0) / logitStd.size(), BenchSupport::median(margins),
          *minMargin, *maxMargin, std::accumulate(entropies.begin(), entropies.end(), 0.0) / entropies.size(),
          std::log(double(config.text.vocabSize)));
      say("     float32 text: %s\n", qPrintable(tokenizer->decode(QList<int>(tokens.begin(), tokens.end()))
                                                    .left(160)
                                                    .replace(QLatin1Char('\n'), QStringLiteral("\\n"))));
    }
    if (format == ComputeDtype::BF16 && checkpoint->storageDtype() == QLatin1String("BF16"))
      say("     (bf16 is this checkpoint's own precision and f32 its exact widening: expect bf16 = f32)\n");
    all << f;
  }

  say("\nformat  weights GB  logit err max    mean      top-1 agree        first miss  KL mean    KL max\n");
  QJsonArray rows;
  for (const Figures &f : all) {
    const QString name = ComputeOptions::dtypeName(f.format);
    say("%-6s  %10.3f  %9.3e  %9.3e  %3d/%3d (%.3f)  %10s  %9.3e  %9.3e\n", qPrintable(name), f.weightBytes / 1e9,
        f.maxAbsError, f.meanAbsError(), f.top1Agree, f.steps, double(f.top1Agree) / f.steps,
        f.firstDisagreement < 0 ? "-" : qPrintable(QString::number(f.firstDisagreement)), f.meanKl(), f.maxKl);
    rows.append(QJsonObject{{QStringLiteral("format"), name},
                            {QStringLiteral("weight_bytes"), f.weightBytes},
                            {QStringLiteral("load_ms"), f.loadMs},
                            {QStringLiteral("prefill_ms"), f.prefillMs},
                            {QStringLiteral("decode_ms"), f.decodeMs},
                            {QStringLiteral("max_abs_logit_error"), f.maxAbsError},
                            {QStringLiteral("mean_abs_logit_error"), f.meanAbsError()},
                            {QStringLiteral("top1_agree"), f.top1Agree},
                            {QStringLiteral("steps"), f.steps},
                            {QStringLiteral("first_disagreement"), f.firstDisagreement},
                            {QStringLiteral("kl_mean"), f.meanKl()},
                            {QStringLiteral("kl_max"), f.maxKl}});
  }
  if (o.json) {
    const QJsonObject report{{QStringLiteral("machine"), machine},
                             {QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                             {QStringLiteral("model"), o.model},
                             {QStringLiteral("threads"), ComputeEnvironment::threadCount()},
                             {QStringLiteral("prompt_tokens"), prompt->size()},
                             {QStringLiteral("image_side"), image ? image->width : 0},
                             {QStringLiteral("storage_dtype"), checkpoint->storageDtype()},
                             {QStringLiteral("f32_top1_margin_median"), BenchSupport::median(margins)},
                             {QStringLiteral("f32_entropy_mean"),
                              std::accumulate(entropies.begin(), entropies.end(), 0.0) / entropies.size()},
                             {QStringLiteral("formats"), rows}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
  }
  return 0;
}
