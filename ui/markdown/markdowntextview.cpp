#include "markdown/markdowntextview.h"

#include "common/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace mdi {

MarkdownTextView::MarkdownTextView(QWidget *parent) : QTextBrowser(parent) {
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setOpenLinks(false);
  setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse |
                          Qt::LinksAccessibleByKeyboard);
  setFocusPolicy(Qt::ClickFocus);
  setContextMenuPolicy(Qt::DefaultContextMenu);
  viewport()->setAutoFillBackground(false);
  setAutoFillBackground(false);
  document()->setDocumentMargin(0);
  connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
          &MarkdownTextView::updateHeight);
  connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
      QDesktopServices::openUrl(url);
  });
}

void MarkdownTextView::setMarkdownText(const QString &markdown) {
  if (m_markdown && markdown == m_source)
    return;
  m_source = markdown;
  m_markdown = true;
  ++m_renders;
  document()->setMarkdown(
      markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
  styleInlineCode();
  updateHeight();
}

void MarkdownTextView::setPlainContent(const QString &text) {
  if (!m_markdown && text == m_source && !document()->isEmpty())
    return;
  m_source = text;
  m_markdown = false;
  ++m_renders;
  setPlainText(text);
  updateHeight();
}

// Inline `code` keeps the importer's fixed-pitch flag; give it the system's monospace family
// and a faint background so it reads as code.
void MarkdownTextView::styleInlineCode() {
  const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  const QColor background = Theme::codeBackground(palette());
  QTextCursor cursor(document());
  cursor.beginEditBlock();
  for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
    const bool codeBlock =
        block.blockFormat().hasProperty(QTextFormat::BlockCodeFence) || block.blockFormat().nonBreakableLines();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextFragment fragment = it.fragment();
      QTextCharFormat format = fragment.charFormat();
      if (!format.fontFixedPitch() && !codeBlock)
        continue;
      format.setFontFamilies({fixed.family()});
      if (!codeBlock)
        format.setBackground(background);
      cursor.setPosition(fragment.position());
      cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
      cursor.setCharFormat(format);
    }
  }
  cursor.endEditBlock();
}

void MarkdownTextView::updateHeight() {
  const int height = int(std::ceil(document()->size().height())) + contentsMargins().top() + contentsMargins().bottom();
  if (height != this->height() || minimumHeight() != height)
    setFixedHeight(qMax(height, fontMetrics().height()));
}

QSize MarkdownTextView::sizeHint() const {
  return {int(document()->idealWidth()) + 2, height()};
}

QSize MarkdownTextView::minimumSizeHint() const {
  return {40, height()};
}

void MarkdownTextView::resizeEvent(QResizeEvent *event) {
  QTextBrowser::resizeEvent(event);
  updateHeight();
}

void MarkdownTextView::changeEvent(QEvent *event) {
  QTextBrowser::changeEvent(event);
  if (event->type() == QEvent::PaletteChange && m_markdown) {
    const QString source = m_source;
    m_source.clear();
    m_markdown = false;
    setMarkdownText(source);
  }
}

void MarkdownTextView::focusOutEvent(QFocusEvent *event) {
  // Leaving a message drops its selection, as a label would.
  QTextCursor cursor = textCursor();
  if (cursor.hasSelection() && event->reason() != Qt::PopupFocusReason) {
    cursor.clearSelection();
    setTextCursor(cursor);
  }
  QTextBrowser::focusOutEvent(event);
}

} // namespace mdi
