#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace mdi {

// Help > Keyboard Shortcuts: every menu action that has a shortcut, grouped by its menu, read
// from the menu bar when the dialog opens (so it follows the actions, the language and the
// platform's key names), plus the composer's keys that belong to no menu.
class ShortcutsDialog : public QDialog {
  Q_OBJECT
public:
  ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

  // The listed rows as "menu / action / keys" (tests).
  QStringList rows() const;

private:
  QTreeWidget *m_tree = nullptr;
};

} // namespace mdi
