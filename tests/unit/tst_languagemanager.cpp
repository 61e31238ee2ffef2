#include "util/languagemanager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace mdi;

// Which languages there are, how a setting or locale name picks one, and installing it: the
// application's texts (compiled-in .qm files) follow, English included for its plural forms.
class TestLanguageManager : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void cleanup() { LanguageManager::install(QStringLiteral("en")); }

  void languagesNamedInThemselves() {
    QStringList codes, names;
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
      codes.append(l.code);
      names.append(l.nativeName);
    }
    QCOMPARE(codes, QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                 QStringLiteral("it"), QStringLiteral("ja"), QStringLiteral("zh_CN")}));
    QCOMPARE(names, QStringList({QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                                 QStringLiteral("Français"), QStringLiteral("Italiano"), QStringLiteral("日本語"),
                                 QStringLiteral("简体中文")}));
    QVERIFY(LanguageManager::isAvailable(QStringLiteral("zh_CN")));
    QVERIFY(!LanguageManager::isAvailable(QStringLiteral("pt_BR")));
  }

  void match_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << QStringLiteral("fr") << QStringLiteral("fr");
    QTest::newRow("territory") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("BCP 47") << QStringLiteral("de-DE") << QStringLiteral("de");
    QTest::newRow("POSIX") << QStringLiteral("de_DE.UTF-8@euro") << QStringLiteral("de");
    QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("Japanese") << QStringLiteral("ja-JP") << QStringLiteral("ja");
    QTest::newRow("Simplified") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
    QTest::newRow("Singapore") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional") << QStringLiteral("zh-Hant-TW") << QStringLiteral("");
    QTest::newRow("Taiwan") << QStringLiteral("zh_TW") << QStringLiteral("");
    QTest::newRow("untranslated") << QStringLiteral("pt_BR") << QStringLiteral("");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("");
    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8") << QStringLiteral("");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
  }

  void match() {
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::match(locale), expected);
  }

  void resolveTakesTheSettingOrTheSystem() {
    QCOMPARE(LanguageManager::resolve(QStringLiteral("it")), QStringLiteral("it"));
    QCOMPARE(LanguageManager::resolve(QStringLiteral("es_MX")), QStringLiteral("es"));
    // An untranslated language follows the system, as "" does (the system's language is whatever
    // the test runs under, so only the equality is checked).
    QCOMPARE(LanguageManager::resolve(QStringLiteral("pt_BR")), LanguageManager::resolve(QString()));
  }

  void installReplacesTheTranslation() {
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/mdichat_de.qm")));
    const QString file = german.translate("mdi::MainWindow", "&File");
    QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), "mdichat_de.qm does not translate \"&File\"");

    QCOMPARE(LanguageManager::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(LanguageManager::current(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("mdi::MainWindow", "&File"), file);
    QCOMPARE(QLocale().language(), QLocale::German);

    QCOMPARE(LanguageManager::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("mdi::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QLocale().language(), QLocale::English);

    LanguageManager::install(QString());
    QCOMPARE(QLocale(), QLocale::system());
  }

  void englishHasItsPluralForms() {
    LanguageManager::install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("mdi::MainWindow", "%n layer(s)", nullptr, 1), QStringLiteral("1 layer"));
    QCOMPARE(QCoreApplication::translate("mdi::MainWindow", "%n layer(s)", nullptr, 28), QStringLiteral("28 layers"));
    QCOMPARE(QCoreApplication::translate("mdi::ConversationSidebar", "%n conversation(s) match the search", nullptr, 1),
             QStringLiteral("1 conversation matches the search"));
  }

  void everyLanguageLoads() {
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
      QCOMPARE(LanguageManager::install(l.code), l.code);
      if (l.code != QLatin1String("en"))
        QVERIFY2(QCoreApplication::translate("mdi::Composer", "Send") != QLatin1String("Send"), qPrintable(l.code));
    }
  }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
