#include "chat/attachmentchip.h"

#include "chat/imagethumbnail.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdi {

AttachmentChip::AttachmentChip(const Attachment &attachment, const QString &path, QWidget *parent) :
    QFrame(parent), m_attachment(attachment), m_sizeLabel(new QLabel(this)), m_remove(new QToolButton(this)) {
  setObjectName(QStringLiteral("attachmentChip"));

  auto *thumb = new QLabel(this);
  thumb->setObjectName(QStringLiteral("attachmentThumbnail"));
  const QPixmap pm = ImageThumbnail::load(path, 56, devicePixelRatioF());
  thumb->setPixmap(pm);
  thumb->setFixedSize(56, 56);
  thumb->setAlignment(Qt::AlignCenter);

  m_sizeLabel->setObjectName(QStringLiteral("attachmentSize"));
  QFont small = m_sizeLabel->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  m_sizeLabel->setFont(small);
  m_sizeLabel->setAlignment(Qt::AlignCenter);
  QPalette muted = m_sizeLabel->palette();
  muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
  m_sizeLabel->setPalette(muted);

  m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
  m_remove->setIcon(Icons::icon(QStringLiteral("close")));
  m_remove->setIconSize(QSize(12, 12));
  m_remove->setAutoRaise(true);
  m_remove->setFocusPolicy(Qt::TabFocus);
  connect(m_remove, &QToolButton::clicked, this, &AttachmentChip::removeRequested);

  auto *column = new QVBoxLayout;
  column->setSpacing(2);
  column->addWidget(thumb, 0, Qt::AlignHCenter);
  column->addWidget(m_sizeLabel);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 4, 2, 4);
  layout->setSpacing(0);
  layout->addLayout(column);
  layout->addWidget(m_remove, 0, Qt::AlignTop);
  retranslateUi();
}

void AttachmentChip::retranslateUi() {
  const QString size = tr("%1 × %2").arg(m_attachment.width).arg(m_attachment.height);
  setAccessibleName(tr("Attached image %1, %2 pixels").arg(m_attachment.fileName, size));
  setToolTip(tr("%1\n%2 pixels").arg(m_attachment.fileName, size));
  m_sizeLabel->setText(size);
  m_remove->setToolTip(tr("Remove this image"));
  m_remove->setAccessibleName(tr("Remove image %1").arg(m_attachment.fileName));
}

void AttachmentChip::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QFrame::changeEvent(event);
}

void AttachmentChip::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
  painter.fillPath(path, palette().color(QPalette::Base));
  painter.setPen(Theme::bubbleBorder(palette()));
  painter.drawPath(path);
}

} // namespace mdi
