#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace mdi {

// A thread that runs posted tasks one after another, in order: a QThread with an event loop
// and a context object that tasks are queued to. Each pipeline stage and the coordinator get
// one; tasks from any thread may be posted. Destroying it drops tasks not yet started and
// waits for the running one. An exception that escapes a posted task is logged and the next task
// runs (it never reaches the event loop, which would end the process); runAndWait() rethrows it
// to its caller.
class WorkerThread {
public:
  explicit WorkerThread(const QString &name);
  ~WorkerThread();
  WorkerThread(const WorkerThread &) = delete;
  WorkerThread &operator=(const WorkerThread &) = delete;

  void post(std::function<void()> task);
  // Runs task on the worker and waits for it (for set-up and tests; never from the worker);
  // rethrows what the task threw.
  void runAndWait(const std::function<void()> &task);
  bool isCurrentThread() const;
  // The object tasks run in the context of (lives on the worker thread).
  QObject *context() const { return m_context.get(); }

private:
  std::unique_ptr<QThread> m_thread;
  std::unique_ptr<QObject> m_context;
};

} // namespace mdi
