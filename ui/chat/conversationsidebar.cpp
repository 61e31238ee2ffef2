#include "chat/conversationsidebar.h"

#include "chat/conversationdelegate.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdi {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ConversationSidebar::ConversationSidebar(QWidget *parent) :
    QWidget(parent), m_search(new QLineEdit(this)), m_newButton(new QPushButton(this)), m_list(new QListWidget(this)),
    m_rename(new QAction(Icons::icon(QStringLiteral("rename")), QString(), this)),
    m_delete(new QAction(Icons::icon(QStringLiteral("delete")), QString(), this)),
    m_exportMarkdown(new QAction(Icons::icon(QStringLiteral("export")), QString(), this)),
    m_exportJson(new QAction(this)) {
  setObjectName(QStringLiteral("conversationSidebar"));
  m_newButton->setIcon(Icons::icon(QStringLiteral("new-chat")));
  m_newButton->setObjectName(QStringLiteral("newChatButton"));
  m_search->setClearButtonEnabled(true);
  m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
  m_search->setObjectName(QStringLiteral("conversationSearch"));
  m_list->setObjectName(QStringLiteral("conversationList"));
  m_list->setUniformItemSizes(true);
  m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
  m_list->setContextMenuPolicy(Qt::CustomContextMenu);
  m_list->setTextElideMode(Qt::ElideRight);
  m_list->setFrameShape(QFrame::NoFrame);
  m_list->setItemDelegate(new ConversationDelegate(m_list));
  m_list->setMouseTracking(true);
  m_list->viewport()->setAttribute(Qt::WA_Hover);
  m_list->viewport()->setAutoFillBackground(false);
  m_list->setAutoFillBackground(false);

  m_rename->setObjectName(QStringLiteral("renameConversationAction"));
  m_rename->setShortcut(Qt::Key_F2);
  m_rename->setShortcutContext(Qt::WidgetShortcut);
  m_delete->setObjectName(QStringLiteral("deleteConversationAction"));
  m_delete->setShortcut(QKeySequence::Delete);
  m_delete->setShortcutContext(Qt::WidgetShortcut);
  m_exportMarkdown->setObjectName(QStringLiteral("exportMarkdownAction"));
  m_exportJson->setObjectName(QStringLiteral("exportJsonAction"));
  m_list->addActions({m_rename, m_delete});

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 4, 8);
  layout->setSpacing(6);
  layout->addWidget(m_newButton);
  layout->addWidget(m_search);
  m_noMatches = new QLabel(this);
  m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
  m_noMatches->setWordWrap(true);
  m_noMatches->setAlignment(Qt::AlignCenter);
  m_noMatches->setForegroundRole(QPalette::PlaceholderText);
  m_noMatches->hide();
  layout->addWidget(m_noMatches);
  layout->addWidget(m_list, 1);
  // Esc empties the search (and leaves the field), as in most search boxes.
  auto *clearSearch = new QAction(m_search);
  clearSearch->setShortcut(Qt::Key_Escape);
  clearSearch->setShortcutContext(Qt::WidgetShortcut);
  connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
  m_search->addAction(clearSearch);

  connect(m_newButton, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
  connect(m_search, &QLineEdit::textChanged, this, &ConversationSidebar::searchChanged);
  connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
    updateActions();
    if (!m_filling && item)
      Q_EMIT conversationActivated(item->data(kIdRole).toLongLong());
  });
  connect(m_list, &QListWidget::itemChanged, this, &ConversationSidebar::onItemChanged);
  connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
    if (QListWidgetItem *item = m_list->itemAt(pos))
      m_list->setCurrentItem(item);
    if (!m_list->currentItem())
      return;
    QMenu menu(this);
    menu.addAction(m_rename);
    menu.addAction(m_exportMarkdown);
    menu.addAction(m_exportJson);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
  });
  connect(m_rename, &QAction::triggered, this, [this] {
    if (QListWidgetItem *item = m_list->currentItem())
      m_list->editItem(item);
  });
  connect(m_delete, &QAction::triggered, this, [this] {
    if (const qint64 id = currentId())
      Q_EMIT deleteRequested(id);
  });
  connect(m_exportMarkdown, &QAction::triggered, this, [this] {
    if (const qint64 id = currentId())
      Q_EMIT exportRequested(id, false);
  });
  connect(m_exportJson, &QAction::triggered, this, [this] {
    if (const qint64 id = currentId())
      Q_EMIT exportRequested(id, true);
  });
  retranslateUi();
  updateActions();
}

void ConversationSidebar::retranslateUi() {
  setAccessibleName(tr("Conversations"));
  m_newButton->setText(tr("&New chat"));
  m_newButton->setAccessibleName(tr("Start a new conversation"));
  m_newButton->setToolTip(tr("Start a new conversation (Ctrl+N)"));
  m_search->setPlaceholderText(tr("Search conversations"));
  m_noMatches->setText(tr("No conversation matches the search."));
  m_search->setAccessibleName(tr("Search conversations"));
  m_search->setToolTip(tr("Finds conversations whose messages or title contain every word (Ctrl+F)"));
  m_list->setAccessibleName(tr("Conversations"));
  m_rename->setText(tr("&Rename"));
  m_delete->setText(tr("&Delete…"));
  m_exportMarkdown->setText(tr("Export as &Markdown…"));
  m_exportJson->setText(tr("Export as &JSON…"));
  setSearchActive(m_searchActive, m_matches);
}

void ConversationSidebar::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    m_filling = true; // not a rename
    for (int i = 0; i < m_list->count() && i < m_conversations.size(); ++i)
      describeItem(m_list->item(i), m_conversations.at(i));
    m_filling = false;
  }
  QWidget::changeEvent(event);
}

void ConversationSidebar::describeItem(QListWidgetItem *item, const Conversation &c) {
  item->setText(c.title.isEmpty() ? tr("Untitled") : c.title);
  const QString when = QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat);
  item->setToolTip(tr("%1\nLast message: %2").arg(c.title, when));
}

void ConversationSidebar::setConversations(const QList<Conversation> &conversations, qint64 current) {
  m_conversations = conversations;
  m_filling = true;
  m_list->clear();
  for (const Conversation &c : conversations) {
    auto *item = new QListWidgetItem(m_list);
    describeItem(item, c);
    item->setData(kIdRole, c.id);
    item->setData(ConversationDelegate::kUpdatedRole, c.updated);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (c.id == current)
      m_list->setCurrentItem(item);
  }
  if (current == 0)
    m_list->setCurrentItem(nullptr);
  m_filling = false;
  updateActions();
}

void ConversationSidebar::setCurrent(qint64 id) {
  m_filling = true;
  m_list->setCurrentItem(nullptr);
  for (int i = 0; i < m_list->count(); ++i) {
    if (m_list->item(i)->data(kIdRole).toLongLong() == id) {
      m_list->setCurrentItem(m_list->item(i));
      break;
    }
  }
  m_filling = false;
  updateActions();
}

qint64 ConversationSidebar::currentId() const {
  const QListWidgetItem *item = m_list->currentItem();
  return item ? item->data(kIdRole).toLongLong() : 0;
}

qint64 ConversationSidebar::idAt(int row) const {
  const QListWidgetItem *item = m_list->item(row);
  return item ? item->data(kIdRole).toLongLong() : 0;
}

int ConversationSidebar::count() const {
  return m_list->count();
}

void ConversationSidebar::startRename(qint64 id) {
  setCurrent(id);
  if (QListWidgetItem *item = m_list->currentItem())
    m_list->editItem(item);
}

void ConversationSidebar::setSearchActive(bool active, int matches) {
  m_searchActive = active;
  m_matches = matches;
  m_list->setAccessibleDescription(active ? tr("%n conversation(s) match the search", nullptr, matches) : QString());
  m_noMatches->setVisible(active && matches == 0);
}

void ConversationSidebar::onItemChanged(QListWidgetItem *item) {
  if (m_filling || !item)
    return;
  const QString title = item->text().trimmed();
  Q_EMIT renameRequested(item->data(kIdRole).toLongLong(), title);
}

void ConversationSidebar::paintEvent(QPaintEvent *) {
  // A slightly different shade than the chat, computed from the palette so themes follow.
  QPainter painter(this);
  const QPalette p = palette();
  painter.fillRect(rect(),
                   Theme::mix(p.color(QPalette::Window), p.color(QPalette::Text), Theme::isDark(p) ? 0.03 : 0.025));
  painter.setPen(Theme::bubbleBorder(p));
  painter.drawLine(rect().topRight(), rect().bottomRight());
}

void ConversationSidebar::updateActions() {
  const bool any = m_list->currentItem() != nullptr;
  for (QAction *a : {m_rename, m_delete, m_exportMarkdown, m_exportJson})
    a->setEnabled(any);
}

} // namespace mdi
