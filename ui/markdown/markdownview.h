#pragma once

#include "markdown/markdownsplitter.h"

#include <QWidget>

class QVBoxLayout;

namespace mdi {

// An answer rendered as Markdown: prose runs in MarkdownTextViews and each fenced code block in
// a CodeBlockView with its copy button. setMarkdown() can be called again and again while the
// answer streams: unchanged blocks are left alone and the growing last block is updated in
// place, so nothing flickers and an update costs the last block, not the whole answer.
class MarkdownView : public QWidget {
  Q_OBJECT
public:
  explicit MarkdownView(QWidget *parent = nullptr);

  void setMarkdown(const QString &markdown);
  QString markdown() const { return m_markdown; }
  const QList<MarkdownBlock> &blocks() const { return m_blocks; }
  // The widget of block i: a MarkdownTextView or a CodeBlockView.
  QWidget *blockWidget(int i) const;
  int blockCount() const { return int(m_widgets.size()); }
  // Marks the words of a search in every block (SearchHighlight); returns the first match's
  // rectangle in this view's coordinates, or a null rectangle.
  QRect highlight(const QStringList &terms);

protected:
  void changeEvent(QEvent *event) override;

private:
  QWidget *createWidget(const MarkdownBlock &block);
  void updateWidget(QWidget *widget, const MarkdownBlock &block);

  QVBoxLayout *m_layout;
  QString m_markdown;
  QList<MarkdownBlock> m_blocks;
  QList<QWidget *> m_widgets;
};

} // namespace mdi
