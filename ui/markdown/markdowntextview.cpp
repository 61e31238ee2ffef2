#include "markdown/markdowntextview.h"

#include "common/theme.h"
#include "markdown/mathtext.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

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
  // Qt's default of 40 px per level indents nested lists far more than a bullet needs.
  document()->setIndentWidth(quoteIndent());
  document()->setMarkdown(
      MathText::markdownWithMath(markdown),
      QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
  styleInlineCode();
  styleTables();
  styleQuotes();
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

int MarkdownTextView::quoteIndent() const {
  return qRound(fontMetrics().height() * 1.3);
}

// One thin collapsed border instead of the importer's double lines; the header row bold on a
// faint shade and aligned as the cells below it; no paragraph margins inside cells (they made the
// header row twice as tall).
void MarkdownTextView::styleTables() {
  const QPalette p = palette();
  QList<QTextFrame *> frames = document()->rootFrame()->childFrames();
  for (qsizetype f = 0; f < frames.size(); ++f) {
    frames.append(frames.at(f)->childFrames());
    auto *table = qobject_cast<QTextTable *>(frames.at(f));
    if (!table)
      continue;
    QTextTableFormat format = table->format();
    format.setBorderCollapse(true);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Theme::bubbleBorder(p));
    format.setCellSpacing(0);
    format.setCellPadding(qMax(3, fontMetrics().height() / 4));
    format.setTopMargin(2);
    format.setBottomMargin(2);
    table->setFormat(format);
    for (int row = 0; row < table->rows(); ++row) {
      for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        Qt::Alignment alignment;
        if (row == 0 && table->rows() > 1) {
          const QTextTableCell below = table->cellAt(1, column);
          alignment = below.firstCursorPosition().blockFormat().alignment();
          QTextCharFormat header = cell.format();
          header.setBackground(Theme::mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.06));
          QTextTableCell(cell).setFormat(header);
        }
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextBlockFormat block;
        block.setTopMargin(0);
        block.setBottomMargin(0);
        if (row == 0 && table->rows() > 1)
          block.setAlignment(alignment);
        cursor.mergeBlockFormat(block);
        if (row == 0) {
          QTextCharFormat bold;
          bold.setFontWeight(QFont::Bold);
          cursor.mergeCharFormat(bold);
        }
      }
    }
  }
}

// Block quotes: a smaller indent per level, muted text and (paintEvent) a bar on the left.
void MarkdownTextView::styleQuotes() {
  const QColor muted = Theme::mutedText(palette());
  QTextCursor cursor(document());
  for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
    const int level = block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
    if (level <= 0)
      continue;
    cursor.setPosition(block.position());
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    QTextBlockFormat format;
    format.setLeftMargin(level * quoteIndent());
    format.setRightMargin(0);
    cursor.mergeBlockFormat(format);
    QTextCharFormat text;
    text.setForeground(muted);
    cursor.mergeCharFormat(text);
  }
}

void MarkdownTextView::paintEvent(QPaintEvent *event) {
  QTextBrowser::paintEvent(event);
  if (!m_markdown)
    return;
  QPainter painter(viewport());
  const QColor bar = Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.55);
  const int width = qMax(2, quoteIndent() / 8);
  const QPoint offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
  for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
    const int level = block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
    if (level <= 0)
      continue;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block).translated(offset);
    for (int l = 0; l < level; ++l)
      painter.fillRect(QRectF(l * quoteIndent() + 1, rect.top(), width, rect.height()), bar);
  }
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
