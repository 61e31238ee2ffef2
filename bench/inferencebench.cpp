// Inference on a Qwen2-VL checkpoint (a random one of the real 2B shapes is fine: mdi-run
// make-random --shape 2b), on the CPU through our kernels (core/kernels), in the weight formats
// that --dtype resolves to (PrecisionChoice: auto, best, f32, bf16, q8, q4):
//  - load time, and peak RSS after load against the weights' bytes;
//  - decode ms/token and tokens/s at the --context lengths (medians over the steps, then over the
//    repeats), against the memory-bandwidth bound: the bytes a decode step reads (the decoder
//    layers' LinearWeights + the head's) over the triad bandwidth measured in the same run, right
//    before and after each repeat's steps;
//  - LM prefill of --prefill tokens (text only);
//  - the vision tower for a 448x448 image (1024 patches of random pixel values) and the time to
//    first token: one prefill of a --prefill-token prompt holding that image (vision tower +
//    decoder prefill + one head), as a chat turn with a picture runs it;
//  - with --profile (or --profile-only, without the rest), where one decode step's time goes: the
//    decode step re-written with a timer around each operation, on LinearWeights loaded the same
//    way the model loads them, each projection's weight bytes per second against the triad;
//  - with --batch LIST (or --batch-only), batched decoding as a stage runs it: k sequences at
//    --context, one DecoderLayers::forward over all k rows per step (each its own KV cache) plus
//    the final norm and the head over the k rows: ms per step, aggregate tokens/s and the factor
//    against k = 1 (the engine's ceiling for issue 15's goals, without the coordinator).
// --threads sizes the kernels' pool; ATen (attention, norms, rope) runs on one thread as in the
// engine (ComputeEnvironment::setThreadCount), and --aten-threads sets
// ATen's alone, to see whether its OpenMP threads contend with the pool. --isa forces a kernel
// variant (e.g. avx2 on an AVX-512 machine).
// --json prints one object with every figure, the CPU's features and the kernels' variant (for
// docs/BENCHMARKS.md). bench_kernels measures the kernels alone, shape by shape.
#include "benchsupport.h"
#include "engine/computeenvironment.h"
#include "engine/precisionchoice.h"
#include "kernels/cpufeatures.h"
#include "kernels/kernelisa.h"
#include "kernels/threadpool.h"
#include "kernels/weightformat.h"
#include "model/checkpoint.h"
#include "model/decoderlayers.h"
#include "model/kvcache.h"
#include "model/linearweight.h"
#include "model/mrope.h"
#include "model/preprocessedimage.h"
#include "model/qwen2vlmodel.h"
#include "model/tensorfactory.h"
#include "reference/loadedmodel.h"
#include "util/processmemory.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
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

QList<qint64> randomIds(qint64 n, quint32 seed, qint64 vocab) {
  // Ordinary vocabulary only: special tokens (>= 151643) would change what the model does.
  std::mt19937 rng(seed);
  std::uniform_int_distribution<qint64> pick(0, std::min<qint64>(150000, vocab - 1));
  QList<qint64> ids;
  for (qint64 i = 0; i < n; ++i)
    ids << pick(rng);
  return ids;
}

// A side x side picture as the vision tower sees it: random pixel values (normalized pixels are
// about unit scale) of a (side / 14)^2-patch grid; side is rounded to whole merge windows (28 px).
PreprocessedImage randomImage(const VisionConfig &v, int side, quint32 seed) {
  const int window = v.patchSize * v.spatialMergeSize;
  side = std::max(window, (side + window / 2) / window * window);
  PreprocessedImage image;
  image.gridT = 1;
  image.gridH = image.gridW = side / v.patchSize;
  image.width = image.height = side;
  image.pixelValues.resize(size_t(image.patchCount() * v.patchInputSize));
  std::mt19937 rng(seed);
  std::normal_distribution<float> value(0.0f, 1.0f);
  for (float &p : image.pixelValues)
    p = value(rng);
  return image;
}

// A prompt of `total` tokens (at least the image's) with the image in it, as a chat turn puts
// it: some text, <|vision_start|>, one <|image_pad|> per merged patch, <|vision_end|>, the rest
// of the text.
QList<qint64> imagePrompt(const ModelConfig &config, const PreprocessedImage &image, qint64 total, quint32 seed) {
  const qint64 imageTokens = image.tokenCount(config.vision.spatialMergeSize);
  const qint64 text = std::max<qint64>(0, total - imageTokens - 2);
  const QList<qint64> words = randomIds(text, seed, config.text.vocabSize);
  const qint64 before = std::min<qint64>(text, 14); // the chat template's system turn and "user\n"
  QList<qint64> ids = words.mid(0, before);
  ids << config.tokens.visionStart;
  for (qint64 i = 0; i < imageTokens; ++i)
    ids << config.tokens.imagePad;
  ids << config.tokens.visionEnd;
  ids += words.mid(before);
  return ids;
}

QJsonArray toJson(const QList<double> &values) {
  QJsonArray a;
  for (double v : values)
    a.append(v);
  return a;
}

double minOf(const QList<double> &v) {
  return v.isEmpty() ? 0 : *std::min_element(v.begin(), v.end());
}

double maxOf(const QList<double> &v) {
  return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

// The bytes one decode step reads from its weights: every linear layer of every decoder layer in
// the decoder's format and the head (the embedding matrix when tied) in the head's format, as
// LinearWeight packs them; the norms and biases (float32 on the CPU) on their own, a small extra
// that the bound leaves out. The vision tower and the embedding lookup (one row) are not read.
struct DecodeBytes {
  qint64 decoderLinear = 0;
  qint64 head = 0;
  qint64 normsAndBiases = 0;
  qint64 bound() const { return decoderLinear + head; }
};

DecodeBytes decodeBytes(const ModelConfig &config, const ComputeOptions &options) {
  DecodeBytes b;
  const kernels::WeightFormat decoder = TensorFactory::weightFormat(options.dtype),
                              head = TensorFactory::weightFormat(options.headFormat());
  for (const TensorSpec &s : config.tensorSpecs()) {
    if (s.part == TensorSpec::Part::Decoder && s.shape.size() == 2)
      b.decoderLinear += kernels::packedBytes(decoder, s.shape[0], s.shape[1]);
    else if (s.part == TensorSpec::Part::Decoder || s.part == TensorSpec::Part::FinalNorm)
      b.normsAndBiases += s.elementCount() * qint64(sizeof(float));
  }
  b.head = kernels::packedBytes(head, config.text.vocabSize, config.text.hiddenSize);
  return b;
}

struct Options {
  QString model;
  QString dtype = QStringLiteral("auto");
  std::optional<ComputeDtype> visionDtype;
  std::optional<kernels::Isa> isa;
  int threads = 2;
  int repeats = 3;
  int steps = 32;
  QList<qint64> contexts{301};
  qint64 prefill = 301;
  int atenThreads = 0; // 0: threads
  bool profile = false;
  bool profileOnly = false;
  QList<qint64> batches;
  bool batchOnly = false;
  bool vision = true;
  QList<int> visionSides{448};
  bool json = false;
  double quietBelow = 0;
  int quietWait = 300;
};

// ---------------------------------------------------------------------------------------------
// Profile: Qwen2VLModel::decode re-written with a timer around each operation: the embedding
// row, DecoderLayers::forward and layerForward for n = 1, LmHead::logits and the copy of the
// logits. It loads the same tensors in the same formats through TensorFactory (LinearWeights
// packed for the kernels, zero-copy where the format is the file's) and calls the same
// operations, so its wall time should match the model's decode at the same context.

struct Section {
  QString name;
  double ms = 0;
  qint64 bytes = 0;    // weight bytes the section reads per token
  bool linear = false; // a LinearWeight::forward
};

// Sections in the order a step first meets them, summed over one step.
class SectionTimer {
public:
  explicit SectionTimer(std::vector<Section> &sections) : m_sections(sections) {}
  template <typename F> auto operator()(const QString &name, qint64 bytes, bool linear, F &&fn) {
    QElapsedTimer t;
    t.start();
    auto out = fn();
    add(name, msSince(t), bytes, linear);
    return out;
  }

private:
  void add(const QString &name, double ms, qint64 bytes, bool linear) {
    auto it = std::find_if(m_sections.begin(), m_sections.end(), [&](const Section &s) { return s.name == name; });
    if (it == m_sections.end())
      it = m_sections.insert(m_sections.end(), Section{name, 0, 0, linear});
    it->ms += ms;
    it->bytes += bytes;
  }

  std::vector<Section> &m_sections;
};

qint64 bytesOf(const at::Tensor &t) {
  return t.defined() ? qint64(t.numel()) * qint64(t.element_size()) : 0;
}

struct ProfileResult {
  qint64 context = 0;
  std::vector<Section> perToken; // medians over the steps, per token
  double sumMs = 0;              // sum of the sections' medians
  double wallMs = 0;             // median of the whole step
};

struct Profile {
  double loadMs = 0;
  qint64 linearBytes = 0; // the LinearWeights' bytes per token (what the bound counts)
  QList<ProfileResult> contexts;
};

Expected<Profile> profileDecode(const Checkpoint &checkpoint, const ComputeOptions &options,
                                const QList<qint64> &contexts, int steps) {
  const TextConfig &c = checkpoint.config().text;
  Expected<TensorFactory> factory = TensorFactory::create(options);
  if (!factory)
    return makeError(factory.error());
  struct Layer {
    at::Tensor inputNorm, qBias, kBias, vBias, postNorm;
    LinearWeight q, k, v, o, gate, up, down;
  };
  const qint64 H = c.hiddenSize, I = c.intermediateSize, hd = c.headDim;
  const qint64 heads = c.numHeads, kvHeads = c.numKeyValueHeads, groups = heads / kvHeads;
  const qint64 qOut = heads * hd, kvOut = kvHeads * hd;
  const ComputeDtype f = options.dtype, hf = options.headFormat();
  QElapsedTimer loadTimer;
  loadTimer.start();
  TensorFactory::Loader get(*factory, checkpoint);
  std::vector<Layer> layers;
  for (int i = 0; i < c.numLayers; ++i) {
    const QString p = QStringLiteral("model.layers.%1.").arg(i);
    Layer w;
    w.inputNorm = get(p + QStringLiteral("input_layernorm.weight"), {H});
    w.q = get.linear(p + QStringLiteral("self_attn.q_proj.weight"), {qOut, H}, f);
    w.qBias = get(p + QStringLiteral("self_attn.q_proj.bias"), {qOut});
    w.k = get.linear(p + QStringLiteral("self_attn.k_proj.weight"), {kvOut, H}, f);
    w.kBias = get(p + QStringLiteral("self_attn.k_proj.bias"), {kvOut});
    w.v = get.linear(p + QStringLiteral("self_attn.v_proj.weight"), {kvOut, H}, f);
    w.vBias = get(p + QStringLiteral("self_attn.v_proj.bias"), {kvOut});
    w.o = get.linear(p + QStringLiteral("self_attn.o_proj.weight"), {H, qOut}, f);
    w.postNorm = get(p + QStringLiteral("post_attention_layernorm.weight"), {H});
    w.gate = get.linear(p + QStringLiteral("mlp.gate_proj.weight"), {I, H}, f);
    w.up = get.linear(p + QStringLiteral("mlp.up_proj.weight"), {I, H}, f);
    w.down = get.linear(p + QStringLiteral("mlp.down_proj.weight"), {H, I}, f);
    layers.push_back(std::move(w));
  }
  const at::Tensor finalNorm = get(QStringLiteral("model.norm.weight"), {H});
  const LinearWeight head =
      get.linear(c.tieWordEmbeddings ? QStringLiteral("model.embed_tokens.weight") : QStringLiteral("lm_head.weight"),
                 {c.vocabSize, H}, hf);
  const LinearWeight embedding =
      c.tieWordEmbeddings ? head : get.linear(QStringLiteral("model.embed_tokens.weight"), {c.vocabSize, H}, hf);
  if (Status s = get.status(); !s)
    return makeError(s.error());
  Profile profile;
  profile.loadMs = msSince(loadTimer);
  profile.linearBytes = head.bytes();
  for (const Layer &w : layers)
    profile.linearBytes +=
        w.q.bytes() + w.k.bytes() + w.v.bytes() + w.o.bytes() + w.gate.bytes() + w.up.bytes() + w.down.bytes();

  try {
    const at::TensorOptions to = factory->tensorOptions();
    const Mrope rope(c);
    const double eps = c.rmsNormEps;
    const double scale = std::sqrt(double(hd));
    for (const qint64 context : contexts) {
      KvCache cache(c.numLayers, kvHeads, hd, to, options.kvChunk);
      cache.reserve(context + steps + 2);
      // The cached prefix: random keys and values of the right scale.
      for (int l = 0; l < c.numLayers; ++l)
        cache.store(l, 0, at::randn({kvHeads, context, hd}, to), at::randn({kvHeads, context, hd}, to));
      cache.setLength(context);

      // Per step the sections' sums; the result takes each section's median over the steps, so a
      // step the scheduler interrupted (the machine is shared) does not skew it.
      std::vector<Section> sections;
      std::vector<QList<double>> stepMs;
      SectionTimer time(sections);
      QList<double> wall;
      qint64 token = 42;
      for (int step = -2; step < steps; ++step) { // two warm-up steps
        sections.clear();
        QElapsedTimer stepTimer;
        stepTimer.start();
        const at::Tensor embedded = time(QStringLiteral("embedding row"), 0, false,
                                         [&] { return embedding.rows(at::tensor({int64_t(token)}, at::kLong)); });
        const qint64 start = cache.length();
        const Mrope::Tables rotary = time(QStringLiteral("rope tables"), 0, false, [&] {
          return rope.tables(PositionIds::uniform(start, 1), factory->device());
        });
        at::Tensor x = embedded.to(to.device(), to.dtype().toScalarType());
        for (int l = 0; l < c.numLayers; ++l) {
          const Layer &w = layers[size_t(l)];
          const at::Tensor h = time(QStringLiteral("rmsnorm"), bytesOf(w.inputNorm), false,
                                    [&] { return DecoderLayers::rmsNorm(x, w.inputNorm, eps); });
          const at::Tensor q = time(QStringLiteral("q linear"), w.q.bytes() + bytesOf(w.qBias), true,
                                    [&] { return w.q.forward(h, w.qBias); });
          const at::Tensor k = time(QStringLiteral("k linear"), w.k.bytes() + bytesOf(w.kBias), true,
                                    [&] { return w.k.forward(h, w.kBias); });
          const at::Tensor v = time(QStringLiteral("v linear"), w.v.bytes() + bytesOf(w.vBias), true,
                                    [&] { return w.v.forward(h, w.vBias); });
          const at::Tensor qr = time(QStringLiteral("rope"), 0, false, [&] {
            return Mrope::apply(q.view({1, heads, hd}).transpose(0, 1), rotary);
          });
          const at::Tensor kr = time(QStringLiteral("rope"), 0, false, [&] {
            return Mrope::apply(k.view({1, kvHeads, hd}).transpose(0, 1), rotary);
          });
          time(QStringLiteral("kv store"), 0, false, [&] {
            cache.store(l, start, kr, v.view({1, kvHeads, hd}).transpose(0, 1));
            return at::Tensor();
          });
          const qint64 length = start + 1;
          const at::Tensor keys = cache.keys(l, length), values = cache.values(l, length);
          const at::Tensor attended1 = time(QStringLiteral("attention"), 0, false, [&] {
            at::Tensor scores = at::bmm(qr.reshape({kvHeads, groups, hd}), keys.transpose(1, 2));
            scores.div_(scale);
            return at::bmm(at::softmax(scores, -1, at::kFloat).to(qr.scalar_type()), values);
          });
          const at::Tensor attention = attended1.view({heads, 1, hd}).transpose(0, 1).reshape({1, heads * hd});
          const at::Tensor o =
              time(QStringLiteral("o linear"), w.o.bytes(), true, [&] { return w.o.forward(attention); });
          const at::Tensor attended = time(QStringLiteral("residual adds"), 0, false, [&] { return x + o; });
          const at::Tensor h2 = time(QStringLiteral("rmsnorm"), bytesOf(w.postNorm), false,
                                     [&] { return DecoderLayers::rmsNorm(attended, w.postNorm, eps); });
          const at::Tensor gate =
              time(QStringLiteral("gate linear"), w.gate.bytes(), true, [&] { return w.gate.forward(h2); });
          const at::Tensor up = time(QStringLiteral("up linear"), w.up.bytes(), true, [&] { return w.up.forward(h2); });
          const at::Tensor act = time(QStringLiteral("silu * up"), 0, false, [&] { return at::silu(gate) * up; });
          const at::Tensor down =
              time(QStringLiteral("down linear"), w.down.bytes(), true, [&] { return w.down.forward(act); });
          x = time(QStringLiteral("residual adds"), 0, false, [&] { return attended + down; });
        }
        cache.setLength(start + 1);
        const at::Tensor normed = time(QStringLiteral("rmsnorm"), bytesOf(finalNorm), false,
                                       [&] { return DecoderLayers::rmsNorm(x, finalNorm, eps); });
        const at::Tensor logits = time(QStringLiteral("head linear"), head.bytes(), true,
                                       [&] { return head.forward(normed).to(at::kFloat)[0]; });
        const std::vector<float> out = time(QStringLiteral("logits to vector"), 0, false, [&] {
          const at::Tensor cpu = logits.to(at::kCPU, at::kFloat).contiguous();
          std::vector<float> values(size_t(cpu.numel()));
          std::memcpy(values.data(), cpu.data_ptr<float>(), values.size() * sizeof(float));
          return values;
        });
        volatile float sink = out.front();
        Q_UNUSED(sink);
        token = 1000 + (token * 7919) % 100000; // as the decode figures step through tokens
        if (step < 0)
          continue;
        wall << msSince(stepTimer);
        stepMs.resize(sections.size());
        for (size_t i = 0; i < sections.size(); ++i)
          stepMs[i] << sections[i].ms;
      }
      ProfileResult result;
      result.context = context;
      for (size_t i = 0; i < sections.size(); ++i) {
        Section s = sections[i];
        s.ms = BenchSupport::median(stepMs[i]);
        result.sumMs += s.ms;
        result.perToken.push_back(s);
      }
      result.wallMs = BenchSupport::median(wall);
      profile.contexts << result;
    }
  } catch (const c10::Error &e) {
    return makeError(QString::fromStdString(e.what_without_backtrace()));
  }
  return profile;
}

// Batched decoding at one stage holding every layer: per k, k KV caches of `context` random
// positions; each step runs the k rows through DecoderLayers::forward with one segment per
// sequence, then the final norm and the head over the k rows, as Stage::forward(batch) and the
// coordinator's head do. Returns the median step time per k.
struct BatchResult {
  qint64 k = 0;
  double stepMs = 0;
};

Expected<QList<BatchResult>> batchDecode(const Checkpoint &checkpoint, const ComputeOptions &options,
                                         const QList<qint64> &batches, qint64 context, int steps) {
  const TextConfig &c = checkpoint.config().text;
  Expected<TensorFactory> factory = TensorFactory::create(options);
  if (!factory)
    return makeError(factory.error());
  Expected<DecoderLayers> layers = DecoderLayers::load(checkpoint, *factory, 0, c.numLayers);
  if (!layers)
    return makeError(layers.error());
  TensorFactory::Loader get(*factory, checkpoint);
  const at::Tensor finalNorm = get(QStringLiteral("model.norm.weight"), {c.hiddenSize});
  const LinearWeight head =
      get.linear(c.tieWordEmbeddings ? QStringLiteral("model.embed_tokens.weight") : QStringLiteral("lm_head.weight"),
                 {c.vocabSize, c.hiddenSize}, options.headFormat());
  if (Status s = get.status(); !s)
    return makeError(s.error());
  QList<BatchResult> results;
  try {
    const at::TensorOptions to = factory->tensorOptions();
    for (const qint64 k : batches) {
      std::vector<KvCache> caches;
      for (qint64 i = 0; i < k; ++i) {
        caches.push_back(layers->createCache(options.kvChunk));
        KvCache &cache = caches.back();
        cache.reserve(context + steps + 2);
        for (int l = 0; l < c.numLayers; ++l)
          cache.store(l, 0, at::randn({c.numKeyValueHeads, context, c.headDim}, to),
                      at::randn({c.numKeyValueHeads, context, c.headDim}, to));
        cache.setLength(context);
      }
      QList<double> stepMs;
      for (int step = -2; step < steps; ++step) { // two warm-up steps
        std::vector<DecoderLayers::Segment> segments;
        PositionIds ids;
        for (KvCache &cache : caches) {
          segments.push_back(DecoderLayers::Segment{1, &cache});
          ids = ids + PositionIds::uniform(cache.length(), 1);
        }
        const at::Tensor hidden = at::randn({k, c.hiddenSize}, to);
        QElapsedTimer t;
        t.start();
        const Mrope::Tables rotary = layers->rope().tables(ids, to.device());
        const at::Tensor out = layers->forward(hidden, rotary, segments);
        const at::Tensor logits = head.forward(DecoderLayers::rmsNorm(out, finalNorm, c.rmsNormEps)).to(at::kFloat);
        volatile float sink = logits.data_ptr<float>()[0];
        Q_UNUSED(sink);
        if (step >= 0)
          stepMs << msSince(t);
      }
      results << BatchResult{k, BenchSupport::median(stepMs)};
    }
  } catch (const c10::Error &e) {
    return makeError(QString::fromStdString(e.what_without_backtrace()));
  }
  return results;
}

std::optional<kernels::Isa> isaByName(const QString &name) {
  for (int k = 0; k < kernels::kIsaCount; ++k)
    if (name.compare(QLatin1String(kernels::isaName(kernels::Isa(k))), Qt::CaseInsensitive) == 0)
      return kernels::Isa(k);
  return std::nullopt;
}

QString supportedIsas() {
  QStringList names;
  for (int k = 0; k < kernels::kIsaCount; ++k)
    if (kernels::isaSupported(kernels::Isa(k)))
      names << QLatin1String(kernels::isaName(kernels::Isa(k)));
  return names.join(QLatin1String(", "));
}

QList<qint64> parseList(const QString &text, qint64 minimum) {
  QList<qint64> values;
  for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (part.trimmed().toLongLong() >= minimum)
      values << part.trimmed().toLongLong();
  return values;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("bench_inference"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Load time and peak RSS, decode tokens/s against the memory-bandwidth bound, prefill, vision tower and time "
      "to first token on a Qwen2-VL checkpoint, on the CPU kernels (make a checkpoint with: mdi-run make-random "
      "--shape 2b --tokenizer-from DIR --out DIR)."));
  parser.addHelpOption();
  const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Checkpoint folder."),
                                    QStringLiteral("DIR"));
  const QCommandLineOption dtypeOpt(
      QStringLiteral("dtype"),
      QStringLiteral("Precision: %1 (default auto), resolved against the checkpoint's storage dtype.")
          .arg(PrecisionChoice::names().join(QLatin1Char('|'))),
      QStringLiteral("DTYPE"));
  const QCommandLineOption visionDtypeOpt(QStringLiteral("vision-dtype"),
                                          QStringLiteral("The vision tower's weight format: f32|bf16|q8|q4 "
                                                         "(default: what --dtype resolves to)."),
                                          QStringLiteral("DTYPE"));
  const QCommandLineOption threadsOpt(
      QStringLiteral("threads"), QStringLiteral("Compute threads: the kernels' thread pool and ATen's (default 2)."),
      QStringLiteral("N"));
  const QCommandLineOption isaOpt(
      QStringLiteral("isa"),
      QStringLiteral("Force the kernels' variant (e.g. avx2 on an AVX-512 machine): %1.").arg(supportedIsas()),
      QStringLiteral("NAME"));
  const QCommandLineOption repeatsOpt(QStringLiteral("repeats"), QStringLiteral("Repeats per figure (default 3)."),
                                      QStringLiteral("R"));
  const QCommandLineOption stepsOpt(QStringLiteral("steps"), QStringLiteral("Decode steps per repeat (default 32)."),
                                    QStringLiteral("N"));
  const QCommandLineOption contextOpt(QStringLiteral("context"),
                                      QStringLiteral("Context length(s) for decoding, comma-separated (default 301)."),
                                      QStringLiteral("LIST"));
  const QCommandLineOption contextsOpt(QStringLiteral("contexts"), QStringLiteral("Same as --context."),
                                       QStringLiteral("LIST"));
  const QCommandLineOption prefillOpt(
      QStringLiteral("prefill"),
      QStringLiteral("Prompt tokens for the prefill and time-to-first-token figures (default 301; 0 skips the "
                     "text-only prefill)."),
      QStringLiteral("N"));
  const QCommandLineOption atenThreadsOpt(
      QStringLiteral("aten-threads"),
      QStringLiteral("ATen's threads alone (attention, norms, rope: OpenMP), to see whether they contend with the "
                     "kernel pool (default 1, as the engine sets it)."),
      QStringLiteral("N"));
  const QCommandLineOption profileOnlyOpt(
      QStringLiteral("profile-only"),
      QStringLiteral("Only the --profile section (loads the decoder and head weights, not the model)."));
  const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                      QStringLiteral("Also time each operation of one decode step (at each context)."));
  const QCommandLineOption noVisionOpt(QStringLiteral("no-vision"),
                                       QStringLiteral("Skip the vision tower and time to first token."));
  const QCommandLineOption visionSidesOpt(
      QStringLiteral("vision-sides"),
      QStringLiteral("Square image sizes for the vision tower (default 448; 448 is always measured, in the time to "
                     "first token)."),
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
  const QCommandLineOption batchOpt(
      QStringLiteral("batch"),
      QStringLiteral("Also time batched decoding of k sequences per step at the first --context, for each k in LIST "
                     "(e.g. 1,2,4,8,16)."),
      QStringLiteral("LIST"));
  const QCommandLineOption batchOnlyOpt(QStringLiteral("batch-only"),
                                        QStringLiteral("Only the --batch section (default LIST 1,2,4,8,16)."));
  parser.addOptions({batchOpt,    batchOnlyOpt,   modelOpt,   dtypeOpt,       visionDtypeOpt,
                     threadsOpt,  isaOpt,         repeatsOpt, stepsOpt,       contextOpt,
                     contextsOpt, prefillOpt,     profileOpt, profileOnlyOpt, atenThreadsOpt,
                     noVisionOpt, visionSidesOpt, quietOpt,   quietWaitOpt,   jsonOpt});
  parser.process(app);

  auto fail = [](const QString &message, int code = 1) {
    std::fprintf(stderr, "bench_inference: %s\n", qPrintable(message));
    return code;
  };
  Options o;
  o.model = parser.value(modelOpt);
  if (o.model.isEmpty())
    return fail(QStringLiteral("--model DIR is required (see --help)"), 2);
  if (parser.isSet(dtypeOpt))
    o.dtype = parser.value(dtypeOpt).toLower();
  if (!PrecisionChoice::isValidName(o.dtype))
    return fail(QStringLiteral("--dtype must be one of %1, not '%2'")
                    .arg(PrecisionChoice::names().join(QLatin1String(", ")), parser.value(dtypeOpt)),
                2);
  if (parser.isSet(visionDtypeOpt)) {
    o.visionDtype = ComputeOptions::parseDtype(parser.value(visionDtypeOpt));
    if (!o.visionDtype)
      return fail(
          QStringLiteral("--vision-dtype must be f32, bf16, q8 or q4, not '%1'").arg(parser.value(visionDtypeOpt)), 2);
  }
  if (parser.isSet(isaOpt)) {
    o.isa = isaByName(parser.value(isaOpt));
    if (!o.isa)
      return fail(QStringLiteral("--isa %1 is not a kernel variant; this machine supports: %2")
                      .arg(parser.value(isaOpt), supportedIsas()),
                  2);
    if (!kernels::isaSupported(*o.isa))
      return fail(QStringLiteral("--isa %1 is not supported on this machine; it supports: %2")
                      .arg(parser.value(isaOpt), supportedIsas()),
                  2);
  }
  if (parser.isSet(threadsOpt))
    o.threads = parser.value(threadsOpt).toInt();
  if (o.threads < 1)
    return fail(QStringLiteral("--threads must be at least 1"), 2);
  o.repeats = std::max(1, parser.isSet(repeatsOpt) ? parser.value(repeatsOpt).toInt() : 3);
  o.steps = std::max(1, parser.isSet(stepsOpt) ? parser.value(stepsOpt).toInt() : 32);
  for (const QCommandLineOption &opt : {contextsOpt, contextOpt})
    if (parser.isSet(opt))
      o.contexts = parseList(parser.value(opt), 1);
  if (parser.isSet(prefillOpt))
    o.prefill = std::max<qint64>(0, parser.value(prefillOpt).toLongLong());
  if (parser.isSet(atenThreadsOpt)) {
    o.atenThreads = parser.value(atenThreadsOpt).toInt();
    if (o.atenThreads < 1)
      return fail(QStringLiteral("--aten-threads must be at least 1"), 2);
  }
  o.profileOnly = parser.isSet(profileOnlyOpt);
  o.profile = parser.isSet(profileOpt) || o.profileOnly;
  o.vision = !parser.isSet(noVisionOpt);
  if (parser.isSet(visionSidesOpt)) {
    o.visionSides = {448};
    for (qint64 side : parseList(parser.value(visionSidesOpt), 28))
      if (!o.visionSides.contains(int(side)))
        o.visionSides << int(side);
  }
  o.json = parser.isSet(jsonOpt);
  o.batchOnly = parser.isSet(batchOnlyOpt);
  if (parser.isSet(batchOpt))
    o.batches = parseList(parser.value(batchOpt), 1);
  else if (o.batchOnly)
    o.batches = {1, 2, 4, 8, 16};
  o.quietBelow = parser.value(quietOpt).toDouble();
  if (parser.isSet(quietWaitOpt))
    o.quietWait = parser.value(quietWaitOpt).toInt();
  const auto quiet = [&o] { waitForQuiet(o.quietBelow, o.quietWait); };

  // Everything computes on this thread: its kernel pool and ATen's intra-op pool.
  const int threads = o.threads;
  // As the engine does (ComputeEnvironment::setThreadCount): ATen on one thread unless asked.
  const int atenThreads = o.atenThreads > 0 ? o.atenThreads : 1;
  at::set_num_threads(atenThreads);
  kernels::ThreadPool::setCurrentThreads(threads);
  if (o.isa)
    kernels::setIsaOverride(*o.isa);
  const QString isa = QString::fromLatin1(kernels::isaName(kernels::bestIsa()));
  const QString cpuFeatures = QString::fromStdString(kernels::CpuFeatures::host().describe());

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
  const QString date = QDateTime::currentDateTime().toString(Qt::ISODate);
  say("machine: %s\ndate: %s\n", qPrintable(machine), qPrintable(date));
  say("cpu features: %s; kernels: %s%s; threads: kernel pool %d, ATen %d; %d repeat(s) of %d decode steps\n",
      qPrintable(cpuFeatures), qPrintable(isa), o.isa ? " (forced by --isa)" : "", threads, atenThreads, o.repeats,
      o.steps);
  report.insert(QStringLiteral("machine"), machine);
  report.insert(QStringLiteral("date"), date);
  report.insert(QStringLiteral("cpu_features"), cpuFeatures);
  report.insert(QStringLiteral("isa"), isa);
  report.insert(QStringLiteral("isa_forced"), bool(o.isa));
  report.insert(QStringLiteral("threads"), threads);
  report.insert(QStringLiteral("aten_threads"), atenThreads);
  report.insert(QStringLiteral("repeats"), o.repeats);
  report.insert(QStringLiteral("steps"), o.steps);
  report.insert(QStringLiteral("torch"), ComputeEnvironment::torchVersion());
  pressure(QStringLiteral("start"));

  // Bandwidth first: its 768 MB of arrays are freed before the model loads, so they do not
  // count in the model's peak RSS.
  quiet();
  const double triadBefore = BenchSupport::triadBandwidthGBs(threads);
  say("triad bandwidth (%d threads), before load: %.1f GB/s\n", threads, triadBefore);
  resetPeakRss();

  // The precision, resolved against what the checkpoint stores (opening it reads headers only).
  Expected<Checkpoint> checkpoint = Checkpoint::open(o.model);
  if (!checkpoint)
    return fail(checkpoint.error());
  const ModelConfig config = checkpoint->config();
  ComputeOptions options;
  const PrecisionChoice choice = PrecisionChoice::resolve(o.dtype, checkpoint->storageDtype(), options.device);
  choice.applyTo(options);
  if (o.visionDtype)
    options.visionDtype = *o.visionDtype;
  const QString textName = ComputeOptions::dtypeName(options.dtype);
  const QString visionName = ComputeOptions::dtypeName(options.visionFormat());
  const QString headName = ComputeOptions::dtypeName(options.headFormat());
  say("precision: --dtype %s -> decoder %s, head %s, vision %s%s: %s\n", qPrintable(choice.requested),
      qPrintable(textName), qPrintable(headName), qPrintable(visionName), o.visionDtype ? " (--vision-dtype)" : "",
      qPrintable(choice.reason));
  report.insert(QStringLiteral("precision"), QJsonObject{
                                                 {QStringLiteral("requested"), choice.requested},
                                                 {QStringLiteral("text"), textName},
                                                 {QStringLiteral("head"), headName},
                                                 {QStringLiteral("vision"), visionName},
                                                 {QStringLiteral("vision_forced"), bool(o.visionDtype)},
                                                 {QStringLiteral("summary"), choice.summary()},
                                                 {QStringLiteral("reason"), choice.reason},
                                             });

  const DecodeBytes bytes = decodeBytes(config, options);
  const qint64 bytesPerToken = bytes.bound();
  // The KV cache holds the activation dtype: float32 on the CPU.
  const qint64 kvBytesPerPosition =
      2LL * config.text.numLayers * config.text.numKeyValueHeads * config.text.headDim * qint64(sizeof(float));
  say("weight bytes per decode token: %.1f MB = decoder layers %.1f MB (%s) + head %.1f MB (%s); norms and biases "
      "%.2f MB more; KV cache %.1f KB per position\n",
      bytesPerToken / 1e6, bytes.decoderLinear / 1e6, qPrintable(textName), bytes.head / 1e6, qPrintable(headName),
      bytes.normsAndBiases / 1e6, kvBytesPerPosition / 1e3);

  // Where one decode step's time goes (--profile, --profile-only); modelDecodeMs: the model's
  // decode at each context, when measured. Returns 0, or the exit code after an error.
  auto profileSection = [&](const QList<double> &modelDecodeMs) -> int {
    quiet();
    const double profileTriad = triadGBs(threads);
    auto p = profileDecode(*checkpoint, options, o.contexts, o.steps);
    if (!p)
      return fail(QStringLiteral("profile: %1").arg(p.error()));
    if (p->linearBytes != bytesPerToken)
      say("warning: the profile's LinearWeights hold %lld bytes; the bound counts %lld\n",
          static_cast<long long>(p->linearBytes), static_cast<long long>(bytesPerToken));
    say("profile (decoder and head weights loaded in %.0f ms; triad now %.1f GB/s):\n", p->loadMs, profileTriad);
    QJsonArray profileJson;
    for (qsizetype i = 0; i < p->contexts.size(); ++i) {
      const ProfileResult &r = p->contexts[i];
      say("one decode step at context %lld: %.2f ms (sum of the sections' medians %.2f ms",
          static_cast<long long>(r.context), r.wallMs, r.sumMs);
      if (i < modelDecodeMs.size())
        say("; the model's decode %.2f ms", modelDecodeMs[i]);
      say(")\n");
      QJsonArray sections;
      double linearMs = 0;
      qint64 linearBytes = 0;
      for (const Section &s : r.perToken) {
        const double gbs = s.bytes > 0 && s.ms > 0 ? s.bytes / (s.ms / 1e3) / kGB : 0;
        say("  %-18s %8.3f ms %5.1f%%", qPrintable(s.name), s.ms, 100 * s.ms / r.sumMs);
        if (s.linear)
          say("  %8.1f MB  %5.1f GB/s = %3.0f%% of triad", s.bytes / 1e6, gbs, 100 * gbs / profileTriad);
        say("\n");
        if (s.linear) {
          linearMs += s.ms;
          linearBytes += s.bytes;
        }
        sections.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("ms"), s.ms},
                                    {QStringLiteral("bytes"), s.bytes},
                                    {QStringLiteral("gbs"), gbs},
                                    {QStringLiteral("linear"), s.linear}});
      }
      const double linearGbs = linearMs > 0 ? linearBytes / (linearMs / 1e3) / kGB : 0;
      say("  %-18s %8.3f ms %5.1f%%  %8.1f MB  %5.1f GB/s = %3.0f%% of triad\n", "all linears", linearMs,
          100 * linearMs / r.sumMs, linearBytes / 1e6, linearGbs, 100 * linearGbs / profileTriad);
      QJsonObject entry{{QStringLiteral("context"), r.context},        {QStringLiteral("wall_ms"), r.wallMs},
                        {QStringLiteral("sum_ms"), r.sumMs},           {QStringLiteral("linear_ms"), linearMs},
                        {QStringLiteral("linear_bytes"), linearBytes}, {QStringLiteral("linear_gbs"), linearGbs},
                        {QStringLiteral("triad_gbs"), profileTriad},   {QStringLiteral("load_ms"), p->loadMs},
                        {QStringLiteral("sections"), sections}};
      if (i < modelDecodeMs.size())
        entry.insert(QStringLiteral("model_decode_ms"), modelDecodeMs[i]);
      profileJson.append(entry);
    }
    report.insert(QStringLiteral("profile"), profileJson);
    return 0;
  };
  auto finish = [&] {
    pressure(QStringLiteral("end"));
    if (o.json)
      std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
  };
  // Batched decoding (--batch, --batch-only).
  auto batchSection = [&]() -> int {
    quiet();
    const qint64 context = o.contexts.value(0, 301);
    auto r = batchDecode(*checkpoint, options, o.batches, context, o.steps);
    if (!r)
      return fail(QStringLiteral("batch: %1").arg(r.error()));
    say("batched decode at context %lld (decoder layers + final norm + head over k rows, one pass per step):\n",
        static_cast<long long>(context));
    say("%6s %12s %16s %14s\n", "k", "ms/step", "tokens/s (all)", "vs k = 1");
    QJsonArray rows;
    const double base = r->isEmpty() ? 0 : r->front().stepMs / double(r->front().k);
    for (const BatchResult &b : *r) {
      const double tps = 1000.0 * double(b.k) / b.stepMs;
      const double factor = base > 0 ? tps * base / 1000.0 : 0; // against k = 1's tokens/s
      say("%6lld %12.1f %16.1f %13.2fx\n", static_cast<long long>(b.k), b.stepMs, tps, factor);
      rows.append(QJsonObject{
          {QStringLiteral("k"), b.k}, {QStringLiteral("step_ms"), b.stepMs}, {QStringLiteral("tokens_per_s"), tps}});
    }
    report.insert(QStringLiteral("batch"), rows);
    return 0;
  };
  if (o.batchOnly) {
    if (const int rc = batchSection(); rc != 0)
      return rc;
    return finish();
  }
  if (o.profileOnly) {
    if (const int rc = profileSection({}); rc != 0)
      return rc;
    return finish();
  }

  // Load.
  const qint64 rssBefore = ProcessMemory::currentRssBytes();
  QElapsedTimer loadTimer;
  loadTimer.start();
  auto loadedOr = LoadedModel::load(o.model, options);
  if (!loadedOr)
    return fail(loadedOr.error());
  const double loadMs = msSince(loadTimer);
  std::shared_ptr<LoadedModel> loaded = *loadedOr;
  Qwen2VLModel &model = loaded->model();
  const qint64 weightBytes = model.weightBytes();
  const qint64 storedBytes = checkpoint->totalBytes();
  const qint64 rssAfterLoad = ProcessMemory::currentRssBytes();
  const qint64 peakAfterLoad = BenchSupport::peakRssBytes();
  say("model: %s (%s storage, %.3f GB; %lld parameters)\n", qPrintable(o.model), qPrintable(checkpoint->storageDtype()),
      storedBytes / kGB, static_cast<long long>(config.totalParameterCount()));
  say("load: %.0f ms; weights in memory %.3f GB; RSS before load %.3f GB, after %.3f GB; peak RSS after load %.3f GB "
      "= %.3f x the weights (%.3f x the stored bytes)\n",
      loadMs, weightBytes / kGB, rssBefore / kGB, rssAfterLoad / kGB, peakAfterLoad / kGB,
      double(peakAfterLoad) / double(weightBytes), double(peakAfterLoad) / double(storedBytes));

  // First steps touch every decoder and head page (mapped weights are read lazily).
  QElapsedTimer warmTimer;
  warmTimer.start();
  if (auto r = model.prefill(randomIds(8, 1, config.text.vocabSize)); !r)
    return fail(r.error());
  const double firstPrefillMs = msSince(warmTimer);
  for (int i = 0; i < 2; ++i)
    if (auto r = model.decode(100 + i); !r)
      return fail(r.error());
  const qint64 peakAfterWarm = BenchSupport::peakRssBytes();
  say("warm-up (first 8-token prefill %.0f ms, 2 decodes): peak RSS %.3f GB = %.3f x the weights\n", firstPrefillMs,
      peakAfterWarm / kGB, double(peakAfterWarm) / double(weightBytes));
  report.insert(QStringLiteral("model"), QJsonObject{
                                             {QStringLiteral("directory"), o.model},
                                             {QStringLiteral("storage_dtype"), checkpoint->storageDtype()},
                                             {QStringLiteral("stored_bytes"), storedBytes},
                                             {QStringLiteral("parameters"), config.totalParameterCount()},
                                             {QStringLiteral("layers"), config.text.numLayers},
                                             {QStringLiteral("hidden"), config.text.hiddenSize},
                                             {QStringLiteral("weight_bytes"), weightBytes},
                                         });
  report.insert(QStringLiteral("load"),
                QJsonObject{
                    {QStringLiteral("ms"), loadMs},
                    {QStringLiteral("rss_before_bytes"), rssBefore},
                    {QStringLiteral("rss_after_bytes"), rssAfterLoad},
                    {QStringLiteral("peak_rss_after_load_bytes"), peakAfterLoad},
                    {QStringLiteral("peak_rss_after_load_ratio"), double(peakAfterLoad) / double(weightBytes)},
                    {QStringLiteral("peak_rss_after_warmup_bytes"), peakAfterWarm},
                    {QStringLiteral("first_prefill_ms"), firstPrefillMs},
                });

  // Decode at each context. The machine's bandwidth drifts by tens of percent from minute to
  // minute (a shared host), so every repeat is bracketed by its own triad measurement, right
  // before and after its decode steps, and each repeat's share of the bound is computed from its
  // own bandwidth; the figures are the medians over the repeats.
  struct DecodeFigure {
    qint64 context;
    QList<double> fillMs;       // per repeat: the prefill that fills the cache
    QList<double> tokenMs;      // per repeat: the median step
    QList<double> triadGBs;     // per repeat: mean of the two brackets
    QList<double> readGBs;      // per repeat: read-only bandwidth before the steps
    QList<double> fraction;     // per repeat: tokens/s over the triad bound
    QList<double> fractionKv;   // the same, the KV cache's bytes counted
    QList<double> fractionRead; // per repeat: tokens/s over the read-only bound
    QList<QString> pressures;
  };
  QList<DecodeFigure> decodes;
  qint64 peakAfterDecode = BenchSupport::peakRssBytes();
  // The bandwidth arrays (768 MB) must not count in the model's peak RSS.
  auto bandwidth = [&](double (*measure)(int)) {
    peakAfterDecode = std::max(peakAfterDecode, BenchSupport::peakRssBytes());
    const double gbs = measure(threads);
    resetPeakRss();
    return gbs;
  };
  for (qint64 context : o.contexts) {
    DecodeFigure f{context, {}, {}, {}, {}, {}, {}, {}, {}};
    for (int r = 0; r < o.repeats; ++r) {
      quiet();
      model.reset();
      QElapsedTimer t;
      t.start();
      if (auto p = model.prefill(randomIds(context, quint32(1000 + r), config.text.vocabSize)); !p)
        return fail(p.error());
      f.fillMs << msSince(t);
      quiet();
      const double read = bandwidth(&readBandwidthGBs);
      const double before = bandwidth(&triadGBs);
      QList<double> steps;
      qint64 token = 42;
      for (int s = 0; s < o.steps; ++s) {
        t.start();
        auto logits = model.decode(token);
        steps << msSince(t);
        if (!logits)
          return fail(logits.error());
        token = 1000 + (token * 7919) % 100000; // any ordinary token: timing does not depend on it
      }
      const double after = bandwidth(&triadGBs);
      const double stepMs = BenchSupport::median(steps);
      f.tokenMs << stepMs;
      f.triadGBs << 0.5 * (before + after);
      f.readGBs << read;
      f.fraction << (1000.0 / stepMs) / (f.triadGBs.last() * kGB / bytesPerToken);
      f.fractionKv << (1000.0 / stepMs) / (f.triadGBs.last() * kGB / (bytesPerToken + kvBytesPerPosition * context));
      f.fractionRead << (1000.0 / stepMs) / (read * kGB / bytesPerToken);
      f.pressures << BenchSupport::cpuPressure();
      say("  context %lld, repeat %d: decode median %.2f ms/token (min %.2f, max %.2f) over %d steps; triad %.1f / "
          "%.1f GB/s, read %.1f GB/s; %.0f%% of the triad bound; %s\n",
          static_cast<long long>(context), r + 1, stepMs, minOf(steps), maxOf(steps), o.steps, before, after, read,
          100 * f.fraction.last(), qPrintable(f.pressures.last()));
    }
    decodes << f;
  }
  peakAfterDecode = std::max(peakAfterDecode, BenchSupport::peakRssBytes());

  QJsonArray decodeJson;
  QList<double> allTriad;
  QList<double> decodeMsByContext;
  for (const DecodeFigure &f : decodes) {
    const double tokenMs = BenchSupport::median(f.tokenMs);
    const double tokS = 1000.0 / tokenMs;
    const double triad = BenchSupport::median(f.triadGBs), read = BenchSupport::median(f.readGBs);
    const double fraction = BenchSupport::median(f.fraction);
    const double fractionKv = BenchSupport::median(f.fractionKv), fractionRead = BenchSupport::median(f.fractionRead);
    const double bound = triad * kGB / bytesPerToken;
    allTriad += f.triadGBs;
    decodeMsByContext << tokenMs;
    say("decode at context %lld: %.2f ms/token = %.2f tokens/s; bound: triad %.1f GB/s / %.3f GB per token = %.2f "
        "tokens/s (%.1f ms/token); achieved %.0f%% of the bound (medians of the repeats' ratios, each to its own "
        "bandwidth; %.0f%% counting KV reads; of the read-only bandwidth's bound, %.1f GB/s: %.0f%%)\n",
        static_cast<long long>(f.context), tokenMs, tokS, triad, bytesPerToken / kGB, bound, 1000.0 / bound,
        100 * fraction, 100 * fractionKv, read, 100 * fractionRead);
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
        {QStringLiteral("bound_ms_per_token"), 1000.0 / bound},
        {QStringLiteral("fraction_of_bound"), fraction},
        {QStringLiteral("fraction_of_bound_repeats"), toJson(f.fraction)},
        {QStringLiteral("fraction_of_bound_with_kv"), fractionKv},
        {QStringLiteral("fraction_of_read_bound"), fractionRead},
        {QStringLiteral("fill_prefill_ms_repeats"), toJson(f.fillMs)},
        {QStringLiteral("cpu_pressure"), QJsonArray::fromStringList(f.pressures)},
    });
  }
  const double triad = allTriad.isEmpty() ? triadBefore : BenchSupport::median(allTriad);
  report.insert(QStringLiteral("bandwidth"), QJsonObject{
                                                 {QStringLiteral("triad_at_start_gbs"), triadBefore},
                                                 {QStringLiteral("triad_gbs"), triad},
                                                 {QStringLiteral("bytes_per_token"), bytesPerToken},
                                                 {QStringLiteral("decoder_linear_bytes"), bytes.decoderLinear},
                                                 {QStringLiteral("head_bytes"), bytes.head},
                                                 {QStringLiteral("norm_and_bias_bytes"), bytes.normsAndBiases},
                                                 {QStringLiteral("kv_bytes_per_position"), kvBytesPerPosition},
                                             });
  report.insert(QStringLiteral("decode"), decodeJson);
  pressure(QStringLiteral("after decode"));

  // LM prefill of a text prompt: embedding, every decoder layer over the prompt (in chunks of 512)
  // and the head on the last position.
  double prefillMs = 0;
  if (o.prefill > 0) {
    QList<double> ms;
    for (int r = 0; r < o.repeats; ++r) {
      quiet();
      model.reset();
      const QList<qint64> ids = randomIds(o.prefill, quint32(2000 + r), config.text.vocabSize);
      QElapsedTimer t;
      t.start();
      if (auto p = model.prefill(ids); !p)
        return fail(p.error());
      ms << msSince(t);
    }
    prefillMs = BenchSupport::median(ms);
    say("LM prefill of %lld tokens: %.0f ms (min %.0f, max %.0f) = %.1f tokens/s\n", static_cast<long long>(o.prefill),
        prefillMs, minOf(ms), maxOf(ms), o.prefill * 1000.0 / prefillMs);
    report.insert(QStringLiteral("prefill"),
                  QJsonObject{{QStringLiteral("tokens"), o.prefill},
                              {QStringLiteral("ms"), prefillMs},
                              {QStringLiteral("ms_repeats"), toJson(ms)},
                              {QStringLiteral("tokens_per_second"), o.prefill * 1000.0 / prefillMs}});
  }

  // The vision tower and the time to first token. A prefill with an image runs the tower, then
  // the decoder over the whole prompt (the image's tokens included) and the head on its last
  // position: the time to first token of a chat turn with that picture (tokenizing and image
  // preprocessing, a few ms, left out). Other --vision-sides run with a prompt of just the image.
  qint64 peakAfterImages = 0;
  if (o.vision) {
    QJsonArray visionJson;
    for (const int side : o.visionSides) {
      const PreprocessedImage image = randomImage(config.vision, side, quint32(side));
      const bool ttft = side == 448;
      const QList<qint64> ids = imagePrompt(config, image, ttft ? o.prefill : 0, 7);
      const qint64 imageTokens = image.tokenCount(config.vision.spatialMergeSize);
      QList<double> totals, visionMs;
      double coldMs = 0;
      for (int r = -1; r < o.repeats; ++r) { // one cold run first: the vision weights' first touch
        quiet();
        model.reset();
        QElapsedTimer t;
        t.start();
        if (auto p = model.prefill(ids, {image}); !p)
          return fail(p.error());
        const double ms = msSince(t);
        if (r < 0) {
          coldMs = ms;
          continue;
        }
        totals << ms;
        visionMs << model.lastVisionMs();
      }
      const double total = BenchSupport::median(totals), vision = BenchSupport::median(visionMs);
      // The decoder part of each run: total minus its own vision time.
      QList<double> lm;
      for (qsizetype i = 0; i < totals.size(); ++i)
        lm << totals[i] - visionMs[i];
      const double lmMs = BenchSupport::median(lm);
      say("vision tower %dx%d image (grid %dx%d: %lld patches, %lld tokens): %.0f ms (min %.0f, max %.0f) = %.0f "
          "patches/s\n",
          image.width, image.height, image.gridH, image.gridW, static_cast<long long>(image.patchCount()),
          static_cast<long long>(imageTokens), vision, minOf(visionMs), maxOf(visionMs),
          image.patchCount() * 1000.0 / vision);
      QJsonObject entry{{QStringLiteral("side"), image.width},
                        {QStringLiteral("patches"), image.patchCount()},
                        {QStringLiteral("tokens"), imageTokens},
                        {QStringLiteral("vision_ms"), vision},
                        {QStringLiteral("vision_ms_repeats"), toJson(visionMs)}};
      if (ttft) {
        const double sum = vision + prefillMs;
        say("time to first token, %lld-token prompt with the %dx%d image: %.0f ms (cold %.0f ms) = vision %.0f ms + "
            "prefill of %lld tokens and one head %.0f ms (%.1f tokens/s)",
            static_cast<long long>(ids.size()), image.width, image.height, total, coldMs, vision,
            static_cast<long long>(ids.size()), lmMs, ids.size() * 1000.0 / lmMs);
        if (o.prefill > 0 && qint64(ids.size()) == o.prefill)
          say("; vision + text-only prefill: %.0f ms", sum);
        say("\n");
        report.insert(QStringLiteral("time_to_first_token"),
                      QJsonObject{{QStringLiteral("ms"), total},
                                  {QStringLiteral("ms_repeats"), toJson(totals)},
                                  {QStringLiteral("cold_ms"), coldMs},
                                  {QStringLiteral("prompt_tokens"), qint64(ids.size())},
                                  {QStringLiteral("image_tokens"), imageTokens},
                                  {QStringLiteral("image_side"), image.width},
                                  {QStringLiteral("vision_ms"), vision},
                                  {QStringLiteral("prefill_and_head_ms"), lmMs},
                                  {QStringLiteral("prefill_tokens_per_second"), ids.size() * 1000.0 / lmMs}});
      } else {
        entry.insert(QStringLiteral("prefill_total_ms"), total);
      }
      visionJson.append(entry);
    }
    report.insert(QStringLiteral("vision"), visionJson);
    peakAfterImages = BenchSupport::peakRssBytes();
    pressure(QStringLiteral("after vision"));
  }
  const qint64 peak = std::max(peakAfterDecode, peakAfterImages);
  say("peak RSS: after load %.3f GB, through decoding %.3f GB, through images %.3f GB; worst %.3f x the weights "
      "(%.3f GB)\n",
      peakAfterLoad / kGB, peakAfterDecode / kGB, peakAfterImages / kGB, double(peak) / double(weightBytes),
      weightBytes / kGB);
  QJsonObject load = report.value(QStringLiteral("load")).toObject();
  load.insert(QStringLiteral("peak_rss_through_decode_bytes"), peakAfterDecode);
  load.insert(QStringLiteral("peak_rss_through_images_bytes"), peakAfterImages);
  load.insert(QStringLiteral("peak_rss_ratio"), double(peak) / double(weightBytes));
  report.insert(QStringLiteral("load"), load);

  if (o.profile) {
    // The model is freed first: the profile loads its own copy of the decoder and head weights.
    loaded.reset();
    if (const int rc = profileSection(decodeMsByContext); rc != 0)
      return rc;
  }
  if (!o.batches.isEmpty()) {
    loaded.reset();
    if (const int rc = batchSection(); rc != 0)
      return rc;
  }
  return finish();
}
