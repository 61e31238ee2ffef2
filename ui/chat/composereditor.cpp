#include "chat/composereditor.h"

#include <QMimeData>

namespace mdi {

ComposerEditor::ComposerEditor(QWidget *parent) : QPlainTextEdit(parent) {}

QSize ComposerEditor::sizeHint() const {
  const int lines = qBound(2, document()->blockCount(), 8);
  return {QPlainTextEdit::sizeHint().width(),
          lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + frameWidth() * 2 + 4};
}

bool ComposerEditor::canInsertFromMimeData(const QMimeData *source) const {
  return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEditor::insertFromMimeData(const QMimeData *source) {
  if (m_handler && m_handler(source))
    return;
  QPlainTextEdit::insertFromMimeData(source);
}

} // namespace mdi
