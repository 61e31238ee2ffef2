#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/conversationsidebar.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "peers/peerroster.h"
#include "peers/peerspanel.h"
#include "settings/settingsdialog.h"
#include "store/appsettings.h"
#include "util/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace mdi;

// Switching the language in Settings changes the open window at once: menus, buttons, labels and
// the status bar show the German texts of mdichat_de.qm, and switching back restores English.
class TestLanguage : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<QTemporaryDir> m_dir;
  test::AppWindow m_window;
  QTranslator m_german; // the reference: what the window must show

  // What the Settings dialog does on OK, and what the window then does.
  void chooseLanguage(const QString &code) {
    SettingsDialog dialog(m_window->context().settings(), m_window.get());
    QComboBox *box = dialog.languageBox();
    const int index = box->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    box->setCurrentIndex(index);
    dialog.apply();
    m_window->context().applySettings();
    QCoreApplication::sendPostedEvents(); // the LanguageChange events
  }

  QString german(const char *context, const char *source) {
    const QString text = m_german.translate(context, source);
    if (text.isEmpty() || text == QLatin1String(source))
      qWarning("mdichat_de.qm has no German for [%s] \"%s\"", context, source);
    return text;
  }

  QString fileMenuTitle() const { return m_window->menuBar()->actions().value(0)->text(); }
  QString modelStatus() const { return m_window->findChild<QLabel *>(QStringLiteral("modelStatus"))->text(); }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_german.load(QStringLiteral(":/i18n/mdichat_de.qm")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // As main() does: the profile's language is installed before the window opens.
    test::writeSettings(m_dir->path(), [](AppSettings &s) { s.setValue(AppSettings::Language, QStringLiteral("en")); });
    LanguageManager::install(QStringLiteral("en"));
    m_window = test::openWindow(m_dir->path(), false);
    QVERIFY(m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
  }

  void cleanupTestCase() {
    m_window.reset();
    LanguageManager::install(QStringLiteral("en"));
  }

  void settingsOfferEveryLanguage() {
    SettingsDialog dialog(m_window->context().settings(), m_window.get());
    QStringList names;
    for (int i = 0; i < dialog.languageBox()->count(); ++i)
      names.append(dialog.languageBox()->itemText(i));
    QCOMPARE(names, QStringList({QStringLiteral("System default"), QStringLiteral("Deutsch"), QStringLiteral("English"),
                                 QStringLiteral("Español"), QStringLiteral("Français"), QStringLiteral("Italiano"),
                                 QStringLiteral("日本語"), QStringLiteral("简体中文")}));
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("en"));
  }

  void switchesToGermanAtOnce() {
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(m_window->composer()->sendButton()->text(), QStringLiteral("Send"));
    QCOMPARE(modelStatus(), QStringLiteral("No model loaded"));

    chooseLanguage(QStringLiteral("de"));
    QCOMPARE(m_window->context().settings().value(AppSettings::Language), QStringLiteral("de"));
    QCOMPARE(LanguageManager::current(), QStringLiteral("de"));

    const QString file = german("mdi::MainWindow", "&File");
    QVERIFY(file != QLatin1String("&File"));
    QCOMPARE(fileMenuTitle(), file);
    const QString send = german("mdi::Composer", "Send");
    QVERIFY(send != QLatin1String("Send"));
    QCOMPARE(m_window->composer()->sendButton()->text(), send);
    QCOMPARE(m_window->sidebar()->newButton()->text(), german("mdi::ConversationSidebar", "&New chat"));
    QCOMPARE(m_window->chatView()->placeholder()->text(),
             german("mdi::ChatView", "Drop an image here or type a question below to start."));
    QCOMPARE(modelStatus(), german("mdi::MainWindow", "No model loaded"));

    // A dialog opened now is German from the start.
    SettingsDialog dialog(m_window->context().settings(), m_window.get());
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), german("mdi::SettingsDialog", "&Model"));
    QCOMPARE(dialog.languageBox()->itemText(0), german("mdi::SettingsDialog", "System default"));

    // Qt's own texts (here the dialog's Cancel button) follow where Qt's translations are
    // installed (Debian: qt6-translations-l10n).
    QTranslator qtGerman;
    if (qtGerman.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
      const QString cancel = qtGerman.translate("QPlatformTheme", "Cancel");
      QVERIFY(!cancel.isEmpty() && cancel != QLatin1String("Cancel"));
      auto *buttons = dialog.findChild<QDialogButtonBox *>();
      QVERIFY(buttons);
      QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), cancel);
    } else {
      qInfo("qtbase_de.qm is not installed: Qt's own texts stay English");
    }
  }

  void switchesBackToEnglish() {
    chooseLanguage(QStringLiteral("en"));
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(m_window->composer()->sendButton()->text(), QStringLiteral("Send"));
    QCOMPARE(modelStatus(), QStringLiteral("No model loaded"));
  }

  // Issue 17 #11: the Peers panel's message follows a change of language and goes with Apply;
  // in German and Japanese the address and code fields keep room for a whole address and the
  // panel does not scroll sideways.
  void peersPanelFollowsTheLanguageAndFits() {
    PeersPanel *panel = m_window->peersPanel();
    panel->show();
    PeerRoster &roster = m_window->context().peerRoster();
    PeerRoster::FakeNode node;
    node.nodeId = QStringLiteral("node-attic");
    node.name = QStringLiteral("attic");
    node.address = QStringLiteral("127.0.0.1");
    node.device = QStringLiteral("cpu");
    node.freeMemoryBytes = 20LL << 30;
    QVERIFY(roster.addFakeNode(node));
    Q_EMIT roster.pairingFinished(node.nodeId, true, QString());
    auto *message = panel->findChild<QLabel *>(QStringLiteral("peersMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Paired with attic. Apply and reload to run layers there."));
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("ja")}) {
      chooseLanguage(language);
      QTranslator translator;
      QVERIFY(translator.load(QStringLiteral(":/i18n/mdichat_%1.qm").arg(language)));
      const QString paired =
          translator.translate("mdi::PeersPanel", "Paired with %1. Apply and reload to run layers there.");
      QVERIFY(!paired.isEmpty() && !paired.startsWith(QStringLiteral("Paired")));
      QCOMPARE(message->text(), paired.arg(QStringLiteral("attic")));
      for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
      }
      for (const char *name : {"peerAddressEdit", "pairingCodeEdit"}) {
        auto *field = panel->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(field);
        QVERIFY2(field->width() >= field->fontMetrics().horizontalAdvance(field->placeholderText()),
                 qPrintable(QStringLiteral("%1 in %2: %3 px").arg(QLatin1String(name), language).arg(field->width())));
      }
      // The message wraps inside the panel, all of it shown.
      QVERIFY2(message->height() >= message->heightForWidth(message->width()) &&
                   message->geometry().right() <= message->parentWidget()->contentsRect().right(),
               qPrintable(QStringLiteral("%1: %2 px tall, needs %3")
                              .arg(language)
                              .arg(message->height())
                              .arg(message->heightForWidth(message->width()))));
      auto *placement = panel->findChild<QComboBox *>(QStringLiteral("placementBox"));
      QVERIFY(placement && placement->width() >= placement->sizeHint().width());
      auto *scroll = panel->findChild<QScrollArea *>();
      QVERIFY(scroll);
      QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width() &&
                   scroll->widget()->width() >= scroll->widget()->minimumSizeHint().width(),
               qPrintable(QStringLiteral("%1: content %2 (needs %3), view %4")
                              .arg(language)
                              .arg(scroll->widget()->width())
                              .arg(scroll->widget()->minimumSizeHint().width())
                              .arg(scroll->viewport()->width())));
      test::shoot(m_window.get(), QStringLiteral("peers-") + language);
    }
    // Apply does what the message announced: the message goes.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("applyPlacementButton")), Qt::LeftButton);
    QVERIFY(message->isHidden());
    chooseLanguage(QStringLiteral("en"));
    panel->hide();
  }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
