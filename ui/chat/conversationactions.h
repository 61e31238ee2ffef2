#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace mdi {

class ChatController;

// The window's actions on the conversation on show that go beyond sending: its own sampling and
// system prompt (ConversationSettingsDialog), Continue (the last answer, stopped or cut short,
// writes on) and Fork (a new conversation with the messages up to a point). The same steps are
// offered per message by the chat view's buttons, which call continueAnswer() and fork() with
// that message. The actions follow the controller (enabled only when they can act) and the
// window's language; a refusal comes out as errorOccurred.
class ConversationActions : public QObject {
  Q_OBJECT
public:
  ConversationActions(ChatController &controller, QWidget *window);

  QAction *settingsAction() const { return m_settings; }
  QAction *continueAction() const { return m_continue; }
  QAction *forkAction() const { return m_fork; }

  void openSettings();
  void continueAnswer(qint64 messageId);
  void fork(qint64 messageId);

Q_SIGNALS:
  void errorOccurred(const QString &message);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void retranslateUi();
  void updateActions();
  // The last message on show, 0 when none.
  qint64 lastMessage() const;

  ChatController &m_controller;
  QWidget *m_window;
  QAction *m_settings;
  QAction *m_continue;
  QAction *m_fork;
};

} // namespace mdi
