#pragma once

#include "chat/chatentry.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace mdi {

class MarkdownTextView;
class MarkdownView;

// One message of the chat: a bubble with the author, its images as thumbnails, the text (plain
// for the user, Markdown for answers), a state line (generating, stopped, failed, speed), the
// sibling switcher "< 2/3 >" when the message has regenerated or edited siblings, and the
// actions: copy, regenerate and continue (answers), edit and resend (questions), fork, delete. Editing happens in
// place; submitting emits editSubmitted and the old branch stays in the history.
class MessageWidget : public QFrame {
  Q_OBJECT
public:
  explicit MessageWidget(const ChatEntry &entry, QWidget *parent = nullptr);

  void setEntry(const ChatEntry &entry);
  const ChatEntry &entry() const { return m_entry; }
  qint64 messageId() const { return m_entry.message.id; }
  QString role() const { return m_entry.message.role; }
  bool isUser() const { return m_entry.message.role == QLatin1String("user"); }
  MessageState state() const { return m_entry.message.state; }
  QString text() const { return m_entry.message.text; }

  // A streaming answer's text so far (coalesced by the caller).
  void setStreamingText(const QString &text);
  // Actions that change the branch are off while an answer is generated.
  void setActionsEnabled(bool enabled);

  // Marks the words of a search in the text; returns the first match's rectangle in this
  // widget's coordinates (null: none).
  QRect highlight(const QStringList &terms);

  void startEditing();
  void cancelEditing();
  bool isEditing() const { return m_editor != nullptr; }
  QPlainTextEdit *editEditor() const { return m_editor; }
  QPushButton *editSendButton() const { return m_editSend; }

  QToolButton *copyButton() const { return m_copy; }
  QToolButton *regenerateButton() const { return m_regenerate; }
  QToolButton *editButton() const { return m_edit; }
  QToolButton *deleteButton() const { return m_delete; }
  QToolButton *continueButton() const { return m_continue; }
  QToolButton *forkButton() const { return m_fork; }
  QToolButton *previousButton() const { return m_previous; }
  QToolButton *nextButton() const { return m_next; }
  QLabel *siblingLabel() const { return m_siblingLabel; }
  QLabel *stateLabel() const { return m_stateLabel; }
  MarkdownView *markdownView() const { return m_markdown; }
  QList<QToolButton *> thumbnails() const { return m_thumbnails; }

Q_SIGNALS:
  void regenerateRequested(qint64 messageId);
  void continueRequested(qint64 messageId);
  void forkRequested(qint64 messageId);
  void editSubmitted(qint64 messageId, const QString &text);
  void deleteRequested(qint64 messageId);
  void siblingRequested(qint64 messageId, int delta);
  void imageOpenRequested(const QString &path, const QString &name);

protected:
  void paintEvent(QPaintEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  QToolButton *makeAction(const QString &icon, const QString &objectName);
  void rebuildImages();
  void updateText();
  void updateHeader();
  void submitEdit();

  ChatEntry m_entry;
  QLabel *m_author;
  QLabel *m_stateLabel;
  QToolButton *m_previous;
  QLabel *m_siblingLabel;
  QToolButton *m_next;
  QToolButton *m_copy;
  QToolButton *m_regenerate = nullptr;
  QToolButton *m_edit = nullptr;
  QToolButton *m_delete;
  QToolButton *m_continue = nullptr; // answers: writes on where it stopped
  QToolButton *m_fork = nullptr;     // a new conversation up to this message
  QWidget *m_imageRow;
  QHBoxLayout *m_imageLayout;
  QList<QToolButton *> m_thumbnails;
  QVBoxLayout *m_body;
  MarkdownView *m_markdown = nullptr;
  MarkdownTextView *m_plain = nullptr;
  QWidget *m_editPanel = nullptr;
  QPlainTextEdit *m_editor = nullptr;
  QPushButton *m_editSend = nullptr;
  QPushButton *m_editCancel = nullptr;
  bool m_actionsEnabled = true;
};

} // namespace mdi
