#include "chat/conversationsettingsdialog.h"

#include "chat/chatcontroller.h"
#include "common/theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mdi {

namespace {
const QList<SamplingPreset::Kind> kKinds = {SamplingPreset::Kind::None, SamplingPreset::Kind::Precise,
                                            SamplingPreset::Kind::Balanced, SamplingPreset::Kind::Creative};
} // namespace

ConversationSettingsDialog::ConversationSettingsDialog(ChatController &controller, qint64 conversationId,
                                                       QWidget *parent) :
    QDialog(parent),
    m_controller(controller), m_conversationId(conversationId), m_samplingTitle(new QLabel(this)),
    m_promptTitle(new QLabel(this)), m_promptHint(new QLabel(this)), m_group(new QButtonGroup(this)),
    m_systemPrompt(new QPlainTextEdit(this)), m_error(new QLabel(this)) {
  setObjectName(QStringLiteral("conversationSettingsDialog"));
  auto conversation = controller.conversationSettings(conversationId);
  if (conversation) {
    m_sampling = conversation->sampling;
    m_systemPrompt->setPlainText(conversation->systemPrompt);
  }
  m_storedKind = SamplingPreset::fromJson(m_sampling).hasValue() ? *SamplingPreset::fromJson(m_sampling)
                                                                 : SamplingPreset::Kind::None;

  QFont bold = m_samplingTitle->font();
  bold.setBold(true);
  m_samplingTitle->setFont(bold);
  m_promptTitle->setFont(bold);
  QPalette muted = palette();
  muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_samplingTitle);
  for (SamplingPreset::Kind kind : kKinds) {
    auto *button = new QRadioButton(this);
    button->setObjectName(QStringLiteral("preset_") + (kind == SamplingPreset::Kind::None ? QStringLiteral("settings")
                                                                                          : SamplingPreset::key(kind)));
    auto *numbers = new QLabel(this);
    numbers->setObjectName(button->objectName() + QStringLiteral("_numbers"));
    numbers->setWordWrap(true);
    numbers->setTextFormat(Qt::PlainText);
    numbers->setPalette(muted);
    numbers->setContentsMargins(24, 0, 0, 4);
    numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_group->addButton(button);
    m_buttons.insert(kind, button);
    m_numbers.insert(kind, numbers);
    layout->addWidget(button);
    layout->addWidget(numbers);
  }
  m_buttons.value(m_storedKind)->setChecked(true);

  layout->addSpacing(8);
  layout->addWidget(m_promptTitle);
  m_promptTitle->setBuddy(m_systemPrompt);
  m_systemPrompt->setObjectName(QStringLiteral("conversationSystemPrompt"));
  m_systemPrompt->setTabChangesFocus(true);
  m_systemPrompt->setMinimumHeight(90);
  layout->addWidget(m_systemPrompt, 1);
  m_promptHint->setWordWrap(true);
  m_promptHint->setPalette(muted);
  layout->addWidget(m_promptHint);

  m_error->setObjectName(QStringLiteral("conversationSettingsError"));
  m_error->setWordWrap(true);
  m_error->setTextFormat(Qt::PlainText);
  QPalette red = palette();
  red.setColor(QPalette::WindowText, Theme::errorText(palette()));
  m_error->setPalette(red);
  m_error->hide();
  layout->addWidget(m_error);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  retranslateUi();
  resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

SamplingPreset::Kind ConversationSettingsDialog::chosenKind() const {
  for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
    if (it.value()->isChecked())
      return it.key();
  }
  return SamplingPreset::Kind::None;
}

QJsonObject ConversationSettingsDialog::chosenSampling() const {
  const SamplingPreset::Kind kind = chosenKind();
  // Unchanged: the stored object as it is, numbers set one by one included.
  return kind == m_storedKind ? m_sampling : SamplingPreset::withPreset(m_sampling, kind);
}

void ConversationSettingsDialog::accept() {
  const Status applied =
      m_controller.setConversationSettings(m_conversationId, m_systemPrompt->toPlainText().trimmed(), chosenSampling());
  if (!applied) {
    m_error->setText(applied.error());
    m_error->show();
    return;
  }
  QDialog::accept();
}

void ConversationSettingsDialog::retranslateUi() {
  setWindowTitle(m_conversationId == 0 ? tr("New Chat Settings") : tr("Conversation Settings"));
  m_samplingTitle->setText(tr("How answers choose their words"));
  m_promptTitle->setText(tr("&System prompt for this conversation"));
  m_promptHint->setText(tr("Instructions the model reads before every message of this conversation, for "
                           "example \"Answer in German\" or \"You are a careful proofreader\". Empty: none."));
  for (SamplingPreset::Kind kind : kKinds) {
    m_buttons.value(kind)->setText(SamplingPreset::name(kind));
    // The numbers this choice gives with the loaded model and the Settings, as the answer gets
    // them (numbers the conversation sets one by one included while its choice stays).
    const QJsonObject sampling = kind == m_storedKind ? m_sampling : SamplingPreset::withPreset(m_sampling, kind);
    auto params = m_controller.samplingParams(sampling);
    const QString numbers = params ? SamplingPreset::describe(*params) : params.error();
    m_numbers.value(kind)->setText(SamplingPreset::description(kind) + QLatin1Char('\n') + numbers);
    m_buttons.value(kind)->setAccessibleDescription(m_numbers.value(kind)->text());
  }
}

void ConversationSettingsDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QDialog::changeEvent(event);
}

} // namespace mdi
