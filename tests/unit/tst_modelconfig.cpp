#include "fixtures.h"
#include "model/modelconfig.h"
#include "model/referenceconfigs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

class TestModelConfig : public QObject {
  Q_OBJECT

private:
  // Writes the three config files into a fresh folder and loads it.
  Expected<ModelConfig> loadWritten(QTemporaryDir &dir, const QJsonObject &config,
                                    const QJsonObject &generation = ReferenceConfigs::generationConfig(),
                                    const QJsonObject &preprocessor = ReferenceConfigs::preprocessorConfig()) {
    Fixtures::writeFile(dir.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson());
    Fixtures::writeFile(dir.filePath(QStringLiteral("generation_config.json")), QJsonDocument(generation).toJson());
    Fixtures::writeFile(dir.filePath(QStringLiteral("preprocessor_config.json")), QJsonDocument(preprocessor).toJson());
    return ModelConfig::loadFromDirectory(dir.path());
  }

  void expectError(const QJsonObject &config, const QStringList &mustContain) {
    QTemporaryDir dir;
    auto mc = loadWritten(dir, config);
    QVERIFY2(!mc, "configuration was accepted but should have been refused");
    for (const QString &part : mustContain)
      QVERIFY2(mc.error().contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, mc.error())));
  }

private Q_SLOTS:
  void tinyFixture() {
    auto mc = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->modelType, QStringLiteral("qwen2_vl"));
    QCOMPARE(mc->text.hiddenSize, 64);
    QCOMPARE(mc->text.numLayers, 2);
    QCOMPARE(mc->text.numHeads, 2);
    QCOMPARE(mc->text.numKeyValueHeads, 1);
    QCOMPARE(mc->text.headDim, 32);
    QCOMPARE(mc->text.kvGroups, 2);
    QCOMPARE(mc->text.intermediateSize, 256);
    QCOMPARE(mc->text.vocabSize, 151936);
    QCOMPARE(mc->text.mropeSection, (QList<int>{4, 6, 6}));
    QCOMPARE(mc->text.ropeTheta, 1e6);
    QCOMPARE(mc->text.rmsNormEps, 1e-6);
    QVERIFY(mc->text.tieWordEmbeddings);
    QCOMPARE(mc->vision.depth, 2);
    QCOMPARE(mc->vision.embedDim, 64);
    QCOMPARE(mc->vision.numHeads, 4);
    QCOMPARE(mc->vision.headDim, 16);
    QCOMPARE(mc->vision.mlpHiddenSize, 256);
    QCOMPARE(mc->vision.patchInputSize, 1176);
    QCOMPARE(mc->vision.mergedSize, 256);
    QCOMPARE(mc->vision.outHiddenSize, 64);
    QCOMPARE(mc->preprocessor.minPixels, 3136);
    QCOMPARE(mc->preprocessor.maxPixels, 100352);
    QCOMPARE(mc->preprocessor.imageMean.size(), 3);
    QCOMPARE(mc->preprocessor.imageStd.at(2), 0.27577711);
    QCOMPARE(mc->generation.eosTokenIds, (QList<qint64>{151645, 151643}));
    QCOMPARE(mc->generation.topK, 1);
    QCOMPARE(mc->generation.temperature, 0.01);
    QCOMPARE(mc->tokens.imagePad, 151655);
    QCOMPARE(mc->tokens.visionStart, 151652);
    // tiny_info.json states the parameter count of the generated checkpoint (57 tensors).
    QCOMPARE(mc->tensorSpecs().size(), 57);
    QCOMPARE(mc->totalParameterCount(), 10104960);
  }

  // Figures from DESIGN.md §3 for the real 2B release.
  void real2B() {
    QTemporaryDir dir;
    auto mc = loadWritten(dir, ReferenceConfigs::config(QStringLiteral("2b")));
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->text.headDim, 128);
    QCOMPARE(mc->text.kvGroups, 6);
    QCOMPARE(mc->vision.headDim, 80);
    QCOMPARE(mc->vision.mlpHiddenSize, 5120);
    QCOMPARE(mc->preprocessor.maxPixels, 12845056);
    QCOMPARE(mc->generation.repetitionPenalty, 1.05);
    using P = TensorSpec::Part;
    const qint64 text = mc->parameterCount(P::Embedding) + mc->parameterCount(P::Decoder) +
                        mc->parameterCount(P::FinalNorm) + mc->parameterCount(P::Head);
    QCOMPARE(text, 1543714304LL);
    QCOMPARE(mc->parameterCount(P::Embedding), 233373696LL);
    QCOMPARE(mc->parameterCount(P::Vision), 665271296LL);
    QCOMPARE(mc->parameterCount(P::Head), 0LL);
    QCOMPARE(mc->totalParameterCount(), 2208985600LL);
  }

  void real7B() {
    QTemporaryDir dir;
    auto mc = loadWritten(dir, ReferenceConfigs::config(QStringLiteral("7b")));
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->text.headDim, 128);
    QCOMPARE(mc->text.kvGroups, 7);
    QVERIFY(!mc->text.tieWordEmbeddings);
    QCOMPARE(mc->vision.outHiddenSize, 3584);
    // Untied: the head is a separate [vocab, hidden] matrix.
    QCOMPARE(mc->parameterCount(TensorSpec::Part::Head), 152064LL * 3584LL);
    // Per layer: q 3584^2+3584, k and v 3584*512+512 each, o 3584^2, MLP 3*3584*18944, norms 2*3584.
    const qint64 perLayer =
        (3584LL * 3584 + 3584) + 2 * (3584LL * 512 + 512) + 3584LL * 3584 + 3LL * 3584 * 18944 + 2 * 3584;
    QCOMPARE(mc->parameterCount(TensorSpec::Part::Decoder), 28 * perLayer);
  }

  // Newer transformers nest the text fields under text_config and may use rope_parameters.
  void nestedTextConfigMatchesFlat() {
    QJsonObject flat = ReferenceConfigs::config(QStringLiteral("2b"));
    QJsonObject nested;
    QJsonObject textConfig;
    const QStringList textKeys = {QStringLiteral("hidden_size"),         QStringLiteral("intermediate_size"),
                                  QStringLiteral("num_hidden_layers"),   QStringLiteral("num_attention_heads"),
                                  QStringLiteral("num_key_value_heads"), QStringLiteral("rms_norm_eps"),
                                  QStringLiteral("vocab_size"),          QStringLiteral("max_position_embeddings"),
                                  QStringLiteral("hidden_act")};
    for (auto it = flat.begin(); it != flat.end(); ++it) {
      if (textKeys.contains(it.key()))
        textConfig.insert(it.key(), it.value());
      else if (it.key() != QLatin1String("rope_scaling") && it.key() != QLatin1String("rope_theta"))
        nested.insert(it.key(), it.value());
    }
    textConfig.insert(QStringLiteral("rope_parameters"),
                      QJsonObject{{QStringLiteral("rope_type"), QStringLiteral("default")},
                                  {QStringLiteral("rope_theta"), 1000000.0},
                                  {QStringLiteral("mrope_section"), QJsonArray{16, 24, 24}}});
    nested.insert(QStringLiteral("text_config"), textConfig);

    QTemporaryDir a, b;
    auto mcFlat = loadWritten(a, flat);
    auto mcNested = loadWritten(b, nested);
    QVERIFY2(mcFlat, qPrintable(mcFlat.error()));
    QVERIFY2(mcNested, qPrintable(mcNested.error()));
    QCOMPARE(mcNested->text.hiddenSize, mcFlat->text.hiddenSize);
    QCOMPARE(mcNested->text.numLayers, mcFlat->text.numLayers);
    QCOMPARE(mcNested->text.numKeyValueHeads, mcFlat->text.numKeyValueHeads);
    QCOMPARE(mcNested->text.mropeSection, mcFlat->text.mropeSection);
    QCOMPARE(mcNested->text.ropeTheta, mcFlat->text.ropeTheta);
    QCOMPARE(mcNested->text.tieWordEmbeddings, mcFlat->text.tieWordEmbeddings);
    QCOMPARE(mcNested->totalParameterCount(), mcFlat->totalParameterCount());
  }

  void ropeTypeKeyAccepted() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.insert(QStringLiteral("rope_scaling"), QJsonObject{{QStringLiteral("rope_type"), QStringLiteral("mrope")},
                                                         {QStringLiteral("mrope_section"), QJsonArray{16, 24, 24}}});
    QTemporaryDir dir;
    auto mc = loadWritten(dir, c);
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->text.mropeSection, (QList<int>{16, 24, 24}));
  }

  void newerPreprocessorSizeLayout() {
    QJsonObject pre = ReferenceConfigs::preprocessorConfig();
    pre.remove(QStringLiteral("min_pixels"));
    pre.remove(QStringLiteral("max_pixels"));
    pre.insert(QStringLiteral("size"),
               QJsonObject{{QStringLiteral("shortest_edge"), 4000}, {QStringLiteral("longest_edge"), 500000}});
    QTemporaryDir dir;
    auto mc =
        loadWritten(dir, ReferenceConfigs::config(QStringLiteral("2b")), ReferenceConfigs::generationConfig(), pre);
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->preprocessor.minPixels, 4000);
    QCOMPARE(mc->preprocessor.maxPixels, 500000);
  }

  void missingGenerationConfigMeansGreedyDefaults() {
    QTemporaryDir dir;
    Fixtures::writeFile(dir.filePath(QStringLiteral("config.json")),
                        QJsonDocument(ReferenceConfigs::config(QStringLiteral("2b"))).toJson());
    Fixtures::writeFile(dir.filePath(QStringLiteral("preprocessor_config.json")),
                        QJsonDocument(ReferenceConfigs::preprocessorConfig()).toJson());
    auto mc = ModelConfig::loadFromDirectory(dir.path());
    QVERIFY2(mc, qPrintable(mc.error()));
    QVERIFY(!mc->generation.doSample);
    QCOMPARE(mc->generation.eosTokenIds, (QList<qint64>{151645}));
  }

  void missingFolderAndFiles() {
    auto missing = ModelConfig::loadFromDirectory(QStringLiteral("/nonexistent/model/folder"));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("not a folder")));

    QTemporaryDir dir;
    auto empty = ModelConfig::loadFromDirectory(dir.path());
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QStringLiteral("config.json")) &&
                 empty.error().contains(QStringLiteral("not found")),
             qPrintable(empty.error()));

    Fixtures::writeFile(dir.filePath(QStringLiteral("config.json")),
                        QJsonDocument(ReferenceConfigs::config(QStringLiteral("2b"))).toJson());
    auto noPre = ModelConfig::loadFromDirectory(dir.path());
    QVERIFY(!noPre);
    QVERIFY2(noPre.error().contains(QStringLiteral("preprocessor_config.json")), qPrintable(noPre.error()));
  }

  void invalidJson() {
    QTemporaryDir dir;
    Fixtures::writeFile(dir.filePath(QStringLiteral("config.json")), "{\"model_type\": \"qwen2_vl\", ");
    Fixtures::writeFile(dir.filePath(QStringLiteral("preprocessor_config.json")), "{}");
    auto mc = ModelConfig::loadFromDirectory(dir.path());
    QVERIFY(!mc);
    QVERIFY2(mc.error().contains(QStringLiteral("config.json")) && mc.error().contains(QStringLiteral("invalid JSON")),
             qPrintable(mc.error()));

    Fixtures::writeFile(dir.filePath(QStringLiteral("config.json")), "[1, 2, 3]");
    auto array = ModelConfig::loadFromDirectory(dir.path());
    QVERIFY(!array);
    QVERIFY2(array.error().contains(QStringLiteral("not a JSON object")), qPrintable(array.error()));
  }

  void missingRequiredField() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.remove(QStringLiteral("hidden_size"));
    expectError(c, {QStringLiteral("config.json"), QStringLiteral("'hidden_size'"), QStringLiteral("missing")});

    QJsonObject noVision = ReferenceConfigs::config(QStringLiteral("2b"));
    noVision.remove(QStringLiteral("vision_config"));
    expectError(noVision, {QStringLiteral("config.json"), QStringLiteral("vision_config")});

    QJsonObject noDepth = ReferenceConfigs::config(QStringLiteral("2b"));
    QJsonObject v = noDepth.value(QStringLiteral("vision_config")).toObject();
    v.remove(QStringLiteral("depth"));
    noDepth.insert(QStringLiteral("vision_config"), v);
    expectError(noDepth, {QStringLiteral("'vision_config.depth'"), QStringLiteral("missing")});
  }

  void wrongType() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.insert(QStringLiteral("hidden_size"), QStringLiteral("1536"));
    expectError(c, {QStringLiteral("config.json"), QStringLiteral("'hidden_size'"), QStringLiteral("integer")});

    QJsonObject f = ReferenceConfigs::config(QStringLiteral("2b"));
    f.insert(QStringLiteral("num_hidden_layers"), 2.5);
    expectError(f, {QStringLiteral("'num_hidden_layers'"), QStringLiteral("integer")});

    QJsonObject t = ReferenceConfigs::config(QStringLiteral("2b"));
    t.insert(QStringLiteral("tie_word_embeddings"), QStringLiteral("yes"));
    expectError(t, {QStringLiteral("'tie_word_embeddings'")});
  }

  void hiddenNotDivisibleByHeads() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.insert(QStringLiteral("num_attention_heads"), 7);
    expectError(c, {QStringLiteral("config.json"), QStringLiteral("hidden_size"), QStringLiteral("not divisible")});
  }

  void mropeSectionMustSumToHalfHeadDim() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.insert(QStringLiteral("rope_scaling"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrope")},
                                                         {QStringLiteral("mrope_section"), QJsonArray{16, 24, 16}}});
    expectError(c, {QStringLiteral("mrope_section"), QStringLiteral("56"), QStringLiteral("64")});

    QJsonObject two = ReferenceConfigs::config(QStringLiteral("2b"));
    two.insert(QStringLiteral("rope_scaling"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrope")},
                                                           {QStringLiteral("mrope_section"), QJsonArray{32, 32}}});
    expectError(two, {QStringLiteral("rope_scaling.mrope_section"), QStringLiteral("three")});
  }

  void unknownModelType() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    c.insert(QStringLiteral("model_type"), QStringLiteral("llama"));
    expectError(c, {QStringLiteral("config.json"), QStringLiteral("model_type"), QStringLiteral("llama")});
  }

  // The shapes of the largest release (Qwen2-VL 72B) lie inside every bound.
  void real72BShapesAccepted() {
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("7b"));
    c.insert(QStringLiteral("hidden_size"), 8192);
    c.insert(QStringLiteral("intermediate_size"), 29568);
    c.insert(QStringLiteral("num_hidden_layers"), 80);
    c.insert(QStringLiteral("num_attention_heads"), 64);
    c.insert(QStringLiteral("num_key_value_heads"), 8);
    c.insert(QStringLiteral("vocab_size"), 152064);
    QJsonObject vision = c.value(QStringLiteral("vision_config")).toObject();
    vision.insert(QStringLiteral("hidden_size"), 8192);
    c.insert(QStringLiteral("vision_config"), vision);
    QTemporaryDir dir;
    auto mc = loadWritten(dir, c);
    QVERIFY2(mc, qPrintable(mc.error()));
    QCOMPARE(mc->text.numLayers, 80);
    QCOMPARE(mc->vision.depth, 32);
    QCOMPARE(mc->tensorSpecs().size(), 1 + 32 * 12 + 6 + 1 + 80 * 12 + 1 + 1);
  }

  // Every size in a config has an upper bound: a config.json from outside (a download, or a
  // LoadStage message to a node) cannot make the program allocate or loop without end, nor
  // overflow an int (2^31-1 layers crashed; 2^32+2 was narrowed to 2). The error names the field.
  void sizesBounded_data() {
    QTest::addColumn<QString>("section"); // "", "vision_config", "preprocessor", "generation"
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("layers 1025") << QString() << QStringLiteral("num_hidden_layers") << 1025.0;
    QTest::newRow("layers 10^6") << QString() << QStringLiteral("num_hidden_layers") << 1e6;
    QTest::newRow("layers 2^31-1") << QString() << QStringLiteral("num_hidden_layers") << 2147483647.0;
    QTest::newRow("layers 2^32+2") << QString() << QStringLiteral("num_hidden_layers") << 4294967298.0;
    QTest::newRow("hidden") << QString() << QStringLiteral("hidden_size") << 2147483648.0;
    QTest::newRow("intermediate") << QString() << QStringLiteral("intermediate_size") << 1e12;
    QTest::newRow("vocab") << QString() << QStringLiteral("vocab_size") << 1e12;
    QTest::newRow("heads") << QString() << QStringLiteral("num_attention_heads") << 4294967298.0;
    QTest::newRow("kv heads") << QString() << QStringLiteral("num_key_value_heads") << 4294967298.0;
    QTest::newRow("positions") << QString() << QStringLiteral("max_position_embeddings") << 1e15;
    QTest::newRow("depth 10^6") << QStringLiteral("vision_config") << QStringLiteral("depth") << 1e6;
    QTest::newRow("depth 2^31-1") << QStringLiteral("vision_config") << QStringLiteral("depth") << 2147483647.0;
    QTest::newRow("embed") << QStringLiteral("vision_config") << QStringLiteral("embed_dim") << 1e9;
    QTest::newRow("vision heads") << QStringLiteral("vision_config") << QStringLiteral("num_heads") << 4294967298.0;
    QTest::newRow("mlp ratio") << QStringLiteral("vision_config") << QStringLiteral("mlp_ratio") << 1e9;
    QTest::newRow("patch") << QStringLiteral("vision_config") << QStringLiteral("patch_size") << 4294967310.0;
    QTest::newRow("merge") << QStringLiteral("vision_config") << QStringLiteral("spatial_merge_size") << 4294967298.0;
    QTest::newRow("max pixels") << QStringLiteral("preprocessor") << QStringLiteral("max_pixels") << 1e15;
    QTest::newRow("top k") << QStringLiteral("generation") << QStringLiteral("top_k") << 4294967297.0;
    QTest::newRow("max new tokens") << QStringLiteral("generation") << QStringLiteral("max_new_tokens") << 1e12;
  }

  void sizesBounded() {
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(double, value);
    QJsonObject c = ReferenceConfigs::config(QStringLiteral("2b"));
    QJsonObject generation = ReferenceConfigs::generationConfig();
    QJsonObject preprocessor = ReferenceConfigs::preprocessorConfig();
    if (section.isEmpty()) {
      c.insert(field, value);
    } else if (section == QLatin1String("vision_config")) {
      QJsonObject vision = c.value(section).toObject();
      vision.insert(field, value);
      c.insert(section, vision);
    } else if (section == QLatin1String("preprocessor")) {
      preprocessor.insert(field, value);
    } else {
      generation.insert(field, value);
    }
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    auto mc = loadWritten(dir, c, generation, preprocessor);
    QVERIFY2(!mc, "an oversized configuration was accepted");
    QVERIFY2(mc.error().contains(field + QLatin1Char('\'')), qPrintable(mc.error()));
    QVERIFY(timer.elapsed() < 1000);
  }

  void badPreprocessorAndGeneration() {
    QJsonObject pre = ReferenceConfigs::preprocessorConfig();
    pre.insert(QStringLiteral("image_std"), QJsonArray{0.5, 0.5});
    QTemporaryDir dir;
    auto mc =
        loadWritten(dir, ReferenceConfigs::config(QStringLiteral("2b")), ReferenceConfigs::generationConfig(), pre);
    QVERIFY(!mc);
    QVERIFY2(mc.error().contains(QStringLiteral("preprocessor_config.json")) &&
                 mc.error().contains(QStringLiteral("image_std")),
             qPrintable(mc.error()));

    QJsonObject gen = ReferenceConfigs::generationConfig();
    gen.insert(QStringLiteral("top_p"), 1.5);
    QTemporaryDir dir2;
    auto mc2 = loadWritten(dir2, ReferenceConfigs::config(QStringLiteral("2b")), gen);
    QVERIFY(!mc2);
    QVERIFY2(mc2.error().contains(QStringLiteral("generation_config.json")) &&
                 mc2.error().contains(QStringLiteral("top_p")),
             qPrintable(mc2.error()));
  }
};

QTEST_GUILESS_MAIN(TestModelConfig)
#include "tst_modelconfig.moc"
