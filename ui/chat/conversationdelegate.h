#pragma once

#include <QStyledItemDelegate>

namespace mdi {

// Draws a conversation in the sidebar: its title and, below it in a smaller, muted type, when
// it last changed ("14:03", "Monday", "12/03/2024"), on a rounded selection; a dot in the accent
// colour while it writes an answer. A group's header is drawn in small, muted type.
class ConversationDelegate : public QStyledItemDelegate {
  Q_OBJECT
public:
  static constexpr int kUpdatedRole = Qt::UserRole + 2;    // QDateTime (UTC)
  static constexpr int kHeaderRole = Qt::UserRole + 3;     // bool: a group's header, not a conversation
  static constexpr int kGeneratingRole = Qt::UserRole + 4; // bool: writing an answer
  static constexpr int kPinnedRole = Qt::UserRole + 5;     // bool

  explicit ConversationDelegate(QObject *parent = nullptr);

  void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
  QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
  void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const override;

  // "14:03" today, the weekday within a week, the short date before.
  static QString whenText(const QDateTime &updated, const QDateTime &now);
};

} // namespace mdi
