#pragma once

#include "store/attachment.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMimeData;
class QPushButton;
class QToolButton;

namespace mdi {

class AttachmentChip;
class ComposerEditor;
class ImageStore;

// The message input at the bottom: multi-line text (Enter sends, Shift+Enter inserts a line
// break), images as removable thumbnails with their pixel size, an attach button, and a Send
// button that turns into Stop while an answer is generated. Images come in through
// addMimeData (paste and drops), addImageFile (the file picker) or addImage; each one is checked
// and stored in the ImageStore at once, and a refused one leaves a clear message under the
// input and adds nothing. The composer does not clear itself on send: the window clears it
// once the message was accepted.
class Composer : public QWidget {
  Q_OBJECT
public:
  explicit Composer(QWidget *parent = nullptr);

  void setImageStore(ImageStore *store) { m_store = store; }

  QString text() const;
  void setText(const QString &text);
  QList<Attachment> attachments() const { return m_attachments; }
  void setAttachments(const QList<Attachment> &attachments);
  void clear();

  // Images from a paste or a drop: local image files, image data, or text (inserted). Returns
  // true when anything was taken; refused files are reported in the notice.
  bool addMimeData(const QMimeData *data);
  bool addImageFile(const QString &path);
  bool addImageData(const QByteArray &bytes, const QString &label);
  bool addImage(const QImage &image, const QString &label = {});
  void removeAttachment(int index);
  void chooseImages(); // the file picker

  void showNotice(const QString &text);
  void clearNotice();
  QString notice() const;

  // While an answer is generated the Send button becomes Stop and Enter does not send.
  void setGenerating(bool generating);
  bool isGenerating() const { return m_generating; }

  ComposerEditor *editor() const { return m_editor; }
  QPushButton *sendButton() const { return m_send; }
  QToolButton *attachButton() const { return m_attach; }
  QLabel *noticeLabel() const { return m_notice; }
  QList<AttachmentChip *> chips() const { return m_chips; }

Q_SIGNALS:
  void sendRequested(const QString &text, const QList<mdi::Attachment> &images);
  void stopRequested();
  void attachmentsChanged();

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void updateSendTexts(); // Send or Stop, after m_generating
  void send();
  void updateSendButton();
  void styleSendButton();
  bool accept(const Attachment &attachment);
  void rebuildChips();

  ImageStore *m_store = nullptr;
  ComposerEditor *m_editor;
  QPushButton *m_send;
  QToolButton *m_attach;
  QLabel *m_notice;
  QWidget *m_chipRow;
  QHBoxLayout *m_chipLayout;
  QList<Attachment> m_attachments;
  QList<AttachmentChip *> m_chips;
  bool m_generating = false;
};

} // namespace mdi
