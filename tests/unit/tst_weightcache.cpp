// The node's weight cache (issue 16 #5): an entry is its SHA-256, dtype and shape together, so
// the bytes of an F16 tensor uploaded labelled BF16 are never handed out as another
// coordinator's F16 tensor (nor the other way round); a complete file counts as held only while
// the record of its verification matches it, so a file changed on disk (or left by a crash) is
// received again after a restart instead of served.

#include "model/safetensorsfile.h"
#include "remote/weightcache.h"
#include "util/sha256hasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mdi;

namespace {
QByteArray someBytes(qsizetype n, int seed) {
  QByteArray bytes(n, '\0');
  for (qsizetype i = 0; i < n; ++i)
    bytes[i] = char((i * 31 + seed * 7) & 0xff);
  return bytes;
}

TensorManifestEntry entryFor(const QByteArray &bytes, const QString &dtype, const QList<qint64> &shape) {
  TensorManifestEntry entry;
  entry.name = QStringLiteral("model.layers.0.mlp.up_proj.weight");
  entry.dtype = dtype;
  entry.shape = shape;
  entry.byteSize = bytes.size();
  entry.sha256 = Sha256Hasher::hash(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
  return entry;
}
} // namespace

class TestWeightCache : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void uploadThenHeld() {
    QTemporaryDir dir;
    WeightCache cache(dir.path());
    QVERIFY(cache.prepare());
    const QByteArray bytes = someBytes(4 * 8 * 2, 1);
    const TensorManifestEntry entry = entryFor(bytes, QStringLiteral("BF16"), {4, 8});
    QCOMPARE(cache.held(entry), qint64(0));
    auto state = cache.append(entry, 0, bytes.left(20));
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Partial);
    QCOMPARE(cache.held(entry), qint64(20));
    state = cache.append(entry, 20, bytes.mid(20));
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Complete);
    QCOMPARE(cache.held(entry), entry.byteSize);
    auto ref = cache.tensor(entry);
    QVERIFY2(ref, qPrintable(ref.error()));
    QCOMPARE(ref->dtype(), DType::BF16);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(ref->data()), ref->byteSize()), bytes);
    // After a restart: still held, without sending it again.
    WeightCache again(dir.path());
    QCOMPARE(again.held(entry), entry.byteSize);
    QVERIFY(again.tensor(entry));
  }

  // A coordinator uploads F16 bytes labelled BF16 (the SHA-256 is that of the bytes, so it
  // checks out). A later coordinator whose tensor has those very bytes as F16 must not be told
  // they are held, and gets its own entry with its own dtype.
  void sameBytesOtherDtypeIsAnotherEntry() {
    QTemporaryDir dir;
    WeightCache cache(dir.path());
    QVERIFY(cache.prepare());
    const QByteArray bytes = someBytes(4 * 8 * 2, 2);
    const TensorManifestEntry poisoned = entryFor(bytes, QStringLiteral("BF16"), {4, 8});
    const TensorManifestEntry honest = entryFor(bytes, QStringLiteral("F16"), {4, 8});
    const TensorManifestEntry reshaped = entryFor(bytes, QStringLiteral("BF16"), {8, 4});
    auto state = cache.append(poisoned, 0, bytes);
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Complete);
    QCOMPARE(cache.held(honest), qint64(0));
    QCOMPARE(cache.held(reshaped), qint64(0));
    QVERIFY2(!cache.tensor(honest), "the BF16 upload was handed out as an F16 tensor");
    state = cache.append(honest, 0, bytes);
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Complete);
    auto ref = cache.tensor(honest);
    QVERIFY2(ref, qPrintable(ref.error()));
    QCOMPARE(ref->dtype(), DType::F16);
    auto other = cache.tensor(poisoned);
    QVERIFY2(other, qPrintable(other.error()));
    QCOMPARE(other->dtype(), DType::BF16);
  }

  // Bytes that do not hash to the manifest's SHA-256 are discarded, never held.
  void corruptUploadDiscarded() {
    QTemporaryDir dir;
    WeightCache cache(dir.path());
    QVERIFY(cache.prepare());
    const QByteArray bytes = someBytes(64, 3);
    const TensorManifestEntry entry = entryFor(bytes, QStringLiteral("F32"), {16});
    QByteArray wrong = bytes;
    wrong[5] = char(wrong[5] ^ 1);
    auto state = cache.append(entry, 0, wrong);
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Corrupt);
    QCOMPARE(cache.held(entry), qint64(0));
    QVERIFY(!cache.tensor(entry));
  }

  // A complete file changed after it was verified (same size) is not held after a restart: it is
  // received again, and the stage never maps the changed bytes.
  void fileChangedOnDiskNotHeld() {
    QTemporaryDir dir;
    const QByteArray bytes = someBytes(4 * 8 * 4, 4);
    const TensorManifestEntry entry = entryFor(bytes, QStringLiteral("F32"), {4, 8});
    QString path;
    {
      WeightCache cache(dir.path());
      QVERIFY(cache.prepare());
      auto state = cache.append(entry, 0, bytes);
      QVERIFY2(state, qPrintable(state.error()));
      QCOMPARE(*state, WeightAckMessage::State::Complete);
      path = cache.completePath(entry);
    }
    QThread::msleep(20); // a later modification time
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 1));
    QVERIFY(file.write("\x7f", 1) == 1);
    file.close();

    WeightCache restarted(dir.path());
    QCOMPARE(restarted.held(entry), qint64(0));
    QVERIFY(!restarted.tensor(entry));
    // Sent again, it is verified and held again.
    auto state = restarted.append(entry, 0, bytes);
    QVERIFY2(state, qPrintable(state.error()));
    QCOMPARE(*state, WeightAckMessage::State::Complete);
    QCOMPARE(restarted.held(entry), entry.byteSize);
    auto ref = restarted.tensor(entry);
    QVERIFY2(ref, qPrintable(ref.error()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(ref->data()), ref->byteSize()), bytes);
  }

  // A complete file without its record (a crash between the rename and the record, or a file put
  // there by hand) is not held.
  void fileWithoutRecordNotHeld() {
    QTemporaryDir dir;
    const QByteArray bytes = someBytes(32, 5);
    const TensorManifestEntry entry = entryFor(bytes, QStringLiteral("F32"), {8});
    WeightCache cache(dir.path());
    QVERIFY(cache.prepare());
    QVERIFY(cache.import(entry, reinterpret_cast<const uchar *>(bytes.constData()), bytes.size()));
    QCOMPARE(cache.held(entry), entry.byteSize);
    const QStringList records = QDir(dir.path()).entryList({QStringLiteral("*.verified")}, QDir::Files);
    QCOMPARE(records.size(), 1);
    QVERIFY(QFile::remove(QDir(dir.path()).filePath(records.first())));
    QCOMPARE(cache.held(entry), qint64(0));
    QVERIFY(!cache.tensor(entry));
  }

  // Cache file names come from hex digits, a known dtype and numbers only, whatever the peer sent.
  void namesAreSafe() {
    QTemporaryDir dir;
    WeightCache cache(dir.path());
    TensorManifestEntry entry = entryFor(someBytes(8, 6), QStringLiteral("../../x"), {2});
    const QString name = QFileInfo(cache.completePath(entry)).fileName();
    QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QStringLiteral("..")), qPrintable(name));
    QCOMPARE(QFileInfo(cache.completePath(entry)).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
  }
};

QTEST_GUILESS_MAIN(TestWeightCache)
#include "tst_weightcache.moc"
