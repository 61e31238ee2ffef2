#include "common/svgiconengine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QStack>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>
#include <numbers> // M_PI is not standard (MSVC has it only with _USE_MATH_DEFINES)

namespace mdi {

namespace {

// Reads SVG path data: commands, numbers with or without separators, arc flags.
class PathDataReader {
public:
  explicit PathDataReader(QStringView data) : m_data(data) {}

  void skipSeparators() {
    while (m_pos < m_data.size() && (m_data[m_pos].isSpace() || m_data[m_pos] == QLatin1Char(',')))
      ++m_pos;
  }
  bool atEnd() {
    skipSeparators();
    return m_pos >= m_data.size();
  }
  bool nextIsNumber() {
    skipSeparators();
    if (m_pos >= m_data.size())
      return false;
    const QChar c = m_data[m_pos];
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.');
  }
  QChar command() {
    skipSeparators();
    return m_pos < m_data.size() ? m_data[m_pos++] : QChar();
  }
  bool number(double *out) {
    skipSeparators();
    const qsizetype start = m_pos;
    if (m_pos < m_data.size() && (m_data[m_pos] == QLatin1Char('-') || m_data[m_pos] == QLatin1Char('+')))
      ++m_pos;
    bool dot = false;
    while (m_pos < m_data.size()) {
      const QChar c = m_data[m_pos];
      if (c.isDigit()) {
        ++m_pos;
      } else if (c == QLatin1Char('.') && !dot) {
        dot = true;
        ++m_pos;
      } else if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && m_pos > start) {
        ++m_pos;
        if (m_pos < m_data.size() && (m_data[m_pos] == QLatin1Char('-') || m_data[m_pos] == QLatin1Char('+')))
          ++m_pos;
      } else {
        break;
      }
    }
    bool ok = false;
    *out = m_data.mid(start, m_pos - start).toDouble(&ok);
    return ok;
  }
  bool flag(bool *out) {
    skipSeparators();
    if (m_pos < m_data.size() && (m_data[m_pos] == QLatin1Char('0') || m_data[m_pos] == QLatin1Char('1'))) {
      *out = m_data[m_pos++] == QLatin1Char('1');
      return true;
    }
    return false;
  }

private:
  QStringView m_data;
  qsizetype m_pos = 0;
};

// Appends an SVG elliptical arc (endpoint parameterisation, SVG 1.1 F.6.5) to path.
void arcTo(QPainterPath &path, QPointF from, double rx, double ry, double angleDeg, bool large, bool sweep,
           QPointF to) {
  if (from == to)
    return;
  rx = std::abs(rx);
  ry = std::abs(ry);
  if (rx == 0 || ry == 0) {
    path.lineTo(to);
    return;
  }
  const double phi = qDegreesToRadians(angleDeg);
  const double cosPhi = std::cos(phi), sinPhi = std::sin(phi);
  const double dx = (from.x() - to.x()) / 2, dy = (from.y() - to.y()) / 2;
  const double x1 = cosPhi * dx + sinPhi * dy, y1 = -sinPhi * dx + cosPhi * dy;
  const double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= std::sqrt(lambda);
    ry *= std::sqrt(lambda);
  }
  const double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0;
  if (large == sweep)
    coef = -coef;
  const double cx1 = coef * rx * y1 / ry, cy1 = -coef * ry * x1 / rx;
  const double cx = cosPhi * cx1 - sinPhi * cy1 + (from.x() + to.x()) / 2;
  const double cy = sinPhi * cx1 + cosPhi * cy1 + (from.y() + to.y()) / 2;
  auto angle = [](double ux, double uy, double vx, double vy) {
    return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  };
  const double theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  double delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0)
    delta -= 2 * std::numbers::pi;
  else if (sweep && delta < 0)
    delta += 2 * std::numbers::pi;

  // Qt's arcTo measures angles counter-clockwise on screen; SVG's run clockwise (y down).
  QPainterPath local;
  local.moveTo(rx * std::cos(theta1), ry * std::sin(theta1));
  local.arcTo(QRectF(-rx, -ry, 2 * rx, 2 * ry), -qRadiansToDegrees(theta1), -qRadiansToDegrees(delta));
  QTransform t;
  t.translate(cx, cy);
  t.rotateRadians(phi);
  const QPainterPath mapped = t.map(local);
  for (int i = 1; i < mapped.elementCount(); ++i) {
    const QPainterPath::Element e = mapped.elementAt(i);
    if (e.type == QPainterPath::CurveToElement && i + 2 < mapped.elementCount()) {
      const QPainterPath::Element c2 = mapped.elementAt(i + 1), end = mapped.elementAt(i + 2);
      path.cubicTo(QPointF(e.x, e.y), QPointF(c2.x, c2.y), QPointF(end.x, end.y));
      i += 2;
    } else if (e.type == QPainterPath::LineToElement) {
      path.lineTo(QPointF(e.x, e.y));
    }
  }
}

QPainterPath parsePathData(QStringView d) {
  QPainterPath path;
  PathDataReader r(d);
  QPointF current, start, lastControl;
  QChar previous;
  QChar cmd;
  while (!r.atEnd()) {
    if (!r.nextIsNumber())
      cmd = r.command();
    else if (cmd.isNull())
      break;
    const bool rel = cmd.isLower();
    const QPointF base = rel ? current : QPointF();
    double a = 0, b = 0, c = 0, e = 0, f = 0, g = 0;
    bool large = false, sweep = false;
    switch (cmd.toUpper().unicode()) {
    case 'M':
      if (!r.number(&a) || !r.number(&b))
        return path;
      current = base + QPointF(a, b);
      start = current;
      path.moveTo(current);
      cmd = rel ? QLatin1Char('l') : QLatin1Char('L'); // further pairs are line-tos
      break;
    case 'L':
      if (!r.number(&a) || !r.number(&b))
        return path;
      current = base + QPointF(a, b);
      path.lineTo(current);
      break;
    case 'H':
      if (!r.number(&a))
        return path;
      current.setX(rel ? current.x() + a : a);
      path.lineTo(current);
      break;
    case 'V':
      if (!r.number(&a))
        return path;
      current.setY(rel ? current.y() + a : a);
      path.lineTo(current);
      break;
    case 'C': {
      if (!r.number(&a) || !r.number(&b) || !r.number(&c) || !r.number(&e) || !r.number(&f) || !r.number(&g))
        return path;
      const QPointF c1 = base + QPointF(a, b);
      lastControl = base + QPointF(c, e);
      current = base + QPointF(f, g);
      path.cubicTo(c1, lastControl, current);
      break;
    }
    case 'S': {
      if (!r.number(&a) || !r.number(&b) || !r.number(&c) || !r.number(&e))
        return path;
      const bool smooth = QStringLiteral("CcSs").contains(previous);
      const QPointF c1 = smooth ? 2 * current - lastControl : current;
      lastControl = base + QPointF(a, b);
      current = base + QPointF(c, e);
      path.cubicTo(c1, lastControl, current);
      break;
    }
    case 'Q':
      if (!r.number(&a) || !r.number(&b) || !r.number(&c) || !r.number(&e))
        return path;
      lastControl = base + QPointF(a, b);
      current = base + QPointF(c, e);
      path.quadTo(lastControl, current);
      break;
    case 'T': {
      if (!r.number(&a) || !r.number(&b))
        return path;
      const bool smooth = QStringLiteral("QqTt").contains(previous);
      lastControl = smooth ? 2 * current - lastControl : current;
      current = base + QPointF(a, b);
      path.quadTo(lastControl, current);
      break;
    }
    case 'A': {
      if (!r.number(&a) || !r.number(&b) || !r.number(&c) || !r.flag(&large) || !r.flag(&sweep) || !r.number(&e) ||
          !r.number(&f))
        return path;
      const QPointF to = base + QPointF(e, f);
      arcTo(path, current, a, b, c, large, sweep, to);
      current = to;
      break;
    }
    case 'Z':
      path.closeSubpath();
      current = start;
      break;
    default:
      return path;
    }
    previous = cmd;
  }
  return path;
}

QList<double> numbers(QStringView text) {
  QList<double> out;
  PathDataReader r(text);
  double v = 0;
  while (r.nextIsNumber() && r.number(&v))
    out.append(v);
  return out;
}

struct Style {
  QString fill = QStringLiteral("black");
  QString stroke = QStringLiteral("none");
  double strokeWidth = 1;
  Qt::PenCapStyle cap = Qt::FlatCap;
  Qt::PenJoinStyle join = Qt::MiterJoin;
  double opacity = 1;
};

Style applyAttributes(Style style, const QXmlStreamAttributes &attributes) {
  if (attributes.hasAttribute(QLatin1String("fill")))
    style.fill = attributes.value(QLatin1String("fill")).toString();
  if (attributes.hasAttribute(QLatin1String("stroke")))
    style.stroke = attributes.value(QLatin1String("stroke")).toString();
  if (attributes.hasAttribute(QLatin1String("stroke-width")))
    style.strokeWidth = attributes.value(QLatin1String("stroke-width")).toDouble();
  if (attributes.hasAttribute(QLatin1String("opacity")))
    style.opacity *= attributes.value(QLatin1String("opacity")).toDouble();
  const QStringView cap = attributes.value(QLatin1String("stroke-linecap"));
  if (cap == QLatin1String("round"))
    style.cap = Qt::RoundCap;
  else if (cap == QLatin1String("square"))
    style.cap = Qt::SquareCap;
  else if (cap == QLatin1String("butt"))
    style.cap = Qt::FlatCap;
  const QStringView join = attributes.value(QLatin1String("stroke-linejoin"));
  if (join == QLatin1String("round"))
    style.join = Qt::RoundJoin;
  else if (join == QLatin1String("bevel"))
    style.join = Qt::BevelJoin;
  else if (join == QLatin1String("miter"))
    style.join = Qt::MiterJoin;
  return style;
}

double attr(const QXmlStreamAttributes &a, const char *name) {
  return a.value(QLatin1String(name)).toDouble();
}

} // namespace

SvgIconEngine::SvgIconEngine(const QString &fileName, const QColor &colour) : m_colour(colour) {
  QFile file(fileName);
  if (file.open(QIODevice::ReadOnly))
    parse(file.readAll());
}

SvgIconEngine *SvgIconEngine::fromData(const QByteArray &svg) {
  auto *engine = new SvgIconEngine;
  engine->parse(svg);
  return engine;
}

void SvgIconEngine::parse(const QByteArray &svg) {
  QXmlStreamReader xml(svg);
  QStack<Style> styles;
  styles.push(Style());
  while (!xml.atEnd()) {
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::EndElement) {
      if (styles.size() > 1)
        styles.pop();
      continue;
    }
    if (token != QXmlStreamReader::StartElement)
      continue;
    const QXmlStreamAttributes a = xml.attributes();
    const Style style = applyAttributes(styles.top(), a);
    styles.push(style);
    const QStringView name = xml.name();
    QPainterPath path;
    if (name == QLatin1String("svg")) {
      const QList<double> box = numbers(a.value(QLatin1String("viewBox")));
      if (box.size() == 4 && box[2] > 0 && box[3] > 0)
        m_viewBox = QRectF(box[0], box[1], box[2], box[3]);
      continue;
    } else if (name == QLatin1String("path")) {
      path = parsePathData(a.value(QLatin1String("d")));
    } else if (name == QLatin1String("line")) {
      path.moveTo(attr(a, "x1"), attr(a, "y1"));
      path.lineTo(attr(a, "x2"), attr(a, "y2"));
    } else if (name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
      const QList<double> p = numbers(a.value(QLatin1String("points")));
      for (qsizetype i = 0; i + 1 < p.size(); i += 2) {
        if (i == 0)
          path.moveTo(p[i], p[i + 1]);
        else
          path.lineTo(p[i], p[i + 1]);
      }
      if (name == QLatin1String("polygon"))
        path.closeSubpath();
    } else if (name == QLatin1String("rect")) {
      const QRectF r(attr(a, "x"), attr(a, "y"), attr(a, "width"), attr(a, "height"));
      double rx = attr(a, "rx"), ry = attr(a, "ry");
      if (ry == 0)
        ry = rx;
      if (rx == 0)
        rx = ry;
      if (rx > 0)
        path.addRoundedRect(r, rx, ry);
      else
        path.addRect(r);
    } else if (name == QLatin1String("circle")) {
      const double r = attr(a, "r");
      path.addEllipse(QPointF(attr(a, "cx"), attr(a, "cy")), r, r);
    } else if (name == QLatin1String("ellipse")) {
      path.addEllipse(QPointF(attr(a, "cx"), attr(a, "cy")), attr(a, "rx"), attr(a, "ry"));
    } else {
      continue; // g, title, desc, ...: only their attributes count
    }
    Shape shape;
    shape.path = path;
    shape.fill = style.fill != QLatin1String("none");
    shape.stroke = style.stroke != QLatin1String("none");
    if (shape.fill && style.fill != QLatin1String("currentColor"))
      shape.fillColor = QColor(style.fill);
    if (shape.stroke && style.stroke != QLatin1String("currentColor"))
      shape.strokeColor = QColor(style.stroke);
    shape.strokeWidth = style.strokeWidth;
    shape.cap = style.cap;
    shape.join = style.join;
    shape.opacity = style.opacity;
    m_shapes.push_back(shape);
  }
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) {
  const QPalette palette = QApplication::palette();
  QColor current = palette.color(QPalette::Active, QPalette::WindowText);
  if (mode == QIcon::Disabled)
    current = palette.color(QPalette::Disabled, QPalette::WindowText);
  else if (mode == QIcon::Selected)
    current = palette.color(QPalette::Active, QPalette::HighlightedText);
  else if (m_colour.isValid())
    current = m_colour;

  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  const double scale = std::min(rect.width() / m_viewBox.width(), rect.height() / m_viewBox.height());
  painter->translate(rect.x() + (rect.width() - m_viewBox.width() * scale) / 2,
                     rect.y() + (rect.height() - m_viewBox.height() * scale) / 2);
  painter->scale(scale, scale);
  painter->translate(-m_viewBox.topLeft());
  for (const Shape &shape : m_shapes) {
    painter->setOpacity(shape.opacity);
    if (shape.fill)
      painter->fillPath(shape.path, shape.fillColor.isValid() ? shape.fillColor : current);
    if (shape.stroke) {
      QPen pen(shape.strokeColor.isValid() ? shape.strokeColor : current, shape.strokeWidth, Qt::SolidLine, shape.cap,
               shape.join);
      painter->strokePath(shape.path, pen);
    }
  }
  painter->restore();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) {
  return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) {
  QPixmap pm(size * scale);
  pm.fill(Qt::transparent);
  pm.setDevicePixelRatio(scale);
  {
    QPainter p(&pm);
    paint(&p, QRect(QPoint(0, 0), size), mode, state);
  }
  return pm;
}

QIconEngine *SvgIconEngine::clone() const {
  return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const {
  return QStringLiteral("mdi-svg");
}

bool SvgIconEngine::isNull() {
  return m_shapes.empty();
}

} // namespace mdi
