#include "engine/workerthread.h"

#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QThread>

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
  QMetaObject::invokeMethod(m_context.get(), std::move(task), Qt::QueuedConnection);
}

void WorkerThread::runAndWait(const std::function<void()> &task) {
  Q_ASSERT(!isCurrentThread());
  QSemaphore done;
  post([&] {
    task();
    done.release();
  });
  done.acquire();
}

bool WorkerThread::isCurrentThread() const {
  return QThread::currentThread() == m_thread.get();
}

} // namespace mdi
