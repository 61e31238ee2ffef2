#include "chat/attachmentchip.h"
#include "chat/chatcontroller.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/composereditor.h"
#include "chat/conversationsidebar.h"
#include "chat/messagewidget.h"
#include "common/noticebanner.h"
#include "engine/engine.h"
#include "engine/generationrequest.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "markdown/markdownview.h"
#include "models/modelprompt.h"
#include "store/generationstatsjson.h"
#include "store/historystore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace mdi;
using mdi::test::Fixtures;

namespace {
constexpr int kLoadMs = 180'000;
constexpr int kAnswerMs = 300'000;
} // namespace

// Whole conversations through the window with the tiny fixture model as the real engine:
// send with an image, streaming into the view and the store, stop, regenerate (siblings and
// their arrows), edit and resend (a branch), and a new window over the same profile.
class TestChatSession : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<QTemporaryDir> m_dir;
  test::AppWindow m_window;

  MainWindow &window() { return *m_window; }
  ChatView *chat() { return m_window->chatView(); }
  static QString image(const QString &name) { return Fixtures::imagesDir() + QLatin1Char('/') + name; }

  bool openWithModel(int maxNewTokens) {
    m_window.reset();
    test::useTinyModel(m_dir->path(), maxNewTokens);
    m_window = test::openWindow(m_dir->path(), true);
    if (!m_window)
      return false;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
      return false;
    QElapsedTimer timer;
    timer.start();
    while (m_window->context().engine().state() != Engine::State::Ready && timer.elapsed() < kLoadMs)
      QTest::qWait(50);
    return m_window->context().engine().state() == Engine::State::Ready;
  }

  // Types and sends a message from the composer (Enter), as a user would.
  void typeAndSend(const QString &text) {
    ComposerEditor *editor = window().composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
  }

  bool lastAnswerDone() {
    MessageWidget *last = chat()->lastMessage();
    // The answer's last save is asynchronous: the store has it once the controller has no
    // save pending.
    return last && !last->isUser() && last->state() != MessageState::Streaming &&
           !window().context().controller().isGenerating() && window().context().controller().pendingSaves() == 0;
  }

private Q_SLOTS:
  void init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
  }

  void cleanup() {
    m_window.reset();
    m_dir.reset();
  }

  void sendWithImageStreamsAndStores() {
    QVERIFY(openWithModel(24));
    QVERIFY(!window().modelPrompt()->isVisible());
    QVERIFY(window().findChild<QLabel *>(QStringLiteral("planStatus"))->text().contains(QStringLiteral("0")));

    QVERIFY(test::dropFiles(&window(), {image(QStringLiteral("gradient_224x224.png"))}));
    QCOMPARE(window().composer()->chips().size(), 1);

    typeAndSend(QStringLiteral("What is in this picture?"));
    // The message is accepted: the composer is empty and turns into Stop.
    QVERIFY(window().composer()->text().isEmpty());
    QCOMPARE(window().composer()->chips().size(), 0);
    QCOMPARE(chat()->messageCount(), 2);
    MessageWidget *question = chat()->messageWidgets().first();
    QVERIFY(question->isUser());
    QCOMPARE(question->text(), QStringLiteral("What is in this picture?"));
    QCOMPARE(question->thumbnails().size(), 1);
    // The answer is there at once, being written, and stored as such.
    QCOMPARE(chat()->lastMessage()->state(), MessageState::Streaming);
    QVERIFY(chat()->lastMessage()->stateLabel()->text().startsWith(QStringLiteral("Generating")));
    QCOMPARE(window().context().store().message(chat()->lastMessage()->messageId())->state, MessageState::Streaming);
    QVERIFY(window().composer()->isGenerating());

    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    MessageWidget *answer = chat()->lastMessage();
    QCOMPARE(answer->state(), MessageState::Complete);
    QVERIFY(!answer->text().isEmpty());
    QCOMPARE(answer->markdownView()->markdown(), answer->text());
    QCOMPARE(window().composer()->sendButton()->text(), QStringLiteral("Send"));

    // Stored: the conversation (titled by the question), both messages, the image file.
    HistoryStore &store = window().context().store();
    QCOMPARE(store.conversations().size(), 1);
    const qint64 conversation = window().context().controller().currentConversation();
    QCOMPARE(store.conversation(conversation)->title, QStringLiteral("What is in this picture?"));
    const QList<StoredMessage> path = store.currentPath(conversation);
    QCOMPARE(path.size(), 2);
    QCOMPARE(path[0].images.size(), 1);
    QVERIFY(QFileInfo::exists(store.images().path(path[0].images.first())));
    QCOMPARE(path[1].text, answer->text());
    QCOMPARE(path[1].state, MessageState::Complete);
    const GenerationStats stats = GenerationStatsJson::fromJson(path[1].stats);
    QVERIFY(stats.generatedTokens > 0);
    QVERIFY(stats.imageTokens > 0); // the picture reached the model
    QVERIFY(window().context().controller().storeWrites(path[1].id) >= 1);

    // The request refers to the image by the stored file's absolute path.
    const GenerationRequest request = window().context().controller().buildRequest({path[0]}, QString());
    QCOMPARE(request.messages.size(), 1);
    QCOMPARE(request.messages[0].parts.size(), 2);
    QCOMPARE(request.messages[0].parts[0].kind, ChatPart::Kind::Image);
    QVERIFY(QFileInfo(request.messages[0].parts[0].text).isAbsolute());
    QCOMPARE(request.messages[0].parts[0].text, store.images().path(path[0].images.first()));

    // Status bar: speed and context.
    QVERIFY(window().findChild<QLabel *>(QStringLiteral("contextStatus"))->text().contains(QStringLiteral("/")));

    // Copy puts the answer on the clipboard.
    QTest::mouseClick(answer->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), answer->text());

    // A follow-up in the same conversation (its caches are reused).
    typeAndSend(QStringLiteral("And the colours?"));
    QCOMPARE(chat()->messageCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    const QList<StoredMessage> longer = store.currentPath(conversation);
    QCOMPARE(longer.size(), 4);
    QVERIFY(GenerationStatsJson::fromJson(longer[3].stats).cachedPrefixTokens > 0);
  }

  void stopKeepsPartialAnswer() {
    QVERIFY(openWithModel(20000));
    // Issue 17 #9: Stop and Regenerate are enabled only when they can do something.
    auto *stopAction = window().findChild<QAction *>(QStringLiteral("stopAction"));
    auto *regenerateAction = window().findChild<QAction *>(QStringLiteral("regenerateAction"));
    QVERIFY(stopAction && regenerateAction);
    QVERIFY(!stopAction->isEnabled());
    QVERIFY(!regenerateAction->isEnabled()); // nothing to regenerate in an empty conversation
    QSignalSpy streamed(&window().context().controller(), &ChatController::streamingTextChanged);
    typeAndSend(QStringLiteral("Tell me a long story"));
    QVERIFY(window().composer()->isGenerating());
    QVERIFY(stopAction->isEnabled());
    QVERIFY(!regenerateAction->isEnabled());
    QCOMPARE(window().composer()->sendButton()->text(), QStringLiteral("Stop"));
    // Wait for some text, then stop with the button.
    QTRY_VERIFY_WITH_TIMEOUT(chat()->lastMessage() && !chat()->lastMessage()->text().isEmpty(), kAnswerMs);
    QVERIFY(streamed.count() >= 1); // the text came while it was written
    QCOMPARE(chat()->lastMessage()->state(), MessageState::Streaming);
    test::shoot(&window(), QStringLiteral("streaming"));
    QTest::mouseClick(window().composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);

    MessageWidget *answer = chat()->lastMessage();
    QCOMPARE(answer->state(), MessageState::Stopped);
    QVERIFY(!answer->text().isEmpty());
    QVERIFY(answer->stateLabel()->text().startsWith(QStringLiteral("Stopped")));
    const QList<StoredMessage> path =
        window().context().store().currentPath(window().context().controller().currentConversation());
    QCOMPARE(path.size(), 2);
    QCOMPARE(path[1].state, MessageState::Stopped);
    QCOMPARE(path[1].text, answer->text());
    QCOMPARE(GenerationStatsJson::finishReason(path[1].stats), FinishReason::Stopped);
    const qint64 generated = GenerationStatsJson::fromJson(path[1].stats).generatedTokens;
    QVERIFY(generated > 0 && generated < 20000);
    QVERIFY(!window().composer()->isGenerating());
    QVERIFY(!stopAction->isEnabled());
    QVERIFY(regenerateAction->isEnabled());
  }

  // Issue 17 #15: Esc stops at once: the answer shows as stopped before anything else is
  // rendered, and no streaming update reaches the view after the stop; the final text and
  // state come with the engine's confirmation.
  void escapeStopsAtOnce() {
    QVERIFY(openWithModel(20000));
    typeAndSend(QStringLiteral("Tell me a very long story"));
    QSignalSpy streamed(&window().context().controller(), &ChatController::streamingTextChanged);
    QTRY_VERIFY_WITH_TIMEOUT(streamed.count() >= 2, kAnswerMs);
    MessageWidget *answer = chat()->lastMessage();
    QCOMPARE(answer->state(), MessageState::Streaming);
    QTest::keyClick(window().composer()->editor(), Qt::Key_Escape);
    // No event was processed since the key: the view already says so.
    QCOMPARE(answer->state(), MessageState::Stopped);
    QVERIFY2(answer->stateLabel()->text().startsWith(QStringLiteral("Stopped")),
             qPrintable(answer->stateLabel()->text()));
    const int updates = int(streamed.count());
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    QCOMPARE(int(streamed.count()), updates);
    QCOMPARE(chat()->lastMessage(), answer);
    QCOMPARE(answer->state(), MessageState::Stopped);
    QCOMPARE(window().context().store().message(answer->messageId())->text, answer->text());
    QVERIFY(!window().composer()->isGenerating());
  }

  void reloadingTheModelStopsTheAnswer() {
    QVERIFY(openWithModel(20000));
    typeAndSend(QStringLiteral("Go on and on"));
    QTRY_VERIFY_WITH_TIMEOUT(chat()->lastMessage() && !chat()->lastMessage()->text().isEmpty(), kAnswerMs);
    // New threads in the settings reload the model; the answer so far is kept, stopped.
    window().context().settings().setValue(AppSettings::Threads, 2);
    window().context().applySettings();
    QVERIFY(window().context().engine().state() != Engine::State::Ready);
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), 30000);
    QCOMPARE(chat()->lastMessage()->state(), MessageState::Stopped);
    QVERIFY(!chat()->lastMessage()->text().isEmpty());
    const qint64 id = chat()->lastMessage()->messageId();
    QCOMPARE(window().context().store().message(id)->state, MessageState::Stopped);
    QVERIFY(!window().composer()->isGenerating());
    // Once loaded again the conversation goes on.
    QTRY_VERIFY_WITH_TIMEOUT(window().context().engine().state() == Engine::State::Ready, kLoadMs);
    window().context().settings().setValue(AppSettings::MaxNewTokens, 6);
    typeAndSend(QStringLiteral("Short now"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    QCOMPARE(chat()->lastMessage()->state(), MessageState::Complete);
    QCOMPARE(chat()->messageCount(), 4);
  }

  void streamingWritesAreThrottled() {
    QVERIFY(openWithModel(3000));
    QSignalSpy streamed(&window().context().controller(), &ChatController::streamingTextChanged);
    QElapsedTimer timer;
    timer.start();
    typeAndSend(QStringLiteral("Count to a hundred"));
    const qint64 id = chat()->lastMessage()->messageId();
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    const qint64 elapsed = timer.elapsed();
    const qint64 tokens = GenerationStatsJson::fromJson(window().context().store().message(id)->stats).generatedTokens;
    qInfo("%lld tokens in %lld ms: %d view updates, %d store writes", tokens, elapsed, int(streamed.count()),
          window().context().controller().storeWrites(id));
    // At most one store write per second while streaming, plus the final one; at most one
    // view update per 50 ms (and never more than one per token).
    QVERIFY2(
        window().context().controller().storeWrites(id) <= elapsed / ChatController::kStoreIntervalMs + 2,
        qPrintable(
            QStringLiteral("%1 writes in %2 ms").arg(window().context().controller().storeWrites(id)).arg(elapsed)));
    QVERIFY(streamed.count() <= elapsed / ChatController::kViewIntervalMs + 2);
    QVERIFY(streamed.count() <= tokens);
  }

  void regenerateMakesSiblingsAndArrowsSwitch() {
    QVERIFY(openWithModel(16));
    typeAndSend(QStringLiteral("Say something"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    MessageWidget *first = chat()->lastMessage();
    const qint64 firstId = first->messageId();
    QVERIFY(first->previousButton()->isHidden());

    QTest::mouseClick(first->regenerateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(chat()->lastMessage() && chat()->lastMessage()->messageId() != firstId, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    MessageWidget *second = chat()->lastMessage();
    const qint64 secondId = second->messageId();
    QCOMPARE(chat()->messageCount(), 2);
    QCOMPARE(second->entry().siblingCount, 2);
    QCOMPARE(second->entry().siblingIndex, 1);
    QCOMPARE(second->siblingLabel()->text(), QStringLiteral("2/2"));
    QVERIFY(second->previousButton()->isVisible());
    QVERIFY(second->previousButton()->isEnabled());
    QVERIFY(!second->nextButton()->isEnabled());
    QCOMPARE(window().context().store().siblings(secondId).size(), 2);

    QTest::mouseClick(second->previousButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->lastMessage()->messageId(), firstId);
    QCOMPARE(chat()->lastMessage()->siblingLabel()->text(), QStringLiteral("1/2"));
    const qint64 conversation = window().context().controller().currentConversation();
    QCOMPARE(window().context().store().currentPath(conversation).last().id, firstId);

    QTest::mouseClick(chat()->lastMessage()->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->lastMessage()->messageId(), secondId);

    // Keyboard: Ctrl+R regenerates the last answer too.
    window().activateWindow();
    QTest::keySequence(&window(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QTRY_VERIFY_WITH_TIMEOUT(chat()->lastMessage()->entry().siblingCount == 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    QCOMPARE(chat()->lastMessage()->siblingLabel()->text(), QStringLiteral("3/3"));
    test::shoot(&window(), QStringLiteral("regenerated"));
  }

  void editMakesBranchAndOldOneStays() {
    QVERIFY(openWithModel(12));
    QVERIFY(window().composer()->addImageFile(image(QStringLiteral("checker_112x84.png"))));
    QVERIFY(test::waitForImages(&window()));
    typeAndSend(QStringLiteral("Original question"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    const qint64 oldQuestion = chat()->messageWidgets().first()->messageId();
    const qint64 oldAnswer = chat()->lastMessage()->messageId();
    const QString oldAnswerText = chat()->lastMessage()->text();

    MessageWidget *question = chat()->messageWidgets().first();
    QTest::mouseClick(question->editButton(), Qt::LeftButton);
    QVERIFY(question->isEditing());
    QCOMPARE(question->editEditor()->toPlainText(), QStringLiteral("Original question"));
    test::shoot(&window(), QStringLiteral("editing"));
    question->editEditor()->selectAll();
    QTest::keyClicks(question->editEditor(), QStringLiteral("Edited question"));
    QTest::keyClick(question->editEditor(), Qt::Key_Return); // Enter sends the edit

    QTRY_VERIFY_WITH_TIMEOUT(
        chat()->messageCount() == 2 && chat()->messageWidgets().first()->messageId() != oldQuestion, 30000);
    // Typing goes on in the composer, not in the sidebar's search.
    QTRY_VERIFY(window().composer()->editor()->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    MessageWidget *edited = chat()->messageWidgets().first();
    QCOMPARE(edited->text(), QStringLiteral("Edited question"));
    QCOMPARE(edited->thumbnails().size(), 1); // the images go along
    QCOMPARE(edited->siblingLabel()->text(), QStringLiteral("2/2"));
    QVERIFY(chat()->lastMessage()->messageId() != oldAnswer);

    // The old branch, question and answer, is one click away.
    QTest::mouseClick(edited->previousButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->messageWidgets().first()->messageId(), oldQuestion);
    QCOMPARE(chat()->messageWidgets().first()->text(), QStringLiteral("Original question"));
    QCOMPARE(chat()->lastMessage()->messageId(), oldAnswer);
    QCOMPARE(chat()->lastMessage()->text(), oldAnswerText);

    // Delete the old branch: the edited one is shown again.
    QTest::mouseClick(chat()->messageWidgets().first()->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY(chat()->messageCount() == 2 && chat()->messageWidgets().first()->messageId() != oldQuestion);
    QCOMPARE(chat()->messageWidgets().first()->text(), QStringLiteral("Edited question"));
    QVERIFY(chat()->messageWidgets().first()->previousButton()->isHidden());
  }

  // Issue 17 #9: the trash button can be undone. The branch leaves the view at once and a notice
  // offers Undo; nothing is deleted until the notice goes, so an undo brings everything back
  // (texts, ids, the image file); dismissing the notice makes the deletion.
  void deleteCanBeUndone() {
    QVERIFY(openWithModel(6));
    QVERIFY(window().composer()->addImageFile(image(QStringLiteral("checker_112x84.png"))));
    QVERIFY(test::waitForImages(&window()));
    typeAndSend(QStringLiteral("Keep this picture"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    HistoryStore &store = window().context().store();
    const qint64 conversation = window().context().controller().currentConversation();
    MessageWidget *question = chat()->messageWidgets().first();
    const qint64 questionId = question->messageId();
    const qint64 answerId = chat()->lastMessage()->messageId();
    const QString answerText = chat()->lastMessage()->text();
    const QString imageFile = question->entry().imagePaths.first();
    QVERIFY(QFileInfo::exists(imageFile));
    NoticeBanner *notice = window().undoNotice();
    QVERIFY(!notice->isVisible());

    // The answer: gone from the view, the question is left and can be answered again.
    QTest::mouseClick(chat()->lastMessage()->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->messageCount(), 1);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("answer")), qPrintable(notice->text()));
    QCOMPARE(notice->actionButton()->text(), QStringLiteral("&Undo"));
    test::shoot(&window(), QStringLiteral("undo-delete"));
    QVERIFY(store.message(answerId)); // not deleted yet
    QVERIFY(window().findChild<QAction *>(QStringLiteral("regenerateAction"))->isEnabled());
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->messageCount(), 2);
    QVERIFY(!notice->isVisible());
    QCOMPARE(chat()->lastMessage()->messageId(), answerId);
    QCOMPARE(chat()->lastMessage()->text(), answerText);

    // The question, with its image: the conversation shows empty; undo brings back the image too.
    QTest::mouseClick(chat()->messageWidgets().first()->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->messageCount(), 0);
    QVERIFY(notice->text().contains(QStringLiteral("Your message")));
    QVERIFY(QFileInfo::exists(imageFile));
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(chat()->messageCount(), 2);
    QCOMPARE(chat()->messageWidgets().first()->messageId(), questionId);
    QCOMPARE(chat()->messageWidgets().first()->thumbnails().size(), 1);
    QVERIFY(QFileInfo::exists(imageFile));
    QCOMPARE(store.currentPath(conversation).size(), 2);

    // Dismissed: the deletion is made.
    QTest::mouseClick(chat()->lastMessage()->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY(notice->isVisible());
    QTest::mouseClick(notice->closeButton(), Qt::LeftButton);
    QVERIFY(!store.message(answerId));
    QCOMPARE(store.currentPath(conversation).size(), 1);
    QCOMPARE(chat()->messageCount(), 1);
    QCOMPARE(window().context().controller().pendingDelete(), 0);
  }

  void newWindowShowsHistoryWithImages() {
    QVERIFY(openWithModel(8));
    QVERIFY(window().composer()->addImageFile(image(QStringLiteral("photo_300x500.png"))));
    QVERIFY(test::waitForImages(&window()));
    typeAndSend(QStringLiteral("Remember this photo"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswerDone(), kAnswerMs);
    const QString answer = chat()->lastMessage()->text();
    m_window.reset();

    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(window().sidebar()->count(), 1);
    QCOMPARE(window().sidebar()->conversationItem(0)->text(), QStringLiteral("Remember this photo"));
    window().sidebar()->list()->setCurrentItem(window().sidebar()->conversationItem(0));
    QTRY_COMPARE(chat()->messageCount(), 2);
    MessageWidget *question = chat()->messageWidgets().first();
    QCOMPARE(question->thumbnails().size(), 1);
    QVERIFY(!question->thumbnails().first()->icon().isNull());
    QCOMPARE(question->entry().message.images.first().width, 300);
    QVERIFY(QFileInfo::exists(question->entry().imagePaths.first()));
    QCOMPARE(chat()->lastMessage()->text(), answer);
    QCOMPARE(chat()->lastMessage()->state(), MessageState::Complete);

    // Search over the stored text finds it.
    QTest::keyClicks(window().sidebar()->searchField(), QStringLiteral("remember"));
    QTRY_COMPARE(window().sidebar()->count(), 1);
    window().sidebar()->searchField()->clear();
    QTest::keyClicks(window().sidebar()->searchField(), QStringLiteral("zebra"));
    QTRY_COMPARE(window().sidebar()->count(), 0);
  }
};

QTEST_MAIN(TestChatSession)
#include "tst_chatsession.moc"
