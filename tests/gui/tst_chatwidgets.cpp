#include "common/icons.h"
#include "common/svgiconengine.h"
#include "common/theme.h"
#include "markdown/codeblockview.h"
#include "markdown/codehighlighter.h"
#include "markdown/markdownsplitter.h"
#include "markdown/markdowntextview.h"
#include "markdown/markdownview.h"
#include "markdown/mathtext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QToolButton>

using namespace mdi;

// The pieces of the chat that need no model: Markdown splitting and rendering (code blocks with
// their copy buttons, streaming updates in place), the highlighter and the icon engine.
class TestChatWidgets : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void splitsFencedCode() {
    const QString md =
        QStringLiteral("Intro *text*.\n\n```python\nprint('hi')\n\nx = 1\n```\nAfter.\n\n~~~\nplain\n~~~");
    const QList<MarkdownBlock> blocks = MarkdownSplitter::split(md);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks[0].kind, MarkdownBlock::Kind::Text);
    QCOMPARE(blocks[0].text, QStringLiteral("Intro *text*."));
    QCOMPARE(blocks[1].kind, MarkdownBlock::Kind::Code);
    QCOMPARE(blocks[1].language, QStringLiteral("python"));
    QCOMPARE(blocks[1].text, QStringLiteral("print('hi')\n\nx = 1"));
    QVERIFY(blocks[1].closed);
    QCOMPARE(blocks[2].text, QStringLiteral("After."));
    QCOMPARE(blocks[3].language, QString());
    QCOMPARE(blocks[3].text, QStringLiteral("plain"));
  }

  void splitEdgeCases() {
    // An open fence while streaming runs to the end.
    QList<MarkdownBlock> b = MarkdownSplitter::split(QStringLiteral("See:\n```cpp\nint x"));
    QCOMPARE(b.size(), 2);
    QCOMPARE(b[1].text, QStringLiteral("int x"));
    QVERIFY(!b[1].closed);
    // A shorter or different fence does not close; four backticks need four.
    b = MarkdownSplitter::split(QStringLiteral("````\n```\n~~~\n````"));
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].text, QStringLiteral("```\n~~~"));
    // Inline backticks and indented (4 spaces) fences are prose.
    b = MarkdownSplitter::split(QStringLiteral("Use `a` and ``b``.\n    ```\n    code"));
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].kind, MarkdownBlock::Kind::Text);
    // Nothing at all.
    QVERIFY(MarkdownSplitter::split(QString()).isEmpty());
    // CRLF line ends.
    b = MarkdownSplitter::split(QStringLiteral("a\r\n```js\r\nlet x;\r\n```\r\n"));
    QCOMPARE(b.size(), 2);
    QCOMPARE(b[1].text, QStringLiteral("let x;"));
  }

  // Issue 17 #15: prose is cut into its top-level blocks, where CommonMark ends a block anyway,
  // so that streaming re-renders only the last one.
  void splitsProseIntoTopLevelBlocks() {
    const QString md =
        QStringLiteral("# Title\nIntro line one\nline two\n\n- a\n\n- b\n  more\n\n  still b\n\nAfter the list\n\n"
                       "| x | y |\n|---|---|\n| 1 | 2 |\n\n> quoted\n> on\n\n1. one\n2. two\n\n    indented code\n\n"
                       "    more code\nEnd\n\n\n");
    const QList<MarkdownBlock> blocks = MarkdownSplitter::split(md);
    QStringList texts;
    for (const MarkdownBlock &b : blocks) {
      QCOMPARE(b.kind, MarkdownBlock::Kind::Text);
      texts.append(b.text);
    }
    QCOMPARE(texts, QStringList({QStringLiteral("# Title\nIntro line one\nline two"),
                                 QStringLiteral("- a\n\n- b\n  more\n\n  still b"), QStringLiteral("After the list"),
                                 QStringLiteral("| x | y |\n|---|---|\n| 1 | 2 |"), QStringLiteral("> quoted\n> on"),
                                 QStringLiteral("1. one\n2. two\n\n    indented code\n\n    more code\nEnd")}));
    // A paragraph, then a list, then a second list after a paragraph: three blocks.
    QCOMPARE(MarkdownSplitter::split(QStringLiteral("Intro:\n\n- a\n- b\n\nText\n\n- c")).size(), 4);
  }

  // Issue 17 #15: a long streaming answer re-renders only its last block; the blocks before it
  // keep their widgets and are not laid out again.
  void streamingRendersOnlyTheLastBlock() {
    QString answer;
    for (int i = 0; i < 30; ++i) {
      answer +=
          QStringLiteral("Paragraph %1 has **bold** text, `code` and enough words to wrap in the view.\n\n").arg(i);
      if (i % 10 == 5)
        answer += QStringLiteral("- item\n- another\n  - nested\n\n```cpp\nint x = %1;\n```\n").arg(i);
    }
    MarkdownView view;
    view.resize(600, 400);
    view.show();
    QHash<QWidget *, int> finished; // a block's widget -> its render count when it stopped growing
    int updates = 0;
    for (qsizetype n = 7; n < answer.size() + 7; n += 7) {
      view.setMarkdown(answer.left(n));
      ++updates;
      for (int i = 0; i + 1 < view.blockCount(); ++i) {
        auto *text = qobject_cast<MarkdownTextView *>(view.blockWidget(i));
        if (!text)
          continue;
        if (auto it = finished.constFind(text); it != finished.constEnd())
          QCOMPARE(text->renderCount(), *it);
        else
          finished.insert(text, text->renderCount());
      }
    }
    QVERIFY2(view.blockCount() >= 36, qPrintable(QString::number(view.blockCount())));
    auto *first = qobject_cast<MarkdownTextView *>(view.blockWidget(0));
    QVERIFY(first);
    QVERIFY(finished.contains(first));
    QVERIFY2(first->renderCount() < 20, qPrintable(QString::number(first->renderCount())));
    QVERIFY(updates > 300);
    QVERIFY(first->toPlainText().startsWith(QStringLiteral("Paragraph 0 has bold text")));
  }

  void markdownViewRendersCodeBlocksWithCopy() {
    MarkdownView view;
    view.resize(600, 400);
    view.setMarkdown(QStringLiteral("A **bold** word and `code`.\n\n```cpp\nint main() { return 0; }\n```\nEnd."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.blockCount(), 3);
    auto *text = qobject_cast<MarkdownTextView *>(view.blockWidget(0));
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), QStringLiteral("A bold word and code."));
    // Bold came through the Markdown importer; raw HTML would not.
    QTextCursor c(text->document());
    c.setPosition(3);
    QVERIFY(c.charFormat().fontWeight() > QFont::Normal);

    auto *code = qobject_cast<CodeBlockView *>(view.blockWidget(1));
    QVERIFY(code);
    QCOMPARE(code->language(), QStringLiteral("cpp"));
    QCOMPARE(code->editor()->toPlainText(), QStringLiteral("int main() { return 0; }"));
    QVERIFY(code->editor()->font().fixedPitch() || QFontInfo(code->editor()->font()).fixedPitch());
    QTest::mouseClick(code->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("int main() { return 0; }"));
    QCOMPARE(code->copyButton()->accessibleName(), QStringLiteral("Copy code"));
  }

  // Issue 17 #8: tables with one thin border and a bold header row (the first cell too) aligned
  // as its column and no taller than the others; a table right under a line of text is a table.
  void markdownTablesLookRight() {
    MarkdownView view;
    view.resize(600, 400);
    view.setMarkdown(QStringLiteral("Results:\n| Name | Value |\n|:-----|------:|\n| alpha | 1 |\n| beta | 22 |"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.blockCount(), 2);
    auto *text = qobject_cast<MarkdownTextView *>(view.blockWidget(1));
    QVERIFY(text);
    QTextTable *table = nullptr;
    for (QTextFrame *frame : text->document()->rootFrame()->childFrames())
      table = table ? table : qobject_cast<QTextTable *>(frame);
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QVERIFY(table->format().borderCollapse());
    QCOMPARE(table->format().border(), 1.0);
    QCOMPARE(table->format().cellSpacing(), 0.0);
    for (int column = 0; column < 2; ++column) {
      const QTextTableCell header = table->cellAt(0, column);
      QTextCursor c = header.firstCursorPosition();
      c.movePosition(QTextCursor::NextCharacter);
      QVERIFY2(c.charFormat().fontWeight() >= QFont::Bold, qPrintable(QString::number(column)));
      QCOMPARE(header.firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask,
               table->cellAt(1, column).firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask);
      QCOMPARE(header.firstCursorPosition().blockFormat().topMargin(), 0.0);
      QCOMPARE(header.firstCursorPosition().blockFormat().bottomMargin(), 0.0);
    }
    QVERIFY(table->cellAt(0, 1).firstCursorPosition().blockFormat().alignment() & Qt::AlignRight);
    // The header row is as tall as a body row.
    QTextDocument *doc = text->document();
    const qreal headerHeight =
        doc->documentLayout()->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).height();
    const qreal bodyHeight =
        doc->documentLayout()->blockBoundingRect(table->cellAt(1, 0).firstCursorPosition().block()).height();
    QVERIFY2(qAbs(headerHeight - bodyHeight) < 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(headerHeight).arg(bodyHeight)));
  }

  // Issue 17 #8: block quotes are marked (muted text, a bar, a small indent), nested lists are
  // indented by little more than a bullet, and simple TeX math reads as Unicode in a code span.
  void markdownQuotesListsAndMath() {
    MarkdownTextView view;
    view.resize(500, 100);
    view.setMarkdownText(QStringLiteral("> quoted\n> line\n\n- top\n  - nested"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTextBlock quote = view.document()->begin();
    QCOMPARE(quote.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 1);
    QCOMPARE(quote.blockFormat().leftMargin(), qreal(view.quoteIndent()));
    QCOMPARE(QTextCursor(quote).charFormat().foreground().color(), Theme::mutedText(view.palette()));
    QVERIFY(view.quoteIndent() < 30);
    QCOMPARE(view.document()->indentWidth(), qreal(view.quoteIndent()));

    view.setMarkdownText(QStringLiteral("Energy $E = mc^2$ and $\\alpha \\le \\frac{1}{2}$, costs $5 and $6.\n\n"
                                        "$$\\sum_{i=1}^n x_i$$\n\n`$code$` stays."));
    const QString plain = view.toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("Energy E = mc² and α ≤ 1/2, costs $5 and $6.")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("∑ᵢ₌₁ⁿ xᵢ")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("$code$ stays.")), qPrintable(plain));
    QTextCursor math(view.document());
    math.setPosition(plain.indexOf(QStringLiteral("mc²")) + 1);
    QVERIFY(math.charFormat().fontFixedPitch() || QFontInfo(math.charFormat().font()).fixedPitch());
    QCOMPARE(MathText::toUnicode(QStringLiteral("\\sqrt{x^2 + y^2}")), QStringLiteral("√(x² + y²)"));
    QCOMPARE(MathText::toUnicode(QStringLiteral("\\unknown{a}")), QStringLiteral("\\unknowna"));
  }

  void markdownIgnoresHtml() {
    MarkdownTextView view;
    view.setMarkdownText(QStringLiteral("<b>not bold</b> <img src=\"file:///etc/passwd\">"));
    QVERIFY(view.toPlainText().contains(QStringLiteral("<b>not bold</b>")));
  }

  void streamingUpdatesInPlace() {
    MarkdownView view;
    view.resize(600, 400);
    view.show();
    view.setMarkdown(QStringLiteral("Hello"));
    QWidget *first = view.blockWidget(0);
    view.setMarkdown(QStringLiteral("Hello wor"));
    QCOMPARE(view.blockWidget(0), first); // the same widget, updated
    view.setMarkdown(QStringLiteral("Hello world\n\n```py\nx = 1"));
    QCOMPARE(view.blockWidget(0), first);
    auto *code = qobject_cast<CodeBlockView *>(view.blockWidget(1));
    QVERIFY(code);
    view.setMarkdown(QStringLiteral("Hello world\n\n```py\nx = 1\ny = 2\n```\nDone"));
    QCOMPARE(view.blockWidget(1), code);
    QCOMPARE(code->code(), QStringLiteral("x = 1\ny = 2"));
    QCOMPARE(code->editor()->toPlainText(), QStringLiteral("x = 1\ny = 2"));
    QCOMPARE(view.blockCount(), 3);
    // Text that stops being code replaces the widgets from there on.
    view.setMarkdown(QStringLiteral("Hello world"));
    QCOMPARE(view.blockCount(), 1);
    QCOMPARE(view.blockWidget(0), first);
  }

  void textViewHeightFollowsContent() {
    MarkdownTextView view;
    view.resize(300, 50);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMarkdownText(QStringLiteral("one line"));
    const int one = view.height();
    view.setMarkdownText(QStringLiteral("one\n\ntwo\n\nthree\n\nfour"));
    QVERIFY2(view.height() > one * 2, qPrintable(QStringLiteral("%1 vs %2").arg(view.height()).arg(one)));
    QCOMPARE(view.verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
  }

  void highlighterColoursKeywordsStringsComments() {
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("return \"if\"; // while\n/* for\nint */ def"));
    CodeHighlighter highlighter(&doc, QStringLiteral("cpp"), false);
    highlighter.rehighlight();
    auto colourAt = [&](int block, int pos) {
      const QTextBlock b = doc.findBlockByNumber(block);
      for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
        if (pos >= r.start && pos < r.start + r.length)
          return r.format.foreground().color();
      }
      return QColor();
    };
    const QColor keyword = colourAt(0, 0);
    const QColor string = colourAt(0, 8);
    const QColor comment = colourAt(0, 15);
    QVERIFY(keyword.isValid() && string.isValid() && comment.isValid());
    QVERIFY(keyword != string && string != comment);
    QCOMPARE(colourAt(1, 3), comment); // inside /* on the next line
    QCOMPARE(colourAt(1, 0), comment);
    QVERIFY(colourAt(1, 8) != comment); // "def" after */
  }

  void iconsDrawFromSvg() {
    Icons::initResources();
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    int count = 0;
    while (it.hasNext()) {
      const QString file = it.next();
      ++count;
      SvgIconEngine engine(file);
      QVERIFY2(!engine.isNull(), qPrintable(file));
      const QPixmap pm = engine.pixmap(QSize(32, 32), QIcon::Normal, QIcon::Off);
      const QImage image = pm.toImage();
      int painted = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
          painted += qAlpha(image.pixel(x, y)) > 0;
      QVERIFY2(painted > 20, qPrintable(file));
      QVERIFY2(painted < 32 * 32, qPrintable(file)); // transparent background
    }
    QVERIFY(count >= 15);
    QVERIFY(!Icons::icon(QStringLiteral("send")).isNull());
  }

  void svgPathSubset() {
    std::unique_ptr<SvgIconEngine> e(SvgIconEngine::fromData(
        "<svg viewBox=\"0 0 10 10\"><g stroke=\"red\"><path d=\"M1 1h8v8H1z\"/>"
        "<path d=\"M2,5 a3 3 0 1 0 6 0\" fill=\"none\"/><circle cx=\"5\" cy=\"5\" r=\"1\" fill=\"currentColor\"/>"
        "</g></svg>"));
    QCOMPARE(int(e->shapes().size()), 3);
    QCOMPARE(e->viewBox(), QRectF(0, 0, 10, 10));
    QCOMPARE(e->shapes()[0].path.boundingRect(), QRectF(1, 1, 8, 8));
    QCOMPARE(e->shapes()[0].strokeColor, QColor(Qt::red));
    const QRectF arc = e->shapes()[1].path.boundingRect();
    QVERIFY(qAbs(arc.left() - 2) < 0.01 && qAbs(arc.right() - 8) < 0.01);
    QVERIFY(qAbs(arc.bottom() - 8) < 0.05);       // the lower half circle, radius 3 around (5, 5)
    QVERIFY(!e->shapes()[2].fillColor.isValid()); // currentColor: taken from the palette
  }
};

QTEST_MAIN(TestChatWidgets)
#include "tst_chatwidgets.moc"
