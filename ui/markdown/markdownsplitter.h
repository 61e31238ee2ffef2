#pragma once

#include <QList>
#include <QString>

namespace mdi {

// One piece of an answer: Markdown prose, or a fenced code block with its language.
struct MarkdownBlock {
  enum class Kind { Text, Code };
  Kind kind = Kind::Text;
  QString text;       // Markdown source, or the code without its fences
  QString language;   // info string of the fence ("python"), code blocks only
  bool closed = true; // false for a code block whose closing fence has not arrived yet

  bool operator==(const MarkdownBlock &other) const = default;
};

// Splits Markdown at fenced code blocks (``` or ~~~, CommonMark rules for the fence lengths and
// up to three spaces of indentation), so that prose goes to QTextDocument::setMarkdown and each
// code block gets its own highlighted view with a copy button. A fence still open at the end (a
// streaming answer) runs to the end of the text. Prose is cut further into its top-level blocks
// (a paragraph, a heading, a table, a block quote, a whole list), so that a streaming answer
// re-renders only its last, growing block and never the text before it.
class MarkdownSplitter {
public:
  static QList<MarkdownBlock> split(const QString &markdown);
};

} // namespace mdi
