#include "conversationsidebar.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdi {

ConversationSidebar::ConversationSidebar(QWidget *parent) :
    QWidget(parent), m_search(new QLineEdit(this)), m_newButton(new QPushButton(this)), m_list(new QListWidget(this)) {
  setObjectName(QStringLiteral("conversationSidebar"));
  m_newButton->setText(tr("&New chat"));
  m_newButton->setObjectName(QStringLiteral("newChatButton"));
  m_newButton->setAccessibleName(tr("Start a new conversation"));
  m_search->setPlaceholderText(tr("Search conversations"));
  m_search->setClearButtonEnabled(true);
  m_search->setObjectName(QStringLiteral("conversationSearch"));
  m_search->setAccessibleName(tr("Search conversations"));
  m_list->setObjectName(QStringLiteral("conversationList"));
  m_list->setAccessibleName(tr("Conversations"));
  m_list->setUniformItemSizes(true);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(m_newButton);
  layout->addWidget(m_search);
  layout->addWidget(m_list, 1);

  connect(m_newButton, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
  connect(m_search, &QLineEdit::textChanged, this, &ConversationSidebar::searchChanged);
}

} // namespace mdi
