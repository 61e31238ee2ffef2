#include "model/kvcache.h"

#include <QTest>

using namespace mdi;

class TestKvCache : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void growsInChunksAndKeepsThePrefix() {
    KvCache cache(2, 2, 4, at::TensorOptions().dtype(at::kFloat), 16);
    QCOMPARE(cache.capacity(), 0);
    QCOMPARE(cache.bytes(), 0);
    cache.reserve(5);
    QCOMPARE(cache.capacity(), 16);
    QCOMPARE(cache.bytes(), 2 * 2 * 2 * 16 * 4 * 4);
    const at::Tensor k = at::arange(2 * 5 * 4, at::kFloat).view({2, 5, 4});
    for (int layer = 0; layer < 2; ++layer)
      cache.store(layer, 0, k + layer, -k);
    cache.setLength(5);
    cache.reserve(12); // fits: nothing moves
    QCOMPARE(cache.capacity(), 16);
    cache.reserve(17);
    QCOMPARE(cache.capacity(), 32);
    QCOMPARE(cache.length(), 5);
    QVERIFY(at::equal(cache.keys(1, 5), k + 1));
    QVERIFY(at::equal(cache.values(0, 5), -k));
    // Large caches grow by at least a quarter.
    cache.reserve(33);
    QCOMPARE(cache.capacity(), 48);
    cache.reserve(49);
    QCOMPARE(cache.capacity(), 64);
    cache.reserve(100);
    QCOMPARE(cache.capacity(), 112);
    QVERIFY(at::equal(cache.keys(0, 5), k));
  }

  void truncateAndAppend() {
    KvCache cache(1, 1, 2, at::TensorOptions().dtype(at::kFloat), 8);
    cache.reserve(4);
    cache.store(0, 0, at::ones({1, 4, 2}), at::ones({1, 4, 2}));
    cache.setLength(4);
    cache.truncate(2);
    QCOMPARE(cache.length(), 2);
    cache.store(0, 2, at::full({1, 1, 2}, 7.f), at::full({1, 1, 2}, 8.f));
    cache.setLength(3);
    const at::Tensor keys = cache.keys(0, 3);
    QCOMPARE(keys.sizes().vec(), (std::vector<int64_t>{1, 3, 2}));
    QCOMPARE(keys[0][1][0].item<float>(), 1.f);
    QCOMPARE(keys[0][2][1].item<float>(), 7.f);
    QCOMPARE(cache.values(0, 3)[0][2][0].item<float>(), 8.f);
    // A view of the buffer, not a copy: decoding reads the cache in place.
    QCOMPARE(keys.data_ptr(), cache.keys(0, 1).data_ptr());
    cache.clear();
    QCOMPARE(cache.length(), 0);
    QCOMPARE(cache.capacity(), 8);
    cache.release();
    QCOMPARE(cache.capacity(), 0);
    QCOMPARE(cache.bytes(), 0);
  }
};

QTEST_GUILESS_MAIN(TestKvCache)
#include "tst_kvcache.moc"
