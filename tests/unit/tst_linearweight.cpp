// LinearWeight through TensorFactory::loadLinear: every weight format against at::linear on the
// source weights, zero-copy where the stored bytes already are the format, and the source pages
// released after packing without losing anything.

#include "model/checkpoint.h"
#include "model/linearweight.h"
#include "model/safetensorsfile.h"
#include "model/safetensorswriter.h"
#include "model/tensorfactory.h"

#include "kernels/threadpool.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mdi;

namespace {

QByteArray bytesOf(const at::Tensor &t) {
  const at::Tensor c = t.contiguous();
  return QByteArray(static_cast<const char *>(c.data_ptr()), qsizetype(c.numel() * c.element_size()));
}

// Worst |a - b| relative to the row's sum |w| |x| (the scale of a dot product's rounding).
double relativeError(const at::Tensor &got, const at::Tensor &expected, const at::Tensor &x, const at::Tensor &w) {
  const at::Tensor magnitude = at::matmul(x.abs(), w.abs().t()) + 1e-6;
  return ((got - expected).abs() / magnitude).max().item<double>();
}
} // namespace

class TestLinearWeight : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  at::Tensor m_w; // [37, 70] float32 source, like trained weights (scale 0.05)
  std::shared_ptr<SafetensorsFile> m_file;

  TensorRef ref(const QString &name) const { return TensorRef{m_file, m_file->find(name)}; }

private Q_SLOTS:
  void initTestCase() {
    at::manual_seed(3);
    m_w = at::randn({37, 70}) * 0.05;
    const QString path = m_dir.filePath(QStringLiteral("w.safetensors"));
    SafetensorsWriter writer(path);
    QVERIFY(writer.addTensor(QStringLiteral("f32"), DType::F32, {37, 70}, bytesOf(m_w)));
    QVERIFY(writer.addTensor(QStringLiteral("bf16"), DType::BF16, {37, 70}, bytesOf(m_w.to(at::kBFloat16))));
    QVERIFY(writer.addTensor(QStringLiteral("f16"), DType::F16, {37, 70}, bytesOf(m_w.to(at::kHalf))));
    QVERIFY(writer.write());
    auto file = SafetensorsFile::open(path);
    QVERIFY2(file, qPrintable(file.error()));
    m_file = *file;
    kernels::ThreadPool::setCurrentThreads(2);
  }

  void formats_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("format");
    QTest::addColumn<double>("weightError"); // relative RMS error of the stored weights
    for (const QString &source : {QStringLiteral("f32"), QStringLiteral("bf16"), QStringLiteral("f16")}) {
      QTest::addRow("%s->f32", qPrintable(source))
          << source << int(ComputeDtype::F32) << (source == QLatin1String("bf16") ? 4e-3 : 1e-3);
      QTest::addRow("%s->bf16", qPrintable(source)) << source << int(ComputeDtype::BF16) << 4e-3;
      QTest::addRow("%s->q8", qPrintable(source)) << source << int(ComputeDtype::Q8) << 1e-2;
      QTest::addRow("%s->q4", qPrintable(source)) << source << int(ComputeDtype::Q4) << 0.12;
    }
  }

  // The stored weights are within the format's error of the source; forward() equals
  // at::linear over the stored weights, for decode-sized and prefill-sized inputs, with bias.
  void formats() {
    QFETCH(QString, source);
    QFETCH(int, format);
    QFETCH(double, weightError);
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    auto w = factory->loadLinear(ref(source), ComputeDtype(format));
    QVERIFY2(w, qPrintable(w.error()));
    QVERIFY(w->isPacked());
    QCOMPARE(w->outFeatures(), 37);
    QCOMPARE(w->inFeatures(), 70);
    const at::Tensor stored = w->toFloat();
    const double rms = ((stored - m_w).pow(2).mean() / m_w.pow(2).mean()).sqrt().item<double>();
    QVERIFY2(rms <= weightError, qPrintable(QString::number(rms)));
    const at::Tensor bias = at::randn({37});
    for (const int64_t n : {1, 3, 8, 9, 40}) {
      const at::Tensor x = at::randn({n, 70});
      const at::Tensor expected =
          at::linear(x.to(at::kDouble), stored.to(at::kDouble), bias.to(at::kDouble)).to(at::kFloat);
      const at::Tensor got = w->forward(x, bias);
      QCOMPARE(got.scalar_type(), at::kFloat);
      QCOMPARE(got.sizes(), expected.sizes());
      // Float formats: float32 rounding. 8-/4-bit decoding quantizes x to int8 per block of 32
      // (at most half a step, 1/254 of the block's largest |x|, per value): 1 % of sum |w x|.
      const bool quantized = format == int(ComputeDtype::Q8) || format == int(ComputeDtype::Q4);
      const double tolerance = quantized ? 1e-2 : 1e-5;
      const double err = relativeError(got, expected, x, stored);
      QVERIFY2(err <= tolerance, qPrintable(QStringLiteral("n %1: %2").arg(n).arg(err)));
      // Leading dimensions are kept: [2, n, in] -> [2, n, out].
      if (n == 3)
        QVERIFY(at::allclose(w->forward(at::stack({x, x}), bias)[1], got));
    }
    // Rows (an embedding lookup) are the stored rows.
    QVERIFY(at::equal(w->rows(at::tensor({int64_t(36), int64_t(0), int64_t(5)})),
                      stored.index_select(0, at::tensor({int64_t(36), int64_t(0), int64_t(5)}))));
  }

  // The stored bytes already in the format: the weight is the mapping itself, kept alive by it.
  void zeroCopy() {
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    auto bf16 = factory->loadLinear(ref(QStringLiteral("bf16")), ComputeDtype::BF16);
    auto f32 = factory->loadLinear(ref(QStringLiteral("f32")), ComputeDtype::F32);
    QVERIFY(bf16 && f32);
    QCOMPARE(bf16->packed().data, static_cast<const void *>(ref(QStringLiteral("bf16")).data()));
    QCOMPARE(f32->packed().data, static_cast<const void *>(ref(QStringLiteral("f32")).data()));
    auto q8 = factory->loadLinear(ref(QStringLiteral("bf16")), ComputeDtype::Q8);
    QVERIFY(q8);
    QVERIFY(q8->packed().data != static_cast<const void *>(ref(QStringLiteral("bf16")).data()));
    QCOMPARE(q8->bytes(), kernels::packedBytes(kernels::WeightFormat::Q8, 37, 70));
  }

  // Packing releases the source's pages; the file still reads the same afterwards.
  void releasedPagesStillRead() {
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);
    auto first = factory->loadLinear(ref(QStringLiteral("f16")), ComputeDtype::Q8);
    auto second = factory->loadLinear(ref(QStringLiteral("f16")), ComputeDtype::Q8);
    QVERIFY(first && second);
    QVERIFY(at::equal(first->toFloat(), second->toFloat()));
  }

  // Packed formats exist on the CPU only.
  void quantizedNeedsCpu() {
    ComputeOptions options;
    options.dtype = ComputeDtype::Q8;
    options.device = QStringLiteral("cuda");
    auto factory = TensorFactory::create(options);
    QVERIFY(!factory);
    QVERIFY2(factory.error().contains(QLatin1String("q8")), qPrintable(factory.error()));
  }
};

QTEST_GUILESS_MAIN(TestLinearWeight)
#include "tst_linearweight.moc"
