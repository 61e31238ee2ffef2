#include "chatview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mdi {

ChatView::ChatView(QWidget *parent) :
    QScrollArea(parent), m_content(new QWidget), m_layout(new QVBoxLayout(m_content)),
    m_placeholder(new QLabel(m_content)) {
  setObjectName(QStringLiteral("chatView"));
  setAccessibleName(tr("Conversation"));
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  m_placeholder->setText(tr("Drop an image here or type a question below to start."));
  m_placeholder->setAlignment(Qt::AlignCenter);
  m_placeholder->setWordWrap(true);
  m_placeholder->setEnabled(false);
  m_layout->addStretch(1);
  m_layout->addWidget(m_placeholder);
  m_layout->addStretch(1);
  setWidget(m_content);
}

void ChatView::clear() {
  while (m_layout->count() > 0) {
    QLayoutItem *item = m_layout->takeAt(0);
    if (item->widget() && item->widget() != m_placeholder)
      delete item->widget();
    delete item;
  }
  m_count = 0;
  m_layout->addStretch(1);
  m_layout->addWidget(m_placeholder);
  m_layout->addStretch(1);
  m_placeholder->show();
}

void ChatView::appendMessage(const QString &role, const QString &text) {
  if (m_count == 0) {
    // Drop the centring stretches and the placeholder; messages stack from the top.
    while (m_layout->count() > 0)
      delete m_layout->takeAt(0);
    m_placeholder->hide();
    m_layout->addStretch(1);
  }
  auto *bubble = new QLabel(m_content);
  const bool user = role == QLatin1String("user");
  bubble->setObjectName(user ? QStringLiteral("userMessage") : QStringLiteral("assistantMessage"));
  bubble->setTextFormat(user ? Qt::PlainText : Qt::MarkdownText);
  bubble->setText(text);
  bubble->setWordWrap(true);
  bubble->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  bubble->setAlignment(user ? Qt::AlignRight : Qt::AlignLeft);
  bubble->setAccessibleName(user ? tr("Your message") : tr("Answer"));
  bubble->setMargin(8);
  bubble->setAutoFillBackground(true);
  bubble->setBackgroundRole(user ? QPalette::AlternateBase : QPalette::Base);
  m_layout->insertWidget(m_layout->count() - 1, bubble);
  ++m_count;
}

} // namespace mdi
