#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdi {

// `mdi-run make-random --shape 2b|7b|tiny|CONFIG.json --out DIR [--dtype bf16|f32] [--seed S]
// [--tokenizer-from DIR] [--layers N] [--max-shard-size SIZE] [--force]`: writes a checkpoint
// folder with random weights of a real model's shapes (RandomCheckpointWriter), for benchmarks
// and tests without a multi-gigabyte download. Exit code 0 on success, 1 when writing fails,
// 2 on a usage error.
class MakeRandomCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::MakeRandomCommand)

public:
  static int run(const QStringList &arguments);

  // "2GB" -> 2e9, "500MB" -> 5e8, "1GiB" -> 2^30, "12345" -> 12345 (Hugging Face's units);
  // -1 when the text is not a size.
  static qint64 parseSize(const QString &text);
};

} // namespace mdi
