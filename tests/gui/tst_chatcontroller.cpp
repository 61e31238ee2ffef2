// ChatController's sampling: the loaded model's generation defaults come from the Engine
// (EngineModelInfo), not from reading the folder again; the Settings and a conversation's own
// sampling go over them through SamplingParams::merged().

#include "chat/chatcontroller.h"
#include "enginerunner.h"
#include "fixtures.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
