#include "mainwindow.h"

#include "capture/screencapture.h"
#include "chat/chatcontroller.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/composereditor.h"
#include "chat/conversationactions.h"
#include "chat/conversationsidebar.h"
#include "chat/imageviewerdialog.h"
#include "chat/messagewidget.h"
#include "common/icons.h"
#include "common/noticebanner.h"
#include "common/shortcutsdialog.h"
#include "common/statuslabel.h"
#include "common/theme.h"
#include "context/appcontext.h"
#include "engine/engine.h"
#include "markdown/searchhighlight.h"
#include "mdiversion.h"
#include "models/loadprogressbar.h"
#include "models/modelmanagerdialog.h"
#include "models/modelprompt.h"
#include "models/resourceline.h"
#include "peers/peerspanel.h"
#include "settings/settingsdialog.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mdi {

MainWindow::MainWindow(AppContext &context, QWidget *parent) :
    QMainWindow(parent), m_context(context), m_settings(context.settings()), m_controller(context.controller()),
    m_sidebar(new ConversationSidebar), m_modelPrompt(new ModelPrompt), m_notice(new NoticeBanner),
    m_undoNotice(new NoticeBanner), m_peersPanel(new PeersPanel(context.engine(), context.peerRoster(), this)),
    m_chat(new ChatView), m_composer(new Composer), m_splitter(new QSplitter(Qt::Horizontal, this)),
    m_modelLabel(new StatusLabel(this)), m_planLabel(new StatusLabel(this)), m_speedLabel(new StatusLabel(this)),
    m_contextLabel(new StatusLabel(this)), m_apiLabel(new StatusLabel(this)), m_messageLabel(new StatusLabel(this)) {
  Icons::initResources();
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(Icons::appIcon());
  setAcceptDrops(true);
  Theme::apply(m_settings.value(AppSettings::Theme));
  m_composer->setImageStore(&m_context.store().images());

  auto *centre = new QWidget;
  centre->setObjectName(QStringLiteral("chatArea"));
  auto *centreLayout = new QVBoxLayout(centre);
  centreLayout->setContentsMargins(0, 0, 0, 0);
  centreLayout->setSpacing(0);
  // The notice and the composer keep to the chat's reading width, centred like it.
  auto centred = [](QWidget *widget, const QMargins &margins) {
    auto *row = new QHBoxLayout;
    row->setContentsMargins(margins);
    row->addStretch(1);
    row->addWidget(widget, 100);
    row->addStretch(1);
    widget->setMaximumWidth(ChatView::kColumnWidth);
    return row;
  };
  centreLayout->addLayout(centred(m_notice, QMargins(0, 12, 0, 0)));
  centreLayout->addLayout(centred(m_modelPrompt, QMargins(0, 12, 0, 0)));
  centreLayout->addWidget(m_chat, 1);
  m_undoNotice->setObjectName(QStringLiteral("undoNotice"));
  centreLayout->addLayout(centred(m_undoNotice, QMargins(0, 4, 0, 4)));
  centreLayout->addLayout(centred(m_composer, QMargins(0, 0, 0, 4)));

  m_splitter->addWidget(m_sidebar);
  m_splitter->addWidget(centre);
  m_splitter->setStretchFactor(0, 0);
  m_splitter->setStretchFactor(1, 1);
  m_splitter->setSizes({250, 850});
  m_splitter->setChildrenCollapsible(false);
  setCentralWidget(m_splitter);
  addDockWidget(Qt::RightDockWidgetArea, m_peersPanel);
  m_peersPanel->hide();

  m_modelLabel->setObjectName(QStringLiteral("modelStatus"));
  m_planLabel->setObjectName(QStringLiteral("planStatus"));
  m_speedLabel->setObjectName(QStringLiteral("speedStatus"));
  m_contextLabel->setObjectName(QStringLiteral("contextStatus"));
  m_apiLabel->setObjectName(QStringLiteral("apiStatus"));
  m_messageLabel->setObjectName(QStringLiteral("messageStatus"));
  // Every item has its own place, elides what does not fit (the whole text in its tooltip) and
  // is set off from the one before it; passing messages have an item of their own instead of
  // QStatusBar::showMessage, which other items could be drawn over.
  m_modelLabel->setSeparator(false);
  statusBar()->addWidget(m_modelLabel, 2);
  m_loadBar = new LoadProgressBar;
  m_loadBar->setObjectName(QStringLiteral("loadProgress"));
  m_loadBar->setMaximumWidth(160);
  // QStatusBar sizes itself by every item, hidden ones too: no taller than a line of text.
  m_loadBar->setMaximumHeight(fontMetrics().height());
  m_loadBar->setTextVisible(false);
  m_loadBar->hide();
  statusBar()->addWidget(m_loadBar);
  statusBar()->addWidget(m_messageLabel, 3);
  statusBar()->addPermanentWidget(m_planLabel);
  statusBar()->addPermanentWidget(m_speedLabel);
  statusBar()->addPermanentWidget(m_contextLabel);
  // Memory, threads, speed and where the layers run, in words (its own widget).
  statusBar()->addPermanentWidget(new ResourceLine(m_context.engine(), m_controller, m_settings, this));
  statusBar()->addPermanentWidget(m_apiLabel);
  m_messageTimer.setSingleShot(true);
  connect(&m_messageTimer, &QTimer::timeout, m_messageLabel, &StatusLabel::clear);

  createMenus();
  retranslateUi();
  connectSignals();
  refreshConversations();
  reopenLastConversation();
  onModelStateChanged(); // the context may have started a load already

  resize(1180, 780);
  if (!restoreGeometry(m_settings.value(AppSettings::WindowGeometry)))
    resize(1180, 780);
  restoreState(m_settings.value(AppSettings::WindowState)); // the Peers panel's place and visibility
  m_composer->editor()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setModelStatus(const QString &text) {
  m_modelLabel->setText(text);
}

void MainWindow::setStatusTexts(const QString &model, const QString &plan, const QString &speed,
                                const QString &context) {
  m_modelLabel->setText(model);
  m_planLabel->setText(plan);
  m_speedLabel->setText(speed);
  m_contextLabel->setText(context);
}

// Menus and actions are made here without texts; retranslateUi() gives them theirs.
void MainWindow::createMenus() {
  QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
  QAction *newChat = m_newChatAction =
      file->addAction(Icons::icon(QStringLiteral("new-chat")), QString(), this, &MainWindow::newConversation);
  newChat->setObjectName(QStringLiteral("newChatAction"));
  newChat->setShortcut(QKeySequence::New);
  file->addSeparator();
  QAction *import = m_importAction =
      file->addAction(Icons::icon(QStringLiteral("import")), QString(), this, &MainWindow::importWithDialog);
  import->setObjectName(QStringLiteral("importAction"));
  import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
  file->addAction(m_sidebar->exportMarkdownAction());
  m_sidebar->exportMarkdownAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  file->addAction(m_sidebar->exportJsonAction());
  file->addSeparator();
  QAction *models = m_modelsAction = file->addAction(QString(), this, &MainWindow::openModelManager);
  models->setObjectName(QStringLiteral("modelManagerAction"));
  QAction *settings = m_settingsAction =
      file->addAction(Icons::icon(QStringLiteral("settings")), QString(), this, &MainWindow::openSettings);
  settings->setObjectName(QStringLiteral("settingsAction"));
  settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
  settings->setMenuRole(QAction::PreferencesRole);
  file->addSeparator();
  QAction *quit = m_quitAction = file->addAction(QString(), this, &QWidget::close);
  quit->setObjectName(QStringLiteral("quitAction"));
  quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
  quit->setMenuRole(QAction::QuitRole);

  QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
  QAction *find = m_findAction = edit->addAction(Icons::icon(QStringLiteral("search")), QString(), this, [this] {
    m_sidebar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_sidebar->searchField()->selectAll();
  });
  find->setObjectName(QStringLiteral("findAction"));
  find->setShortcut(QKeySequence::Find);
  QAction *attach = m_attachAction =
      edit->addAction(Icons::icon(QStringLiteral("attach")), QString(), m_composer, &Composer::chooseImages);
  attach->setObjectName(QStringLiteral("attachAction"));
  attach->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
  // Capture Screen Region: its own object and action; the picture joins the composer's images.
  auto *capture = new ScreenCapture(this);
  edit->addAction(capture->action());
  m_composer->addToolButton(capture->action());
  connect(capture, &ScreenCapture::captured, m_composer,
          [this](const QImage &image) { m_composer->addImage(image, QStringLiteral("screen-region.png")); });
  connect(capture, &ScreenCapture::failed, this, &MainWindow::showError);
  QAction *focusInput = m_focusInputAction =
      edit->addAction(QString(), this, [this] { m_composer->editor()->setFocus(Qt::ShortcutFocusReason); });
  focusInput->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  edit->addSeparator();
  QAction *stop = m_stopAction = edit->addAction(Icons::icon(QStringLiteral("stop")), QString(), this,
                                                 [this] { m_controller.stop(m_controller.currentConversation()); });
  stop->setObjectName(QStringLiteral("stopAction"));
  stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
  QAction *regenerate = m_regenerateAction =
      edit->addAction(Icons::icon(QStringLiteral("regenerate")), QString(), this, [this] {
        // The last answer again, or an answer to a question left without one.
        if (MessageWidget *last = m_chat->lastMessage()) {
          if (Status s = m_controller.regenerate(last->messageId()); !s)
            showError(s.error());
        }
      });
  regenerate->setObjectName(QStringLiteral("regenerateAction"));
  regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

  QMenu *conversation = m_conversationMenu = menuBar()->addMenu(QString());
  // Sampling and system prompt, Continue and Fork: their own object, which keeps them up to date.
  auto *conversationActions = new ConversationActions(m_controller, this);
  conversation->addAction(conversationActions->settingsAction());
  conversation->addAction(conversationActions->continueAction());
  conversation->addAction(conversationActions->forkAction());
  conversation->addSeparator();
  connect(conversationActions, &ConversationActions::errorOccurred, this, &MainWindow::showError);
  connect(m_chat, &ChatView::continueRequested, conversationActions, &ConversationActions::continueAnswer);
  connect(m_chat, &ChatView::forkRequested, conversationActions, &ConversationActions::fork);
  conversation->addAction(m_sidebar->pinAction());
  conversation->addAction(m_sidebar->renameAction());
  conversation->addAction(m_sidebar->exportMarkdownAction());
  conversation->addAction(m_sidebar->exportJsonAction());
  conversation->addSeparator();
  conversation->addAction(m_sidebar->deleteAction());

  QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
  QAction *peers = m_peersPanel->toggleViewAction();
  peers->setObjectName(QStringLiteral("peersAction"));
  peers->setIcon(Icons::icon(QStringLiteral("peers")));
  peers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
  view->addAction(peers);
  view->addSeparator();
  QMenu *theme = m_themeMenu = view->addMenu(QString());
  auto *themes = new QActionGroup(this);
  for (const QString &key : {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}) {
    QAction *a = theme->addAction(QString());
    a->setCheckable(true);
    a->setData(key);
    a->setChecked(m_settings.value(AppSettings::Theme) == key);
    themes->addAction(a);
    m_themeActions.append(a);
    connect(a, &QAction::triggered, this, [this, key] { m_settings.setValue(AppSettings::Theme, key); });
  }

  QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
  m_shortcutsAction = help->addAction(QString(), this, [this] {
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
  });
  m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
  m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
  QAction *about = m_aboutAction = help->addAction(QString(), this, [this] {
    QMessageBox box(this);
    box.setWindowTitle(tr("About MDI Chat"));
    box.setIconPixmap(Icons::appIcon().pixmap(64, 64));
    box.setText(
        tr("<b>MDI Chat %1</b><p>Local multimodal chat with Qwen2-VL, "
           "distributed over the machines on your network.</p>")
            .arg(QStringLiteral(MDI_VERSION_STRING)) +
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(QStringLiteral(MDI_COPYRIGHT),
                 tr("Released under the %1 License.")
                     .arg(QStringLiteral("<a href=\"" MDI_PROJECT_URL "/blob/main/LICENSE\">" MDI_LICENSE "</a>"))));
    box.setTextFormat(Qt::RichText);
    box.exec();
  });
  about->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi() {
  setWindowTitle(tr("MDI Chat"));
  showUndoNotice();
  m_fileMenu->setTitle(tr("&File"));
  m_newChatAction->setText(tr("&New Chat"));
  m_importAction->setText(tr("&Import Conversation…"));
  m_modelsAction->setText(tr("&Models…"));
  m_settingsAction->setText(tr("&Settings…"));
  m_quitAction->setText(tr("&Quit"));
  m_editMenu->setTitle(tr("&Edit"));
  m_findAction->setText(tr("&Find…"));
  m_attachAction->setText(tr("&Attach Images…"));
  m_focusInputAction->setText(tr("Go to &Message"));
  m_stopAction->setText(tr("S&top Generating"));
  m_regenerateAction->setText(tr("&Regenerate Last Answer"));
  m_conversationMenu->setTitle(tr("&Conversation"));
  m_viewMenu->setTitle(tr("&View"));
  m_themeMenu->setTitle(tr("&Theme"));
  for (QAction *a : std::as_const(m_themeActions)) {
    const QString key = a->data().toString();
    a->setText(key == QLatin1String("light")  ? tr("&Light")
               : key == QLatin1String("dark") ? tr("&Dark")
                                              : tr("&System"));
  }
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About MDI Chat"));
  m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));

  m_modelLabel->setAccessibleName(tr("Model"));
  m_planLabel->setAccessibleName(tr("Plan"));
  m_speedLabel->setAccessibleName(tr("Speed"));
  m_contextLabel->setAccessibleName(tr("Context used"));
  m_loadBar->setAccessibleName(tr("Loading progress"));
  showApiStatus();
  showModelStatus();
  showSpeed();
  showContext();
}

void MainWindow::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::showSpeed() {
  m_speedLabel->setText(m_tokensPerSecond < 0 ? QString()
                                              : tr("%1 tokens/s").arg(QLocale().toString(m_tokensPerSecond, 'f', 1)));
}

void MainWindow::showContext() {
  const QLocale locale;
  m_contextLabel->setText(
      m_contextSize > 0 && m_contextUsed > 0
          ? tr("Context %1 / %2").arg(locale.toString(m_contextUsed), locale.toString(m_contextSize))
          : QString());
  m_contextLabel->setDetails(tr("Tokens of the model's context this conversation uses"));
}

void MainWindow::connectSignals() {
  connect(m_sidebar, &ConversationSidebar::newConversationRequested, this, &MainWindow::newConversation);
  connect(m_sidebar, &ConversationSidebar::conversationActivated, this, &MainWindow::openConversation);
  connect(m_sidebar, &ConversationSidebar::searchChanged, this, &MainWindow::refreshConversations);
  connect(m_sidebar, &ConversationSidebar::renameRequested, this, [this](qint64 id, const QString &title) {
    if (Status s = m_context.renameConversation(id, title); !s) {
      showError(s.error());
      refreshConversations();
    }
  });
  connect(m_sidebar, &ConversationSidebar::deleteRequested, this, &MainWindow::confirmDelete);
  connect(m_sidebar, &ConversationSidebar::pinRequested, this, [this](qint64 id, bool pinned) {
    if (Status s = m_context.store().setPinned(id, pinned); !s)
      showError(s.error());
  });
  connect(m_sidebar, &ConversationSidebar::exportRequested, this, &MainWindow::exportWithDialog);
  // Coalesced and deferred: a rename committed from the list's own editor must not rebuild the
  // list under it.
  m_refreshTimer.setSingleShot(true);
  m_refreshTimer.setInterval(0);
  connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshConversations);
  connect(&m_context.store(), &HistoryStore::conversationsChanged, &m_refreshTimer, qOverload<>(&QTimer::start));

  connect(m_composer, &Composer::sendRequested, this, &MainWindow::onSendRequested);
  connect(m_composer, &Composer::stopRequested, this,
          [this] { m_controller.stop(m_controller.currentConversation()); });

  ChatController *c = &m_controller;
  connect(c, &ChatController::entriesChanged, this, &MainWindow::showEntries);
  connect(c, &ChatController::streamingTextChanged, m_chat, &ChatView::setStreamingText);
  connect(c, &ChatController::currentConversationChanged, this, [this](qint64 id) {
    m_sidebar->setCurrent(id);
    m_settings.setValue(AppSettings::LastConversation, id); // reopened at the next start
    m_composer->setGenerating(m_controller.isGenerating(id));
    m_chat->setBusy(m_controller.isGenerating(id));
    updateAnswerActions();
  });
  connect(c, &ChatController::busyChanged, this, &MainWindow::onBusyChanged);
  connect(c, &ChatController::speedChanged, this, [this](double tokensPerSecond) {
    m_tokensPerSecond = tokensPerSecond;
    showSpeed();
  });
  connect(c, &ChatController::contextChanged, this, [this](qint64 used, qint64 size) {
    m_contextUsed = used;
    m_contextSize = size;
    showContext();
  });
  connect(c, &ChatController::generationFailed, this,
          [this](qint64, const QString &error) { showStatusMessage(tr("The answer failed: %1").arg(error)); });
  connect(c, &ChatController::saveFailed, this, [this](qint64, const QString &error) { showError(error); });
  updateAnswerActions();

  connect(m_chat, &ChatView::regenerateRequested, this, [this](qint64 id) {
    if (Status s = m_controller.regenerate(id); !s)
      showError(s.error());
  });
  connect(m_chat, &ChatView::editSubmitted, this, [this](qint64 id, const QString &text) {
    if (Status s = m_controller.editAndResend(id, text); !s)
      showError(s.error());
    // The editor that had focus is gone with the old message: typing goes to the composer, not
    // to whatever comes next in the focus chain (the sidebar's search).
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
  });
  // The trash button deletes after a moment in which the notice offers to undo it.
  connect(m_chat, &ChatView::deleteRequested, this, [this](qint64 id) {
    if (Status s = m_controller.deleteMessageWithUndo(id); !s)
      showError(s.error());
  });
  connect(c, &ChatController::pendingDeleteChanged, this, &MainWindow::showUndoNotice);
  connect(m_undoNotice, &NoticeBanner::actionTriggered, c, &ChatController::undoDelete);
  // Dismissing the notice makes the deletion now.
  connect(m_undoNotice->closeButton(), &QToolButton::clicked, c, &ChatController::commitDelete);
  connect(m_chat, &ChatView::siblingRequested, this, [this](qint64 id, int delta) {
    if (Status s = m_controller.switchSibling(id, delta); !s)
      showError(s.error());
  });
  connect(m_chat, &ChatView::imageOpenRequested, this, [this](const QString &path, const QString &name) {
    auto *viewer = new ImageViewerDialog(path, name, this);
    viewer->open();
  });

  connect(m_modelPrompt, &ModelPrompt::chooseFolderRequested, this, &MainWindow::openModelManager);
  connect(&m_context, &AppContext::modelStateChanged, this, &MainWindow::onModelStateChanged);
  connect(&m_context, &AppContext::modelLoadFailed, this, &MainWindow::onLoadFailed);
  connect(&m_context, &AppContext::peersUnavailable, this,
          [this](const QString &message) { m_notice->showWarning(message); });
  connect(&m_context.engine(), &Engine::loadProgress, this, &MainWindow::onLoadProgress);
  connect(&m_context, &AppContext::localApiStarted, this, [this](const QString &url) {
    m_apiUrl = url;
    showApiStatus();
  });
  connect(&m_context, &AppContext::localApiStopped, this, &MainWindow::showApiStatus);
  connect(&m_context, &AppContext::localApiFailed, this, [this](const QString &error) {
    showApiStatus();
    showError(error);
  });
  connect(&m_context, &AppContext::exportFinished, this, [this](const QString &file, const QString &error) {
    if (!error.isEmpty())
      showError(error);
    else
      showStatusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 8000);
  });
  connect(&m_context, &AppContext::importFinished, this, [this](qint64 id, const QString &error) {
    if (id != 0)
      openConversation(id);
    else
      showError(error);
  });
  m_settings.onChanged(AppSettings::Theme, this, [this] { showTheme(); });
  // Not modal: the answers in progress continue on this computer.
  connect(&m_context.engine(), &Engine::peerLost, this, [this](const QString &message) {
    m_notice->showWarning(message);
    showStatusMessage(message);
  });
  connect(m_peersPanel, &PeersPanel::planChanged, this, &MainWindow::updatePlanLabel);
  connect(m_peersPanel, &PeersPanel::reloadRequested, &m_context, &AppContext::loadModel);
  // A PDF's pages must fit in the loaded model's context.
  connect(&m_context.engine(), &Engine::modelLoaded, m_composer, [this](const EngineModelInfo &info) {
    m_composer->setContextTokens(info.contextTokens);
    m_composer->setMaxImagePixels(info.maxImagePixels > 0 ? info.maxImagePixels
                                  : info.config           ? info.config->preprocessor.maxPixels
                                                          : 0);
  });
}

void MainWindow::onModelStateChanged() {
  switch (m_context.modelState()) {
  case AppContext::ModelState::None:
    m_planLabel->clear();
    // A failed load says why (modelLoadFailed follows); without a model chosen, how to choose one.
    if (m_settings.value(AppSettings::ModelDirectory).isEmpty())
      m_modelPrompt->showNoModel();
    m_modelPrompt->show();
    break;
  case AppContext::ModelState::Loading:
    m_loadProgress.reset();
    m_planLabel->clear();
    m_modelPrompt->showLoading(m_context.loadingDirectory());
    m_modelPrompt->show();
    break;
  case AppContext::ModelState::Loaded:
    m_modelPrompt->hide();
    if (!m_modelNotice.isEmpty() && m_composer->notice() == m_modelNotice)
      m_composer->clearNotice();
    m_modelNotice.clear();
    break;
  }
  showModelStatus();
}

void MainWindow::showModelStatus() {
  switch (m_context.modelState()) {
  case AppContext::ModelState::None:
    m_modelLabel->setText(tr("No model loaded"));
    m_modelLabel->setDetails(QString());
    break;
  case AppContext::ModelState::Loading:
    // The step the engine reports (text() is made here, so it follows a change of language).
    m_modelLabel->setText(m_loadProgress ? m_loadProgress->text()
                                         : tr("Loading %1…").arg(QFileInfo(m_context.loadingDirectory()).fileName()));
    m_modelLabel->setDetails(QDir::toNativeSeparators(m_context.loadingDirectory()));
    break;
  case AppContext::ModelState::Loaded: {
    const EngineModelInfo &info = m_context.engine().modelInfo();
    const QLocale locale;
    const QString layers = tr("%n layer(s)", nullptr, info.layers);
    m_modelLabel->setText(tr("%1 · %2 · %3").arg(QFileInfo(info.directory).fileName(), info.dtype, layers));
    // What the precision is and why (the engine's reason, e.g. why "auto" chose 8-bit).
    m_modelLabel->setDetails(tr("%1\n%2 of weights, loaded in %3 s\n%4")
                                 .arg(QDir::toNativeSeparators(info.directory),
                                      locale.formattedDataSize(info.weightBytes),
                                      locale.toString(info.loadMs / 1000.0, 'f', 1), info.precisionReason));
    updatePlanLabel();
    m_planLabel->setDetails(tr("Which host runs which decoder layers (View > Peers)"));
    break;
  }
  }
  const bool loading = m_context.modelState() == AppContext::ModelState::Loading;
  const double fraction = loading && m_loadProgress ? m_loadProgress->fraction() : -1;
  m_loadBar->showLoad(loading, fraction);
}

void MainWindow::updatePlanLabel() {
  if (m_context.engine().state() != Engine::State::Ready)
    return;
  if (!m_peersPanel->shownPlan().stages.isEmpty()) {
    m_planLabel->setText(m_peersPanel->planSummary());
    return;
  }
  const EngineModelInfo &info = m_context.engine().modelInfo();
  QString plan = info.plan;
  plan.replace(QLatin1Char('-'), QChar(0x2013));
  plan.replace(QLatin1Char(','), QStringLiteral(", "));
  m_planLabel->setText(info.stages <= 1 ? tr("Layers %1 on this computer").arg(plan)
                                        : tr("Layers %1 in %n local stage(s)", nullptr, info.stages).arg(plan));
}

void MainWindow::onLoadProgress(const LoadProgress &progress) {
  if (m_context.modelState() != AppContext::ModelState::Loading)
    return;
  m_loadProgress = progress;
  showModelStatus();
}

void MainWindow::onLoadFailed(const QString &error) {
  m_planLabel->clear();
  m_modelPrompt->showFailed(error);
  m_modelPrompt->show();
}

void MainWindow::openModelManager() {
  ModelManagerDialog dialog(m_settings, this);
  if (dialog.exec() != QDialog::Accepted || dialog.selectedDirectory().isEmpty())
    return;
  m_settings.setValue(AppSettings::ModelDirectory, dialog.selectedDirectory());
  m_settings.sync();
  m_context.loadModel();
}

void MainWindow::newConversation() {
  m_controller.openConversation(0);
  m_sidebar->setCurrent(0);
  m_composer->clear();
  m_composer->editor()->setFocus();
}

void MainWindow::reopenLastConversation() {
  const qint64 last = m_settings.value(AppSettings::LastConversation);
  if (last == 0)
    return;
  // Deleted since (or the history was replaced): start with a new chat, and forget it.
  if (!m_context.store().conversation(last)) {
    m_settings.setValue(AppSettings::LastConversation, 0);
    return;
  }
  openConversation(last);
}

void MainWindow::openConversation(qint64 id) {
  m_revealMessage = 0;
  m_controller.openConversation(id);
  // From the search: the best matching message, in its branch, scrolled to and marked.
  const QString query = m_sidebar->searchField()->text().trimmed();
  const QList<qint64> hits = query.isEmpty() ? QList<qint64>() : m_context.store().searchMessages(id, query);
  if (hits.isEmpty())
    return; // no search, or the title matched
  m_revealMessage = hits.first();
  m_revealTerms = SearchHighlight::terms(query);
  if (Status s = m_controller.showBranchOf(m_revealMessage); !s) {
    m_revealMessage = 0;
    showError(s.error());
    return;
  }
  revealSearchMatch(); // already on show; else when the branch has switched
}

void MainWindow::revealSearchMatch() {
  if (m_revealMessage == 0 || !m_chat->messageWidget(m_revealMessage))
    return;
  m_chat->revealMessage(std::exchange(m_revealMessage, 0), m_revealTerms);
}

void MainWindow::refreshConversations() {
  const QString query = m_sidebar->searchField()->text().trimmed();
  QList<Conversation> all = m_context.store().conversations();
  if (query.isEmpty()) {
    m_sidebar->setConversations(all, m_controller.currentConversation());
    m_sidebar->setSearchActive(false, int(all.size()));
    return;
  }
  const QList<qint64> ids = m_context.store().search(query);
  QHash<qint64, Conversation> byId;
  for (const Conversation &c : all)
    byId.insert(c.id, c);
  QList<Conversation> found;
  for (qint64 id : ids) {
    if (byId.contains(id))
      found.append(byId.value(id));
  }
  m_sidebar->setConversations(found, m_controller.currentConversation(), false); // by relevance
  m_sidebar->setSearchActive(true, int(found.size()));
}

void MainWindow::confirmDelete(qint64 id) {
  auto conversation = m_context.store().conversation(id);
  if (!conversation)
    return;
  const auto answer = QMessageBox::question(
      this, tr("Delete Conversation"),
      tr("Delete \"%1\" with all its messages and images? This cannot be undone.").arg(conversation->title),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer != QMessageBox::Yes)
    return;
  if (Status s = m_context.deleteConversation(id); !s)
    showError(s.error());
}

void MainWindow::exportWithDialog(qint64 id, bool json) {
  auto conversation = m_context.store().conversation(id);
  if (!conversation)
    return;
  QString base = conversation->title;
  base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+")), QStringLiteral(" "));
  base = base.simplified();
  if (base.isEmpty())
    base = tr("conversation");
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  const QString suggested = QDir(folder).filePath(base + (json ? QStringLiteral(".json") : QStringLiteral(".md")));
  const QString file =
      QFileDialog::getSaveFileName(this, json ? tr("Export as JSON") : tr("Export as Markdown"), suggested,
                                   json ? tr("MDI Chat conversation (*.json)") : tr("Markdown (*.md)"));
  if (file.isEmpty())
    return;
  m_context.exportConversationInBackground(id, file, json); // exportFinished says how it went
}

void MainWindow::importWithDialog() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Import Conversation"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("MDI Chat conversation (*.json);;All files (*)"));
  if (file.isEmpty())
    return;
  m_context.importConversation(file);
}

void MainWindow::openSettings() {
  SettingsDialog dialog(m_settings, this);
  if (dialog.exec() == QDialog::Accepted)
    m_context.applySettings();
}

void MainWindow::showTheme() {
  const QString theme = m_settings.value(AppSettings::Theme);
  for (QAction *a : std::as_const(m_themeActions))
    a->setChecked(a->data().toString() == theme);
  Theme::apply(theme);
}

void MainWindow::onSendRequested(const QString &text, const QList<Attachment> &images) {
  if (Status s = m_controller.send(text, images); !s) {
    m_composer->showNotice(s.error());
    // Refused for want of a model: the notice is out of date once one is loaded.
    m_modelNotice = m_context.engine().state() != Engine::State::Ready ? s.error() : QString();
    return;
  }
  m_composer->clear();
  m_chat->scrollToBottom();
}

void MainWindow::onBusyChanged(qint64 conversationId, bool busy) {
  m_sidebar->setGenerating(conversationId, busy); // the marker, on any conversation
  if (conversationId != m_controller.currentConversation())
    return;
  m_composer->setGenerating(busy);
  m_chat->setBusy(busy);
  updateAnswerActions();
}

void MainWindow::showEntries() {
  m_chat->setEntries(m_controller.entries());
  updateAnswerActions();
  revealSearchMatch();
}

void MainWindow::updateAnswerActions() {
  // Stop only while this conversation answers; Regenerate when its last message is an answer or
  // a question left without one, and nothing is being written.
  const bool generating = m_controller.isGenerating();
  const QList<ChatEntry> entries = m_controller.entries();
  const bool answerable = !entries.isEmpty() && (entries.last().message.role == QLatin1String("assistant") ||
                                                 entries.last().message.role == QLatin1String("user"));
  m_stopAction->setEnabled(generating);
  m_regenerateAction->setEnabled(!generating && answerable);
}

void MainWindow::showUndoNotice() {
  const qint64 id = m_controller.pendingDelete();
  const auto message = m_context.store().message(id);
  if (id == 0 || !message) {
    m_undoNotice->hide();
    return;
  }
  m_undoNotice->showAction(message->role == QLatin1String("user")
                               ? tr("Your message and what followed it were deleted.")
                               : tr("The answer was deleted, with anything that followed it."),
                           tr("&Undo"));
  m_undoNotice->actionButton()->setToolTip(
      tr("Bring the deleted messages back (for %n second(s))", nullptr, ChatController::kUndoMs / 1000));
}

void MainWindow::showStatusMessage(const QString &text, int milliseconds) {
  m_messageLabel->setText(text);
  m_messageTimer.start(milliseconds);
}

void MainWindow::showApiStatus() {
  if (!m_context.apiServer() || m_apiUrl.isEmpty()) {
    m_apiLabel->clear();
    return;
  }
  m_apiLabel->setText(tr("Local API on port %1").arg(QUrl(m_apiUrl).port()));
  m_apiLabel->setDetails(tr("OpenAI-compatible API at %1/v1 for programs on this computer").arg(m_apiUrl));
}

void MainWindow::showError(const QString &text) {
  showStatusMessage(text);
  // Window-modal but not blocking: the engine's signals keep flowing.
  auto *box = new QMessageBox(QMessageBox::Warning, tr("MDI Chat"), text, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
  if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
    event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event) {
  if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
  if (m_composer->addMimeData(event->mimeData())) {
    event->acceptProposedAction();
    m_composer->editor()->setFocus();
  }
}

void MainWindow::closeEvent(QCloseEvent *event) {
  m_settings.setValue(AppSettings::WindowGeometry, saveGeometry());
  m_settings.setValue(AppSettings::WindowState, saveState());
  m_settings.sync();
  m_controller.stopAll();
  QMainWindow::closeEvent(event);
}

} // namespace mdi
