#pragma once

#include "store/attachment.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QPushButton;
class QToolButton;

namespace mdi {

class AttachmentChip;
class ComposerEditor;
class ImageStore;
class PdfChip;

// The message input at the bottom: multi-line text (Enter sends, Shift+Enter inserts a line
// break), images as removable thumbnails with their pixel size, an attach button, and a Send
// button that turns into Stop while an answer is generated. Images come in through
// addMimeData (paste and drops), addImageFiles (the file picker) or addImage; each one is
// checked and stored in the ImageStore on the thread pool (reading, hashing and decoding a large
// picture would stall the window), and the outcome comes back to the GUI thread: the thumbnail
// appears when it is ready, a refused image leaves a message naming it under the input and adds
// nothing. Send waits until every add is done. The composer does not clear itself on send: the
// window clears it once the message was accepted.
//
// A PDF (dropped, pasted as a file or picked) goes to the model as images of its pages
// (PdfPages, rendered and stored on the thread pool). It shows as a PdfChip with its page range:
// at first as many pages from the start as fit in the model's context (setContextTokens), and a
// range the person asks for that does not fit is refused with a message saying how much room
// there is. Its pages follow the images in attachments() and in sendRequested.
class Composer : public QWidget {
  Q_OBJECT
public:
  explicit Composer(QWidget *parent = nullptr);
  ~Composer() override;

  void setImageStore(ImageStore *store) { m_store = store; }

  QString text() const;
  void setText(const QString &text);
  // The images, then the pages of each PDF.
  QList<Attachment> attachments() const;
  void setAttachments(const QList<Attachment> &attachments);
  void clear();

  // Images from a paste or a drop: local image files, image data, or text (inserted). Returns
  // true when anything was taken; refused files are reported in the notice once checked.
  bool addMimeData(const QMimeData *data);
  // These start an add and return at once (false: no image store, said in the notice); the
  // attachments or the notice change when imagesAdded comes. Several files keep their order.
  bool addImageFiles(const QStringList &paths);
  bool addImageFile(const QString &path) { return addImageFiles({path}); }
  bool addImageData(const QByteArray &bytes, const QString &label);
  bool addImage(const QImage &image, const QString &label = {});
  bool isAdding() const;
  void removeAttachment(int index);
  void chooseImages(); // the file picker
  // Another button beside the attach button, for a window's action (Capture Screen Region).
  QToolButton *addToolButton(QAction *action);

  // PDFs: their pages must fit in the model's context (0: unknown, no limit but PdfPages'), as
  // estimated for images of at most maxImagePixels pixels (the model's; 0: the model default).
  void setContextTokens(qint64 tokens) { m_contextTokens = tokens; }
  void setMaxImagePixels(qint64 pixels) { m_maxImagePixels = pixels; }
  // Starts reading a PDF's pages; its chip appears when they are ready.
  bool addPdfFile(const QString &path);
  // Asks for other pages of the PDF of chip `index`: refused (the notice says why) when they do
  // not fit; else rendered on the thread pool.
  void setPdfRange(int index, int first, int last);
  void removePdf(int index);
  QList<PdfChip *> pdfChips() const;

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
  // An add finished on the GUI thread: its images are attached or named in the notice.
  void imagesAdded();

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
  // The outcome of one image checked and stored on the thread pool.
  struct Added {
    std::optional<Attachment> attachment;
    QString error; // names the image
  };
  bool hasStore();
  void startAdd(std::function<QList<Added>()> job);
  void takeFinishedAdds();
  void finishAdd(const QList<Added> &outcomes);
  void rebuildChips();
  // A PDF's pages read and stored on the thread pool.
  struct PdfRendered {
    QString error;  // names the PDF
    QString notice; // the range was shortened to fit
    int pageCount = 0;
    int first = 0;
    int last = 0;
    QList<Attachment> pages;
  };
  struct PdfItem {
    int id = 0;
    QString path;
    QString fileName;
    int pageCount = 0;
    int first = 0;
    int last = 0;
    QList<Attachment> pages;
    PdfChip *chip = nullptr;
    QFutureWatcher<PdfRendered> *job = nullptr;
  };
  // What the pages of a PDF may take: the context less room for the question and the answer and
  // less the other attachments; 0: no limit known.
  qint64 pdfTokenBudget(int exceptId) const;
  qint64 imagePixelsForTokens() const;
  void startPdfJob(PdfItem &item, int first, int last);
  void finishPdfJob(int id, const PdfRendered &rendered);
  static PdfRendered renderPdf(ImageStore *store, const QString &path, int first, int last, qint64 tokenBudget,
                               qint64 contextTokens, qint64 imagePixels);
  int pdfIndex(int id) const;

  ImageStore *m_store = nullptr;
  ComposerEditor *m_editor;
  QPushButton *m_send;
  QToolButton *m_attach;
  QLabel *m_notice;
  QHBoxLayout *m_inputRow = nullptr;
  QWidget *m_chipRow;
  QHBoxLayout *m_chipLayout;
  QList<Attachment> m_attachments;
  QList<AttachmentChip *> m_chips;
  bool m_generating = false;
  // The adds in flight, in the order they were started: their images are attached in that
  // order. The destructor waits for them, since they use m_store.
  QList<QFutureWatcher<QList<Added>> *> m_adds;
  QList<PdfItem> m_pdfs;
  int m_nextPdfId = 1;
  qint64 m_contextTokens = 0;
  qint64 m_maxImagePixels = 0;
};

} // namespace mdi
