// Inference on a Qwen2-VL checkpoint (a random one of the real 2B shapes is fine: mdi-run
// make-random): load time and peak RSS against the weight bytes, decode tokens/s at two context
// lengths against the memory-bandwidth bound measured in the same run, prefill tokens/s, time to
// first token for a 448x448 image plus 20 words, and the vision tower's time per image.
// --profile adds where a decode step's time goes (a timed copy of the decoder forward) and how
// fast each of its matrix-vector products streams its weights.
#include "benchsupport.h"
#include "engine/computeenvironment.h"
#include "engine/generationsession.h"
#include "engine/loadedmodel.h"
#include "model/bf16gemv.h"
#include "model/decoderlayers.h"
#include "model/kvcache.h"
#include "model/mrope.h"
#include "model/qwen2vlmodel.h"
#include "model/tensorfactory.h"
#include "util/processmemory.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <map>
#include <random>
#include <thread>
#include <vector>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

constexpr double kGB = 1e9;

double msSince(const QElapsedTimer &t) {
  return t.nsecsElapsed() / 1e6;
}

// avg10 of the "some" line of /proc/pressure/cpu: the share of the last 10 s in which a runnable
// task waited for a CPU; -1 when unknown.
double cpuPressureAvg10() {
  const QString line = BenchSupport::cpuPressure();
  const qsizetype at = line.indexOf(QLatin1String("avg10="));
  if (at < 0)
    return -1;
  return line.mid(at + 6).section(QLatin1Char(' '), 0, 0).toDouble();
}

// The machine is shared: with two cores, one other busy process stalls every parallel region
// of a two-thread decode step. Waits (up to maxSeconds) until the CPU pressure drops below
// threshold, so that repeats are taken in quiet moments; threshold <= 0 does not wait.
void waitForQuiet(double threshold, int maxSeconds) {
  if (threshold <= 0)
    return;
  QElapsedTimer waited;
  waited.start();
  bool told = false;
  while (waited.elapsed() < maxSeconds * 1000LL) {
    const double p = cpuPressureAvg10();
    if (p < 0 || p < threshold)
      break;
    if (!told) {
      std::printf("  (waiting for cpu pressure avg10 < %.0f, now %.1f)\n", threshold, p);
      std::fflush(stdout);
      told = true;
    }
    QThread::msleep(2000);
  }
}

// Triad (BenchSupport), shorter than bench_bandwidth's so that it can bracket every repeat.
double triadGBs(int threads) {
  return BenchSupport::triadBandwidthGBs(threads, 256, 3);
}

// Read-only bandwidth: a decode step only reads its weights, and a read stream may run faster or
// slower than the triad's mix of reads and writes. Sums 768 MB of doubles, split over threads.
double readBandwidthGBs(int threads) {
  const size_t n = size_t(768) * 1024 * 1024 / sizeof(double);
  std::vector<double> data(n, 1.0);
  std::vector<double> sums(size_t(threads) * 8, 0.0); // a cache line apart
  QList<double> rates;
  for (int r = 0; r < 3; ++r) {
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> pool;
    for (int k = 0; k < threads; ++k) {
      pool.emplace_back([&, k] {
        const size_t begin = n * size_t(k) / size_t(threads), end = n * size_t(k + 1) / size_t(threads);
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        const double *p = data.data();
        size_t i = begin;
        for (; i + 4 <= end; i += 4) {
          a0 += p[i];
          a1 += p[i + 1];
          a2 += p[i + 2];
          a3 += p[i + 3];
        }
        sums[size_t(k) * 8] = a0 + a1 + a2 + a3;
      });
    }
    for (std::thread &th : pool)
      th.join();
    rates << double(n * sizeof(double)) / (t.nsecsElapsed() / 1e9) / kGB;
  }
  volatile double sink = sums[0];
  Q_UNUSED(sink);
  return BenchSupport::median(rates);
}

// Resets the kernel's peak-RSS counter (VmHWM) so that a later phase is measured on its own
// (Linux >= 4.0); false where that is not possible.
bool resetPeakRss() {
  QFile f(QStringLiteral("/proc/self/clear_refs"));
  return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QList<qint64> randomIds(qint64 n, quint32 seed) {
  // Ordinary vocabulary only: special tokens (>= 151643) would change what the model does.
  std::mt19937 rng(seed);
  std::uniform_int_distribution<qint64> pick(0, 150000);
  QList<qint64> ids;
  for (qint64 i = 0; i < n; ++i)
    ids << pick(rng);
  return ids;
}

// A photo-like picture: gradients plus detail, saved as PNG (lossless, decoded fast).
QString writePicture(const QString &dir, int side) {
  QImage image(side, side, QImage::Format_RGB32);
  for (int y = 0; y < side; ++y) {
    auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
    for (int x = 0; x < side; ++x) {
      const int detail = ((x * 7919) ^ (y * 104729)) & 31;
      line[x] = qRgb((x * 255 / side + detail) & 255, (y * 255 / side + detail) & 255, ((x + y) / 8 + detail) & 255);
    }
  }
  const QString path = QStringLiteral("%1/picture-%2.png").arg(dir).arg(side);
  return image.save(path) ? path : QString();
}

QJsonArray toJson(const QList<double> &values) {
  QJsonArray a;
  for (double v : values)
    a.append(v);
  return a;
}

struct Options {
  QString model;
  ComputeDtype dtype = ComputeDtype::BF16;
  int threads = 0;
  int repeats = 3;
  int steps = 32;
  QList<qint64> contexts{128, 2048};
  bool profile = false;
  bool gemvKernel = true;
  bool vision = true;
  QList<int> visionSides{448, 896};
  bool json = false;
  double quietBelow = 0;
  int quietWait = 300;
};

// ---------------------------------------------------------------------------------------------
// Profile: the decoder's decode step re-written with a timer around each operation. It uses the
// same weights (zero-copy from the mapping when the dtypes match) and the same operations as
// DecoderLayers::layerForward for n = 1, so its total should match Qwen2VLModel::decode.

struct Section {
  double ms = 0;
  qint64 bytes = 0; // weight bytes the section reads per token
};

class SectionTimer {
public:
  explicit SectionTimer(std::map<QString, Section> &sections) : m_sections(sections) {}
  template <typename F> at::Tensor operator()(const QString &name, qint64 bytes, F &&fn) {
    QElapsedTimer t;
    t.start();
    at::Tensor out = fn();
    Section &s = m_sections[name];
    s.ms += msSince(t);
    s.bytes += bytes;
    return out;
  }

private:
  std::map<QString, Section> &m_sections;
};

qint64 bytesOf(const at::Tensor &t) {
  return t.defined() ? qint64(t.numel()) * qint64(t.element_size()) : 0;
}

struct ProfileResult {
  std::map<QString, Section> perToken; // ms and bytes per token
  double totalMs = 0;                  // per token, sum of the sections
  double wallMs = 0;                   // per token, measured around the whole step
};

Expected<ProfileResult> profileDecode(const Checkpoint &checkpoint, const ComputeOptions &options, qint64 context,
                                      int steps) {
  const TextConfig &c = checkpoint.config().text;
  Expected<TensorFactory> factory = TensorFactory::create(options);
  if (!factory)
    return makeError(factory.error());
  struct Layer {
    at::Tensor inputNorm, q, qBias, k, kBias, v, vBias, o, postNorm, gate, up, down;
  };
  const qint64 H = c.hiddenSize, I = c.intermediateSize, hd = c.headDim;
  const qint64 heads = c.numHeads, kvHeads = c.numKeyValueHeads, groups = heads / kvHeads;
  TensorFactory::Loader get(*factory, checkpoint);
  std::vector<Layer> layers;
  for (int i = 0; i < c.numLayers; ++i) {
    const QString p = QStringLiteral("model.layers.%1.").arg(i);
    Layer w;
    w.inputNorm = get(p + QStringLiteral("input_layernorm.weight"), {H});
    w.q = get(p + QStringLiteral("self_attn.q_proj.weight"), {heads * hd, H});
    w.qBias = get(p + QStringLiteral("self_attn.q_proj.bias"), {heads * hd});
    w.k = get(p + QStringLiteral("self_attn.k_proj.weight"), {kvHeads * hd, H});
    w.kBias = get(p + QStringLiteral("self_attn.k_proj.bias"), {kvHeads * hd});
    w.v = get(p + QStringLiteral("self_attn.v_proj.weight"), {kvHeads * hd, H});
    w.vBias = get(p + QStringLiteral("self_attn.v_proj.bias"), {kvHeads * hd});
    w.o = get(p + QStringLiteral("self_attn.o_proj.weight"), {H, heads * hd});
    w.postNorm = get(p + QStringLiteral("post_attention_layernorm.weight"), {H});
    w.gate = get(p + QStringLiteral("mlp.gate_proj.weight"), {I, H});
    w.up = get(p + QStringLiteral("mlp.up_proj.weight"), {I, H});
    w.down = get(p + QStringLiteral("mlp.down_proj.weight"), {H, I});
    layers.push_back(std::move(w));
  }
  const at::Tensor finalNorm = get(QStringLiteral("model.norm.weight"), {H});
  const at::Tensor head =
      get(c.tieWordEmbeddings ? QStringLiteral("model.embed_tokens.weight") : QStringLiteral("lm_head.weight"),
          {c.vocabSize, H});
  if (Status s = get.status(); !s)
    return makeError(s.error());

  try {
    const at::TensorOptions to = factory->tensorOptions();
    KvCache cache(c.numLayers, kvHeads, hd, to, options.kvChunk);
    cache.reserve(context + steps + 1);
    // The cached prefix: random keys and values of the right scale.
    for (int l = 0; l < c.numLayers; ++l)
      cache.store(l, 0, at::randn({kvHeads, context, hd}, to), at::randn({kvHeads, context, hd}, to));
    cache.setLength(context);
    const Mrope rope(c);
    const double eps = c.rmsNormEps;
    const double scale = std::sqrt(double(hd));

    // Per step the sections' sums; the result takes each section's median over the steps, so a
    // step the scheduler interrupted (the machine is shared) does not skew it.
    std::map<QString, Section> sections;
    std::map<QString, QList<double>> stepMs;
    SectionTimer time(sections);
    QList<double> wall;
    at::Tensor x0 = at::randn({1, H}, to);
    for (int step = -2; step < steps; ++step) { // two warm-up steps
      sections.clear();
      QElapsedTimer stepTimer;
      stepTimer.start();
      const qint64 start = cache.length();
      const Mrope::Tables rotary = rope.tables(PositionIds::uniform(start, 1), factory->device());
      at::Tensor x = x0;
      for (int l = 0; l < c.numLayers; ++l) {
        const Layer &w = layers[size_t(l)];
        const at::Tensor h = time(QStringLiteral("rmsnorm"), bytesOf(w.inputNorm),
                                  [&] { return DecoderLayers::rmsNorm(x, w.inputNorm, eps); });
        const at::Tensor q = time(QStringLiteral("q/k/v linear"), bytesOf(w.q) + bytesOf(w.qBias),
                                  [&] { return Bf16Gemv::linear(h, w.q, w.qBias); });
        const at::Tensor k = time(QStringLiteral("q/k/v linear"), bytesOf(w.k) + bytesOf(w.kBias),
                                  [&] { return Bf16Gemv::linear(h, w.k, w.kBias); });
        const at::Tensor v = time(QStringLiteral("q/k/v linear"), bytesOf(w.v) + bytesOf(w.vBias),
                                  [&] { return Bf16Gemv::linear(h, w.v, w.vBias); });
        const at::Tensor qr = time(QStringLiteral("rope"), 0, [&] {
          return Mrope::apply(q.view({1, heads, hd}).transpose(0, 1), rotary);
        });
        const at::Tensor kr = time(QStringLiteral("rope"), 0, [&] {
          return Mrope::apply(k.view({1, kvHeads, hd}).transpose(0, 1), rotary);
        });
        time(QStringLiteral("kv store"), 0, [&] {
          cache.store(l, start, kr, v.view({1, kvHeads, hd}).transpose(0, 1));
          return at::Tensor();
        });
        const qint64 length = start + 1;
        const at::Tensor keys = cache.keys(l, length), values = cache.values(l, length);
        const at::Tensor context1 = time(QStringLiteral("attention"), 0, [&] {
          at::Tensor scores = at::bmm(qr.reshape({kvHeads, groups, hd}), keys.transpose(1, 2));
          scores.div_(scale);
          return at::bmm(at::softmax(scores, -1, at::kFloat).to(qr.scalar_type()), values);
        });
        const at::Tensor attention = context1.view({heads, 1, hd}).transpose(0, 1).reshape({1, heads * hd});
        const at::Tensor o =
            time(QStringLiteral("o linear"), bytesOf(w.o), [&] { return Bf16Gemv::linear(attention, w.o); });
        const at::Tensor attended = time(QStringLiteral("residual adds"), 0, [&] { return x + o; });
        const at::Tensor h2 = time(QStringLiteral("rmsnorm"), bytesOf(w.postNorm),
                                   [&] { return DecoderLayers::rmsNorm(attended, w.postNorm, eps); });
        const at::Tensor gate =
            time(QStringLiteral("gate/up linear"), bytesOf(w.gate), [&] { return Bf16Gemv::linear(h2, w.gate); });
        const at::Tensor up =
            time(QStringLiteral("gate/up linear"), bytesOf(w.up), [&] { return Bf16Gemv::linear(h2, w.up); });
        const at::Tensor act = time(QStringLiteral("silu * up"), 0, [&] { return at::silu(gate) * up; });
        const at::Tensor down =
            time(QStringLiteral("down linear"), bytesOf(w.down), [&] { return Bf16Gemv::linear(act, w.down); });
        x = time(QStringLiteral("residual adds"), 0, [&] { return attended + down; });
      }
      cache.setLength(start + 1);
      const at::Tensor normed = time(QStringLiteral("rmsnorm"), bytesOf(finalNorm),
                                     [&] { return DecoderLayers::rmsNorm(x, finalNorm, eps); });
      const at::Tensor logits = time(QStringLiteral("head linear (+ to float)"), bytesOf(head),
                                     [&] { return Bf16Gemv::linear(normed, head).to(at::kFloat).contiguous(); });
      if (step < 0)
        continue;
      wall << msSince(stepTimer);
      for (const auto &[name, section] : sections)
        stepMs[name] << section.ms;
    }
    ProfileResult result;
    for (const auto &[name, section] : sections) {
      result.perToken[name] = Section{BenchSupport::median(stepMs[name]), section.bytes};
      result.totalMs += result.perToken[name].ms;
    }
    result.wallMs = BenchSupport::median(wall);
    return result;
  } catch (const c10::Error &e) {
    return makeError(QString::fromStdString(e.what_without_backtrace()));
  }
}

// One matrix-vector product x[1, in] . W[out, in]^T as decoding does it, in several ways, with
// the weight bytes per second each reaches. W is random (only its size and layout matter).
struct GemvRow {
  QString shape;
  QString variant;
  int threads = 0;
  double ms = 0;
  double gbs = 0;
};

QList<GemvRow> gemvSurvey(const TextConfig &c, at::ScalarType dtype, int threads, int repeats) {
  const qint64 H = c.hiddenSize, I = c.intermediateSize, kv = qint64(c.numKeyValueHeads) * c.headDim;
  struct Shape {
    qint64 out, in;
  };
  const QList<Shape> shapes{{H, H}, {kv, H}, {H + 2 * kv, H}, {I, H}, {2 * I, H}, {H, I}, {c.vocabSize, H}};
  QList<GemvRow> rows;
  const auto opts = at::TensorOptions().dtype(dtype);
  for (const Shape &s : shapes) {
    // Decoding streams 3 GB of weights per token, so none of them is in a cache when it is used.
    // Timing one small matrix over and over would measure the 32 MB L3 instead: cycle through
    // copies that together exceed it many times over.
    const double bytes = double(s.out) * s.in * at::elementSize(dtype);
    const qint64 copies = std::max<qint64>(1, qint64(std::ceil(512e6 / bytes)));
    const at::Tensor all = at::empty({copies, s.out, s.in}, opts).normal_(0, 0.02);
    std::vector<at::Tensor> ws, wts;
    for (qint64 k = 0; k < copies; ++k) {
      ws.push_back(all[k]);
      wts.push_back(all[k].t());
    }
    const at::Tensor x = at::randn({1, s.in}, opts);
    const at::Tensor x1 = x.view({s.in});
    const int calls = int(std::max<qint64>(5, 2 * copies));
    auto measure = [&](const QString &variant, int nThreads, const std::function<at::Tensor(size_t)> &fn) {
      at::set_num_threads(nThreads);
      fn(0);
      const double ms = BenchSupport::medianMs(repeats * 3,
                                               [&] {
                                                 for (int k = 0; k < calls; ++k)
                                                   fn(size_t(k % copies));
                                               }) /
                        calls;
      rows.append({QStringLiteral("%1x%2").arg(s.out).arg(s.in), variant, nThreads, ms, bytes / (ms / 1e3) / kGB});
    };
    for (int t : {1, threads}) {
      measure(QStringLiteral("at::linear"), t, [&](size_t k) { return at::linear(x, ws[k]); });
      if (t == threads) {
        measure(QStringLiteral("at::matmul(x, W.t())"), t, [&](size_t k) { return at::matmul(x, wts[k]); });
        measure(QStringLiteral("at::mv(W, x)"), t, [&](size_t k) { return at::mv(ws[k], x1); });
      }
      if (dtype == at::kBFloat16 && Bf16Gemv::cpuSupported()) {
        const bool enabled = Bf16Gemv::isEnabled();
        Bf16Gemv::setEnabled(true);
        measure(QStringLiteral("Bf16Gemv (AVX512-BF16)"), t, [&](size_t k) { return Bf16Gemv::linear(x, ws[k]); });
        Bf16Gemv::setEnabled(enabled);
      }
      if (threads == 1)
        break;
    }
  }
  at::set_num_threads(threads);
  return rows;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("bench_inference"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Decode, prefill, time to first token, vision tower, load time and peak RSS on a Qwen2-VL checkpoint "
      "(make one with: mdi-run make-random --shape 2b --tokenizer-from DIR --out DIR)."));
  parser.addHelpOption();
  const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Checkpoint folder."),
                                    QStringLiteral("DIR"));
  const QCommandLineOption dtypeOpt(QStringLiteral("dtype"), QStringLiteral("bf16 (default) or f32."),
                                    QStringLiteral("DTYPE"));
  const QCommandLineOption threadsOpt(
      QStringLiteral("threads"), QStringLiteral("Compute threads (default: physical cores)."), QStringLiteral("N"));
  const QCommandLineOption repeatsOpt(QStringLiteral("repeats"), QStringLiteral("Repeats per figure (default 3)."),
                                      QStringLiteral("R"));
  const QCommandLineOption stepsOpt(QStringLiteral("steps"),
                                    QStringLiteral("Decode steps per repeat (default 32, at least 32)."),
                                    QStringLiteral("N"));
  const QCommandLineOption contextsOpt(QStringLiteral("contexts"),
                                       QStringLiteral("Context lengths for decoding (default 128,2048)."),
                                       QStringLiteral("LIST"));
  const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                      QStringLiteral("Also time each operation of a decode step and survey "
                                                     "matrix-vector products."));
  const QCommandLineOption noGemvOpt(
      QStringLiteral("no-bf16-gemv"),
      QStringLiteral("Decode with at::linear (oneDNN) only, not the Bf16Gemv kernel (the previous kernel)."));
  const QCommandLineOption noVisionOpt(QStringLiteral("no-vision"),
                                       QStringLiteral("Skip time to first token and the vision tower."));
  const QCommandLineOption visionSidesOpt(QStringLiteral("vision-sides"),
                                          QStringLiteral("Square image sizes for the vision tower (default 448,896)."),
                                          QStringLiteral("LIST"));
  const QCommandLineOption quietOpt(
      QStringLiteral("quiet-below"),
      QStringLiteral("Before each repeat, wait (up to --quiet-wait seconds) until the CPU pressure avg10 of "
                     "/proc/pressure/cpu is below P (the machine is shared)."),
      QStringLiteral("P"));
  const QCommandLineOption quietWaitOpt(QStringLiteral("quiet-wait"),
                                        QStringLiteral("Longest wait for --quiet-below, seconds (default 300)."),
                                        QStringLiteral("S"));
  const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
  parser.addOptions({modelOpt, dtypeOpt, threadsOpt, repeatsOpt, stepsOpt, contextsOpt, profileOpt, noGemvOpt,
                     noVisionOpt, visionSidesOpt, quietOpt, quietWaitOpt, jsonOpt});
  parser.process(app);

  Options o;
  o.model = parser.value(modelOpt);
  if (o.model.isEmpty()) {
    std::fprintf(stderr, "bench_inference: --model DIR is required (see --help)\n");
    return 2;
  }
  const QString dtypeName = parser.value(dtypeOpt).toLower();
  if (dtypeName == QLatin1String("f32"))
    o.dtype = ComputeDtype::F32;
  else if (!dtypeName.isEmpty() && dtypeName != QLatin1String("bf16")) {
    std::fprintf(stderr, "bench_inference: --dtype must be bf16 or f32\n");
    return 2;
  }
  o.threads = parser.value(threadsOpt).toInt();
  o.repeats = std::max(1, parser.isSet(repeatsOpt) ? parser.value(repeatsOpt).toInt() : 3);
  o.steps = std::max(32, parser.isSet(stepsOpt) ? parser.value(stepsOpt).toInt() : 32);
  if (parser.isSet(contextsOpt)) {
    o.contexts.clear();
    for (const QString &part : parser.value(contextsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
      if (part.toLongLong() > 0)
        o.contexts << part.toLongLong();
  }
  o.profile = parser.isSet(profileOpt);
  o.gemvKernel = !parser.isSet(noGemvOpt);
  o.vision = !parser.isSet(noVisionOpt);
  if (parser.isSet(visionSidesOpt)) {
    o.visionSides.clear();
    for (const QString &part : parser.value(visionSidesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
      if (part.toInt() >= 28)
        o.visionSides << part.toInt();
  }
  o.json = parser.isSet(jsonOpt);
  o.quietBelow = parser.value(quietOpt).toDouble();
  if (parser.isSet(quietWaitOpt))
    o.quietWait = parser.value(quietWaitOpt).toInt();
  const auto quiet = [&o] { waitForQuiet(o.quietBelow, o.quietWait); };

  ComputeEnvironment::setThreadCount(o.threads);
  const int threads = ComputeEnvironment::threadCount();
  QJsonObject report;
  auto say = [&](const char *format, auto... args) {
    std::printf(format, args...);
    std::fflush(stdout);
  };
  auto pressure = [&](const QString &when) {
    const QString p = BenchSupport::cpuPressure();
    say("cpu pressure (%s): %s\n", qPrintable(when), qPrintable(p));
    QJsonObject all = report.value(QStringLiteral("cpu_pressure")).toObject();
    all.insert(when, p);
    report.insert(QStringLiteral("cpu_pressure"), all);
  };

  const QString machine = BenchSupport::machineDescription();
  say("machine: %s\ndate: %s\n", qPrintable(machine), qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
  report.insert(QStringLiteral("machine"), machine);
  report.insert(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate));
  report.insert(QStringLiteral("threads"), threads);
  report.insert(QStringLiteral("repeats"), o.repeats);
  report.insert(QStringLiteral("torch"), ComputeEnvironment::torchVersion());
  Bf16Gemv::setEnabled(o.gemvKernel);
  const QString gemv = Bf16Gemv::applies(at::zeros({1, 32}, at::kBFloat16), at::zeros({4, 32}, at::kBFloat16))
                           ? QStringLiteral("Bf16Gemv (AVX512-BF16)")
                           : QStringLiteral("at::linear");
  say("batch-1 bf16 linear: %s\n", qPrintable(gemv));
  report.insert(QStringLiteral("gemv_kernel"), gemv);
  pressure(QStringLiteral("start"));

  // Bandwidth first: its 768 MB of arrays are freed before the model loads, so they do not
  // count in the model's peak RSS.
  quiet();
  const double triadBefore = BenchSupport::triadBandwidthGBs(threads);
  say("triad bandwidth (%d threads), before: %.1f GB/s\n", threads, triadBefore);
  resetPeakRss();

  // Load.
  ComputeOptions options;
  options.dtype = o.dtype;
  const qint64 rssBefore = ProcessMemory::currentRssBytes();
  QElapsedTimer loadTimer;
  loadTimer.start();
  auto loaded = LoadedModel::load(o.model, options);
  if (!loaded) {
    std::fprintf(stderr, "bench_inference: %s\n", qPrintable(loaded.error()));
    return 1;
  }
  const double loadMs = msSince(loadTimer);
  Qwen2VLModel &model = (*loaded)->model();
  const ModelConfig &config = model.config();
  const qint64 weightBytes = model.weightBytes();
  const qint64 rssAfterLoad = ProcessMemory::currentRssBytes();
  const qint64 peakAfterLoad = ProcessMemory::peakRssBytes();
  say("model: %s (%s storage, %lld parameters), compute %s, %d threads, %d repeats\n", qPrintable(o.model),
      qPrintable((*loaded)->checkpoint().storageDtype()), static_cast<long long>(config.totalParameterCount()),
      qPrintable(ComputeOptions::dtypeName(o.dtype)), threads, o.repeats);
  say("load: %.0f ms; weights %.3f GB; RSS before load %.3f GB, after %.3f GB (peak %.3f GB = %.3f x weights)\n",
      loadMs, weightBytes / kGB, rssBefore / kGB, rssAfterLoad / kGB, peakAfterLoad / kGB,
      double(peakAfterLoad) / weightBytes);

  // First decode steps touch every decoder and head page (mapped weights are read lazily).
  QElapsedTimer warmTimer;
  warmTimer.start();
  if (auto r = model.prefill(randomIds(8, 1)); !r) {
    std::fprintf(stderr, "bench_inference: %s\n", qPrintable(r.error()));
    return 1;
  }
  const double firstPrefillMs = msSince(warmTimer);
  for (int i = 0; i < 2; ++i)
    (void)model.decode(100 + i);
  const qint64 peakAfterWarm = ProcessMemory::peakRssBytes();
  say("warm-up (first 8-token prefill %.0f ms, 2 decodes): peak RSS %.3f GB = %.3f x weights\n", firstPrefillMs,
      peakAfterWarm / kGB, double(peakAfterWarm) / weightBytes);
  report.insert(QStringLiteral("model"), QJsonObject{
                                             {QStringLiteral("directory"), o.model},
                                             {QStringLiteral("storage_dtype"), (*loaded)->checkpoint().storageDtype()},
                                             {QStringLiteral("compute_dtype"), ComputeOptions::dtypeName(o.dtype)},
                                             {QStringLiteral("parameters"), config.totalParameterCount()},
                                             {QStringLiteral("weight_bytes"), weightBytes},
                                         });
  report.insert(QStringLiteral("load"), QJsonObject{
                                            {QStringLiteral("ms"), loadMs},
                                            {QStringLiteral("rss_before_bytes"), rssBefore},
                                            {QStringLiteral("rss_after_bytes"), rssAfterLoad},
                                            {QStringLiteral("peak_rss_after_load_bytes"), peakAfterLoad},
                                            {QStringLiteral("peak_rss_after_warmup_bytes"), peakAfterWarm},
                                            {QStringLiteral("first_prefill_ms"), firstPrefillMs},
                                        });

  // Bytes one decode step must read: every decoder layer, the final norm and the head (the
  // embedding when tied); the vision tower and the embedding lookup (one row) are not read.
  const qint64 elementSize = o.dtype == ComputeDtype::BF16 ? 2 : 4;
  qint64 decodeParams = 0;
  for (const TensorSpec &s : config.tensorSpecs()) {
    if (s.part == TensorSpec::Part::Decoder || s.part == TensorSpec::Part::FinalNorm ||
        s.part == TensorSpec::Part::Head || (s.part == TensorSpec::Part::Embedding && config.text.tieWordEmbeddings))
      decodeParams += s.elementCount();
  }
  const qint64 bytesPerToken = decodeParams * elementSize;
  const qint64 kvBytesPerPosition =
      2LL * config.text.numLayers * config.text.numKeyValueHeads * config.text.headDim * elementSize;
  say("weight bytes per decode token: %.3f GB (decoder layers, final norm, head); KV cache %.1f KB per position\n",
      bytesPerToken / kGB, kvBytesPerPosition / 1e3);

  // Decode at each context. The machine's bandwidth drifts by tens of percent from minute to
  // minute (a shared host), so every repeat is bracketed by its own triad measurement, right
  // before and after its decode steps, and each repeat's share of the bound is computed from its
  // own bandwidth; the figures are the medians over the repeats.
  struct DecodeFigure {
    qint64 context;
    QList<double> prefillMs;
    QList<double> tokenMs;  // per repeat: the median step
    QList<double> triadGBs; // per repeat: mean of the two brackets
    QList<double> readGBs;  // per repeat: read-only bandwidth before the steps
    QList<double> fraction; // per repeat: tokens/s over the triad bound
    QList<QString> pressures;
  };
  QList<DecodeFigure> decodes;
  qint64 peakAfterDecode = ProcessMemory::peakRssBytes();
  // The bandwidth arrays (768 MB) must not count in the model's peak RSS.
  auto bandwidth = [&](double (*measure)(int)) {
    peakAfterDecode = std::max(peakAfterDecode, ProcessMemory::peakRssBytes());
    const double gbs = measure(threads);
    resetPeakRss();
    return gbs;
  };
  for (qint64 context : o.contexts) {
    DecodeFigure f{context, {}, {}, {}, {}, {}, {}};
    for (int r = 0; r < o.repeats; ++r) {
      quiet();
      model.reset();
      const QList<qint64> ids = randomIds(context, quint32(1000 + r));
      QElapsedTimer t;
      t.start();
      if (auto p = model.prefill(ids); !p) {
        std::fprintf(stderr, "bench_inference: %s\n", qPrintable(p.error()));
        return 1;
      }
      f.prefillMs << msSince(t);
      quiet();
      const double read = bandwidth(&readBandwidthGBs);
      const double before = bandwidth(&triadGBs);
      QList<double> steps;
      qint64 token = 42;
      for (int s = 0; s < o.steps; ++s) {
        t.start();
        auto logits = model.decode(token);
        steps << msSince(t);
        if (!logits) {
          std::fprintf(stderr, "bench_inference: %s\n", qPrintable(logits.error()));
          return 1;
        }
        token = 1000 + (token * 7919) % 100000; // any ordinary token: timing does not depend on it
      }
      const double after = bandwidth(&triadGBs);
      const double stepMs = BenchSupport::median(steps);
      f.tokenMs << stepMs;
      f.triadGBs << 0.5 * (before + after);
      f.readGBs << read;
      f.fraction << (1000.0 / stepMs) / (f.triadGBs.last() * kGB / bytesPerToken);
      f.pressures << BenchSupport::cpuPressure();
      say("  context %lld, repeat %d: prefill %.0f ms; decode median %.1f ms/token (min %.1f, max %.1f); triad %.1f / "
          "%.1f GB/s, read %.1f GB/s; %.0f%% of the triad bound; %s\n",
          static_cast<long long>(context), r + 1, f.prefillMs.last(), stepMs,
          *std::min_element(steps.begin(), steps.end()), *std::max_element(steps.begin(), steps.end()), before, after,
          read, 100 * f.fraction.last(), qPrintable(f.pressures.last()));
    }
    decodes << f;
  }
  peakAfterDecode = std::max(peakAfterDecode, ProcessMemory::peakRssBytes());

  QJsonArray decodeJson;
  QList<double> allTriad;
  for (const DecodeFigure &f : decodes) {
    const double tokenMs = BenchSupport::median(f.tokenMs);
    const double tokS = 1000.0 / tokenMs;
    const double prefillMs = BenchSupport::median(f.prefillMs);
    const double triad = BenchSupport::median(f.triadGBs), read = BenchSupport::median(f.readGBs);
    const double fraction = BenchSupport::median(f.fraction);
    const double bound = triad * kGB / bytesPerToken;
    const double kvBound = triad * kGB / (bytesPerToken + kvBytesPerPosition * f.context);
    allTriad += f.triadGBs;
    say("context %lld: decode %.1f ms/token = %.2f tokens/s; bound %.1f GB/s / %.3f GB = %.2f tokens/s; %.0f%% of the "
        "bound (median of the repeats' ratios; %.0f%% counting KV reads; read-only bandwidth %.1f GB/s: %.0f%%); "
        "prefill %lld tokens %.0f ms = %.1f tokens/s\n",
        static_cast<long long>(f.context), tokenMs, tokS, triad, bytesPerToken / kGB, bound, 100 * fraction,
        100 * tokS / kvBound, read, 100 * tokS / (read * kGB / bytesPerToken), static_cast<long long>(f.context),
        prefillMs, f.context * 1000.0 / prefillMs);
    decodeJson.append(QJsonObject{
        {QStringLiteral("context"), f.context},
        {QStringLiteral("steps"), o.steps},
        {QStringLiteral("ms_per_token"), tokenMs},
        {QStringLiteral("ms_per_token_repeats"), toJson(f.tokenMs)},
        {QStringLiteral("tokens_per_second"), tokS},
        {QStringLiteral("triad_gbs"), triad},
        {QStringLiteral("triad_gbs_repeats"), toJson(f.triadGBs)},
        {QStringLiteral("read_gbs"), read},
        {QStringLiteral("bound_tokens_per_second"), bound},
        {QStringLiteral("fraction_of_bound"), fraction},
        {QStringLiteral("fraction_of_bound_repeats"), toJson(f.fraction)},
        {QStringLiteral("fraction_of_bound_with_kv"), tokS / kvBound},
        {QStringLiteral("fraction_of_read_bound"), tokS / (read * kGB / bytesPerToken)},
        {QStringLiteral("prefill_ms"), prefillMs},
        {QStringLiteral("prefill_ms_repeats"), toJson(f.prefillMs)},
        {QStringLiteral("prefill_tokens_per_second"), f.context * 1000.0 / prefillMs},
        {QStringLiteral("cpu_pressure"), QJsonArray::fromStringList(f.pressures)},
    });
  }
  const double triad = allTriad.isEmpty() ? triadBefore : BenchSupport::median(allTriad);
  report.insert(QStringLiteral("bandwidth"), QJsonObject{
                                                 {QStringLiteral("triad_at_start_gbs"), triadBefore},
                                                 {QStringLiteral("triad_gbs"), triad},
                                                 {QStringLiteral("bytes_per_token"), bytesPerToken},
                                                 {QStringLiteral("kv_bytes_per_position"), kvBytesPerPosition},
                                             });
  report.insert(QStringLiteral("decode"), decodeJson);
  pressure(QStringLiteral("after decode"));

  // Time to first token (448x448 image + 20 words) and the vision tower.
  qint64 peakAfterImages = 0;
  if (o.vision) {
    QTemporaryDir tmp;
    const QString picture448 = writePicture(tmp.path(), 448);
    GenerationRequest request;
    request.messages.append(
        {QStringLiteral("user"),
         {ChatPart::makeImage(picture448),
          ChatPart::makeText(QStringLiteral("Describe this picture in detail: the colours, the shapes, the light and "
                                            "anything written on it, please, in two sentences."))}});
    request.sampling.maxNewTokens = 1;
    request.sampling.doSample = false;
    GenerationSession session(*loaded);
    QList<double> ttft, preprocess, vision, prefill;
    GenerationStats last;
    double coldTtft = 0;
    for (int r = -1; r < o.repeats; ++r) { // one cold run first: vision weights are touched then
      quiet();
      session.reset();
      model.reset();
      auto result = session.run(request);
      if (!result) {
        std::fprintf(stderr, "bench_inference: %s\n", qPrintable(result.error()));
        return 1;
      }
      last = result->stats;
      if (r < 0) {
        coldTtft = last.timeToFirstTokenMs;
        continue;
      }
      ttft << last.timeToFirstTokenMs;
      preprocess << last.preprocessMs;
      vision << last.visionMs;
      prefill << last.prefillMs;
    }
    const qint64 peakAfterTtft = ProcessMemory::peakRssBytes();
    say("time to first token, 448x448 image + 20 words (%lld prompt tokens, %lld image): %.0f ms (cold %.0f ms): "
        "preprocess %.0f ms, vision %.0f ms, prefill incl. vision %.0f ms; peak RSS so far %.3f GB = %.3f x weights\n",
        static_cast<long long>(last.promptTokens), static_cast<long long>(last.imageTokens), BenchSupport::median(ttft),
        coldTtft, BenchSupport::median(preprocess), BenchSupport::median(vision), BenchSupport::median(prefill),
        peakAfterTtft / kGB, double(peakAfterTtft) / weightBytes);
    report.insert(QStringLiteral("time_to_first_token"),
                  QJsonObject{{QStringLiteral("ms"), BenchSupport::median(ttft)},
                              {QStringLiteral("ms_repeats"), toJson(ttft)},
                              {QStringLiteral("cold_ms"), coldTtft},
                              {QStringLiteral("preprocess_ms"), BenchSupport::median(preprocess)},
                              {QStringLiteral("vision_ms"), BenchSupport::median(vision)},
                              {QStringLiteral("prefill_ms"), BenchSupport::median(prefill)},
                              {QStringLiteral("prompt_tokens"), last.promptTokens},
                              {QStringLiteral("image_tokens"), last.imageTokens},
                              {QStringLiteral("peak_rss_bytes"), peakAfterTtft}});

    // The vision tower alone, through the model: [vision_start, image_pad x n, vision_end].
    QJsonArray visionJson;
    for (const int sideLength : o.visionSides) {
      const QString path = writePicture(tmp.path(), sideLength);
      auto image = (*loaded)->imagePreprocessor().fromFile(path);
      if (!image) {
        std::fprintf(stderr, "bench_inference: %s\n", qPrintable(image.error()));
        return 1;
      }
      const qint64 tokens = image->tokenCount(config.vision.spatialMergeSize);
      QList<qint64> ids{config.tokens.visionStart};
      for (qint64 i = 0; i < tokens; ++i)
        ids << config.tokens.imagePad;
      ids << config.tokens.visionEnd;
      QList<double> ms, totals;
      for (int r = 0; r < o.repeats; ++r) {
        quiet();
        model.reset();
        QElapsedTimer t;
        t.start();
        if (auto p = model.prefill(ids, {*image}); !p) {
          std::fprintf(stderr, "bench_inference: %s\n", qPrintable(p.error()));
          return 1;
        }
        totals << msSince(t);
        ms << model.lastVisionMs();
      }
      const double visionMs = BenchSupport::median(ms), totalMs = BenchSupport::median(totals);
      const QString side = QFileInfo(path).baseName().section(QLatin1Char('-'), 1);
      say("vision tower %sx%s image (grid %dx%d: %lld patches, %lld tokens): %.0f ms; with the decoder prefill of its "
          "tokens %.0f ms (%.1f tokens/s)\n",
          qPrintable(side), qPrintable(side), image->gridH, image->gridW, static_cast<long long>(image->patchCount()),
          static_cast<long long>(tokens), visionMs, totalMs, (tokens + 2) * 1000.0 / (totalMs - visionMs));
      visionJson.append(
          QJsonObject{{QStringLiteral("side"), side.toInt()},
                      {QStringLiteral("patches"), image->patchCount()},
                      {QStringLiteral("tokens"), tokens},
                      {QStringLiteral("vision_ms"), visionMs},
                      {QStringLiteral("vision_ms_repeats"), toJson(ms)},
                      {QStringLiteral("prefill_total_ms"), totalMs},
                      {QStringLiteral("prefill_tokens_per_second"), (tokens + 2) * 1000.0 / (totalMs - visionMs)}});
    }
    report.insert(QStringLiteral("vision"), visionJson);
    peakAfterImages = ProcessMemory::peakRssBytes();
    pressure(QStringLiteral("after vision"));
  }
  const qint64 peak = std::max(peakAfterDecode, peakAfterImages);
  say("peak RSS: after load %.3f GB, through decoding %.3f GB, through images %.3f GB; worst %.3f x weights "
      "(%.3f GB)\n",
      peakAfterLoad / kGB, peakAfterDecode / kGB, peakAfterImages / kGB, double(peak) / weightBytes, weightBytes / kGB);
  QJsonObject load = report.value(QStringLiteral("load")).toObject();
  load.insert(QStringLiteral("peak_rss_through_decode_bytes"), peakAfterDecode);
  load.insert(QStringLiteral("peak_rss_through_images_bytes"), peakAfterImages);
  load.insert(QStringLiteral("peak_rss_ratio"), double(peak) / weightBytes);
  report.insert(QStringLiteral("load"), load);

  if (o.profile) {
    model.reset();
    QJsonArray profileJson;
    for (qint64 context : o.contexts) {
      quiet();
      auto p = profileDecode((*loaded)->checkpoint(), options, context, o.steps);
      if (!p) {
        std::fprintf(stderr, "bench_inference: profile: %s\n", qPrintable(p.error()));
        return 1;
      }
      say("profile of one decode step at context %lld: %.1f ms (sum of sections %.1f ms)\n",
          static_cast<long long>(context), p->wallMs, p->totalMs);
      QJsonObject sections;
      for (const auto &[name, s] : p->perToken) {
        const double gbs = s.bytes > 0 ? s.bytes / (s.ms / 1e3) / kGB : 0;
        say("  %-26s %7.2f ms %5.1f%%", qPrintable(name), s.ms, 100 * s.ms / p->totalMs);
        if (s.bytes > 0)
          say("  %8.1f MB  %5.1f GB/s = %3.0f%% of triad", s.bytes / 1e6, gbs, 100 * gbs / triad);
        say("\n");
        sections.insert(name, QJsonObject{{QStringLiteral("ms"), s.ms},
                                          {QStringLiteral("bytes"), s.bytes},
                                          {QStringLiteral("gbs"), gbs}});
      }
      profileJson.append(QJsonObject{{QStringLiteral("context"), context},
                                     {QStringLiteral("wall_ms"), p->wallMs},
                                     {QStringLiteral("sum_ms"), p->totalMs},
                                     {QStringLiteral("sections"), sections}});
    }
    report.insert(QStringLiteral("profile"), profileJson);

    const at::ScalarType scalar = o.dtype == ComputeDtype::BF16 ? at::kBFloat16 : at::kFloat;
    say("matrix-vector products (x[1, in] . W[out, in]^T), weight bytes streamed per second:\n");
    QJsonArray gemvJson;
    for (const GemvRow &row : gemvSurvey(config.text, scalar, threads, o.repeats)) {
      say("  %-12s %-22s %d thread(s): %8.3f ms  %5.1f GB/s = %3.0f%% of triad\n", qPrintable(row.shape),
          qPrintable(row.variant), row.threads, row.ms, row.gbs, 100 * row.gbs / triad);
      gemvJson.append(QJsonObject{{QStringLiteral("shape"), row.shape},
                                  {QStringLiteral("variant"), row.variant},
                                  {QStringLiteral("threads"), row.threads},
                                  {QStringLiteral("ms"), row.ms},
                                  {QStringLiteral("gbs"), row.gbs}});
    }
    report.insert(QStringLiteral("gemv"), gemvJson);
  }
  pressure(QStringLiteral("end"));
  if (o.json)
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
  return 0;
}
