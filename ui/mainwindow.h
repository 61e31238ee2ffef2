#pragma once

#include "engine/loadprogress.h"

#include <QList>
#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace mdi {

class AppContext;
class AppSettings;
class ChatController;
class ChatView;
class Composer;
class ConversationSidebar;
class LoadProgressBar;
class ModelPrompt;
class NoticeBanner;
class PeersPanel;
class StatusLabel;
struct Attachment;

// The application window over an AppContext (one profile): conversations on the left, the chat
// in the middle with the composer below it, menus, a status bar (model, plan, speed, context),
// the Peers panel as a dock (View > Peers) and a banner for what happens on its own (a peer lost).
// Images can be dropped anywhere on the window. It keeps only its widgets: the settings, stores,
// engine, peers, local API and model loading belong to the context (which outlives the window),
// and it never waits for the engine.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
  ~MainWindow() override;

  AppContext &context() const { return m_context; }
  ConversationSidebar *sidebar() const { return m_sidebar; }
  ChatView *chatView() const { return m_chat; }
  Composer *composer() const { return m_composer; }
  ModelPrompt *modelPrompt() const { return m_modelPrompt; }
  PeersPanel *peersPanel() const { return m_peersPanel; }
  NoticeBanner *noticeBanner() const { return m_notice; }
  // "Deleted. Undo" after the trash button of a message, above the composer.
  NoticeBanner *undoNotice() const { return m_undoNotice; }

  void setModelStatus(const QString &text);
  // The status bar at once (the screenshot's demo conversation has no model behind it).
  void setStatusTexts(const QString &model, const QString &plan, const QString &speed, const QString &context);

  void newConversation();
  void openConversation(qint64 id);
  void refreshConversations();
  // The conversation that was open when the window last closed, if it still exists.
  void reopenLastConversation();
  // Shows the settings; OK applies them (language and theme at once, model reload when its
  // settings changed).
  void openSettings();

protected:
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dragMoveEvent(QDragMoveEvent *event) override;
  void dropEvent(QDropEvent *event) override;
  void closeEvent(QCloseEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void showModelStatus();
  void showSpeed();
  void showContext();
  void createMenus();
  void connectSignals();
  // The model manager (find, add, download); loads the model it returns.
  void openModelManager();
  void onModelStateChanged();
  void updatePlanLabel();
  void onLoadFailed(const QString &error);
  void onLoadProgress(const LoadProgress &progress);
  void onSendRequested(const QString &text, const QList<Attachment> &images);
  void onBusyChanged(qint64 conversationId, bool busy);
  void showEntries();
  // Scrolls to the search match of the conversation just opened once the view shows its branch.
  void revealSearchMatch();
  void updateAnswerActions();
  void confirmDelete(qint64 id);
  void exportWithDialog(qint64 id, bool json);
  void importWithDialog();
  void showError(const QString &text);
  // A passing message in the status bar's own item (never drawn over the other items).
  void showStatusMessage(const QString &text, int milliseconds = 10000);
  // The local API's item: where it listens, hidden while it is off.
  void showApiStatus();
  // The undo notice for the controller's pending deletion (hidden when there is none).
  void showUndoNotice();
  // The theme of the settings, applied and checked in the View menu.
  void showTheme();

  AppContext &m_context;
  AppSettings &m_settings;
  ChatController &m_controller;

  ConversationSidebar *m_sidebar;
  ModelPrompt *m_modelPrompt;
  NoticeBanner *m_notice;
  NoticeBanner *m_undoNotice;
  PeersPanel *m_peersPanel;
  ChatView *m_chat;
  Composer *m_composer;
  QSplitter *m_splitter;
  StatusLabel *m_modelLabel;
  StatusLabel *m_planLabel;
  StatusLabel *m_speedLabel;
  StatusLabel *m_contextLabel;
  StatusLabel *m_apiLabel;
  StatusLabel *m_messageLabel;
  QTimer m_messageTimer;
  QString m_apiUrl;                     // where the local API listens, once it has started
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
  QAction *m_shortcutsAction = nullptr;
  QTimer m_refreshTimer;
  QString m_modelNotice;                      // the composer's notice of a send refused for want of a model
  std::optional<LoadProgress> m_loadProgress; // the latest of the load in progress
  double m_tokensPerSecond = -1;              // < 0: none yet
  qint64 m_contextUsed = 0;
  qint64 m_contextSize = 0;
  qint64 m_revealMessage = 0; // a search result's message, until the view shows it
  QStringList m_revealTerms;
};

} // namespace mdi
