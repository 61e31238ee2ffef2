#include "common/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mdi {

namespace {

// A menu text without its mnemonic marker ("&File" -> "File", "&&" -> "&").
QString plain(QString text) {
  text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  return text;
}

QString keysOf(const QAction *action) {
  QStringList keys;
  for (const QKeySequence &k : action->shortcuts())
    if (!k.isEmpty())
      keys << k.toString(QKeySequence::NativeText);
  return keys.join(QStringLiteral(", "));
}

// The actions of `menu` and its submenus that have a shortcut, under `group`.
void addMenu(QTreeWidget *tree, QTreeWidgetItem *group, const QMenu *menu) {
  for (QAction *action : menu->actions()) {
    if (action->isSeparator())
      continue;
    if (const QMenu *sub = action->menu()) {
      addMenu(tree, group, sub);
      continue;
    }
    const QString keys = keysOf(action);
    if (keys.isEmpty())
      continue;
    auto *item = new QTreeWidgetItem(group, {plain(action->text()), keys});
    item->setToolTip(0, action->toolTip());
  }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard Shortcuts"));
  m_tree = new QTreeWidget(this);
  m_tree->setColumnCount(2);
  m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
  m_tree->setRootIsDecorated(false);
  m_tree->setSelectionMode(QAbstractItemView::NoSelection);
  m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  if (menuBar) {
    for (QAction *top : menuBar->actions()) {
      const QMenu *menu = top->menu();
      if (!menu)
        continue;
      auto *group = new QTreeWidgetItem(m_tree, {plain(top->text())});
      group->setFirstColumnSpanned(true);
      QFont bold = group->font(0);
      bold.setBold(true);
      group->setFont(0, bold);
      addMenu(m_tree, group, menu);
      if (group->childCount() == 0)
        delete group;
    }
  }
  // Keys of the message field, which no menu shows.
  auto *composer = new QTreeWidgetItem(m_tree, {tr("Message field")});
  composer->setFirstColumnSpanned(true);
  QFont bold = composer->font(0);
  bold.setBold(true);
  composer->setFont(0, bold);
  new QTreeWidgetItem(composer,
                      {tr("Send the message"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
  new QTreeWidgetItem(composer,
                      {tr("New line"), QKeySequence(Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText)});
  new QTreeWidgetItem(composer,
                      {tr("Stop the answer"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
  m_tree->expandAll();

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_tree);
  layout->addWidget(buttons);
  resize(480, 520);
}

QStringList ShortcutsDialog::rows() const {
  QStringList out;
  for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
    const QTreeWidgetItem *group = m_tree->topLevelItem(g);
    for (int i = 0; i < group->childCount(); ++i)
      out << QStringLiteral("%1 / %2 / %3").arg(group->text(0), group->child(i)->text(0), group->child(i)->text(1));
  }
  return out;
}

} // namespace mdi
