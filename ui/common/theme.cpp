#include "common/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace mdi {

namespace {

QPalette makePalette(const QColor &window, const QColor &base, const QColor &alternate, const QColor &text,
                     const QColor &button, const QColor &highlight, const QColor &disabledText, const QColor &link) {
  QPalette p;
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, alternate);
  p.setColor(QPalette::ToolTipBase, base);
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabledText);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, button);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, Qt::white);
  p.setColor(QPalette::Highlight, highlight);
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, link);
  p.setColor(QPalette::LinkVisited, link.darker(115));
  p.setColor(QPalette::Light, Theme::mix(button, Qt::white, 0.4));
  p.setColor(QPalette::Midlight, Theme::mix(button, Qt::white, 0.2));
  p.setColor(QPalette::Mid, Theme::mix(button, Qt::black, 0.25));
  p.setColor(QPalette::Dark, Theme::mix(button, Qt::black, 0.45));
  p.setColor(QPalette::Shadow, Qt::black);
  for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
    p.setColor(QPalette::Disabled, role, disabledText);
  }
  p.setColor(QPalette::Disabled, QPalette::Highlight, Theme::mix(highlight, window, 0.5));
  return p;
}

} // namespace

QPalette Theme::lightPalette() {
  return makePalette(QColor(0xf3, 0xf4, 0xf6), Qt::white, QColor(0xf7, 0xf8, 0xfa), QColor(0x1f, 0x23, 0x28),
                     QColor(0xfa, 0xfb, 0xfc), QColor(0x2f, 0x6f, 0xde), QColor(0x8c, 0x93, 0x9d),
                     QColor(0x1f, 0x5f, 0xc8));
}

QPalette Theme::darkPalette() {
  return makePalette(QColor(0x1e, 0x20, 0x24), QColor(0x26, 0x29, 0x2e), QColor(0x2c, 0x2f, 0x35),
                     QColor(0xe3, 0xe6, 0xea), QColor(0x30, 0x33, 0x39), QColor(0x3d, 0x7d, 0xe8),
                     QColor(0x7d, 0x84, 0x8e), QColor(0x7a, 0xb0, 0xff));
}

void Theme::apply(const QString &name) {
  static const QString platformStyle = qApp->style()->name();
  static const QPalette platformPalette = QApplication::palette();
  if (name == QLatin1String("light") || name == QLatin1String("dark")) {
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
      QApplication::setStyle(fusion);
    QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : lightPalette());
  } else {
    if (qApp->style()->name() != platformStyle) {
      if (QStyle *original = QStyleFactory::create(platformStyle))
        QApplication::setStyle(original);
    }
    QApplication::setPalette(platformPalette);
  }
}

bool Theme::isDark(const QPalette &palette) {
  return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::mix(const QColor &a, const QColor &b, double t) {
  return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                          float(a.greenF() + (b.greenF() - a.greenF()) * t),
                          float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor Theme::userBubble(const QPalette &palette) {
  return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.28 : 0.12);
}

QColor Theme::assistantBubble(const QPalette &palette) {
  return palette.color(QPalette::Base);
}

QColor Theme::bubbleBorder(const QPalette &palette) {
  return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.16 : 0.12);
}

QColor Theme::codeBackground(const QPalette &palette) {
  return isDark(palette) ? mix(palette.color(QPalette::Base), Qt::black, 0.35)
                         : mix(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.9);
}

QColor Theme::mutedText(const QPalette &palette) {
  return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor Theme::errorText(const QPalette &palette) {
  return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x27, 0x1c);
}

} // namespace mdi
