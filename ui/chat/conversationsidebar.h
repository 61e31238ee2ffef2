#pragma once

#include "store/conversation.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mdi {

// The left column: a "New chat" button, a search field and the list of conversations: pinned
// ones on top, then the rest by when they last changed under headers (Today, Yesterday, Last 7
// days, Older); search results in their order of relevance, without headers. A conversation that
// is writing an answer carries a marker. It shows what it is given and reports what the user asks
// for; the window talks to the store. Rename (F2) edits the title in place; the context menu (or
// the Menu key) offers pin, rename, delete and export.
class ConversationSidebar : public QWidget {
  Q_OBJECT
public:
  explicit ConversationSidebar(QWidget *parent = nullptr);

  // Where a conversation goes in the list, by when it last changed (pinned ones apart).
  enum class DateGroup { Today, Yesterday, LastWeek, Older };
  static DateGroup dateGroup(const QDateTime &updated, const QDateTime &now);

  // Replaces the list, keeping `current` selected (0: none); `grouped`: pinned first and date
  // headers (false for search results, which keep their order).
  void setConversations(const QList<Conversation> &conversations, qint64 current, bool grouped = true);
  void setCurrent(qint64 id);
  qint64 currentId() const;
  // The conversations in the order shown (headers are not counted).
  qint64 idAt(int index) const;
  int count() const;
  QListWidgetItem *conversationItem(int index) const;
  // The headers on show ("Pinned", "Today", ...), top to bottom.
  QStringList headers() const;
  // Marks a conversation that is writing an answer (kept across refreshes of the list).
  void setGenerating(qint64 id, bool generating);
  bool isMarkedGenerating(qint64 id) const;
  void startRename(qint64 id);
  void setSearchActive(bool active, int matches);

  QLineEdit *searchField() const { return m_search; }
  QListWidget *list() const { return m_list; }
  QPushButton *newButton() const { return m_newButton; }
  // Actions for the selected conversation, shared with the window's menu.
  QAction *pinAction() const { return m_pin; }
  QAction *renameAction() const { return m_rename; }
  QAction *deleteAction() const { return m_delete; }
  QAction *exportMarkdownAction() const { return m_exportMarkdown; }
  QAction *exportJsonAction() const { return m_exportJson; }

Q_SIGNALS:
  void newConversationRequested();
  void searchChanged(const QString &text);
  void conversationActivated(qint64 id);
  void renameRequested(qint64 id, const QString &title);
  void pinRequested(qint64 id, bool pinned);
  void deleteRequested(qint64 id);
  void exportRequested(qint64 id, bool json);

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  // The item's text ("Untitled" when the title is empty) and tooltip.
  void describeItem(QListWidgetItem *item, const Conversation &conversation);
  // Fills the list from m_conversations (again after a change of language).
  void fill(qint64 current);
  void addHeader(const QString &text);
  QListWidgetItem *itemOf(qint64 id) const;
  void onItemChanged(QListWidgetItem *item);
  void updateActions();

  QLineEdit *m_search;
  QPushButton *m_newButton;
  QListWidget *m_list;
  QAction *m_pin;
  QAction *m_rename;
  QAction *m_delete;
  QAction *m_exportMarkdown;
  QAction *m_exportJson;
  QList<Conversation> m_conversations; // what the list shows, to show it again in a new language
  bool m_grouped = true;
  QSet<qint64> m_generating;
  bool m_searchActive = false;
  int m_matches = 0;
  QLabel *m_noMatches = nullptr; // shown while a search finds nothing
  bool m_filling = false;
};

} // namespace mdi
