#pragma once

#include <QtGlobal>

namespace mdi {

// An image's size in patches, as image_grid_thw gives it: t frames (1 for a still image, whose
// single frame is duplicated to the temporal patch size), h rows and w columns of 14-px patches.
struct ImageGrid {
  qint64 t = 1;
  qint64 h = 0;
  qint64 w = 0;

  qint64 patchCount() const { return t * h * w; }
  // <|image_pad|> tokens (and merged embeddings) the image occupies.
  qint64 tokenCount(int mergeSize) const { return t * (h / mergeSize) * (w / mergeSize); }
  bool operator==(const ImageGrid &) const = default;
};

} // namespace mdi
