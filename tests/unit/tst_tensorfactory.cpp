#include "fixtures.h"
#include "fixturetensors.h"
#include "model/checkpoint.h"
#include "model/tensorfactory.h"

#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

namespace {
std::shared_ptr<SafetensorsFile> caseFile() {
  auto file =
      SafetensorsFile::open(Fixtures::caseDir(QStringLiteral("two_images")) + QStringLiteral("/tensors.safetensors"));
  return file ? *file : nullptr;
}
} // namespace

class TestTensorFactory : public QObject {
  Q_OBJECT
private Q_SLOTS:
  // Stored dtype == compute dtype on the CPU: a view of the mapping, which it keeps alive.
  void zeroCopyKeepsMappingAlive() {
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    std::shared_ptr<SafetensorsFile> file = caseFile();
    QVERIFY(file);
    const TensorRef ref{file, file->find(QStringLiteral("image_embeds"))};
    QVERIFY(ref.isValid());
    auto t = factory->load(ref);
    QVERIFY2(t, qPrintable(t.error()));
    QCOMPARE(t->scalar_type(), at::kFloat);
    QCOMPARE(static_cast<const void *>(t->data_ptr()), static_cast<const void *>(ref.data()));
    const double sum = t->sum().item<double>();
    const std::weak_ptr<SafetensorsFile> weak = file;
    file.reset();
    const_cast<TensorRef &>(ref).file.reset();
    QVERIFY(!weak.expired()); // the tensor holds it
    QCOMPARE(t->sum().item<double>(), sum);
    *t = at::Tensor();
    QVERIFY(weak.expired());
  }

  // Other dtypes are converted once: f16 -> f32 exactly, f32 -> bf16; integers keep their type.
  void conversions() {
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    const QString name = QStringLiteral("model.norm.weight");
    const TensorRef ref = checkpoint->tensor(name);
    QCOMPARE(ref.dtype(), DType::F16);
    auto f32 = TensorFactory::create(ComputeOptions{});
    auto bf16 = TensorFactory::create(ComputeOptions{ComputeDtype::BF16});
    QVERIFY(f32 && bf16);
    auto raw = TensorFactory::view(ref);
    QVERIFY(raw);
    QCOMPARE(raw->scalar_type(), at::kHalf);
    auto a = f32->load(*checkpoint, name, {64});
    QVERIFY(a);
    QCOMPARE(a->scalar_type(), at::kFloat);
    QVERIFY(at::equal(*a, raw->to(at::kFloat)));
    // On the CPU every format computes in float32: norms and biases load as float32 whatever the
    // matrices' format; the matrices themselves are LinearWeights (tst_linearweight).
    auto b = bf16->load(*checkpoint, name, {64});
    QVERIFY(b);
    QCOMPARE(b->scalar_type(), at::kFloat);
    QVERIFY(at::equal(*b, *a));
    auto matrix = bf16->loadLinear(*checkpoint, QStringLiteral("model.layers.0.mlp.up_proj.weight"), {256, 64},
                                   ComputeDtype::BF16);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->packed().format, kernels::WeightFormat::BF16);
    const at::Tensor up =
        TensorFactory::view(checkpoint->tensor(QStringLiteral("model.layers.0.mlp.up_proj.weight")))->to(at::kFloat);
    QVERIFY((matrix->toFloat() - up).abs().max().item<float>() <= up.abs().max().item<float>() / 128);

    std::shared_ptr<SafetensorsFile> file = caseFile();
    auto ids = bf16->load(TensorRef{file, file->find(QStringLiteral("input_ids"))});
    QVERIFY(ids);
    QCOMPARE(ids->scalar_type(), at::kLong);
    auto u8 = TensorFactory::view(TensorRef{file, file->find(QStringLiteral("image0_resized_u8"))});
    QVERIFY(u8);
    QCOMPARE(u8->scalar_type(), at::kByte);
    QCOMPARE(u8->sizes().vec(), (std::vector<int64_t>{84, 112, 3}));
  }

  void errorsNameTheTensor() {
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY(checkpoint);
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    auto missing = factory->load(*checkpoint, QStringLiteral("model.layers.7.mlp.up_proj.weight"), {256, 64});
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("model.layers.7.mlp.up_proj.weight")));
    auto shape = factory->load(*checkpoint, QStringLiteral("model.norm.weight"), {32});
    QVERIFY(!shape);
    QVERIFY(shape.error().contains(QStringLiteral("[64]")));
    TensorFactory::Loader get(*factory, *checkpoint);
    QVERIFY(get(QStringLiteral("model.norm.weight"), {64}).defined());
    QVERIFY(!get(QStringLiteral("nope"), {1}).defined());
    QVERIFY(!get(QStringLiteral("model.norm.weight"), {64}).defined()); // stops after the first error
    QVERIFY(!get.status());
    QVERIFY(get.status().error().contains(QStringLiteral("nope")));
    QVERIFY(!TensorFactory::create(ComputeOptions{ComputeDtype::F32, QStringLiteral("gpu0")}));
  }
};

QTEST_GUILESS_MAIN(TestTensorFactory)
#include "tst_tensorfactory.moc"
