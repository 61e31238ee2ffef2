// Parsing and checking the local API's request bodies: OpenAI's chat completion request and the
// Qwen format, the model's defaults for fields left out, and a clear error for every malformed or
// out-of-range field and undecodable image.

#include "api/chatcompletionrequest.h"
#include "fixtures.h"
#include "model/jsonschema.h"
#include "model/modelconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

ChatCompletionRequest::Defaults defaults() {
  ChatCompletionRequest::Defaults d;
  d.sampling.doSample = true;
  d.sampling.temperature = 0.7;
  d.sampling.topK = 20;
  d.sampling.topP = 0.8;
  d.sampling.repetitionPenalty = 1.05;
  d.sampling.maxNewTokens = 512;
  d.sampling.eosTokenIds = {151645, 151643};
  d.contextTokens = 4096;
  d.maxChoices = 8;
  d.allowFileImages = true; // the server's default is off; these tests read fixture files
  return d;
}

QByteArray body(const QJsonObject &extra, const QJsonValue &content = QStringLiteral("Hi")) {
  QJsonObject o{{QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                    {QStringLiteral("content"), content}}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it)
    o.insert(it.key(), it.value());
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Expected<ChatCompletionRequest> parse(const QByteArray &bytes,
                                      ChatCompletionRequest::Format format = ChatCompletionRequest::Format::OpenAi,
                                      const ChatCompletionRequest::Defaults &d = defaults()) {
  return ChatCompletionRequest::fromJson(bytes, format, d);
}

QString dataUrl(const QString &imageName) {
  return QStringLiteral("data:image/png;base64,") +
         QString::fromLatin1(Fixtures::readFile(Fixtures::imagesDir() + QLatin1Char('/') + imageName).toBase64());
}

QJsonArray imageContent(const QString &url) {
  return QJsonArray{
      QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("What?")}},
      QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                  {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}}};
}

} // namespace

class TestChatCompletionRequest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void defaultsFromTheModel() {
    auto r = parse(body({}));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->generation.messages.size(), 1);
    QCOMPARE(r->generation.messages[0].role, QStringLiteral("user"));
    QCOMPARE(r->generation.messages[0].parts, QList<ChatPart>{ChatPart::makeText(QStringLiteral("Hi"))});
    const SamplingParams &s = r->generation.sampling;
    QVERIFY(s.doSample);
    QCOMPARE(s.temperature, 0.7);
    QCOMPARE(s.topK, 20);
    QCOMPARE(s.topP, 0.8);
    QCOMPARE(s.repetitionPenalty, 1.05);
    QCOMPARE(s.maxNewTokens, 512);
    QCOMPARE(s.eosTokenIds, (QList<int>{151645, 151643}));
    // No seed given: each request draws its own (2^64 choices), so two almost surely differ.
    auto again = parse(body({}));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->generation.sampling.seed != s.seed);
    QCOMPARE(r->n, 1);
    QVERIFY(!r->stream);
    QVERIFY(!r->includeUsage);
    QVERIFY(r->model.isEmpty());
  }

  void everyField() {
    auto r = parse(body(QJsonObject{
        {QStringLiteral("model"), QStringLiteral("anything")},
        {QStringLiteral("max_tokens"), 33},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("top_p"), 0.5},
        {QStringLiteral("top_k"), 7},
        {QStringLiteral("min_p"), 0.1},
        {QStringLiteral("repetition_penalty"), 1.2},
        {QStringLiteral("seed"), 1234},
        {QStringLiteral("stop"), QJsonArray{QStringLiteral("END"), QStringLiteral("\n\n")}},
        {QStringLiteral("n"), 3},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("ignore_eos"), true},
        {QStringLiteral("chat_template_kwargs"), QJsonObject{{QStringLiteral("add_vision_id"), true}}},
        {QStringLiteral("frequency_penalty"), 0},
        {QStringLiteral("presence_penalty"), 0},
        {QStringLiteral("user"), QStringLiteral("me")},
        {QStringLiteral("some_future_field"), QJsonObject()}, // unknown: ignored
    }));
    QVERIFY2(r, qPrintable(r.error()));
    const SamplingParams &s = r->generation.sampling;
    QCOMPARE(r->model, QStringLiteral("anything"));
    QCOMPARE(s.maxNewTokens, 33);
    QVERIFY(s.isGreedy()); // temperature 0 turns sampling off
    QCOMPARE(s.topP, 0.5);
    QCOMPARE(s.topK, 7);
    QCOMPARE(s.minP, 0.1);
    QCOMPARE(s.repetitionPenalty, 1.2);
    QCOMPARE(s.seed, quint64(1234));
    QCOMPARE(s.stopStrings, (QStringList{QStringLiteral("END"), QStringLiteral("\n\n")}));
    QVERIFY(s.ignoreEos);
    QCOMPARE(r->n, 3);
    QVERIFY(r->stream);
    QVERIFY(r->includeUsage);
    QVERIFY(r->generation.templateOptions.addVisionId);

    auto single = parse(body(QJsonObject{{QStringLiteral("stop"), QStringLiteral("###")},
                                         {QStringLiteral("temperature"), 0.9},
                                         {QStringLiteral("max_completion_tokens"), 9}}));
    QVERIFY2(single, qPrintable(single.error()));
    QCOMPARE(single->generation.sampling.stopStrings, QStringList{QStringLiteral("###")});
    QVERIFY(single->generation.sampling.doSample);
    QCOMPARE(single->generation.sampling.temperature, 0.9);
    QCOMPARE(single->generation.sampling.maxNewTokens, 9);
  }

  // Issue 18 #1: the model's top_k/top_p are defaults only while the request sets no sampling
  // field; a temperature or top_p alone gets OpenAI's defaults (top_p 1, temperature 1, no top-k).
  void samplingFieldsReplaceTheModelsGroup() {
    auto t = parse(body(QJsonObject{{QStringLiteral("temperature"), 1.5}}));
    QVERIFY2(t, qPrintable(t.error()));
    QVERIFY(!t->generation.sampling.isGreedy());
    QCOMPARE(t->generation.sampling.temperature, 1.5);
    QCOMPARE(t->generation.sampling.topK, 0);
    QCOMPARE(t->generation.sampling.topP, 1.0);
    QCOMPARE(t->generation.sampling.repetitionPenalty, 1.05); // not part of the group
    QCOMPARE(t->generation.sampling.maxNewTokens, 512);

    auto p = parse(body(QJsonObject{{QStringLiteral("top_p"), 0.9}}));
    QVERIFY2(p, qPrintable(p.error()));
    QVERIFY(!p->generation.sampling.isGreedy());
    QCOMPARE(p->generation.sampling.temperature, 1.0);
    QCOMPARE(p->generation.sampling.topP, 0.9);
    QCOMPARE(p->generation.sampling.topK, 0);

    auto zero = parse(body(QJsonObject{{QStringLiteral("temperature"), 0}}));
    QVERIFY2(zero, qPrintable(zero.error()));
    QVERIFY(zero->generation.sampling.isGreedy());
  }

  void openAiParts() {
    const QString url = dataUrl(QStringLiteral("gradient_224x224.png"));
    QByteArray bytes = body({}, imageContent(url));
    // A system message under its newer name, and an assistant turn in between.
    QJsonObject o = QJsonDocument::fromJson(bytes).object();
    QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    messages.prepend(QJsonObject{{QStringLiteral("role"), QStringLiteral("developer")},
                                 {QStringLiteral("content"), QStringLiteral("Be brief.")}});
    o.insert(QStringLiteral("messages"), messages);
    auto r = parse(QJsonDocument(o).toJson());
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->generation.messages.size(), 2);
    QCOMPARE(r->generation.messages[0].role, QStringLiteral("system"));
    const QList<ChatPart> parts = r->generation.messages[1].parts;
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0], ChatPart::makeText(QStringLiteral("What?")));
    QCOMPARE(parts[1], ChatPart::makeImage(url));
  }

  void qwenFormat() {
    const QString url = dataUrl(QStringLiteral("small_40x30.png"));
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("image"), url}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("Hm?")}}};
    auto r = parse(body(QJsonObject{{QStringLiteral("max_tokens"), 5}}, content), ChatCompletionRequest::Format::Qwen);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->generation.messages[0].parts[0], ChatPart::makeImage(url));
    QCOMPARE(r->generation.sampling.maxNewTokens, 5);
    // One answer, not streamed.
    QVERIFY(!parse(body(QJsonObject{{QStringLiteral("stream"), true}}), ChatCompletionRequest::Format::Qwen));
    QVERIFY(!parse(body(QJsonObject{{QStringLiteral("n"), 2}}), ChatCompletionRequest::Format::Qwen));
  }

  void refused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions"); // a word the message must contain
    auto add = [](const char *name, const QByteArray &bytes, const char *mentions) {
      QTest::newRow(name) << bytes << QString::fromUtf8(mentions);
    };
    add("not json", "{\"messages\": [", "JSON");
    add("empty body", "", "JSON");
    add("array", "[1, 2]", "object");
    add("no messages", "{\"model\": \"m\"}", "messages");
    add("empty messages", "{\"messages\": []}", "messages");
    add("message not object", "{\"messages\": [\"hi\"]}", "messages[0]");
    add("role tool", "{\"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]}", "tool");
    add("role missing", "{\"messages\": [{\"content\": \"x\"}]}", "role");
    add("content number", "{\"messages\": [{\"role\": \"user\", \"content\": 5}]}", "content");
    add("content null", "{\"messages\": [{\"role\": \"assistant\", \"content\": null}]}", "content");
    add("part unknown", "{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_audio\"}]}]}",
        "input_audio");
    add("text not string", "{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": 3}]}]}",
        "text");
    add("http image", body({}, imageContent(QStringLiteral("https://example.com/a.png"))), "data:");
    add("relative file", body({}, imageContent(QStringLiteral("photo.png"))), "data:");
    add("file url relative", body({}, imageContent(QStringLiteral("file:photo.png"))), "file://");
    add("model number", body(QJsonObject{{QStringLiteral("model"), 3}}), "model");
    add("temperature string", body(QJsonObject{{QStringLiteral("temperature"), QStringLiteral("hot")}}), "temperature");
    add("temperature high", body(QJsonObject{{QStringLiteral("temperature"), 2.5}}), "temperature");
    add("temperature negative", body(QJsonObject{{QStringLiteral("temperature"), -1}}), "temperature");
    add("top_p high", body(QJsonObject{{QStringLiteral("top_p"), 1.5}}), "top_p");
    add("top_k negative", body(QJsonObject{{QStringLiteral("top_k"), -2}}), "top_k");
    add("max_tokens fraction", body(QJsonObject{{QStringLiteral("max_tokens"), 1.5}}), "max_tokens");
    add("max_tokens zero", body(QJsonObject{{QStringLiteral("max_tokens"), 0}}), "max_tokens");
    add("max_tokens beyond context", body(QJsonObject{{QStringLiteral("max_tokens"), 5000}}), "max_tokens");
    add("seed string", body(QJsonObject{{QStringLiteral("seed"), QStringLiteral("1")}}), "seed");
    add("seed fraction", body(QJsonObject{{QStringLiteral("seed"), 1.5}}), "seed");
    add("seed beyond 64 bits", "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"seed\": 1e19}", "seed");
    add("stop number", body(QJsonObject{{QStringLiteral("stop"), 3}}), "stop");
    add("stop list of numbers", body(QJsonObject{{QStringLiteral("stop"), QJsonArray{1}}}), "stop");
    add("stop too many",
        body(QJsonObject{
            {QStringLiteral("stop"), QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                QStringLiteral("d"), QStringLiteral("e")}}}),
        "stop");
    add("stop empty", body(QJsonObject{{QStringLiteral("stop"), QStringLiteral("")}}), "Stop");
    add("n zero", body(QJsonObject{{QStringLiteral("n"), 0}}), "'n'");
    add("n too many", body(QJsonObject{{QStringLiteral("n"), 9}}), "'n'");
    add("stream string", body(QJsonObject{{QStringLiteral("stream"), QStringLiteral("yes")}}), "stream");
    add("stream_options list", body(QJsonObject{{QStringLiteral("stream_options"), QJsonArray()}}), "stream_options");
    add("include_usage string",
        body(QJsonObject{
            {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), QStringLiteral("y")}}}}),
        "include_usage");
    add("logprobs string", body(QJsonObject{{QStringLiteral("logprobs"), QStringLiteral("yes")}}), "logprobs");
    add("top_logprobs without logprobs", body(QJsonObject{{QStringLiteral("top_logprobs"), 3}}), "top_logprobs");
    add("top_logprobs 21", body(QJsonObject{{QStringLiteral("logprobs"), true}, {QStringLiteral("top_logprobs"), 21}}),
        "top_logprobs");
    add("tools", body(QJsonObject{{QStringLiteral("tools"), QJsonArray{QJsonObject()}}}), "tools");
    add("json schema",
        body(QJsonObject{
            {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")}}}}),
        "response_format");
    add("json schema keyword outside the subset",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"response_format\": {\"type\": "
        "\"json_schema\", \"json_schema\": {\"name\": \"x\", \"schema\": {\"type\": \"object\", "
        "\"properties\": {\"a\": {\"type\": \"string\", \"format\": \"email\"}}}}}}",
        "response_format.json_schema.schema.properties.a: 'format' is not supported");
    add("json schema longer than max_tokens",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"max_tokens\": 5, \"response_format\": "
        "{\"type\": \"json_schema\", \"json_schema\": {\"schema\": {\"type\": \"object\", \"properties\": "
        "{\"name\": {\"type\": \"string\"}}, \"required\": [\"name\"]}}}}",
        "token limit (5)");
    add("frequency_penalty string", body(QJsonObject{{QStringLiteral("frequency_penalty"), QStringLiteral("0")}}),
        "frequency_penalty");
    add("kwargs string", body(QJsonObject{{QStringLiteral("chat_template_kwargs"), QStringLiteral("x")}}),
        "chat_template_kwargs");
  }

  void refused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    auto r = parse(bytes);
    QVERIFY2(!r, bytes.left(200).constData());
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
  }

  // Issue 18 #6: OpenAI's seed is any signed 64-bit integer; above 2^53 a double would round it.
  void seedsOverTheWholeRange() {
    const QList<QPair<QByteArray, quint64>> cases{{"9007199254740991", quint64(9007199254740991ULL)},
                                                  {"9007199254740993", quint64(9007199254740993ULL)},
                                                  {"9223372036854775807", quint64(9223372036854775807ULL)},
                                                  {"-1", ~quint64(0)},
                                                  {"-9223372036854775808", quint64(1) << 63},
                                                  {"0", 0}};
    for (const auto &[text, expected] : cases) {
      auto r = parse("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"seed\": " + text + "}");
      QVERIFY2(r, qPrintable(text + ": " + r.error()));
      QCOMPARE(r->generation.sampling.seed, expected);
    }
  }

  void jsonObjectFormat() {
    auto r = parse(body(QJsonObject{
        {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}}));
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->generation.sampling.jsonObject);
    auto text = parse(body(QJsonObject{
        {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}}}));
    QVERIFY2(text, qPrintable(text.error()));
    QVERIFY(!text->generation.sampling.jsonObject);
  }

  // Issue 18: response_format json_schema (constrained decoding to the schema).
  void jsonSchemaFormat() {
    auto r = parse("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"response_format\": {\"type\": "
                   "\"json_schema\", \"json_schema\": {\"name\": \"p\", \"strict\": true, \"schema\": {\"type\": "
                   "\"object\", \"properties\": {\"name\": {\"type\": \"string\"}}, \"required\": [\"name\"], "
                   "\"additionalProperties\": false}}}}");
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->generation.sampling.jsonObject);
    QVERIFY(r->generation.sampling.jsonSchema);
    QCOMPARE(r->generation.sampling.jsonSchema->minimalDocumentBytes(), 11); // {"name":""}
  }

  void logprobsFields() {
    auto off = parse(body({}));
    QVERIFY2(off, qPrintable(off.error()));
    QCOMPARE(off->generation.sampling.topLogprobs, -1);
    auto chosen = parse(body(QJsonObject{{QStringLiteral("logprobs"), true}}));
    QVERIFY2(chosen, qPrintable(chosen.error()));
    QCOMPARE(chosen->generation.sampling.topLogprobs, 0);
    auto top = parse(body(QJsonObject{{QStringLiteral("logprobs"), true}, {QStringLiteral("top_logprobs"), 20}}));
    QVERIFY2(top, qPrintable(top.error()));
    QCOMPARE(top->generation.sampling.topLogprobs, 20);
    auto falseWithZero =
        parse(body(QJsonObject{{QStringLiteral("logprobs"), false}, {QStringLiteral("top_logprobs"), QJsonValue()}}));
    QVERIFY2(falseWithZero, qPrintable(falseWithZero.error()));
    QCOMPARE(falseWithZero->generation.sampling.topLogprobs, -1);
  }

  // Issue 16 #9: file:// URLs only when the server allows them, and one message for every
  // refusal (off, relative, missing, not an image), so a client learns nothing about the disk.
  void fileUrlRefusalsLookAlike() {
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    const ImagePreprocessor images(config->preprocessor);
    const QString good = QUrl::fromLocalFile(Fixtures::imagesDir() + QStringLiteral("/gray_150x150.png")).toString();
    const QString missing = QUrl::fromLocalFile(Fixtures::imagesDir() + QStringLiteral("/no_such.png")).toString();
    const QString notImage = QUrl::fromLocalFile(Fixtures::checkpointDir() + QStringLiteral("/config.json")).toString();
    const QString expected = ChatCompletionRequest::fileUrlRefused(0);
    QVERIFY(expected.contains(QStringLiteral("file://")));

    ChatCompletionRequest::Defaults off = defaults();
    off.allowFileImages = false;
    QCOMPARE(ChatCompletionRequest::Defaults().allowFileImages, false); // opt-in
    for (const QString &url : {good, missing, QStringLiteral("file:photo.png")}) {
      auto r = parse(body({}, imageContent(url)), ChatCompletionRequest::Format::OpenAi, off);
      QVERIFY(!r);
      QCOMPARE(r.error(), expected);
    }
    for (const QString &url : {missing, notImage}) {
      auto r = parse(body({}, imageContent(url)));
      QVERIFY2(r, qPrintable(r.error()));
      const Status s = r->prepareImages(images, ImageDecoder::kMaxPixels);
      QVERIFY(!s);
      QCOMPARE(s.error(), expected);
    }
    auto r = parse(body({}, imageContent(good)));
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->prepareImages(images, ImageDecoder::kMaxPixels));
  }

  // Issue 16 #9: images per request and their pixels together are bounded before decoding, and
  // the decoded images are kept for the engine (decoded once).
  void imageLimits() {
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    const ImagePreprocessor images(config->preprocessor);
    const QString url = dataUrl(QStringLiteral("photo_300x500.png"));
    const QJsonArray two{imageContent(url).at(1), imageContent(url).at(1)};
    ChatCompletionRequest::Defaults one = defaults();
    one.maxImages = 1;
    auto refused = parse(body({}, two), ChatCompletionRequest::Format::OpenAi, one);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("at most 1")), qPrintable(refused.error()));

    auto r = parse(body({}, two));
    QVERIFY2(r, qPrintable(r.error()));
    // Room for one 300x500 image only: the second is refused from its header.
    const Status over = r->prepareImages(images, 300 * 500 + 10);
    QVERIFY(!over);
    QVERIFY2(over.error().startsWith(QStringLiteral("image 2: ")), qPrintable(over.error()));
    QVERIFY2(over.error().contains(QStringLiteral("per request")), qPrintable(over.error()));
    const Status fits = r->prepareImages(images, 2 * 300 * 500);
    QVERIFY2(fits, qPrintable(fits.error()));
    QVERIFY(r->generation.preparedImages);
    QCOMPARE(r->generation.preparedImages->size(), 2);
    QCOMPARE(r->generation.preparedImages->at(1).sourceWidth, 300);
    QCOMPARE(r->generation.preparedImages->at(1).sourceHeight, 500);
  }

  void checkImages() {
    auto config = ModelConfig::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(config, qPrintable(config.error()));
    const ImagePreprocessor images(config->preprocessor);
    const QString file = QUrl::fromLocalFile(Fixtures::imagesDir() + QStringLiteral("/gray_150x150.png")).toString();
    for (const QString &good : {dataUrl(QStringLiteral("photo_300x500.png")), file}) {
      auto r = parse(body({}, imageContent(good)));
      QVERIFY2(r, qPrintable(r.error()));
      const Status s = r->prepareImages(images, ImageDecoder::kMaxPixels);
      QVERIFY2(s, qPrintable(s.error()));
    }
    const QStringList bad{
        QStringLiteral("data:image/png;base64,!!!notbase64!!!"),
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(QByteArray("not a png at all").toBase64()),
        QStringLiteral("data:image/png;base64,") +
            QString::fromLatin1(
                Fixtures::readFile(Fixtures::imagesDir() + QStringLiteral("/photo_300x500.png")).left(200).toBase64()),
        QStringLiteral("data:text/plain;base64,aGVsbG8="),
        QUrl::fromLocalFile(Fixtures::imagesDir() + QStringLiteral("/no_such_image.png")).toString(),
    };
    for (const QString &url : bad) {
      auto r = parse(body({}, imageContent(url)));
      QVERIFY2(r, qPrintable(r.error()));
      const Status s = r->prepareImages(images, ImageDecoder::kMaxPixels);
      QVERIFY2(!s, qPrintable(url.left(80)));
      QVERIFY2(s.error().startsWith(QStringLiteral("image 1: ")), qPrintable(s.error()));
    }
  }
};

QTEST_GUILESS_MAIN(TestChatCompletionRequest)
#include "tst_chatcompletionrequest.moc"
