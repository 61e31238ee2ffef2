#pragma once

#include "model/checkpoint.h"
#include "model/computeoptions.h"
#include "model/modelconfig.h"
#include "model/preprocessedimage.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

namespace mdi {

// The whole Qwen2-VL model in one process, for one sequence: vision tower, token embedding,
// all decoder layers with their KV cache, final norm and head, composed from the pieces a
// pipeline distributes (VisionTower, TextEmbedding, DecoderLayers, LmHead, KvCache, RopeIndex).
// prefill() appends tokens (and the images of their <|image_pad|> runs) after whatever is cached
// — a new prompt after reset(), or the next turn of a conversation — and returns the logits of
// the last position; decode() appends one sampled token. truncate() rewinds (regenerate, edit).
// Torch-free interface; logits are float32. Not thread-safe: one caller at a time.
class Qwen2VLModel {
  Q_DECLARE_TR_FUNCTIONS(mdi::Qwen2VLModel)

public:
  static Expected<std::unique_ptr<Qwen2VLModel>> load(const Checkpoint &checkpoint, const ComputeOptions &options);
  ~Qwen2VLModel();
  Qwen2VLModel(const Qwen2VLModel &) = delete;
  Qwen2VLModel &operator=(const Qwen2VLModel &) = delete;

  const ModelConfig &config() const;
  const ComputeOptions &options() const;
  // Bytes of the converted weights (a tied head counted once).
  qint64 weightBytes() const;
  // Bytes the KV cache has allocated.
  qint64 cacheBytes() const;

  // Tokens in the cache, their ids and the current rope delta (next position - length()).
  qint64 length() const;
  const QList<qint64> &tokens() const;
  qint64 ropeDelta() const;

  // Milliseconds the vision tower took in the last prefill (0 without images).
  double lastVisionMs() const;

  // Largest number of tokens run through the decoder at once; longer prefills are chunked so the
  // attention scores stay bounded. Default 512.
  void setPrefillChunk(qint64 tokens);

  // Appends ids after the cached tokens; images are those of the ids' <|image_pad|> runs, in
  // order. Returns the float32 logits [vocab] of the last id. On failure the cache is unchanged.
  Expected<std::vector<float>> prefill(const QList<qint64> &ids, const QList<PreprocessedImage> &images = {});
  // Appends one token (a text position: cache position + rope delta) and returns its logits.
  Expected<std::vector<float>> decode(qint64 token);
  // Keeps the first n cached tokens.
  Status truncate(qint64 n);
  // Empties the cache (keeps its memory).
  void reset();

private:
  struct Private;
  explicit Qwen2VLModel(std::unique_ptr<Private> d);
  std::unique_ptr<Private> d;
};

} // namespace mdi
