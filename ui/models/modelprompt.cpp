#include "models/modelprompt.h"

#include "common/icons.h"
#include "common/theme.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdi {

ModelPrompt::ModelPrompt(QWidget *parent) :
    QFrame(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_choose(new QPushButton(this)) {
  setObjectName(QStringLiteral("modelPrompt"));
  QFont bold = m_title->font();
  bold.setWeight(QFont::DemiBold);
  bold.setPointSizeF(bold.pointSizeF() * 1.1);
  m_title->setFont(bold);
  m_title->setObjectName(QStringLiteral("modelPromptTitle"));
  m_text->setObjectName(QStringLiteral("modelPromptText"));
  m_text->setWordWrap(true);
  m_text->setTextFormat(Qt::PlainText);
  m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_choose->setObjectName(QStringLiteral("chooseModelButton"));
  m_choose->setIcon(Icons::icon(QStringLiteral("folder")));

  auto *icon = new QLabel(this);
  icon->setPixmap(Icons::appIcon().pixmap(40, 40));
  icon->setAlignment(Qt::AlignTop);
  auto *texts = new QVBoxLayout;
  texts->setSpacing(4);
  texts->addWidget(m_title);
  texts->addWidget(m_text);
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_choose);
  buttons->addStretch(1);
  texts->addSpacing(4);
  texts->addLayout(buttons);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(16, 14, 16, 14);
  layout->setSpacing(14);
  layout->addWidget(icon, 0, Qt::AlignTop);
  layout->addLayout(texts, 1);

  connect(m_choose, &QPushButton::clicked, this, &ModelPrompt::chooseFolderRequested);
  showNoModel();
}

void ModelPrompt::showNoModel() {
  m_shown = Shown::NoModel;
  m_detail.clear();
  retranslateUi();
}

void ModelPrompt::showLoading(const QString &directory) {
  m_shown = Shown::Loading;
  m_detail = directory;
  retranslateUi();
}

void ModelPrompt::showFailed(const QString &error) {
  m_shown = Shown::Failed;
  m_detail = error;
  retranslateUi();
}

void ModelPrompt::retranslateUi() {
  setAccessibleName(tr("Model"));
  m_choose->setText(tr("Find or Download a Model…"));
  m_choose->setAccessibleName(tr("Find or download a model"));
  switch (m_shown) {
  case Shown::NoModel:
    m_title->setText(tr("Choose a model to start"));
    m_text->setText(tr("MDI Chat runs Qwen2-VL on this computer. Download Qwen2-VL-2B-Instruct (about 4.4 GB) "
                       "with one click, or choose a folder that holds a model: config.json, the tokenizer files "
                       "and the *.safetensors weights."));
    break;
  case Shown::Loading:
    m_title->setText(tr("Loading the model…"));
    m_text->setText(
        tr("Reading %1. You can write your first message meanwhile.").arg(QDir::toNativeSeparators(m_detail)));
    break;
  case Shown::Failed:
    m_title->setText(tr("The model could not be loaded"));
    m_text->setText(m_detail);
    break;
  }
  m_choose->setVisible(m_shown != Shown::Loading);
  update();
}

void ModelPrompt::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QFrame::changeEvent(event);
}

void ModelPrompt::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
  const QColor accent = m_shown == Shown::Failed ? Theme::errorText(palette()) : palette().color(QPalette::Highlight);
  painter.fillPath(path, Theme::mix(palette().color(QPalette::Base), accent, Theme::isDark(palette()) ? 0.18 : 0.07));
  painter.setPen(Theme::mix(palette().color(QPalette::Base), accent, 0.45));
  painter.drawPath(path);
}

} // namespace mdi
