#pragma once

#include <QStyledItemDelegate>

namespace mdi {

// Draws a conversation in the sidebar: its title and, below it in a smaller, muted type, when
// it last changed ("14:03", "Monday", "12/03/2024"), on a rounded selection.
class ConversationDelegate : public QStyledItemDelegate {
  Q_OBJECT
public:
  static constexpr int kUpdatedRole = Qt::UserRole + 2; // QDateTime (UTC)

  explicit ConversationDelegate(QObject *parent = nullptr);

  void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
  QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
  void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const override;

  // "14:03" today, the weekday within a week, the short date before.
  static QString whenText(const QDateTime &updated, const QDateTime &now);
};

} // namespace mdi
