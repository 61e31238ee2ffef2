#include "api/apiserver.h"
#include "chat/attachmentchip.h"
#include "chat/chatcontroller.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/composereditor.h"
#include "chat/conversationdelegate.h"
#include "chat/conversationsidebar.h"
#include "chat/imageviewerdialog.h"
#include "chat/messagewidget.h"
#include "common/shortcutsdialog.h"
#include "common/statuslabel.h"
#include "context/singleinstance.h"
#include "engine/engine.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "markdown/markdowntextview.h"
#include "models/modelprompt.h"
#include "settings/settingsdialog.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "store/profilelock.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mdi;
using mdi::test::Fixtures;

// The window without a model: structure, keyboard, images in the composer (drop, paste,
// picker, refusals), conversations (search, rename, delete, export, import), settings, the
// profile lock and the screenshot mode.
class TestMainWindow : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<QTemporaryDir> m_dir;
  test::AppWindow m_window;

  MainWindow &window() { return *m_window; }
  static QString image(const QString &name) { return Fixtures::imagesDir() + QLatin1Char('/') + name; }

  // A conversation written straight to the store: a question with an image and an answer.
  qint64 addConversation(const QString &title, const QString &question, const QString &answer) {
    HistoryStore &store = window().context().store();
    auto id = store.createConversation(title, QStringLiteral(""));
    if (!id)
      return 0;
    auto picture = store.images().addFile(image(QStringLiteral("gradient_224x224.png")));
    if (!picture)
      return 0;
    StoredMessage q;
    q.conversationId = *id;
    q.role = QStringLiteral("user");
    q.text = question;
    q.images = {*picture};
    auto qid = store.addMessage(q);
    StoredMessage a;
    a.conversationId = *id;
    a.parentId = qid ? *qid : 0;
    a.role = QStringLiteral("assistant");
    a.text = answer;
    if (!store.addMessage(a))
      return 0;
    return *id;
  }

private Q_SLOTS:
  void init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
  }

  void cleanup() {
    m_window.reset();
    m_dir.reset();
  }

  void structure() {
    MainWindow &w = window();
    QVERIFY(w.findChild<ConversationSidebar *>());
    QVERIFY(w.findChild<QListWidget *>(QStringLiteral("conversationList")));
    QVERIFY(w.findChild<ChatView *>());
    QVERIFY(w.findChild<Composer *>());
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("sendButton")));
    QVERIFY(w.findChild<QToolButton *>(QStringLiteral("attachButton")));
    QVERIFY(w.statusBar()->isVisible());
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("modelStatus"))->text(), QStringLiteral("No model loaded"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("planStatus")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("speedStatus")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("contextStatus")));
    QVERIFY(!w.menuBar()->actions().isEmpty());

    // Menus with their shortcuts.
    auto shortcut = [&](const char *name) {
      auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
      return a ? a->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcut("newChatAction"), QKeySequence(QKeySequence::New));
    QCOMPARE(shortcut("findAction"), QKeySequence(QKeySequence::Find));
    QCOMPARE(shortcut("settingsAction"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(shortcut("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));

    // Every control the user can reach has an accessible name.
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *child : widgets) {
      const bool control = qobject_cast<QAbstractButton *>(child) || qobject_cast<QLineEdit *>(child) ||
                           qobject_cast<QPlainTextEdit *>(child) || qobject_cast<QListWidget *>(child);
      if (control && child->focusPolicy() != Qt::NoFocus && child->isVisibleTo(&w) &&
          !child->objectName().startsWith(QLatin1String("qt_")))
        QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName() + QLatin1Char(' ') +
                                                                QString::fromLatin1(child->metaObject()->className())));
    }
  }

  // Issue 17: Help > Keyboard Shortcuts lists every menu action with a shortcut, read from the
  // menus (so a shortcut added to a menu shows up without editing the list), and the message
  // field's keys.
  void keyboardShortcutsList() {
    MainWindow &w = window();
    auto *action = w.findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    ShortcutsDialog dialog(w.menuBar(), &w);
    const QStringList rows = dialog.rows();
    const QString newChat = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(QStringLiteral("File / New Chat / %1").arg(newChat)), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Help / Keyboard Shortcuts / %1")
                               .arg(QKeySequence(Qt::CTRL | Qt::Key_Slash).toString(QKeySequence::NativeText))),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Message field / Stop the answer / Esc")));
    // Only actions with a shortcut: About has none.
    for (const QString &row : rows)
      QVERIFY2(!row.contains(QStringLiteral("About")), qPrintable(row));
    // A shortcut given to a menu action later is listed the next time.
    QMenu *help = nullptr;
    for (QAction *top : w.menuBar()->actions())
      if (top->text().remove(u'&') == QStringLiteral("Help"))
        help = top->menu();
    QVERIFY(help);
    QAction *extra = help->addAction(QStringLiteral("Extra"));
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    QVERIFY(
        ShortcutsDialog(w.menuBar(), &w)
            .rows()
            .contains(QStringLiteral("Help / Extra / %1").arg(extra->shortcut().toString(QKeySequence::NativeText))));
    delete extra;
  }

  void firstStartAsksForModelFolder() {
    ModelPrompt *prompt = window().modelPrompt();
    QVERIFY(prompt->isVisible());
    QVERIFY(prompt->chooseButton()->isVisible());
    QVERIFY(prompt->titleLabel()->text().contains(QStringLiteral("model"), Qt::CaseInsensitive));

    // Sending without a model keeps the message and says why.
    Composer *composer = window().composer();
    composer->editor()->setFocus();
    QTest::keyClicks(composer->editor(), QStringLiteral("hello"));
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QCOMPARE(composer->text(), QStringLiteral("hello"));
    QVERIFY(composer->notice().contains(QStringLiteral("model"), Qt::CaseInsensitive));
    QCOMPARE(window().chatView()->messageCount(), 0);
    QCOMPARE(window().context().store().conversations().size(), 0);
    // It points where the banner points (File > Models…).
    QVERIFY2(composer->notice().contains(QStringLiteral("Models")), qPrintable(composer->notice()));
    test::shoot(&window(), QStringLiteral("first-start"));
    // Once a model is loaded the notice is out of date and goes.
    window().context().settings().setValue(AppSettings::ModelDirectory, Fixtures::checkpointDir());
    window().context().settings().setValue(AppSettings::ComputeDtype, QStringLiteral("f32"));
    window().context().loadModel();
    QTRY_VERIFY_WITH_TIMEOUT(window().context().engine().state() == Engine::State::Ready, 60000);
    QTRY_VERIFY(composer->notice().isEmpty());
  }

  void loadFailureIsShown() {
    QTemporaryDir notAModel;
    window().context().settings().setValue(AppSettings::ModelDirectory, notAModel.path());
    window().context().loadModel();
    QTRY_VERIFY_WITH_TIMEOUT(window().modelPrompt()->titleLabel()->text().contains(QStringLiteral("could not")), 60000);
    QVERIFY(!window().modelPrompt()->textLabel()->text().isEmpty());
    QVERIFY(window().modelPrompt()->chooseButton()->isVisible());
  }

  void enterSendsShiftEnterAddsLine() {
    Composer *composer = window().composer();
    QPlainTextEdit *editor = composer->editor();
    QPushButton *send = composer->sendButton();
    QVERIFY(!send->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("first line"));
    QVERIFY(send->isEnabled());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("first line\nsecond"));

    QSignalSpy spy(composer, &Composer::sendRequested);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("first line\nsecond"));
    QTest::keyClick(editor, Qt::Key_Enter); // the keypad's Enter too
    QCOMPARE(spy.count(), 2);
  }

  void whitespaceIsNotSent() {
    Composer *composer = window().composer();
    QSignalSpy spy(composer, &Composer::sendRequested);
    QTest::keyClicks(composer->editor(), QStringLiteral("   "));
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!composer->sendButton()->isEnabled());
  }

  void dropImageOnWindowAddsThumbnail() {
    Composer *composer = window().composer();
    // Dropped on the window itself (not on the input field).
    QVERIFY(test::dropFiles(&window(), {image(QStringLiteral("gradient_224x224.png"))}));
    QCOMPARE(composer->chips().size(), 1);
    QCOMPARE(composer->attachments().size(), 1);
    const Attachment a = composer->attachments().first();
    QCOMPARE(a.width, 224);
    QCOMPARE(a.height, 224);
    QVERIFY(QFile::exists(window().context().store().images().path(a)));
    auto *size = composer->chips().first()->findChild<QLabel *>(QStringLiteral("attachmentSize"));
    QVERIFY(size);
    QCOMPARE(size->text(), QStringLiteral("224 × 224"));
    QVERIFY(composer->notice().isEmpty());
    QVERIFY(composer->sendButton()->isEnabled()); // an image alone can be sent

    // Several at once, dropped on the chat area.
    QVERIFY(test::dropFiles(window().chatView()->viewport(),
                            {image(QStringLiteral("checker_112x84.png")), image(QStringLiteral("photo_300x500.png"))}));
    QCOMPARE(composer->chips().size(), 3);
    QCOMPARE(composer->attachments().at(2).width, 300);
    QCOMPARE(composer->attachments().at(2).height, 500);
    test::shoot(&window(), QStringLiteral("attachments"));
  }

  void removeThumbnail() {
    Composer *composer = window().composer();
    QSignalSpy added(composer, &Composer::imagesAdded);
    QVERIFY(composer->addImageFile(image(QStringLiteral("gradient_224x224.png"))));
    QVERIFY(composer->addImageFile(image(QStringLiteral("checker_112x84.png"))));
    // Stored on the thread pool: nothing yet, then both, in the order they were added.
    QCOMPARE(composer->chips().size(), 0);
    QVERIFY(composer->isAdding());
    QVERIFY(!composer->sendButton()->isEnabled()); // Send waits for the images
    QTRY_COMPARE(added.count(), 2);
    QVERIFY(!composer->isAdding());
    QCOMPARE(composer->chips().size(), 2);
    QCOMPARE(composer->attachments().first().width, 224);
    QTest::mouseClick(composer->chips().first()->removeButton(), Qt::LeftButton);
    QCOMPARE(composer->chips().size(), 1);
    QCOMPARE(composer->attachments().first().width, 112);
    // By keyboard: the remove button takes Space.
    QToolButton *remove = composer->chips().first()->removeButton();
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    QTRY_COMPARE(composer->chips().size(), 0);
  }

  void pasteImageFileAndText() {
    Composer *composer = window().composer();
    ComposerEditor *editor = composer->editor();
    editor->setFocus();

    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    QApplication::clipboard()->setImage(picture);
    QTest::keySequence(editor, QKeySequence::Paste);
    QTRY_COMPARE(composer->chips().size(), 1);
    QCOMPARE(composer->attachments().first().width, 64);
    QCOMPARE(composer->attachments().first().height, 48);

    auto *files = new QMimeData;
    files->setUrls({QUrl::fromLocalFile(image(QStringLiteral("small_40x30.png")))});
    QApplication::clipboard()->setMimeData(files);
    QTest::keySequence(editor, QKeySequence::Paste);
    QTRY_COMPARE(composer->chips().size(), 2);
    QCOMPARE(composer->attachments().at(1).width, 40);

    QApplication::clipboard()->setText(QStringLiteral("plain words"));
    QTest::keySequence(editor, QKeySequence::Paste);
    QCOMPARE(editor->toPlainText(), QStringLiteral("plain words"));
    QCOMPARE(composer->chips().size(), 2);
  }

  void nonImageAndCorruptFilesAreRefused() {
    Composer *composer = window().composer();
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(Fixtures::writeFile(text, "just some words\n"));
    QVERIFY(test::dropFiles(&window(), {text}));
    QCOMPARE(composer->chips().size(), 0);
    QVERIFY(composer->noticeLabel()->isVisible());
    QVERIFY2(composer->notice().contains(QStringLiteral("notes.txt")), qPrintable(composer->notice()));

    // A PNG cut short.
    const QByteArray png = Fixtures::readFile(image(QStringLiteral("photo_300x500.png")));
    const QString broken = m_dir->filePath(QStringLiteral("broken.png"));
    QVERIFY(Fixtures::writeFile(broken, png.left(png.size() / 3)));
    QVERIFY(test::dropFiles(&window(), {broken}));
    QCOMPARE(composer->chips().size(), 0);
    QVERIFY2(composer->notice().contains(QStringLiteral("broken.png")), qPrintable(composer->notice()));

    // A good image clears the notice; a mixed drop keeps the good one and names the bad one.
    QVERIFY(test::dropFiles(&window(), {image(QStringLiteral("tiny_20x20.png")), text}));
    QCOMPARE(composer->chips().size(), 1);
    QVERIFY(composer->notice().contains(QStringLiteral("notes.txt")));
    test::shoot(&window(), QStringLiteral("refused-file"));
  }

  void badImageIsReportedByNameWhenChecked() {
    Composer *composer = window().composer();
    const QString bad = m_dir->filePath(QStringLiteral("not-a-picture.png"));
    QVERIFY(Fixtures::writeFile(bad, "no pixels here\n"));
    QSignalSpy added(composer, &Composer::imagesAdded);
    QVERIFY(composer->addImageFile(bad));
    // Checked on the thread pool: the verdict comes back to this thread.
    QVERIFY(composer->notice().isEmpty());
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(composer->chips().size(), 0);
    QVERIFY(composer->noticeLabel()->isVisible());
    QVERIFY2(composer->notice().contains(QStringLiteral("not-a-picture.png")), qPrintable(composer->notice()));
  }

  void conversationsNewestFirstAndSearch() {
    const qint64 a = addConversation(QStringLiteral("Birds"), QStringLiteral("Which bird is this?"),
                                     QStringLiteral("A kingfisher, by its colours."));
    const qint64 b = addConversation(QStringLiteral("Code"), QStringLiteral("How do I sort in Python?"),
                                     QStringLiteral("Use sorted() with a key function."));
    QVERIFY(a && b);
    ConversationSidebar *sidebar = window().sidebar();
    QTRY_COMPARE(sidebar->count(), 2);
    QCOMPARE(sidebar->idAt(0), b); // newest first
    QCOMPARE(sidebar->idAt(1), a);

    QTest::keySequence(&window(), QKeySequence::Find);
    QTRY_VERIFY(sidebar->searchField()->hasFocus());
    QTest::keyClicks(sidebar->searchField(), QStringLiteral("kingfish"));
    QCOMPARE(sidebar->searchField()->text(), QStringLiteral("kingfish"));
    QCOMPARE(window().context().store().search(QStringLiteral("kingfish")), QList<qint64>{a});
    QTRY_COMPARE(sidebar->count(), 1);
    QCOMPARE(sidebar->idAt(0), a);
    auto *noMatches = sidebar->findChild<QLabel *>(QStringLiteral("noMatchesLabel"));
    QVERIFY(noMatches);
    QVERIFY(!noMatches->isVisible());
    // A search that finds nothing says so; Esc empties it and the list comes back.
    QTest::keyClicks(sidebar->searchField(), QStringLiteral("zebra"));
    QTRY_COMPARE(sidebar->count(), 0);
    QTRY_VERIFY(noMatches->isVisible());
    QVERIFY(!noMatches->text().isEmpty());
    QTest::keyClick(sidebar->searchField(), Qt::Key_Escape);
    QVERIFY(sidebar->searchField()->text().isEmpty());
    QTRY_COMPARE(sidebar->count(), 2);
    QVERIFY(!noMatches->isVisible());
    QTest::keyClicks(sidebar->searchField(), QStringLiteral("kingfish"));
    QTRY_COMPARE(sidebar->count(), 1);
    sidebar->searchField()->clear();
    QTest::keyClicks(sidebar->searchField(), QStringLiteral("python sort"));
    QTRY_COMPARE(sidebar->count(), 1);
    QCOMPARE(sidebar->idAt(0), b);
    sidebar->searchField()->clear();
    QTRY_COMPARE(sidebar->count(), 2);

    // Picking one shows it, its image as a thumbnail.
    sidebar->list()->setCurrentItem(sidebar->conversationItem(1));
    QTRY_COMPARE(window().chatView()->messageCount(), 2);
    QCOMPARE(window().context().controller().currentConversation(), a);
    MessageWidget *question = window().chatView()->messageWidgets().first();
    QCOMPARE(question->thumbnails().size(), 1);
    QCOMPARE(window().chatView()->messageWidgets().last()->text(), QStringLiteral("A kingfisher, by its colours."));

    // The thumbnail opens the picture at full size.
    QTest::mouseClick(question->thumbnails().first(), Qt::LeftButton);
    ImageViewerDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = window().findChild<ImageViewerDialog *>()) && viewer->isVisible());
    QVERIFY(viewer->hasImage());
    QVERIFY(viewer->windowTitle().contains(QStringLiteral("224 × 224")));
    // Opened large enough for its title, the image at its own size (it is smaller than the window).
    QVERIFY2(viewer->width() >= 480 && viewer->height() >= 360,
             qPrintable(QStringLiteral("%1x%2").arg(viewer->width()).arg(viewer->height())));
    QVERIFY(viewer->width() >= viewer->fontMetrics().horizontalAdvance(viewer->windowTitle()));
    auto *imageLabel = viewer->findChild<QLabel *>(QStringLiteral("imageLabel"));
    QVERIFY(imageLabel);
    QTRY_COMPARE(imageLabel->pixmap().deviceIndependentSize().toSize(), QSize(224, 224));
    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY(!window().findChild<ImageViewerDialog *>());

    // New chat clears the view (Ctrl+N).
    window().activateWindow();
    QTRY_VERIFY(window().isActiveWindow());
    QTest::keySequence(&window(), QKeySequence::New);
    QCOMPARE(window().chatView()->messageCount(), 0);
    QCOMPARE(window().context().controller().currentConversation(), 0);
  }

  // Issue 17 #14: a search result opens at the matching message: in its branch (here an older
  // answer, not the one on show), scrolled into view, the words marked.
  void searchResultOpensTheMatch() {
    HistoryStore &store = window().context().store();
    const qint64 other = addConversation(QStringLiteral("Other"), QStringLiteral("q"), QStringLiteral("a"));
    auto id = store.createConversation(QStringLiteral("Birds"), QStringLiteral(""));
    QVERIFY(other && id);
    StoredMessage question;
    question.conversationId = *id;
    question.role = QStringLiteral("user");
    question.text = QStringLiteral("Tell me about birds");
    const auto questionId = store.addMessage(question);
    QVERIFY(questionId);
    QString longAnswer;
    for (int i = 0; i < 60; ++i)
      longAnswer += i == 50 ? QStringLiteral("The Kingfisher dives for fish.\n\n")
                            : QStringLiteral("Paragraph %1 about birds in general.\n\n").arg(i);
    StoredMessage answer;
    answer.conversationId = *id;
    answer.parentId = *questionId;
    answer.role = QStringLiteral("assistant");
    answer.text = longAnswer;
    const auto matching = store.addMessage(answer);
    answer.text = QStringLiteral("Birds have feathers.");
    const auto newer = store.addMessage(answer); // a regenerated answer, now on show
    QVERIFY(matching && newer);
    QCOMPARE(store.currentPath(*id).last().id, *newer);
    window().openConversation(other);
    QTRY_COMPARE(window().chatView()->messageCount(), 2);

    ConversationSidebar *sidebar = window().sidebar();
    QTest::keyClicks(sidebar->searchField(), QStringLiteral("kingfish"));
    QTRY_COMPARE(sidebar->count(), 1);
    sidebar->list()->setCurrentItem(sidebar->conversationItem(0));
    ChatView *chat = window().chatView();
    QTRY_VERIFY(chat->lastMessage() && chat->lastMessage()->messageId() == *matching);
    QCOMPARE(chat->lastMessage()->siblingLabel()->text(), QStringLiteral("1/2"));
    QCOMPARE(store.currentPath(*id).last().id, *matching);
    // The word is marked, and in view.
    MarkdownTextView *marked = nullptr;
    QTRY_VERIFY([&] {
      for (auto *view : chat->lastMessage()->findChildren<MarkdownTextView *>()) {
        if (!view->extraSelections().isEmpty())
          marked = view;
      }
      return marked != nullptr;
    }());
    const QTextEdit::ExtraSelection mark = marked->extraSelections().first();
    QCOMPARE(mark.cursor.selectedText(), QStringLiteral("Kingfisher")); // the whole word
    QVERIFY(mark.format.background().style() != Qt::NoBrush);
    QTRY_VERIFY([&] {
      const QPoint at = marked->viewport()->mapTo(chat->viewport(), marked->cursorRect(mark.cursor).center());
      return chat->viewport()->rect().contains(at);
    }());
    QVERIFY(chat->verticalScrollBar()->value() > 0);
    QVERIFY(chat->verticalScrollBar()->value() < chat->verticalScrollBar()->maximum());
    test::shoot(&window(), QStringLiteral("search-result"));
  }

  // Issue 17 #10: switching between versions of a long answer keeps the arrows where they were
  // clicked instead of jumping to the bottom of the other version.
  void versionArrowsStayInPlace() {
    HistoryStore &store = window().context().store();
    auto id = store.createConversation(QStringLiteral("Versions"), QStringLiteral(""));
    QVERIFY(id);
    StoredMessage question;
    question.conversationId = *id;
    question.role = QStringLiteral("user");
    question.text = QStringLiteral("Write a lot");
    const auto questionId = store.addMessage(question);
    QVERIFY(questionId);
    StoredMessage answer;
    answer.conversationId = *id;
    answer.parentId = *questionId;
    answer.role = QStringLiteral("assistant");
    for (int version = 1; version <= 2; ++version) {
      answer.text.clear();
      for (int i = 0; i < 80; ++i)
        answer.text += QStringLiteral("Version %1, paragraph %2.\n\n").arg(version).arg(i);
      QVERIFY(store.addMessage(answer));
    }
    const auto settle = [] {
      for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
      }
    };
    window().resize(1000, 700);
    window().openConversation(*id);
    ChatView *chat = window().chatView();
    QTRY_COMPARE(chat->messageCount(), 2);
    QCOMPARE(chat->lastMessage()->siblingLabel()->text(), QStringLiteral("2/2"));
    // Scrolled so that the answer's header is in view, then its "previous" arrow clicked.
    QScrollBar *bar = chat->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 1000);
    bar->setValue(chat->lastMessage()->y() - 40);
    const int before = chat->lastMessage()->previousButton()->mapTo(chat->viewport(), QPoint()).y();
    QVERIFY(before > 0 && before < chat->viewport()->height());
    const qint64 shown = chat->lastMessage()->messageId();
    QTest::mouseClick(chat->lastMessage()->previousButton(), Qt::LeftButton);
    QTRY_VERIFY(chat->lastMessage()->messageId() != shown);
    QCOMPARE(chat->lastMessage()->siblingLabel()->text(), QStringLiteral("1/2"));
    settle(); // layout and scroll-range updates come as posted events
    QCOMPARE(chat->lastMessage()->nextButton()->mapTo(chat->viewport(), QPoint()).y(), before);
    QVERIFY(bar->value() < bar->maximum());
    // And back with the other arrow, again in place.
    QTest::mouseClick(chat->lastMessage()->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(chat->lastMessage()->messageId(), shown);
    settle();
    QCOMPARE(chat->lastMessage()->previousButton()->mapTo(chat->viewport(), QPoint()).y(), before);
  }

  // Issue 17: pinned conversations on top, the rest under date headers; search results by
  // relevance without headers; a marker on conversations that write an answer.
  void sidebarGroupsPinsAndMarksGenerating() {
    const QDateTime now = QDateTime::currentDateTime();
    using G = ConversationSidebar::DateGroup;
    QCOMPARE(ConversationSidebar::dateGroup(now, now), G::Today);
    QCOMPARE(ConversationSidebar::dateGroup(now.addDays(-1), now), G::Yesterday);
    QCOMPARE(ConversationSidebar::dateGroup(now.addDays(-3), now), G::LastWeek);
    QCOMPARE(ConversationSidebar::dateGroup(now.addDays(-6), now), G::LastWeek);
    QCOMPARE(ConversationSidebar::dateGroup(now.addDays(-7), now), G::Older);
    QCOMPARE(ConversationSidebar::dateGroup(now.addDays(-400), now), G::Older);

    ConversationSidebar *sidebar = window().sidebar();
    auto conversation = [&](qint64 id, const QString &title, int daysAgo, bool pinned) {
      Conversation c;
      c.id = id;
      c.title = title;
      c.created = c.updated = now.addDays(-daysAgo).toUTC();
      c.pinned = pinned;
      return c;
    };
    // As the store lists them: newest first.
    sidebar->setConversations(
        {conversation(1, QStringLiteral("Today's"), 0, false), conversation(2, QStringLiteral("Yesterday's"), 1, false),
         conversation(3, QStringLiteral("Pinned one"), 2, true), conversation(4, QStringLiteral("Tuesday's"), 4, false),
         conversation(5, QStringLiteral("Last year's"), 300, false)},
        0);
    QCOMPARE(sidebar->headers(),
             (QStringList{QStringLiteral("Pinned"), QStringLiteral("Today"), QStringLiteral("Yesterday"),
                          QStringLiteral("Last 7 days"), QStringLiteral("Older")}));
    QCOMPARE(sidebar->count(), 5);
    QCOMPARE(sidebar->idAt(0), 3); // pinned on top
    QCOMPARE(sidebar->idAt(1), 1);
    QCOMPARE(sidebar->idAt(4), 5);
    // Headers are not conversations: the keyboard goes from the last of one group to the first of the next.
    sidebar->setCurrent(3);
    sidebar->list()->setFocus();
    QTest::keyClick(sidebar->list(), Qt::Key_Down);
    QCOMPARE(sidebar->currentId(), 1);

    // Search results keep their order and have no headers.
    sidebar->setConversations({conversation(5, QStringLiteral("Last year's"), 300, false),
                               conversation(3, QStringLiteral("Pinned one"), 2, true)},
                              0, false);
    QVERIFY(sidebar->headers().isEmpty());
    QCOMPARE(sidebar->idAt(0), 5);

    // Pinning from the menu is stored and moves the conversation up.
    const qint64 old = addConversation(QStringLiteral("Old"), QStringLiteral("q"), QStringLiteral("a"));
    const qint64 recent = addConversation(QStringLiteral("Recent"), QStringLiteral("q"), QStringLiteral("a"));
    QVERIFY(old && recent);
    window().refreshConversations();
    QCOMPARE(sidebar->idAt(0), recent);
    window().openConversation(old);
    QTRY_COMPARE(sidebar->currentId(), old);
    QVERIFY(!sidebar->pinAction()->isChecked());
    sidebar->pinAction()->trigger();
    QTRY_VERIFY(window().context().store().conversation(old)->pinned);
    QTRY_COMPARE(sidebar->idAt(0), old);
    QCOMPARE(sidebar->headers().value(0), QStringLiteral("Pinned"));
    QCOMPARE(sidebar->currentId(), old);
    // A click on a header opens nothing (no new chat in place of the one on show).
    QListWidget *list = sidebar->list();
    QVERIFY(list->item(0)->data(ConversationDelegate::kHeaderRole).toBool());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(window().context().controller().currentConversation(), old);
    QCOMPARE(sidebar->currentId(), old);
    QVERIFY(sidebar->pinAction()->isChecked());
    sidebar->pinAction()->trigger(); // unpin
    QTRY_COMPARE(sidebar->idAt(0), recent);
    QVERIFY(!window().context().store().conversation(old)->pinned);

    // The marker follows the controller's busy signal, for any conversation, across refreshes.
    QVERIFY(!sidebar->isMarkedGenerating(recent));
    Q_EMIT window().context().controller().busyChanged(recent, true);
    QVERIFY(sidebar->isMarkedGenerating(recent));
    QVERIFY(!sidebar->isMarkedGenerating(old));
    QVERIFY(sidebar->conversationItem(0)->toolTip().contains(QStringLiteral("Writing an answer")));
    window().refreshConversations();
    QVERIFY(sidebar->isMarkedGenerating(recent));
    Q_EMIT window().context().controller().busyChanged(recent, false);
    QVERIFY(!sidebar->isMarkedGenerating(recent));
  }

  void renameAndDelete() {
    const qint64 id = addConversation(QStringLiteral("Old title"), QStringLiteral("q"), QStringLiteral("a"));
    QTRY_COMPARE(window().sidebar()->count(), 1);
    QVERIFY(window().context().renameConversation(id, QStringLiteral("New title")));
    QTRY_COMPARE(window().sidebar()->conversationItem(0)->text(), QStringLiteral("New title"));
    QCOMPARE(window().context().store().conversation(id)->title, QStringLiteral("New title"));
    QVERIFY(!window().context().renameConversation(id, QStringLiteral("  ")));

    // Renaming in place (F2 on the list, type, Enter).
    QListWidget *list = window().sidebar()->list();
    list->setCurrentItem(window().sidebar()->conversationItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->setText(QStringLiteral("Typed title"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(window().context().store().conversation(id)->title, QStringLiteral("Typed title"));

    window().openConversation(id);
    QTRY_COMPARE(window().chatView()->messageCount(), 2);
    QVERIFY(window().context().deleteConversation(id));
    QTRY_COMPARE(window().sidebar()->count(), 0);
    QCOMPARE(window().chatView()->messageCount(), 0);
    QVERIFY(!window().context().store().conversation(id));
  }

  void exportMarkdownAndJsonThenImport() {
    const qint64 id = addConversation(QStringLiteral("Export me"), QStringLiteral("Describe the picture"),
                                      QStringLiteral("A smooth **gradient**."));
    const QString md = m_dir->filePath(QStringLiteral("out/chat.md"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
    QVERIFY(window().context().exportConversation(id, md, false));
    const QString markdown = QString::fromUtf8(Fixtures::readFile(md));
    QVERIFY(markdown.contains(QStringLiteral("Describe the picture")));
    QVERIFY(markdown.contains(QStringLiteral("A smooth **gradient**.")));
    const QStringList files = QDir(m_dir->filePath(QStringLiteral("out/chat_files"))).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(QImage(m_dir->filePath(QStringLiteral("out/chat_files/")) + files.first()).size() == QSize(224, 224));
    QVERIFY(markdown.contains(QStringLiteral("chat_files/") + files.first()));

    const QString json = m_dir->filePath(QStringLiteral("out/chat.json"));
    QVERIFY(window().context().exportConversation(id, json, true));
    // The import runs on the thread pool; its outcome comes back as a signal.
    QSignalSpy imported(&window().context(), &AppContext::importFinished);
    window().context().importConversation(json);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    const qint64 importedId = imported.first().at(0).toLongLong();
    QVERIFY2(importedId != 0, qPrintable(imported.first().at(1).toString()));
    QVERIFY(importedId != id);
    QTRY_COMPARE(window().sidebar()->count(), 2);
    QCOMPARE(window().context().controller().currentConversation(), importedId);
    QTRY_COMPARE(window().chatView()->messageCount(), 2);
    QCOMPARE(window().chatView()->messageWidgets().first()->thumbnails().size(), 1);

    const QString garbage = m_dir->filePath(QStringLiteral("out/garbage.json"));
    QVERIFY(Fixtures::writeFile(garbage, "{ not json"));
    window().context().importConversation(garbage);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 20000);
    QCOMPARE(imported.at(1).at(0).toLongLong(), 0);
    QVERIFY2(imported.at(1).at(1).toString().contains(QStringLiteral("garbage.json")),
             qPrintable(imported.at(1).at(1).toString()));
  }

  // A folder that holds no model is refused before anything is applied (issue 17 #12): the
  // dialog stays open and says why, and the stored folder (the model that works) is unchanged.
  void settingsRefuseAFolderWithoutAModel() {
    const QString before = window().context().settings().value(AppSettings::ModelDirectory);
    const QString empty = m_dir->filePath(QStringLiteral("not-a-model"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(Fixtures::writeFile(empty + QStringLiteral("/notes.txt"), "hello"));
    for (const QString &folder : {empty, m_dir->filePath(QStringLiteral("missing"))}) {
      SettingsDialog dialog(window().context().settings(), &window());
      dialog.show();
      dialog.modelDirectoryEdit()->setText(folder);
      dialog.temperatureBox()->setValue(1.3);
      auto *buttons = dialog.findChild<QDialogButtonBox *>();
      QVERIFY(buttons);
      QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
      QVERIFY(dialog.isVisible());
      QCOMPARE(dialog.result(), 0);
      QVERIFY(dialog.modelDirectoryError()->isVisibleTo(&dialog));
      QVERIFY2(dialog.modelDirectoryError()->text().contains(QDir::toNativeSeparators(folder)),
               qPrintable(dialog.modelDirectoryError()->text()));
      QCOMPARE(window().context().settings().value(AppSettings::ModelDirectory), before);
      QVERIFY(window().context().settings().value(AppSettings::Temperature) != 1.3);
      // A real model folder passes.
      dialog.modelDirectoryEdit()->setText(Fixtures::checkpointDir());
      QCOMPARE(dialog.checkModelDirectory(), QString());
    }
  }

  void settingsPersist() {
    {
      SettingsDialog dialog(window().context().settings(), &window());
      dialog.show();
      dialog.modelDirectoryEdit()->setText(Fixtures::checkpointDir());
      dialog.dtypeBox()->setCurrentIndex(dialog.dtypeBox()->findData(QStringLiteral("q8")));
      dialog.threadsBox()->setValue(3);
      dialog.temperatureBox()->setValue(0.7);
      dialog.topKBox()->setValue(40);
      dialog.topPBox()->setValue(0.9);
      dialog.minPBox()->setValue(0.05);
      dialog.repetitionPenaltyBox()->setValue(1.1);
      dialog.maxNewTokensBox()->setValue(300);
      dialog.systemPromptEdit()->setPlainText(QStringLiteral("Answer briefly."));
      dialog.maxImagePixelsBox()->setValue(200704);
      dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
      auto *buttons = dialog.findChild<QDialogButtonBox *>();
      QVERIFY(buttons);
      QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // A fresh reader of the settings file sees every value.
    QSettings file(AppContext::settingsFile(m_dir->path()), QSettings::IniFormat);
    AppSettings s(&file);
    QCOMPARE(s.value(AppSettings::ModelDirectory), Fixtures::checkpointDir());
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("q8"));
    QCOMPARE(s.value(AppSettings::Threads), 3);
    QCOMPARE(s.value(AppSettings::Temperature), 0.7);
    QCOMPARE(s.value(AppSettings::TopK), 40);
    QCOMPARE(s.value(AppSettings::TopP), 0.9);
    QCOMPARE(s.value(AppSettings::MinP), 0.05);
    QCOMPARE(s.value(AppSettings::RepetitionPenalty), 1.1);
    QCOMPARE(s.value(AppSettings::MaxNewTokens), 300);
    QCOMPARE(s.value(AppSettings::SystemPrompt), QStringLiteral("Answer briefly."));
    QCOMPARE(s.value(AppSettings::MaxImagePixels), qint64(200704));
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("dark"));

    // A second dialog starts from the stored values; the window re-reads them on reopen.
    {
      SettingsDialog again(window().context().settings(), &window());
      QCOMPARE(again.threadsBox()->value(), 3);
      QCOMPARE(again.systemPromptEdit()->toPlainText(), QStringLiteral("Answer briefly."));
    }
    m_window.reset();
    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    QCOMPARE(window().context().settings().value(AppSettings::MaxNewTokens), 300);
    QCOMPARE(window().context().settings().value(AppSettings::Theme), QStringLiteral("dark"));
    window().context().settings().setValue(AppSettings::Theme, QStringLiteral("system"));
    window().context().applySettings();
  }

  void themeMenuSwitchesPalette() {
    QAction *dark = nullptr;
    QAction *light = nullptr;
    for (QAction *a : window().findChildren<QAction *>()) {
      if (a->data().toString() == QLatin1String("dark"))
        dark = a;
      if (a->data().toString() == QLatin1String("light"))
        light = a;
    }
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(window().context().settings().value(AppSettings::Theme), QStringLiteral("dark"));
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QCOMPARE(window().context().settings().value(AppSettings::Theme), QStringLiteral("light"));
    window().context().settings().setValue(AppSettings::Theme, QStringLiteral("system"));
    window().context().applySettings();
  }

  // A picture larger than the screen opens fitted to the window: drawn across the window, not at
  // the size the viewport had before the layout ran.
  void imageViewerFitsALargeImage() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Larger than the offscreen screen (800x600), so the viewer fits it to its window.
    const QString path = dir.filePath(QStringLiteral("large.jpg"));
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(0, 128, 128));
    QVERIFY(image.save(path, "JPG"));
    auto *viewer = new ImageViewerDialog(path, QStringLiteral("large.jpg"), &window());
    viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    auto *imageLabel = viewer->findChild<QLabel *>(QStringLiteral("imageLabel"));
    QVERIFY(imageLabel);
    const QWidget *viewport = imageLabel->parentWidget();
    QTRY_VERIFY(imageLabel->pixmap().deviceIndependentSize().width() >= 0.9 * viewport->width() ||
                imageLabel->pixmap().deviceIndependentSize().height() >= 0.9 * viewport->height());
    viewer->close();
  }

  // Every form label with a mnemonic has the field of its row as buddy: without one QLabel shows
  // the '&' itself ("T&emperature:") and Alt+letter does nothing.
  void settingsLabelsHaveBuddies() {
    SettingsDialog dialog(window().context().settings(), &window());
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
      if (label->textFormat() == Qt::RichText || !label->text().contains(QLatin1Char('&')))
        continue;
      ++mnemonics;
      QVERIFY2(label->buddy(), qPrintable(label->text()));
      auto *form = qobject_cast<QFormLayout *>(label->parentWidget() ? label->parentWidget()->layout() : nullptr);
      QVERIFY2(form, qPrintable(label->text()));
      int row = -1;
      QFormLayout::ItemRole role;
      form->getWidgetPosition(label, &row, &role);
      QVERIFY(row >= 0);
      QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
      QVERIFY(field);
      const bool isField = field->widget() == label->buddy() ||
                           (field->widget() && field->widget()->isAncestorOf(label->buddy())) ||
                           (field->layout() && field->layout()->indexOf(label->buddy()) >= 0);
      QVERIFY2(isField, qPrintable(label->text()));
    }
    QVERIFY(mnemonics >= 15);
  }

  // Issue 17 #7: the status bar's items each keep their own place, set off from each other, and
  // what does not fit is elided with the whole text in the tooltip: the local API and a lost
  // peer's message are never drawn over the model's text, in any language.
  void statusBarItemsKeepTheirPlaces() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    window().context().settings().setValue(AppSettings::LocalApiEnabled, true);
    window().context().settings().setValue(AppSettings::LocalApiPort, int(port));
    window().context().applySettings();
    QVERIFY(window().context().apiServer());
    window().resize(760, 500);
    window().setModelStatus(QStringLiteral("Qwen2-VL-7B-Instruct-GPTQ-Int8-with-a-long-folder-name · q8 · 28 layers"));
    const QString lost = QStringLiteral(
        "ピアatticとの接続が失われました。そのレイヤーはこのコンピューターに移され、回答はここで続行されます。"
        "（接続が閉じられました）。");
    Q_EMIT window().context().engine().peerLost(lost);
    for (int i = 0; i < 5; ++i) {
      QCoreApplication::sendPostedEvents();
      QCoreApplication::processEvents();
    }
    QStatusBar *bar = window().statusBar();
    QVERIFY(bar->currentMessage().isEmpty()); // nothing drawn over the items
    QList<StatusLabel *> shown;
    for (StatusLabel *label : bar->findChildren<StatusLabel *>()) {
      if (label->isVisible())
        shown.append(label);
    }
    auto *api = bar->findChild<StatusLabel *>(QStringLiteral("apiStatus"));
    auto *message = bar->findChild<StatusLabel *>(QStringLiteral("messageStatus"));
    auto *model = bar->findChild<StatusLabel *>(QStringLiteral("modelStatus"));
    QVERIFY(api && message && model);
    QVERIFY(shown.contains(api) && shown.contains(message) && shown.contains(model));
    QVERIFY2(api->text().contains(QString::number(port)), qPrintable(api->text()));
    QVERIFY(api->toolTip().contains(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    QCOMPARE(message->text(), lost);
    for (StatusLabel *a : shown) {
      QVERIFY2(bar->rect().contains(a->geometry()), qPrintable(a->objectName()));
      QVERIFY(a->width() > 0);
      QCOMPARE(a->hasSeparator(), a != model); // set off from the item before it
      for (StatusLabel *b : shown) {
        if (a != b)
          QVERIFY2(!a->geometry().intersects(b->geometry()), qPrintable(a->objectName() + b->objectName()));
      }
      // Cut to fit with an ellipsis, the whole text in the tooltip.
      if (a->isElided()) {
        QVERIFY(a->shownText().endsWith(QChar(0x2026)));
        QVERIFY2(a->toolTip().startsWith(a->text()), qPrintable(a->objectName()));
      }
    }
    QVERIFY(message->isElided() || model->isElided());
    test::shoot(&window(), QStringLiteral("status-bar"));
    // The API turned off: its item goes.
    window().context().settings().setValue(AppSettings::LocalApiEnabled, false);
    window().context().applySettings();
    QVERIFY(!api->isVisible());
  }

  void localApiFollowsTheSettings() {
    QVERIFY(!window().context().apiServer()); // off by default
    QTcpServer probe;                         // a port that is free right now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    {
      SettingsDialog dialog(window().context().settings(), &window());
      QVERIFY(!dialog.localApiCheck()->isChecked());
      QVERIFY(!dialog.localApiPortBox()->isEnabled());
      QCOMPARE(dialog.localApiPortBox()->value(), 8080);
      dialog.localApiCheck()->setChecked(true);
      QVERIFY(dialog.localApiPortBox()->isEnabled());
      dialog.localApiPortBox()->setValue(port);
      dialog.localApiKeyEdit()->setText(QStringLiteral("k1"));
      dialog.apply();
    }
    window().context().applySettings();
    QVERIFY(window().context().apiServer());
    QVERIFY(window().context().apiServer()->isListening());
    QCOMPARE(window().context().apiServer()->port(), port);
    QCOMPARE(window().context().apiServer()->options().apiKey, QStringLiteral("k1"));
    QVERIFY(window().context().apiServer()->options().address.isLoopback());

    // It answers (no model here: 503), without blocking the window's event loop.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)));
    request.setRawHeader("Authorization", "Bearer k1");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);

    window().context().settings().setValue(AppSettings::LocalApiEnabled, false);
    window().context().applySettings();
    QVERIFY(!window().context().apiServer());
  }

  // Issue 17: the conversation open at the last close is open again at the next start; one
  // deleted since leaves a new chat and no error.
  void reopensTheLastConversation() {
    const qint64 a = addConversation(QStringLiteral("Birds"), QStringLiteral("Which bird?"), QStringLiteral("A jay."));
    const qint64 b = addConversation(QStringLiteral("Code"), QStringLiteral("Sort?"), QStringLiteral("sorted()."));
    QVERIFY(a && b);
    window().openConversation(a);
    QCOMPARE(window().context().controller().currentConversation(), a);
    window().close();
    m_window.reset();

    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    QCOMPARE(window().context().controller().currentConversation(), a);
    QCOMPARE(window().sidebar()->currentId(), a);
    QTRY_COMPARE(window().chatView()->messageCount(), 2);

    // Deleted (here: by another means while the settings still name it): the next start falls back
    // to a new chat and forgets it.
    QVERIFY(window().context().deleteConversation(a));
    window().close();
    m_window.reset();
    {
      QSettings settings(AppContext::settingsFile(m_dir->path()), QSettings::IniFormat);
      settings.setValue(QStringLiteral("ui/lastConversation"), a);
    }
    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    QCOMPARE(window().context().controller().currentConversation(), 0);
    QCOMPARE(window().sidebar()->currentId(), 0);
    QCOMPARE(window().context().settings().value(AppSettings::LastConversation), 0);
    QVERIFY(!window().findChild<QMessageBox *>());
  }

  void profileLockAllowsOneInstance() {
    ProfileLock first(m_dir->path());
    QVERIFY(first.tryLock());
    ProfileLock second(m_dir->path());
    QVERIFY(!second.tryLock());
    QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));

    // The program itself: a second start says so and exits.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MDI_CHAT_NO_DIALOGS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(Fixtures::executable(QStringLiteral("mdi-chat")), {QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("already running")));
  }

  // Issue 17: a second launch brings the running window to the front, with no dialog and no
  // second window (here the test process plays the running instance).
  void secondLaunchRaisesTheRunningWindow() {
    ProfileLock lock(m_dir->path());
    QVERIFY(lock.tryLock());
    SingleInstance running(SingleInstance::serverNameFor(m_dir->path()));
    QVERIFY(running.listen());
    QSignalSpy activated(&running, &SingleInstance::activationRequested);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MDI_CHAT_NO_DIALOGS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(Fixtures::executable(QStringLiteral("mdi-chat")), {QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(activated.wait(60000)); // the event loop runs while the launch asks
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("brought to the front")));
  }

  void staleProfileLockIsTakenOver() {
    // A lock left by a process that is gone (a crash) does not keep the profile closed.
    QVERIFY(Fixtures::writeFile(ProfileLock::lockFilePath(m_dir->path()), QByteArrayLiteral("2147483000\nmdi-chat\n") +
                                                                              QSysInfo::machineHostName().toUtf8() +
                                                                              QByteArrayLiteral("\n")));
    ProfileLock lock(m_dir->path());
    QVERIFY(lock.tryLock());
  }

  void screenshotMode() {
    const QString file = m_dir->filePath(QStringLiteral("shot.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(Fixtures::executable(QStringLiteral("mdi-chat")),
            {QStringLiteral("--screenshot"), file, QStringLiteral("--theme"), QStringLiteral("dark"),
             QStringLiteral("--size"), QStringLiteral("1000x700")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QImage shot(file);
    QCOMPARE(shot.size(), QSize(1000, 700));
    QVERIFY(shot.pixelColor(5, 690).lightness() < 128); // dark status bar
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
