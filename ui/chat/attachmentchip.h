#pragma once

#include "store/attachment.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace mdi {

// An image waiting in the composer: its thumbnail, its pixel size and a button to remove it.
class AttachmentChip : public QFrame {
  Q_OBJECT
public:
  AttachmentChip(const Attachment &attachment, const QString &path, QWidget *parent = nullptr);

  const Attachment &attachment() const { return m_attachment; }
  QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
  void removeRequested();

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();

  Attachment m_attachment;
  QLabel *m_sizeLabel;
  QToolButton *m_remove;
};

} // namespace mdi
