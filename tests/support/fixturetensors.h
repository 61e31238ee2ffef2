#pragma once

// Test-only helpers that read a fixture case's tensors.safetensors and case.json into ATen
// tensors and Qt lists. Header-only: included only by tests that link libtorch.

#include "fixtures.h"
#include "model/imagegrid.h"
#include "model/positionids.h"
#include "model/safetensorsfile.h"
#include "model/tensorfactory.h"

#include <ATen/ATen.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace mdi::test {

class FixtureTensors {
public:
  explicit FixtureTensors(const QString &caseName) {
    auto file = SafetensorsFile::open(Fixtures::caseDir(caseName) + QStringLiteral("/tensors.safetensors"));
    if (file)
      m_file = *file;
  }
  bool isValid() const { return m_file != nullptr; }
  bool contains(const QString &name) const { return m_file && m_file->contains(name); }
  // The stored tensor (CPU, stored dtype); undefined when absent.
  at::Tensor get(const QString &name) const {
    if (!contains(name))
      return {};
    Expected<at::Tensor> t = TensorFactory::view(TensorRef{m_file, m_file->find(name)});
    return t ? *t : at::Tensor();
  }
  QList<ImageGrid> grids() const {
    QList<ImageGrid> out;
    const at::Tensor g = get(QStringLiteral("image_grid_thw"));
    if (g.defined())
      for (int64_t i = 0; i < g.size(0); ++i)
        out << ImageGrid{g[i][0].item<int64_t>(), g[i][1].item<int64_t>(), g[i][2].item<int64_t>()};
    return out;
  }

private:
  std::shared_ptr<SafetensorsFile> m_file;
};

inline QList<qint64> jsonIds(const QJsonValue &value) {
  QList<qint64> out;
  for (const QJsonValue &v : value.toArray())
    out << v.toInteger();
  return out;
}

// position_ids of case.json: [[t...], [h...], [w...]].
inline PositionIds jsonPositions(const QJsonValue &value) {
  const QJsonArray rows = value.toArray();
  QList<qint64> flat;
  for (const QJsonValue &row : rows)
    flat += jsonIds(row);
  return PositionIds::fromRows(flat);
}

inline QList<ImageGrid> jsonGrids(const QJsonValue &value) {
  QList<ImageGrid> out;
  for (const QJsonValue &g : value.toArray()) {
    const QJsonArray a = g.toArray();
    out << ImageGrid{a[0].toInteger(), a[1].toInteger(), a[2].toInteger()};
  }
  return out;
}

inline double maxAbsDiff(const at::Tensor &a, const at::Tensor &b) {
  return (a.to(at::kDouble) - b.to(at::kDouble)).abs().max().item<double>();
}

} // namespace mdi::test
