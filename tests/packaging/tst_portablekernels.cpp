#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Configures tests/packaging/portablekernels (the kernel layer alone, MDI_PORTABLE_KERNELS=ON: no
// intrinsics, no ISA flags) in a temporary folder with this build's compiler, warnings as errors,
// builds it and runs its kernel checks. The x86 and ARM variants are what the project machines
// build every day; this is the code path of the processors and compilers they lack, so that a
// break in it shows here before a release tag.
class TestPortableKernels : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;

  static int run(const QString &program, const QStringList &args, QString *out, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
      p.kill();
      p.waitForFinished();
      *out = QStringLiteral("%1 did not finish (%2)").arg(program, p.errorString());
      return -1;
    }
    *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  }

private Q_SLOTS:
  void initTestCase() {
    if (!QFileInfo(QStringLiteral(MDI_CXX_COMPILER)).isExecutable())
      QSKIP("The compiler of this build is gone, so the portable kernels cannot be built with it.");
    QVERIFY(m_tmp.isValid());
  }

  void buildsAndPassesWithoutIntrinsics() {
    const QString build = m_tmp.filePath(QStringLiteral("build"));
    QStringList configure = {QStringLiteral("-S"), QStringLiteral(MDI_SOURCE_DIR "/tests/packaging/portablekernels"),
                             QStringLiteral("-B"), build, QStringLiteral("-G"), QStringLiteral(MDI_CMAKE_GENERATOR),
                             QStringLiteral("-DCMAKE_CXX_COMPILER=" MDI_CXX_COMPILER),
                             // -O2 as the project's default preset; release builds elsewhere use their own.
                             QStringLiteral("-DCMAKE_BUILD_TYPE=RelWithDebInfo"),
                             QStringLiteral("-DMDI_PORTABLE_KERNELS=ON"),
                             QStringLiteral("-DCMAKE_COMPILE_WARNING_AS_ERROR=ON")};
    if (!QStringLiteral(MDI_MAKE_PROGRAM).isEmpty())
      configure << QStringLiteral("-DCMAKE_MAKE_PROGRAM=" MDI_MAKE_PROGRAM);
    QString out;
    QVERIFY2(run(QStringLiteral(MDI_CMAKE_COMMAND), configure, &out, 120000) == 0, qPrintable(out));
    QVERIFY2(run(QStringLiteral(MDI_CMAKE_COMMAND), {QStringLiteral("--build"), build, QStringLiteral("-j2")}, &out,
                 540000) == 0,
             qPrintable(out));
    // Nothing with ISA flags was compiled: the per-ISA folders have no objects.
    for (const char *folder : {"x86", "arm"})
      QVERIFY2(
          !QFileInfo::exists(build + QStringLiteral("/kernels/CMakeFiles/mdikernels.dir/") + QLatin1String(folder)),
          folder);

    QString checks;
    const int code = run(build + QStringLiteral("/kernelchecks"), {}, &checks, 240000);
    QVERIFY2(code == 0, qPrintable(checks));
    QVERIFY2(checks.contains(QLatin1String("\nscalar: 0 failure(s)")), qPrintable(checks));
    QVERIFY2(checks.contains(QLatin1String("avx2: skipped (not compiled in)")), qPrintable(checks));
    QVERIFY2(checks.contains(QLatin1String("neon: skipped (not compiled in)")), qPrintable(checks));
    QVERIFY2(checks.contains(QLatin1String("1 variant(s) checked, 0 failure(s)")), qPrintable(checks));
  }
};

QTEST_GUILESS_MAIN(TestPortableKernels)
#include "tst_portablekernels.moc"
