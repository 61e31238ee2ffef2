#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace mdi {

class CodeHighlighter;

// A fenced code block of an answer: a header with the language and a Copy button, and the code
// in a monospace, highlighted, unwrapped view that scrolls sideways when lines are long.
// While an answer streams, appended code is added at the end instead of re-setting the text.
class CodeBlockView : public QFrame {
  Q_OBJECT
public:
  explicit CodeBlockView(QWidget *parent = nullptr);

  void setCode(const QString &code, const QString &language);
  QString code() const { return m_code; }
  QString language() const { return m_language; }
  QToolButton *copyButton() const { return m_copy; }
  QPlainTextEdit *editor() const { return m_view; }

Q_SIGNALS:
  void copied();

protected:
  void changeEvent(QEvent *event) override;
  void paintEvent(QPaintEvent *event) override;

private:
  void retranslateUi();
  void copyToClipboard();
  void updateHeight();
  void rehighlight();

  QLabel *m_languageLabel;
  QToolButton *m_copy;
  QPlainTextEdit *m_view;
  CodeHighlighter *m_highlighter = nullptr;
  QString m_code;
  QString m_language;
};

} // namespace mdi
