#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mdi {

// The configuration files of the published Qwen2-VL Instruct releases (2B, 7B), as the Hugging
// Face repositories ship them. Used to write random checkpoints of the real shapes for
// benchmarks (mdi-run make-random) and by tests; a real download is read from disk instead.
class ReferenceConfigs {
public:
  static QStringList shapes(); // "2b", "7b"
  // Empty objects for an unknown shape.
  static QJsonObject config(const QString &shape);
  static QJsonObject generationConfig();
  static QJsonObject preprocessorConfig();
};

} // namespace mdi
