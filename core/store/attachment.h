#pragma once

#include <QList>
#include <QString>

namespace mdi {

// An image attached to a stored message. The bytes live in the ImageStore under a name derived
// from sha256 and mimeType; fileName is what the user called it (shown, never used as a path).
// width and height are the displayed size (EXIF orientation applied).
struct Attachment {
  QString sha256; // 64 lower-case hex digits of the original file's bytes
  QString fileName;
  QString mimeType; // "image/png", "image/jpeg", ...
  int width = 0;
  int height = 0;

  bool operator==(const Attachment &other) const = default;
};

} // namespace mdi
