// PackedWeightCache and its use by TensorFactory::loadLinear: entries hold exactly the packed
// bytes, 64-byte aligned in the mapping; a second load maps the entry and computes bitwise the
// same; a changed source misses; damaged entries are removed and packed again; an unwritable
// cache never breaks loading; MDI_PACKED_CACHE turns it off.

#include "kernels/threadpool.h"
#include "kernels/weightpacker.h"
#include "model/linearweight.h"
#include "model/packedweightcache.h"
#include "model/safetensorsfile.h"
#include "model/safetensorswriter.h"
#include "model/tensorfactory.h"
#include "util/sha256hasher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace mdi;

namespace {

QByteArray bytesOf(const at::Tensor &t) {
  const at::Tensor c = t.contiguous();
  return QByteArray(static_cast<const char *>(c.data_ptr()), qsizetype(c.numel() * c.element_size()));
}

QByteArray packedBytesOf(const kernels::PackedWeight &w) {
  return QByteArray(static_cast<const char *>(w.data), qsizetype(w.bytes()));
}

// The file a mapped address belongs to (Linux: /proc/self/maps), or empty.
QString mappedFileOf(const void *address) {
  QFile maps(QStringLiteral("/proc/self/maps"));
  if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
    return {};
  static const QRegularExpression line(
      QStringLiteral("^([0-9a-f]+)-([0-9a-f]+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\d+\\s*(.*)$"));
  const quintptr a = reinterpret_cast<quintptr>(address);
  for (const QByteArray &raw : maps.readAll().split('\n')) {
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
    if (!m.hasMatch())
      continue;
    if (a >= m.captured(1).toULongLong(nullptr, 16) && a < m.captured(2).toULongLong(nullptr, 16))
      return m.captured(3).trimmed();
  }
  return {};
}

TensorRef refOf(const std::shared_ptr<SafetensorsFile> &file, const QString &name) {
  return TensorRef{file, file->find(name)};
}

QByteArray sha256Of(const TensorRef &ref) {
  return Sha256Hasher::hash(ref.data(), ref.byteSize());
}
} // namespace

class TestPackedWeightCache : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  at::Tensor m_a; // [37, 70]
  at::Tensor m_b; // [64, 96]
  std::shared_ptr<SafetensorsFile> m_file;
  int m_caches = 0;

  // A fresh cache folder for each test.
  QString newCacheDir() { return m_dir.filePath(QStringLiteral("cache%1").arg(++m_caches)); }

  static std::shared_ptr<SafetensorsFile> writeSource(const QString &path, const at::Tensor &a, const at::Tensor &b) {
    SafetensorsWriter writer(path);
    if (!writer.addTensor(QStringLiteral("a"), DType::BF16, {a.size(0), a.size(1)}, bytesOf(a.to(at::kBFloat16))) ||
        !writer.addTensor(QStringLiteral("b"), DType::BF16, {b.size(0), b.size(1)}, bytesOf(b.to(at::kBFloat16))) ||
        // The same bytes as "a", read as another shape: the same SHA-256, another entry.
        !writer.addTensor(QStringLiteral("a_t"), DType::BF16, {a.size(1), a.size(0)}, bytesOf(a.to(at::kBFloat16))) ||
        !writer.write())
      return nullptr;
    auto file = SafetensorsFile::open(path);
    return file ? *file : nullptr;
  }

  static TensorFactory factoryWith(std::shared_ptr<const PackedWeightCache> cache) {
    TensorFactory factory = *TensorFactory::create(ComputeOptions{});
    factory.setPackedCache(std::move(cache));
    return factory;
  }

  // The weight packed without any cache: the reference.
  static LinearWeight uncached(const TensorRef &ref, ComputeDtype format) {
    return *factoryWith(nullptr).loadLinear(ref, format);
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    at::manual_seed(11);
    m_a = at::randn({37, 70}) * 0.05;
    m_b = at::randn({64, 96}) * 0.05;
    m_file = writeSource(m_dir.filePath(QStringLiteral("w.safetensors")), m_a, m_b);
    QVERIFY(m_file);
    kernels::ThreadPool::setCurrentThreads(2);
  }

  // store() then find(): exactly the packed bytes, 64-byte aligned, in an entry named by the
  // source's SHA-256 and the format, with the header in front; other formats and tensors miss.
  void storeThenFind() {
    const PackedWeightCache cache(newCacheDir());
    const TensorRef ref = refOf(m_file, QStringLiteral("a"));
    QVERIFY(!cache.find(ref, kernels::WeightFormat::Q8));
    const int64_t bytes = kernels::packedBytes(kernels::WeightFormat::Q8, 37, 70);
    at::Tensor buffer = at::empty({bytes}, at::kByte);
    kernels::WeightPacker::pack(kernels::WeightFormat::Q8, kernels::SourceType::BF16, ref.data(), 37, 70,
                                buffer.data_ptr());
    const QByteArray expected(static_cast<const char *>(buffer.data_ptr()), qsizetype(bytes));

    auto stored = cache.store(ref, kernels::WeightFormat::Q8, buffer.data_ptr(), bytes);
    QVERIFY(stored);
    QCOMPARE(packedBytesOf(stored->packed), expected);
    auto found = cache.find(ref, kernels::WeightFormat::Q8);
    QVERIFY(found);
    QCOMPARE(found->packed.format, kernels::WeightFormat::Q8);
    QCOMPARE(found->packed.rows, 37);
    QCOMPARE(found->packed.cols, 70);
    QCOMPARE(reinterpret_cast<quintptr>(found->packed.data) % 64, quintptr(0));
    QCOMPARE(packedBytesOf(found->packed), expected);

    const QString entry = cache.entryPath(sha256Of(ref), kernels::WeightFormat::Q8);
    QVERIFY2(entry.endsWith(QStringLiteral(".q8.v%1").arg(PackedWeightCache::kPackerVersion)), qPrintable(entry));
    QCOMPARE(QFileInfo(entry).size(), PackedWeightCache::kHeaderBytes + bytes);
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8), QByteArray("MDIPACK1"));
    QVERIFY(file.seek(PackedWeightCache::kHeaderBytes));
    QCOMPARE(file.readAll(), expected);
    QVERIFY(QFileInfo::exists(cache.indexPath(m_file->path())));
    QVERIFY(cache.sizeBytes() > bytes);

    QVERIFY(!cache.find(ref, kernels::WeightFormat::Q4));
    QVERIFY(!cache.find(refOf(m_file, QStringLiteral("b")), kernels::WeightFormat::Q8));
    // A size that does not fit the shape is refused.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("do not fit its shape")));
    QVERIFY(!cache.store(refOf(m_file, QStringLiteral("b")), kernels::WeightFormat::Q8, buffer.data_ptr(), bytes));
  }

  // A second load maps the entry: its data lies in the cache file's mapping, and it computes
  // bitwise what the first load (and packing without a cache) computes.
  void secondLoadMapsEntry_data() {
    QTest::addColumn<int>("format");
    QTest::addRow("q8") << int(ComputeDtype::Q8);
    QTest::addRow("q4") << int(ComputeDtype::Q4);
  }
  void secondLoadMapsEntry() {
    QFETCH(int, format);
    const QString dir = newCacheDir();
    const TensorRef ref = refOf(m_file, QStringLiteral("b"));
    const LinearWeight reference = uncached(ref, ComputeDtype(format));
    auto first = factoryWith(std::make_shared<const PackedWeightCache>(dir)).loadLinear(ref, ComputeDtype(format));
    QVERIFY2(first, qPrintable(first.error()));
    // A new cache object over the same folder, as in the next process.
    const auto cache = std::make_shared<const PackedWeightCache>(dir);
    auto second = factoryWith(cache).loadLinear(ref, ComputeDtype(format));
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second->isPacked());
    QCOMPARE(reinterpret_cast<quintptr>(second->packed().data) % 64, quintptr(0));
    const kernels::WeightFormat kernelFormat =
        ComputeDtype(format) == ComputeDtype::Q8 ? kernels::WeightFormat::Q8 : kernels::WeightFormat::Q4;
    const QString entry = QFileInfo(cache->entryPath(sha256Of(ref), kernelFormat)).canonicalFilePath();
    QVERIFY(!entry.isEmpty());
#if defined(Q_OS_LINUX)
    QCOMPARE(mappedFileOf(second->packed().data), entry);
    QCOMPARE(mappedFileOf(first->packed().data), entry); // after storing, the first maps it too
#endif
    QCOMPARE(packedBytesOf(second->packed()), packedBytesOf(reference.packed()));
    for (const int64_t n : {1, 5, 33}) {
      const at::Tensor x = at::randn({n, 96});
      const at::Tensor expected = reference.forward(x);
      QVERIFY(at::equal(first->forward(x), expected));
      QVERIFY(at::equal(second->forward(x), expected));
    }
    // The mapping outlives the cache object and the entry's name.
    const at::Tensor x = at::randn({2, 96});
    const at::Tensor before = second->forward(x);
    QVERIFY(cache->clear());
    QVERIFY(!QFileInfo::exists(entry));
    QVERIFY(at::equal(second->forward(x), before));
  }

  // Float formats are not cached (zero-copy or cheap to convert).
  void floatFormatsNotCached() {
    const auto cache = std::make_shared<const PackedWeightCache>(newCacheDir());
    const TensorFactory factory = factoryWith(cache);
    QVERIFY(factory.loadLinear(refOf(m_file, QStringLiteral("a")), ComputeDtype::BF16));
    QVERIFY(factory.loadLinear(refOf(m_file, QStringLiteral("a")), ComputeDtype::F32));
    QCOMPARE(cache->sizeBytes(), 0);
  }

  // The same bytes read as another shape share the SHA-256 but never the packed result.
  void sameBytesOtherShape() {
    const TensorFactory factory = factoryWith(std::make_shared<const PackedWeightCache>(newCacheDir()));
    for (int round = 0; round < 2; ++round)
      for (const QString &name : {QStringLiteral("a"), QStringLiteral("a_t")}) {
        const TensorRef ref = refOf(m_file, name);
        auto w = factory.loadLinear(ref, ComputeDtype::Q8);
        QVERIFY(w);
        QCOMPARE(w->outFeatures(), ref.shape().first());
        QCOMPARE(packedBytesOf(w->packed()), packedBytesOf(uncached(ref, ComputeDtype::Q8).packed()));
      }
  }

  // A source rewritten with other values (new modification time) misses; rewritten with the
  // same bytes it misses the index but finds the entry by hash without writing it again.
  void changedSourceMisses() {
    const QString path = m_dir.filePath(QStringLiteral("changing.safetensors"));
    const auto cache = std::make_shared<const PackedWeightCache>(newCacheDir());
    const TensorFactory factory = factoryWith(cache);
    auto v1 = writeSource(path, m_a, m_b);
    QVERIFY(v1);
    QVERIFY(factory.loadLinear(refOf(v1, QStringLiteral("b")), ComputeDtype::Q8));
    QVERIFY(cache->find(refOf(v1, QStringLiteral("b")), kernels::WeightFormat::Q8));
    const QDateTime stamp = QFileInfo(path).lastModified();

    const at::Tensor other = at::randn({64, 96}) * 0.05;
    auto v2 = writeSource(path, m_a, other);
    QVERIFY(v2);
    QCOMPARE(v2->fileSize(), v1->fileSize());
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::ReadWrite));
      QVERIFY(f.setFileTime(stamp.addSecs(10), QFileDevice::FileModificationTime));
    }
    const TensorRef ref2 = refOf(v2, QStringLiteral("b"));
    QVERIFY(!cache->find(ref2, kernels::WeightFormat::Q8));
    auto w2 = factory.loadLinear(ref2, ComputeDtype::Q8);
    QVERIFY(w2);
    QCOMPARE(packedBytesOf(w2->packed()), packedBytesOf(uncached(ref2, ComputeDtype::Q8).packed()));
    QVERIFY(cache->find(ref2, kernels::WeightFormat::Q8));

#if defined(Q_OS_UNIX)
    // Rewritten in place with the modification time set back: the change time still differs
    // (file times advance by the kernel's clock tick: wait past one).
    QTest::qWait(20);
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::ReadWrite));
      const TensorInfo *info = v2->find(QStringLiteral("b"));
      QVERIFY(f.seek(info->offset));
      QVERIFY(f.write(bytesOf(m_b.to(at::kBFloat16))) == info->byteSize);
      f.close();
      QFile g(path);
      QVERIFY(g.open(QIODevice::ReadWrite));
      QVERIFY(g.setFileTime(stamp.addSecs(10), QFileDevice::FileModificationTime));
    }
    auto v3 = SafetensorsFile::open(path);
    QVERIFY(v3);
    QVERIFY(!cache->find(refOf(*v3, QStringLiteral("b")), kernels::WeightFormat::Q8));
#endif

    // The same bytes as v1 again: the entry v1 stored is found by its hash, not written again.
    const QString entry = cache->entryPath(sha256Of(refOf(v1, QStringLiteral("b"))), kernels::WeightFormat::Q8);
    const QDateTime entryTime = QFileInfo(entry).lastModified();
    QTest::qWait(20);
    auto v4 = writeSource(path, m_a, m_b);
    QVERIFY(v4);
    const TensorRef ref4 = refOf(v4, QStringLiteral("b"));
    QVERIFY(!cache->find(ref4, kernels::WeightFormat::Q8));
    auto w4 = factory.loadLinear(ref4, ComputeDtype::Q8);
    QVERIFY(w4);
    QCOMPARE(QFileInfo(entry).lastModified(), entryTime);
#if defined(Q_OS_LINUX)
    QCOMPARE(mappedFileOf(w4->packed().data), QFileInfo(entry).canonicalFilePath());
#endif
    QVERIFY(cache->find(ref4, kernels::WeightFormat::Q8));
  }

  // A damaged entry is never trusted: find() removes it, and loading packs and stores it again.
  void damagedEntryRepacked_data() {
    QTest::addColumn<QString>("damage");
    for (const char *d : {"truncated", "empty", "appended", "magic", "rows", "sha256", "version"})
      QTest::addRow("%s", d) << QString::fromLatin1(d);
  }
  void damagedEntryRepacked() {
    QFETCH(QString, damage);
    const auto cache = std::make_shared<const PackedWeightCache>(newCacheDir());
    const TensorRef ref = refOf(m_file, QStringLiteral("b"));
    const QString entry = cache->entryPath(sha256Of(ref), kernels::WeightFormat::Q8);
    const QByteArray reference = packedBytesOf(uncached(ref, ComputeDtype::Q8).packed());
    QVERIFY(factoryWith(cache).loadLinear(ref, ComputeDtype::Q8)); // stored, and dropped
    const qint64 size = QFileInfo(entry).size();
    QCOMPARE(size, PackedWeightCache::kHeaderBytes + reference.size());
    {
      QFile f(entry);
      QVERIFY(f.open(QIODevice::ReadWrite));
      auto patch = [&f](qint64 at, const QByteArray &bytes) { return f.seek(at) && f.write(bytes) == bytes.size(); };
      if (damage == QLatin1String("truncated"))
        QVERIFY(f.resize(size - 100));
      else if (damage == QLatin1String("empty"))
        QVERIFY(f.resize(0));
      else if (damage == QLatin1String("appended"))
        QVERIFY(patch(size, QByteArray(64, 'x')));
      else if (damage == QLatin1String("magic"))
        QVERIFY(patch(0, "MDIPACK9"));
      else if (damage == QLatin1String("rows"))
        QVERIFY(patch(24, QByteArray("\x26\0\0\0", 4))); // 38 rows
      else if (damage == QLatin1String("sha256"))
        QVERIFY(patch(48, QByteArray(32, '\x5a')));
      else if (damage == QLatin1String("version"))
        QVERIFY(patch(8, QByteArray("\x63\0\0\0", 4)));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged or truncated; removed")));
    QVERIFY(!cache->find(ref, kernels::WeightFormat::Q8));
    QVERIFY(!QFileInfo::exists(entry));
    auto w = factoryWith(cache).loadLinear(ref, ComputeDtype::Q8);
    QVERIFY(w);
    QCOMPARE(packedBytesOf(w->packed()), reference);
    QCOMPARE(QFileInfo(entry).size(), size);
    auto found = cache->find(ref, kernels::WeightFormat::Q8);
    QVERIFY(found);
    QCOMPARE(packedBytesOf(found->packed), reference);
  }

  // A damaged index is ignored (and replaced by the next store).
  void damagedIndexIgnored() {
    const auto cache = std::make_shared<const PackedWeightCache>(newCacheDir());
    const QString path = m_dir.filePath(QStringLiteral("indexed.safetensors"));
    auto file = writeSource(path, m_a, m_b);
    QVERIFY(file);
    QVERIFY(QDir().mkpath(QFileInfo(cache->indexPath(path)).absolutePath()));
    {
      QFile index(cache->indexPath(path));
      QVERIFY(index.open(QIODevice::WriteOnly));
      index.write("{\"version\": 1, \"tensors\": [garbage");
    }
    const TensorRef ref = refOf(file, QStringLiteral("a"));
    QVERIFY(!cache->find(ref, kernels::WeightFormat::Q4));
    QVERIFY(factoryWith(cache).loadLinear(ref, ComputeDtype::Q4));
    QVERIFY(cache->find(ref, kernels::WeightFormat::Q4));
  }

  // A cache that cannot be written (a file in the way, a read-only folder) warns once and
  // loading goes on, packing as without a cache.
  void unwritableCacheStillLoads() {
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
      QFile f(blocker);
      QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto cache = std::make_shared<const PackedWeightCache>(blocker + QStringLiteral("/cache"));
    const TensorFactory factory = factoryWith(cache);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Packed weight cache: cannot create")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Packed weight cache")));
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")})
      for (const ComputeDtype format : {ComputeDtype::Q8, ComputeDtype::Q4}) {
        const TensorRef ref = refOf(m_file, name);
        auto w = factory.loadLinear(ref, format);
        QVERIFY2(w, qPrintable(w.error()));
        QCOMPARE(packedBytesOf(w->packed()), packedBytesOf(uncached(ref, format).packed()));
      }

    // A read-only folder (root may write into it anyway: then it simply caches).
    const QString readOnly = newCacheDir();
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const TensorFactory second = factoryWith(std::make_shared<const PackedWeightCache>(readOnly));
    const bool writable = QFile(readOnly + QStringLiteral("/probe")).open(QIODevice::WriteOnly);
    if (!writable)
      QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Packed weight cache: cannot write")));
    for (int i = 0; i < 2; ++i) {
      const TensorRef ref = refOf(m_file, QStringLiteral("b"));
      auto w = second.loadLinear(ref, ComputeDtype::Q8);
      QVERIFY2(w, qPrintable(w.error()));
      QCOMPARE(packedBytesOf(w->packed()), packedBytesOf(uncached(ref, ComputeDtype::Q8).packed()));
    }
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  }

  // MDI_PACKED_CACHE: "off"/"0" turn the cache off, a folder replaces the default one.
  void environment() {
    const QByteArray saved = qgetenv("MDI_PACKED_CACHE");
    const bool wasSet = qEnvironmentVariableIsSet("MDI_PACKED_CACHE");
    for (const char *off : {"off", "OFF", "0"}) {
      qputenv("MDI_PACKED_CACHE", off);
      QVERIFY(PackedWeightCache::defaultDirectory().isEmpty());
      QVERIFY(!PackedWeightCache::openDefault());
    }
    const QString folder = m_dir.filePath(QStringLiteral("from-env"));
    qputenv("MDI_PACKED_CACHE", folder.toLocal8Bit());
    QCOMPARE(PackedWeightCache::defaultDirectory(), folder);
    auto cache = PackedWeightCache::openDefault();
    QVERIFY(cache);
    QCOMPARE(cache->directory(), folder);
    qunsetenv("MDI_PACKED_CACHE");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(PackedWeightCache::defaultDirectory().endsWith(QLatin1String("/mdi-chat/packed-weights")),
             qPrintable(PackedWeightCache::defaultDirectory()));
    QStandardPaths::setTestModeEnabled(false);
    if (wasSet)
      qputenv("MDI_PACKED_CACHE", saved);

    // A disabled cache neither finds nor stores.
    const PackedWeightCache disabled{QString()};
    QVERIFY(!disabled.isEnabled());
    const TensorRef ref = refOf(m_file, QStringLiteral("a"));
    QVERIFY(!disabled.find(ref, kernels::WeightFormat::Q8));
    const LinearWeight w = uncached(ref, ComputeDtype::Q8);
    QVERIFY(!disabled.store(ref, kernels::WeightFormat::Q8, w.packed().data, w.packed().bytes()));
    QCOMPARE(disabled.sizeBytes(), 0);
  }

  // Several loaders at once (stages of one process; the app and mdi-node) get the same weights.
  void concurrentLoads() {
    const QString dir = newCacheDir();
    const TensorRef a = refOf(m_file, QStringLiteral("a"));
    const TensorRef b = refOf(m_file, QStringLiteral("b"));
    const QByteArray ra = packedBytesOf(uncached(a, ComputeDtype::Q4).packed());
    const QByteArray rb = packedBytesOf(uncached(b, ComputeDtype::Q4).packed());
    std::vector<QByteArray> got(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < got.size(); ++i)
      threads.emplace_back([&, i] {
        // Each its own cache object, as separate processes would have.
        const TensorFactory factory = factoryWith(std::make_shared<const PackedWeightCache>(dir));
        auto wa = factory.loadLinear(a, ComputeDtype::Q4);
        auto wb = factory.loadLinear(b, ComputeDtype::Q4);
        if (wa && wb)
          got[i] = packedBytesOf(wa->packed()) + packedBytesOf(wb->packed());
      });
    for (std::thread &t : threads)
      t.join();
    for (const QByteArray &g : got)
      QVERIFY(g == ra + rb);
    const PackedWeightCache cache(dir);
    QVERIFY(cache.find(a, kernels::WeightFormat::Q4));
    QVERIFY(cache.find(b, kernels::WeightFormat::Q4));
  }

  // clear() removes the cache's own files only.
  void clearKeepsForeignFiles() {
    const QString dir = newCacheDir();
    const auto cache = std::make_shared<const PackedWeightCache>(dir);
    QVERIFY(factoryWith(cache).loadLinear(refOf(m_file, QStringLiteral("a")), ComputeDtype::Q8));
    QVERIFY(cache->sizeBytes() > 0);
    {
      QFile foreign(dir + QStringLiteral("/notes.txt"));
      QVERIFY(foreign.open(QIODevice::WriteOnly));
      foreign.write("mine");
    }
    QVERIFY(cache->clear());
    QCOMPARE(cache->sizeBytes(), 4);
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/notes.txt")));
    QVERIFY(!cache->find(refOf(m_file, QStringLiteral("a")), kernels::WeightFormat::Q8));
  }
};

QTEST_GUILESS_MAIN(TestPackedWeightCache)
#include "tst_packedweightcache.moc"
