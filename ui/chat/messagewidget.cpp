#include "chat/messagewidget.h"

#include "chat/imagethumbnail.h"
#include "common/icons.h"
#include "common/theme.h"
#include "markdown/markdowntextview.h"
#include "markdown/markdownview.h"
#include "markdown/searchhighlight.h"
#include "store/generationstatsjson.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdi {

namespace {
constexpr int kThumbnailEdge = 132;
constexpr int kIndent = 64; // questions sit to the right of the column
} // namespace

MessageWidget::MessageWidget(const ChatEntry &entry, QWidget *parent) :
    QFrame(parent), m_entry(entry), m_author(new QLabel(this)), m_stateLabel(new QLabel(this)),
    m_siblingLabel(new QLabel(this)), m_imageRow(new QWidget(this)), m_imageLayout(new QHBoxLayout(m_imageRow)),
    m_body(new QVBoxLayout) {
  const bool user = isUser();
  setObjectName(user ? QStringLiteral("userMessage") : QStringLiteral("assistantMessage"));

  QFont bold = m_author->font();
  bold.setWeight(QFont::DemiBold);
  m_author->setFont(bold);
  m_author->setObjectName(QStringLiteral("messageAuthor"));
  m_stateLabel->setObjectName(QStringLiteral("messageState"));
  m_stateLabel->setTextFormat(Qt::PlainText);
  m_stateLabel->setWordWrap(true);
  m_siblingLabel->setObjectName(QStringLiteral("siblingLabel"));

  m_previous = makeAction(QStringLiteral("chevron-left"), QStringLiteral("previousSiblingButton"));
  m_next = makeAction(QStringLiteral("chevron-right"), QStringLiteral("nextSiblingButton"));
  m_copy = makeAction(QStringLiteral("copy"), QStringLiteral("copyButton"));
  if (user)
    m_edit = makeAction(QStringLiteral("edit"), QStringLiteral("editButton"));
  else
    m_regenerate = makeAction(QStringLiteral("regenerate"), QStringLiteral("regenerateButton"));
  m_delete = makeAction(QStringLiteral("delete"), QStringLiteral("deleteButton"));
  if (!user)
    m_continue = makeAction(QStringLiteral("continue"), QStringLiteral("continueButton"));
  m_fork = makeAction(QStringLiteral("fork"), QStringLiteral("forkButton"));

  auto *header = new QHBoxLayout;
  header->setSpacing(2);
  header->addWidget(m_author);
  header->addSpacing(8);
  header->addWidget(m_stateLabel, 1);
  header->addWidget(m_previous);
  header->addWidget(m_siblingLabel);
  header->addWidget(m_next);
  header->addSpacing(6);
  header->addWidget(m_copy);
  if (m_regenerate)
    header->addWidget(m_regenerate);
  if (m_edit)
    header->addWidget(m_edit);
  if (m_continue)
    header->addWidget(m_continue);
  header->addWidget(m_fork);
  header->addWidget(m_delete);

  m_imageLayout->setContentsMargins(0, 0, 0, 0);
  m_imageLayout->setSpacing(6);
  m_imageLayout->addStretch(1);

  if (user) {
    m_plain = new MarkdownTextView(this);
    m_plain->setObjectName(QStringLiteral("messageText"));
    m_body->addWidget(m_plain);
  } else {
    m_markdown = new MarkdownView(this);
    m_body->addWidget(m_markdown);
  }
  m_body->setContentsMargins(0, 0, 0, 0);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(14 + (user ? kIndent : 0), 8, 10, 12);
  layout->setSpacing(6);
  layout->addLayout(header);
  layout->addWidget(m_imageRow);
  layout->addLayout(m_body);

  connect(m_copy, &QToolButton::clicked, this, [this] {
    QApplication::clipboard()->setText(m_entry.message.text);
    m_copy->setToolTip(tr("Copied"));
  });
  if (m_regenerate)
    connect(m_regenerate, &QToolButton::clicked, this, [this] { Q_EMIT regenerateRequested(messageId()); });
  if (m_edit)
    connect(m_edit, &QToolButton::clicked, this, &MessageWidget::startEditing);
  connect(m_delete, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(messageId()); });
  if (m_continue)
    connect(m_continue, &QToolButton::clicked, this, [this] { Q_EMIT continueRequested(messageId()); });
  connect(m_fork, &QToolButton::clicked, this, [this] { Q_EMIT forkRequested(messageId()); });
  connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT siblingRequested(messageId(), -1); });
  connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT siblingRequested(messageId(), +1); });

  rebuildImages();
  updateText();
  retranslateUi(); // and updateHeader()
}

void MessageWidget::retranslateUi() {
  const bool user = isUser();
  setAccessibleName(user ? tr("Your message") : tr("Answer"));
  m_previous->setToolTip(user ? tr("Previous version of this question") : tr("Previous answer"));
  m_previous->setAccessibleName(user ? tr("Show the previous version of this question")
                                     : tr("Show the previous answer"));
  m_next->setToolTip(user ? tr("Next version of this question") : tr("Next answer"));
  m_next->setAccessibleName(user ? tr("Show the next version of this question") : tr("Show the next answer"));
  m_copy->setToolTip(tr("Copy the text"));
  m_copy->setAccessibleName(user ? tr("Copy your message") : tr("Copy the answer"));
  if (m_edit) {
    m_edit->setToolTip(tr("Edit and resend (the current version stays in the history)"));
    m_edit->setAccessibleName(tr("Edit and resend"));
  }
  if (m_regenerate) {
    m_regenerate->setToolTip(tr("Write another answer (this one stays available)"));
    m_regenerate->setAccessibleName(tr("Regenerate the answer"));
  }
  if (m_continue) {
    m_continue->setToolTip(tr("Continue writing this answer where it stopped"));
    m_continue->setAccessibleName(tr("Continue the answer"));
  }
  m_fork->setToolTip(tr("Start a new conversation with the messages up to this one"));
  m_fork->setAccessibleName(tr("Fork the conversation here"));
  m_delete->setToolTip(tr("Delete this message and what follows it"));
  m_delete->setAccessibleName(tr("Delete the message"));
  if (m_plain)
    m_plain->setAccessibleName(tr("Your message text"));
  if (m_editPanel) {
    m_editor->setAccessibleName(tr("Edited message"));
    m_editSend->setText(tr("Send"));
    m_editSend->setAccessibleName(tr("Send the edited message"));
    m_editSend->setToolTip(tr("Send as a new version (Enter); the current one stays in the history"));
    m_editCancel->setText(tr("Cancel"));
    m_editCancel->setAccessibleName(tr("Cancel editing"));
  }
  updateHeader();
}

void MessageWidget::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QFrame::changeEvent(event);
}

QToolButton *MessageWidget::makeAction(const QString &icon, const QString &objectName) {
  auto *button = new QToolButton(this);
  button->setObjectName(objectName);
  button->setIcon(Icons::icon(icon));
  button->setIconSize(QSize(16, 16));
  button->setAutoRaise(true);
  button->setFocusPolicy(Qt::TabFocus);
  return button;
}

void MessageWidget::setEntry(const ChatEntry &entry) {
  if (entry == m_entry)
    return;
  const bool imagesChanged = entry.message.images != m_entry.message.images || entry.imagePaths != m_entry.imagePaths;
  m_entry = entry;
  if (imagesChanged)
    rebuildImages();
  updateText();
  updateHeader();
}

void MessageWidget::setStreamingText(const QString &text) {
  if (text == m_entry.message.text)
    return;
  m_entry.message.text = text;
  updateText();
}

void MessageWidget::setActionsEnabled(bool enabled) {
  m_actionsEnabled = enabled;
  updateHeader();
}

void MessageWidget::rebuildImages() {
  qDeleteAll(m_thumbnails);
  m_thumbnails.clear();
  const QList<Attachment> &images = m_entry.message.images;
  for (qsizetype i = 0; i < images.size(); ++i) {
    const Attachment &a = images.at(i);
    const QString path = i < m_entry.imagePaths.size() ? m_entry.imagePaths.at(i) : QString();
    auto *thumb = new ImageThumbnail(path, a.fileName, QSize(a.width, a.height), kThumbnailEdge, m_imageRow);
    connect(thumb, &ImageThumbnail::openRequested, this, &MessageWidget::imageOpenRequested);
    m_imageLayout->insertWidget(int(i), thumb);
    thumb->show();
    m_thumbnails.append(thumb);
  }
  m_imageRow->setVisible(!m_thumbnails.isEmpty());
}

void MessageWidget::updateText() {
  const QString &text = m_entry.message.text;
  if (m_plain) {
    m_plain->setPlainContent(text);
    m_plain->setVisible(!text.isEmpty() && !isEditing());
  } else if (m_markdown) {
    m_markdown->setMarkdown(text);
    m_markdown->setVisible(!text.isEmpty());
  }
}

void MessageWidget::updateHeader() {
  const StoredMessage &m = m_entry.message;
  const QDateTime created = m.created.toLocalTime();
  m_author->setText(isUser() ? tr("You") : tr("Assistant"));
  m_author->setToolTip(created.isValid() ? QLocale().toString(created, QLocale::LongFormat) : QString());

  QString state;
  bool error = false;
  const GenerationStats stats = GenerationStatsJson::fromJson(m.stats);
  QString speed;
  if (stats.generatedTokens > 0) {
    speed = tr("%n token(s)", nullptr, int(stats.generatedTokens));
    if (stats.decodeTokensPerSecond() > 0)
      speed += tr(" · %1 tokens/s").arg(QLocale().toString(stats.decodeTokensPerSecond(), 'f', 1));
  }
  switch (m.state) {
  case MessageState::Streaming:
    state = tr("Generating…");
    break;
  case MessageState::Stopped:
    state = speed.isEmpty() ? tr("Stopped") : tr("Stopped · %1").arg(speed);
    break;
  case MessageState::Failed:
    state = m_entry.error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(m_entry.error);
    error = true;
    break;
  case MessageState::Complete:
    state = isUser() ? QString() : speed;
    break;
  }
  if (isUser() && created.isValid()) {
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    state = QLocale().toString(created.time(), format);
  }
  m_stateLabel->setText(state);
  QPalette p = m_stateLabel->palette();
  p.setColor(QPalette::WindowText, error ? Theme::errorText(palette()) : Theme::mutedText(palette()));
  m_stateLabel->setPalette(p);
  m_stateLabel->setAccessibleName(state.isEmpty() ? tr("Message state") : state);

  const bool siblings = m_entry.siblingCount > 1;
  m_previous->setVisible(siblings);
  m_next->setVisible(siblings);
  m_siblingLabel->setVisible(siblings);
  m_siblingLabel->setText(tr("%1/%2").arg(m_entry.siblingIndex + 1).arg(m_entry.siblingCount));
  m_siblingLabel->setAccessibleName(tr("Version %1 of %2").arg(m_entry.siblingIndex + 1).arg(m_entry.siblingCount));
  m_previous->setEnabled(m_actionsEnabled && m_entry.siblingIndex > 0);
  m_next->setEnabled(m_actionsEnabled && m_entry.siblingIndex + 1 < m_entry.siblingCount);

  const bool streaming = m.state == MessageState::Streaming;
  m_copy->setEnabled(!m.text.isEmpty());
  if (m_regenerate)
    m_regenerate->setEnabled(m_actionsEnabled && !streaming);
  if (m_edit)
    m_edit->setEnabled(m_actionsEnabled && !isEditing());
  m_delete->setEnabled(m_actionsEnabled && !streaming);
  if (m_continue) {
    m_continue->setVisible(m_entry.canContinue);
    m_continue->setEnabled(m_actionsEnabled && m_entry.canContinue);
  }
  m_fork->setEnabled(!streaming);
}

QRect MessageWidget::highlight(const QStringList &terms) {
  QRect found;
  QWidget *text = nullptr;
  if (m_plain) {
    found = SearchHighlight::apply(m_plain, terms);
    text = m_plain;
  } else if (m_markdown) {
    found = m_markdown->highlight(terms);
    text = m_markdown;
  }
  return found.isNull() ? QRect() : QRect(text->mapTo(this, found.topLeft()), found.size());
}

void MessageWidget::startEditing() {
  if (!isUser() || isEditing())
    return;
  m_editPanel = new QWidget(this);
  m_editPanel->setObjectName(QStringLiteral("editPanel"));
  m_editor = new QPlainTextEdit(m_editPanel);
  m_editor->setObjectName(QStringLiteral("editEditor"));
  m_editor->setPlainText(m_entry.message.text);
  m_editor->setTabChangesFocus(true);
  const int lines = qBound(3, int(m_entry.message.text.count(QLatin1Char('\n'))) + 2, 10);
  m_editor->setFixedHeight(fontMetrics().lineSpacing() * lines + 2 * m_editor->frameWidth() + 8);
  m_editor->installEventFilter(this);
  m_editSend = new QPushButton(m_editPanel);
  m_editSend->setObjectName(QStringLiteral("editSendButton"));
  m_editCancel = new QPushButton(m_editPanel);
  m_editCancel->setObjectName(QStringLiteral("editCancelButton"));
  auto *buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(m_editCancel);
  buttons->addWidget(m_editSend);
  auto *layout = new QVBoxLayout(m_editPanel);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_editor);
  layout->addLayout(buttons);
  m_body->addWidget(m_editPanel);
  m_editPanel->show();
  connect(m_editSend, &QPushButton::clicked, this, &MessageWidget::submitEdit);
  connect(m_editCancel, &QPushButton::clicked, this, &MessageWidget::cancelEditing);
  updateText();
  retranslateUi(); // and updateHeader()
  m_editor->setFocus();
  m_editor->moveCursor(QTextCursor::End);
}

void MessageWidget::cancelEditing() {
  if (!m_editPanel)
    return;
  m_editPanel->deleteLater();
  m_editPanel = nullptr;
  m_editor = nullptr;
  m_editSend = nullptr;
  m_editCancel = nullptr;
  updateText();
  updateHeader();
  if (m_edit)
    m_edit->setFocus();
}

void MessageWidget::submitEdit() {
  if (!m_editor)
    return;
  const QString text = m_editor->toPlainText().trimmed();
  if (text.isEmpty() && m_entry.message.images.isEmpty())
    return;
  const qint64 id = messageId();
  cancelEditing();
  Q_EMIT editSubmitted(id, text);
}

bool MessageWidget::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_editor && event->type() == QEvent::KeyPress) {
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
      QTimer::singleShot(0, this, &MessageWidget::submitEdit);
      return true;
    }
    if (key->key() == Qt::Key_Escape) {
      QTimer::singleShot(0, this, &MessageWidget::cancelEditing);
      return true;
    }
  }
  return QFrame::eventFilter(watched, event);
}

void MessageWidget::paintEvent(QPaintEvent *) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QPainterPath path;
  path.addRoundedRect(QRectF(rect()).adjusted(0.5 + (isUser() ? kIndent : 0), 0.5, -0.5, -0.5), 10, 10);
  painter.fillPath(path, isUser() ? Theme::userBubble(palette()) : Theme::assistantBubble(palette()));
  painter.setPen(Theme::bubbleBorder(palette()));
  painter.drawPath(path);
}

} // namespace mdi
