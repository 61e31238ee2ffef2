#pragma once

#include "engine/loadprogress.h"
#include "peers/peerroster.h"
#include "util/expected.h"

#include <QFuture>
#include <QList>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;

namespace mdi {

class ApiServer;
class AppSettings;
class ChatController;
class ChatView;
class Composer;
class ConversationSidebar;
class Engine;
class HistoryStore;
class LoadProgressBar;
class ModelPrompt;
class NoticeBanner;
class PeerRoster;
class PeersPanel;
struct Attachment;
struct EngineModelInfo;

// The application window over one profile folder (history, images, settings.ini): conversations
// on the left, the chat in the middle with the composer below it, menus, a status bar (model,
// plan, speed, context), the Peers panel as a dock (View > Peers) and a banner for what happens
// on its own (a peer lost). Images can be dropped anywhere on the window. It owns the
// Engine, the HistoryStore and the ChatController that ties them together; it holds no
// inference state of its own and never waits for the engine.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  struct Options {
    bool loadModel = true; // load the model of the settings at start
    bool discovery = true; // listen for peers on the LAN (the Peers panel)
    PeerRoster::DiscoveryOptions discoveryOptions;
    // Makes the links to layers on peers (remote::RemoteStageLinkFactory, from the program's
    // main()); null: the window cannot use peers.
    std::shared_ptr<StageLinkFactory> peerLinks;
  };

  // Opens (or creates) the profile in dataDir; fails when the history cannot be opened.
  static Expected<std::unique_ptr<MainWindow>> open(const QString &dataDir, const Options &options);
  static Expected<std::unique_ptr<MainWindow>> open(const QString &dataDir) { return open(dataDir, Options()); }
  static QString settingsFile(const QString &dataDir);
  ~MainWindow() override;

  ConversationSidebar *sidebar() const { return m_sidebar; }
  ChatView *chatView() const { return m_chat; }
  Composer *composer() const { return m_composer; }
  ModelPrompt *modelPrompt() const { return m_modelPrompt; }
  PeersPanel *peersPanel() const { return m_peersPanel; }
  PeerRoster &peerRoster() const { return *m_roster; }
  NoticeBanner *noticeBanner() const { return m_notice; }
  ChatController *controller() const { return m_controller.get(); }
  HistoryStore &store() const { return *m_store; }
  // The local API server while Settings > Local API has it on and it listens; else null.
  ApiServer *apiServer() const { return m_apiServer.get(); }
  AppSettings &settings() const { return *m_settings; }
  Engine &engine() const { return *m_engine; }
  QString dataDirectory() const { return m_dataDir; }

  void setModelStatus(const QString &text);
  // The status bar at once (the screenshot's demo conversation has no model behind it).
  void setStatusTexts(const QString &model, const QString &plan, const QString &speed, const QString &context);

  // Loads the model named in the settings with their dtype, threads and image size, and the
  // layer placement of the Peers panel (after waiting briefly for the peers in use to be found).
  void loadModel();
  void newConversation();
  void openConversation(qint64 id);
  void refreshConversations();
  Status renameConversation(qint64 id, const QString &title);
  Status deleteConversation(qint64 id);
  Status exportConversation(qint64 id, const QString &filePath, bool json);
  // Reads the file and stores the conversation on the thread pool (a file may hold up to 256 MB
  // of images) and returns at once; importFinished follows on this thread, the new conversation
  // opened or the error shown.
  void importConversation(const QString &filePath);
  // Shows the settings; OK applies them (language and theme at once, model reload when its
  // settings changed).
  void openSettings();
  void applySettings();

Q_SIGNALS:
  // After importConversation: the new conversation's id, or 0 and why not.
  void importFinished(qint64 conversationId, const QString &error);

protected:
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dragMoveEvent(QDragMoveEvent *event) override;
  void dropEvent(QDropEvent *event) override;
  void closeEvent(QCloseEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  // What the status bar shows, kept so that it can be shown again in another language.
  enum class ModelStatus { None, Loading, Loaded };

  void retranslateUi();
  void showModelStatus();
  void showSpeed();
  void showContext();
  MainWindow(const QString &dataDir, std::unique_ptr<QSettings> qsettings, std::unique_ptr<HistoryStore> store,
             std::shared_ptr<StageLinkFactory> peerLinks);
  void createMenus();
  void connectSignals();
  void chooseModelFolder();
  // The model manager (find, add, download); loads the model it returns.
  void openModelManager();
  void startModelLoad();
  void onModelLoaded(const EngineModelInfo &info);
  void updatePlanLabel();
  void onLoadFailed(const QString &error);
  void onLoadProgress(const LoadProgress &progress);
  void onSendRequested(const QString &text, const QList<Attachment> &images);
  void onBusyChanged(qint64 conversationId, bool busy);
  void showEntries();
  void confirmDelete(qint64 id);
  void exportWithDialog(qint64 id, bool json);
  void importWithDialog();
  void showError(const QString &text);
  void setTheme(const QString &theme);
  QString modelLoadKey() const;
  // Starts, restarts (port or key changed) or stops the local API as the settings say.
  void applyLocalApi();

  QString m_dataDir;
  std::unique_ptr<QSettings> m_qsettings;
  std::unique_ptr<AppSettings> m_settings;
  std::unique_ptr<HistoryStore> m_store;
  std::unique_ptr<Engine> m_engine;
  std::unique_ptr<PeerRoster> m_roster;         // the Peers panel shows it; loads take their placement from it
  std::unique_ptr<ApiServer> m_apiServer;       // before the engine it serves from
  std::unique_ptr<ChatController> m_controller; // declared last: destroyed first

  ConversationSidebar *m_sidebar;
  ModelPrompt *m_modelPrompt;
  NoticeBanner *m_notice;
  PeersPanel *m_peersPanel;
  ChatView *m_chat;
  Composer *m_composer;
  QSplitter *m_splitter;
  QLabel *m_modelLabel;
  QLabel *m_planLabel;
  QLabel *m_speedLabel;
  QLabel *m_contextLabel;
  LoadProgressBar *m_loadBar = nullptr; // shown while a model loads
  QList<QAction *> m_themeActions;
  QMenu *m_fileMenu = nullptr;
  QMenu *m_editMenu = nullptr;
  QMenu *m_conversationMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_themeMenu = nullptr;
  QMenu *m_helpMenu = nullptr;
  QAction *m_newChatAction = nullptr;
  QAction *m_importAction = nullptr;
  QAction *m_modelsAction = nullptr;
  QAction *m_settingsAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_findAction = nullptr;
  QAction *m_attachAction = nullptr;
  QAction *m_focusInputAction = nullptr;
  QAction *m_stopAction = nullptr;
  QAction *m_regenerateAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QTimer m_refreshTimer;
  QList<QFuture<void>> m_imports; // in flight; they use m_store, so the destructor waits
  QString m_loadedKey;
  QString m_language; // the language setting installed ("" = the system's)
  ModelStatus m_modelStatus = ModelStatus::None;
  QString m_loadingDirectory;
  QString m_modelNotice;                      // the composer's notice of a send refused for want of a model
  std::optional<LoadProgress> m_loadProgress; // the latest of the load in progress
  double m_tokensPerSecond = -1;              // < 0: none yet
  qint64 m_contextUsed = 0;
  qint64 m_contextSize = 0;
};

} // namespace mdi
