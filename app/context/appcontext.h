#pragma once

#include "engine/engine.h"
#include "peers/peerroster.h"
#include "util/expected.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace mdi {

class ApiServer;
class AppSettings;
class ChatController;
class Engine;
class HistoryStore;
class StageLinkFactory;

// The composition root of mdi-chat over one profile folder (history, images, settings.ini): it
// owns the settings, the history and image stores, the Engine with the program's link factory,
// the peer roster, the ChatController that ties history and engine together and the local API
// server, and it runs what spans them: model loading (with the roster's placement), applying
// changed settings (a reload only when a setting the load used changed, the API restarted only
// when its settings changed), and a conversation's rename, delete, export and import. It has no
// widgets: the MainWindow shows it and reports through its signals. Everything lives on the
// thread that opened it (the GUI thread).
class AppContext : public QObject {
  Q_OBJECT
public:
  struct Options {
    bool discovery = true; // listen for peers on the LAN (the Peers panel)
    PeerRoster::DiscoveryOptions discoveryOptions;
    // Makes the links to layers on peers (remote::RemoteStageLinkFactory, from the program's
    // main()); null: the app cannot use peers.
    std::shared_ptr<StageLinkFactory> peerLinks;
  };
  // Where a model load stands (what the window's status bar and model prompt show).
  enum class ModelState { None, Loading, Loaded };
  Q_ENUM(ModelState)

  // Opens (or creates) the profile in dataDir; fails when the history cannot be opened. Nothing
  // starts yet: start() does, once the window listens to the signals.
  static Expected<std::unique_ptr<AppContext>> open(const QString &dataDir, const Options &options);
  static QString settingsFile(const QString &dataDir);
  ~AppContext() override;

  // Discovery (when the options ask for it), the model of the settings (when loadModel) and the
  // local API (when the settings have it on).
  void start(bool loadModel);

  QString dataDirectory() const { return m_dataDir; }
  AppSettings &settings() const { return *m_settings; }
  HistoryStore &store() const { return *m_store; }
  Engine &engine() const { return *m_engine; }
  PeerRoster &peerRoster() const { return *m_roster; }
  ChatController &controller() const { return *m_controller; }
  // The local API server while the settings have it on and it listens; else null.
  ApiServer *apiServer() const { return m_apiServer.get(); }

  ModelState modelState() const { return m_modelState; }
  // The folder of the load in progress or of the last load asked for.
  QString loadingDirectory() const { return m_loadingDirectory; }
  // Loads the model named in the settings with their dtype, threads and image size and the
  // roster's placement (after waiting briefly for the peers in use to be found); with no model
  // chosen, unloads. modelStateChanged follows.
  void loadModel();
  // After the settings changed (the settings dialog's OK): the language, a model reload when its
  // folder, dtype, threads or image size changed, and the local API.
  void applySettings();

  Status renameConversation(qint64 id, const QString &title);
  Status deleteConversation(qint64 id);
  Status exportConversation(qint64 id, const QString &filePath, bool json);
  // The same on the thread pool (a conversation's images are copied too), returning at once;
  // exportFinished follows on this thread.
  void exportConversationInBackground(qint64 id, const QString &filePath, bool json);
  // Reads the file and stores the conversation on the thread pool (a file may hold up to 256 MB
  // of images) and returns at once; importFinished follows on this thread.
  void importConversation(const QString &filePath);

Q_SIGNALS:
  void modelStateChanged(mdi::AppContext::ModelState state);
  // A load could not start (no placement) or failed in the engine.
  void modelLoadFailed(const QString &error);
  // Peers in use could not take their layers (away, or not found at all), so the model was loaded
  // on this computer instead; message names them and points to the Peers panel.
  void peersUnavailable(const QString &message);
  void localApiStarted(const QString &url);
  // The settings turned the local API off.
  void localApiStopped();
  void localApiFailed(const QString &error);
  // After importConversation: the new conversation's id, or 0 and why not.
  void importFinished(qint64 conversationId, const QString &error);
  // After exportConversationInBackground: the file written, or why not ("" when done).
  void exportFinished(const QString &filePath, const QString &error);

private:
  AppContext(const QString &dataDir, std::unique_ptr<QSettings> qsettings, std::unique_ptr<HistoryStore> store,
             const Options &options);
  void setModelState(ModelState state);
  void startModelLoad();
  // A load that put layers on peers failed: loads once more with every layer here (as a failover
  // does mid-answer) instead of leaving the app without a model. False when there is nothing to
  // fall back from.
  bool loadLocallyInstead(const QString &error);
  // Once a load is done: tells about the peers it had to do without.
  void reportPeersLeftOut();
  // Starts, restarts (port or key changed) or stops the local API as the settings say.
  void applyLocalApi();

  QString m_dataDir;
  Options m_options;
  std::unique_ptr<QSettings> m_qsettings;
  std::unique_ptr<AppSettings> m_settings;
  std::unique_ptr<HistoryStore> m_store;
  std::unique_ptr<Engine> m_engine;
  std::unique_ptr<PeerRoster> m_roster;
  std::unique_ptr<ApiServer> m_apiServer;       // before the engine it serves from
  std::unique_ptr<ChatController> m_controller; // declared last: destroyed first
  QList<QFuture<void>> m_jobs; // imports and exports in flight; they use m_store, so the destructor waits
  ModelState m_modelState = ModelState::None;
  QString m_loadingDirectory;
  EngineLoadOptions m_lastLoad; // what the load in progress asked the engine for
  bool m_loadUsesPeers = false; // it put layers on peers (until it is done or has failed)
  QStringList m_peersLeftOut;   // names of peers in use the load in progress goes without
  QString m_peersLeftOutReason; // why they are left out (the failed load's error), if known
  // What changed since it was last applied (set by the settings' per-key signals).
  bool m_languageChanged = false;
  bool m_reloadNeeded = false; // a setting the last load used
  bool m_apiChanged = false;   // a setting of the local API
};

} // namespace mdi
