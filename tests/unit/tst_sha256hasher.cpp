// Sha256Hasher against the FIPS 180-2 examples and against QCryptographicHash.

#include "util/sha256hasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;

class TestSha256Hasher : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void fipsVectors_data();
  void fipsVectors();
  void millionAInOddPieces();
  void resultDoesNotEndTheComputation();
  void resetStartsOver();
  void moveKeepsState();
  void matchesQtOnRandomPieces();
  void hashFile();
  void hashFileErrorsNameTheFile();
};

void TestSha256Hasher::fipsVectors_data() {
  QTest::addColumn<QByteArray>("message");
  QTest::addColumn<QByteArray>("digest");
  QTest::newRow("abc") << QByteArray("abc")
                       << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  QTest::newRow("empty") << QByteArray()
                         << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha256Hasher::fipsVectors() {
  QFETCH(QByteArray, message);
  QFETCH(QByteArray, digest);
  QCOMPARE(Sha256Hasher::hash(message).toHex(), digest);
  QCOMPARE(Sha256Hasher::hash(message.constData(), message.size()).toHex(), digest);
  Sha256Hasher hasher;
  for (char c : message)
    hasher.addData(&c, 1);
  QCOMPARE(hasher.result().size(), 32);
  QCOMPARE(hasher.result().toHex(), digest);
}

void TestSha256Hasher::millionAInOddPieces() {
  const QByteArray a(1000000, 'a');
  Sha256Hasher hasher;
  // Piece sizes that straddle the 64-byte block boundary in every way.
  const int pieces[] = {1, 3, 63, 64, 65, 127, 1000, 4093, 65537};
  qint64 at = 0;
  for (int i = 0; at < a.size(); ++i) {
    const qint64 n = qMin<qint64>(pieces[i % std::size(pieces)], a.size() - at);
    hasher.addData(QByteArrayView(a.constData() + at, n));
    at += n;
  }
  QCOMPARE(hasher.result().toHex(), QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestSha256Hasher::resultDoesNotEndTheComputation() {
  Sha256Hasher hasher;
  hasher.addData(QByteArrayView("ab"));
  QCOMPARE(hasher.result(), Sha256Hasher::hash(QByteArrayView("ab")));
  hasher.addData(QByteArrayView("c"));
  QCOMPARE(hasher.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  QCOMPARE(hasher.result(), hasher.result());
}

void TestSha256Hasher::resetStartsOver() {
  Sha256Hasher hasher;
  hasher.addData(QByteArrayView("something else"));
  hasher.reset();
  hasher.addData(QByteArrayView("abc"));
  QCOMPARE(hasher.result(), Sha256Hasher::hash(QByteArrayView("abc")));
}

void TestSha256Hasher::moveKeepsState() {
  Sha256Hasher first;
  first.addData(QByteArrayView("ab"));
  Sha256Hasher second(std::move(first));
  second.addData(QByteArrayView("c"));
  Sha256Hasher third;
  third = std::move(second);
  QCOMPARE(third.result(), Sha256Hasher::hash(QByteArrayView("abc")));
}

void TestSha256Hasher::matchesQtOnRandomPieces() {
  QRandomGenerator random(20261129);
  for (int round = 0; round < 20; ++round) {
    QByteArray data(int(random.bounded(1, 3 << 20)), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    Sha256Hasher hasher;
    QCryptographicHash qt(QCryptographicHash::Sha256);
    for (qint64 at = 0; at < data.size();) {
      const qint64 n = qMin<qint64>(random.bounded(0, round % 2 ? 300 : 200000), data.size() - at);
      hasher.addData(data.constData() + at, n);
      qt.addData(QByteArrayView(data.constData() + at, n));
      at += n;
    }
    QCOMPARE(hasher.result(), qt.result());
    QCOMPARE(Sha256Hasher::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
  }
  qInfo("implementation: %s", Sha256Hasher::usesOpenSsl() ? "OpenSSL libcrypto" : "QCryptographicHash");
}

void TestSha256Hasher::hashFile() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  // Larger than one read block, so that several are hashed.
  QByteArray data(9 << 20, Qt::Uninitialized);
  QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
  const QString path = dir.filePath(QStringLiteral("weights.bin"));
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  QCOMPARE(file.write(data), qint64(data.size()));
  file.close();

  auto whole = Sha256Hasher::hashFile(path);
  QVERIFY2(whole, qPrintable(whole.error()));
  QCOMPARE(*whole, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
  auto range = Sha256Hasher::hashFile(path, 12345, 8 << 20);
  QVERIFY2(range, qPrintable(range.error()));
  QCOMPARE(*range, QCryptographicHash::hash(data.mid(12345, 8 << 20), QCryptographicHash::Sha256));
  auto tail = Sha256Hasher::hashFile(path, data.size() - 10);
  QVERIFY2(tail, qPrintable(tail.error()));
  QCOMPARE(*tail, QCryptographicHash::hash(data.right(10), QCryptographicHash::Sha256));
}

void TestSha256Hasher::hashFileErrorsNameTheFile() {
  QTemporaryDir dir;
  const QString missing = dir.filePath(QStringLiteral("missing.bin"));
  auto result = Sha256Hasher::hashFile(missing);
  QVERIFY(!result);
  QVERIFY2(result.error().contains(QStringLiteral("missing.bin")), qPrintable(result.error()));

  const QString shortFile = dir.filePath(QStringLiteral("short.bin"));
  QFile file(shortFile);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("0123456789");
  file.close();
  auto past = Sha256Hasher::hashFile(shortFile, 4, 100);
  QVERIFY(!past);
  QVERIFY2(past.error().contains(QStringLiteral("short.bin")), qPrintable(past.error()));
  QVERIFY(!Sha256Hasher::hashFile(shortFile, 11));
}

QTEST_GUILESS_MAIN(TestSha256Hasher)
#include "tst_sha256hasher.moc"
