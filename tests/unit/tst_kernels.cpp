// The kernel layer's checks (tests/kernels/kernelchecks.cpp) for every instruction-set variant
// this CPU supports; variants it lacks are skipped with the reason. The same checks run for ARM
// under qemu-user (tst_kernels_aarch64).

#include "kernelchecks.h"

#include "kernels/cpufeatures.h"
#include "kernels/kernelisa.h"
#include "kernels/threadpool.h"

#include <QTest>

#include <thread>

#include <stdexcept>

#include <chrono>

#include <atomic>

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

  // A chunk that throws (on the calling thread or on a worker) does not leave the workers running
  // a body that is gone: run() waits for every chunk, then rethrows; the pool stays usable.
  void threadPoolRethrowsAfterEveryChunk() {
    ThreadPool pool(4);
    for (int thrower = 0; thrower < 4; ++thrower) {
      std::atomic<int> finished{0};
      bool caught = false;
      try {
        pool.run(4, 1, [&](int64_t begin, int64_t) {
          if (begin == thrower)
            throw std::runtime_error("chunk failed");
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          finished.fetch_add(1);
        });
      } catch (const std::runtime_error &) {
        caught = true;
      }
      QVERIFY(caught);
      QCOMPARE(finished.load(), 3); // the other chunks had ended when run() threw
    }
    std::atomic<int64_t> sum{0};
    pool.run(1000, 10, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i)
        sum.fetch_add(i);
    });
    QCOMPARE(sum.load(), int64_t(999 * 1000 / 2));
  }

  // Workers started by setThreads() after a job wait for the next job: they do not run the
  // finished job's chunks again (through a body that no longer exists).
  void threadPoolResizedRunsNoStaleJob() {
    ThreadPool pool(2);
    std::atomic<int> calls{0};
    {
      auto body = std::make_unique<ParallelBody>([&](int64_t, int64_t) { calls.fetch_add(1); });
      pool.run(2, 1, *body);
    }
    QCOMPARE(calls.load(), 2);
    pool.setThreads(4);
    std::this_thread::sleep_for(std::chrono::milliseconds(50)); // let the new workers look around
    QCOMPARE(calls.load(), 2);
    std::atomic<int> chunks{0};
    pool.run(4, 1, [&](int64_t, int64_t) { chunks.fetch_add(1); });
    QCOMPARE(chunks.load(), 4);
    QCOMPARE(calls.load(), 2);
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
