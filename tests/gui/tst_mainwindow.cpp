#include "chatview.h"
#include "composer.h"
#include "conversationsidebar.h"
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace mdi;

class TestMainWindow : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void structure() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<ConversationSidebar *>());
    QVERIFY(w.findChild<QListWidget *>(QStringLiteral("conversationList")));
    QVERIFY(w.findChild<ChatView *>());
    QVERIFY(w.findChild<Composer *>());
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("sendButton")));
    QVERIFY(w.statusBar()->isVisible());
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("modelStatus"))->text(), QStringLiteral("No model loaded"));
    QVERIFY(!w.menuBar()->actions().isEmpty());
  }

  void enterSendsShiftEnterAddsLine() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QPlainTextEdit *editor = w.composer()->editor();
    QPushButton *send = w.composer()->sendButton();
    QVERIFY(!send->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("first line"));
    QVERIFY(send->isEnabled());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("first line\nsecond"));
    QCOMPARE(w.chatView()->messageCount(), 0);

    QSignalSpy spy(w.composer(), &Composer::sendRequested);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("first line\nsecond"));
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(w.chatView()->messageCount() >= 1);
  }

  void whitespaceIsNotSent() {
    MainWindow w;
    QSignalSpy spy(w.composer(), &Composer::sendRequested);
    QTest::keyClicks(w.composer()->editor(), QStringLiteral("   "));
    QTest::keyClick(w.composer()->editor(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
  }

  void newChatClearsAndFindFocusesSearch() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.chatView()->appendMessage(QStringLiteral("user"), QStringLiteral("hello"));
    QCOMPARE(w.chatView()->messageCount(), 1);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("newChatButton")), Qt::LeftButton);
    QCOMPARE(w.chatView()->messageCount(), 0);

    w.activateWindow();
    QTest::keySequence(&w, QKeySequence::Find);
    QTRY_VERIFY(w.sidebar()->searchField()->hasFocus());
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
