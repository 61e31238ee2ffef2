#include "common/noticebanner.h"

#include "common/icons.h"
#include "common/theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>

namespace mdi {

NoticeBanner::NoticeBanner(QWidget *parent) :
    QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
    m_close(new QToolButton(this)) {
  setObjectName(QStringLiteral("noticeBanner"));
  m_icon->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(20, 20));
  m_text->setObjectName(QStringLiteral("noticeText"));
  m_text->setWordWrap(true);
  m_text->setTextFormat(Qt::PlainText);
  m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_action->setObjectName(QStringLiteral("noticeActionButton"));
  m_action->hide();
  m_close->setObjectName(QStringLiteral("noticeCloseButton"));
  m_close->setIcon(Icons::icon(QStringLiteral("close")));
  m_close->setAutoRaise(true);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(12, 8, 8, 8);
  layout->setSpacing(10);
  layout->addWidget(m_icon, 0, Qt::AlignTop);
  layout->addWidget(m_text, 1);
  layout->addWidget(m_action, 0, Qt::AlignVCenter);
  layout->addWidget(m_close, 0, Qt::AlignTop);
  connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
  connect(m_action, &QPushButton::clicked, this, [this] {
    hide();
    Q_EMIT actionTriggered();
  });
  retranslateUi();
  hide();
}

void NoticeBanner::retranslateUi() {
  setAccessibleName(tr("Notice"));
  m_close->setToolTip(tr("Dismiss"));
  m_close->setAccessibleName(tr("Dismiss the notice"));
}

void NoticeBanner::showWarning(const QString &text) {
  m_warning = true;
  m_icon->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(20, 20));
  m_icon->show();
  m_action->hide();
  announce(text);
}

void NoticeBanner::showAction(const QString &text, const QString &actionText) {
  m_warning = false;
  m_icon->hide();
  m_action->setText(actionText);
  m_action->show();
  announce(text);
}

void NoticeBanner::announce(const QString &text) {
  m_text->setText(text);
  setAccessibleDescription(text);
  show();
  QAccessibleEvent alert(this, QAccessible::Alert);
  QAccessible::updateAccessibility(&alert);
  update();
}

QString NoticeBanner::text() const {
  return m_text->text();
}

void NoticeBanner::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QFrame::changeEvent(event);
}

void NoticeBanner::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
  // Amber: a warning, not an error; a notice with an action takes the palette's highlight.
  const QColor accent = m_warning ? QColor(0xd9, 0x8c, 0x1f) : palette().color(QPalette::Highlight);
  painter.fillPath(path, Theme::mix(palette().color(QPalette::Base), accent, Theme::isDark(palette()) ? 0.22 : 0.12));
  painter.setPen(Theme::mix(palette().color(QPalette::Base), accent, 0.6));
  painter.drawPath(path);
}

} // namespace mdi
