#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace mdi {

// The conversation in the middle of the window: a scrolling column of message bubbles.
// Until a conversation has messages it shows a short welcome text.
class ChatView : public QScrollArea {
  Q_OBJECT
public:
  explicit ChatView(QWidget *parent = nullptr);

  void clear();
  // Appends a message; user and assistant messages look different.
  void appendMessage(const QString &role, const QString &text);
  int messageCount() const { return m_count; }

private:
  QWidget *m_content;
  QVBoxLayout *m_layout;
  QLabel *m_placeholder;
  int m_count = 0;
};

} // namespace mdi
