#include "chat/chatview.h"

#include "chat/messagewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mdi {

namespace {
constexpr int kColumnWidth = 880;
} // namespace

ChatView::ChatView(QWidget *parent) :
    QScrollArea(parent), m_content(new QWidget), m_column(new QWidget(m_content)), m_layout(new QVBoxLayout(m_column)),
    m_placeholder(new QLabel(m_column)) {
  setObjectName(QStringLiteral("chatView"));
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_content->setObjectName(QStringLiteral("chatContent"));
  m_content->setBackgroundRole(QPalette::Window);

  m_placeholder->setObjectName(QStringLiteral("chatPlaceholder"));
  m_placeholder->setAlignment(Qt::AlignCenter);
  m_placeholder->setWordWrap(true);
  m_placeholder->setEnabled(false);

  m_layout->setContentsMargins(16, 16, 16, 16);
  m_layout->setSpacing(12);
  m_layout->addWidget(m_placeholder, 1);
  m_layout->addStretch(0);

  auto *centre = new QHBoxLayout(m_content);
  centre->setContentsMargins(0, 0, 0, 0);
  centre->addStretch(1);
  centre->addWidget(m_column, 100);
  centre->addStretch(1);
  m_column->setMaximumWidth(kColumnWidth);
  setWidget(m_content);
  retranslateUi();

  // Follow the bottom while the user has not scrolled up.
  connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
          [this](int value) { m_followBottom = value >= verticalScrollBar()->maximum() - 8; });
  connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
    if (m_followBottom)
      verticalScrollBar()->setValue(max);
  });
}

void ChatView::retranslateUi() {
  setAccessibleName(tr("Conversation"));
  m_placeholder->setText(m_placeholderText.isEmpty() ? tr("Drop an image here or type a question below to start.")
                                                     : m_placeholderText);
}

void ChatView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QScrollArea::changeEvent(event);
}

void ChatView::clear() {
  setEntries({});
}

MessageWidget *ChatView::messageWidget(qint64 messageId) const {
  for (MessageWidget *w : m_widgets) {
    if (w->messageId() == messageId)
      return w;
  }
  return nullptr;
}

MessageWidget *ChatView::createWidget(const ChatEntry &entry) {
  auto *w = new MessageWidget(entry, m_column);
  // Queued: a widget may be deleted by what its signal starts (a new branch is shown).
  connect(w, &MessageWidget::regenerateRequested, this, &ChatView::regenerateRequested, Qt::QueuedConnection);
  connect(w, &MessageWidget::continueRequested, this, &ChatView::continueRequested, Qt::QueuedConnection);
  connect(w, &MessageWidget::forkRequested, this, &ChatView::forkRequested, Qt::QueuedConnection);
  connect(w, &MessageWidget::editSubmitted, this, &ChatView::editSubmitted, Qt::QueuedConnection);
  connect(w, &MessageWidget::deleteRequested, this, &ChatView::deleteRequested, Qt::QueuedConnection);
  connect(w, &MessageWidget::siblingRequested, this, &ChatView::siblingRequested, Qt::QueuedConnection);
  // The version arrows stay under the pointer: the sibling replaces the message where it is.
  connect(w, &MessageWidget::siblingRequested, this, [this, w] { m_anchorIndex = int(m_widgets.indexOf(w)); });
  connect(w, &MessageWidget::imageOpenRequested, this, &ChatView::imageOpenRequested, Qt::QueuedConnection);
  w->setActionsEnabled(!m_busy);
  return w;
}

void ChatView::placeWidget(MessageWidget *widget, int index) {
  // Layout: placeholder at 0, then the messages, then the stretch.
  m_layout->insertWidget(index + 1, widget);
  widget->show();
}

void ChatView::setEntries(const QList<ChatEntry> &entries) {
  const bool wasEmpty = m_widgets.isEmpty();
  // Keep the widgets of the common prefix (same message ids), update them in place.
  int keep = 0;
  while (keep < m_widgets.size() && keep < entries.size() &&
         m_widgets.at(keep)->messageId() == entries.at(keep).message.id)
    ++keep;
  while (m_widgets.size() > keep) {
    MessageWidget *w = m_widgets.takeLast();
    m_layout->removeWidget(w);
    w->hide();
    w->deleteLater();
  }
  for (int i = 0; i < keep; ++i)
    m_widgets.at(i)->setEntry(entries.at(i));
  for (qsizetype i = keep; i < entries.size(); ++i) {
    MessageWidget *w = createWidget(entries.at(i));
    placeWidget(w, int(i));
    m_widgets.append(w);
  }
  updatePlaceholder();
  const bool anchored = m_anchorIndex >= 0 && m_anchorIndex < entries.size() && keep == m_anchorIndex;
  m_anchorIndex = -1;
  if (anchored)
    m_followBottom = false; // what is above the sibling did not change: the scroll position holds
  else if (wasEmpty || entries.size() > keep)
    scrollToBottom();
}

void ChatView::setStreamingText(qint64 messageId, const QString &text) {
  if (MessageWidget *w = messageWidget(messageId))
    w->setStreamingText(text);
}

void ChatView::setBusy(bool busy) {
  m_busy = busy;
  for (MessageWidget *w : std::as_const(m_widgets))
    w->setActionsEnabled(!busy);
}

void ChatView::setPlaceholderText(const QString &text) {
  m_placeholderText = text;
  retranslateUi();
}

void ChatView::scrollToBottom() {
  m_followBottom = true;
  m_column->adjustSize();
  verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatView::revealMessage(qint64 messageId, const QStringList &terms) {
  m_revealId = messageId;
  m_revealTerms = terms;
  m_followBottom = false;
  // After the widgets just made or changed have their sizes.
  QTimer::singleShot(0, this, &ChatView::revealPending);
}

void ChatView::revealPending() {
  const qint64 id = std::exchange(m_revealId, 0);
  MessageWidget *target = messageWidget(id);
  if (!target)
    return;
  for (MessageWidget *w : std::as_const(m_widgets)) {
    if (w != target)
      w->highlight({});
  }
  const QRect match = target->highlight(m_revealTerms);
  m_followBottom = false;
  if (match.isNull()) {
    ensureWidgetVisible(target, 0, 24);
  } else {
    // The match a third down the view, with its message's header above it when that fits.
    const QPoint at = target->mapTo(widget(), match.center());
    ensureVisible(at.x(), at.y(), 0, viewport()->height() / 3);
  }
  m_followBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 8;
}

void ChatView::updatePlaceholder() {
  const bool empty = m_widgets.isEmpty();
  m_placeholder->setVisible(empty);
  // With messages the stretch at the end pushes them to the top; without, the placeholder
  // takes the space and centres its text.
  m_layout->setStretch(0, empty ? 1 : 0);
  m_layout->setStretch(m_layout->count() - 1, empty ? 0 : 1);
}

void ChatView::resizeEvent(QResizeEvent *event) {
  QScrollArea::resizeEvent(event);
  if (m_followBottom)
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace mdi
