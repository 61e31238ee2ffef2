#include "fixtures.h"
#include "model/bf16gemv.h"
#include "model/checkpoint.h"
#include "model/qwen2vlmodel.h"

#include <QJsonArray>
#include <QTest>

#include <ATen/Parallel.h>

#include <cmath>

using namespace mdi;
using mdi::test::Fixtures;

// Tolerances, with ref = x W^T + b computed in float32 from the same bfloat16 operands and
// mag = |x| |W|^T + |b| (the size of the terms summed):
//  - against ref: half a bfloat16 ulp of the result, 2^-8 |ref|, for the one final rounding,
//    plus 1e-5 mag for float32 summation in a different order (far below a bfloat16 ulp);
//  - against at::linear in bfloat16: one bfloat16 ulp, 2^-7 |ref|, plus 2^-8 |x W^T| for the
//    rounding at::linear may do before adding the bias, plus the same 1e-5 mag.
class TestBf16Gemv : public QObject {
  Q_OBJECT

  struct Case {
    int64_t rows, out, in;
    bool bias;
  };

  static QList<Case> cases() {
    // Odd sizes on purpose: in not a multiple of 32 (the masked tail), out not a multiple of 4
    // (the row-at-a-time tail), and enough rows to be split over threads.
    QList<Case> list;
    const QList<std::pair<int64_t, int64_t>> shapes{{1, 1},   {3, 7},    {5, 31},     {4, 32},    {17, 33},    {64, 64},
                                                    {7, 100}, {130, 96}, {258, 1536}, {37, 8960}, {1003, 1537}};
    for (const auto &[out, in] : shapes)
      for (int64_t rows = 1; rows <= Bf16Gemv::kMaxRows; ++rows)
        for (bool bias : {false, true})
          list.append({rows, out, in, bias});
    return list;
  }

  struct Operands {
    at::Tensor x, w, b;
  };

  static Operands operands(const Case &c) {
    Operands o;
    o.x = at::randn({c.rows, c.in}).to(at::kBFloat16);
    o.w = (at::randn({c.out, c.in}) * 0.05).to(at::kBFloat16);
    if (c.bias)
      o.b = at::randn({c.out}).to(at::kBFloat16);
    return o;
  }

  static QString name(const Case &c) {
    return QStringLiteral("%1x%2 . %3x%2%4").arg(c.rows).arg(c.in).arg(c.out).arg(c.bias ? " + bias" : "");
  }

  // Checks y against the float32 reference and against at::linear.
  static void compare(const Case &c, const Operands &o, const at::Tensor &y) {
    QCOMPARE(y.scalar_type(), at::kBFloat16);
    QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{c.rows, c.out}));
    const at::Tensor xf = o.x.to(at::kFloat), wf = o.w.to(at::kFloat);
    const at::Tensor product = at::linear(xf, wf);
    const at::Tensor ref = c.bias ? product + o.b.to(at::kFloat) : product;
    at::Tensor mag = at::linear(xf.abs(), wf.abs());
    if (c.bias)
      mag = mag + o.b.to(at::kFloat).abs();
    const at::Tensor yf = y.to(at::kFloat);
    const at::Tensor toRef = (yf - ref).abs() - (ref.abs() * (1.0 / 256) + mag * 1e-5);
    QVERIFY2(toRef.max().item<float>() <= 0,
             qPrintable(QStringLiteral("%1: off the float32 reference by %2 beyond tolerance")
                            .arg(name(c))
                            .arg(toRef.max().item<float>())));
    const at::Tensor lin = (c.bias ? at::linear(o.x, o.w, o.b) : at::linear(o.x, o.w)).to(at::kFloat);
    const at::Tensor toLinear = (yf - lin).abs() - (ref.abs() * (1.0 / 128) + product.abs() * (1.0 / 256) + mag * 1e-5);
    QVERIFY2(toLinear.max().item<float>() <= 0, qPrintable(QStringLiteral("%1: off at::linear by %2 beyond tolerance")
                                                               .arg(name(c))
                                                               .arg(toLinear.max().item<float>())));
  }

private Q_SLOTS:
  void initTestCase() {
    at::manual_seed(20261129);
    QVERIFY(Bf16Gemv::isEnabled());
  }

  void matchesReferenceOnRandomShapes() {
    // Whatever path the CPU takes (kernel or at::linear), the result is within tolerance.
    for (const Case &c : cases()) {
      const Operands o = operands(c);
      compare(c, o, Bf16Gemv::linear(o.x, o.w, o.b));
      if (QTest::currentTestFailed())
        return;
    }
  }

  void kernelPathIsTaken() {
    if (!Bf16Gemv::cpuSupported())
      QSKIP("This CPU (or compiler) has no AVX512-BF16 kernel: every call goes to at::linear, checked in "
            "fallbackEqualsAtLinear.");
    const Case c{1, 40, 70, true};
    const Operands o = operands(c);
    QVERIFY(Bf16Gemv::applies(o.x, o.w, o.b));
    QVERIFY(Bf16Gemv::applies(o.x, o.w));
    QVERIFY(Bf16Gemv::applies(o.x.view({1, 1, 70}), o.w));
    QVERIFY(Bf16Gemv::applies(at::cat({o.x, o.x, o.x, o.x}), o.w));
    QVERIFY(!Bf16Gemv::applies(at::cat({o.x, o.x, o.x, o.x, o.x}), o.w));
  }

  void fallbackEqualsAtLinear() {
    const Case c{1, 21, 45, true};
    const Operands o = operands(c);
    const at::Tensor expected = at::linear(o.x, o.w, o.b);
    // Switched off: exactly at::linear.
    Bf16Gemv::setEnabled(false);
    QVERIFY(!Bf16Gemv::applies(o.x, o.w, o.b));
    QVERIFY(at::equal(Bf16Gemv::linear(o.x, o.w, o.b), expected));
    Bf16Gemv::setEnabled(true);
    // Operands the kernel does not take go to at::linear unchanged.
    const at::Tensor xf = o.x.to(at::kFloat), wf = o.w.to(at::kFloat), bf = o.b.to(at::kFloat);
    QVERIFY(!Bf16Gemv::applies(xf, wf, bf));
    QVERIFY(at::equal(Bf16Gemv::linear(xf, wf, bf), at::linear(xf, wf, bf)));
    QVERIFY(at::equal(Bf16Gemv::linear(xf, wf), at::linear(xf, wf)));
    const at::Tensor many = at::randn({Bf16Gemv::kMaxRows + 1, c.in}).to(at::kBFloat16);
    QVERIFY(!Bf16Gemv::applies(many, o.w, o.b));
    QVERIFY(at::equal(Bf16Gemv::linear(many, o.w, o.b), at::linear(many, o.w, o.b)));
    const at::Tensor strided = o.w.t().contiguous().t(); // same values, column-major
    QVERIFY(!Bf16Gemv::applies(o.x, strided, o.b));
    QVERIFY(at::equal(Bf16Gemv::linear(o.x, strided, o.b), at::linear(o.x, strided, o.b)));
    QVERIFY(!Bf16Gemv::applies(o.x, o.w, o.b.to(at::kFloat))); // mixed dtypes: at::linear decides
    const at::Tensor grad = o.w.clone().requires_grad_(true);
    QVERIFY(!Bf16Gemv::applies(o.x, grad));
  }

  void shapesOfInputAreKept() {
    const Case c{1, 9, 40, false};
    const Operands o = operands(c);
    const at::Tensor y1 = Bf16Gemv::linear(o.x.view({c.in}), o.w);
    QCOMPARE(y1.sizes().vec(), std::vector<int64_t>{c.out});
    const at::Tensor y3 = Bf16Gemv::linear(o.x.view({1, 1, c.in}), o.w);
    QCOMPARE(y3.sizes().vec(), (std::vector<int64_t>{1, 1, c.out}));
    QVERIFY(at::equal(y1, y3.view({c.out})));
    // A non-contiguous input row is read correctly.
    const at::Tensor wide = at::randn({c.in, 2}).to(at::kBFloat16);
    const at::Tensor column = wide.select(1, 1).unsqueeze(0);
    QVERIFY(at::equal(Bf16Gemv::linear(column, o.w), Bf16Gemv::linear(column.contiguous(), o.w)));
  }

  // The tiny fixture model in bfloat16, decoding the reference's greedy tokens: every decode
  // step's top-5 logits stay within the bf16 tolerance of tst_textmodel (0.05) of the float32
  // reference, with the kernel and with at::linear, and the two paths agree as closely.
  void bf16DecodeMatchesReference() {
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    const QJsonObject c = Fixtures::caseJson(QStringLiteral("text_only"));
    QList<qint64> ids;
    for (const QJsonValue &v : c.value(QStringLiteral("input_ids")).toArray())
      ids << v.toInteger();
    QVERIFY(!ids.isEmpty());
    const QJsonArray steps = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 2);
    std::vector<std::vector<float>> runs[2];
    for (int kernel = 0; kernel < 2; ++kernel) {
      Bf16Gemv::setEnabled(kernel == 1);
      auto model = Qwen2VLModel::load(*checkpoint, ComputeOptions{ComputeDtype::BF16});
      QVERIFY2(model, qPrintable(model.error()));
      auto logits = (*model)->prefill(ids);
      QVERIFY2(logits, qPrintable(logits.error()));
      for (int k = 0; k < steps.size(); ++k) {
        const QJsonObject step = steps[k].toObject();
        if (k > 0) // decode steps only: prefill's products are matrix products (at::linear)
          runs[kernel].push_back(*logits);
        for (const QJsonValue &e : step.value(QStringLiteral("top5")).toArray()) {
          const QJsonObject top = e.toObject();
          const double err = std::abs((*logits)[size_t(top.value(QStringLiteral("id")).toInteger())] -
                                      top.value(QStringLiteral("logit")).toDouble());
          QVERIFY2(err < 0.05, qPrintable(QStringLiteral("step %1, kernel %2: %3").arg(k).arg(kernel).arg(err)));
        }
        if (k + 1 < steps.size()) {
          logits = (*model)->decode(step.value(QStringLiteral("token_id")).toInteger());
          QVERIFY2(logits, qPrintable(logits.error()));
        }
      }
    }
    Bf16Gemv::setEnabled(true);
    double worst = 0;
    for (size_t k = 0; k < runs[0].size(); ++k)
      for (size_t i = 0; i < runs[0][k].size(); ++i)
        worst = std::max(worst, double(std::abs(runs[0][k][i] - runs[1][k][i])));
    qInfo("bf16 decode logits, kernel against at::linear: max abs difference %.3g", worst);
    QVERIFY(worst < 0.05);
  }

  void sameResultOnAnyThreadCount() {
    // Each output row is summed by one thread in a fixed order: bitwise the same.
    const Case c{2, 1003, 1537, true};
    const Operands o = operands(c);
    const int threads = at::get_num_threads();
    at::set_num_threads(1);
    const at::Tensor one = Bf16Gemv::linear(o.x, o.w, o.b);
    at::set_num_threads(2);
    const at::Tensor two = Bf16Gemv::linear(o.x, o.w, o.b);
    at::set_num_threads(threads);
    QVERIFY(at::equal(one, two));
  }
};

QTEST_GUILESS_MAIN(TestBf16Gemv)
#include "tst_bf16gemv.moc"
