#include "markdown/markdownview.h"

#include "markdown/codeblockview.h"
#include "markdown/markdowntextview.h"
#include "markdown/searchhighlight.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mdi {

MarkdownView::MarkdownView(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
  setObjectName(QStringLiteral("markdownView"));
  m_layout->setContentsMargins(0, 0, 0, 0);
  m_layout->setSpacing(8);
}

QWidget *MarkdownView::blockWidget(int i) const {
  return i >= 0 && i < m_widgets.size() ? m_widgets.at(i) : nullptr;
}

void MarkdownView::setMarkdown(const QString &markdown) {
  if (markdown == m_markdown && !m_widgets.isEmpty())
    return;
  m_markdown = markdown;
  const QList<MarkdownBlock> blocks = MarkdownSplitter::split(markdown);
  for (qsizetype i = 0; i < blocks.size(); ++i) {
    const MarkdownBlock &block = blocks.at(i);
    if (i < m_widgets.size() && m_blocks.at(i).kind == block.kind) {
      if (!(m_blocks.at(i) == block))
        updateWidget(m_widgets.at(i), block);
      continue;
    }
    // A different kind of block at this place: replace it and everything after it.
    while (m_widgets.size() > i)
      delete m_widgets.takeLast();
    QWidget *widget = createWidget(block);
    m_layout->addWidget(widget);
    widget->show();
    m_widgets.append(widget);
  }
  while (m_widgets.size() > blocks.size())
    delete m_widgets.takeLast();
  m_blocks = blocks;
}

QWidget *MarkdownView::createWidget(const MarkdownBlock &block) {
  QWidget *widget = nullptr;
  if (block.kind == MarkdownBlock::Kind::Code) {
    auto *code = new CodeBlockView(this);
    widget = code;
  } else {
    auto *text = new MarkdownTextView(this);
    text->setObjectName(QStringLiteral("answerText"));
    text->setAccessibleName(tr("Answer text"));
    widget = text;
  }
  updateWidget(widget, block);
  return widget;
}

QRect MarkdownView::highlight(const QStringList &terms) {
  QRect first;
  for (QWidget *widget : std::as_const(m_widgets)) {
    auto *code = qobject_cast<CodeBlockView *>(widget);
    QWidget *text = code ? static_cast<QWidget *>(code->editor()) : widget;
    const QRect found = SearchHighlight::apply(text, terms);
    if (first.isNull() && !found.isNull())
      first = QRect(text->mapTo(this, found.topLeft()), found.size());
  }
  return first;
}

void MarkdownView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    for (QWidget *widget : std::as_const(m_widgets)) {
      if (qobject_cast<MarkdownTextView *>(widget))
        widget->setAccessibleName(tr("Answer text"));
    }
  }
  QWidget::changeEvent(event);
}

void MarkdownView::updateWidget(QWidget *widget, const MarkdownBlock &block) {
  if (auto *code = qobject_cast<CodeBlockView *>(widget))
    code->setCode(block.text, block.language);
  else if (auto *text = qobject_cast<MarkdownTextView *>(widget))
    text->setMarkdownText(block.text);
}

} // namespace mdi
