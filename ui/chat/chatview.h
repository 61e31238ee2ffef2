#pragma once

#include "chat/chatentry.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace mdi {

class MessageWidget;

// The conversation in the middle of the window: a scrolling column of message bubbles (at most
// a comfortable reading width, centred). setEntries() shows a branch; widgets of messages that
// stay are updated in place, so re-showing a path after an answer does not rebuild everything.
// While the view is scrolled to the bottom it follows new text, except after a message's version
// arrows, which stay where they were clicked. Until a conversation has messages it shows a short
// welcome text.
class ChatView : public QScrollArea {
  Q_OBJECT
public:
  static constexpr int kColumnWidth = 880; // the most a line of text may be wide, margins included

  explicit ChatView(QWidget *parent = nullptr);

  void clear();
  void setEntries(const QList<ChatEntry> &entries);
  void setStreamingText(qint64 messageId, const QString &text);
  void setBusy(bool busy);
  void setPlaceholderText(const QString &text);
  void scrollToBottom();
  // Scrolls to the message and marks the words of a search in it (a search result opened);
  // once the layout has settled, so the place is right. Other messages lose their marks.
  void revealMessage(qint64 messageId, const QStringList &terms);

  int messageCount() const { return int(m_widgets.size()); }
  QList<MessageWidget *> messageWidgets() const { return m_widgets; }
  MessageWidget *messageWidget(qint64 messageId) const;
  MessageWidget *lastMessage() const { return m_widgets.isEmpty() ? nullptr : m_widgets.last(); }
  QLabel *placeholder() const { return m_placeholder; }

Q_SIGNALS:
  void regenerateRequested(qint64 messageId);
  void continueRequested(qint64 messageId);
  void forkRequested(qint64 messageId);
  void editSubmitted(qint64 messageId, const QString &text);
  void deleteRequested(qint64 messageId);
  void siblingRequested(qint64 messageId, int delta);
  void imageOpenRequested(const QString &path, const QString &name);

protected:
  void resizeEvent(QResizeEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  MessageWidget *createWidget(const ChatEntry &entry);
  void placeWidget(MessageWidget *widget, int index);
  void updatePlaceholder();
  void revealPending();

  QWidget *m_content;
  QWidget *m_column;
  QVBoxLayout *m_layout;
  QLabel *m_placeholder;
  QString m_placeholderText; // set by setPlaceholderText(); "" = the default welcome text
  QList<MessageWidget *> m_widgets;
  bool m_busy = false;
  bool m_followBottom = true;
  int m_anchorIndex = -1; // the message whose version arrows were clicked, until its sibling shows
  qint64 m_revealId = 0;  // revealMessage() waiting for the layout
  QStringList m_revealTerms;
};

} // namespace mdi
