#include "engine/computeenvironment.h"
#include "fixtures.h"
#include "fixturetensors.h"
#include "model/checkpoint.h"
#include "model/decoderlayers.h"
#include "model/lmhead.h"
#include "model/mrope.h"
#include "model/qwen2vlmodel.h"
#include "model/ropeindex.h"
#include "model/tensorfactory.h"
#include "model/textembedding.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <optional>

using namespace mdi;
using mdi::test::Fixtures;
using mdi::test::FixtureTensors;
using mdi::test::jsonIds;
using mdi::test::maxAbsDiff;

namespace {
// FORMAT.md: hidden states and logits of a float32 implementation within 1e-4.
constexpr double kTolerance = 1e-4;
// Two float32 computations of the same thing by this code (cached vs recomputed, chunked vs
// whole, split in stages vs not): only summation order differs.
constexpr double kSelfTolerance = 1e-5;

QStringList runCases() {
  QStringList out;
  for (const QString &name : Fixtures::caseNames())
    if (Fixtures::caseJson(name).contains(QStringLiteral("input_ids")))
      out << name;
  return out;
}

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

at::Tensor asTensor(const std::vector<float> &v) {
  return at::from_blob(const_cast<float *>(v.data()), {int64_t(v.size())}, at::kFloat).clone();
}

double maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b) {
  Q_ASSERT(a.size() == b.size());
  double m = 0;
  for (size_t i = 0; i < a.size(); ++i)
    m = std::max(m, std::abs(double(a[i]) - double(b[i])));
  return m;
}

qint64 argmax(const std::vector<float> &v) {
  return qint64(std::max_element(v.begin(), v.end()) - v.begin());
}

std::vector<qint64> top5(const std::vector<float> &v) {
  std::vector<qint64> idx(v.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::partial_sort(idx.begin(), idx.begin() + 5, idx.end(), [&](qint64 a, qint64 b) { return v[a] > v[b]; });
  idx.resize(5);
  return idx;
}

// Index of the n-th (0-based) occurrence of id in ids, or -1.
qsizetype nthIndex(const QList<qint64> &ids, qint64 id, int n) {
  for (qsizetype i = 0; i < ids.size(); ++i)
    if (ids[i] == id && n-- == 0)
      return i;
  return -1;
}
} // namespace

class TestTextModel : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    ComputeEnvironment::setThreadCount(2);
    auto checkpoint = Checkpoint::open(Fixtures::checkpointDir());
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    m_checkpoint = *checkpoint;
    QCOMPARE(runCases().size(), 9);
    auto model = Qwen2VLModel::load(*m_checkpoint, ComputeOptions{});
    QVERIFY2(model, qPrintable(model.error()));
    m_model = std::move(*model);
    auto other = Qwen2VLModel::load(*m_checkpoint, ComputeOptions{});
    QVERIFY2(other, qPrintable(other.error()));
    m_other = std::move(*other);
  }

  void components_data() {
    QTest::addColumn<QString>("name");
    for (const QString &name : runCases())
      QTest::newRow(qPrintable(name)) << name;
  }

  // Each piece of the text model on the reference's inputs: rotary tables, embeddings (image rows
  // from the reference's image_embeds), every decoder layer, final norm, last logits.
  void components() {
    QFETCH(QString, name);
    const FixtureTensors t(name);
    const QJsonObject c = Fixtures::caseJson(name);
    const TextConfig &config = m_checkpoint->config().text;
    auto factory = TensorFactory::create(ComputeOptions{});
    QVERIFY(factory);

    const PositionIds positions = mdi::test::jsonPositions(c.value(QStringLiteral("position_ids")));
    const Mrope rope(config);
    const Mrope::Tables tables = rope.tables(positions, at::kCPU);
    check(name, "text_rope_cos", tables.cos, t.get(QStringLiteral("text_rope_cos")), kTolerance);
    check(name, "text_rope_sin", tables.sin, t.get(QStringLiteral("text_rope_sin")), kTolerance);

    auto embedding = TextEmbedding::load(*m_checkpoint, *factory);
    QVERIFY2(embedding, qPrintable(embedding.error()));
    const QList<qint64> ids = jsonIds(c.value(QStringLiteral("input_ids")));
    auto embeds = embedding->embed(ids, t.get(QStringLiteral("image_embeds")), m_checkpoint->config().tokens.imagePad);
    QVERIFY2(embeds, qPrintable(embeds.error()));
    check(name, "inputs_embeds", *embeds, t.get(QStringLiteral("inputs_embeds")), kTolerance);

    auto layers = DecoderLayers::load(*m_checkpoint, *factory, 0, config.numLayers);
    QVERIFY2(layers, qPrintable(layers.error()));
    KvCache cache = layers->createCache();
    std::vector<at::Tensor> outputs;
    auto hidden = layers->forward(t.get(QStringLiteral("inputs_embeds")), positions, cache, &outputs);
    QVERIFY2(hidden, qPrintable(hidden.error()));
    QCOMPARE(cache.length(), int64_t(ids.size()));
    const at::Tensor reference = t.get(QStringLiteral("layer_outputs"));
    QCOMPARE(int64_t(outputs.size()), reference.size(0));
    for (size_t i = 0; i < outputs.size(); ++i)
      check(name, "layer_outputs", outputs[i], reference[int64_t(i)], kTolerance);

    auto head = LmHead::load(*m_checkpoint, *factory, &*embedding);
    QVERIFY2(head, qPrintable(head.error()));
    QVERIFY(head->isTied());
    QCOMPARE(head->ownWeightBytes(), 64 * 4); // only the norm: the matrix is the embedding's
    QVERIFY(head->weight().sharesWith(embedding->weight()));
    check(name, "final_norm", head->norm(*hidden), t.get(QStringLiteral("final_norm")), kTolerance);
    const at::Tensor logits = head->logits(*hidden);
    QCOMPARE(logits.scalar_type(), at::kFloat);
    check(name, "prefill_last_logits", logits, t.get(QStringLiteral("prefill_last_logits")), kTolerance);
    const at::Tensor all = head->logits(*hidden, true);
    QCOMPARE(all.size(0), int64_t(ids.size()));
    check(name, "all-position logits (last row)", all[-1], logits, kSelfTolerance);

    // Attention in blocks of a few query rows (the path long prompts take) changes nothing.
    layers->setScoreBudget(3 * config.numHeads * int64_t(ids.size()));
    KvCache blockedCache = layers->createCache();
    auto blocked = layers->forward(t.get(QStringLiteral("inputs_embeds")), positions, blockedCache);
    QVERIFY2(blocked, qPrintable(blocked.error()));
    check(name, "attention in query blocks", *blocked, *hidden, kSelfTolerance);

    // The same layers as two pipeline stages, each loading only its own layer, each with its own
    // cache: what a 2-stage plan computes.
    auto first = DecoderLayers::load(*m_checkpoint, *factory, 0, 1);
    auto second = DecoderLayers::load(*m_checkpoint, *factory, 1, config.numLayers);
    QVERIFY(first && second);
    QCOMPARE(first->weightBytes() + second->weightBytes(), layers->weightBytes());
    KvCache cacheA = first->createCache(), cacheB = second->createCache();
    auto mid = first->forward(t.get(QStringLiteral("inputs_embeds")), positions, cacheA);
    QVERIFY(mid);
    auto out = second->forward(*mid, positions, cacheB);
    QVERIFY(out);
    check(name, "two stages vs one", *out, *hidden, 0.0);
  }

  void generation_data() { components_data(); }

  // The whole model from ids and pixels: prefill logits, 8 greedy tokens with 7 cached decode
  // steps (top-5 ids and logits of every step), and each step's logits equal to a fresh prefill
  // of the whole sequence.
  void generation() {
    QFETCH(QString, name);
    const FixtureTensors t(name);
    const QJsonObject c = Fixtures::caseJson(name);
    const QList<qint64> ids = jsonIds(c.value(QStringLiteral("input_ids")));
    const QList<PreprocessedImage> images = caseImages(t);

    m_model->reset();
    auto logits = m_model->prefill(ids, images);
    QVERIFY2(logits, qPrintable(logits.error()));
    check(name, "model prefill logits", asTensor(*logits), t.get(QStringLiteral("prefill_last_logits")), kTolerance);
    QCOMPARE(m_model->ropeDelta(), c.value(QStringLiteral("rope_deltas")).toInteger());

    const QJsonArray steps = c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray();
    const at::Tensor greedy = t.get(QStringLiteral("greedy_token_ids"));
    QCOMPARE(steps.size(), 8);
    QList<qint64> sequence = ids;
    double worstTop5 = 0, worstRecompute = 0;
    for (int k = 0; k < steps.size(); ++k) {
      const QJsonObject step = steps[k].toObject();
      const qint64 token = argmax(*logits);
      QCOMPARE(token, step.value(QStringLiteral("token_id")).toInteger());
      QCOMPARE(token, greedy[k].item<int64_t>());
      const QJsonArray expectedTop = step.value(QStringLiteral("top5")).toArray();
      const std::vector<qint64> ourTop = top5(*logits);
      for (int j = 0; j < 5; ++j) {
        const QJsonObject e = expectedTop[j].toObject();
        QCOMPARE(ourTop[size_t(j)], e.value(QStringLiteral("id")).toInteger());
        const double err = std::abs((*logits)[size_t(ourTop[size_t(j)])] - e.value(QStringLiteral("logit")).toDouble());
        worstTop5 = std::max(worstTop5, err);
        QVERIFY(err <= kTolerance);
      }
      if (k > 0) {
        m_other->reset();
        auto fresh = m_other->prefill(sequence, images);
        QVERIFY2(fresh, qPrintable(fresh.error()));
        const double err = maxAbsDiff(*logits, *fresh);
        worstRecompute = std::max(worstRecompute, err);
        QVERIFY2(err <= kSelfTolerance, qPrintable(QStringLiteral("step %1: %2").arg(k).arg(err)));
      }
      if (k + 1 < steps.size()) {
        QCOMPARE(RopeIndex::decodePosition(m_model->length(), m_model->ropeDelta()),
                 step.value(QStringLiteral("next_position_id")).toInteger());
        logits = m_model->decode(token);
        QVERIFY2(logits, qPrintable(logits.error()));
      }
      sequence << token;
    }
    QCOMPARE(m_model->length(), ids.size() + 7);
    qInfo("%s greedy top-5 logits max abs error %.3g; cached vs recomputed logits %.3g", qPrintable(name), worstTop5,
          worstRecompute);
  }

  // Turn 1 (with the image) prefilled, the assistant's reply fed as decoded tokens, then only the
  // new user turn prefilled: equals the reference and a fresh prefill of the whole conversation.
  void multiTurnContinuation() {
    const QString name = QStringLiteral("multi_turn_image_first");
    const FixtureTensors t(name);
    const QList<qint64> ids = jsonIds(Fixtures::caseJson(name).value(QStringLiteral("input_ids")));
    const SpecialTokens tokens = m_checkpoint->config().tokens;
    // <|im_start|> 0: system, 1: user, 2: assistant, 3: user.
    const qsizetype reply = nthIndex(ids, 151644, 2) + 3;    // after "<|im_start|>assistant\n"
    const qsizetype replyEnd = nthIndex(ids, tokens.eos, 2); // the reply's <|im_end|>
    QVERIFY(reply > 3 && replyEnd > reply);

    m_model->reset();
    QVERIFY(m_model->prefill(ids.mid(0, reply), caseImages(t)));
    for (qsizetype i = reply; i < replyEnd; ++i)
      QVERIFY(m_model->decode(ids[i]));
    auto logits = m_model->prefill(ids.mid(replyEnd));
    QVERIFY2(logits, qPrintable(logits.error()));
    QCOMPARE(m_model->tokens(), ids);
    check(name, "continued conversation logits", asTensor(*logits), t.get(QStringLiteral("prefill_last_logits")),
          kTolerance);
    m_other->reset();
    auto fresh = m_other->prefill(ids, caseImages(t));
    QVERIFY(fresh);
    check(name, "continued vs fresh prefill", asTensor(*logits), asTensor(*fresh), kSelfTolerance);
  }

  // Rewinding: truncate to a point inside the generated tokens and re-decode; truncate into the
  // prompt and prefill the rest again.
  void truncateAndRedo() {
    const QString name = QStringLiteral("two_images");
    const FixtureTensors t(name);
    const QJsonObject c = Fixtures::caseJson(name);
    const QList<qint64> ids = jsonIds(c.value(QStringLiteral("input_ids")));
    const QList<qint64> greedy =
        jsonIds(c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("token_ids")));
    m_model->reset();
    auto first = m_model->prefill(ids, caseImages(t));
    QVERIFY(first);
    std::vector<std::vector<float>> stepLogits;
    for (int k = 0; k < 5; ++k) {
      auto l = m_model->decode(greedy[k]);
      QVERIFY(l);
      stepLogits.push_back(*l);
    }
    QVERIFY(m_model->truncate(ids.size() + 2));
    QCOMPARE(m_model->length(), ids.size() + 2);
    for (int k = 2; k < 5; ++k) {
      auto l = m_model->decode(greedy[k]);
      QVERIFY(l);
      check(name, "re-decoded after truncate", asTensor(*l), asTensor(stepLogits[size_t(k)]), kSelfTolerance);
    }
    // Back into the prompt text after the second image, then the rest of the prompt again.
    const qsizetype cut = ids.size() - 5;
    QVERIFY(m_model->truncate(cut));
    QCOMPARE(m_model->ropeDelta(), c.value(QStringLiteral("rope_deltas")).toInteger());
    auto again = m_model->prefill(ids.mid(cut));
    QVERIFY(again);
    check(name, "prefill after truncate", asTensor(*again), t.get(QStringLiteral("prefill_last_logits")), kTolerance);
    // Before the first image: its delta is 0 again.
    QVERIFY(m_model->truncate(10));
    QCOMPARE(m_model->ropeDelta(), 0);
    QVERIFY(!m_model->truncate(11));
    QVERIFY(!m_model->truncate(-1));
  }

  // A prompt run through the decoder in chunks of 7 tokens equals one pass; the cache grows in
  // whole chunks.
  void chunkedPrefillAndCacheGrowth() {
    const QString name = QStringLiteral("image_tall_57x1000");
    const FixtureTensors t(name);
    const QList<qint64> ids = jsonIds(Fixtures::caseJson(name).value(QStringLiteral("input_ids")));
    m_other->reset();
    m_other->setPrefillChunk(7);
    auto chunked = m_other->prefill(ids, caseImages(t));
    m_other->setPrefillChunk(512);
    QVERIFY2(chunked, qPrintable(chunked.error()));
    check(name, "chunked prefill", asTensor(*chunked), t.get(QStringLiteral("prefill_last_logits")), kTolerance);
    const TextConfig &c = m_checkpoint->config().text;
    const qint64 perPosition = 2LL * c.numLayers * c.numKeyValueHeads * c.headDim * 4;
    QCOMPARE(m_other->cacheBytes(), 256 * perPosition);
    for (int i = 0; i < 300; ++i)
      QVERIFY(m_other->decode(13));
    QCOMPARE(m_other->length(), ids.size() + 300);
    QCOMPARE(m_other->cacheBytes(), 512 * perPosition);
    m_other->reset();
    QCOMPARE(m_other->cacheBytes(), 512 * perPosition); // kept for the next prompt
  }

  void rejectsBadInput() {
    m_other->reset();
    QVERIFY(!m_other->prefill({}));
    QVERIFY(!m_other->prefill({1, 151936}));
    QVERIFY(!m_other->decode(-1));
    QCOMPARE(m_other->length(), 0);
    const SpecialTokens tk = m_checkpoint->config().tokens;
    // An image placeholder without its image, and pixels that do not fit the grid.
    QVERIFY(!m_other->prefill({tk.visionStart, tk.imagePad, tk.visionEnd}));
    PreprocessedImage image;
    image.gridH = image.gridW = 2;
    image.pixelValues.assign(3 * 1176, 0.f);
    const auto bad = m_other->prefill({tk.visionStart, tk.imagePad, tk.visionEnd}, {image});
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QStringLiteral("pixel values")));
    image.pixelValues.assign(4 * 1176, 0.f);
    QVERIFY(m_other->prefill({tk.visionStart, tk.imagePad, tk.visionEnd}, {image}));
    QCOMPARE(m_other->length(), 3);
    QVERIFY(!Qwen2VLModel::load(*m_checkpoint, ComputeOptions{ComputeDtype::F32, QStringLiteral("warp-drive")}));
  }

  // bf16 weights (fp16 checkpoint converted once; activations float32): logits against the float32
  // reference, and greedy tokens wherever the reference's top-1/top-2 margin exceeds the error.
  void bf16StaysClose() {
    auto model = Qwen2VLModel::load(*m_checkpoint, ComputeOptions{ComputeDtype::BF16});
    QVERIFY2(model, qPrintable(model.error()));
    // bf16 halves the matrices (f32 model: 4 bytes per value); norms and biases stay float32.
    QVERIFY((*model)->weightBytes() * 2 > m_model->weightBytes());
    QVERIFY((*model)->weightBytes() * 2 < m_model->weightBytes() * 1.02);
    double worst = 0;
    for (const QString &name : runCases()) {
      const FixtureTensors t(name);
      const QJsonObject c = Fixtures::caseJson(name);
      (*model)->reset();
      auto logits = (*model)->prefill(jsonIds(c.value(QStringLiteral("input_ids"))), caseImages(t));
      QVERIFY2(logits, qPrintable(logits.error()));
      const double err = mdi::test::maxAbsDiff(asTensor(*logits), t.get(QStringLiteral("prefill_last_logits")));
      worst = std::max(worst, err);
      const QJsonObject step0 =
          c.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("steps")).toArray()[0].toObject();
      const double margin = step0.value(QStringLiteral("margin_top1_top2")).toDouble();
      const bool same = argmax(*logits) == step0.value(QStringLiteral("token_id")).toInteger();
      qInfo("%s bf16 prefill logits max abs error %.3g, top-1 margin %.3g, first token %s", qPrintable(name), err,
            margin, same ? "same" : "differs");
      QVERIFY(err < 0.05);
      if (margin > 2 * err)
        QVERIFY(same);
    }
    qInfo("bf16 worst logits error %.3g", worst);
  }

private:
  void check(const QString &name, const char *what, const at::Tensor &ours, const at::Tensor &reference,
             double tolerance) {
    QVERIFY2(reference.defined(), what);
    QCOMPARE(ours.sizes().vec(), reference.sizes().vec());
    const double err = mdi::test::maxAbsDiff(ours, reference);
    if (tolerance > 0)
      qInfo("%s %s max abs error %.3g", qPrintable(name), what, err);
    QVERIFY2(err <= tolerance,
             qPrintable(QStringLiteral("%1: %2 > %3").arg(QString::fromLatin1(what)).arg(err).arg(tolerance)));
  }

  std::optional<Checkpoint> m_checkpoint;
  std::unique_ptr<Qwen2VLModel> m_model;
  std::unique_ptr<Qwen2VLModel> m_other;
};

QTEST_GUILESS_MAIN(TestTextModel)
#include "tst_textmodel.moc"
