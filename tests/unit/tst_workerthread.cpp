// WorkerThread (issue 16 #3): an exception that escapes a task posted to a stage's or the
// coordinator's thread is logged and the thread goes on with the next task (it used to reach
// Qt's event loop, which ends the whole process: a node lost every coordinator's stages);
// runAndWait() hands it to its caller.

#include "engine/workerthread.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <stdexcept>

using namespace mdi;

class TestWorkerThread : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void tasksRunInOrder() {
    WorkerThread worker(QStringLiteral("test worker"));
    QList<int> order;
    for (int i = 0; i < 5; ++i)
      worker.post([&order, i] { order.append(i); });
    worker.runAndWait([] {});
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
  }

  void throwingTaskDoesNotEndTheThread() {
    WorkerThread worker(QStringLiteral("test worker"));
    std::atomic<int> ran{0};
    QTest::ignoreMessage(QtCriticalMsg, "test worker: a task failed: out of patience");
    worker.post([] { throw std::runtime_error("out of patience"); });
    QTest::ignoreMessage(QtCriticalMsg, "test worker: a task failed with an unknown exception");
    worker.post([] { throw 42; });
    worker.post([&ran] { ++ran; });
    worker.runAndWait([&ran] { ++ran; });
    QCOMPARE(ran.load(), 2);
  }

  void runAndWaitRethrows() {
    WorkerThread worker(QStringLiteral("test worker"));
    bool caught = false;
    try {
      worker.runAndWait([] { throw std::runtime_error("told the caller"); });
    } catch (const std::runtime_error &e) {
      caught = QByteArray(e.what()) == "told the caller";
    }
    QVERIFY(caught);
    // And the worker still works.
    int value = 0;
    worker.runAndWait([&value] { value = 7; });
    QCOMPARE(value, 7);
  }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
