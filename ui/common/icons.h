#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace mdi {

// The application's icons, drawn from resources/icons/<name>.svg in the palette's text colour.
class Icons {
public:
  static QIcon icon(const QString &name);
  // The same drawing in a fixed colour (for an icon on an accent-coloured button).
  static QIcon icon(const QString &name, const QColor &colour);
  // The coloured application icon (window and about box).
  static QIcon appIcon();
  // Registers the compiled-in resources (the UI is a static library); safe to call repeatedly.
  static void initResources();
};

} // namespace mdi
