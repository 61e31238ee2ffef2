#include "chat/conversationactions.h"

#include "chat/chatcontroller.h"
#include "chat/conversationsettingsdialog.h"
#include "common/icons.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace mdi {

ConversationActions::ConversationActions(ChatController &controller, QWidget *window) :
    QObject(window), m_controller(controller), m_window(window), m_settings(new QAction(this)),
    m_continue(new QAction(Icons::icon(QStringLiteral("continue")), QString(), this)),
    m_fork(new QAction(Icons::icon(QStringLiteral("fork")), QString(), this)) {
  m_settings->setObjectName(QStringLiteral("conversationSettingsAction"));
  m_continue->setObjectName(QStringLiteral("continueAction"));
  m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  m_fork->setObjectName(QStringLiteral("forkAction"));
  connect(m_settings, &QAction::triggered, this, &ConversationActions::openSettings);
  connect(m_continue, &QAction::triggered, this, [this] { continueAnswer(lastMessage()); });
  connect(m_fork, &QAction::triggered, this, [this] { fork(lastMessage()); });
  connect(&m_controller, &ChatController::entriesChanged, this, &ConversationActions::updateActions);
  connect(&m_controller, &ChatController::busyChanged, this, &ConversationActions::updateActions);
  connect(&m_controller, &ChatController::currentConversationChanged, this, &ConversationActions::updateActions);
  window->installEventFilter(this);
  retranslateUi();
  updateActions();
}

bool ConversationActions::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_window && event->type() == QEvent::LanguageChange)
    retranslateUi();
  return QObject::eventFilter(watched, event);
}

void ConversationActions::retranslateUi() {
  m_settings->setText(tr("Sampling and System &Prompt…"));
  m_settings->setToolTip(tr("How this conversation's answers choose their words, and its own system prompt"));
  m_continue->setText(tr("C&ontinue Answer"));
  m_continue->setToolTip(tr("Continue writing the last answer where it stopped"));
  m_fork->setText(tr("&Fork Conversation"));
  m_fork->setToolTip(tr("Start a new conversation with the messages so far"));
}

qint64 ConversationActions::lastMessage() const {
  const QList<ChatEntry> entries = m_controller.entries();
  return entries.isEmpty() ? 0 : entries.last().message.id;
}

void ConversationActions::updateActions() {
  const QList<ChatEntry> entries = m_controller.entries();
  const bool generating = m_controller.isGenerating();
  m_continue->setEnabled(!generating && !entries.isEmpty() && entries.last().canContinue);
  m_fork->setEnabled(!generating && !entries.isEmpty());
}

void ConversationActions::openSettings() {
  auto *dialog = new ConversationSettingsDialog(m_controller, m_controller.currentConversation(), m_window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void ConversationActions::continueAnswer(qint64 messageId) {
  if (messageId == 0)
    return;
  if (Status s = m_controller.continueAnswer(messageId); !s)
    Q_EMIT errorOccurred(s.error());
}

void ConversationActions::fork(qint64 messageId) {
  if (messageId == 0)
    return;
  if (auto forked = m_controller.fork(messageId); !forked)
    Q_EMIT errorOccurred(forked.error());
}

} // namespace mdi
