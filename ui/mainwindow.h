#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace mdi {

class ChatView;
class Composer;
class ConversationSidebar;

// The application window: conversations on the left, the chat in the middle with the composer
// below it, menus and a status bar (model, plan, speed, context). It holds no engine state of
// its own; the engine reports through signals.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget *parent = nullptr);

  ConversationSidebar *sidebar() const { return m_sidebar; }
  ChatView *chatView() const { return m_chat; }
  Composer *composer() const { return m_composer; }

  void setModelStatus(const QString &text);

private:
  void createMenus();
  void newConversation();
  void onSendRequested(const QString &text);

  ConversationSidebar *m_sidebar;
  ChatView *m_chat;
  Composer *m_composer;
  QSplitter *m_splitter;
  QLabel *m_modelLabel;
  QLabel *m_speedLabel;
  QLabel *m_contextLabel;
};

} // namespace mdi
