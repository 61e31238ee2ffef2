#include "util/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace mdi {

namespace {

// Installed translators; owned by the QCoreApplication, so they go with it (tests make several).
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_current;

QString qmFile(const QString &code) {
  return QStringLiteral(":/i18n/mdichat_") + code + QStringLiteral(".qm");
}

void uninstall(QPointer<QTranslator> &translator) {
  if (translator) {
    QCoreApplication::removeTranslator(translator);
    delete translator;
  }
}

} // namespace

QList<LanguageManager::Language> LanguageManager::languages() {
  // Each named in itself, as a language menu shows them.
  static const QList<Language> all = {
      {QStringLiteral("de"), QStringLiteral("Deutsch")},     {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("es"), QStringLiteral("Español")},     {QStringLiteral("fr"), QStringLiteral("Français")},
      {QStringLiteral("it"), QStringLiteral("Italiano")},    {QStringLiteral("ja"), QStringLiteral("日本語")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
  };
  QList<Language> available;
  for (const Language &l : all) {
    if (l.code == QLatin1String(kEnglish) || QFile::exists(qmFile(l.code)))
      available.append(l);
  }
  return available;
}

bool LanguageManager::isAvailable(const QString &code) {
  const QList<Language> all = languages();
  return std::any_of(all.begin(), all.end(), [&](const Language &l) { return l.code == code; });
}

QString LanguageManager::match(const QString &localeName) {
  // "de_DE.UTF-8@euro" (POSIX) or "de-DE" (BCP 47) -> "de_DE"
  QString name = localeName.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
  name.replace(QLatin1Char('-'), QLatin1Char('_'));
  if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX"))
    return {};
  if (isAvailable(name))
    return name;
  const QLocale locale(name);
  if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
    return {};
  if (locale.language() == QLocale::Chinese) {
    // Only Simplified Chinese is translated; Traditional (Taiwan, Hong Kong) falls through.
    const bool simplified = locale.script() == QLocale::SimplifiedHanScript;
    return simplified && isAvailable(QStringLiteral("zh_CN")) ? QStringLiteral("zh_CN") : QString();
  }
  for (const Language &l : languages()) {
    if (QLocale(l.code).language() == locale.language())
      return l.code;
  }
  return {};
}

QString LanguageManager::resolve(const QString &setting) {
  if (const QString chosen = match(setting); !chosen.isEmpty())
    return chosen;
  const QStringList system = QLocale::system().uiLanguages();
  for (const QString &name : system) {
    if (const QString found = match(name); !found.isEmpty())
      return found;
  }
  return QLatin1String(kEnglish);
}

QString LanguageManager::install(const QString &setting) {
  QCoreApplication *app = QCoreApplication::instance();
  Q_ASSERT(app);
  if (!app)
    return {};
  const QString code = resolve(setting);
  uninstall(g_appTranslator);
  uninstall(g_qtTranslator);
  QLocale::setDefault(match(setting).isEmpty() ? QLocale::system() : QLocale(code));

  // Qt's own first: translators installed later are asked first, so ours win where both know a text.
  auto *qt = new QTranslator(app);
  if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  g_qtTranslator = qt;
  auto *own = new QTranslator(app);
  if (own->load(qmFile(code)))
    QCoreApplication::installTranslator(own);
  g_appTranslator = own;
  g_current = code;
  return code;
}

QString LanguageManager::current() {
  return g_current;
}

} // namespace mdi
