#include "composer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mdi {

Composer::Composer(QWidget *parent) :
    QWidget(parent), m_editor(new QPlainTextEdit(this)), m_send(new QPushButton(this)) {
  setObjectName(QStringLiteral("composer"));
  m_editor->setObjectName(QStringLiteral("composerEditor"));
  m_editor->setPlaceholderText(tr("Ask about an image, or anything else (Enter sends, Shift+Enter for a new line)"));
  m_editor->setAccessibleName(tr("Message"));
  m_editor->setTabChangesFocus(true);
  m_editor->setMaximumHeight(fontMetrics().lineSpacing() * 8);
  m_editor->installEventFilter(this);
  m_send->setObjectName(QStringLiteral("sendButton"));
  m_send->setText(tr("Send"));
  m_send->setAccessibleName(tr("Send message"));
  m_send->setEnabled(false);

  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(m_editor, 1);
  layout->addWidget(m_send, 0, Qt::AlignBottom);

  connect(m_send, &QPushButton::clicked, this, &Composer::send);
  connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateSendEnabled);
}

QString Composer::text() const {
  return m_editor->toPlainText();
}

void Composer::setText(const QString &text) {
  m_editor->setPlainText(text);
}

bool Composer::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_editor && event->type() == QEvent::KeyPress) {
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
      send();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void Composer::send() {
  const QString message = m_editor->toPlainText().trimmed();
  if (message.isEmpty())
    return;
  m_editor->clear();
  Q_EMIT sendRequested(message);
}

void Composer::updateSendEnabled() {
  m_send->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
}

} // namespace mdi
