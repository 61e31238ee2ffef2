#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace mdi {

// The message input at the bottom: multi-line text, Enter sends, Shift+Enter inserts a line
// break. Emits sendRequested with the trimmed text and clears itself.
class Composer : public QWidget {
  Q_OBJECT
public:
  explicit Composer(QWidget *parent = nullptr);

  QString text() const;
  void setText(const QString &text);
  QPlainTextEdit *editor() const { return m_editor; }
  QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
  void sendRequested(const QString &text);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void send();
  void updateSendEnabled();

  QPlainTextEdit *m_editor;
  QPushButton *m_send;
};

} // namespace mdi
