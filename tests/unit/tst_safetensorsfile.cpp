#include "fixtures.h"
#include "model/safetensorsfile.h"

#include <QTest>

#include <cstring>

using namespace mdi;
using mdi::test::Fixtures;

class TestSafetensorsFile : public QObject {
  Q_OBJECT
private Q_SLOTS:
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
    qint64 values[6];
    std::memcpy(values, (*file)->data(*grid), sizeof values);
    QCOMPARE(values[1], 6);
    QCOMPARE(values[2], 8);
    QCOMPARE(values[5], 10);
  }
};

QTEST_GUILESS_MAIN(TestSafetensorsFile)
#include "tst_safetensorsfile.moc"
