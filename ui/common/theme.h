#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace mdi {

// Light and dark palettes over the Fusion style, and the few colours the chat derives from the
// palette (message bubbles, code blocks, syntax colours). "system" keeps the platform's palette.
class Theme {
public:
  // name: "system", "light" or "dark"; anything else counts as "system".
  static void apply(const QString &name);
  static QPalette lightPalette();
  static QPalette darkPalette();
  static bool isDark(const QPalette &palette);

  static QColor userBubble(const QPalette &palette);
  static QColor assistantBubble(const QPalette &palette);
  static QColor bubbleBorder(const QPalette &palette);
  static QColor codeBackground(const QPalette &palette);
  static QColor mutedText(const QPalette &palette);
  static QColor errorText(const QPalette &palette);
  // Blends a towards b by t (0..1).
  static QColor mix(const QColor &a, const QColor &b, double t);
};

} // namespace mdi
