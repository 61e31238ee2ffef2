#include "engine/workerthread.h"

#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QtGlobal>

#include <exception>

namespace mdi {

WorkerThread::WorkerThread(const QString &name) : m_thread(std::make_unique<QThread>()), m_context(new QObject) {
  m_thread->setObjectName(name);
  m_context->moveToThread(m_thread.get());
  m_thread->start();
}

WorkerThread::~WorkerThread() {
  m_thread->quit();
  m_thread->wait();
  // The thread has finished: the context can be deleted from here, and with it the queued
  // tasks that never ran.
  m_context.reset();
}

void WorkerThread::post(std::function<void()> task) {
  // An exception thrown through the thread's event loop ends the process (std::terminate): the
  // tasks catch what they can answer themselves; whatever still escapes one is logged here and
  // the thread goes on with the next.
  QMetaObject::invokeMethod(
      m_context.get(),
      [this, task = std::move(task)] {
        try {
          task();
        } catch (const std::exception &e) {
          qCritical("%s: a task failed: %s", qPrintable(m_thread->objectName()), e.what());
        } catch (...) {
          qCritical("%s: a task failed with an unknown exception", qPrintable(m_thread->objectName()));
        }
      },
      Qt::QueuedConnection);
}

void WorkerThread::runAndWait(const std::function<void()> &task) {
  Q_ASSERT(!isCurrentThread());
  QSemaphore done;
  std::exception_ptr failure;
  post([&] {
    try {
      task();
    } catch (...) {
      failure = std::current_exception();
    }
    done.release();
  });
  done.acquire();
  if (failure) // on the caller's thread, which may know what to do with it
    std::rethrow_exception(failure);
}

bool WorkerThread::isCurrentThread() const {
  return QThread::currentThread() == m_thread.get();
}

} // namespace mdi
