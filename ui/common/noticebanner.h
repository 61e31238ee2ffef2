#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace mdi {

// A dismissable notice across the top of the chat area for things that happened without the
// user asking (a peer was lost and its layers moved): it never blocks, keeps the last message
// until it is closed or replaced, and is read out by screen readers as an alert.
class NoticeBanner : public QFrame {
  Q_OBJECT
public:
  explicit NoticeBanner(QWidget *parent = nullptr);

  // Shows text (plain) with a warning accent; replaces what was shown.
  void showWarning(const QString &text);
  QString text() const;

  QLabel *textLabel() const { return m_text; }
  QToolButton *closeButton() const { return m_close; }

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();

  QLabel *m_icon;
  QLabel *m_text;
  QToolButton *m_close;
};

} // namespace mdi
