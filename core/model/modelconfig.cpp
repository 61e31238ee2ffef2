#include "model/modelconfig.h"

#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace mdi {

namespace {

const QString kConfig = QStringLiteral("config.json");
const QString kGeneration = QStringLiteral("generation_config.json");
const QString kPreprocessor = QStringLiteral("preprocessor_config.json");

// Upper bounds of every size a config may give. A checkpoint (or a LoadStage message, which
// carries config.json to a node) is read from outside: without bounds, 10^6 layers make
// tensorSpecs() run for seconds and 2^31-1 overflows. Each bound is far above every released
// Qwen2-VL (72B: 80 layers, hidden 8192, intermediate 29568, 64 heads, 8 key/value heads, vocab
// 152064; vision depth 32, embed 1280, 16 heads), so a real model never meets one.
namespace bounds {
constexpr qint64 kVocab = qint64(1) << 22;        // 4.2 M tokens
constexpr qint64 kHidden = 65536;                 // text hidden and vision embed sizes
constexpr qint64 kIntermediate = qint64(1) << 20; // MLP width, text and vision
constexpr qint64 kLayers = 1024;                  // decoder layers and vision blocks
constexpr qint64 kHeads = 1024;
constexpr qint64 kPositions = qint64(1) << 24; // max_position_embeddings
constexpr qint64 kPatch = 1024;                // patch_size
constexpr qint64 kSmallFactor = 64;            // merge and temporal patch sizes, input channels
constexpr double kMlpRatio = 64;
constexpr qint64 kPixels = qint64(1) << 32; // min_pixels / max_pixels of one image
constexpr qint64 kTopK = qint64(1) << 22;
constexpr qint64 kNewTokens = qint64(1) << 24;
constexpr qsizetype kTokenIds = 64; // entries of eos_token_id
} // namespace bounds

// Checks lo <= value <= hi, naming the field; returns whether it holds (so callers can stop
// before using a value that would overflow an int).
bool checkRange(JsonReader &r, const QString &key, qint64 value, qint64 lo, qint64 hi) {
  if (value < lo) {
    r.fail(key, lo == 1   ? ModelConfig::tr("must be positive, is %1").arg(value)
                : lo == 0 ? ModelConfig::tr("must not be negative, is %1").arg(value)
                          : ModelConfig::tr("must be at least %1, is %2").arg(lo).arg(value));
    return false;
  }
  if (value > hi) {
    r.fail(key, ModelConfig::tr("is %1, more than the %2 this program accepts").arg(value).arg(hi));
    return false;
  }
  return true;
}

bool checkFinite(JsonReader &r, const QString &key, double value, double lo, double hi) {
  if (!std::isfinite(value) || value <= lo || value > hi) {
    r.fail(key, ModelConfig::tr("is %1, must be more than %2 and at most %3").arg(value).arg(lo).arg(hi));
    return false;
  }
  return true;
}

// rope settings live in rope_scaling (2B/7B releases: {"type": "mrope", "mrope_section": [...]}),
// with rope_type instead of type in later releases, or in rope_parameters (transformers 5).
void readRope(JsonReader &r, TextConfig &text) {
  QString sectionKey;
  QJsonObject rope;
  if (r.contains(QStringLiteral("rope_parameters"))) {
    sectionKey = QStringLiteral("rope_parameters");
  } else if (r.contains(QStringLiteral("rope_scaling"))) {
    sectionKey = QStringLiteral("rope_scaling");
  } else {
    r.fail(QStringLiteral("rope_scaling"), ModelConfig::tr("is missing (Qwen2-VL needs mrope_section)"));
    return;
  }
  rope = r.optionalObject(sectionKey);
  if (r.failed())
    return;
  JsonReader rr(rope, kConfig, sectionKey + QLatin1Char('.'));
  const QString type = rr.optionalString(QStringLiteral("type"), rr.optionalString(QStringLiteral("rope_type")));
  if (!type.isEmpty() && type != QLatin1String("mrope") && type != QLatin1String("default"))
    rr.fail(rope.contains(QStringLiteral("type")) ? QStringLiteral("type") : QStringLiteral("rope_type"),
            ModelConfig::tr("is '%1', expected 'mrope'").arg(type));
  const QList<qint64> section = rr.requireIntList(QStringLiteral("mrope_section"));
  if (!rr.failed() && section.size() != 3)
    rr.fail(QStringLiteral("mrope_section"),
            ModelConfig::tr("must have three entries (t, h, w), has %1").arg(section.size()));
  for (qint64 s : section) {
    if (s <= 0)
      rr.fail(QStringLiteral("mrope_section"), ModelConfig::tr("entries must be positive"));
    else if (s > bounds::kHidden)
      rr.fail(QStringLiteral("mrope_section"),
              ModelConfig::tr("has the entry %1, more than the %2 this program accepts").arg(s).arg(bounds::kHidden));
    if (rr.failed())
      break;
    text.mropeSection.append(static_cast<int>(s));
  }
  if (rope.contains(QStringLiteral("rope_theta"))) {
    text.ropeTheta = rr.requireDouble(QStringLiteral("rope_theta"));
    if (!rr.failed())
      checkFinite(rr, QStringLiteral("rope_theta"), text.ropeTheta, 0, 1e12);
  }
  r.adoptError(rr);
}

void readText(JsonReader &r, TextConfig &t) {
  t.vocabSize = r.requireInt(QStringLiteral("vocab_size"));
  t.hiddenSize = r.requireInt(QStringLiteral("hidden_size"));
  t.intermediateSize = r.requireInt(QStringLiteral("intermediate_size"));
  // Read wide, narrowed to int only once in range.
  const qint64 layers = r.requireInt(QStringLiteral("num_hidden_layers"));
  const qint64 heads = r.requireInt(QStringLiteral("num_attention_heads"));
  const qint64 kvHeads = r.optionalInt(QStringLiteral("num_key_value_heads"), heads);
  t.rmsNormEps = r.optionalDouble(QStringLiteral("rms_norm_eps"), 1e-6);
  t.ropeTheta = r.optionalDouble(QStringLiteral("rope_theta"), 1e6);
  t.maxPositionEmbeddings = r.optionalInt(QStringLiteral("max_position_embeddings"), 32768);
  t.hiddenAct = r.optionalString(QStringLiteral("hidden_act"), QStringLiteral("silu"));
  t.torchDtype = r.optionalString(QStringLiteral("torch_dtype"), r.optionalString(QStringLiteral("dtype")));
  if (r.failed())
    return;
  checkRange(r, QStringLiteral("vocab_size"), t.vocabSize, 1, bounds::kVocab);
  checkRange(r, QStringLiteral("hidden_size"), t.hiddenSize, 1, bounds::kHidden);
  checkRange(r, QStringLiteral("intermediate_size"), t.intermediateSize, 1, bounds::kIntermediate);
  checkRange(r, QStringLiteral("num_hidden_layers"), layers, 1, bounds::kLayers);
  checkRange(r, QStringLiteral("num_attention_heads"), heads, 1, bounds::kHeads);
  checkRange(r, QStringLiteral("num_key_value_heads"), kvHeads, 1, bounds::kHeads);
  checkRange(r, QStringLiteral("max_position_embeddings"), t.maxPositionEmbeddings, 1, bounds::kPositions);
  checkFinite(r, QStringLiteral("rms_norm_eps"), t.rmsNormEps, 0, 1);
  checkFinite(r, QStringLiteral("rope_theta"), t.ropeTheta, 0, 1e12);
  if (r.failed())
    return;
  t.numLayers = static_cast<int>(layers);
  t.numHeads = static_cast<int>(heads);
  t.numKeyValueHeads = static_cast<int>(kvHeads);
  readRope(r, t);
  if (r.failed())
    return;

  if (t.hiddenSize % t.numHeads != 0) {
    r.fail(QStringLiteral("hidden_size"),
           ModelConfig::tr("(%1) is not divisible by num_attention_heads (%2)").arg(t.hiddenSize).arg(t.numHeads));
    return;
  }
  if (t.numHeads % t.numKeyValueHeads != 0) {
    r.fail(
        QStringLiteral("num_attention_heads"),
        ModelConfig::tr("(%1) is not divisible by num_key_value_heads (%2)").arg(t.numHeads).arg(t.numKeyValueHeads));
    return;
  }
  t.headDim = static_cast<int>(t.hiddenSize / t.numHeads);
  t.kvGroups = t.numHeads / t.numKeyValueHeads;
  int sum = 0;
  for (int s : t.mropeSection)
    sum += s;
  if (sum * 2 != t.headDim)
    r.fail(QStringLiteral("mrope_section"),
           ModelConfig::tr("sums to %1 but head_dim / 2 is %2 (head_dim = hidden_size / num_attention_heads = %3)")
               .arg(sum)
               .arg(t.headDim / 2)
               .arg(t.headDim));
  if (t.hiddenAct != QLatin1String("silu"))
    r.fail(QStringLiteral("hidden_act"), ModelConfig::tr("is '%1'; Qwen2-VL uses 'silu'").arg(t.hiddenAct));
}

void readVision(JsonReader &r, VisionConfig &v, qint64 textHidden) {
  // Read wide, narrowed to int only once in range.
  const qint64 depth = r.requireInt(QStringLiteral("depth"));
  v.embedDim = r.requireInt(QStringLiteral("embed_dim"));
  const qint64 heads = r.requireInt(QStringLiteral("num_heads"));
  v.mlpRatio = r.optionalDouble(QStringLiteral("mlp_ratio"), 4.0);
  const qint64 inChannels = r.optionalInt(QStringLiteral("in_chans"), r.optionalInt(QStringLiteral("in_channels"), 3));
  v.outHiddenSize = r.optionalInt(QStringLiteral("hidden_size"), textHidden);
  const qint64 patch =
      r.optionalInt(QStringLiteral("patch_size"), r.optionalInt(QStringLiteral("spatial_patch_size"), 14));
  const qint64 merge = r.optionalInt(QStringLiteral("spatial_merge_size"), 2);
  const qint64 temporal = r.optionalInt(QStringLiteral("temporal_patch_size"), 2);
  v.hiddenAct = r.optionalString(QStringLiteral("hidden_act"), QStringLiteral("quick_gelu"));
  if (r.failed())
    return;
  checkRange(r, QStringLiteral("depth"), depth, 1, bounds::kLayers);
  checkRange(r, QStringLiteral("embed_dim"), v.embedDim, 1, bounds::kHidden);
  checkRange(r, QStringLiteral("num_heads"), heads, 1, bounds::kHeads);
  checkRange(r, QStringLiteral("patch_size"), patch, 1, bounds::kPatch);
  checkRange(r, QStringLiteral("spatial_merge_size"), merge, 1, bounds::kSmallFactor);
  checkRange(r, QStringLiteral("temporal_patch_size"), temporal, 1, bounds::kSmallFactor);
  checkRange(r, QStringLiteral("in_chans"), inChannels, 1, bounds::kSmallFactor);
  if (!std::isfinite(v.mlpRatio) || v.mlpRatio <= 0)
    r.fail(QStringLiteral("mlp_ratio"), ModelConfig::tr("must be positive"));
  else if (v.mlpRatio > bounds::kMlpRatio ||
           static_cast<double>(v.embedDim) * v.mlpRatio > static_cast<double>(bounds::kIntermediate))
    r.fail(QStringLiteral("mlp_ratio"), ModelConfig::tr("(%1) makes an MLP wider than the %2 this program accepts")
                                            .arg(v.mlpRatio)
                                            .arg(bounds::kIntermediate));
  if (r.failed())
    return;
  v.depth = static_cast<int>(depth);
  v.numHeads = static_cast<int>(heads);
  v.inChannels = static_cast<int>(inChannels);
  v.patchSize = static_cast<int>(patch);
  v.spatialMergeSize = static_cast<int>(merge);
  v.temporalPatchSize = static_cast<int>(temporal);
  if (v.embedDim % v.numHeads != 0) {
    r.fail(QStringLiteral("embed_dim"),
           ModelConfig::tr("(%1) is not divisible by num_heads (%2)").arg(v.embedDim).arg(v.numHeads));
    return;
  }
  v.headDim = static_cast<int>(v.embedDim / v.numHeads);
  if (v.headDim % 4 != 0) {
    r.fail(QStringLiteral("num_heads"),
           ModelConfig::tr("gives a head size of %1; the 2-D rotary needs a multiple of 4").arg(v.headDim));
    return;
  }
  if (v.outHiddenSize != textHidden)
    r.fail(QStringLiteral("hidden_size"),
           ModelConfig::tr("(%1, the merger output) differs from the text hidden_size (%2)")
               .arg(v.outHiddenSize)
               .arg(textHidden));
  if (v.hiddenAct != QLatin1String("quick_gelu"))
    r.fail(QStringLiteral("hidden_act"),
           ModelConfig::tr("is '%1'; Qwen2-VL's vision tower uses 'quick_gelu'").arg(v.hiddenAct));
  v.mlpHiddenSize = static_cast<qint64>(static_cast<double>(v.embedDim) * v.mlpRatio);
  v.patchInputSize = qint64(v.inChannels) * v.temporalPatchSize * v.patchSize * v.patchSize;
  v.mergedSize = v.embedDim * v.spatialMergeSize * v.spatialMergeSize;
}

void readPreprocessor(JsonReader &r, PreprocessorConfig &p, const VisionConfig &v) {
  // Wide first: each must equal the vision config's (checked below), so a value beyond int is
  // refused there rather than narrowed into a match.
  const qint64 patch = r.optionalInt(QStringLiteral("patch_size"), v.patchSize);
  const qint64 temporal = r.optionalInt(QStringLiteral("temporal_patch_size"), v.temporalPatchSize);
  const qint64 merge = r.optionalInt(QStringLiteral("merge_size"), v.spatialMergeSize);
  if (patch != v.patchSize)
    r.fail(QStringLiteral("patch_size"),
           ModelConfig::tr("(%1) differs from the vision config (%2)").arg(patch).arg(v.patchSize));
  if (temporal != v.temporalPatchSize)
    r.fail(QStringLiteral("temporal_patch_size"),
           ModelConfig::tr("(%1) differs from the vision config (%2)").arg(temporal).arg(v.temporalPatchSize));
  if (merge != v.spatialMergeSize)
    r.fail(QStringLiteral("merge_size"),
           ModelConfig::tr("(%1) differs from the vision config (%2)").arg(merge).arg(v.spatialMergeSize));
  if (r.failed())
    return;
  p.patchSize = static_cast<int>(patch);
  p.temporalPatchSize = static_cast<int>(temporal);
  p.mergeSize = static_cast<int>(merge);
  // Newer processors write {"size": {"shortest_edge": min_pixels, "longest_edge": max_pixels}}.
  const QJsonObject size = r.optionalObject(QStringLiteral("size"));
  JsonReader sr(size, kPreprocessor, QStringLiteral("size."));
  const qint64 minFallback = sr.optionalInt(QStringLiteral("shortest_edge"), p.minPixels);
  const qint64 maxFallback = sr.optionalInt(QStringLiteral("longest_edge"), p.maxPixels);
  p.minPixels = r.optionalInt(QStringLiteral("min_pixels"), minFallback);
  p.maxPixels = r.optionalInt(QStringLiteral("max_pixels"), maxFallback);
  r.adoptError(sr);
  if (r.contains(QStringLiteral("image_mean")))
    p.imageMean = r.requireDoubleList(QStringLiteral("image_mean"));
  else
    p.imageMean = {0.48145466, 0.4578275, 0.40821073};
  if (r.contains(QStringLiteral("image_std")))
    p.imageStd = r.requireDoubleList(QStringLiteral("image_std"));
  else
    p.imageStd = {0.26862954, 0.26130258, 0.27577711};
  if (r.failed())
    return;
  if (p.imageMean.size() != 3)
    r.fail(QStringLiteral("image_mean"), ModelConfig::tr("must have 3 entries"));
  if (p.imageStd.size() != 3)
    r.fail(QStringLiteral("image_std"), ModelConfig::tr("must have 3 entries"));
  for (double s : p.imageStd)
    if (s <= 0)
      r.fail(QStringLiteral("image_std"), ModelConfig::tr("entries must be positive"));
  for (const QList<double> *list : {&p.imageMean, &p.imageStd})
    for (double x : *list)
      if (!std::isfinite(x) || std::fabs(x) > 1e6)
        r.fail(list == &p.imageMean ? QStringLiteral("image_mean") : QStringLiteral("image_std"),
               ModelConfig::tr("entries must be finite numbers"));
  if (checkRange(r, QStringLiteral("min_pixels"), p.minPixels, 1, bounds::kPixels) &&
      checkRange(r, QStringLiteral("max_pixels"), p.maxPixels, 1, bounds::kPixels) && p.maxPixels < p.minPixels)
    r.fail(QStringLiteral("max_pixels"),
           ModelConfig::tr("must be at least min_pixels (%1), is %2").arg(p.minPixels).arg(p.maxPixels));
}

void readGeneration(JsonReader &r, GenerationConfig &g, const SpecialTokens &tokens) {
  g.eosTokenIds = r.optionalIntList(QStringLiteral("eos_token_id"));
  if (g.eosTokenIds.isEmpty())
    g.eosTokenIds = {tokens.eos};
  g.padTokenId = r.optionalInt(QStringLiteral("pad_token_id"), -1);
  g.bosTokenId = r.optionalInt(QStringLiteral("bos_token_id"), -1);
  g.doSample = r.optionalBool(QStringLiteral("do_sample"), false);
  g.temperature = r.optionalDouble(QStringLiteral("temperature"), 1.0);
  g.topP = r.optionalDouble(QStringLiteral("top_p"), 1.0);
  const qint64 topK = r.optionalInt(QStringLiteral("top_k"), 0);
  g.minP = r.optionalDouble(QStringLiteral("min_p"), 0.0);
  g.repetitionPenalty = r.optionalDouble(QStringLiteral("repetition_penalty"), 1.0);
  const qint64 maxNewTokens = r.optionalInt(QStringLiteral("max_new_tokens"), 0);
  if (r.failed())
    return;
  if (g.eosTokenIds.size() > bounds::kTokenIds)
    r.fail(QStringLiteral("eos_token_id"), ModelConfig::tr("lists %1 ids, more than the %2 this program accepts")
                                               .arg(g.eosTokenIds.size())
                                               .arg(bounds::kTokenIds));
  if (checkRange(r, QStringLiteral("top_k"), topK, 0, bounds::kTopK))
    g.topK = static_cast<int>(topK);
  if (checkRange(r, QStringLiteral("max_new_tokens"), maxNewTokens, 0, bounds::kNewTokens))
    g.maxNewTokens = static_cast<int>(maxNewTokens);
  for (const auto &[key, value] :
       {std::pair{QStringLiteral("temperature"), g.temperature}, std::pair{QStringLiteral("top_p"), g.topP},
        std::pair{QStringLiteral("min_p"), g.minP},
        std::pair{QStringLiteral("repetition_penalty"), g.repetitionPenalty}})
    if (!std::isfinite(value))
      r.fail(key, ModelConfig::tr("must be a finite number"));
  if (r.failed())
    return;
  if (g.temperature < 0)
    r.fail(QStringLiteral("temperature"), ModelConfig::tr("must not be negative"));
  if (g.topP <= 0 || g.topP > 1)
    r.fail(QStringLiteral("top_p"), ModelConfig::tr("must be in (0, 1]"));
  if (g.minP < 0 || g.minP > 1)
    r.fail(QStringLiteral("min_p"), ModelConfig::tr("must be in [0, 1]"));
  if (g.repetitionPenalty <= 0)
    r.fail(QStringLiteral("repetition_penalty"), ModelConfig::tr("must be positive"));
}

} // namespace

qint64 TensorSpec::elementCount() const {
  qint64 n = 1;
  for (qint64 d : shape)
    n *= d;
  return n;
}

Expected<ModelConfig> ModelConfig::loadFromDirectory(const QString &dir) {
  if (!QFileInfo(dir).isDir())
    return makeError(tr("%1: not a folder").arg(QDir::toNativeSeparators(dir)));
  const QDir d(dir);
  auto config = JsonReader::readObjectFile(d.filePath(kConfig), 4 << 20);
  if (!config)
    return makeError(config.error());
  QJsonObject generation;
  if (QFileInfo::exists(d.filePath(kGeneration))) {
    auto g = JsonReader::readObjectFile(d.filePath(kGeneration), 4 << 20);
    if (!g)
      return makeError(g.error());
    generation = *g;
  }
  auto preprocessor = JsonReader::readObjectFile(d.filePath(kPreprocessor), 4 << 20);
  if (!preprocessor)
    return makeError(preprocessor.error());
  return fromJson(*config, generation, *preprocessor);
}

Expected<ModelConfig> ModelConfig::fromJson(const QJsonObject &config, const QJsonObject &generation,
                                            const QJsonObject &preprocessor) {
  ModelConfig mc;
  JsonReader top(config, kConfig);
  mc.modelType = top.requireString(QStringLiteral("model_type"));
  if (top.failed())
    return makeError(top.error());
  if (mc.modelType != QLatin1String("qwen2_vl"))
    return makeError(tr("%1: field 'model_type' is '%2'; MDI Chat runs Qwen2-VL ('qwen2_vl') checkpoints")
                         .arg(kConfig, mc.modelType));

  // Newer transformers nest the text fields under text_config; the releases keep them on top.
  const bool nested = config.value(QStringLiteral("text_config")).isObject();
  const QJsonObject textObject = nested ? config.value(QStringLiteral("text_config")).toObject() : config;
  JsonReader text(textObject, kConfig, nested ? QStringLiteral("text_config.") : QString());
  readText(text, mc.text);
  if (text.failed())
    return makeError(text.error());
  // tie_word_embeddings sits at the top level in both layouts, sometimes in text_config too.
  mc.text.tieWordEmbeddings = top.optionalBool(QStringLiteral("tie_word_embeddings"),
                                               text.optionalBool(QStringLiteral("tie_word_embeddings"), false));

  auto tokenId = [&](const QString &key, qint64 fallback) {
    return top.optionalInt(key, text.optionalInt(key, fallback));
  };
  SpecialTokens &t = mc.tokens;
  t.bos = tokenId(QStringLiteral("bos_token_id"), t.bos);
  t.eos = tokenId(QStringLiteral("eos_token_id"), t.eos);
  t.visionStart = tokenId(QStringLiteral("vision_start_token_id"), t.visionStart);
  t.visionEnd = tokenId(QStringLiteral("vision_end_token_id"), t.visionEnd);
  t.visionPad = tokenId(QStringLiteral("vision_token_id"), t.visionPad);
  t.imagePad = tokenId(QStringLiteral("image_token_id"), t.imagePad);
  t.videoPad = tokenId(QStringLiteral("video_token_id"), t.videoPad);
  if (top.failed())
    return makeError(top.error());
  if (text.failed())
    return makeError(text.error());
  for (qint64 id : {t.visionStart, t.visionEnd, t.imagePad})
    if (id < 0 || id >= mc.text.vocabSize)
      return makeError(
          tr("%1: special token id %2 lies outside the vocabulary (%3)").arg(kConfig).arg(id).arg(mc.text.vocabSize));

  const QJsonObject visionObject = top.optionalObject(QStringLiteral("vision_config"));
  if (top.failed())
    return makeError(top.error());
  if (visionObject.isEmpty())
    return makeError(tr("%1: field 'vision_config' is missing").arg(kConfig));
  JsonReader vision(visionObject, kConfig, QStringLiteral("vision_config."));
  readVision(vision, mc.vision, mc.text.hiddenSize);
  if (vision.failed())
    return makeError(vision.error());

  JsonReader pre(preprocessor, kPreprocessor);
  readPreprocessor(pre, mc.preprocessor, mc.vision);
  if (pre.failed())
    return makeError(pre.error());

  JsonReader gen(generation, kGeneration);
  readGeneration(gen, mc.generation, mc.tokens);
  if (gen.failed())
    return makeError(gen.error());
  return mc;
}

QList<TensorSpec> ModelConfig::tensorSpecs() const {
  using P = TensorSpec::Part;
  QList<TensorSpec> specs;
  const qint64 H = text.hiddenSize;
  const qint64 kvDim = qint64(text.numKeyValueHeads) * text.headDim;
  const qint64 E = vision.embedDim;

  specs.append({QStringLiteral("visual.patch_embed.proj.weight"),
                {E, vision.inChannels, vision.temporalPatchSize, vision.patchSize, vision.patchSize},
                P::Vision,
                -1});
  for (int b = 0; b < vision.depth; ++b) {
    const QString p = QStringLiteral("visual.blocks.%1.").arg(b);
    auto add = [&](const char *suffix, QList<qint64> shape) {
      specs.append({p + QLatin1String(suffix), std::move(shape), P::Vision, b});
    };
    add("norm1.weight", {E});
    add("norm1.bias", {E});
    add("norm2.weight", {E});
    add("norm2.bias", {E});
    add("attn.qkv.weight", {3 * E, E});
    add("attn.qkv.bias", {3 * E});
    add("attn.proj.weight", {E, E});
    add("attn.proj.bias", {E});
    add("mlp.fc1.weight", {vision.mlpHiddenSize, E});
    add("mlp.fc1.bias", {vision.mlpHiddenSize});
    add("mlp.fc2.weight", {E, vision.mlpHiddenSize});
    add("mlp.fc2.bias", {E});
  }
  const qint64 M = vision.mergedSize;
  specs.append({QStringLiteral("visual.merger.ln_q.weight"), {E}, P::Vision, -1});
  specs.append({QStringLiteral("visual.merger.ln_q.bias"), {E}, P::Vision, -1});
  specs.append({QStringLiteral("visual.merger.mlp.0.weight"), {M, M}, P::Vision, -1});
  specs.append({QStringLiteral("visual.merger.mlp.0.bias"), {M}, P::Vision, -1});
  specs.append({QStringLiteral("visual.merger.mlp.2.weight"), {vision.outHiddenSize, M}, P::Vision, -1});
  specs.append({QStringLiteral("visual.merger.mlp.2.bias"), {vision.outHiddenSize}, P::Vision, -1});

  specs.append({QStringLiteral("model.embed_tokens.weight"), {text.vocabSize, H}, P::Embedding, -1});
  for (int l = 0; l < text.numLayers; ++l) {
    const QString p = QStringLiteral("model.layers.%1.").arg(l);
    auto add = [&](const char *suffix, QList<qint64> shape) {
      specs.append({p + QLatin1String(suffix), std::move(shape), P::Decoder, l});
    };
    add("input_layernorm.weight", {H});
    add("self_attn.q_proj.weight", {H, H});
    add("self_attn.q_proj.bias", {H});
    add("self_attn.k_proj.weight", {kvDim, H});
    add("self_attn.k_proj.bias", {kvDim});
    add("self_attn.v_proj.weight", {kvDim, H});
    add("self_attn.v_proj.bias", {kvDim});
    add("self_attn.o_proj.weight", {H, H});
    add("post_attention_layernorm.weight", {H});
    add("mlp.gate_proj.weight", {text.intermediateSize, H});
    add("mlp.up_proj.weight", {text.intermediateSize, H});
    add("mlp.down_proj.weight", {H, text.intermediateSize});
  }
  specs.append({QStringLiteral("model.norm.weight"), {H}, P::FinalNorm, -1});
  if (!text.tieWordEmbeddings)
    specs.append({QStringLiteral("lm_head.weight"), {text.vocabSize, H}, P::Head, -1});
  return specs;
}

qint64 ModelConfig::parameterCount(TensorSpec::Part part) const {
  qint64 n = 0;
  for (const TensorSpec &s : tensorSpecs())
    if (s.part == part)
      n += s.elementCount();
  return n;
}

qint64 ModelConfig::totalParameterCount() const {
  qint64 n = 0;
  for (const TensorSpec &s : tensorSpecs())
    n += s.elementCount();
  return n;
}

} // namespace mdi
