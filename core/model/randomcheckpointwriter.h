#pragma once

#include "model/safetensorsfile.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mdi {

// What a random checkpoint is made of: the configuration files to write as they are, the
// storage dtype, the seed, the shard size and where the tokenizer files come from.
struct RandomCheckpointSpec {
  QJsonObject config;             // config.json
  QJsonObject generationConfig;   // generation_config.json
  QJsonObject preprocessorConfig; // preprocessor_config.json
  DType dtype = DType::BF16;      // BF16 or F32
  quint64 seed = 0;
  // Largest shard in bytes of tensor data, as Hugging Face's max_shard_size ("2GB" = 2e9).
  qint64 maxShardBytes = 2'000'000'000;
  // Folder whose tokenizer files (tokenizer.json, tokenizer_config.json, vocab.json,
  // merges.txt, chat_template.json, ...) are copied; empty: none.
  QString tokenizerDir;
};

// The distribution of one tensor's values: mean + std * (approximately standard normal).
struct RandomInit {
  double mean = 0;
  double std = 0;
};

// Writes a Qwen2-VL checkpoint folder with random weights of the shapes a configuration implies,
// in the Hugging Face layout: config.json, generation_config.json, preprocessor_config.json,
// the tokenizer files, and model.safetensors — or, when the weights exceed the shard size,
// model-0000k-of-0000n.safetensors shards plus model.safetensors.index.json, split and
// formatted as transformers' save_pretrained does. Used for benchmarks at the real 2B/7B sizes
// and for tests; the weights are streamed shard by shard through SafetensorsWriter, so memory
// use stays at a few tens of megabytes whatever the model size.
//
// Values follow the recipe of the tiny test fixture (tiny_info.json): Linear and Conv3d weights
// ~ N(0, 1/fan_in), embed_tokens, lm_head and Linear biases ~ N(0, 0.02^2), LayerNorm/RMSNorm
// weights ~ 1 + N(0, 0.1^2), LayerNorm biases ~ N(0, 0.1^2) — so activations keep their scale
// through the layers and the logits are not degenerate.
//
// The generator: each run of 2^20 elements of a tensor has its own xoshiro256++ stream, seeded
// through splitmix64 from (seed, FNV-1a hash of the tensor name, run index). Each 64-bit output
// gives one value: the sum of its four 16-bit lanes, centred and scaled to unit variance (an
// Irwin-Hall approximation of the normal, bounded to +-3.46 sigma; plenty for benchmark
// weights and an order of magnitude cheaper than Box-Muller). Floats become bf16 with
// round-to-nearest-even. The bytes depend only on the seed, the names and shapes — not on thread
// count or chunking — and runs are generated in parallel.
class RandomCheckpointWriter {
  Q_DECLARE_TR_FUNCTIONS(mdi::RandomCheckpointWriter)

public:
  // Reports progress: bytes of tensor data written so far, of total, and the file being written.
  using Progress = std::function<void(qint64 done, qint64 total, const QString &file)>;

  struct Result {
    QStringList files; // weight files, in index order
    int tensors = 0;
    qint64 tensorBytes = 0; // what the index calls total_size
    qint64 parameters = 0;
    double seconds = 0;
  };

  // Writes into dir (created when missing). Refuses a folder that already holds a checkpoint
  // unless overwrite is set, in which case its weight files and index are replaced. Validates
  // the configuration first and the finished folder (Checkpoint::open) last; on failure the
  // files this call created are removed.
  static Expected<Result> write(const QString &dir, const RandomCheckpointSpec &spec, bool overwrite = false,
                                const Progress &progress = {});

  // The distribution used for a tensor, from its canonical name and shape.
  static RandomInit initFor(const QString &name, const QList<qint64> &shape);

  // Sets num_hidden_layers (top level, and in text_config when the config nests one).
  static void setLayerCount(QJsonObject &config, int layers);
  // Sets torch_dtype ("bfloat16", "float32") likewise.
  static void setTorchDtype(QJsonObject &config, DType dtype);

  // The tokenizer files copied when present; tokenizer.json is required.
  static QStringList tokenizerFileNames();

  // JSON as Python's json.dumps(indent=2, sort_keys=True) + "\n" writes it, which is how
  // transformers writes config.json and the shard index.
  static QByteArray toHuggingFaceJson(const QJsonObject &object);
};

} // namespace mdi
