// The kernel checks (tests/kernels/kernelchecks.cpp) for AArch64: tests/CMakeLists.txt cross-builds
// them with aarch64-linux-gnu-g++ into a static kernelchecks_aarch64, and this test runs it under
// qemu-user twice: on an emulated CPU with the dot product (-cpu max: checks neon and
// neon-dotprod) and on one without it (-cpu cortex-a57: neon-dotprod must be reported skipped, neon
// still checked). Skipped where the cross compiler or qemu is missing, or on other hosts.

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#ifndef MDI_KERNELCHECKS_AARCH64
#define MDI_KERNELCHECKS_AARCH64 ""
#endif
#ifndef MDI_QEMU_AARCH64
#define MDI_QEMU_AARCH64 ""
#endif

class TestKernelsAarch64 : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    const QString qemu = QStringLiteral(MDI_QEMU_AARCH64), binary = QStringLiteral(MDI_KERNELCHECKS_AARCH64);
    if (qemu.isEmpty() || binary.isEmpty())
      QSKIP("no AArch64 cross build: needs an x86-64 host with aarch64-linux-gnu-g++ and qemu-aarch64 "
            "(Debian: g++-aarch64-linux-gnu qemu-user, see scripts/install-deps) when CMake configures");
    if (!QFileInfo(qemu).isExecutable())
      QSKIP(qPrintable(QStringLiteral("qemu-aarch64 is gone: %1").arg(qemu)));
    if (!QFileInfo::exists(binary))
      QSKIP(qPrintable(QStringLiteral("%1 is not built (target mdi_kernelchecks_aarch64)").arg(binary)));
  }

  void emulatedCpu_data() {
    QTest::addColumn<QString>("cpu");
    QTest::addColumn<bool>("dotprod");
    QTest::newRow("max") << QStringLiteral("max") << true;
    QTest::newRow("cortex-a57") << QStringLiteral("cortex-a57") << false;
  }

  void emulatedCpu() {
    QFETCH(QString, cpu);
    QFETCH(bool, dotprod);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // --light: the same odd shapes, fewer and smaller (emulation runs ~50x slower than native).
    process.start(QStringLiteral(MDI_QEMU_AARCH64),
                  {QStringLiteral("-cpu"), cpu, QStringLiteral(MDI_KERNELCHECKS_AARCH64), QStringLiteral("--light")});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    if (!process.waitForFinished(240000)) {
      process.kill();
      process.waitForFinished();
      QFAIL("kernelchecks_aarch64 did not finish within 240 s under qemu");
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    qInfo("qemu-aarch64 -cpu %s:\n%s", qPrintable(cpu), qPrintable(output.trimmed()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(output));

    // The CPU the binary saw, and one line per variant.
    const QString cpuLine = lines.value(0);
    QVERIFY2(cpuLine.startsWith(QLatin1String("cpu: ")), qPrintable(output));
    QCOMPARE(cpuLine.split(QLatin1Char(' ')).contains(QLatin1String("dotprod")), dotprod);
    QVERIFY2(lines.contains(QLatin1String("scalar: 0 failure(s)")), qPrintable(output));
    QVERIFY2(lines.contains(QLatin1String("neon: 0 failure(s)")), qPrintable(output));
    if (dotprod) {
      QVERIFY2(lines.contains(QLatin1String("neon-dotprod: 0 failure(s)")), qPrintable(output));
      QVERIFY2(lines.contains(QLatin1String("3 variant(s) checked, 0 failure(s)")), qPrintable(output));
    } else {
      QVERIFY2(lines.contains(QLatin1String("neon-dotprod: skipped (the CPU lacks it)")), qPrintable(output));
      QVERIFY2(lines.contains(QLatin1String("2 variant(s) checked, 0 failure(s)")), qPrintable(output));
    }
    for (const char *x86 : {"avx2", "avx512", "avx512vnni"})
      QVERIFY2(lines.contains(QStringLiteral("%1: skipped (not compiled in)").arg(QLatin1String(x86))),
               qPrintable(output));
  }
};

QTEST_APPLESS_MAIN(TestKernelsAarch64)
#include "tst_kernels_aarch64.moc"
