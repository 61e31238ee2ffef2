#include "markdown/codehighlighter.h"

namespace mdi {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false) {
  QTextCharFormat f;
  f.setForeground(colour);
  if (bold)
    f.setFontWeight(QFont::DemiBold);
  f.setFontItalic(italic);
  return f;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document, const QString &language, bool dark) :
    QSyntaxHighlighter(document), m_language(language.trimmed().toLower()) {
  const QColor keyword = dark ? QColor(0xc6, 0x92, 0xf7) : QColor(0x8a, 0x2b, 0xb8);
  const QColor type = dark ? QColor(0x5f, 0xc8, 0xd8) : QColor(0x0b, 0x72, 0x85);
  const QColor number = dark ? QColor(0xf0, 0xa8, 0x6a) : QColor(0xa8, 0x4b, 0x00);
  const QColor string = dark ? QColor(0x9c, 0xd6, 0x7e) : QColor(0x2a, 0x7d, 0x1f);
  const QColor comment = dark ? QColor(0x86, 0x8e, 0x99) : QColor(0x6a, 0x73, 0x7d);
  const QColor function = dark ? QColor(0x7c, 0xb4, 0xff) : QColor(0x1c, 0x5a, 0xc4);

  static const QStringList keywords = {
      // C, C++, Java, C#, JavaScript, TypeScript, Go, Rust, Swift, Kotlin
      QStringLiteral("auto"), QStringLiteral("break"), QStringLiteral("case"), QStringLiteral("catch"),
      QStringLiteral("class"), QStringLiteral("const"), QStringLiteral("constexpr"), QStringLiteral("continue"),
      QStringLiteral("default"), QStringLiteral("delete"), QStringLiteral("do"), QStringLiteral("else"),
      QStringLiteral("enum"), QStringLiteral("explicit"), QStringLiteral("export"), QStringLiteral("extends"),
      QStringLiteral("extern"), QStringLiteral("final"), QStringLiteral("finally"), QStringLiteral("for"),
      QStringLiteral("friend"), QStringLiteral("func"), QStringLiteral("function"), QStringLiteral("goto"),
      QStringLiteral("if"), QStringLiteral("impl"), QStringLiteral("implements"), QStringLiteral("import"),
      QStringLiteral("inline"), QStringLiteral("interface"), QStringLiteral("let"), QStringLiteral("match"),
      QStringLiteral("mod"), QStringLiteral("mut"), QStringLiteral("namespace"), QStringLiteral("new"),
      QStringLiteral("operator"), QStringLiteral("override"), QStringLiteral("package"), QStringLiteral("private"),
      QStringLiteral("protected"), QStringLiteral("pub"), QStringLiteral("public"), QStringLiteral("return"),
      QStringLiteral("static"), QStringLiteral("struct"), QStringLiteral("switch"), QStringLiteral("template"),
      QStringLiteral("this"), QStringLiteral("throw"), QStringLiteral("trait"), QStringLiteral("try"),
      QStringLiteral("typedef"), QStringLiteral("typename"), QStringLiteral("union"), QStringLiteral("unsafe"),
      QStringLiteral("use"), QStringLiteral("using"), QStringLiteral("var"), QStringLiteral("virtual"),
      QStringLiteral("volatile"), QStringLiteral("while"), QStringLiteral("yield"), QStringLiteral("async"),
      QStringLiteral("await"), QStringLiteral("fn"), QStringLiteral("go"), QStringLiteral("defer"),
      QStringLiteral("typeof"), QStringLiteral("instanceof"), QStringLiteral("in"), QStringLiteral("of"),
      // Python, Ruby, shell
      QStringLiteral("and"), QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("def"),
      QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("except"), QStringLiteral("from"),
      QStringLiteral("global"), QStringLiteral("is"), QStringLiteral("lambda"), QStringLiteral("nonlocal"),
      QStringLiteral("not"), QStringLiteral("or"), QStringLiteral("pass"), QStringLiteral("raise"),
      QStringLiteral("with"), QStringLiteral("end"), QStringLiteral("then"), QStringLiteral("fi"),
      QStringLiteral("done"), QStringLiteral("esac"), QStringLiteral("echo"), QStringLiteral("self"),
      // SQL (lower case; matched case-insensitively below only for sql)
      QStringLiteral("select"), QStringLiteral("where"), QStringLiteral("insert"), QStringLiteral("update"),
      QStringLiteral("into"), QStringLiteral("values"), QStringLiteral("join"), QStringLiteral("order"),
      QStringLiteral("by"), QStringLiteral("group")};
  static const QStringList types = {
      QStringLiteral("void"),   QStringLiteral("bool"),      QStringLiteral("char"),   QStringLiteral("int"),
      QStringLiteral("long"),   QStringLiteral("short"),     QStringLiteral("float"),  QStringLiteral("double"),
      QStringLiteral("signed"), QStringLiteral("unsigned"),  QStringLiteral("string"), QStringLiteral("str"),
      QStringLiteral("String"), QStringLiteral("usize"),     QStringLiteral("i32"),    QStringLiteral("i64"),
      QStringLiteral("u8"),     QStringLiteral("u32"),       QStringLiteral("u64"),    QStringLiteral("f32"),
      QStringLiteral("f64"),    QStringLiteral("true"),      QStringLiteral("false"),  QStringLiteral("True"),
      QStringLiteral("False"),  QStringLiteral("None"),      QStringLiteral("null"),   QStringLiteral("nullptr"),
      QStringLiteral("nil"),    QStringLiteral("undefined"), QStringLiteral("std"),    QStringLiteral("Self")};

  const bool sql = m_language == QLatin1String("sql");
  QRegularExpression::PatternOptions options =
      sql ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
  m_rules.append({QRegularExpression(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")), makeFormat(function)});
  m_rules.append({QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords.join(QLatin1Char('|'))), options),
                  makeFormat(keyword, true)});
  m_rules.append(
      {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(types.join(QLatin1Char('|')))), makeFormat(type)});
  m_rules.append({QRegularExpression(QStringLiteral("\\b(0[xX][0-9A-Fa-f_]+|\\d[\\d_]*(\\.\\d+)?([eE][-+]?\\d+)?)"
                                                    "[uUlLfF]*\\b")),
                  makeFormat(number)});
  m_rules.append({QRegularExpression(QStringLiteral("^\\s*#\\s*(include|define|if|ifdef|ifndef|endif|else|pragma)\\b")),
                  makeFormat(keyword)});

  m_stringFormat = makeFormat(string);
  m_commentFormat = makeFormat(comment, false, true);
  static const QStringList hashComments = {
      QStringLiteral("python"),     QStringLiteral("py"),   QStringLiteral("bash"),     QStringLiteral("sh"),
      QStringLiteral("shell"),      QStringLiteral("zsh"),  QStringLiteral("ruby"),     QStringLiteral("rb"),
      QStringLiteral("perl"),       QStringLiteral("yaml"), QStringLiteral("yml"),      QStringLiteral("toml"),
      QStringLiteral("cmake"),      QStringLiteral("make"), QStringLiteral("makefile"), QStringLiteral("r"),
      QStringLiteral("dockerfile"), QStringLiteral("ini"),  QStringLiteral("conf")};
  static const QStringList dashComments = {QStringLiteral("sql"), QStringLiteral("lua"), QStringLiteral("haskell")};
  if (hashComments.contains(m_language)) {
    m_lineComment = QRegularExpression(QStringLiteral("#"));
    m_blockComments = false;
  } else if (dashComments.contains(m_language)) {
    m_lineComment = QRegularExpression(QStringLiteral("--"));
  } else {
    m_lineComment = QRegularExpression(QStringLiteral("//"));
  }
}

void CodeHighlighter::highlightBlock(const QString &text) {
  for (const Rule &rule : std::as_const(m_rules)) {
    auto it = rule.pattern.globalMatch(text);
    while (it.hasNext()) {
      const QRegularExpressionMatch m = it.next();
      setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
    }
  }

  // Strings and comments, scanned left to right so that "//" inside a string is no comment.
  // Block state 1: inside a /* */ comment that started on an earlier line.
  int i = 0;
  const int n = int(text.size());
  if (previousBlockState() == 1) {
    const int end = int(text.indexOf(QStringLiteral("*/")));
    if (end < 0) {
      setFormat(0, n, m_commentFormat);
      setCurrentBlockState(1);
      return;
    }
    setFormat(0, end + 2, m_commentFormat);
    i = end + 2;
  }
  setCurrentBlockState(0);
  const QString lineComment = m_lineComment.pattern();
  while (i < n) {
    const QChar c = text.at(i);
    if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
      int j = i + 1;
      while (j < n && text.at(j) != c) {
        if (text.at(j) == QLatin1Char('\\'))
          ++j;
        ++j;
      }
      const int end = qMin(j + 1, n);
      setFormat(i, end - i, m_stringFormat);
      i = end;
      continue;
    }
    if (text.mid(i, lineComment.size()) == lineComment) {
      setFormat(i, n - i, m_commentFormat);
      return;
    }
    if (m_blockComments && text.mid(i, 2) == QLatin1String("/*")) {
      const int end = int(text.indexOf(QStringLiteral("*/"), i + 2));
      if (end < 0) {
        setFormat(i, n - i, m_commentFormat);
        setCurrentBlockState(1);
        return;
      }
      setFormat(i, end + 2 - i, m_commentFormat);
      i = end + 2;
      continue;
    }
    ++i;
  }
}

} // namespace mdi
