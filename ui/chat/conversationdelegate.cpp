#include "chat/conversationdelegate.h"

#include "common/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace mdi {

namespace {
constexpr int kPadX = 10;
constexpr int kPadY = 6;
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ConversationDelegate::whenText(const QDateTime &updated, const QDateTime &now) {
  if (!updated.isValid())
    return {};
  const QLocale locale;
  const QDateTime local = updated.toLocalTime();
  const qint64 days = local.date().daysTo(now.toLocalTime().date());
  if (days == 0) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(local.time(), format);
  }
  if (days == 1)
    return QApplication::translate("ConversationDelegate", "Yesterday");
  if (days > 1 && days < 7)
    return locale.dayName(local.date().dayOfWeek(), QLocale::LongFormat);
  return locale.toString(local.date(), QLocale::ShortFormat);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
  const QFontMetrics title(option.font);
  QFont small = option.font;
  small.setPointSizeF(small.pointSizeF() * 0.85);
  const QFontMetrics sub(small);
  if (index.data(kHeaderRole).toBool())
    return {100, sub.height() + kPadY + 4};
  return {100, title.height() + sub.height() + 2 * kPadY + 2};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  const QPalette &palette = option.palette;
  if (index.data(kHeaderRole).toBool()) {
    // A group's header: small, bold, muted, at the bottom of its row (closer to its group).
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics metrics(font);
    painter->setFont(font);
    painter->setPen(Theme::mutedText(palette));
    const QRect text = option.rect.adjusted(kPadX, 0, -kPadX, -2);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                      metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    painter->restore();
    return;
  }
  const bool selected = option.state & QStyle::State_Selected;
  const bool hovered = option.state & QStyle::State_MouseOver;
  const QRectF box = QRectF(option.rect).adjusted(2, 1, -2, -1);
  // The selection is strong while the list has the focus and quiet otherwise.
  const bool strong = selected && (option.state & QStyle::State_HasFocus || option.state & QStyle::State_Active) &&
                      option.widget && option.widget->hasFocus();
  if (selected || hovered) {
    QPainterPath path;
    path.addRoundedRect(box, 7, 7);
    const QColor highlight = palette.color(QPalette::Highlight);
    QColor fill = Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.07);
    if (strong)
      fill = highlight;
    else if (selected)
      fill = Theme::mix(palette.color(QPalette::Window), highlight, Theme::isDark(palette) ? 0.35 : 0.2);
    painter->fillPath(path, fill);
  }
  const QColor text = strong ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
  const QColor muted = strong ? Theme::mix(text, palette.color(QPalette::Highlight), 0.3) : Theme::mutedText(palette);

  const QRect inner = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
  QFont titleFont = option.font;
  const QFontMetrics titleMetrics(titleFont);
  QFont small = option.font;
  small.setPointSizeF(small.pointSizeF() * 0.85);
  const QFontMetrics smallMetrics(small);

  const QString title = index.data(Qt::DisplayRole).toString();
  // While it writes an answer: a dot in the accent colour at the title's end.
  const bool generating = index.data(kGeneratingRole).toBool();
  const int dot = generating ? titleMetrics.height() / 2 : 0;
  const int titleWidth = generating ? inner.width() - dot - 6 : inner.width();
  painter->setFont(titleFont);
  painter->setPen(text);
  painter->drawText(QRect(inner.left(), inner.top(), titleWidth, titleMetrics.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, titleWidth));
  if (generating) {
    painter->setPen(Qt::NoPen);
    painter->setBrush(strong ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight));
    painter->drawEllipse(QRectF(inner.right() - dot, inner.top() + (titleMetrics.height() - dot) / 2.0, dot, dot));
  }
  const QString when = whenText(index.data(kUpdatedRole).toDateTime(), QDateTime::currentDateTime());
  painter->setFont(small);
  painter->setPen(muted);
  painter->drawText(QRect(inner.left(), inner.top() + titleMetrics.height() + 2, inner.width(), smallMetrics.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, when);
  if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_KeyboardFocusChange) {
    QPainterPath path;
    path.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    painter->setPen(QPen(palette.color(QPalette::Highlight).lighter(130), 1.5));
    painter->drawPath(path);
  }
  painter->restore();
}

void ConversationDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const {
  const QFontMetrics metrics(option.font);
  editor->setGeometry(QRect(option.rect.left() + kPadX - 4, option.rect.top() + kPadY - 3,
                            option.rect.width() - 2 * kPadX + 8, metrics.height() + 6));
}

} // namespace mdi
