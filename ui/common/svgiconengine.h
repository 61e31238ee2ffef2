#pragma once

#include <QIconEngine>
#include <QPainterPath>
#include <QRectF>

#include <vector>

namespace mdi {

// Draws the application's line icons from their SVG files without the Qt SVG module. The icons
// use a small subset of SVG (path with M/L/H/V/C/S/Q/T/A/Z, line, polyline, polygon, rect,
// circle, ellipse; fill/stroke/stroke-width/linecap/linejoin/opacity, inherited from svg and g),
// and the colour "currentColor" is taken from the application palette when the icon is painted,
// so the same file is right in light and dark themes and greys out when disabled.
class SvgIconEngine : public QIconEngine {
public:
  struct Shape {
    QPainterPath path;
    bool fill = false;
    bool stroke = true;
    QColor fillColor;   // invalid: currentColor
    QColor strokeColor; // invalid: currentColor
    double strokeWidth = 2;
    Qt::PenCapStyle cap = Qt::RoundCap;
    Qt::PenJoinStyle join = Qt::RoundJoin;
    double opacity = 1;
  };

  // Reads the file (usually ":/icons/<name>.svg"); an unreadable file gives an empty icon.
  // A valid `colour` replaces currentColor (an icon on an accent-coloured button).
  explicit SvgIconEngine(const QString &fileName, const QColor &colour = QColor());
  // Parses SVG text directly (tests).
  static SvgIconEngine *fromData(const QByteArray &svg);

  void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
  QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
  QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
  QIconEngine *clone() const override;
  QString key() const override;
  bool isNull() override;

  const std::vector<Shape> &shapes() const { return m_shapes; }
  QRectF viewBox() const { return m_viewBox; }

private:
  SvgIconEngine() = default;
  void parse(const QByteArray &svg);

  std::vector<Shape> m_shapes;
  QRectF m_viewBox{0, 0, 24, 24};
  QColor m_colour;
};

} // namespace mdi
