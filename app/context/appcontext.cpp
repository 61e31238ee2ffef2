#include "context/appcontext.h"

#include "api/apiserver.h"
#include "api/corspolicy.h"
#include "chat/chatcontroller.h"
#include "engine/engine.h"
#include "engine/precisionchoice.h"
#include "store/appsettings.h"
#include "store/conversationexporter.h"
#include "store/historystore.h"
#include "util/languagemanager.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QSettings>
#include <QtConcurrent>

namespace mdi {

QString AppContext::settingsFile(const QString &dataDir) {
  return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

Expected<std::unique_ptr<AppContext>> AppContext::open(const QString &dataDir, const Options &options) {
  if (!QDir().mkpath(dataDir))
    return makeError(tr("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(dataDir)));
  auto store = HistoryStore::open(dataDir);
  if (!store)
    return makeError(store.error());
  // Answers a killed process left half-written are marked stopped (this context holds the
  // profile: one GUI instance per profile).
  if (auto stopped = (*store)->finishInterruptedMessages(); !stopped)
    qWarning("%s", qPrintable(stopped.error())); // the history still opens; those answers stay "streaming"
  auto qsettings = std::make_unique<QSettings>(settingsFile(dataDir), QSettings::IniFormat);
  return std::unique_ptr<AppContext>(new AppContext(dataDir, std::move(qsettings), std::move(*store), options));
}

AppContext::AppContext(const QString &dataDir, std::unique_ptr<QSettings> qsettings,
                       std::unique_ptr<HistoryStore> store, const Options &options) :
    m_dataDir(dataDir),
    m_options(options), m_qsettings(std::move(qsettings)), m_settings(std::make_unique<AppSettings>(m_qsettings.get())),
    m_store(std::move(store)), m_engine(std::make_unique<Engine>(options.peerLinks)),
    m_roster(std::make_unique<PeerRoster>(*m_settings)),
    m_controller(std::make_unique<ChatController>(*m_store, *m_engine, *m_settings)) {
  // What applySettings() acts on: only what changed.
  m_settings->onChanged(AppSettings::Language, this, [this] { m_languageChanged = true; });
  const auto reload = [this] { m_reloadNeeded = true; };
  m_settings->onChanged(AppSettings::ModelDirectory, this, reload);
  m_settings->onChanged(AppSettings::ComputeDtype, this, reload);
  m_settings->onChanged(AppSettings::Threads, this, reload);
  m_settings->onChanged(AppSettings::MaxImagePixels, this, reload);
  const auto restartApi = [this] { m_apiChanged = true; };
  m_settings->onChanged(AppSettings::LocalApiEnabled, this, restartApi);
  m_settings->onChanged(AppSettings::LocalApiPort, this, restartApi);
  m_settings->onChanged(AppSettings::LocalApiKey, this, restartApi);
  m_settings->onChanged(AppSettings::LocalApiCorsOrigins, this, restartApi);

  connect(m_engine.get(), &Engine::modelLoaded, this, [this] {
    m_loadUsesPeers = false;
    setModelState(ModelState::Loaded);
    reportPeersLeftOut();
  });
  connect(m_engine.get(), &Engine::loadFailed, this, [this](const QString &error) {
    if (loadLocallyInstead(error))
      return;
    m_peersLeftOut.clear();
    setModelState(ModelState::None);
    Q_EMIT modelLoadFailed(error);
  });
}

AppContext::~AppContext() {
  for (QFuture<void> &job : m_jobs)
    job.waitForFinished();
}

void AppContext::start(bool loadModel) {
  // Without discovery the app still works with peers typed in by address.
  if (m_options.discovery) {
    if (Status started = m_roster->startDiscovery(m_options.discoveryOptions); !started)
      qWarning("%s", qPrintable(started.error()));
  }
  if (loadModel)
    this->loadModel();
  applyLocalApi();
}

void AppContext::setModelState(ModelState state) {
  m_modelState = state;
  Q_EMIT modelStateChanged(state);
}

void AppContext::loadModel() {
  m_reloadNeeded = false;
  const QString directory = m_settings->value(AppSettings::ModelDirectory);
  m_loadingDirectory = directory;
  if (directory.isEmpty()) {
    m_engine->unloadModel();
    setModelState(ModelState::None);
    return;
  }
  setModelState(ModelState::Loading);
  m_roster->afterDiscovery([this] { startModelLoad(); });
}

void AppContext::startModelLoad() {
  const QString directory = m_settings->value(AppSettings::ModelDirectory);
  if (directory.isEmpty())
    return;
  EngineLoadOptions options;
  options.directory = directory;
  options.precision = m_settings->value(AppSettings::ComputeDtype);
  // For the placement's memory figures until the engine resolves the precision against the
  // checkpoint (a bf16 checkpoint under "best" is counted as f32 here: on the safe side).
  options.compute.dtype = PrecisionChoice::resolve(options.precision, QString(), options.compute.device).text;
  options.threads = m_settings->value(AppSettings::Threads);
  options.stageThreads = m_settings->value(AppSettings::Threads);
  options.maxImagePixels = m_settings->value(AppSettings::MaxImagePixels);
  // The loaded model's memory is freed before the new load, so the placement may count it.
  const qint64 loaded = m_engine->state() == Engine::State::Ready ? m_engine->modelInfo().weightBytes : 0;
  if (Status placed = m_roster->configureLoad(options, loaded); !placed) {
    m_engine->unloadModel();
    setModelState(ModelState::None);
    Q_EMIT modelLoadFailed(placed.error());
    return;
  }
  // Used peers not found at all are left out by the placement; say so once the model is loaded.
  m_peersLeftOut = m_roster->leftOut();
  m_peersLeftOutReason.clear();
  m_loadUsesPeers = !options.peers.isEmpty();
  m_lastLoad = options;
  m_engine->loadModel(options);
}

bool AppContext::loadLocallyInstead(const QString &error) {
  if (!m_loadUsesPeers)
    return false;
  m_loadUsesPeers = false;
  // The peers the error names, else all of the plan's: the load cannot tell us more.
  QStringList named;
  QStringList all;
  for (const RemotePeer &peer : std::as_const(m_lastLoad.peers)) {
    QString name = m_roster->requestedHostName(peer.hostId);
    if (name.isEmpty())
      name = m_roster->displayName(peer.nodeId.isEmpty() ? peer.hostId : peer.nodeId);
    all.append(name);
    const QString address = QStringLiteral("%1:%2").arg(peer.host).arg(peer.port);
    if (error.contains(name) || error.contains(address) || (!peer.nodeId.isEmpty() && error.contains(peer.nodeId)))
      named.append(name);
  }
  m_peersLeftOut += named.isEmpty() ? all : named;
  m_peersLeftOut.removeDuplicates();
  m_peersLeftOutReason = error;
  EngineLoadOptions options = m_lastLoad;
  options.plan = Plan();
  options.peers.clear();
  options.localStages = 1;
  m_lastLoad = options;
  m_engine->loadModel(options); // loadFailed again is reported as it is
  return true;
}

void AppContext::reportPeersLeftOut() {
  const QStringList names = std::exchange(m_peersLeftOut, {});
  const QString reason = std::exchange(m_peersLeftOutReason, {});
  if (names.isEmpty())
    return;
  QString message = tr("%1 could not take part, so the model runs on this computer alone. The Peers panel (View > "
                       "Peers) shows which peers are there; Apply and Reload uses them again.")
                        .arg(QLocale().createSeparatedList(names));
  if (!reason.isEmpty())
    message += QLatin1Char(' ') + tr("(%1)").arg(reason);
  Q_EMIT peersUnavailable(message);
}

void AppContext::applySettings() {
  if (m_languageChanged) {
    // Every widget receives QEvent::LanguageChange and sets its texts again.
    m_languageChanged = false;
    LanguageManager::install(m_settings->value(AppSettings::Language));
  }
  if (m_reloadNeeded)
    loadModel();
  applyLocalApi();
}

void AppContext::applyLocalApi() {
  const bool changed = std::exchange(m_apiChanged, false);
  if (!m_settings->value(AppSettings::LocalApiEnabled)) {
    if (m_apiServer) {
      m_apiServer.reset(); // closes the connections and stops their answers
      Q_EMIT localApiStopped();
    }
    return;
  }
  if (m_apiServer && m_apiServer->isListening() && !changed)
    return;
  ApiServer::Options options; // loopback only: the app never exposes the API to the network
  options.port = quint16(m_settings->value(AppSettings::LocalApiPort));
  options.apiKey = m_settings->value(AppSettings::LocalApiKey);
  // file:// images let a caller have this user's files read: only for callers holding the key,
  // not for every process and user on the computer.
  options.allowFileImages = !options.apiKey.isEmpty();
  // Only what is an origin: a damaged entry opens nothing.
  for (const QString &origin : m_settings->value(AppSettings::LocalApiCorsOrigins)) {
    if (auto normalized = CorsPolicy::normalizeOrigin(origin))
      options.corsOrigins.append(*normalized);
  }
  m_apiServer.reset(); // frees the port before it is bound again
  // On this (the GUI) thread's event loop: sockets are cheap, requests are parsed on the pool
  // and inference runs on the engine's threads.
  auto server = std::make_unique<ApiServer>(*m_engine);
  if (Status listening = server->listen(options); !listening) {
    Q_EMIT localApiFailed(tr("The local API could not start: %1").arg(listening.error()));
    return;
  }
  m_apiServer = std::move(server);
  Q_EMIT localApiStarted(m_apiServer->url());
}

Status AppContext::renameConversation(qint64 id, const QString &title) {
  if (title.trimmed().isEmpty())
    return makeError(tr("A conversation needs a title."));
  return m_store->renameConversation(id, title.trimmed());
}

Status AppContext::deleteConversation(qint64 id) {
  return m_controller->deleteConversation(id);
}

Status AppContext::exportConversation(qint64 id, const QString &filePath, bool json) {
  return json ? ConversationExporter::exportJson(*m_store, id, filePath)
              : ConversationExporter::exportMarkdown(*m_store, id, filePath);
}

void AppContext::exportConversationInBackground(qint64 id, const QString &filePath, bool json) {
  HistoryStore *store = m_store.get();
  auto *watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, filePath] {
    watcher->deleteLater();
    m_jobs.removeIf([](const QFuture<void> &job) { return job.isFinished(); });
    Q_EMIT exportFinished(filePath, watcher->result());
  });
  // Reads only: the store's reads are safe from any thread (each has its own connection).
  const QFuture<QString> future = QtConcurrent::run([store, id, filePath, json] {
    const Status done = json ? ConversationExporter::exportJson(*store, id, filePath)
                             : ConversationExporter::exportMarkdown(*store, id, filePath);
    return done ? QString() : done.error();
  });
  m_jobs.append(QFuture<void>(future));
  watcher->setFuture(future);
}

void AppContext::importConversation(const QString &filePath) {
  struct Outcome {
    qint64 id = 0;
    QString error;
  };
  HistoryStore *store = m_store.get();
  auto *watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
    watcher->deleteLater();
    m_jobs.removeIf([](const QFuture<void> &job) { return job.isFinished(); });
    const Outcome outcome = watcher->result();
    Q_EMIT importFinished(outcome.id, outcome.error);
  });
  // The store's writes are safe from any thread but its writer's; its signals reach the window
  // queued.
  const QFuture<Outcome> future = QtConcurrent::run([store, filePath] {
    auto id = ConversationExporter::importJson(*store, filePath);
    return id ? Outcome{*id, {}} : Outcome{0, id.error()};
  });
  m_jobs.append(QFuture<void>(future));
  watcher->setFuture(future);
}

} // namespace mdi
