#include "markdown/codeblockview.h"

#include "common/icons.h"
#include "common/theme.h"
#include "markdown/codehighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdi {

CodeBlockView::CodeBlockView(QWidget *parent) :
    QFrame(parent), m_languageLabel(new QLabel(this)), m_copy(new QToolButton(this)), m_view(new QPlainTextEdit(this)) {
  setObjectName(QStringLiteral("codeBlock"));
  m_languageLabel->setObjectName(QStringLiteral("codeLanguage"));
  QFont small = m_languageLabel->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  m_languageLabel->setFont(small);

  m_copy->setObjectName(QStringLiteral("copyCodeButton"));
  m_copy->setIcon(Icons::icon(QStringLiteral("copy")));
  m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_copy->setAutoRaise(true);
  m_copy->setIconSize(QSize(14, 14));
  m_copy->setFont(small);
  m_copy->setFocusPolicy(Qt::TabFocus);

  m_view->setObjectName(QStringLiteral("codeView"));
  m_view->setReadOnly(true);
  m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
  m_view->setFrameShape(QFrame::NoFrame);
  m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  m_view->setFocusPolicy(Qt::ClickFocus);
  m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_view->viewport()->setAutoFillBackground(false);
  m_view->setBackgroundVisible(false);
  m_view->document()->setDocumentMargin(8);

  auto *header = new QHBoxLayout;
  header->setContentsMargins(10, 2, 4, 0);
  header->addWidget(m_languageLabel);
  header->addStretch(1);
  header->addWidget(m_copy);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(1, 1, 1, 1);
  layout->setSpacing(0);
  layout->addLayout(header);
  layout->addWidget(m_view);

  connect(m_copy, &QToolButton::clicked, this, &CodeBlockView::copyToClipboard);
  connect(m_view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &CodeBlockView::updateHeight);
  retranslateUi();
}

void CodeBlockView::retranslateUi() {
  setAccessibleName(tr("Code block"));
  m_languageLabel->setText(m_language.isEmpty() ? tr("code") : m_language);
  m_copy->setText(tr("Copy"));
  m_copy->setToolTip(tr("Copy the code"));
  m_copy->setAccessibleName(tr("Copy code"));
  m_view->setAccessibleName(tr("Code"));
}

void CodeBlockView::setCode(const QString &code, const QString &language) {
  const bool languageChanged = language != m_language || !m_highlighter;
  m_language = language;
  m_languageLabel->setText(language.isEmpty() ? tr("code") : language);
  if (languageChanged) {
    delete m_highlighter;
    m_highlighter = nullptr;
  }
  if (code != m_code) {
    if (!m_code.isEmpty() && code.startsWith(m_code) && !languageChanged) {
      // Streaming: append only the new tail, which keeps the view (and its selection) steady.
      QTextCursor cursor(m_view->document());
      cursor.movePosition(QTextCursor::End);
      cursor.insertText(code.mid(m_code.size()));
    } else {
      m_view->setPlainText(code);
    }
    m_code = code;
  }
  if (!m_highlighter)
    rehighlight();
  updateHeight();
}

void CodeBlockView::rehighlight() {
  delete m_highlighter;
  m_highlighter = new CodeHighlighter(m_view->document(), m_language, Theme::isDark(palette()));
}

void CodeBlockView::updateHeight() {
  const int lines = qMax(1, m_view->document()->blockCount());
  const QFontMetrics metrics(m_view->font());
  int height = lines * metrics.lineSpacing() + int(2 * m_view->document()->documentMargin()) + 4;
  if (m_view->horizontalScrollBar()->maximum() > 0)
    height += m_view->horizontalScrollBar()->sizeHint().height();
  m_view->setFixedHeight(height);
}

void CodeBlockView::copyToClipboard() {
  QApplication::clipboard()->setText(m_code);
  m_copy->setText(tr("Copied"));
  QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("Copy")); });
  Q_EMIT copied();
}

void CodeBlockView::changeEvent(QEvent *event) {
  QFrame::changeEvent(event);
  if (event->type() == QEvent::PaletteChange)
    rehighlight();
  else if (event->type() == QEvent::LanguageChange)
    retranslateUi();
}

void CodeBlockView::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
  painter.fillPath(path, Theme::codeBackground(palette()));
  painter.setPen(Theme::bubbleBorder(palette()));
  painter.drawPath(path);
}

} // namespace mdi
