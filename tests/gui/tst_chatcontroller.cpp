// ChatController's sampling: the loaded model's generation defaults come from the Engine
// (EngineModelInfo), not from reading the folder again; the Settings and a conversation's own
// sampling go over them through SamplingParams::merged().

#include "chat/chatcontroller.h"
#include "chat/conversationsettingsdialog.h"
#include "chat/messagewidget.h"
#include "chat/samplingpreset.h"
#include "engine/generationrequest.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "models/resourceline.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mdi;
using namespace mdi::test;

class TestChatController : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // A copy of the fixture whose generation_config.json the test changes after the load.
    m_model = m_dir.filePath(QStringLiteral("model"));
    QVERIFY(QDir().mkpath(m_model));
    const QDir source(Fixtures::checkpointDir());
    for (const QString &name : source.entryList(QDir::Files))
      QVERIFY(QFile::copy(source.filePath(name), m_model + QLatin1Char('/') + name));

    m_runner = std::make_unique<EngineRunner>();
    auto info = m_runner->load(m_model);
    QVERIFY2(info, qPrintable(info.error()));
    // The engine hands out the configuration it loaded, and its generation defaults.
    QVERIFY(info->config);
    QCOMPARE(info->config->generation.topK, 1);
    QCOMPARE(info->generationDefaults.topK, 1);
    QCOMPARE(info->generationDefaults.topP, 0.001);
    QCOMPARE(info->generationDefaults.temperature, 0.01);

    // Now the folder says something else: whoever reads it again would see top_k 5.
    const QString generation = m_model + QStringLiteral("/generation_config.json");
    QVERIFY(QFile::remove(generation));
    QFile file(generation);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("do_sample"), true},
                                         {QStringLiteral("temperature"), 0.7},
                                         {QStringLiteral("top_k"), 5},
                                         {QStringLiteral("top_p"), 0.9},
                                         {QStringLiteral("repetition_penalty"), 1.3},
                                         {QStringLiteral("eos_token_id"), 151645}})
                   .toJson());
    file.close();

    auto store = HistoryStore::open(m_dir.filePath(QStringLiteral("profile")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(*store);
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
  }

  void cleanupTestCase() {
    m_store.reset();
    m_runner.reset();
  }

  void init() { m_qsettings->clear(); }

  // The answer's saves go to the store without waiting; one that fails is reported (once), and
  // the text stays on show.
  void aFailedSaveIsReported() {
    m_settings->setValue(AppSettings::MaxNewTokens, 6);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    QSignalSpy failed(&controller, &ChatController::saveFailed);
    const Status sent = controller.send(QStringLiteral("Hello"), {});
    QVERIFY2(sent, qPrintable(sent.error()));
    const qint64 conversation = controller.currentConversation();
    const qint64 answer = controller.streamingMessage(conversation);
    QVERIFY(answer != 0);
    // The answer goes away behind the controller's back: its saves find nothing to update.
    QVERIFY(m_store->deleteMessage(answer));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(conversation), 60000);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(controller.pendingSaves(), 0);
    QCOMPARE(failed.first().at(0).toLongLong(), conversation);
    QVERIFY2(failed.first().at(1).toString().contains(QString::number(answer)),
             qPrintable(failed.first().at(1).toString()));
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1);
  }

  // Deleting a message and switching answers do not wait for the store: the view hears of it
  // once the store has done it; a conversation is deleted the same way.
  void deleteAndSwitchDoNotWait() {
    m_settings->setValue(AppSettings::MaxNewTokens, 2);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    QVERIFY(controller.send(QStringLiteral("Hello"), {}));
    const qint64 conversation = controller.currentConversation();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(conversation), 60000);
    const qint64 first = m_store->currentPath(conversation).last().id;
    QVERIFY(controller.regenerate(first));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(conversation), 60000);
    const qint64 second = m_store->currentPath(conversation).last().id;
    QVERIFY(second != first);
    QTRY_COMPARE(controller.pendingSaves(), 0);

    QSignalSpy entries(&controller, &ChatController::entriesChanged);
    QVERIFY(controller.switchSibling(second, -1));
    QCOMPARE(entries.size(), 0); // returned before the write was made
    QTRY_COMPARE(entries.size(), 1);
    QCOMPARE(m_store->currentPath(conversation).last().id, first);

    QVERIFY(controller.deleteMessage(first));
    QCOMPARE(entries.size(), 1);
    QTRY_COMPARE(entries.size(), 2);
    QVERIFY(!m_store->message(first));
    // The shown answer went: the branch ends at its question.
    QCOMPARE(m_store->currentPath(conversation).last().id, m_store->message(second)->parentId);

    // Issue 17 #9: the question left without its answer can be answered again (Regenerate on it).
    const qint64 question = m_store->message(second)->parentId;
    QVERIFY(controller.regenerate(question));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(conversation), 60000);
    QTRY_COMPARE(controller.pendingSaves(), 0);
    const StoredMessage answered = m_store->currentPath(conversation).last();
    QCOMPARE(answered.parentId, question);
    QCOMPARE(answered.role, QStringLiteral("assistant"));
    QCOMPARE(answered.state, MessageState::Complete);

    QSignalSpy failed(&controller, &ChatController::saveFailed);
    QVERIFY(controller.deleteConversation(conversation));
    QCOMPARE(controller.currentConversation(), 0);
    QTRY_VERIFY(!m_store->conversation(conversation));
    // Deleted again behind the controller's back: the store's refusal is reported.
    QVERIFY(controller.deleteConversation(conversation));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), conversation);
  }

  // Saves that succeed land in the store without the controller waiting for them.
  void answerIsSavedAsynchronously() {
    m_settings->setValue(AppSettings::MaxNewTokens, 6);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    QSignalSpy failed(&controller, &ChatController::saveFailed);
    QVERIFY(controller.send(QStringLiteral("Hello again"), {}));
    const qint64 conversation = controller.currentConversation();
    const qint64 answer = controller.streamingMessage(conversation);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(conversation) && controller.pendingSaves() == 0, 60000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_store->message(answer)->state, MessageState::Complete);
    QCOMPARE(controller.entries().last().message.text, m_store->message(answer)->text);
  }

  void usesTheEnginesModelInfo() {
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto p = controller.samplingParams();
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->topK, 1);     // the loaded generation_config.json, not the file's top_k 5
    QCOMPARE(p->topP, 0.001); // nor its top_p 0.9
    QCOMPARE(p->temperature, 0.01);
    QCOMPARE(p->repetitionPenalty, 1.0);
    QCOMPARE(p->eosTokenIds, m_runner->engine().modelInfo().generationDefaults.eosTokenIds);
  }

  // Issue 17 #2: a temperature set in Settings samples, whatever top-k the model ships.
  void settingsTemperatureSamples() {
    m_settings->setValue(AppSettings::Temperature, 0.8);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto p = controller.samplingParams();
    QVERIFY2(p, qPrintable(p.error()));
    QVERIFY(!p->isGreedy());
    QCOMPARE(p->temperature, 0.8);
    QCOMPARE(p->topK, 0);
    QCOMPARE(p->topP, 1.0);
    // A fresh seed per answer, so that Regenerate gives another one.
    auto again = controller.samplingParams();
    QVERIFY(again && again->seed != p->seed);
  }

  // Issue 17 #2: with the model's (greedy in effect) defaults, Regenerate samples so that it can
  // give another answer; a sampling the person chose stays as chosen, greedy included.
  void regenerateSamplesOverGreedyModelDefaults() {
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto first = controller.samplingParams();
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->topK, 1); // the model's defaults: one candidate, the same text every time
    auto again = controller.samplingParams({}, /*regenerating=*/true);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again->isGreedy());
    QVERIFY(again->topK == 0 || again->topK > 1);
    QVERIFY(again->topP > 0.5);
    QVERIFY(again->validate());
    // Chosen in the conversation (or the Settings): kept, even greedy.
    auto chosen = controller.samplingParams(QJsonObject{{QStringLiteral("temperature"), 0}}, true);
    QVERIFY2(chosen, qPrintable(chosen.error()));
    QVERIFY(chosen->isGreedy());
  }

  void conversationSamplingGoesOverTheSettings() {
    m_settings->setValue(AppSettings::Temperature, 0.8);
    m_settings->setValue(AppSettings::MaxNewTokens, 9);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto greedy = controller.samplingParams(QJsonObject{{QStringLiteral("temperature"), 0}});
    QVERIFY2(greedy, qPrintable(greedy.error()));
    QVERIFY(greedy->isGreedy());
    QCOMPARE(greedy->maxNewTokens, 9); // the Settings' value where the conversation sets none
    auto topK = controller.samplingParams(QJsonObject{{QStringLiteral("topK"), 3}});
    QVERIFY2(topK, qPrintable(topK.error()));
    QCOMPARE(topK->topK, 3);
    QCOMPARE(topK->temperature, 0.8);
    QVERIFY(!controller.samplingParams(QJsonObject{{QStringLiteral("topK"), QStringLiteral("x")}}));
  }

  // The stored Conversation::sampling reaches the answer: an out-of-range value there is refused
  // when the answer starts (before, it was never read).
  void storedConversationSamplingIsApplied() {
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto id = m_store->createConversation(QStringLiteral("Hot"), QStringLiteral(""),
                                          QJsonObject{{QStringLiteral("temperature"), -1}});
    QVERIFY2(id, qPrintable(id.error()));
    controller.openConversation(*id);
    QCOMPARE(controller.currentConversation(), *id);
    const Status sent = controller.send(QStringLiteral("Hi"), {});
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(QStringLiteral("Temperature")), qPrintable(sent.error()));
    QVERIFY(!controller.isGenerating(*id));
  }

  // A conversation's own system prompt and sampling preset reach the request the engine gets;
  // Precise is the model's own values whatever the Settings say, and Regenerate still samples.
  void conversationSettingsReachTheRequest() {
    m_settings->setValue(AppSettings::Temperature, 0.9);
    m_settings->setValue(AppSettings::SystemPrompt, QStringLiteral("Settings prompt"));
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto id = m_store->createConversation(QStringLiteral("Pirate"), QStringLiteral(""));
    QVERIFY(id);
    const QJsonObject creative = SamplingPreset::withPreset({}, SamplingPreset::Kind::Creative);
    QVERIFY(controller.setConversationSettings(*id, QStringLiteral("Talk like a pirate."), creative));
    StoredMessage question;
    question.conversationId = *id;
    question.role = QStringLiteral("user");
    question.text = QStringLiteral("Hi");
    auto questionId = m_store->addMessage(question);
    QVERIFY(questionId);

    auto request = controller.requestFor(*id, *questionId);
    QVERIFY2(request, qPrintable(request.error()));
    QCOMPARE(request->messages.size(), 2);
    QCOMPARE(request->messages.at(0).role, QStringLiteral("system"));
    QCOMPARE(request->messages.at(0).parts.at(0).text, QStringLiteral("Talk like a pirate."));
    QCOMPARE(request->messages.at(1).parts.at(0).text, QStringLiteral("Hi"));
    QCOMPARE(request->sampling.temperature, 1.0); // Creative's, not the Settings' 0.9
    QCOMPARE(request->sampling.topP, 0.95);
    QCOMPARE(request->sampling.topK, 50);
    QVERIFY(!request->sampling.isGreedy());

    // Balanced, with one number changed by hand over it.
    QJsonObject balanced = SamplingPreset::withPreset({}, SamplingPreset::Kind::Balanced);
    balanced.insert(QStringLiteral("topK"), 7);
    QVERIFY(controller.setConversationSettings(*id, QStringLiteral(""), balanced));
    request = controller.requestFor(*id, *questionId);
    QVERIFY2(request, qPrintable(request.error()));
    QCOMPARE(request->messages.size(), 1); // no system prompt now
    QCOMPARE(request->sampling.temperature, 0.7);
    QCOMPARE(request->sampling.topP, 0.8);
    QCOMPARE(request->sampling.topK, 7);

    // Precise: the model's own values (top-k 1), not the Settings' temperature.
    const QJsonObject precise = SamplingPreset::withPreset(balanced, SamplingPreset::Kind::Precise);
    QVERIFY(!precise.contains(QStringLiteral("topK")));
    QVERIFY(controller.setConversationSettings(*id, QStringLiteral(""), precise));
    request = controller.requestFor(*id, *questionId);
    QVERIFY2(request, qPrintable(request.error()));
    QCOMPARE(request->sampling.topK, 1);
    QCOMPARE(request->sampling.topP, 0.001);
    QVERIFY(SamplingPreset::isGreedyInEffect(request->sampling));
    auto regenerated = controller.requestFor(*id, *questionId, /*regenerating=*/true);
    QVERIFY2(regenerated, qPrintable(regenerated.error()));
    QVERIFY(!SamplingPreset::isGreedyInEffect(regenerated->sampling));

    // Wrong values are refused before anything is stored.
    QVERIFY(!controller.setConversationSettings(*id, QString(),
                                                QJsonObject{{QStringLiteral("preset"), QStringLiteral("wild")}}));
    QVERIFY(!controller.setConversationSettings(*id, QString(), QJsonObject{{QStringLiteral("temperature"), -2}}));
    QCOMPARE(m_store->conversation(*id)->sampling, precise);
  }

  // The new chat's settings, chosen before its first message, are the conversation's when it is
  // created; the next new chat starts from the Settings again.
  void newChatSettingsApplyOnFirstMessage() {
    m_settings->setValue(AppSettings::MaxNewTokens, 2);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    controller.openConversation(0);
    const QJsonObject balanced = SamplingPreset::withPreset({}, SamplingPreset::Kind::Balanced);
    QVERIFY(controller.setConversationSettings(0, QStringLiteral("Be brief."), balanced));
    QCOMPARE(controller.conversationSettings(0)->systemPrompt, QStringLiteral("Be brief."));
    QVERIFY(controller.send(QStringLiteral("Hello"), {}));
    const qint64 id = controller.currentConversation();
    QCOMPARE(m_store->conversation(id)->systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(m_store->conversation(id)->sampling, balanced);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(id) && controller.pendingSaves() == 0, 60000);
    controller.openConversation(0);
    QCOMPARE(controller.conversationSettings(0)->sampling, QJsonObject());
  }

  // An answer cut short writes on in the same message; any message can start a new conversation
  // holding the path up to it.
  void continueAndFork() {
    m_settings->setValue(AppSettings::MaxNewTokens, 3);
    m_settings->setValue(AppSettings::SystemPrompt, QStringLiteral("Be kind."));
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    controller.openConversation(0);
    QVERIFY(controller.send(QStringLiteral("Tell me a story"), {}));
    const qint64 id = controller.currentConversation();
    const qint64 answer = controller.streamingMessage(id);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(id) && controller.pendingSaves() == 0, 60000);
    const StoredMessage first = *m_store->message(answer);
    QVERIFY(controller.canContinue(first)); // cut short by the length limit
    QVERIFY(!controller.canContinue(*m_store->message(first.parentId)));

    // The chat offers Continue on that answer only.
    QVERIFY(controller.entries().last().canContinue);
    QVERIFY(!controller.entries().first().canContinue);
    MessageWidget widget(controller.entries().last());
    QVERIFY(widget.continueButton() && widget.continueButton()->isVisibleTo(&widget));
    QVERIFY(widget.forkButton()->isEnabled());
    QSignalSpy continueClicked(&widget, &MessageWidget::continueRequested);
    widget.continueButton()->click();
    QCOMPARE(continueClicked.size(), 1);
    QCOMPARE(continueClicked.first().at(0).toLongLong(), answer);
    MessageWidget questionWidget(controller.entries().first());
    QVERIFY(!questionWidget.continueButton());

    QVERIFY(controller.continueAnswer(answer));
    QVERIFY(controller.isGenerating(id));
    QCOMPARE(controller.streamingMessage(id), answer); // the same message, not a new one
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(id) && controller.pendingSaves() == 0, 60000);
    const StoredMessage continued = *m_store->message(answer);
    QVERIFY2(continued.text.startsWith(first.text), qPrintable(continued.text));
    QCOMPARE(m_store->messages(id).size(), 2);
    QCOMPARE(continued.stats.value(QStringLiteral("generatedTokens")).toInt(), 3);

    // Fork from the question: a new conversation with just it, the same settings, on show.
    QVERIFY(controller.setConversationSettings(id, QStringLiteral("Be kind."),
                                               SamplingPreset::withPreset({}, SamplingPreset::Kind::Creative)));
    auto forked = controller.fork(first.parentId);
    QVERIFY2(forked, qPrintable(forked.error()));
    QVERIFY(*forked != id);
    QCOMPARE(controller.currentConversation(), *forked);
    const QList<StoredMessage> path = m_store->currentPath(*forked);
    QCOMPARE(path.size(), 1);
    QCOMPARE(path.first().text, QStringLiteral("Tell me a story"));
    QCOMPARE(m_store->conversation(*forked)->systemPrompt, QStringLiteral("Be kind."));
    QCOMPARE(m_store->conversation(*forked)->sampling, SamplingPreset::withPreset({}, SamplingPreset::Kind::Creative));
    QVERIFY(m_store->conversation(*forked)->title.contains(QStringLiteral("fork")));
    // Fork from the answer: both messages; the original is untouched.
    auto whole = controller.fork(answer);
    QVERIFY2(whole, qPrintable(whole.error()));
    QCOMPARE(m_store->currentPath(*whole).size(), 2);
    QCOMPARE(m_store->currentPath(*whole).last().text, continued.text);
    QCOMPARE(m_store->messages(id).size(), 2);
    // The forked question can be answered in its new conversation.
    QVERIFY(controller.regenerate(path.first().id));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isGenerating(*forked) && controller.pendingSaves() == 0, 60000);
    QCOMPARE(m_store->currentPath(*forked).size(), 2);
  }

  // The dialog shows each preset with the numbers it gives for the loaded model, and OK stores the
  // choice and the system prompt.
  void settingsDialogShowsNumbersAndApplies() {
    m_settings->setValue(AppSettings::Temperature, 0.9);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    auto id = m_store->createConversation(QStringLiteral("Dialog"), QStringLiteral("Old prompt"));
    QVERIFY(id);
    ConversationSettingsDialog dialog(controller, *id);
    QVERIFY(dialog.presetButton(SamplingPreset::Kind::None)->isChecked());
    QCOMPARE(dialog.systemPromptEdit()->toPlainText(), QStringLiteral("Old prompt"));
    const QString settings = dialog.numbersLabel(SamplingPreset::Kind::None)->text();
    QVERIFY2(settings.contains(QStringLiteral("temperature 0.9")), qPrintable(settings));
    const QString precise = dialog.numbersLabel(SamplingPreset::Kind::Precise)->text();
    QVERIFY2(precise.contains(QStringLiteral("top-k 1")) && precise.contains(QStringLiteral("most likely")),
             qPrintable(precise));
    const QString balanced = dialog.numbersLabel(SamplingPreset::Kind::Balanced)->text();
    QVERIFY2(balanced.contains(QStringLiteral("temperature 0.7 · top-p 0.8 · top-k 20")), qPrintable(balanced));
    dialog.presetButton(SamplingPreset::Kind::Creative)->setChecked(true);
    dialog.systemPromptEdit()->setPlainText(QStringLiteral("  Answer in German.  "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->conversation(*id)->systemPrompt, QStringLiteral("Answer in German."));
    QCOMPARE(m_store->conversation(*id)->sampling, SamplingPreset::withPreset({}, SamplingPreset::Kind::Creative));
  }

  // The resource line over the loaded engine: where the layers run in words, the threads, and
  // the speed once an answer has one; the details per part in its tooltip.
  void resourceLineSaysWhatTheModelTakes() {
    m_settings->setValue(AppSettings::Threads, 3);
    ChatController controller(*m_store, m_runner->engine(), *m_settings);
    ResourceLine line(m_runner->engine(), controller, *m_settings);
    QVERIFY2(line.text().contains(QStringLiteral("on this computer")), qPrintable(line.text()));
    QVERIFY2(line.text().contains(QStringLiteral("3 threads")), qPrintable(line.text()));
    QVERIFY2(line.toolTip().contains(QStringLiteral("Part 1 of")), qPrintable(line.toolTip()));
    QVERIFY(!line.isHidden());
    Q_EMIT controller.speedChanged(42.0);
    QVERIFY2(line.text().contains(QStringLiteral("42.0 tokens/s")), qPrintable(line.text()));
  }

private:
  QTemporaryDir m_dir;
  QString m_model;
  std::unique_ptr<EngineRunner> m_runner;
  std::unique_ptr<HistoryStore> m_store;
  std::unique_ptr<QSettings> m_qsettings;
  std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
