#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mdi {

// The language of the user interface: which translations there are (mdichat_<code>.qm, compiled
// in under :/i18n), which one a setting or the system asks for, and installing it together with
// Qt's own translation (qtbase_<code>.qm from Qt's translations folder, used when present).
// Translators are process-wide, so this is a set of static functions over one pair of installed
// translators, children of the QCoreApplication. Installing sends QEvent::LanguageChange to every
// widget, and the widgets set their texts again. English is the source language: its .qm holds
// only the plural forms ("%n file(s)" -> "1 file", "2 files").
class LanguageManager {
public:
  struct Language {
    QString code;       // "de", "zh_CN", "en": the suffix of mdichat_<code>.qm
    QString nativeName; // the language's name in itself: "Deutsch", "简体中文"
  };

  static constexpr const char *kEnglish = "en";

  // The languages there are translations for, English included, ordered by code.
  static QList<Language> languages();
  static bool isAvailable(const QString &code);
  // The available language that matches a locale name ("de_AT", "de-DE", "zh-Hans-CN"); "" if none.
  static QString match(const QString &localeName);
  // The language of a setting ("" = follow the system): the setting when it matches an available
  // one, else the first of QLocale::system().uiLanguages() that does (on Unix they follow
  // LANGUAGE, LC_ALL, LC_MESSAGES and LANG), else English.
  static QString resolve(const QString &setting);
  // Replaces the installed translations by those of resolve(setting) and returns that language.
  // An explicit setting also becomes the default QLocale (numbers, dates); "" restores the
  // system's. Needs a QCoreApplication; missing .qm files leave the texts in English.
  static QString install(const QString &setting);
  // The language installed last; "" before install().
  static QString current();
};

} // namespace mdi
