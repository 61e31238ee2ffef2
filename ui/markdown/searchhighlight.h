#pragma once

#include <QRect>
#include <QStringList>

class QWidget;

namespace mdi {

// Marks the words of a conversation search in a message's text (a QTextEdit such as
// MarkdownTextView, or a code block's QPlainTextEdit) with extra selections: the text and its
// formats stay as they are, and the marks go with the next apply(). Words match as the history's
// search matches them: case-insensitive, at the start of a word ("pyth" marks "Python").
class SearchHighlight {
public:
  // The words of a search query, as the history's search takes them (without those that hold no
  // letter or digit).
  static QStringList terms(const QString &query);
  // Marks every match of `terms` in `widget` (replacing earlier marks; no terms: removes them).
  // Returns the first match's rectangle in the widget's coordinates, or a null rectangle.
  static QRect apply(QWidget *widget, const QStringList &terms);
};

} // namespace mdi
