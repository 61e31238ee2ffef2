#pragma once

#include "chat/chatentry.h"
#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "model/samplingparams.h"
#include "store/attachment.h"
#include "store/conversation.h"
#include "util/expected.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace mdi {

class AppSettings;
class Engine;
class HistoryStore;
struct EngineModelInfo;
struct GenerationRequest;

// Coordinates the Engine and the HistoryStore for the window: which conversation is on show,
// sending a message, regenerating an answer (a sibling), editing a question (a new branch),
// switching between siblings, deleting, stopping. It consumes the Engine's queued signals on the
// GUI thread and never waits for inference. While an answer streams, the text is collected
// here; the view hears about it at most every 50 ms (streamingTextChanged) and the store at
// most once a second, and once more at the end (finished, stopped or failed). Those saves do not
// wait for the store's writer: until the store confirms one, entries() shows the text from here,
// and a failed save is reported by saveFailed. What stays synchronous: the reads behind
// entries() (indexed reads on this thread's own connection; WAL never makes them wait for the
// writer) and the writes of a user's action whose result the next step needs at once (the new
// conversation's and messages' ids on send, regenerate and edit): each is one small transaction
// without an fsync (synchronous=NORMAL), queued behind any saves still pending. Deleting a
// message or a conversation and switching branches do not wait: the view follows when the store
// has done it, and a failure comes as saveFailed.
class ChatController : public QObject {
  Q_OBJECT
public:
  static constexpr int kViewIntervalMs = 50;
  static constexpr int kStoreIntervalMs = 1000;
  // How long a deletion made with deleteMessageWithUndo() can be taken back.
  static constexpr int kUndoMs = 10000;

  ChatController(HistoryStore &store, Engine &engine, AppSettings &settings, QObject *parent = nullptr);
  ~ChatController() override;

  qint64 currentConversation() const { return m_current; }
  // 0: a new, empty chat; the conversation is created with its first message.
  void openConversation(qint64 conversationId);
  // The branch on show, with sibling positions and, for a streaming answer, its latest text.
  QList<ChatEntry> entries() const;

  Status send(const QString &text, const QList<Attachment> &images);
  // Writes on where a stopped answer (or one cut off by its length limit) ended: the model
  // continues the same message, whose text grows.
  Status continueAnswer(qint64 assistantMessageId);
  // A new conversation holding the path from the first message up to `messageId` (copies; the
  // images are shared), with the conversation's system prompt and sampling; it becomes the one
  // on show. Returns its id.
  Expected<qint64> fork(qint64 messageId);
  // Whether continueAnswer() can act on this message (an answer that was stopped or cut short).
  bool canContinue(const StoredMessage &message) const;

  // A conversation's own system prompt and sampling (Conversation::sampling, with an optional
  // SamplingPreset). For the new chat (0) they are kept until its first message creates it; a
  // sampling that does not validate is refused.
  Status setConversationSettings(qint64 conversationId, const QString &systemPrompt, const QJsonObject &sampling);
  // The conversation's settings; for 0 the new chat's (the Settings' system prompt unless set).
  Expected<Conversation> conversationSettings(qint64 conversationId) const;
  // The request startAnswer() hands to the engine for an answer after `parentId` in the
  // conversation: its messages (with the conversation's system prompt) and sampling.
  Expected<GenerationRequest> requestFor(qint64 conversationId, qint64 parentId, bool regenerating = false) const;
  // Another answer to the question of `messageId` (an answer: a sibling of it; a question left
  // without an answer, its answer deleted say: its first one).
  Status regenerate(qint64 messageId);
  Status editAndResend(qint64 userMessageId, const QString &text);
  // These three check what they can at once (an error: nothing happens) and hand the write to the
  // store's writer; entriesChanged or saveFailed follows.
  Status deleteMessage(qint64 messageId);
  Status switchSibling(qint64 messageId, int delta);
  // Makes the branch through messageId the one on show when it is not (a search result opened in
  // an older branch); entriesChanged follows once the store has switched.
  Status showBranchOf(qint64 messageId);
  Status deleteConversation(qint64 conversationId);
  // The trash button's deletion, which can be taken back: nothing is written yet (the store
  // would remove the images nothing else uses), entries() shows the branch as it will be, and
  // undoDelete() brings it back as it was. The deletion is made after kUndoMs, by commitDelete(),
  // or first thing when anything else changes the history (sending, regenerating, editing,
  // deleting, switching a branch or the conversation, the controller going away).
  Status deleteMessageWithUndo(qint64 messageId);
  void undoDelete();
  void commitDelete();
  // The message whose deletion can still be undone (0: none).
  qint64 pendingDelete() const { return m_pendingDelete; }
  // Stops the conversation's answer. It shows as stopped at once (entriesChanged) and the view
  // gets no more of its text until the engine confirms the stop with the final text and state,
  // so a stop never waits behind a render.
  void stop(qint64 conversationId);
  void stopAll();

  bool isGenerating(qint64 conversationId) const;
  bool isGenerating() const { return isGenerating(m_current); }
  // The streaming answer of a conversation (0: none).
  qint64 streamingMessage(qint64 conversationId) const;
  // How many stored text updates a streaming answer has had (tests check the throttle).
  int storeWrites(qint64 messageId) const { return m_storeWrites.value(messageId); }
  // Answer saves handed to the store and not yet confirmed (tests wait for 0 before reading it).
  int pendingSaves() const;

  // The request for an answer after `path` (user and assistant messages, oldest first): its
  // messages and images; startAnswer() adds samplingParams().
  GenerationRequest buildRequest(const QList<StoredMessage> &path, const QString &systemPrompt) const;
  // The loaded model's generation defaults (EngineModelInfo) merged with the Settings and then
  // `conversationSampling` (Conversation::sampling, SamplingOverrides' JSON), with a fresh seed so
  // that Regenerate gives another answer whenever it samples.
  // regenerating: another answer is wanted, so a model default that is greedy in effect gives
  // way to sampling (unless the settings or the conversation choose the sampling).
  Expected<SamplingParams> samplingParams(const QJsonObject &conversationSampling = {},
                                          bool regenerating = false) const;

Q_SIGNALS:
  void currentConversationChanged(qint64 conversationId);
  void entriesChanged();
  void streamingTextChanged(qint64 messageId, const QString &text);
  void busyChanged(qint64 conversationId, bool busy);
  void speedChanged(double tokensPerSecond);
  void contextChanged(qint64 used, qint64 size);
  void generationFailed(qint64 conversationId, const QString &error);
  // An answer's text or state could not be written to the history (once per answer); it stays on
  // show.
  void saveFailed(qint64 conversationId, const QString &error);
  // A deletion became undoable (messageId) or was made or undone (0).
  void pendingDeleteChanged(qint64 messageId);

private:
  struct Active {
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString text;
    QString prefix; // a continued answer: the text it had before
    bool viewDirty = false;
    bool stopping = false; // stop() asked for it; the engine has not confirmed yet
    qint64 tokens = 0;
    QElapsedTimer sinceStore;
    QElapsedTimer sinceFirstToken;
  };

  // An answer's text and state as last sent to the store, until the store confirms it.
  struct Unsaved {
    qint64 conversationId = 0;
    QString text;
    MessageState state = MessageState::Streaming;
    QJsonObject stats;
    int pending = 0;     // saves not yet confirmed
    bool failed = false; // one failed: kept and reported
  };

  Status checkReady() const;
  void saveAnswer(qint64 conversationId, qint64 messageId, const QString &text, MessageState state,
                  const QJsonObject &stats = {});
  void onSaved(qint64 messageId, const Status &saved);
  Status startAnswer(qint64 conversationId, qint64 parentId, bool regenerating = false);
  void startEngine(const GenerationRequest &request, qint64 conversationId, qint64 messageId,
                   const QString &prefix = {});
  QList<StoredMessage> pathTo(qint64 messageId) const;
  void onToken(quint64 engineId, qint64 token, const QString &piece);
  void onFinished(quint64 engineId, const GenerationResult &result);
  void onFailed(quint64 engineId, const QString &error);
  void onModelLoaded(const EngineModelInfo &info);
  void abandonAll();
  void flushView();
  void updateContextFromPath();
  // After a deletion or a branch switch in conversationId: the view, if it shows it.
  void branchChanged(qint64 conversationId);
  // The current branch and every message as they will be once the pending deletion is made.
  void withoutPendingDelete(QList<StoredMessage> &path, QList<StoredMessage> &all) const;
  static QString titleFor(const QString &text, const QList<Attachment> &images);

  HistoryStore &m_store;
  Engine &m_engine;
  AppSettings &m_settings;
  qint64 m_current = 0;
  QHash<quint64, Active> m_active;    // engine conversation id -> answer in progress
  QHash<qint64, quint64> m_engineIds; // history conversation -> engine conversation
  QHash<qint64, int> m_storeWrites;
  QHash<qint64, Unsaved> m_unsaved; // message id -> save not yet confirmed (or failed)
  qint64 m_contextSize = 0;
  QTimer m_viewTimer;
  // The new chat's own settings until its first message creates it.
  std::optional<QString> m_newChatSystemPrompt;
  QJsonObject m_newChatSampling;
  qint64 m_pendingDelete = 0;
  qint64 m_pendingDeleteConversation = 0;
  QTimer m_undoTimer;
};

} // namespace mdi
