#include "model/qwen2vlmodel.h"

#include "model/decoderlayers.h"
#include "model/kvcache.h"
#include "model/lmhead.h"
#include "model/ropeindex.h"
#include "model/tensorfactory.h"
#include "model/textembedding.h"
#include "model/visiontower.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstring>

namespace mdi {

namespace {

std::vector<float> logitsToVector(const at::Tensor &logits) {
  const at::Tensor cpu = logits.to(at::kCPU, at::kFloat).contiguous();
  std::vector<float> out(size_t(cpu.numel()));
  std::memcpy(out.data(), cpu.data_ptr<float>(), out.size() * sizeof(float));
  return out;
}
} // namespace

struct Qwen2VLModel::Private {
  Private(const ModelConfig &config, const TensorFactory &factory, VisionTower &&vision, TextEmbedding &&embedding,
          DecoderLayers &&layers, LmHead &&head) :
      config(config),
      factory(factory), vision(std::move(vision)), embedding(std::move(embedding)), layers(std::move(layers)),
      head(std::move(head)), cache(this->layers.createCache(factory.options().kvChunk)),
      ropeIndex(config.vision.spatialMergeSize, config.tokens) {}

  qint64 nextPosition() const { return nextAfter.isEmpty() ? 0 : nextAfter.last(); }

  ModelConfig config;
  TensorFactory factory;
  VisionTower vision;
  TextEmbedding embedding;
  DecoderLayers layers;
  LmHead head;
  KvCache cache;
  RopeIndex ropeIndex;
  QList<qint64> tokens;
  // Next free M-RoPE position after each cached token (running maximum + 1): what a rewind to
  // any length needs to continue with the right positions.
  QList<qint64> nextAfter;
  qint64 prefillChunk = 512;
  double lastVisionMs = 0;
};

Qwen2VLModel::Qwen2VLModel(std::unique_ptr<Private> p) : d(std::move(p)) {}
Qwen2VLModel::~Qwen2VLModel() = default;

Expected<std::unique_ptr<Qwen2VLModel>> Qwen2VLModel::load(const Checkpoint &checkpoint,
                                                           const ComputeOptions &options) {
  Expected<TensorFactory> factory = TensorFactory::create(options);
  if (!factory)
    return makeError(factory.error());
  Expected<VisionTower> vision = VisionTower::load(checkpoint, *factory);
  if (!vision)
    return makeError(vision.error());
  Expected<TextEmbedding> embedding = TextEmbedding::load(checkpoint, *factory);
  if (!embedding)
    return makeError(embedding.error());
  Expected<DecoderLayers> layers = DecoderLayers::load(checkpoint, *factory, 0, checkpoint.config().text.numLayers);
  if (!layers)
    return makeError(layers.error());
  Expected<LmHead> head = LmHead::load(checkpoint, *factory, &*embedding);
  if (!head)
    return makeError(head.error());
  auto p = std::make_unique<Private>(checkpoint.config(), *factory, std::move(*vision), std::move(*embedding),
                                     std::move(*layers), std::move(*head));
  return std::unique_ptr<Qwen2VLModel>(new Qwen2VLModel(std::move(p)));
}

const ModelConfig &Qwen2VLModel::config() const {
  return d->config;
}

const ComputeOptions &Qwen2VLModel::options() const {
  return d->factory.options();
}

qint64 Qwen2VLModel::weightBytes() const {
  return d->vision.weightBytes() + d->embedding.weightBytes() + d->layers.weightBytes() + d->head.ownWeightBytes();
}

qint64 Qwen2VLModel::cacheBytes() const {
  return d->cache.bytes();
}

qint64 Qwen2VLModel::length() const {
  return d->tokens.size();
}

const QList<qint64> &Qwen2VLModel::tokens() const {
  return d->tokens;
}

qint64 Qwen2VLModel::ropeDelta() const {
  return d->nextPosition() - length();
}

double Qwen2VLModel::lastVisionMs() const {
  return d->lastVisionMs;
}

void Qwen2VLModel::setPrefillChunk(qint64 tokens) {
  d->prefillChunk = qMax<qint64>(1, tokens);
}

Expected<std::vector<float>> Qwen2VLModel::prefill(const QList<qint64> &ids, const QList<PreprocessedImage> &images) {
  if (ids.isEmpty())
    return makeError(Qwen2VLModel::tr("Nothing to process: the prompt has no tokens."));
  const qint64 patchSize = d->config.vision.patchInputSize;
  QList<ImageGrid> grids;
  qint64 patches = 0;
  for (const PreprocessedImage &image : images) {
    const ImageGrid grid{image.gridT, image.gridH, image.gridW};
    if (qint64(image.pixelValues.size()) != grid.patchCount() * patchSize)
      return makeError(Qwen2VLModel::tr("Image %1 has %2 pixel values; its %3x%4 patch grid needs %5.")
                           .arg(grids.size() + 1)
                           .arg(image.pixelValues.size())
                           .arg(grid.h)
                           .arg(grid.w)
                           .arg(grid.patchCount() * patchSize));
    grids << grid;
    patches += grid.patchCount();
  }
  const qint64 start = length();
  Expected<RopeIndex::Result> rope = d->ropeIndex.append(ids, grids, start, ropeDelta());
  if (!rope)
    return makeError(rope.error());

  try {
    at::Tensor imageEmbeds;
    d->lastVisionMs = 0;
    if (!images.isEmpty()) {
      at::Tensor pixels = at::empty({patches, patchSize}, at::kFloat);
      float *out = pixels.data_ptr<float>();
      for (const PreprocessedImage &image : images) {
        std::memcpy(out, image.pixelValues.data(), image.pixelValues.size() * sizeof(float));
        out += image.pixelValues.size();
      }
      QElapsedTimer visionTimer;
      visionTimer.start();
      Expected<at::Tensor> embeds = d->vision.forward(pixels, grids);
      if (!embeds)
        return makeError(embeds.error());
      imageEmbeds = *embeds;
      d->lastVisionMs = visionTimer.nsecsElapsed() / 1e6;
    }
    Expected<at::Tensor> embeds = d->embedding.embed(ids, imageEmbeds, d->config.tokens.imagePad);
    if (!embeds)
      return makeError(embeds.error());

    at::Tensor hidden;
    for (qint64 first = 0; first < ids.size(); first += d->prefillChunk) {
      const qint64 n = qMin<qint64>(d->prefillChunk, ids.size() - first);
      Expected<at::Tensor> out =
          d->layers.forward(embeds->narrow(0, first, n), rope->positions.mid(first, n), d->cache);
      if (!out) {
        d->cache.truncate(start);
        return makeError(out.error());
      }
      hidden = *out;
    }
    std::vector<float> logits = logitsToVector(d->head.logits(hidden));
    d->tokens += ids;
    qint64 next = d->nextPosition();
    for (qint64 i = 0; i < ids.size(); ++i) {
      for (int axis = 0; axis < 3; ++axis)
        next = qMax(next, rope->positions.at(axis, i) + 1);
      d->nextAfter << next;
    }
    Q_ASSERT(next == rope->nextPosition);
    return logits;
  } catch (const c10::Error &e) {
    d->cache.truncate(qMin(start, d->cache.length()));
    return makeError(Qwen2VLModel::tr("Prefill failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

Expected<std::vector<float>> Qwen2VLModel::decode(qint64 token) {
  const qint64 position = RopeIndex::decodePosition(length(), ropeDelta());
  Expected<at::Tensor> embeds = d->embedding.embed({token});
  if (!embeds)
    return makeError(embeds.error());
  const qint64 start = length();
  Expected<at::Tensor> hidden = d->layers.forward(*embeds, PositionIds::uniform(position, 1), d->cache);
  if (!hidden)
    return makeError(hidden.error());
  try {
    std::vector<float> logits = logitsToVector(d->head.logits(*hidden));
    d->tokens << token;
    d->nextAfter << qMax(d->nextPosition(), position + 1);
    return logits;
  } catch (const c10::Error &e) {
    d->cache.truncate(start);
    return makeError(Qwen2VLModel::tr("Decoding failed: %1").arg(QString::fromStdString(e.what_without_backtrace())));
  }
}

Status Qwen2VLModel::truncate(qint64 n) {
  if (n < 0 || n > length())
    return makeError(Qwen2VLModel::tr("Cannot keep %1 tokens: the cache holds %2.").arg(n).arg(length()));
  d->cache.truncate(n);
  d->tokens.resize(n);
  d->nextAfter.resize(n);
  return Status::ok();
}

void Qwen2VLModel::reset() {
  d->cache.clear();
  d->tokens.clear();
  d->nextAfter.clear();
}

} // namespace mdi
