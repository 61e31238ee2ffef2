#include "fixtures.h"
#include "model/safetensorsfile.h"
#include "model/safetensorswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

// Safetensors bytes from a header text and a data block, with any header length field the
// test wants (bad inputs lie about it).
QByteArray rawFile(const QByteArray &header, const QByteArray &data, qint64 lengthField = -1) {
  QByteArray out(8, '\0');
  qToLittleEndian<quint64>(quint64(lengthField < 0 ? header.size() : lengthField), out.data());
  return out + header + data;
}

template <typename T> QByteArray bytesOf(std::initializer_list<T> values) {
  QByteArray out;
  for (T v : values) {
    T le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
  }
  return out;
}

template <typename T> QList<T> valuesOf(const SafetensorsFile &file, const TensorInfo &info) {
  QList<T> out(info.byteSize / qint64(sizeof(T)));
  std::memcpy(out.data(), file.data(info), size_t(info.byteSize));
  for (T &v : out)
    v = qFromLittleEndian(v);
  return out;
}

} // namespace

class TestSafetensorsFile : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  int m_counter = 0;

  QString writeTemp(const QByteArray &bytes) {
    const QString path = m_dir.filePath(QStringLiteral("t%1.safetensors").arg(++m_counter));
    if (!Fixtures::writeFile(path, bytes))
      qFatal("cannot write %s", qPrintable(path));
    return path;
  }

  // Opens bytes that must be refused; checks the message names the file and contains each part.
  void expectRefused(const QByteArray &bytes, const QStringList &mustContain) {
    const QString path = writeTemp(bytes);
    auto file = SafetensorsFile::open(path);
    QVERIFY2(!file, "a bad file was accepted");
    const QString name = QFileInfo(path).fileName();
    QVERIFY2(file.error().startsWith(name + QLatin1Char(':')), qPrintable(file.error()));
    for (const QString &part : mustContain)
      QVERIFY2(file.error().contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, file.error())));
  }

  static QByteArray f32Tensor(const char *name, const char *shape, int begin, int end) {
    return QStringLiteral("\"%1\":{\"dtype\":\"F32\",\"shape\":%2,\"data_offsets\":[%3,%4]}")
        .arg(QLatin1String(name), QLatin1String(shape))
        .arg(begin)
        .arg(end)
        .toUtf8();
  }

private Q_SLOTS:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void fixtureCheckpoint() {
    auto file = SafetensorsFile::open(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE((*file)->tensors().size(), 57);
    const TensorInfo *embed = (*file)->find(QStringLiteral("model.embed_tokens.weight"));
    QVERIFY(embed);
    QCOMPARE(embed->dtype, DType::F16);
    QCOMPARE(embed->shape, (QList<qint64>{151936, 64}));
    QCOMPARE(embed->byteSize, 151936LL * 64 * 2);
  }

  void fixtureCaseTensors() {
    auto file =
        SafetensorsFile::open(Fixtures::caseDir(QStringLiteral("two_images")) + QStringLiteral("/tensors.safetensors"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE((*file)->metadata().value(QStringLiteral("format")), QStringLiteral("pt"));
    const TensorInfo *grid = (*file)->find(QStringLiteral("image_grid_thw"));
    QVERIFY(grid);
    QCOMPARE(grid->dtype, DType::I64);
    // case.json: image_grid_thw [[1, 6, 8], [1, 10, 10]]
    QCOMPARE(valuesOf<qint64>(**file, *grid), (QList<qint64>{1, 6, 8, 1, 10, 10}));
  }

  // --- bad inputs: each refused with its own message ---

  void missingFile() {
    auto file = SafetensorsFile::open(m_dir.filePath(QStringLiteral("nothing-here.safetensors")));
    QVERIFY(!file);
    QVERIFY2(file.error().contains(QStringLiteral("file not found")), qPrintable(file.error()));
  }

  void emptyFile() { expectRefused({}, {QStringLiteral("0 bytes is shorter than the 8-byte header length")}); }

  void shorterThanLengthField() {
    expectRefused(QByteArray(5, '\0'), {QStringLiteral("5 bytes is shorter than the 8-byte header length")});
  }

  void truncatedData() {
    // A valid file with 2 x 16 bytes of data, cut 4 bytes short: the last tensor's range ends
    // past the data that is left.
    const QByteArray header = "{" + f32Tensor("a", "[4]", 0, 16) + "," + f32Tensor("b", "[4]", 16, 32) + "}";
    QByteArray bytes = rawFile(header, QByteArray(32, '\1'));
    QVERIFY(SafetensorsFile::open(writeTemp(bytes)));
    bytes.chop(4);
    expectRefused(bytes, {QStringLiteral("tensor 'b' lies outside the data (ends at byte 32 of 28; truncated file?)")});
  }

  void headerCut() {
    // The file ends inside the header: the length field promises more than is there.
    const QByteArray header = "{" + f32Tensor("a", "[4]", 0, 16) + "}";
    const QByteArray bytes = rawFile(header, QByteArray(16, '\0')).left(8 + header.size() / 2);
    expectRefused(bytes, {QStringLiteral("header length %1 runs past the end of the file").arg(header.size()),
                          QStringLiteral("truncated?")});
  }

  void headerLengthLargerThanFile() {
    expectRefused(rawFile("{}", {}, 4096),
                  {QStringLiteral("header length 4096 runs past the end of the file (10 bytes")});
  }

  void headerLengthOverLimit() {
    // 200 MB claimed: refused by the bound before anything is allocated or parsed.
    const qint64 claimed = 200LL << 20;
    expectRefused(rawFile("{}", {}, claimed),
                  {QStringLiteral("header length %1 exceeds the limit of %2 bytes").arg(claimed).arg(100LL << 20)});
    // A length field with the top bit set must not wrap around into something small.
    expectRefused(rawFile("{}", {}, std::numeric_limits<qint64>::max()), {QStringLiteral("exceeds the limit")});
  }

  void headerNotJson() {
    expectRefused(rawFile("{\"a\": {\"dtype\": \"F32\",", {}), {QStringLiteral("header is not valid JSON")});
    expectRefused(rawFile(QByteArray(16, '\0'), {}), {QStringLiteral("header is not valid JSON")});
  }

  void headerNotObject() { expectRefused(rawFile("[1, 2, 3]", {}), {QStringLiteral("header is not a JSON object")}); }

  void entryNotObject() { expectRefused(rawFile("{\"a\": 5}", {}), {QStringLiteral("entry 'a' is not an object")}); }

  void metadataNotObject() {
    expectRefused(rawFile("{\"__metadata__\": [1]}", {}), {QStringLiteral("__metadata__ is not an object")});
  }

  void unknownDtype() {
    expectRefused(rawFile(R"({"w": {"dtype": "Q4_K", "shape": [2], "data_offsets": [0, 2]}})", QByteArray(2, '\0')),
                  {QStringLiteral("tensor 'w' has unknown dtype 'Q4_K'")});
    expectRefused(rawFile(R"({"w": {"shape": [2], "data_offsets": [0, 8]}})", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' has unknown dtype ''")});
  }

  void badShape() {
    expectRefused(rawFile("{" + f32Tensor("w", "[2, -1]", 0, 8) + "}", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' has an invalid dimension in its shape")});
    expectRefused(rawFile("{" + f32Tensor("w", "[2.5]", 0, 8) + "}", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' has an invalid dimension in its shape")});
    expectRefused(rawFile(R"({"w": {"dtype": "F32", "data_offsets": [0, 8]}})", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' has no shape list")});
    // Dimensions whose product overflows 64 bits.
    expectRefused(rawFile("{" + f32Tensor("w", "[65536, 65536, 65536, 65536]", 0, 8) + "}", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w'")});
  }

  void shapeTimesDtypeSizeDiffersFromRange() {
    // F32 [2, 3] is 24 bytes; the range holds 20.
    expectRefused(rawFile("{" + f32Tensor("w", "[2, 3]", 0, 20) + "}", QByteArray(24, '\0')),
                  {QStringLiteral("tensor 'w': shape x dtype size is 24 bytes but its byte range holds 20")});
  }

  void badOffsets() {
    expectRefused(rawFile("{" + f32Tensor("w", "[1]", 8, 4) + "}", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' has invalid data_offsets [8, 4]")});
    expectRefused(rawFile(R"({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0]}})", QByteArray(8, '\0')),
                  {QStringLiteral("tensor 'w' needs data_offsets [begin, end]")});
  }

  void rangesOverlap() {
    const QByteArray header = "{" + f32Tensor("a", "[4]", 0, 16) + "," + f32Tensor("b", "[4]", 8, 24) + "}";
    expectRefused(rawFile(header, QByteArray(24, '\0')),
                  {QStringLiteral("the byte ranges of tensors 'a' and 'b' overlap")});
  }

  void emptyTensorSharingAnOffset() {
    // PyTorch writes empty tensors with data_offsets [x, x], x being where the next tensor
    // starts. That is no overlap, whichever order the entries come in.
    for (const QByteArray &header :
         {"{" + f32Tensor("a", "[4]", 0, 16) + "," + f32Tensor("b", "[0]", 0, 0) + "}",
          "{" + f32Tensor("b", "[4]", 0, 16) + "," + f32Tensor("a", "[0]", 0, 0) + "}",
          "{" + f32Tensor("a", "[4]", 0, 16) + "," + f32Tensor("b", "[0, 3]", 16, 16) + "}"}) {
      auto file = SafetensorsFile::open(writeTemp(rawFile(header, QByteArray(16, '\0'))));
      QVERIFY2(file, qPrintable(file.error() + QLatin1Char(' ') + QString::fromUtf8(header)));
      QCOMPARE((*file)->tensors().size(), 2);
    }
  }

  void rangeOutsideData() {
    expectRefused(rawFile("{" + f32Tensor("w", "[16]", 0, 64) + "}", QByteArray(32, '\0')),
                  {QStringLiteral("tensor 'w' lies outside the data (ends at byte 64 of 32")});
  }

  void duplicateNames() {
    const QByteArray header = "{" + f32Tensor("w", "[1]", 0, 4) + "," + f32Tensor("w", "[1]", 4, 8) + "}";
    expectRefused(rawFile(header, QByteArray(8, '\0')), {QStringLiteral("tensor 'w' appears more than once")});
    // The same key spelled with an escape is the same name.
    const QByteArray escaped = "{" + f32Tensor("w", "[1]", 0, 4) + "," + f32Tensor("\\u0077", "[1]", 4, 8) + "}";
    expectRefused(rawFile(escaped, QByteArray(8, '\0')), {QStringLiteral("tensor 'w' appears more than once")});
  }

  void trickyKeysAreNotDuplicates() {
    // Quotes, braces and commas inside names must not confuse the duplicate scan.
    const QByteArray header = "{" + f32Tensor("a\\\"},{\\\"b", "[1]", 0, 4) + "," + f32Tensor("b", "[1]", 4, 8) +
                              ",\"__metadata__\":{\"x\":\"{,}\"}}";
    auto file = SafetensorsFile::open(writeTemp(rawFile(header, QByteArray(8, '\0'))));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE((*file)->tensors().size(), 2);
    QVERIFY((*file)->contains(QStringLiteral("a\"},{\"b")));
    QCOMPARE((*file)->metadata().value(QStringLiteral("x")), QStringLiteral("{,}"));
  }

  // --- a file written here, read back exactly ---

  void writerRoundTrip() {
    const QString path = m_dir.filePath(QStringLiteral("written.safetensors"));
    SafetensorsWriter writer(path);
    writer.setMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    const QByteArray f32 = bytesOf<float>({1.0f, -2.5f, 3.25f, 0.0f, -0.0f, 1e-30f});
    // BF16 bit patterns: 1.0, -2.0, +inf, 0x3E20 = 0.15625
    const QByteArray bf16 = bytesOf<quint16>({0x3F80, 0xC000, 0x7F80, 0x3E20});
    const QByteArray i64 = bytesOf<qint64>({-1, 0, 1LL << 40});
    const QByteArray u8("\x00\x01\x7f\x80\xff", 5);
    QVERIFY(writer.addTensor(QStringLiteral("f32"), DType::F32, {2, 3}, f32));
    QVERIFY(writer.addTensor(QStringLiteral("bf16"), DType::BF16, {4}, bf16));
    QVERIFY(writer.addTensor(QStringLiteral("i64"), DType::I64, {3, 1}, i64));
    QVERIFY(writer.addTensor(QStringLiteral("u8"), DType::U8, {5}, u8));
    QVERIFY(writer.addTensor(QStringLiteral("empty"), DType::F16, {0, 7}, {}));
    QCOMPARE(writer.dataSize(), 24 + 8 + 24 + 5);
    QVERIFY2(writer.write(), "write failed");

    const QByteArray raw = Fixtures::readFile(path);
    const quint64 headerLength = qFromLittleEndian<quint64>(raw.constData());
    QCOMPARE(headerLength % 8, 0u); // data 8-byte aligned
    QCOMPARE(qint64(raw.size()), qint64(8 + headerLength + 61));
    // Hand-computed offsets: the data follows in the order the tensors were added.
    const QJsonObject header = QJsonDocument::fromJson(raw.mid(8, qsizetype(headerLength))).object();
    QCOMPARE(header.value(QStringLiteral("f32")).toObject().value(QStringLiteral("data_offsets")).toArray(),
             (QJsonArray{0, 24}));
    QCOMPARE(header.value(QStringLiteral("bf16")).toObject().value(QStringLiteral("data_offsets")).toArray(),
             (QJsonArray{24, 32}));
    QCOMPARE(header.value(QStringLiteral("i64")).toObject().value(QStringLiteral("data_offsets")).toArray(),
             (QJsonArray{32, 56}));
    QCOMPARE(header.value(QStringLiteral("u8")).toObject().value(QStringLiteral("data_offsets")).toArray(),
             (QJsonArray{56, 61}));
    QCOMPARE(header.value(QStringLiteral("empty")).toObject().value(QStringLiteral("data_offsets")).toArray(),
             (QJsonArray{61, 61}));
    QCOMPARE(header.value(QStringLiteral("i64")).toObject().value(QStringLiteral("dtype")).toString(),
             QStringLiteral("I64"));

    auto file = SafetensorsFile::open(path);
    QVERIFY2(file, qPrintable(file.error()));
    const SafetensorsFile &f = **file;
    QCOMPARE(f.tensors().size(), 5);
    QCOMPARE(f.metadata().value(QStringLiteral("format")), QStringLiteral("pt"));
    QCOMPARE(f.find(QStringLiteral("f32"))->shape, (QList<qint64>{2, 3}));
    QCOMPARE(valuesOf<float>(f, *f.find(QStringLiteral("f32"))),
             (QList<float>{1.0f, -2.5f, 3.25f, 0.0f, -0.0f, 1e-30f}));
    QCOMPARE(f.find(QStringLiteral("bf16"))->dtype, DType::BF16);
    QCOMPARE(valuesOf<quint16>(f, *f.find(QStringLiteral("bf16"))), (QList<quint16>{0x3F80, 0xC000, 0x7F80, 0x3E20}));
    QCOMPARE(f.find(QStringLiteral("i64"))->shape, (QList<qint64>{3, 1}));
    QCOMPARE(valuesOf<qint64>(f, *f.find(QStringLiteral("i64"))), (QList<qint64>{-1, 0, 1LL << 40}));
    QCOMPARE(valuesOf<quint8>(f, *f.find(QStringLiteral("u8"))), (QList<quint8>{0, 1, 127, 128, 255}));
    QCOMPARE(f.find(QStringLiteral("empty"))->elementCount(), 0);
    QCOMPARE(f.find(QStringLiteral("empty"))->byteSize, 0);
    // data() points into the mapping at the header-relative offset.
    QCOMPARE(f.data(*f.find(QStringLiteral("u8"))) - f.data(*f.find(QStringLiteral("f32"))), 56);
  }

  void writerStreams() {
    const QString path = m_dir.filePath(QStringLiteral("streamed.safetensors"));
    SafetensorsWriter writer(path);
    QVERIFY(writer.addTensor(QStringLiteral("a"), DType::I32, {3}));
    QVERIFY(writer.addTensor(QStringLiteral("b"), DType::I8, {2}));
    QVERIFY(writer.begin());
    const QByteArray all = bytesOf<qint32>({7, -8, 9}) + QByteArray("\x05\xfb", 2);
    // Pieces that straddle the tensor boundary.
    QVERIFY(writer.append(all.constData(), 5));
    QVERIFY(writer.append(all.constData() + 5, 9));
    QVERIFY(writer.commit());
    auto file = SafetensorsFile::open(path);
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(valuesOf<qint32>(**file, *(*file)->find(QStringLiteral("a"))), (QList<qint32>{7, -8, 9}));
    QCOMPARE(valuesOf<qint8>(**file, *(*file)->find(QStringLiteral("b"))), (QList<qint8>{5, -5}));
  }

  void writerRefusals() {
    const QString path = m_dir.filePath(QStringLiteral("refused.safetensors"));
    SafetensorsWriter writer(path);
    QVERIFY(writer.addTensor(QStringLiteral("a"), DType::F32, {2}, QByteArray(8, '\0')));
    Status dup = writer.addTensor(QStringLiteral("a"), DType::F32, {2}, QByteArray(8, '\0'));
    QVERIFY(!dup);
    QVERIFY2(dup.error().contains(QStringLiteral("tensor 'a' added twice")), qPrintable(dup.error()));
    Status size = writer.addTensor(QStringLiteral("b"), DType::F32, {2}, QByteArray(7, '\0'));
    QVERIFY(!size);
    QVERIFY2(size.error().contains(QStringLiteral("needs 8 bytes, 7 were given")), qPrintable(size.error()));
    QVERIFY(!writer.addTensor(QStringLiteral("c"), DType::F32, {-1}));
    QVERIFY(!writer.addTensor(QStringLiteral("__metadata__"), DType::F32, {1}));

    // Too little data: nothing appears at the target path.
    SafetensorsWriter partial(path);
    QVERIFY(partial.addTensor(QStringLiteral("a"), DType::F32, {4}));
    QVERIFY(partial.begin());
    QVERIFY(partial.append("abcd", 4));
    Status commit = partial.commit();
    QVERIFY(!commit);
    QVERIFY2(commit.error().contains(QStringLiteral("4 of 16 bytes")), qPrintable(commit.error()));
    QVERIFY(!QFile::exists(path));
    // Too much data.
    SafetensorsWriter overflow(path);
    QVERIFY(overflow.addTensor(QStringLiteral("a"), DType::U8, {2}));
    QVERIFY(overflow.begin());
    QVERIFY(!overflow.append("abc", 3));
    QVERIFY(!QFile::exists(path));
    // Unwritable target.
    SafetensorsWriter nowhere(m_dir.filePath(QStringLiteral("no/such/dir/x.safetensors")));
    QVERIFY(nowhere.addTensor(QStringLiteral("a"), DType::U8, {1}, QByteArray(1, 'x')));
    Status w = nowhere.write();
    QVERIFY(!w);
    QVERIFY2(w.error().contains(QStringLiteral("x.safetensors")), qPrintable(w.error()));
  }

  void shardNamesAndIndex() {
    QCOMPARE(SafetensorsWriter::shardFileName(1, 3), QStringLiteral("model-00001-of-00003.safetensors"));
    QCOMPARE(SafetensorsWriter::shardFileName(12, 100), QStringLiteral("model-00012-of-00100.safetensors"));
    const QString path = m_dir.filePath(SafetensorsWriter::indexFileName());
    QVERIFY(SafetensorsWriter::writeIndex(
        path, {{QStringLiteral("a"), QStringLiteral("s1")}, {QStringLiteral("b"), QStringLiteral("s2")}}, 1234));
    const QJsonObject index = QJsonDocument::fromJson(Fixtures::readFile(path)).object();
    QCOMPARE(index.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("total_size")).toInteger(), 1234);
    QCOMPARE(index.value(QStringLiteral("weight_map")).toObject(),
             (QJsonObject{{QStringLiteral("a"), QStringLiteral("s1")}, {QStringLiteral("b"), QStringLiteral("s2")}}));
  }
};

QTEST_GUILESS_MAIN(TestSafetensorsFile)
#include "tst_safetensorsfile.moc"
