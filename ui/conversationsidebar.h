#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace mdi {

// The left column: a search field, a "New chat" button and the list of conversations, newest
// first. It shows what it is given and reports what the user picks; storage lives in core.
class ConversationSidebar : public QWidget {
  Q_OBJECT
public:
  explicit ConversationSidebar(QWidget *parent = nullptr);

  QLineEdit *searchField() const { return m_search; }
  QListWidget *list() const { return m_list; }

Q_SIGNALS:
  void newConversationRequested();
  void searchChanged(const QString &text);

private:
  QLineEdit *m_search;
  QPushButton *m_newButton;
  QListWidget *m_list;
};

} // namespace mdi
