#pragma once

#include "model/imagegrid.h"
#include "model/modelconfig.h"
#include "model/positionids.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

namespace mdi {

// Qwen2-VL's get_rope_index: the three M-RoPE position ids of every prompt token. Text tokens
// get (p, p, p); an image's <|image_pad|> run gets (s + frame, s + row, s + col) over the merged
// grid, s being the next free position; text after it resumes at the image's largest position
// + 1. rope delta = next free position - token count, so a token at cache position c that comes
// later (decoding) gets c + delta on all three axes. Prompts can be indexed whole or appended
// after a cached prefix (a later turn of a conversation), which gives the same positions as
// indexing the whole conversation.
class RopeIndex {
  Q_DECLARE_TR_FUNCTIONS(mdi::RopeIndex)

public:
  struct Result {
    PositionIds positions;
    qint64 nextPosition = 0; // largest position + 1 (the next free one)
    qint64 ropeDelta = 0;    // nextPosition - (prefix length + token count)
  };

  RopeIndex(int spatialMergeSize, const SpecialTokens &tokens);

  // Positions of a whole prompt at cache positions 0..ids.size()-1. grids lists the images in the
  // order their <|image_pad|> runs appear; each run must be exactly grid.tokenCount() long.
  Expected<Result> compute(const QList<qint64> &ids, const QList<ImageGrid> &grids) const;
  // Positions of tokens appended after prefixLength cached tokens whose rope delta is
  // prefixDelta (their text continues at prefixLength + prefixDelta).
  Expected<Result> append(const QList<qint64> &ids, const QList<ImageGrid> &grids, qint64 prefixLength,
                          qint64 prefixDelta) const;

  // The position (all three axes) of the token at cachePosition during decoding.
  static qint64 decodePosition(qint64 cachePosition, qint64 ropeDelta) { return cachePosition + ropeDelta; }

private:
  int m_mergeSize;
  SpecialTokens m_tokens;
};

} // namespace mdi
