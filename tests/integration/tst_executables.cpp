#include "fixtures.h"

#include "mdiversion.h"

#include <QProcess>
#include <QTest>

using mdi::test::Fixtures;

// Runs the built programs the way a user would: --version and --help answer and exit 0.
class TestExecutables : public QObject {
  Q_OBJECT
private:
  static QString run(const QString &program, const QStringList &args, int *exitCode) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(Fixtures::executable(program), args);
    if (!p.waitForFinished(60000)) {
      p.kill();
      *exitCode = -1;
      return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
  }

private Q_SLOTS:
  void versionAndHelp_data() {
    QTest::addColumn<QString>("program");
    QTest::newRow("mdi-chat") << QStringLiteral("mdi-chat");
    QTest::newRow("mdi-node") << QStringLiteral("mdi-node");
    QTest::newRow("mdi-run") << QStringLiteral("mdi-run");
  }

  void versionAndHelp() {
    QFETCH(QString, program);
    int code = 0;
    const QString version = run(program, {QStringLiteral("--version")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(version.contains(QStringLiteral(MDI_VERSION_STRING)), qPrintable(version));
    QVERIFY2(version.contains(QLatin1String("\nLicense: MIT ")), qPrintable(version)); // LICENSE

    const QString help = run(program, {QStringLiteral("--help")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(help.contains(QStringLiteral("Usage:")) && help.contains(program), qPrintable(help));
  }

  // Without any display (no X, no Wayland, no platform plugin chosen) mdi-chat still answers
  // --help and --version as the other two programs do, instead of aborting in QApplication.
  void mdiChatHelpWithoutDisplay() {
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("--version")}) {
      QProcess p;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
      p.setProcessEnvironment(env);
      p.start(Fixtures::executable(QStringLiteral("mdi-chat")), {arg});
      QVERIFY(p.waitForFinished(60000));
      const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
      QCOMPARE(p.exitStatus(), QProcess::NormalExit);
      QVERIFY2(p.exitCode() == 0, qPrintable(out));
      QVERIFY2(out.contains(arg == QLatin1String("--help") ? QStringLiteral("--data-dir")
                                                           : QStringLiteral(MDI_VERSION_STRING)),
               qPrintable(out));
    }
  }

  void mdiRunVersionNamesLibtorch() {
    int code = 0;
    const QString version = run(QStringLiteral("mdi-run"), {QStringLiteral("--version")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(version.contains(QStringLiteral("libtorch")), qPrintable(version));
  }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
