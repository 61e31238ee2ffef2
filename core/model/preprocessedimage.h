#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace mdi {

// One image ready for the vision tower: the size it was resized to, the resized RGB pixels
// (what PIL produced in the reference) and the flattened patches in merge-window order, as
// Qwen2VLImageProcessor returns them in pixel_values. Grid sizes count patch_size-pixel patches.
struct PreprocessedImage {
  int gridT = 1, gridH = 0, gridW = 0;   // in patches (patch_size px)
  int width = 0, height = 0;             // resized size in pixels
  int sourceWidth = 0, sourceHeight = 0; // as decoded, before resizing
  QByteArray resizedRgb;                 // height*width*3 uint8, row-major RGB (what PIL produced)
  std::vector<float> pixelValues; // (gridT*gridH*gridW) rows x (3*temporal*patch*patch) floats, merge-window order
  qint64 patchCount() const { return qint64(gridT) * gridH * gridW; }
  int tokenCount(int mergeSize) const { return int(patchCount() / (mergeSize * mergeSize)); }
};

} // namespace mdi
