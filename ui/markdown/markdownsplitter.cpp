#include "markdown/markdownsplitter.h"

#include <QRegularExpression>
#include <QStringList>

namespace mdi {

namespace {

// A fence line: up to three spaces, then three or more ` or ~. Returns the fence length and
// sets *fenceChar and *info; 0 when the line is no fence.
int fenceLength(const QString &line, QChar *fenceChar, QString *info) {
  int i = 0;
  while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
    ++i;
  if (i > 3 || i >= line.size())
    return 0;
  const QChar c = line.at(i);
  if (c != QLatin1Char('`') && c != QLatin1Char('~'))
    return 0;
  int j = i;
  while (j < line.size() && line.at(j) == c)
    ++j;
  const int length = j - i;
  if (length < 3)
    return 0;
  const QString rest = line.mid(j).trimmed();
  if (c == QLatin1Char('`') && rest.contains(QLatin1Char('`')))
    return 0; // a backtick fence's info string may not contain backticks
  *fenceChar = c;
  if (info)
    *info = rest.section(QLatin1Char(' '), 0, 0);
  return length;
}

// A list item's first line: up to three spaces, then -, + or *, or 1-9 digits and . or ), then
// a space, a tab or the end of the line.
bool isListItem(const QString &line) {
  int i = 0;
  while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
    ++i;
  if (i > 3 || i >= line.size())
    return false;
  int j = i;
  const QChar c = line.at(j);
  if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*')) {
    ++j;
  } else {
    while (j < line.size() && j - i < 9 && line.at(j).isDigit())
      ++j;
    if (j == i || j >= line.size() || (line.at(j) != QLatin1Char('.') && line.at(j) != QLatin1Char(')')))
      return false;
    ++j;
  }
  return j == line.size() || line.at(j) == QLatin1Char(' ') || line.at(j) == QLatin1Char('\t');
}

// A table's delimiter row: cells of dashes with optional colons ("|:---|---:|").
bool isTableDelimiter(const QString &line) {
  static const QRegularExpression delimiter(QStringLiteral("^ {0,3}\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
  return line.contains(QLatin1Char('-')) && delimiter.match(line).hasMatch();
}

bool isIndented(const QString &line) {
  return line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
}

// Prose between code fences, cut into its top-level blocks (paragraphs, headings, tables, block
// quotes, whole lists) at blank lines where CommonMark ends a block anyway: the next line is
// not indented (no list continuation, no indented code) and does not carry on a list. A table
// right under a line of text ("Results:" then the header row) starts a block of its own, as
// GitHub shows it (the Markdown importer would take it for more of the paragraph).
QStringList proseBlocks(const QStringList &lines) {
  QStringList blocks;
  QStringList current;
  bool currentHasList = false;
  bool afterBlank = false;
  auto flush = [&] {
    while (!current.isEmpty() && current.last().trimmed().isEmpty())
      current.removeLast();
    if (!current.isEmpty())
      blocks.append(current.join(QLatin1Char('\n')));
    current.clear();
    currentHasList = false;
  };
  bool inTable = false;
  for (qsizetype i = 0; i < lines.size(); ++i) {
    const QString &line = lines.at(i);
    if (line.trimmed().isEmpty()) {
      afterBlank = true;
      inTable = false;
      if (!current.isEmpty())
        current.append(line);
      continue;
    }
    const bool listItem = isListItem(line);
    const bool tableStart = !inTable && line.contains(QLatin1Char('|')) && i + 1 < lines.size() &&
                            isTableDelimiter(lines.at(i + 1)) && !isListItem(line) && !isIndented(line);
    inTable = inTable || tableStart;
    if ((afterBlank && !isIndented(line) && !(listItem && currentHasList)) || (tableStart && !current.isEmpty()))
      flush();
    afterBlank = false;
    current.append(line);
    currentHasList = currentHasList || listItem;
  }
  flush();
  return blocks;
}

} // namespace

QList<MarkdownBlock> MarkdownSplitter::split(const QString &markdown) {
  QList<MarkdownBlock> blocks;
  const QStringList lines = markdown.split(QLatin1Char('\n'));
  QStringList text;
  QStringList code;
  QString language;
  QChar openChar;
  int openLength = 0;

  auto flushText = [&] {
    for (const QString &block : proseBlocks(text))
      blocks.append({MarkdownBlock::Kind::Text, block, {}, true});
    text.clear();
  };

  for (const QString &rawLine : lines) {
    QString line = rawLine;
    if (line.endsWith(QLatin1Char('\r')))
      line.chop(1);
    if (openLength == 0) {
      QChar c;
      QString info;
      const int length = fenceLength(line, &c, &info);
      if (length > 0) {
        flushText();
        openChar = c;
        openLength = length;
        language = info;
        code.clear();
      } else {
        text.append(line);
      }
      continue;
    }
    QChar c;
    const int length = fenceLength(line, &c, nullptr);
    if (length >= openLength && c == openChar && line.trimmed().size() == length) {
      blocks.append({MarkdownBlock::Kind::Code, code.join(QLatin1Char('\n')), language, true});
      openLength = 0;
      code.clear();
    } else {
      code.append(line);
    }
  }
  if (openLength > 0)
    blocks.append({MarkdownBlock::Kind::Code, code.join(QLatin1Char('\n')), language, false});
  else
    flushText();
  return blocks;
}

} // namespace mdi
