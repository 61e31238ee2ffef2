#include "chat/composer.h"

#include "chat/attachmentchip.h"
#include "chat/composereditor.h"
#include "chat/pdfchip.h"
#include "common/icons.h"
#include "common/theme.h"
#include "store/imagestore.h"
#include "store/pdfpages.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace mdi {

Composer::Composer(QWidget *parent) :
    QWidget(parent), m_editor(new ComposerEditor(this)), m_send(new QPushButton(this)), m_attach(new QToolButton(this)),
    m_notice(new QLabel(this)), m_chipRow(new QWidget(this)), m_chipLayout(new QHBoxLayout(m_chipRow)) {
  setObjectName(QStringLiteral("composer"));

  m_editor->setObjectName(QStringLiteral("composerEditor"));
  m_editor->setTabChangesFocus(true);
  m_editor->setFrameShape(QFrame::NoFrame);
  m_editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  m_editor->viewport()->setAutoFillBackground(false);
  m_editor->installEventFilter(this);
  m_editor->setMimeHandler([this](const QMimeData *data) { return addMimeData(data); });
  connect(m_editor->document(), &QTextDocument::blockCountChanged, m_editor, &QWidget::updateGeometry);

  m_send->setObjectName(QStringLiteral("sendButton"));
  m_send->setIcon(Icons::icon(QStringLiteral("send")));
  m_send->setDefault(false);
  m_send->setAutoDefault(false);

  m_attach->setObjectName(QStringLiteral("attachButton"));
  m_attach->setIcon(Icons::icon(QStringLiteral("attach")));
  m_attach->setIconSize(QSize(20, 20));
  m_attach->setAutoRaise(true);

  m_notice->setObjectName(QStringLiteral("composerNotice"));
  m_notice->setWordWrap(true);
  m_notice->setTextFormat(Qt::PlainText);
  m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_notice->hide();

  m_chipRow->setObjectName(QStringLiteral("attachmentRow"));
  m_chipLayout->setContentsMargins(0, 0, 0, 0);
  m_chipLayout->setSpacing(6);
  m_chipLayout->addStretch(1);
  m_chipRow->hide();

  auto *inputRow = m_inputRow = new QHBoxLayout;
  inputRow->setSpacing(4);
  inputRow->addWidget(m_attach, 0, Qt::AlignBottom);
  inputRow->addWidget(m_editor, 1);
  inputRow->addWidget(m_send, 0, Qt::AlignBottom);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 8, 12, 8);
  layout->setSpacing(6);
  layout->addWidget(m_notice);
  layout->addWidget(m_chipRow);
  layout->addLayout(inputRow);

  connect(m_send, &QPushButton::clicked, this, [this] {
    if (m_generating)
      Q_EMIT stopRequested();
    else
      send();
  });
  connect(m_attach, &QToolButton::clicked, this, &Composer::chooseImages);
  connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateSendButton);
  retranslateUi();
  setGenerating(false);
}

void Composer::retranslateUi() {
  setAccessibleName(tr("Message composer"));
  m_editor->setPlaceholderText(
      tr("Ask about an image, or anything else. Enter sends, Shift+Enter starts a new line; drop or paste images."));
  m_editor->setAccessibleName(tr("Message"));
  m_attach->setToolTip(tr("Attach images (you can also drop or paste them)"));
  m_attach->setAccessibleName(tr("Attach images"));
  m_notice->setAccessibleName(tr("Notice"));
  updateSendTexts();
}

QString Composer::text() const {
  return m_editor->toPlainText();
}

void Composer::setText(const QString &text) {
  m_editor->setPlainText(text);
  m_editor->moveCursor(QTextCursor::End);
}

void Composer::setAttachments(const QList<Attachment> &attachments) {
  m_attachments = attachments;
  rebuildChips();
}

void Composer::clear() {
  m_editor->clear();
  m_attachments.clear();
  while (!m_pdfs.isEmpty())
    removePdf(0);
  rebuildChips();
  clearNotice();
}

Composer::~Composer() {
  // The store outlives this widget, not these jobs' use of it; they are short (one image each, or
  // a PDF's pages, at most PdfPages::kMaxPages).
  for (QFutureWatcherBase *job : findChildren<QFutureWatcherBase *>())
    job->waitForFinished();
}

QList<Attachment> Composer::attachments() const {
  QList<Attachment> all = m_attachments;
  for (const PdfItem &pdf : m_pdfs)
    all += pdf.pages;
  return all;
}

bool Composer::isAdding() const {
  return !m_adds.isEmpty() || std::any_of(m_pdfs.cbegin(), m_pdfs.cend(), [](const PdfItem &p) { return p.job; });
}

bool Composer::addMimeData(const QMimeData *data) {
  if (!data)
    return false;
  if (data->hasUrls()) {
    QStringList files;
    for (const QUrl &url : data->urls()) {
      if (url.isLocalFile())
        files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
      addImageFiles(files);
      return true;
    }
  }
  if (data->hasImage()) {
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (!image.isNull()) {
      addImage(image);
      return true;
    }
  }
  for (const QString &format : data->formats()) {
    if (format.startsWith(QLatin1String("image/"))) {
      const QByteArray bytes = data->data(format);
      if (!bytes.isEmpty()) {
        addImageData(bytes, tr("pasted image"));
        return true;
      }
    }
  }
  if (data->hasText()) {
    m_editor->insertPlainText(data->text());
    return true;
  }
  return false;
}

bool Composer::hasStore() {
  if (m_store)
    return true;
  showNotice(tr("Images cannot be added: the history folder is not available."));
  return false;
}

bool Composer::addImageFiles(const QStringList &allPaths) {
  if (!hasStore())
    return false;
  QStringList paths;
  for (const QString &path : allPaths) {
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || PdfPages::isPdfFile(path))
      addPdfFile(path);
    else
      paths.append(path);
  }
  if (paths.isEmpty())
    return true;
  ImageStore *store = m_store;
  startAdd([store, paths] {
    QList<Added> outcomes;
    for (const QString &path : paths) {
      auto stored = store->addFile(path);
      outcomes.append(stored ? Added{*stored, {}} : Added{std::nullopt, tr("Not added: %1").arg(stored.error())});
    }
    return outcomes;
  });
  return true;
}

bool Composer::addImageData(const QByteArray &bytes, const QString &label) {
  if (!hasStore())
    return false;
  ImageStore *store = m_store;
  startAdd([store, bytes, label] {
    auto stored = store->addData(bytes, label);
    return QList<Added>{stored ? Added{*stored, {}} : Added{std::nullopt, tr("Not added: %1").arg(stored.error())}};
  });
  return true;
}

bool Composer::addImage(const QImage &image, const QString &label) {
  if (!hasStore())
    return false;
  ImageStore *store = m_store;
  startAdd([store, image, label] {
    auto stored = store->addImage(image, label);
    return QList<Added>{stored ? Added{*stored, {}}
                               : Added{std::nullopt, tr("The pasted image was not added: %1").arg(stored.error())}};
  });
  return true;
}

void Composer::startAdd(std::function<QList<Added>()> job) {
  auto *watcher = new QFutureWatcher<QList<Added>>(this);
  m_adds.append(watcher);
  updateSendButton();
  connect(watcher, &QFutureWatcher<QList<Added>>::finished, this, &Composer::takeFinishedAdds);
  watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void Composer::takeFinishedAdds() {
  // A later add may finish first; it waits for the ones before it.
  while (!m_adds.isEmpty() && m_adds.first()->isFinished()) {
    QFutureWatcher<QList<Added>> *watcher = m_adds.takeFirst();
    watcher->deleteLater();
    finishAdd(watcher->result());
  }
}

void Composer::finishAdd(const QList<Added> &outcomes) {
  QStringList refused;
  bool added = false;
  for (const Added &outcome : outcomes) {
    if (!outcome.attachment) {
      refused.append(outcome.error);
      continue;
    }
    const Attachment &attachment = *outcome.attachment;
    const bool duplicate = std::any_of(m_attachments.cbegin(), m_attachments.cend(),
                                       [&](const Attachment &a) { return a.sha256 == attachment.sha256; });
    if (duplicate) {
      refused.append(tr("%1 is already attached.").arg(attachment.fileName));
      continue;
    }
    m_attachments.append(attachment);
    added = true;
  }
  if (added)
    rebuildChips();
  else
    updateSendButton();
  if (refused.isEmpty())
    clearNotice();
  else
    showNotice(refused.join(QLatin1Char('\n')));
  Q_EMIT imagesAdded();
}

void Composer::removeAttachment(int index) {
  if (index < 0 || index >= m_attachments.size())
    return;
  m_attachments.removeAt(index);
  rebuildChips();
  m_editor->setFocus();
}

void Composer::chooseImages() {
  QStringList patterns;
  if (PdfPages::isAvailable())
    patterns << QStringLiteral("*.pdf");
  for (const QString &format : ImageStore::acceptedFormats()) {
    patterns << QStringLiteral("*.%1").arg(format);
    if (format == QLatin1String("jpeg"))
      patterns << QStringLiteral("*.jpg");
    if (format == QLatin1String("tiff"))
      patterns << QStringLiteral("*.tif");
  }
  const QStringList files = QFileDialog::getOpenFileNames(
      this, tr("Attach Images"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
      (PdfPages::isAvailable() ? tr("Images and PDFs (%1);;All files (*)") : tr("Images (%1);;All files (*)"))
          .arg(patterns.join(QLatin1Char(' '))));
  if (!files.isEmpty())
    addImageFiles(files);
  m_editor->setFocus();
}

QToolButton *Composer::addToolButton(QAction *action) {
  auto *button = new QToolButton(this);
  button->setDefaultAction(action);
  button->setIconSize(m_attach->iconSize());
  button->setAutoRaise(true);
  // Named for screen readers after the action, in its current language.
  const auto name = [button, action] { button->setAccessibleName(action->toolTip()); };
  name();
  connect(action, &QAction::changed, button, name);
  m_inputRow->insertWidget(m_inputRow->indexOf(m_attach) + 1, button, 0, Qt::AlignBottom);
  return button;
}

void Composer::showNotice(const QString &text) {
  QPalette p = m_notice->palette();
  p.setColor(QPalette::WindowText, Theme::errorText(palette()));
  m_notice->setPalette(p);
  m_notice->setText(text);
  m_notice->setVisible(!text.isEmpty());
}

void Composer::clearNotice() {
  m_notice->clear();
  m_notice->hide();
}

QString Composer::notice() const {
  return m_notice->text();
}

void Composer::setGenerating(bool generating) {
  m_generating = generating;
  updateSendTexts();
  updateSendButton();
}

void Composer::updateSendTexts() {
  if (m_generating) {
    m_send->setText(tr("Stop"));
    m_send->setToolTip(tr("Stop the answer (Esc); what was written so far is kept"));
    m_send->setAccessibleName(tr("Stop generating"));
  } else {
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the message (Enter)"));
    m_send->setAccessibleName(tr("Send message"));
  }
}

void Composer::updateSendButton() {
  // While images are being added, Send waits for them (they belong to this message).
  m_send->setEnabled(m_generating ||
                     (!isAdding() && (!m_editor->toPlainText().trimmed().isEmpty() || !attachments().isEmpty())));
  styleSendButton();
}

// Send is the accent-coloured main button while it can send; Stop and a disabled Send are plain.
void Composer::styleSendButton() {
  const QPalette base = palette();
  QPalette p = base;
  const bool accent = !m_generating && m_send->isEnabled();
  if (accent) {
    p.setColor(QPalette::Button, base.color(QPalette::Highlight));
    p.setColor(QPalette::ButtonText, base.color(QPalette::HighlightedText));
  }
  m_send->setPalette(p);
  const QString icon = m_generating ? QStringLiteral("stop") : QStringLiteral("send");
  m_send->setIcon(accent ? Icons::icon(icon, base.color(QPalette::HighlightedText)) : Icons::icon(icon));
}

void Composer::changeEvent(QEvent *event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange)
    styleSendButton();
  else if (event->type() == QEvent::LanguageChange)
    retranslateUi();
}

void Composer::rebuildChips() {
  qDeleteAll(m_chips);
  m_chips.clear();
  for (qsizetype i = 0; i < m_attachments.size(); ++i) {
    const Attachment &a = m_attachments.at(i);
    auto *chip = new AttachmentChip(a, m_store ? m_store->path(a) : QString(), m_chipRow);
    connect(chip, &AttachmentChip::removeRequested, this,
            [this, chip] { removeAttachment(int(m_chips.indexOf(chip))); });
    m_chipLayout->insertWidget(int(i), chip);
    chip->show();
    m_chips.append(chip);
  }
  m_chipRow->setVisible(!m_chips.isEmpty() || !m_pdfs.isEmpty());
  updateSendButton();
  Q_EMIT attachmentsChanged();
}

bool Composer::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_editor && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
    update();
  if (watched == m_editor && event->type() == QEvent::KeyPress) {
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
      if (!m_generating)
        send();
      return true;
    }
    if (key->key() == Qt::Key_Escape && m_generating) {
      Q_EMIT stopRequested();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void Composer::send() {
  if (isAdding())
    return;
  const QString message = m_editor->toPlainText().trimmed();
  const QList<Attachment> images = attachments();
  if (message.isEmpty() && images.isEmpty())
    return;
  Q_EMIT sendRequested(message, images);
}

// PDFs -------------------------------------------------------------------------------------

QList<PdfChip *> Composer::pdfChips() const {
  QList<PdfChip *> chips;
  for (const PdfItem &pdf : m_pdfs) {
    if (pdf.chip)
      chips.append(pdf.chip);
  }
  return chips;
}

int Composer::pdfIndex(int id) const {
  for (qsizetype i = 0; i < m_pdfs.size(); ++i) {
    if (m_pdfs.at(i).id == id)
      return int(i);
  }
  return -1;
}

qint64 Composer::imagePixelsForTokens() const {
  return m_maxImagePixels > 0 ? qMin(m_maxImagePixels, PdfPages::kDefaultPagePixels) : PdfPages::kDefaultPagePixels;
}

qint64 Composer::pdfTokenBudget(int exceptId) const {
  if (m_contextTokens <= 0)
    return 0;
  // Room for the question and the answer; a small context keeps three quarters for images.
  qint64 budget = m_contextTokens - qMin<qint64>(1024, m_contextTokens / 4);
  const qint64 imagePixels = m_maxImagePixels > 0 ? m_maxImagePixels : PdfPages::kDefaultPagePixels;
  for (const Attachment &a : m_attachments)
    budget -= PdfPages::estimatedTokens(QSize(a.width, a.height), imagePixels);
  for (const PdfItem &pdf : m_pdfs) {
    if (pdf.id == exceptId)
      continue;
    for (const Attachment &a : pdf.pages)
      budget -= PdfPages::estimatedTokens(QSize(a.width, a.height), imagePixels);
  }
  return qMax<qint64>(1, budget);
}

bool Composer::addPdfFile(const QString &path) {
  if (!hasStore())
    return false;
  PdfItem item;
  item.id = m_nextPdfId++;
  item.path = path;
  item.fileName = QFileInfo(path).fileName();
  m_pdfs.append(item);
  startPdfJob(m_pdfs.last(), 0, 0);
  return true;
}

void Composer::setPdfRange(int index, int first, int last) {
  if (index < 0 || index >= m_pdfs.size())
    return;
  PdfItem &item = m_pdfs[index];
  if (item.job || (first == item.first && last == item.last))
    return;
  startPdfJob(item, first, last);
}

void Composer::removePdf(int index) {
  if (index < 0 || index >= m_pdfs.size())
    return;
  PdfItem item = m_pdfs.takeAt(index);
  // A job still running finishes on its own; its outcome finds no PDF and is dropped.
  delete item.chip;
  m_chipRow->setVisible(!m_chips.isEmpty() || !m_pdfs.isEmpty());
  updateSendButton();
  Q_EMIT attachmentsChanged();
}

void Composer::startPdfJob(PdfItem &item, int first, int last) {
  auto *watcher = new QFutureWatcher<PdfRendered>(this);
  item.job = watcher;
  if (item.chip)
    item.chip->setBusy(true);
  updateSendButton();
  const int id = item.id;
  connect(watcher, &QFutureWatcher<PdfRendered>::finished, this, [this, watcher, id] {
    watcher->deleteLater();
    finishPdfJob(id, watcher->result());
  });
  ImageStore *store = m_store;
  watcher->setFuture(QtConcurrent::run(&Composer::renderPdf, store, item.path, first, last, pdfTokenBudget(id),
                                       m_contextTokens, imagePixelsForTokens()));
}

Composer::PdfRendered Composer::renderPdf(ImageStore *store, const QString &path, int first, int last,
                                          qint64 tokenBudget, qint64 contextTokens, qint64 imagePixels) {
  PdfRendered out;
  auto pdf = PdfPages::fromFile(path);
  if (!pdf) {
    out.error = tr("Not added: %1").arg(pdf.error());
    return out;
  }
  const QString name = pdf->label();
  const QLocale locale;
  out.pageCount = pdf->pageCount();
  if (last == 0) {
    // First added: as many pages from the start as fit.
    first = 1;
    last = pdf->lastPageWithin(1, tokenBudget, imagePixels);
    if (last < first) {
      out.error =
          tr("Not added: %1: even its first page needs about %2 image tokens, more than the model's "
             "context of %3 tokens leaves for it.")
              .arg(name, locale.toString(pdf->estimatedTokens(1, 1, imagePixels)), locale.toString(contextTokens));
      return out;
    }
    if (last < out.pageCount)
      out.notice = tr("%1 has %2 pages; pages 1–%3 are attached, as many as one message for this model takes. "
                      "Change the range on its chip to read others.")
                       .arg(name)
                       .arg(out.pageCount)
                       .arg(last);
  } else {
    if (last - first + 1 > PdfPages::kMaxPages) {
      out.error = tr("Pages %1–%2 of %3 are %4 pages; one message takes at most %5. Choose fewer pages.")
                      .arg(first)
                      .arg(last)
                      .arg(name)
                      .arg(last - first + 1)
                      .arg(PdfPages::kMaxPages);
      return out;
    }
    const qint64 tokens = pdf->estimatedTokens(first, last, imagePixels);
    if (tokenBudget > 0 && tokens > tokenBudget) {
      out.error = tr("Pages %1–%2 of %3 need about %4 image tokens; the model's context of %5 tokens leaves room "
                     "for about %6 here. Choose fewer pages.")
                      .arg(first)
                      .arg(last)
                      .arg(name, locale.toString(tokens), locale.toString(contextTokens), locale.toString(tokenBudget));
      return out;
    }
  }
  const QString base = QFileInfo(name).completeBaseName();
  for (int number = first; number <= last; ++number) {
    auto page = pdf->renderPage(number, imagePixels);
    if (!page) {
      out.error = tr("Not added: %1").arg(page.error());
      return out;
    }
    auto stored = store->addImage(*page, QStringLiteral("%1-page-%2.png").arg(base).arg(number));
    if (!stored) {
      out.error = tr("Not added: %1, page %2: %3").arg(name).arg(number).arg(stored.error());
      return out;
    }
    out.pages.append(*stored);
  }
  out.first = first;
  out.last = last;
  return out;
}

void Composer::finishPdfJob(int id, const PdfRendered &rendered) {
  const int index = pdfIndex(id);
  if (index < 0)
    return; // removed meanwhile
  PdfItem &item = m_pdfs[index];
  item.job = nullptr;
  if (!rendered.error.isEmpty()) {
    if (!item.chip) {
      m_pdfs.removeAt(index); // never shown
    } else {
      item.chip->setBusy(false);
      item.chip->setRange(item.first, item.last); // the pages it has
    }
    updateSendButton();
    showNotice(rendered.error);
    Q_EMIT imagesAdded();
    return;
  }
  item.pageCount = rendered.pageCount;
  item.first = rendered.first;
  item.last = rendered.last;
  item.pages = rendered.pages;
  if (!item.chip) {
    item.chip = new PdfChip(item.fileName, item.pageCount, m_chipRow);
    connect(item.chip, &PdfChip::rangeRequested, this,
            [this, id](int first, int last) { setPdfRange(pdfIndex(id), first, last); });
    connect(item.chip, &PdfChip::removeRequested, this, [this, id] {
      removePdf(pdfIndex(id));
      m_editor->setFocus();
    });
    int position = int(m_chips.size());
    for (int i = 0; i < index; ++i)
      position += m_pdfs.at(i).chip ? 1 : 0;
    m_chipLayout->insertWidget(position, item.chip);
    item.chip->show();
  }
  item.chip->setBusy(false);
  item.chip->setRange(item.first, item.last);
  if (!item.pages.isEmpty() && m_store)
    item.chip->setThumbnail(m_store->path(item.pages.first()));
  m_chipRow->setVisible(true);
  if (rendered.notice.isEmpty())
    clearNotice();
  else
    showNotice(rendered.notice);
  updateSendButton();
  Q_EMIT attachmentsChanged();
  Q_EMIT imagesAdded();
}

void Composer::paintEvent(QPaintEvent *) {
  // A rounded input box around the text row, on the window background.
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QRect box = m_editor->geometry().united(m_attach->geometry()).united(m_send->geometry());
  box.adjust(-6, -4, 6, 4);
  QPainterPath path;
  path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
  painter.fillPath(path, palette().color(QPalette::Base));
  const bool focused = m_editor->hasFocus();
  painter.setPen(
      QPen(focused ? palette().color(QPalette::Highlight) : Theme::bubbleBorder(palette()), focused ? 1.5 : 1.0));
  painter.drawPath(path);
}

} // namespace mdi
