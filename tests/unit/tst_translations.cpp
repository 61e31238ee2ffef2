#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

// The translations (translations/mdichat_<lang>.ts) are complete: every message has a finished,
// non-empty translation with the placeholders of its source, nothing is obsolete, and the files
// hold exactly the texts that lupdate finds in the sources today (checked by running lupdate over
// copies). mdichat_en.ts holds only the English plural forms.
class TestTranslations : public QObject {
  Q_OBJECT

private:
  struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // of <translation>: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString name() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(80)); }
  };

  struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
  };

  static QString translationsDir() { return QStringLiteral(MDI_TRANSLATIONS_DIR); }

  static QStringList tsFiles() {
    return QDir(translationsDir()).entryList({QStringLiteral("mdichat_*.ts")}, QDir::Files, QDir::Name);
  }

  static TsFile parse(const QString &path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
      ts.error = QStringLiteral("%1: %2").arg(path, file.errorString());
      return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
          ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name") && !inMessage) {
          context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
          inMessage = true;
          message = Message();
          message.context = context;
          message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
          message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
          message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
          message.type = xml.attributes().value(QLatin1String("type")).toString();
          if (!message.numerus)
            message.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
          message.translations.append(xml.readElementText());
        }
      } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
        inMessage = false;
        ts.messages.append(message);
      }
    }
    if (xml.hasError())
      ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
  }

  // %1..%99 (%L1 counts as %1) and %n, each once: what .arg() and tr() fill in.
  static QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
      found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
  }

  static QString codeOf(const QString &fileName) {
    return fileName.mid(8, fileName.size() - 8 - 3); // mdichat_<code>.ts
  }

  static void addFileRows() {
    QTest::addColumn<QString>("fileName");
    for (const QString &name : tsFiles())
      QTest::newRow(qPrintable(codeOf(name))) << name;
  }

private Q_SLOTS:
  void allLanguagesPresent() {
    QStringList codes;
    for (const QString &name : tsFiles())
      codes.append(codeOf(name));
    const QStringList expected = {QStringLiteral("de"),   QStringLiteral("en"), QStringLiteral("es"),
                                  QStringLiteral("fr"),   QStringLiteral("it"), QStringLiteral("ja"),
                                  QStringLiteral("zh_CN")};
    QCOMPARE(codes, expected);
  }

  void complete_data() { addFileRows(); }

  void complete() {
    QFETCH(QString, fileName);
    const QString code = codeOf(fileName);
    const TsFile ts = parse(QDir(translationsDir()).filePath(fileName));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), qPrintable(fileName + QStringLiteral(" holds no messages")));
    QVERIFY2(ts.language.startsWith(code.section(QLatin1Char('_'), 0, 0)),
             qPrintable(QStringLiteral("%1 declares language \"%2\"").arg(fileName, ts.language)));

    QStringList problems;
    QSet<QString> keys;
    for (const Message &m : ts.messages) {
      if (keys.contains(m.key()))
        problems.append(QStringLiteral("twice: %1").arg(m.name()));
      keys.insert(m.key());
      if (code == QLatin1String("en") && !m.numerus)
        problems.append(QStringLiteral("not a plural (English holds only plural forms): %1").arg(m.name()));
      if (!m.type.isEmpty()) {
        problems.append(QStringLiteral("%1: %2").arg(m.type, m.name()));
        continue;
      }
      const QStringList wanted = placeholders(m.source);
      for (const QString &t : m.translations) {
        if (t.trimmed().isEmpty()) {
          problems.append(QStringLiteral("empty translation: %1").arg(m.name()));
        } else if (placeholders(t) != wanted) {
          problems.append(
              QStringLiteral("placeholders %1 instead of %2: %3 -> \"%4\"")
                  .arg(placeholders(t).join(QLatin1Char(' ')), wanted.join(QLatin1Char(' ')), m.name(), t.left(80)));
        }
      }
      if (m.translations.isEmpty())
        problems.append(QStringLiteral("no translation: %1").arg(m.name()));
    }
    for (const QString &problem : std::as_const(problems))
      qInfo("%s: %s", qPrintable(fileName), qPrintable(problem)); // all of them; a failure message is cut short
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s), listed above").arg(fileName).arg(problems.size())));
  }

  // lupdate over copies, with the sources and options of the update_translations target: a text
  // it adds is missing from the .ts, one it drops is no longer in the code.
  void matchesSources_data() { addFileRows(); }

  void matchesSources() {
    QFETCH(QString, fileName);
    const QString lupdate = QStringLiteral(MDI_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
      QSKIP(qPrintable(QStringLiteral("lupdate is not available (%1)").arg(lupdate)));
    const QString original = QDir(translationsDir()).filePath(fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(fileName);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = {QStringLiteral("@") + QStringLiteral(MDI_LUPDATE_LIST), QStringLiteral("-locations"),
                             QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (codeOf(fileName) == QLatin1String("en"))
      arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral("-ts") << copy;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    const TsFile before = parse(original);
    const TsFile after = parse(copy);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QHash<QString, Message> old;
    for (const Message &m : before.messages)
      old.insert(m.key(), m);
    QStringList added, removed;
    QSet<QString> now;
    for (const Message &m : after.messages) {
      now.insert(m.key());
      if (!old.contains(m.key()))
        added.append(m.name());
    }
    for (const Message &m : before.messages) {
      if (!now.contains(m.key()))
        removed.append(m.name());
    }
    const auto unfinished = [](const TsFile &ts) {
      return std::count_if(ts.messages.begin(), ts.messages.end(),
                           [](const Message &m) { return m.type == QLatin1String("unfinished"); });
    };
    for (const QString &name : std::as_const(added))
      qInfo("%s: new in the sources: %s", qPrintable(fileName), qPrintable(name));
    for (const QString &name : std::as_const(removed))
      qInfo("%s: gone from the sources: %s", qPrintable(fileName), qPrintable(name));
    QVERIFY2(added.isEmpty() && removed.isEmpty() && unfinished(after) == unfinished(before),
             qPrintable(QStringLiteral("%1 is out of step with the sources (build the update_translations target, "
                                       "then translate): %2 new text(s), %3 gone (listed above), unfinished "
                                       "%4 -> %5")
                            .arg(fileName)
                            .arg(added.size())
                            .arg(removed.size())
                            .arg(unfinished(before))
                            .arg(unfinished(after))));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
