#pragma once

#include "util/expected.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace mdi {

// `mdi-chat --screenshot FILE`: the main window with a demo conversation (a drawn picture, a
// question about it and a Markdown answer with a code block) rendered to a PNG, without a model.
// The profile is a temporary folder, so the user's history is never touched.
class DemoScreenshot {
public:
  // theme: "light", "dark" or "system".
  static Status render(const QString &filePath, const QString &theme, const QSize &size);
  // The demo picture: a landscape drawn with gradients.
  static QImage demoImage();
};

} // namespace mdi
