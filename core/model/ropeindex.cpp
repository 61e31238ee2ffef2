#include "model/ropeindex.h"

#include <QCoreApplication>

namespace mdi {

RopeIndex::RopeIndex(int spatialMergeSize, const SpecialTokens &tokens) :
    m_mergeSize(spatialMergeSize), m_tokens(tokens) {
  Q_ASSERT(spatialMergeSize > 0);
}

Expected<RopeIndex::Result> RopeIndex::compute(const QList<qint64> &ids, const QList<ImageGrid> &grids) const {
  return append(ids, grids, 0, 0);
}

Expected<RopeIndex::Result> RopeIndex::append(const QList<qint64> &ids, const QList<ImageGrid> &grids,
                                              qint64 prefixLength, qint64 prefixDelta) const {
  const qint64 n = ids.size();
  Result result;
  result.positions = PositionIds(n);
  qint64 next = prefixLength + prefixDelta;
  qsizetype image = 0;
  qint64 i = 0;
  while (i < n) {
    const qint64 id = ids[i];
    if (id == m_tokens.videoPad)
      return makeError(tr("The prompt contains a video token at position %1; video input is not supported.").arg(i));
    if (id != m_tokens.imagePad) {
      for (int axis = 0; axis < 3; ++axis)
        result.positions.set(axis, i, next);
      ++next;
      ++i;
      continue;
    }
    if (image >= grids.size())
      return makeError(
          tr("The prompt has more image placeholders than the %n image(s) given.", nullptr, int(grids.size())));
    const ImageGrid &grid = grids[image];
    if (grid.t <= 0 || grid.h <= 0 || grid.w <= 0 || grid.h % m_mergeSize != 0 || grid.w % m_mergeSize != 0)
      return makeError(tr("Image %1 has an invalid patch grid %2x%3x%4 (rows and columns must be positive "
                          "multiples of %5).")
                           .arg(image + 1)
                           .arg(grid.t)
                           .arg(grid.h)
                           .arg(grid.w)
                           .arg(m_mergeSize));
    const qint64 rows = grid.h / m_mergeSize;
    const qint64 cols = grid.w / m_mergeSize;
    const qint64 count = grid.t * rows * cols;
    qint64 run = 0;
    while (i + run < n && ids[i + run] == m_tokens.imagePad)
      ++run;
    // Adjacent images always have <|vision_end|><|vision_start|> between them, so a run is one image.
    if (run != count)
      return makeError(tr("Image %1 needs %2 image tokens but the prompt has %3 at position %4.")
                           .arg(image + 1)
                           .arg(count)
                           .arg(run)
                           .arg(i));
    qint64 k = i;
    for (qint64 f = 0; f < grid.t; ++f)
      for (qint64 r = 0; r < rows; ++r)
        for (qint64 c = 0; c < cols; ++c, ++k) {
          result.positions.set(0, k, next + f);
          result.positions.set(1, k, next + r);
          result.positions.set(2, k, next + c);
        }
    next += qMax(grid.t, qMax(rows, cols));
    i += count;
    ++image;
  }
  if (image != grids.size())
    return makeError(
        tr("%n image(s) were given but the prompt has placeholders for %1.", nullptr, int(grids.size())).arg(image));
  result.nextPosition = next;
  result.ropeDelta = next - (prefixLength + n);
  return result;
}

} // namespace mdi
