#pragma once

#include "store/conversation.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mdi {

// The left column: a "New chat" button, a search field and the list of conversations (newest
// first). It shows what it is given and reports what the user asks for; the window talks to the
// store. Rename (F2) edits the title in place; the context menu (or the Menu key) offers rename,
// delete and export.
class ConversationSidebar : public QWidget {
  Q_OBJECT
public:
  explicit ConversationSidebar(QWidget *parent = nullptr);

  // Replaces the list, keeping `current` selected (0: none).
  void setConversations(const QList<Conversation> &conversations, qint64 current);
  void setCurrent(qint64 id);
  qint64 currentId() const;
  qint64 idAt(int row) const;
  int count() const;
  void startRename(qint64 id);
  void setSearchActive(bool active, int matches);

  QLineEdit *searchField() const { return m_search; }
  QListWidget *list() const { return m_list; }
  QPushButton *newButton() const { return m_newButton; }
  // Actions for the selected conversation, shared with the window's menu.
  QAction *renameAction() const { return m_rename; }
  QAction *deleteAction() const { return m_delete; }
  QAction *exportMarkdownAction() const { return m_exportMarkdown; }
  QAction *exportJsonAction() const { return m_exportJson; }

Q_SIGNALS:
  void newConversationRequested();
  void searchChanged(const QString &text);
  void conversationActivated(qint64 id);
  void renameRequested(qint64 id, const QString &title);
  void deleteRequested(qint64 id);
  void exportRequested(qint64 id, bool json);

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  // The item's text ("Untitled" when the title is empty) and tooltip.
  void describeItem(QListWidgetItem *item, const Conversation &conversation);
  void onItemChanged(QListWidgetItem *item);
  void updateActions();

  QLineEdit *m_search;
  QPushButton *m_newButton;
  QListWidget *m_list;
  QAction *m_rename;
  QAction *m_delete;
  QAction *m_exportMarkdown;
  QAction *m_exportJson;
  QList<Conversation> m_conversations; // what the list shows, to show it again in a new language
  bool m_searchActive = false;
  int m_matches = 0;
  QLabel *m_noMatches = nullptr; // shown while a search finds nothing
  bool m_filling = false;
};

} // namespace mdi
