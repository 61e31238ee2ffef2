#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace mdi {

// A dismissable notice across the top of the chat area for things that happened without the
// user asking (a peer was lost and its layers moved): it never blocks, keeps the last message
// until it is closed or replaced, and is read out by screen readers as an alert. With an action
// (showAction) it offers one step back from what the user just did, such as undoing a deletion.
class NoticeBanner : public QFrame {
  Q_OBJECT
public:
  explicit NoticeBanner(QWidget *parent = nullptr);

  // Shows text (plain) with a warning accent; replaces what was shown.
  void showWarning(const QString &text);
  // Shows text (plain) with a neutral accent and a button (actionText, may hold a mnemonic);
  // clicking it emits actionTriggered and hides the notice.
  void showAction(const QString &text, const QString &actionText);
  QString text() const;

  QLabel *textLabel() const { return m_text; }
  QToolButton *closeButton() const { return m_close; }
  QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
  void actionTriggered();

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void announce(const QString &text);

  QLabel *m_icon;
  QLabel *m_text;
  QPushButton *m_action;
  QToolButton *m_close;
  bool m_warning = true;
};

} // namespace mdi
