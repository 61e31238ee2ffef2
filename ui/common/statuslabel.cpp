#include "common/statuslabel.h"

#include "common/theme.h"

#include <QEvent>
#include <QPainter>

namespace mdi {

namespace {
constexpr int kPadding = 8; // each side, the separator in the left one
} // namespace

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent) {
  setTextFormat(Qt::PlainText);
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  hide();
}

void StatusLabel::setText(const QString &text) {
  if (text == this->text())
    return;
  QLabel::setText(text);
  setAccessibleName(text);
  updateToolTip();
  updateGeometry();
  update();
  setVisible(!text.isEmpty());
}

void StatusLabel::setDetails(const QString &details) {
  m_details = details;
  updateToolTip();
}

void StatusLabel::setSeparator(bool separator) {
  m_separator = separator;
  updateGeometry();
  update();
}

int StatusLabel::textWidth() const {
  return qMax(0, width() - 2 * kPadding);
}

// A message with line breaks is shown on one line (the tooltip keeps them).
QString StatusLabel::line() const {
  QString line = text();
  line.replace(QLatin1Char('\n'), QLatin1Char(' '));
  return line;
}

QString StatusLabel::shownText() const {
  return fontMetrics().elidedText(line(), Qt::ElideRight, textWidth());
}

bool StatusLabel::isElided() const {
  return shownText() != line();
}

void StatusLabel::updateToolTip() {
  if (isElided())
    setToolTip(m_details.isEmpty() ? text() : text() + QStringLiteral("\n\n") + m_details);
  else
    setToolTip(m_details);
}

QSize StatusLabel::sizeHint() const {
  return {fontMetrics().horizontalAdvance(line()) + 2 * kPadding + 1, fontMetrics().height() + 2};
}

QSize StatusLabel::minimumSizeHint() const {
  // Room for a few characters and the ellipsis: the rest is elided.
  const int few = fontMetrics().horizontalAdvance(QStringLiteral("MMMM…"));
  return {qMin(sizeHint().width(), few + 2 * kPadding + 1), fontMetrics().height() + 2};
}

void StatusLabel::resizeEvent(QResizeEvent *event) {
  QLabel::resizeEvent(event);
  updateToolTip();
}

void StatusLabel::changeEvent(QEvent *event) {
  QLabel::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    updateGeometry();
    updateToolTip();
  }
}

void StatusLabel::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  if (m_separator) {
    painter.setPen(Theme::bubbleBorder(palette()));
    const int inset = height() / 6;
    painter.drawLine(0, inset, 0, height() - 1 - inset);
  }
  painter.setPen(palette().color(QPalette::WindowText));
  painter.drawText(QRect(kPadding, 0, textWidth(), height()), Qt::AlignVCenter | Qt::AlignLeft, shownText());
}

} // namespace mdi
