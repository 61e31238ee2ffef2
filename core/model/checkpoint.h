#pragma once

#include "model/modelconfig.h"
#include "model/safetensorsfile.h"
#include "model/tensorref.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mdi {

// A Qwen2-VL checkpoint folder in the Hugging Face layout: its configuration and its weights
// (model.safetensors, or the shards that model.safetensors.index.json lists), validated against
// each other when opened. Opening maps every weight file and reads only the headers, so it
// costs milliseconds even for tens of gigabytes; tensor() hands out zero-copy references and a
// caller that loads a subset of the tensors touches only their pages. Names are canonical
// (model.layers.N.*, model.embed_tokens.weight, model.norm.weight, visual.*, lm_head.weight)
// whichever of the two on-disk layouts the folder uses (the releases' names, or the
// model.language_model.* / model.visual.* names of newer transformers).
class Checkpoint {
  Q_DECLARE_TR_FUNCTIONS(mdi::Checkpoint)

public:
  // Reads config.json and friends (ModelConfig::loadFromDirectory) and the weight headers, and
  // checks that every tensor the config implies is there with its shape and a float dtype
  // (F32, F16, BF16), that nothing unexpected is, and that an index agrees with its shards.
  static Expected<Checkpoint> open(const QString &dir);
  // A partial checkpoint: the given tensors (canonical name -> reference) under a config, with
  // no completeness check. A peer node builds its stage from the tensors of its layers this way
  // (each lookup still checks shape and dtype when a module loads it).
  static Checkpoint fromTensors(ModelConfig config, const QString &directory, const QHash<QString, TensorRef> &tensors);

  const ModelConfig &config() const { return m_config; }
  QString directory() const { return m_directory; }

  // Invalid reference when the checkpoint holds no such tensor.
  TensorRef tensor(const QString &canonicalName) const { return m_tensors.value(canonicalName); }
  bool contains(const QString &canonicalName) const { return m_tensors.contains(canonicalName); }
  // Canonical names in the order of ModelConfig::tensorSpecs().
  QStringList tensorNames() const { return m_names; }
  // Sum of the tensors' byte sizes (headers excluded).
  qint64 totalBytes() const { return m_totalBytes; }
  // Sum of the weight files' sizes on disk (headers included).
  qint64 fileBytes() const;
  // The dtype name all tensors share ("F16", "BF16", "F32"), or "mixed".
  QString storageDtype() const { return m_storageDtype; }
  // Weight file names relative to directory(), in index order (one entry when unsharded).
  QStringList files() const;
  const QList<std::shared_ptr<SafetensorsFile>> &mappedFiles() const { return m_files; }
  bool isSharded() const { return m_sharded; }
  // Harmless oddities found while validating (an lm_head.weight that tie_word_embeddings makes
  // unused, an index total_size that disagrees with the shards); the checkpoint is usable.
  QStringList warnings() const { return m_warnings; }

  // Maps an on-disk name to the canonical one (model.language_model.X -> model.X,
  // model.visual.X -> visual.X); other names are returned unchanged.
  static QString canonicalName(const QString &diskName);

private:
  ModelConfig m_config;
  QString m_directory;
  QList<std::shared_ptr<SafetensorsFile>> m_files;
  QHash<QString, TensorRef> m_tensors;
  QStringList m_names;
  qint64 m_totalBytes = 0;
  QString m_storageDtype;
  bool m_sharded = false;
  QStringList m_warnings;
};

} // namespace mdi
