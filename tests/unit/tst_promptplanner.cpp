// PromptPlanner over the fixture tokenizer and configuration: a request it refuses says whose
// fault it is (GenerationErrorKind: the local API answers the client's with 400, not 500), and
// images the caller already decoded are used as they are, not decoded again.

#include "engine/promptplanner.h"
#include "fixtures.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/tokenizer.h"

#include <QTest>

using namespace mdi;
using mdi::test::Fixtures;

class TestPromptPlanner : public QObject {
  Q_OBJECT

private:
  std::optional<ModelConfig> m_config;
  Tokenizer m_tokenizer;

  GenerationRequest request(const QList<ChatPart> &parts) const {
    GenerationRequest r;
    r.messages = {ChatMessage{QStringLiteral("user"), parts}};
    r.sampling.maxNewTokens = 8;
    return r;
  }

private Q_SLOTS:
  void initTestCase() {
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    m_config = *config;
    auto tokenizer = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tokenizer, qPrintable(tokenizer.error()));
    m_tokenizer = *tokenizer;
  }

  void planned() {
    const ImagePreprocessor images(m_config->preprocessor);
    GenerationResult result;
    auto plan = PromptPlanner::plan(request({ChatPart::makeText(QStringLiteral("Hi"))}), *m_config, m_tokenizer, images,
                                    result);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(result.errorKind, GenerationErrorKind::Internal);
    QVERIFY(result.stats.promptTokens > 0);
  }

  // Issue 18 #5: a prompt longer than the context.
  void contextLengthExceeded() {
    ModelConfig small = *m_config;
    small.text.maxPositionEmbeddings = 20;
    const ImagePreprocessor images(small.preprocessor);
    GenerationResult result;
    auto plan =
        PromptPlanner::plan(request({ChatPart::makeText(QString(200, QLatin1Char('a')) + QStringLiteral(" b"))}), small,
                            m_tokenizer, images, result);
    QVERIFY(!plan);
    QCOMPARE(result.errorKind, GenerationErrorKind::ContextLengthExceeded);
    QVERIFY2(plan.error().contains(QStringLiteral("context")), qPrintable(plan.error()));
  }

  // Issue 18 #5: image placeholders in the text that do not match the images, and a video token.
  // (Both need the text's special tokens to be read as such; should user text become plain text,
  // these prompts are simply answered.)
  void invalidRequests_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("placeholder without an image") << QStringLiteral("<|vision_start|><|image_pad|><|vision_end|>Hi");
    QTest::newRow("video token") << QStringLiteral("<|vision_start|><|video_pad|><|vision_end|>Hi");
  }
  void invalidRequests() {
    QFETCH(QString, text);
    const ImagePreprocessor images(m_config->preprocessor);
    GenerationResult result;
    auto plan = PromptPlanner::plan(request({ChatPart::makeText(text)}), *m_config, m_tokenizer, images, result);
    if (plan)
      QSKIP("special tokens in the text are plain text here");
    QCOMPARE(result.errorKind, GenerationErrorKind::InvalidRequest);
  }

  void unreadableImageIsNotTheRequestsFault() {
    const ImagePreprocessor images(m_config->preprocessor);
    GenerationResult result;
    auto plan = PromptPlanner::plan(request({ChatPart::makeImage(Fixtures::imagesDir() + QStringLiteral("/none.png"))}),
                                    *m_config, m_tokenizer, images, result);
    QVERIFY(!plan);
    QCOMPARE(result.errorKind, GenerationErrorKind::Internal);
  }

  // Issue 16 #9 (decode once): prepared images stand in for their references, which are not read
  // again (here one that does not exist).
  void preparedImagesAreNotDecodedAgain() {
    const ImagePreprocessor images(m_config->preprocessor);
    auto decoded = images.fromFile(Fixtures::imagesDir() + QStringLiteral("/gradient_224x224.png"));
    QVERIFY2(decoded, qPrintable(decoded.error()));
    GenerationRequest r = request(
        {ChatPart::makeImage(QStringLiteral("/nowhere/missing.png")), ChatPart::makeText(QStringLiteral("What?"))});
    r.preparedImages = std::make_shared<const QList<PreprocessedImage>>(QList<PreprocessedImage>{*decoded});
    GenerationResult result;
    auto plan = PromptPlanner::plan(r, *m_config, m_tokenizer, images, result);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->prompt.images.size(), 1);
    QCOMPARE(plan->prompt.images.at(0).resizedRgb, decoded->resizedRgb);
    QCOMPARE(result.stats.images, 1);

    // Of another count than the references: ignored, the references are read (and fail here).
    r.preparedImages = std::make_shared<const QList<PreprocessedImage>>();
    QVERIFY(!PromptPlanner::plan(r, *m_config, m_tokenizer, images, result));
  }
};

QTEST_GUILESS_MAIN(TestPromptPlanner)
#include "tst_promptplanner.moc"
