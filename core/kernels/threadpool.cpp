#include "kernels/threadpool.h"

#include <algorithm>
#include <chrono>
#include <memory>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace mdi::kernels {

namespace {
inline void cpuRelax() {
#if defined(_MSC_VER) && !defined(__clang__) && defined(_M_X64)
  _mm_pause();
#elif defined(_MSC_VER) && !defined(__clang__) && defined(_M_ARM64)
  __yield();
#elif defined(__x86_64__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// How long a worker (or a caller waiting for workers) spins before it sleeps: a decode step's
// kernel calls follow each other within microseconds, and waking a sleeping thread costs tens
// of microseconds. Checked by the clock because PAUSE takes 3 to 150 cycles, by CPU.
constexpr auto kSpinTime = std::chrono::microseconds(100);

thread_local std::unique_ptr<ThreadPool> currentPool;

template <typename Done> bool spinUntil(Done done) {
  const auto until = std::chrono::steady_clock::now() + kSpinTime;
  for (int i = 0;; ++i) {
    if (done())
      return true;
    if ((i & 63) == 63 && std::chrono::steady_clock::now() > until)
      return false;
    cpuRelax();
  }
}

} // namespace

ThreadPool::ThreadPool(int threads) {
  start(std::max(1, threads));
}

ThreadPool::~ThreadPool() {
  stop();
}

ThreadPool &ThreadPool::global() {
  static ThreadPool pool(1);
  return pool;
}

ThreadPool &ThreadPool::current() {
  return currentPool ? *currentPool : global();
}

void ThreadPool::setCurrentThreads(int threads) {
  if (currentPool)
    currentPool->setThreads(threads);
  else
    currentPool = std::make_unique<ThreadPool>(threads);
}

void ThreadPool::setThreads(int threads) {
  threads = std::max(1, threads);
  std::lock_guard busy(m_busy);
  if (threads == m_threads)
    return;
  stop();
  start(threads);
}

void ThreadPool::start(int threads) {
  m_threads = threads;
  m_stopping = false;
  // New workers wait for the next job. Starting them at generation 0 made workers created by
  // setThreads() after earlier jobs run the last job's chunk again, through its caller's body,
  // long gone. No job is posted meanwhile: setThreads() holds m_busy.
  const uint64_t now = m_generation.load(std::memory_order_acquire);
  for (int i = 1; i < threads; ++i)
    m_workers.emplace_back([this, i, now] { workerLoop(i, now); });
}

void ThreadPool::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_generation.fetch_add(1, std::memory_order_release);
  }
  m_wake.notify_all();
  for (std::thread &t : m_workers)
    t.join();
  m_workers.clear();
}

void ThreadPool::workerLoop(int index, uint64_t seen) {
  for (;;) {
    // Wait for a new generation: spin first, then sleep.
    if (!spinUntil([&] { return m_generation.load(std::memory_order_acquire) != seen; })) {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
    }
    // The job's parameters as of the generation read under the lock, so a late reader never
    // mixes two jobs.
    const ParallelBody *body = nullptr;
    int64_t n = 0, chunk = 0;
    int chunks = 0;
    {
      std::lock_guard lock(m_mutex);
      if (m_stopping)
        return;
      seen = m_generation.load(std::memory_order_relaxed);
      body = m_body;
      n = m_n;
      chunk = m_chunk;
      chunks = m_chunks;
    }
    if (index < chunks) {
      const int64_t begin = int64_t(index) * chunk, end = std::min(n, begin + chunk);
      if (begin < end) {
        try {
          (*body)(begin, end);
        } catch (...) { // handed to the caller of run(), which rethrows it
          std::lock_guard lock(m_mutex);
          if (!m_error)
            m_error = std::current_exception();
        }
      }
      if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        std::lock_guard lock(m_mutex);
        m_done.notify_one();
      }
    }
  }
}

void ThreadPool::run(int64_t n, int64_t grain, const ParallelBody &body) {
  if (n <= 0)
    return;
  grain = std::max<int64_t>(1, grain);
  const int64_t wanted = std::min<int64_t>(m_threads, (n + grain - 1) / grain);
  std::unique_lock busy(m_busy, std::try_to_lock);
  if (wanted <= 1 || !busy.owns_lock()) {
    body(0, n);
    return;
  }
  // Chunks of whole grains, as even as possible.
  const int64_t grains = (n + grain - 1) / grain;
  const int64_t chunk = (grains + wanted - 1) / wanted * grain;
  const int chunks = int((n + chunk - 1) / chunk);
  {
    std::lock_guard lock(m_mutex);
    m_body = &body;
    m_n = n;
    m_chunk = chunk;
    m_chunks = chunks;
    m_pending.store(chunks - 1, std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
  }
  m_wake.notify_all();
  // The workers use `body` until m_pending is 0: whatever chunk 0 does (an exception too), run()
  // returns only after that.
  std::exception_ptr error;
  try {
    body(0, std::min(n, chunk)); // chunk 0 on the calling thread
  } catch (...) {
    error = std::current_exception();
  }
  if (!spinUntil([&] { return m_pending.load(std::memory_order_acquire) == 0; })) {
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_pending.load(std::memory_order_acquire) == 0; });
  }
  {
    std::lock_guard lock(m_mutex);
    if (!error)
      error = m_error;
    m_error = nullptr;
  }
  if (error)
    std::rethrow_exception(error);
}

ParallelFor ThreadPool::parallelFor() {
  return [this](int64_t n, int64_t grain, const ParallelBody &body) { run(n, grain, body); };
}

} // namespace mdi::kernels
