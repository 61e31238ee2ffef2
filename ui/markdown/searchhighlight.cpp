#include "markdown/searchhighlight.h"

#include "common/theme.h"

#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace mdi {

QStringList SearchHighlight::terms(const QString &query) {
  static const QRegularExpression space(QStringLiteral("\\s+"));
  QStringList words;
  for (const QString &word : query.split(space, Qt::SkipEmptyParts)) {
    if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
      words.append(word);
  }
  return words;
}

QRect SearchHighlight::apply(QWidget *widget, const QStringList &terms) {
  auto *edit = qobject_cast<QTextEdit *>(widget);
  auto *plain = qobject_cast<QPlainTextEdit *>(widget);
  QTextDocument *document = edit ? edit->document() : plain ? plain->document() : nullptr;
  if (!document)
    return {};
  QTextCharFormat format;
  format.setBackground(Theme::mix(widget->palette().color(QPalette::Base), QColor(0xff, 0xc8, 0x00),
                                  Theme::isDark(widget->palette()) ? 0.55 : 0.6));
  format.setForeground(widget->palette().color(QPalette::Text));
  QList<QTextEdit::ExtraSelection> marks;
  QTextCursor first;
  for (const QString &term : terms) {
    // The whole word where one starts with the term, as the full-text search matches prefixes.
    const QRegularExpression pattern(QStringLiteral("\\b") + QRegularExpression::escape(term) + QStringLiteral("\\w*"),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (QTextCursor c = document->find(pattern); !c.isNull(); c = document->find(pattern, c)) {
      marks.append({c, format});
      if (first.isNull() || c.selectionStart() < first.selectionStart())
        first = c;
    }
  }
  if (edit)
    edit->setExtraSelections(marks);
  else
    plain->setExtraSelections(marks);
  if (first.isNull())
    return {};
  const QRect rect = edit ? edit->cursorRect(first) : plain->cursorRect(first);
  QWidget *viewport = edit ? edit->viewport() : plain->viewport();
  return QRect(viewport->mapTo(widget, rect.topLeft()), rect.size());
}

} // namespace mdi
