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

#include <algorithm>

namespace mdi {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

bool isHeader(const QListWidgetItem *item) {
  return item && item->data(ConversationDelegate::kHeaderRole).toBool();
}
} // namespace

ConversationSidebar::ConversationSidebar(QWidget *parent) :
    QWidget(parent), m_search(new QLineEdit(this)), m_newButton(new QPushButton(this)), m_list(new QListWidget(this)),
    m_pin(new QAction(this)), m_rename(new QAction(Icons::icon(QStringLiteral("rename")), QString(), this)),
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
  m_list->setUniformItemSizes(false); // headers are lower than conversations
  m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
  m_list->setContextMenuPolicy(Qt::CustomContextMenu);
  m_list->setTextElideMode(Qt::ElideRight);
  m_list->setFrameShape(QFrame::NoFrame);
  m_list->setItemDelegate(new ConversationDelegate(m_list));
  m_list->setMouseTracking(true);
  m_list->viewport()->setAttribute(Qt::WA_Hover);
  m_list->viewport()->setAutoFillBackground(false);
  m_list->setAutoFillBackground(false);

  m_pin->setObjectName(QStringLiteral("pinConversationAction"));
  m_pin->setCheckable(true);
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
    // A header (reached by a click or Home) opens nothing.
    if (!m_filling && item && !isHeader(item))
      Q_EMIT conversationActivated(item->data(kIdRole).toLongLong());
  });
  connect(m_list, &QListWidget::itemChanged, this, &ConversationSidebar::onItemChanged);
  connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
    if (QListWidgetItem *item = m_list->itemAt(pos); item && !isHeader(item))
      m_list->setCurrentItem(item);
    if (currentId() == 0)
      return;
    QMenu menu(this);
    menu.addAction(m_pin);
    menu.addAction(m_rename);
    menu.addAction(m_exportMarkdown);
    menu.addAction(m_exportJson);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
  });
  connect(m_pin, &QAction::triggered, this, [this](bool pinned) {
    if (const qint64 id = currentId())
      Q_EMIT pinRequested(id, pinned);
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
  m_pin->setText(tr("&Pin to Top"));
  m_rename->setText(tr("&Rename"));
  m_delete->setText(tr("&Delete…"));
  m_exportMarkdown->setText(tr("Export as &Markdown…"));
  m_exportJson->setText(tr("Export as &JSON…"));
  setSearchActive(m_searchActive, m_matches);
}

void ConversationSidebar::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    fill(currentId()); // titles and headers in the new language
  }
  QWidget::changeEvent(event);
}

void ConversationSidebar::describeItem(QListWidgetItem *item, const Conversation &c) {
  item->setText(c.title.isEmpty() ? tr("Untitled") : c.title);
  const QString when = QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat);
  QString tip = tr("%1\nLast message: %2").arg(c.title, when);
  if (m_generating.contains(c.id))
    tip += QLatin1Char('\n') + tr("Writing an answer…");
  item->setToolTip(tip);
  item->setData(ConversationDelegate::kGeneratingRole, m_generating.contains(c.id));
  item->setData(ConversationDelegate::kPinnedRole, c.pinned);
}

ConversationSidebar::DateGroup ConversationSidebar::dateGroup(const QDateTime &updated, const QDateTime &now) {
  const qint64 days = updated.toLocalTime().date().daysTo(now.toLocalTime().date());
  if (days <= 0)
    return DateGroup::Today; // a clock set back shows the future as today
  if (days == 1)
    return DateGroup::Yesterday;
  if (days < 7)
    return DateGroup::LastWeek;
  return DateGroup::Older;
}

void ConversationSidebar::setConversations(const QList<Conversation> &conversations, qint64 current, bool grouped) {
  m_conversations = conversations;
  m_grouped = grouped;
  fill(current);
}

void ConversationSidebar::addHeader(const QString &text) {
  auto *header = new QListWidgetItem(text, m_list);
  header->setData(ConversationDelegate::kHeaderRole, true);
  header->setFlags(Qt::NoItemFlags); // neither selectable nor reachable with the keyboard
}

void ConversationSidebar::fill(qint64 current) {
  m_filling = true;
  m_list->clear();
  QList<Conversation> ordered = m_conversations;
  if (m_grouped) // pinned first; within each part the store's order (newest first)
    std::stable_partition(ordered.begin(), ordered.end(), [](const Conversation &c) { return c.pinned; });
  const QDateTime now = QDateTime::currentDateTime();
  QString lastHeader;
  for (const Conversation &c : std::as_const(ordered)) {
    if (m_grouped) {
      QString header;
      if (c.pinned) {
        header = tr("Pinned");
      } else {
        switch (dateGroup(c.updated, now)) {
        case DateGroup::Today:
          header = tr("Today");
          break;
        case DateGroup::Yesterday:
          header = tr("Yesterday");
          break;
        case DateGroup::LastWeek:
          header = tr("Last 7 days");
          break;
        case DateGroup::Older:
          header = tr("Older");
          break;
        }
      }
      if (header != lastHeader)
        addHeader(header);
      lastHeader = header;
    }
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

QListWidgetItem *ConversationSidebar::itemOf(qint64 id) const {
  for (int i = 0; i < m_list->count(); ++i) {
    QListWidgetItem *item = m_list->item(i);
    if (!isHeader(item) && item->data(kIdRole).toLongLong() == id)
      return item;
  }
  return nullptr;
}

void ConversationSidebar::setCurrent(qint64 id) {
  m_filling = true;
  m_list->setCurrentItem(nullptr);
  if (QListWidgetItem *item = id ? itemOf(id) : nullptr)
    m_list->setCurrentItem(item);
  m_filling = false;
  updateActions();
}

qint64 ConversationSidebar::currentId() const {
  const QListWidgetItem *item = m_list->currentItem();
  return item ? item->data(kIdRole).toLongLong() : 0;
}

QListWidgetItem *ConversationSidebar::conversationItem(int index) const {
  int seen = 0;
  for (int i = 0; i < m_list->count(); ++i) {
    QListWidgetItem *item = m_list->item(i);
    if (isHeader(item))
      continue;
    if (seen++ == index)
      return item;
  }
  return nullptr;
}

qint64 ConversationSidebar::idAt(int index) const {
  const QListWidgetItem *item = conversationItem(index);
  return item ? item->data(kIdRole).toLongLong() : 0;
}

int ConversationSidebar::count() const {
  int n = 0;
  for (int i = 0; i < m_list->count(); ++i)
    n += isHeader(m_list->item(i)) ? 0 : 1;
  return n;
}

QStringList ConversationSidebar::headers() const {
  QStringList texts;
  for (int i = 0; i < m_list->count(); ++i) {
    if (isHeader(m_list->item(i)))
      texts.append(m_list->item(i)->text());
  }
  return texts;
}

void ConversationSidebar::setGenerating(qint64 id, bool generating) {
  if (generating)
    m_generating.insert(id);
  else
    m_generating.remove(id);
  for (const Conversation &c : std::as_const(m_conversations)) {
    if (c.id != id)
      continue;
    if (QListWidgetItem *item = itemOf(id)) {
      m_filling = true; // not a rename
      describeItem(item, c);
      m_filling = false;
    }
  }
}

bool ConversationSidebar::isMarkedGenerating(qint64 id) const {
  const QListWidgetItem *item = itemOf(id);
  return item && item->data(ConversationDelegate::kGeneratingRole).toBool();
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
  const bool any = currentId() != 0;
  for (QAction *a : {m_pin, m_rename, m_delete, m_exportMarkdown, m_exportJson})
    a->setEnabled(any);
  const QListWidgetItem *item = m_list->currentItem();
  m_pin->setChecked(item && item->data(ConversationDelegate::kPinnedRole).toBool());
}

} // namespace mdi
