#include "chat/chatcontroller.h"

#include "chat/samplingpreset.h"

#include "engine/engine.h"
#include "engine/generationrequest.h"
#include "store/appsettings.h"
#include "store/generationstatsjson.h"
#include "store/historystore.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace mdi {

namespace {
const QString kErrorKey = QStringLiteral("error");

// The store keeps "" and null apart (a null system prompt is refused); empty means none.
QString notNull(const QString &text) {
  return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

ChatController::ChatController(HistoryStore &store, Engine &engine, AppSettings &settings, QObject *parent) :
    QObject(parent), m_store(store), m_engine(engine), m_settings(settings) {
  m_viewTimer.setSingleShot(true);
  m_viewTimer.setInterval(kViewIntervalMs);
  connect(&m_viewTimer, &QTimer::timeout, this, &ChatController::flushView);
  m_undoTimer.setSingleShot(true);
  m_undoTimer.setInterval(kUndoMs);
  connect(&m_undoTimer, &QTimer::timeout, this, &ChatController::commitDelete);
  // The Engine emits from its worker threads; these connections are queued to this thread.
  connect(&engine, &Engine::tokenGenerated, this, &ChatController::onToken);
  connect(&engine, &Engine::generationFinished, this, &ChatController::onFinished);
  connect(&engine, &Engine::generationFailed, this, &ChatController::onFailed);
  connect(&engine, &Engine::modelLoaded, this, &ChatController::onModelLoaded);
  // A model unloaded or replaced mid-answer ends its answers: keep what they wrote, stopped.
  connect(&engine, &Engine::stateChanged, this, [this](Engine::State state) {
    if (state != Engine::State::Ready)
      abandonAll();
  });
  if (engine.state() == Engine::State::Ready)
    onModelLoaded(engine.modelInfo());
}

ChatController::~ChatController() {
  commitDelete();
  // Answers still running are kept as they stand, marked stopped. Queued like every other
  // save: the store finishes its queue before it closes, and no answer comes back to us.
  for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
    m_engine.stop(it.key());
    m_store.updateMessageAsync(it->messageId, it->text, MessageState::Stopped, {}, nullptr, {});
  }
}

void ChatController::onModelLoaded(const EngineModelInfo &info) {
  m_contextSize = info.contextTokens;
  // Caches of the previous model are gone with it.
  m_engineIds.clear();
  updateContextFromPath();
}

Expected<SamplingParams> ChatController::samplingParams(const QJsonObject &conversationSampling,
                                                        bool regenerating) const {
  auto effective = SamplingPreset::effective(m_settings.samplingOverrides(), conversationSampling);
  if (!effective)
    return makeError(effective.error());
  const SamplingOverrides &overrides = *effective;
  // The engine's copy of generation_config.json: the one the model was loaded with.
  SamplingParams p = SamplingParams::merged(m_engine.modelInfo().generationDefaults, overrides);
  // Regenerate asks for another answer. Qwen2-VL's own generation_config.json is greedy in all
  // but name (top_k 1, top_p 0.001), so with the model's defaults every regeneration would be the
  // same text: unless the person chose the sampling themselves, a regeneration samples with
  // Qwen's recommended chat values instead.
  const bool effectivelyGreedy = SamplingPreset::isGreedyInEffect(p);
  if (regenerating && effectivelyGreedy && !overrides.setsSampling()) {
    p.doSample = true;
    p.temperature = 0.7;
    p.topP = 0.8;
    p.topK = 20;
    p.minP = 0;
  }
  p.seed = QRandomGenerator::global()->generate64();
  return p;
}

void ChatController::openConversation(qint64 conversationId) {
  if (conversationId != 0 && !m_store.conversation(conversationId))
    conversationId = 0;
  if (conversationId == m_current) {
    Q_EMIT entriesChanged();
    return;
  }
  commitDelete();
  m_current = conversationId;
  // A new chat starts with the Settings' system prompt and sampling again.
  m_newChatSystemPrompt.reset();
  m_newChatSampling = {};
  Q_EMIT currentConversationChanged(m_current);
  Q_EMIT entriesChanged();
  Q_EMIT busyChanged(m_current, isGenerating(m_current));
  updateContextFromPath();
}

QList<ChatEntry> ChatController::entries() const {
  QList<ChatEntry> out;
  if (m_current == 0)
    return out;
  QList<StoredMessage> path = m_store.currentPath(m_current);
  QList<StoredMessage> all = m_store.messages(m_current);
  if (m_pendingDelete != 0 && m_pendingDeleteConversation == m_current)
    withoutPendingDelete(path, all);
  QHash<qint64, QList<qint64>> children; // parent -> child ids in creation order
  for (const StoredMessage &m : all)
    children[m.parentId].append(m.id);
  QHash<qint64, const Active *> live;
  for (const Active &a : m_active) {
    if (a.conversationId == m_current)
      live.insert(a.messageId, &a);
  }
  for (const StoredMessage &m : path) {
    ChatEntry e;
    e.message = m;
    const QList<qint64> siblings = children.value(m.parentId);
    e.siblingCount = qMax(1, int(siblings.size()));
    e.siblingIndex = qMax(0, int(siblings.indexOf(m.id)));
    for (const Attachment &a : m.images)
      e.imagePaths.append(m_store.images().path(a));
    // A save still on its way to the store (or one that failed) is newer than what was read.
    if (auto it = m_unsaved.constFind(m.id); it != m_unsaved.constEnd()) {
      e.message.text = it->text;
      e.message.state = it->state;
      if (!it->stats.isEmpty())
        e.message.stats = it->stats;
    }
    if (auto it = live.constFind(m.id); it != live.constEnd()) {
      e.message.text = (*it)->text;
      e.message.state = (*it)->stopping ? MessageState::Stopped : MessageState::Streaming;
    }
    if (e.message.state == MessageState::Failed)
      e.error = e.message.stats.value(kErrorKey).toString();
    out.append(e);
  }
  if (!out.isEmpty() && children.value(out.last().message.id).isEmpty())
    out.last().canContinue = canContinue(out.last().message);
  return out;
}

bool ChatController::isGenerating(qint64 conversationId) const {
  return streamingMessage(conversationId) != 0;
}

qint64 ChatController::streamingMessage(qint64 conversationId) const {
  if (conversationId == 0)
    return 0;
  for (const Active &a : m_active) {
    if (a.conversationId == conversationId)
      return a.messageId;
  }
  return 0;
}

Status ChatController::checkReady() const {
  switch (m_engine.state()) {
  case Engine::State::Ready:
    return Status::ok();
  case Engine::State::Loading:
    return makeError(tr("The model is still loading; send again in a moment."));
  case Engine::State::Unloaded:
    break;
  }
  // Where the window's own prompt sends people too: File > Models.
  return makeError(tr("No model is loaded. Choose or download one in File > Models…"));
}

QString ChatController::titleFor(const QString &text, const QList<Attachment> &images) {
  QString title = text.section(QLatin1Char('\n'), 0, 0).simplified();
  if (title.isEmpty())
    title = images.isEmpty() ? tr("New chat") : tr("Image: %1").arg(images.first().fileName);
  constexpr int kMax = 60;
  if (title.size() > kMax)
    title = title.left(kMax - 1).trimmed() + QChar(0x2026);
  return title;
}

Status ChatController::send(const QString &text, const QList<Attachment> &images) {
  if (text.trimmed().isEmpty() && images.isEmpty())
    return makeError(tr("Type a message or add an image first."));
  if (Status ready = checkReady(); !ready)
    return ready;
  if (isGenerating(m_current))
    return makeError(tr("An answer is still being written; stop it first."));
  commitDelete();

  qint64 conversationId = m_current;
  qint64 parentId = 0;
  if (conversationId == 0) {
    const QString systemPrompt = m_newChatSystemPrompt.value_or(m_settings.value(AppSettings::SystemPrompt));
    auto created = m_store.createConversation(titleFor(text, images), notNull(systemPrompt), m_newChatSampling);
    if (!created)
      return makeError(created.error());
    conversationId = *created;
    m_newChatSystemPrompt.reset();
    m_newChatSampling = {};
  } else {
    auto conversation = m_store.conversation(conversationId);
    if (!conversation)
      return makeError(conversation.error());
    parentId = conversation->currentLeafId;
  }
  StoredMessage user;
  user.conversationId = conversationId;
  user.parentId = parentId;
  user.role = QStringLiteral("user");
  user.text = text;
  user.images = images;
  auto userId = m_store.addMessage(user);
  if (!userId)
    return makeError(userId.error());
  if (conversationId != m_current) {
    m_current = conversationId;
    Q_EMIT currentConversationChanged(m_current);
  }
  return startAnswer(conversationId, *userId);
}

Status ChatController::regenerate(qint64 messageId) {
  if (Status ready = checkReady(); !ready)
    return ready;
  commitDelete();
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  // A question left without an answer (its answer deleted, or it failed to start) is answered.
  if (message->role == QLatin1String("user"))
    return startAnswer(message->conversationId, message->id, /*regenerating=*/true);
  if (message->role != QLatin1String("assistant") || message->parentId == 0)
    return makeError(tr("Only an answer to a question can be regenerated."));
  return startAnswer(message->conversationId, message->parentId, /*regenerating=*/true);
}

Status ChatController::editAndResend(qint64 userMessageId, const QString &text) {
  if (Status ready = checkReady(); !ready)
    return ready;
  commitDelete();
  auto message = m_store.message(userMessageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  if (message->role != QLatin1String("user"))
    return makeError(tr("Only your own messages can be edited."));
  if (text.trimmed().isEmpty() && message->images.isEmpty())
    return makeError(tr("The edited message is empty."));
  StoredMessage edited = *message;
  edited.id = 0;
  edited.text = text;
  edited.state = MessageState::Complete;
  edited.stats = {};
  auto id = m_store.addMessage(edited); // a sibling of the old question: a new branch
  if (!id)
    return makeError(id.error());
  return startAnswer(message->conversationId, *id);
}

QList<StoredMessage> ChatController::pathTo(qint64 messageId) const {
  QList<StoredMessage> path;
  QSet<qint64> seen;
  qint64 id = messageId;
  while (id != 0 && !seen.contains(id)) {
    seen.insert(id);
    auto m = m_store.message(id);
    if (!m)
      break;
    path.prepend(*m);
    id = m->parentId;
  }
  return path;
}

GenerationRequest ChatController::buildRequest(const QList<StoredMessage> &path, const QString &systemPrompt) const {
  GenerationRequest request;
  // The person at the window goes before requests of the local API (priority 0) when more
  // answers wait than one pass takes.
  request.priority = 1;
  if (!systemPrompt.trimmed().isEmpty())
    request.messages.append({QStringLiteral("system"), {ChatPart::makeText(systemPrompt)}});
  for (const StoredMessage &m : path) {
    ChatMessage message;
    message.role = m.role;
    if (m.role == QLatin1String("user")) {
      for (const Attachment &a : m.images)
        message.parts.append(ChatPart::makeImage(m_store.images().path(a)));
    } else if (m.role == QLatin1String("assistant") && m.text.isEmpty()) {
      continue; // a failed or empty answer says nothing to the model
    } else if (m.role != QLatin1String("system")) {
      continue;
    }
    if (!m.text.isEmpty())
      message.parts.append(ChatPart::makeText(m.text));
    if (!message.parts.isEmpty())
      request.messages.append(message);
  }
  request.imageBaseDir = m_store.images().directory();
  return request;
}

Expected<GenerationRequest> ChatController::requestFor(qint64 conversationId, qint64 parentId,
                                                       bool regenerating) const {
  auto conversation = m_store.conversation(conversationId);
  if (!conversation)
    return makeError(conversation.error());
  GenerationRequest request = buildRequest(pathTo(parentId), conversation->systemPrompt);
  auto sampling = samplingParams(conversation->sampling, regenerating);
  if (!sampling)
    return makeError(sampling.error());
  if (Status valid = sampling->validate(); !valid)
    return makeError(valid.error());
  request.sampling = *sampling;
  return request;
}

Status ChatController::startAnswer(qint64 conversationId, qint64 parentId, bool regenerating) {
  auto request = requestFor(conversationId, parentId, regenerating);
  if (!request)
    return makeError(request.error());

  StoredMessage answer;
  answer.conversationId = conversationId;
  answer.parentId = parentId;
  answer.role = QStringLiteral("assistant");
  answer.state = MessageState::Streaming;
  auto answerId = m_store.addMessage(answer); // becomes the current leaf
  if (!answerId)
    return makeError(answerId.error());
  startEngine(*request, conversationId, *answerId);
  return Status::ok();
}

void ChatController::startEngine(const GenerationRequest &request, qint64 conversationId, qint64 messageId,
                                 const QString &prefix) {
  const quint64 engineId = m_engine.generate(request, m_engineIds.value(conversationId));
  m_engineIds.insert(conversationId, engineId);
  Active active;
  active.conversationId = conversationId;
  active.messageId = messageId;
  active.text = prefix;
  active.prefix = prefix;
  active.sinceStore.start();
  m_active.insert(engineId, active);
  if (conversationId == m_current) {
    Q_EMIT entriesChanged();
  }
  Q_EMIT busyChanged(conversationId, true);
}

bool ChatController::canContinue(const StoredMessage &message) const {
  if (message.role != QLatin1String("assistant") || message.text.isEmpty() || message.parentId == 0)
    return false;
  return message.state == MessageState::Stopped ||
         (message.state == MessageState::Complete &&
          GenerationStatsJson::finishReason(message.stats) == FinishReason::Length);
}

Status ChatController::continueAnswer(qint64 assistantMessageId) {
  if (Status ready = checkReady(); !ready)
    return ready;
  auto message = m_store.message(assistantMessageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  if (!canContinue(*message))
    return makeError(tr("Only an answer that was stopped or cut short can be continued."));
  const QList<StoredMessage> all = m_store.messages(message->conversationId);
  if (std::any_of(all.cbegin(), all.cend(), [&](const StoredMessage &m) { return m.parentId == message->id; }))
    return makeError(tr("Only the last answer of a conversation can be continued; this one has replies."));
  auto request = requestFor(message->conversationId, message->parentId);
  if (!request)
    return makeError(request.error());
  // The answer so far as the start of the model's own message, left open (no end marker), so
  // that the model writes on from its last word.
  request->messages.append({QStringLiteral("assistant"), {ChatPart::makeText(message->text)}});
  request->templateOptions.addGenerationPrompt = false;
  request->templateOptions.continueFinalMessage = true;
  if (m_store.conversation(message->conversationId)->currentLeafId != message->id) {
    if (Status shown = m_store.setCurrentLeaf(message->conversationId, message->id); !shown)
      return shown;
  }
  saveAnswer(message->conversationId, message->id, message->text, MessageState::Streaming);
  startEngine(*request, message->conversationId, message->id, message->text);
  return Status::ok();
}

Expected<qint64> ChatController::fork(qint64 messageId) {
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  if (streamingMessage(message->conversationId) == messageId)
    return makeError(tr("This answer is still being written; stop it first."));
  auto source = m_store.conversation(message->conversationId);
  if (!source)
    return makeError(source.error());
  QList<StoredMessage> path = pathTo(messageId);
  for (StoredMessage &m : path) {
    if (m.state == MessageState::Streaming)
      m.state = MessageState::Stopped;
  }
  Conversation copy;
  copy.title = tr("%1 (fork)").arg(source->title);
  constexpr int kMaxTitle = 200;
  if (copy.title.size() > kMaxTitle)
    copy.title = source->title.left(kMaxTitle - 10).trimmed() + QChar(0x2026);
  copy.systemPrompt = source->systemPrompt;
  copy.sampling = source->sampling;
  copy.currentLeafId = messageId;
  auto created = m_store.importConversation(copy, path);
  if (!created)
    return makeError(created.error());
  openConversation(*created);
  return *created;
}

Status ChatController::setConversationSettings(qint64 conversationId, const QString &systemPrompt,
                                               const QJsonObject &sampling) {
  auto params = samplingParams(sampling);
  if (!params)
    return makeError(params.error());
  if (m_engine.state() == Engine::State::Ready) {
    if (Status valid = params->validate(); !valid)
      return valid;
  }
  if (conversationId == 0) {
    m_newChatSystemPrompt = systemPrompt;
    m_newChatSampling = sampling;
    return Status::ok();
  }
  return m_store.setConversationSettings(conversationId, notNull(systemPrompt), sampling);
}

Expected<Conversation> ChatController::conversationSettings(qint64 conversationId) const {
  if (conversationId != 0)
    return m_store.conversation(conversationId);
  Conversation fresh;
  fresh.systemPrompt = m_newChatSystemPrompt.value_or(m_settings.value(AppSettings::SystemPrompt));
  fresh.sampling = m_newChatSampling;
  return fresh;
}

void ChatController::onToken(quint64 engineId, qint64 token, const QString &piece) {
  auto it = m_active.find(engineId);
  if (it == m_active.end())
    return;
  if (token >= 0) {
    if (it->tokens == 0)
      it->sinceFirstToken.start();
    ++it->tokens;
  }
  if (piece.isEmpty())
    return;
  it->text += piece;
  // After a stop the view waits for the final text (onFinished) instead of rendering more.
  if (!it->stopping) {
    it->viewDirty = true;
    if (!m_viewTimer.isActive())
      m_viewTimer.start();
  }
  if (it->sinceStore.elapsed() >= kStoreIntervalMs) {
    saveAnswer(it->conversationId, it->messageId, it->text, MessageState::Streaming);
    it->sinceStore.restart();
  }
}

void ChatController::saveAnswer(qint64 conversationId, qint64 messageId, const QString &text, MessageState state,
                                const QJsonObject &stats) {
  Unsaved &unsaved = m_unsaved[messageId];
  unsaved.conversationId = conversationId;
  unsaved.text = text;
  unsaved.state = state;
  if (!stats.isEmpty())
    unsaved.stats = stats;
  ++unsaved.pending;
  ++m_storeWrites[messageId];
  m_store.updateMessageAsync(messageId, text, state, stats, this,
                             [this, messageId](const Status &saved) { onSaved(messageId, saved); });
}

int ChatController::pendingSaves() const {
  int pending = 0;
  for (const Unsaved &u : m_unsaved)
    pending += u.pending;
  return pending;
}

void ChatController::onSaved(qint64 messageId, const Status &saved) {
  auto it = m_unsaved.find(messageId);
  if (it == m_unsaved.end())
    return;
  --it->pending;
  if (!saved) {
    // Kept on show, so the text is not lost from view; told once per answer, not once a second.
    if (!it->failed) {
      it->failed = true;
      Q_EMIT saveFailed(it->conversationId, tr("The answer could not be saved: %1").arg(saved.error()));
    }
    return;
  }
  if (it->pending == 0 && !it->failed)
    m_unsaved.erase(it);
}

void ChatController::flushView() {
  for (auto it = m_active.begin(); it != m_active.end(); ++it) {
    if (!it->viewDirty)
      continue;
    it->viewDirty = false;
    if (it->conversationId != m_current)
      continue;
    Q_EMIT streamingTextChanged(it->messageId, it->text);
    if (it->tokens > 1 && it->sinceFirstToken.isValid() && it->sinceFirstToken.elapsed() > 0)
      Q_EMIT speedChanged((it->tokens - 1) * 1000.0 / double(it->sinceFirstToken.elapsed()));
  }
}

void ChatController::onFinished(quint64 engineId, const GenerationResult &result) {
  auto it = m_active.find(engineId);
  if (it == m_active.end())
    return;
  const Active active = *it;
  m_active.erase(it);
  const MessageState state =
      result.finishReason == FinishReason::Stopped ? MessageState::Stopped : MessageState::Complete;
  const QString text = result.text.isEmpty() ? active.text : active.prefix + result.text;
  saveAnswer(active.conversationId, active.messageId, text, state,
             GenerationStatsJson::toJson(result.stats, result.finishReason));
  if (active.conversationId == m_current) {
    Q_EMIT entriesChanged();
    if (result.stats.decodeTokensPerSecond() > 0)
      Q_EMIT speedChanged(result.stats.decodeTokensPerSecond());
    Q_EMIT contextChanged(result.stats.promptTokens + result.stats.generatedTokens, m_contextSize);
  }
  Q_EMIT busyChanged(active.conversationId, false);
}

void ChatController::onFailed(quint64 engineId, const QString &error) {
  auto it = m_active.find(engineId);
  if (it == m_active.end())
    return;
  const Active active = *it;
  m_active.erase(it);
  saveAnswer(active.conversationId, active.messageId, active.text, MessageState::Failed,
             QJsonObject{{kErrorKey, error}});
  if (active.conversationId == m_current)
    Q_EMIT entriesChanged();
  Q_EMIT busyChanged(active.conversationId, false);
  Q_EMIT generationFailed(active.conversationId, error);
}

void ChatController::abandonAll() {
  const QHash<quint64, Active> active = std::exchange(m_active, {});
  m_engineIds.clear();
  for (const Active &a : active) {
    saveAnswer(a.conversationId, a.messageId, a.text, MessageState::Stopped);
    Q_EMIT busyChanged(a.conversationId, false);
  }
  if (!active.isEmpty())
    Q_EMIT entriesChanged();
}

void ChatController::stop(qint64 conversationId) {
  bool stopped = false;
  for (auto it = m_active.begin(); it != m_active.end(); ++it) {
    if (it->conversationId != conversationId || it->stopping)
      continue;
    it->stopping = true;
    it->viewDirty = false; // a render still pending would only delay what the person asked for
    stopped = true;
    m_engine.stop(it.key()); // generationFinished (Stopped) follows with the partial answer
  }
  if (stopped && conversationId == m_current)
    Q_EMIT entriesChanged();
}

void ChatController::stopAll() {
  for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
    m_engine.stop(it.key());
}

Status ChatController::deleteMessage(qint64 messageId) {
  commitDelete();
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  const qint64 conversationId = message->conversationId;
  m_store.deleteMessageAsync(messageId, this, [this, conversationId](const Status &deleted) {
    if (!deleted)
      Q_EMIT saveFailed(conversationId, tr("The message could not be deleted: %1").arg(deleted.error()));
    else
      branchChanged(conversationId);
  });
  return Status::ok();
}

Status ChatController::switchSibling(qint64 messageId, int delta) {
  commitDelete();
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  const QList<StoredMessage> siblings = m_store.siblings(messageId);
  qsizetype index = -1;
  for (qsizetype i = 0; i < siblings.size(); ++i) {
    if (siblings.at(i).id == messageId)
      index = i;
  }
  const qsizetype target = index + delta;
  if (index < 0 || target < 0 || target >= siblings.size())
    return Status::ok();
  const qint64 conversationId = message->conversationId;
  m_store.setCurrentLeafAsync(
      conversationId, siblings.at(target).id, this, [this, conversationId](const Status &shown) {
        if (!shown)
          Q_EMIT saveFailed(conversationId, tr("The other answer could not be shown: %1").arg(shown.error()));
        else
          branchChanged(conversationId);
      });
  return Status::ok();
}

Status ChatController::deleteMessageWithUndo(qint64 messageId) {
  commitDelete();
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  m_pendingDelete = messageId;
  m_pendingDeleteConversation = message->conversationId;
  m_undoTimer.start();
  Q_EMIT pendingDeleteChanged(messageId);
  branchChanged(m_pendingDeleteConversation);
  return Status::ok();
}

void ChatController::undoDelete() {
  if (m_pendingDelete == 0)
    return;
  const qint64 conversationId = std::exchange(m_pendingDeleteConversation, 0);
  m_pendingDelete = 0;
  m_undoTimer.stop();
  Q_EMIT pendingDeleteChanged(0);
  branchChanged(conversationId);
}

void ChatController::commitDelete() {
  if (m_pendingDelete == 0)
    return;
  const qint64 messageId = std::exchange(m_pendingDelete, 0);
  const qint64 conversationId = std::exchange(m_pendingDeleteConversation, 0);
  m_undoTimer.stop();
  // Waits for the writer (one small transaction): what comes next reads the branch it leaves.
  if (Status deleted = m_store.deleteMessage(messageId); !deleted)
    Q_EMIT saveFailed(conversationId, tr("The message could not be deleted: %1").arg(deleted.error()));
  Q_EMIT pendingDeleteChanged(0);
  branchChanged(conversationId);
}

void ChatController::withoutPendingDelete(QList<StoredMessage> &path, QList<StoredMessage> &all) const {
  // In id order a parent comes before its children: one pass finds the whole subtree.
  QSet<qint64> gone{m_pendingDelete};
  for (const StoredMessage &m : std::as_const(all)) {
    if (gone.contains(m.parentId))
      gone.insert(m.id);
  }
  all.removeIf([&gone](const StoredMessage &m) { return gone.contains(m.id); });
  qsizetype cut = -1;
  for (qsizetype i = 0; i < path.size() && cut < 0; ++i) {
    if (gone.contains(path.at(i).id))
      cut = i;
  }
  if (cut < 0)
    return;
  path = path.first(cut);
  if (cut > 0)
    return; // the branch ends at the parent, as the store will leave it
  // A first message: the store shows the latest leaf under the newest first message left.
  QHash<qint64, qint64> newestChild; // parent (0: none) -> its newest child
  QHash<qint64, const StoredMessage *> byId;
  for (const StoredMessage &m : std::as_const(all)) {
    newestChild[m.parentId] = qMax(newestChild.value(m.parentId), m.id);
    byId.insert(m.id, &m);
  }
  for (qint64 id = newestChild.value(0); id != 0; id = newestChild.value(id))
    path.append(*byId.value(id));
}

Status ChatController::showBranchOf(qint64 messageId) {
  commitDelete();
  auto message = m_store.message(messageId);
  if (!message)
    return makeError(message.error());
  const QList<StoredMessage> path = m_store.currentPath(message->conversationId);
  if (std::any_of(path.cbegin(), path.cend(), [messageId](const StoredMessage &m) { return m.id == messageId; }))
    return Status::ok();
  if (isGenerating(message->conversationId))
    return makeError(tr("An answer is still being written; stop it first."));
  const qint64 conversationId = message->conversationId;
  m_store.setCurrentLeafAsync(conversationId, messageId, this, [this, conversationId](const Status &shown) {
    if (!shown)
      Q_EMIT saveFailed(conversationId, tr("The message could not be shown: %1").arg(shown.error()));
    else
      branchChanged(conversationId);
  });
  return Status::ok();
}

void ChatController::branchChanged(qint64 conversationId) {
  if (conversationId != m_current)
    return;
  Q_EMIT entriesChanged();
  updateContextFromPath();
}

Status ChatController::deleteConversation(qint64 conversationId) {
  if (m_pendingDeleteConversation == conversationId) {
    // Goes with its conversation.
    m_pendingDelete = m_pendingDeleteConversation = 0;
    m_undoTimer.stop();
    Q_EMIT pendingDeleteChanged(0);
  }
  commitDelete();
  for (auto it = m_active.begin(); it != m_active.end();) {
    if (it->conversationId == conversationId) {
      m_engine.stop(it.key());
      it = m_active.erase(it);
    } else {
      ++it;
    }
  }
  if (auto engineId = m_engineIds.take(conversationId))
    m_engine.forgetConversation(engineId);
  // The conversation leaves the view at once; the list follows when the store has removed it.
  if (conversationId == m_current)
    openConversation(0);
  m_store.deleteConversationAsync(conversationId, this, [this, conversationId](const Status &deleted) {
    if (!deleted)
      Q_EMIT saveFailed(conversationId, tr("The conversation could not be deleted: %1").arg(deleted.error()));
  });
  return Status::ok();
}

void ChatController::updateContextFromPath() {
  qint64 used = 0;
  if (m_current != 0) {
    const QList<StoredMessage> path = m_store.currentPath(m_current);
    for (auto it = path.crbegin(); it != path.crend(); ++it) {
      if (it->role == QLatin1String("assistant") && !it->stats.isEmpty()) {
        const GenerationStats stats = GenerationStatsJson::fromJson(it->stats);
        used = stats.promptTokens + stats.generatedTokens;
        break;
      }
    }
  }
  Q_EMIT contextChanged(used, m_contextSize);
}

} // namespace mdi
