#include "mainwindow.h"

#include "chatview.h"
#include "composer.h"
#include "conversationsidebar.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "mdiversion.h"

namespace mdi {

MainWindow::MainWindow(QWidget *parent) :
    QMainWindow(parent), m_sidebar(new ConversationSidebar), m_chat(new ChatView), m_composer(new Composer),
    m_splitter(new QSplitter(Qt::Horizontal, this)), m_modelLabel(new QLabel(this)), m_speedLabel(new QLabel(this)),
    m_contextLabel(new QLabel(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("MDI Chat"));

  auto *centre = new QWidget;
  auto *centreLayout = new QVBoxLayout(centre);
  centreLayout->setContentsMargins(0, 0, 0, 0);
  centreLayout->setSpacing(0);
  centreLayout->addWidget(m_chat, 1);
  centreLayout->addWidget(m_composer);

  m_splitter->addWidget(m_sidebar);
  m_splitter->addWidget(centre);
  m_splitter->setStretchFactor(0, 0);
  m_splitter->setStretchFactor(1, 1);
  m_splitter->setSizes({240, 760});
  m_splitter->setChildrenCollapsible(false);
  setCentralWidget(m_splitter);

  m_modelLabel->setObjectName(QStringLiteral("modelStatus"));
  m_speedLabel->setObjectName(QStringLiteral("speedStatus"));
  m_contextLabel->setObjectName(QStringLiteral("contextStatus"));
  statusBar()->addWidget(m_modelLabel, 1);
  statusBar()->addPermanentWidget(m_speedLabel);
  statusBar()->addPermanentWidget(m_contextLabel);
  setModelStatus(tr("No model loaded"));

  createMenus();
  connect(m_sidebar, &ConversationSidebar::newConversationRequested, this, &MainWindow::newConversation);
  connect(m_composer, &Composer::sendRequested, this, &MainWindow::onSendRequested);
  resize(1100, 720);
  m_composer->editor()->setFocus();
}

void MainWindow::setModelStatus(const QString &text) {
  m_modelLabel->setText(text);
}

void MainWindow::createMenus() {
  QMenu *file = menuBar()->addMenu(tr("&File"));
  QAction *newChat = file->addAction(tr("&New Chat"), this, &MainWindow::newConversation);
  newChat->setShortcut(QKeySequence::New);
  QAction *find = file->addAction(tr("&Find…"), this, [this] {
    m_sidebar->searchField()->setFocus();
    m_sidebar->searchField()->selectAll();
  });
  find->setShortcut(QKeySequence::Find);
  file->addSeparator();
  QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);

  QMenu *help = menuBar()->addMenu(tr("&Help"));
  QAction *about = help->addAction(tr("&About MDI Chat"), this, [this] {
    QMessageBox::about(this, tr("About MDI Chat"),
                       tr("<b>MDI Chat %1</b><p>Local multimodal chat with Qwen2-VL, "
                          "distributed over the machines on your network.</p>")
                           .arg(QStringLiteral(MDI_VERSION_STRING)));
  });
  about->setMenuRole(QAction::AboutRole);
}

void MainWindow::newConversation() {
  m_chat->clear();
  m_composer->setText({});
  m_composer->editor()->setFocus();
}

void MainWindow::onSendRequested(const QString &text) {
  m_chat->appendMessage(QStringLiteral("user"), text);
  // Generation arrives with the engine facade; until a model is loaded, say so plainly.
  m_chat->appendMessage(QStringLiteral("assistant"), tr("*No model is loaded yet.*"));
}

} // namespace mdi
