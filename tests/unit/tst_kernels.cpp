// The kernel layer's checks (tests/kernels/kernelchecks.cpp) for every instruction-set variant
// this CPU supports; variants it lacks are skipped with the reason. The same checks run for ARM
// under qemu-user (tst_kernels_aarch64).

#include "kernelchecks.h"

#include "kernels/cpufeatures.h"
#include "kernels/kernelisa.h"

#include <QTest>

using namespace mdi::kernels;

class TestKernels : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    qInfo("CPU features: %s; best variant: %s", CpuFeatures::host().describe().c_str(), isaName(bestIsa()));
  }

  void packer() {
    std::string log;
    QVERIFY2(checks::checkPacker(&log) == 0, log.c_str());
  }

  void variants_data() {
    QTest::addColumn<int>("isa");
    for (int i = 0; i < kIsaCount; ++i)
      QTest::newRow(isaName(Isa(i))) << i;
  }

  void variants() {
    QFETCH(int, isa);
    const Isa variant = Isa(isa);
    if (!isaCompiled(variant))
      QSKIP("not compiled into this build (another architecture)");
    if (!isaSupported(variant))
      QSKIP(qPrintable(
          QStringLiteral("this CPU lacks it (has: %1)").arg(QString::fromStdString(CpuFeatures::host().describe()))));
    std::string log;
    int failures = checks::checkQuantizeRow(variant, &log);
    failures += checks::checkLinear(variant, &log);
    failures += checks::checkThreadsBitwise(variant, &log);
    QVERIFY2(failures == 0, log.c_str());
  }

  void bestIsSupported() {
    QVERIFY(isaSupported(bestIsa()));
    setIsaOverride(Isa::Scalar);
    QCOMPARE(bestIsa(), Isa::Scalar);
    setIsaOverride(std::nullopt);
    QVERIFY(isaSupported(bestIsa()));
  }
};

QTEST_APPLESS_MAIN(TestKernels)
#include "tst_kernels.moc"
