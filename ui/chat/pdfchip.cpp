#include "chat/pdfchip.h"

#include "chat/imagethumbnail.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdi {

PdfChip::PdfChip(const QString &fileName, int pageCount, QWidget *parent) :
    QFrame(parent), m_fileName(fileName), m_pageCount(qMax(1, pageCount)), m_thumb(new QLabel(this)),
    m_name(new QLabel(this)), m_pagesLabel(new QLabel(this)), m_ofLabel(new QLabel(this)), m_first(new QSpinBox(this)),
    m_last(new QSpinBox(this)), m_remove(new QToolButton(this)) {
  setObjectName(QStringLiteral("pdfChip"));

  m_thumb->setObjectName(QStringLiteral("pdfThumbnail"));
  m_thumb->setFixedSize(44, 56);
  m_thumb->setAlignment(Qt::AlignCenter);

  m_name->setObjectName(QStringLiteral("pdfName"));
  m_name->setTextFormat(Qt::PlainText);
  m_name->setText(QFontMetrics(m_name->font()).elidedText(fileName, Qt::ElideMiddle, 220));

  for (QSpinBox *spin : {m_first, m_last}) {
    spin->setRange(1, m_pageCount);
    // Typed numbers count when Enter is pressed or the box is left, not at every digit.
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &PdfChip::onEdited);
  }
  m_first->setObjectName(QStringLiteral("pdfFirstPage"));
  m_last->setObjectName(QStringLiteral("pdfLastPage"));
  m_pagesLabel->setBuddy(m_first);

  QPalette muted = m_ofLabel->palette();
  muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
  m_ofLabel->setPalette(muted);

  m_remove->setObjectName(QStringLiteral("removePdfButton"));
  m_remove->setIcon(Icons::icon(QStringLiteral("close")));
  m_remove->setIconSize(QSize(12, 12));
  m_remove->setAutoRaise(true);
  m_remove->setFocusPolicy(Qt::TabFocus);
  connect(m_remove, &QToolButton::clicked, this, &PdfChip::removeRequested);

  m_settle.setSingleShot(true);
  m_settle.setInterval(kSettleMs);
  connect(&m_settle, &QTimer::timeout, this, [this] { Q_EMIT rangeRequested(firstPage(), lastPage()); });

  auto *range = new QHBoxLayout;
  range->setSpacing(4);
  range->addWidget(m_pagesLabel);
  range->addWidget(m_first);
  range->addWidget(new QLabel(QStringLiteral("–"), this));
  range->addWidget(m_last);
  range->addWidget(m_ofLabel);
  range->addStretch(1);
  auto *column = new QVBoxLayout;
  column->setSpacing(2);
  column->addWidget(m_name);
  column->addLayout(range);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 4, 2, 4);
  layout->setSpacing(6);
  layout->addWidget(m_thumb);
  layout->addLayout(column);
  layout->addWidget(m_remove, 0, Qt::AlignTop);
  setRange(1, m_pageCount);
  retranslateUi();
}

int PdfChip::firstPage() const {
  return m_first->value();
}

int PdfChip::lastPage() const {
  return m_last->value();
}

void PdfChip::setRange(int first, int last) {
  m_settingRange = true;
  m_first->setValue(first);
  m_last->setValue(last);
  m_settingRange = false;
  m_settle.stop();
  retranslateUi();
}

void PdfChip::setThumbnail(const QString &imagePath) {
  m_thumb->setPixmap(ImageThumbnail::load(imagePath, 56, devicePixelRatioF()));
}

void PdfChip::setBusy(bool busy) {
  m_busy = busy;
  m_first->setEnabled(!busy);
  m_last->setEnabled(!busy);
  retranslateUi();
}

void PdfChip::onEdited() {
  if (m_settingRange)
    return;
  // The two ends stay in order: moving one past the other takes it along.
  m_settingRange = true;
  if (sender() == m_first && m_last->value() < m_first->value())
    m_last->setValue(m_first->value());
  else if (sender() == m_last && m_first->value() > m_last->value())
    m_first->setValue(m_last->value());
  m_settingRange = false;
  m_settle.start();
}

void PdfChip::retranslateUi() {
  m_pagesLabel->setText(tr("Pages"));
  m_ofLabel->setText(m_busy ? tr("of %1, reading…").arg(m_pageCount) : tr("of %1").arg(m_pageCount));
  m_first->setAccessibleName(tr("First page"));
  m_last->setAccessibleName(tr("Last page"));
  const QString pages = tr("pages %1 to %2 of %3").arg(firstPage()).arg(lastPage()).arg(m_pageCount);
  setAccessibleName(tr("Attached PDF %1, %2").arg(m_fileName, pages));
  setToolTip(tr("%1\nEach page goes to the model as an image: %2").arg(m_fileName, pages));
  m_remove->setToolTip(tr("Remove this PDF"));
  m_remove->setAccessibleName(tr("Remove PDF %1").arg(m_fileName));
}

void PdfChip::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QFrame::changeEvent(event);
}

void PdfChip::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
  painter.fillPath(path, palette().color(QPalette::Base));
  painter.setPen(Theme::bubbleBorder(palette()));
  painter.drawPath(path);
}

} // namespace mdi
