#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mdi {

// A small, language-tolerant highlighter for code blocks in answers: keywords of the common
// languages, strings, numbers, comments ("//", "/* */", "#" or "--" by language) and function
// calls. Good enough to make code readable; not a parser.
class CodeHighlighter : public QSyntaxHighlighter {
  Q_OBJECT
public:
  CodeHighlighter(QTextDocument *document, const QString &language, bool dark);

  QString language() const { return m_language; }

protected:
  void highlightBlock(const QString &text) override;

private:
  struct Rule {
    QRegularExpression pattern;
    QTextCharFormat format;
  };
  QString m_language;
  QList<Rule> m_rules;
  QRegularExpression m_lineComment;
  bool m_blockComments = true;
  QTextCharFormat m_commentFormat;
  QTextCharFormat m_stringFormat;
};

} // namespace mdi
