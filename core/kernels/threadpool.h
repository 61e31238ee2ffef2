#pragma once

#include "kernels/parallelfor.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace mdi::kernels {

// The kernels' own pool of worker threads: threads() - 1 workers plus the calling thread split
// each job. A decode step calls the kernels a few hundred times for well under a millisecond
// each, so workers spin briefly before they sleep, and a job is handed over without allocation.
// One job runs at a time; a second thread that calls parallelFor() while the pool is busy (two
// pipeline stages in one process) runs its job on itself rather than wait. (libtorch's
// at::parallel_for is not used: in Debian's build it is an OpenMP pragma compiled into the
// caller, and the kernel layer has no torch.)
class ThreadPool {
public:
  explicit ThreadPool(int threads = 1);
  ~ThreadPool();
  ThreadPool(const ThreadPool &) = delete;
  ThreadPool &operator=(const ThreadPool &) = delete;

  // The process-wide pool (one thread until setThreads).
  static ThreadPool &global();
  // The pool of the calling thread: each compute thread of the engine (a pipeline stage, the
  // coordinator) has its own, sized by setCurrentThreads(), so stages in one process do not
  // queue behind each other. Threads that never set one use global().
  static ThreadPool &current();
  static void setCurrentThreads(int threads);

  int threads() const { return m_threads; }
  // Joins the old workers and starts threads - 1 new ones (threads >= 1). Not while a job runs.
  void setThreads(int threads);

  // Runs body over [0, n) in at most threads() chunks of whole grains; returns when all are done,
  // also when a chunk throws: the first exception is rethrown here after every chunk has ended.
  void run(int64_t n, int64_t grain, const ParallelBody &body);
  // A ParallelFor that runs on this pool.
  ParallelFor parallelFor();

private:
  void start(int threads);
  void stop();
  void workerLoop(int index, uint64_t seen);

  int m_threads = 1;
  std::vector<std::thread> m_workers;
  std::mutex m_busy; // held by the caller for the duration of a job
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_done;
  // The current job: generation counter (bumped per job), its chunks, and how many are unfinished.
  std::atomic<uint64_t> m_generation{0};
  std::atomic<int> m_pending{0};
  const ParallelBody *m_body = nullptr;
  int64_t m_n = 0;
  int64_t m_chunk = 0;
  int m_chunks = 0;
  bool m_stopping = false;
  std::exception_ptr m_error; // the first exception a worker's chunk threw, for run() to rethrow
};

} // namespace mdi::kernels
