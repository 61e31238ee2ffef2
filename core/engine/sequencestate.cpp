#include "engine/sequencestate.h"

#include <algorithm>

namespace mdi {

qint64 SequenceState::commonPrefix(const QList<qint64> &cachedTokens, const QList<Image> &cachedImages,
                                   const QList<qint64> &ids, const QList<Image> &images) {
  qint64 common = 0;
  const qint64 limit = qMin(cachedTokens.size(), ids.size());
  while (common < limit && cachedTokens.at(common) == ids.at(common))
    ++common;
  for (const Image &old : cachedImages) {
    if (old.start >= common)
      break;
    const bool same = std::any_of(images.begin(), images.end(), [&](const Image &img) { return img == old; });
    if (!same) {
      common = old.start;
      break;
    }
  }
  for (const Image &img : images)
    if (img.start < common && common < img.start + img.tokens)
      common = img.start;
  return common;
}

void SequenceState::truncate(qint64 n) {
  Q_ASSERT(n >= 0 && n <= length());
  m_tokens.resize(n);
  m_nextAfter.resize(n);
  // An image cut part-way is no longer in the cache as a whole: forget it with the rest.
  m_images.erase(
      std::remove_if(m_images.begin(), m_images.end(), [n](const Image &img) { return img.start + img.tokens > n; }),
      m_images.end());
}

void SequenceState::append(const QList<qint64> &ids, const PositionIds &positions, const QList<Image> &images) {
  Q_ASSERT(positions.count() == ids.size());
  const qint64 base = length();
  qint64 next = nextPosition();
  for (qint64 i = 0; i < ids.size(); ++i) {
    for (int axis = 0; axis < 3; ++axis)
      next = qMax(next, positions.at(axis, i) + 1);
    m_nextAfter.append(next);
  }
  m_tokens += ids;
  for (Image img : images) {
    img.start += base;
    m_images.append(img);
  }
}

void SequenceState::clear() {
  m_tokens.clear();
  m_nextAfter.clear();
  m_images.clear();
}

QList<SequenceState::Image> SequenceState::imageRuns(const QList<qint64> &ids, qint64 imagePadId,
                                                     const QList<QByteArray> &digests) {
  QList<Image> runs;
  for (qint64 i = 0; i < ids.size(); ++i) {
    if (ids.at(i) != imagePadId)
      continue;
    qint64 end = i;
    while (end < ids.size() && ids.at(end) == imagePadId)
      ++end;
    runs.append({i, end - i, digests.value(runs.size())});
    i = end - 1;
  }
  return runs;
}

} // namespace mdi
