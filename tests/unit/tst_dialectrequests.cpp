// The Responses API's and Ollama's request bodies read into the chat request the engine runs
// (ResponsesRequest, OllamaRequest; issue 18): the fields that map, the echo, and refusals by name.

#include "api/ollamarequest.h"
#include "api/responsesrequest.h"
#include "model/jsonschema.h"

#include <QTest>

using namespace mdi;

namespace {

ChatCompletionRequest::Defaults defaults() {
  ChatCompletionRequest::Defaults d;
  d.contextTokens = 4096;
  return d;
}

} // namespace

class TestDialectRequests : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void responsesMapToChat() {
    auto r = ResponsesRequest::fromJson(
        "{\"model\": \"m\", \"instructions\": \"Be brief.\", \"max_output_tokens\": 20, \"temperature\": 0.5, "
        "\"stream\": true, \"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_text\", \"text\": "
        "\"Hi\"}, {\"type\": \"input_image\", \"image_url\": \"data:image/png;base64,AAAA\"}]}, {\"type\": "
        "\"message\", \"role\": \"assistant\", \"content\": [{\"type\": \"output_text\", \"text\": \"Yo\"}]}], "
        "\"text\": {\"format\": {\"type\": \"json_schema\", \"name\": \"x\", \"schema\": {\"type\": \"object\", "
        "\"properties\": {\"a\": {\"type\": \"string\"}}, \"required\": [\"a\"]}}}, \"store\": true}",
        defaults());
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->model, QStringLiteral("m"));
    QVERIFY(r->stream);
    QCOMPARE(r->generation.messages.size(), 3); // system, user, assistant
    QCOMPARE(r->generation.sampling.maxNewTokens, 20);
    QCOMPARE(r->generation.sampling.temperature, 0.5);
    QVERIFY(r->generation.sampling.jsonSchema);
    QCOMPARE(r->echo.value(QStringLiteral("instructions")).toString(), QStringLiteral("Be brief."));
    QCOMPARE(r->echo.value(QStringLiteral("max_output_tokens")).toInt(), 20);
    QCOMPARE(r->echo.value(QStringLiteral("store")).toBool(), false);
  }

  void responsesRefusals_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("previous_response_id")
        << QByteArray("{\"input\": \"Hi\", \"previous_response_id\": \"resp_1\"}") << "previous_response_id";
    QTest::newRow("tools") << QByteArray("{\"input\": \"Hi\", \"tools\": [{\"type\": \"web_search\"}]}") << "tools";
    QTest::newRow("function call item") << QByteArray(
                                               "{\"input\": [{\"type\": \"function_call_output\", \"output\": \"x\"}]}")
                                        << "function_call_output";
    QTest::newRow("file id") << QByteArray(
                                    "{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_image\", "
                                    "\"file_id\": \"f\"}]}]}")
                             << "file_id";
    QTest::newRow("max_output_tokens") << QByteArray("{\"input\": \"Hi\", \"max_output_tokens\": 0}")
                                       << "max_output_tokens";
    QTest::newRow("schema keyword") << QByteArray(
                                           "{\"input\": \"Hi\", \"text\": {\"format\": {\"type\": \"json_schema\", "
                                           "\"schema\": {\"type\": \"object\", \"oneOf\": []}}}}")
                                    << "text.format.schema: 'oneOf'";
    QTest::newRow("no input") << QByteArray("{}") << "input";
  }
  void responsesRefusals() {
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    auto r = ResponsesRequest::fromJson(body, defaults());
    QVERIFY(!r);
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
  }

  void ollamaMapsToChat() {
    auto chat = OllamaRequest::fromJson(
        "{\"model\": \"m:latest\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\", \"images\": "
        "[\"iVBORw0KGgo=\"]}], \"format\": \"json\", \"options\": {\"temperature\": 0.3, \"num_predict\": 7, "
        "\"repeat_penalty\": 1.2, \"num_ctx\": 8192, \"seed\": 4}}",
        OllamaRequest::Endpoint::Chat, defaults());
    QVERIFY2(chat, qPrintable(chat.error()));
    QCOMPARE(chat->model, QStringLiteral("m"));
    QVERIFY(chat->stream); // Ollama streams unless told not to
    QCOMPARE(chat->generation.sampling.maxNewTokens, 7);
    QCOMPARE(chat->generation.sampling.temperature, 0.3);
    QCOMPARE(chat->generation.sampling.repetitionPenalty, 1.2);
    QCOMPARE(chat->generation.sampling.seed, quint64(4));
    QVERIFY(chat->generation.sampling.jsonObject);
    const QList<ChatPart> parts = chat->generation.messages.first().parts;
    QCOMPARE(parts.size(), 2); // the image first, as Ollama places it
    QCOMPARE(parts.first().kind, ChatPart::Kind::Image);
    QVERIFY(parts.first().text.startsWith(QStringLiteral("data:image/png;base64,")));

    auto generate = OllamaRequest::fromJson(
        "{\"prompt\": \"Hi\", \"system\": \"S\", \"stream\": false, \"format\": {\"type\": \"object\", "
        "\"properties\": {\"a\": {\"type\": \"integer\"}}}}",
        OllamaRequest::Endpoint::Generate, defaults());
    QVERIFY2(generate, qPrintable(generate.error()));
    QVERIFY(!generate->stream);
    QCOMPARE(generate->generation.messages.size(), 2);
    QVERIFY(generate->generation.sampling.jsonSchema);
    auto load = OllamaRequest::fromJson("{\"model\": \"m\"}", OllamaRequest::Endpoint::Generate, defaults());
    QVERIFY2(load, qPrintable(load.error()));
    QVERIFY(load->echo.value(QStringLiteral("load")).toBool());
  }

  void ollamaRefusals() {
    for (const auto &[body, mentions] : QList<QPair<QByteArray, QString>>{
             {"{\"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]}", QStringLiteral("tool")},
             {"{\"messages\": [], \"tools\": [{}]}", QStringLiteral("tools")},
             {"{\"messages\": [], \"format\": \"yaml\"}", QStringLiteral("format")},
             {"{\"messages\": [], \"format\": {\"type\": \"object\", \"minProperties\": 1}}",
              QStringLiteral("format: 'minProperties'")}}) {
      auto r = OllamaRequest::fromJson(body, OllamaRequest::Endpoint::Chat, defaults());
      QVERIFY2(!r, body.constData());
      QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    }
    auto raw =
        OllamaRequest::fromJson("{\"prompt\": \"x\", \"raw\": true}", OllamaRequest::Endpoint::Generate, defaults());
    QVERIFY(!raw);
    QVERIFY(raw.error().contains(QStringLiteral("raw")));
  }
};

QTEST_GUILESS_MAIN(TestDialectRequests)
#include "tst_dialectrequests.moc"
