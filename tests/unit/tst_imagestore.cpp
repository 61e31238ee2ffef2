#include "fixtures.h"
#include "store/imagestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, format);
  if (quality >= 0)
    writer.setQuality(quality);
  writer.write(image);
  return bytes;
}

QImage pattern(int w, int h) {
  QImage image(w, h, QImage::Format_RGB32);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      image.setPixel(x, y, qRgb(x * 40, y * 60, 128));
  return image;
}

QString sha256(const QByteArray &bytes) {
  return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

quint32 crc32(const QByteArray &data) {
  quint32 crc = 0xFFFFFFFFu;
  for (char ch : data) {
    crc ^= quint8(ch);
    for (int k = 0; k < 8; ++k)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void putBigEndian(QByteArray &bytes, int at, quint32 value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + i] = char((value >> (24 - 8 * i)) & 0xFF);
}

} // namespace

class TestImageStore : public QObject {
  Q_OBJECT

private:
  QStringList files(const QTemporaryDir &dir) const {
    return QDir(dir.filePath(QStringLiteral("images"))).entryList(QDir::Files, QDir::Name);
  }

  void expectRefused(const Expected<Attachment> &a, const QStringList &mustContain) {
    QVERIFY2(!a, "the data was accepted but should have been refused");
    for (const QString &part : mustContain)
      QVERIFY2(a.error().contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, a.error())));
  }

private Q_SLOTS:
  void addDataKeepsOriginalBytes() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QByteArray png = encode(pattern(3, 2), "png");
    auto a = store.addData(png, QStringLiteral("dots.png"));
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->sha256, sha256(png));
    QCOMPARE(a->fileName, QStringLiteral("dots.png"));
    QCOMPARE(a->mimeType, QStringLiteral("image/png"));
    QCOMPARE(a->width, 3);
    QCOMPARE(a->height, 2);
    QCOMPARE(store.path(*a), dir.filePath(QStringLiteral("images/")) + sha256(png) + QStringLiteral(".png"));
    QCOMPARE(Fixtures::readFile(store.path(*a)), png);
    QVERIFY(store.contains(*a));
    QCOMPARE(store.storedHashes(), QStringList{sha256(png)});
  }

  void sameBytesTwiceIsOneFile() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QByteArray png = encode(pattern(4, 4), "png");
    auto first = store.addData(png, QStringLiteral("a.png"));
    auto second = store.addData(png, QStringLiteral("b.png"));
    QVERIFY(first && second);
    QCOMPARE(first->sha256, second->sha256);
    QCOMPARE(store.path(*first), store.path(*second));
    QCOMPARE(second->fileName, QStringLiteral("b.png")); // the name is per attachment
    QCOMPARE(files(dir).size(), 1);
    auto other = store.addData(encode(pattern(5, 4), "png"), QStringLiteral("c.png"));
    QVERIFY(other);
    QCOMPARE(files(dir).size(), 2);
  }

  void addFileFromDisk() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QString source = Fixtures::imagesDir() + QStringLiteral("/small_40x30.png");
    auto a = store.addFile(source);
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->fileName, QStringLiteral("small_40x30.png"));
    QCOMPARE(a->width, 40);
    QCOMPARE(a->height, 30);
    QCOMPARE(Fixtures::readFile(store.path(*a)), Fixtures::readFile(source));
  }

  void formatFromContentNotName() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QByteArray jpeg = encode(pattern(8, 8), "jpeg", 90);
    auto a = store.addData(jpeg, QStringLiteral("looks-like.png"));
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->mimeType, QStringLiteral("image/jpeg"));
    QVERIFY(store.path(*a).endsWith(QStringLiteral(".jpg")));
    QCOMPARE(Fixtures::readFile(store.path(*a)), jpeg);
  }

  void pastedPixelsBecomePng() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QImage image = pattern(6, 5);
    auto a = store.addImage(image);
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->mimeType, QStringLiteral("image/png"));
    QCOMPARE(a->fileName, QStringLiteral("pasted-image.png"));
    QCOMPARE(a->width, 6);
    QCOMPARE(a->height, 5);
    QImage back(store.path(*a));
    QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image);
    expectRefused(store.addImage(QImage()), {QStringLiteral("empty")});
  }

  void labelIsANameNotAPath() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    auto a = store.addData(encode(pattern(2, 2), "png"), QStringLiteral("../../etc/x\\y.png"));
    QVERIFY(a);
    QCOMPARE(a->fileName, QStringLiteral("y.png"));
    auto unnamed = store.addData(encode(pattern(2, 3), "png"), QString());
    QVERIFY(unnamed);
    QCOMPARE(unnamed->fileName, QStringLiteral("image.png"));
  }

  void refusesNonImages() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    expectRefused(store.addData("hello, world", QStringLiteral("notes.txt")),
                  {QStringLiteral("notes.txt"), QStringLiteral("not an image")});
    expectRefused(store.addData(QByteArray(), QStringLiteral("empty.png")),
                  {QStringLiteral("empty.png"), QStringLiteral("empty")});

    const QString text = dir.filePath(QStringLiteral("readme.png"));
    QVERIFY(Fixtures::writeFile(text, "# not a picture\n"));
    expectRefused(store.addFile(text), {QStringLiteral("readme.png"), QStringLiteral("not an image")});
    expectRefused(store.addFile(dir.filePath(QStringLiteral("missing.png"))),
                  {QStringLiteral("missing.png"), QStringLiteral("not found")});
    expectRefused(store.addFile(dir.path()), {QStringLiteral("folder")});
    QVERIFY(files(dir).isEmpty());
  }

  void refusesCorruptImages() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QByteArray png = Fixtures::readFile(Fixtures::imagesDir() + QStringLiteral("/noise_224x224.png"));
    QVERIFY(png.size() > 1000);
    expectRefused(store.addData(png.left(png.size() / 2), QStringLiteral("half.png")),
                  {QStringLiteral("half.png"), QStringLiteral("damaged")});
    const QByteArray jpeg = encode(pattern(64, 64), "jpeg", 90);
    expectRefused(store.addData(jpeg.left(jpeg.size() - 40), QStringLiteral("cut.jpg")),
                  {QStringLiteral("cut.jpg"), QStringLiteral("ends early")});
    QVERIFY(files(dir).isEmpty());
  }

  // A PNG whose header declares 100000 x 100000 pixels is refused from the header alone.
  void refusesHugeDeclaredSize() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    QByteArray png = encode(pattern(2, 2), "png");
    // Signature (8), IHDR length (4), "IHDR" (4), width at 16, height at 20, CRC at 29.
    QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
    putBigEndian(png, 16, 100000);
    putBigEndian(png, 20, 100000);
    putBigEndian(png, 29, crc32(png.mid(12, 17)));
    expectRefused(store.addData(png, QStringLiteral("bomb.png")),
                  {QStringLiteral("bomb.png"), QStringLiteral("100000 x 100000"), QStringLiteral("megapixels")});
    QVERIFY(files(dir).isEmpty());
  }

  void refusesFormatsOutsideTheList() {
    if (!QImageWriter::supportedImageFormats().contains("xpm"))
      QSKIP("this Qt has no XPM writer");
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    const QByteArray xpm = encode(pattern(2, 2), "xpm");
    QVERIFY(!xpm.isEmpty());
    expectRefused(store.addData(xpm, QStringLiteral("icon.xpm")),
                  {QStringLiteral("icon.xpm"), QStringLiteral("XPM"), QStringLiteral("not accepted")});
  }

  void pendingImagesAreKept() {
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("images")));
    auto a = store.addData(encode(pattern(3, 3), "png"), QStringLiteral("p.png"));
    QVERIFY(a);
    QVERIFY(store.isPending(a->sha256));
    QVERIFY(!store.remove(a->sha256));
    QVERIFY(store.contains(*a));
    store.release({a->sha256});
    QVERIFY(!store.isPending(a->sha256));
    QVERIFY(store.remove(a->sha256));
    QVERIFY(!store.contains(*a));
    QVERIFY(files(dir).isEmpty());
  }

  void pathRefusesMalformedDigests() {
    ImageStore store(QStringLiteral("/tmp/images"));
    Attachment a;
    a.mimeType = QStringLiteral("image/png");
    a.sha256 = QStringLiteral("../../etc/passwd");
    QVERIFY(store.path(a).isEmpty());
    a.sha256 = QString(64, QLatin1Char('A')); // upper case is not how digests are stored
    QVERIFY(store.path(a).isEmpty());
    a.sha256 = QString(64, QLatin1Char('a'));
    QCOMPARE(store.path(a), QStringLiteral("/tmp/images/") + a.sha256 + QStringLiteral(".png"));
  }
};

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
