#pragma once

#include <QTextBrowser>

namespace mdi {

// Read-only rich text that is exactly as tall as its content: a paragraph run of an answer
// (Markdown, GitHub dialect, no raw HTML; simple TeX math as Unicode code spans, MathText) or the
// plain text of a user message. Markdown gets the chat's look after the import: tables with one
// thin border and a bold header row aligned as its column, block quotes with a bar and muted
// text, lists indented by a little more than a bullet. It has no
// scroll bars and no frame of its own; the chat column scrolls. Links open in the browser
// (http, https and mailto only).
class MarkdownTextView : public QTextBrowser {
  Q_OBJECT
public:
  explicit MarkdownTextView(QWidget *parent = nullptr);

  void setMarkdownText(const QString &markdown);
  void setPlainContent(const QString &text);
  QString source() const { return m_source; }
  // How often the text was laid out anew (setMarkdownText, setPlainContent, a palette change):
  // tests check that streaming leaves finished blocks alone.
  int renderCount() const { return m_renders; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

  // The left margin of a block quote's level and the list indent, in pixels.
  int quoteIndent() const;

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void changeEvent(QEvent *event) override;
  void focusOutEvent(QFocusEvent *event) override;

private:
  void styleInlineCode();
  void styleTables();
  void styleQuotes();
  void updateHeight();

  QString m_source;
  bool m_markdown = false;
  int m_renders = 0;
};

} // namespace mdi
