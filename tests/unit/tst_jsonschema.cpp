// Constrained decoding to a JSON schema (response_format json_schema): JsonSchema's compiler
// (the subset, and refusals that name the keyword), JsonSchemaMachine over bytes (types, keys,
// required keys, enums, integers, closing costs), and GenerationState with the schema over random
// logits of the fixture's vocabulary: only the constraint can make them valid, for every seed.

#include "engine/generationstate.h"
#include "fixtures.h"
#include "model/jsonconstraint.h"
#include "model/jsonschema.h"
#include "model/jsonschemamachine.h"
#include "model/tokenizer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

QJsonObject parse(const QByteArray &json) {
  return QJsonDocument::fromJson(json).object();
}

// A person with a nested address, a list of tags, an enum and an optional nullable field.
const QByteArray kPerson =
    "{\n"
    "  \"type\": \"object\",\n"
    "  \"properties\": {\n"
    "    \"name\": {\"type\": \"string\"},\n"
    "    \"age\": {\"type\": \"integer\"},\n"
    "    \"score\": {\"type\": \"number\"},\n"
    "    \"member\": {\"type\": \"boolean\"},\n"
    "    \"color\": {\"enum\": [\"red\", \"green\", \"blue\"]},\n"
    "    \"level\": {\"type\": \"integer\", \"enum\": [1, 2, 10]},\n"
    "    \"rating\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 5},\n"
    "    \"celsius\": {\"type\": \"number\", \"minimum\": -40, \"exclusiveMaximum\": 60},\n"
    "    \"count\": {\"type\": \"integer\", \"minimum\": -9007199254740991, \"maximum\": 9007199254740991},\n"
    "    \"nickname\": {\"type\": [\"string\", \"null\"]},\n"
    "    \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},\n"
    "    \"address\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}, "
    "\"zip\": {\"type\": \"string\"}},\n"
    "                \"required\": [\"city\", \"zip\"], \"additionalProperties\": false}\n"
    "  },\n"
    "  \"required\": [\"name\", \"age\", \"color\", \"level\", \"address\", \"tags\", \"rating\", \"celsius\"],\n"
    "  \"additionalProperties\": false,\n"
    "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
    "  \"title\": \"Person\"\n"
    "}";

// The subset's rules, checked independently of the machine.
bool validates(const QJsonValue &v, const QJsonObject &schema, QString *why) {
  if (schema.contains(QStringLiteral("enum"))) {
    if (!schema.value(QStringLiteral("enum")).toArray().contains(v)) {
      *why = QStringLiteral("not in the enum");
      return false;
    }
  }
  QStringList types;
  const QJsonValue t = schema.value(QStringLiteral("type"));
  if (t.isString())
    types = {t.toString()};
  for (const QJsonValue &x : t.toArray())
    types.append(x.toString());
  if (!types.isEmpty()) {
    bool ok = false;
    for (const QString &type : std::as_const(types)) {
      ok = ok || (type == QLatin1String("string") && v.isString()) ||
           (type == QLatin1String("number") && v.isDouble()) ||
           (type == QLatin1String("integer") && v.isDouble() && v.toDouble() == std::floor(v.toDouble())) ||
           (type == QLatin1String("boolean") && v.isBool()) || (type == QLatin1String("null") && v.isNull()) ||
           (type == QLatin1String("object") && v.isObject()) || (type == QLatin1String("array") && v.isArray());
    }
    if (!ok) {
      *why = QStringLiteral("wrong type");
      return false;
    }
  }
  if (v.isDouble()) {
    const double d = v.toDouble();
    if ((schema.contains(QStringLiteral("minimum")) && d < schema.value(QStringLiteral("minimum")).toDouble()) ||
        (schema.contains(QStringLiteral("maximum")) && d > schema.value(QStringLiteral("maximum")).toDouble()) ||
        (schema.contains(QStringLiteral("exclusiveMaximum")) &&
         d >= schema.value(QStringLiteral("exclusiveMaximum")).toDouble())) {
      *why = QStringLiteral("out of bounds");
      return false;
    }
  }
  if (v.isObject()) {
    const QJsonObject o = v.toObject();
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
      if (!o.contains(r.toString())) {
        *why = QStringLiteral("missing ") + r.toString();
        return false;
      }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
      if (!properties.contains(it.key())) {
        *why = QStringLiteral("extra key ") + it.key();
        return false;
      }
      if (!validates(it.value(), properties.value(it.key()).toObject(), why))
        return false;
    }
  }
  if (v.isArray()) {
    for (const QJsonValue &item : v.toArray()) {
      if (!validates(item, schema.value(QStringLiteral("items")).toObject(), why))
        return false;
    }
  }
  return true;
}

// How far `text` gets through a fresh machine: its length when every byte is accepted.
qsizetype accepted(const JsonSchema &schema, const QByteArray &text, JsonSchemaMachine *out = nullptr) {
  JsonSchemaMachine m(&schema);
  qsizetype i = 0;
  for (; i < text.size(); ++i) {
    if (!m.feed(static_cast<unsigned char>(text[i])))
      break;
  }
  if (out)
    *out = m;
  return i;
}

} // namespace

class TestJsonSchema : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void refusesWhatItCannotEnforce_data() {
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("pattern")
        << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"pattern\":\"x+\"}}}")
        << "schema.properties.a: 'pattern' is not supported";
    QTest::newRow("anyOf") << QByteArray("{\"type\":\"object\",\"anyOf\":[]}") << "'anyOf' is not supported";
    QTest::newRow("$ref") << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/x\"}}}") << "'$ref'";
    QTest::newRow("root not object") << QByteArray("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}")
                                     << "must describe an object";
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"date\"}}}")
                                  << "'date'";
    QTest::newRow("required not a property")
        << QByteArray("{\"type\":\"object\",\"properties\":{},\"required\":[\"b\"]}") << "'b'";
    QTest::newRow("array without items") << QByteArray(
                                                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\"}}}")
                                         << "'items'";
    QTest::newRow("no type") << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{}}}") << "no 'type'";
    QTest::newRow("enum of objects") << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{\"enum\":[{}]}}}")
                                     << "enum";
  }
  void refusesWhatItCannotEnforce() {
    QFETCH(QByteArray, schema);
    QFETCH(QString, mentions);
    auto compiled = JsonSchema::compile(parse(schema), QStringLiteral("schema"));
    QVERIFY(!compiled);
    QVERIFY2(compiled.error().contains(mentions), qPrintable(compiled.error()));
  }

  void validDocuments_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("all") << QByteArray("{\"rating\":5,\"celsius\":-40,\"count\":-9007199254740991,\"name\":\"Ann\","
                                       "\"age\":-3,\"score\":1.5e3,\"member\":true,\"color\":\"green\","
                                       "\"level\":10,\"nickname\":null,\"tags\":[\"a\",\"b\"],"
                                       "\"address\":{\"zip\":\"123\",\"city\":\"X\"}}");
    QTest::newRow("any order, spaces") << QByteArray(
        " { \"rating\":1, \"celsius\":58.25, \"count\":0, \"tags\" : [ ] , "
        "\"address\":{\"city\":\"\",\"zip\":\"\"},\"level\":1,\"color\":\"red\","
        "\"age\":0,\"name\":\"\\u00e9\\n\"}");
  }
  void validDocuments() {
    QFETCH(QByteArray, text);
    auto schema = JsonSchema::compile(parse(kPerson), QStringLiteral("schema"));
    QVERIFY2(schema, qPrintable(schema.error()));
    JsonSchemaMachine m(schema->get());
    QCOMPARE(accepted(**schema, text, &m), text.size());
    QVERIFY(m.isComplete());
    QCOMPARE(m.closingCost(), 0);
    QString why;
    QVERIFY2(validates(parse(text), parse(kPerson), &why), qPrintable(why));
  }

  void invalidDocuments_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("stopsAt");
    const QByteArray rest =
        "\"address\":{\"city\":\"\",\"zip\":\"\"},\"tags\":[],\"level\":1,\"color\":\"red\",\"age\":0";
    QTest::newRow("unknown key") << QByteArray("{\"namx") << 5;
    QTest::newRow("key twice") << QByteArray("{\"age\":1,\"age\"") << 11;
    QTest::newRow("missing required") << QByteArray("{" + rest + "}") << int(rest.size()) + 1;
    QTest::newRow("fraction in integer") << QByteArray("{\"age\":1.") << 8;
    QTest::newRow("exponent in integer") << QByteArray("{\"age\":1e") << 8;
    QTest::newRow("string for integer") << QByteArray("{\"age\":\"") << 7;
    QTest::newRow("not in enum") << QByteArray("{\"color\":\"yel") << 10;
    QTest::newRow("enum prefix only") << QByteArray("{\"color\":\"re\"") << 12;
    QTest::newRow("number enum") << QByteArray("{\"level\":3") << 9;
    QTest::newRow("number enum, shorter value") << QByteArray("{\"level\":1,") << 11; // 1 is one
    QTest::newRow("number enum, no such value") << QByteArray("{\"level\":12") << 10;
    QTest::newRow("null not allowed") << QByteArray("{\"name\":n") << 8;
    QTest::newRow("nullable") << QByteArray("{\"nickname\":nul") << 15;
    QTest::newRow("array item type") << QByteArray("{\"tags\":[1") << 9;
    QTest::newRow("below the minimum") << QByteArray("{\"rating\":0") << 10;
    QTest::newRow("above the maximum") << QByteArray("{\"rating\":6") << 10;
    QTest::newRow("above the maximum, two digits") << QByteArray("{\"rating\":10") << 11;
    QTest::newRow("below a negative minimum") << QByteArray("{\"celsius\":-41") << 13;
    QTest::newRow("exclusive maximum") << QByteArray("{\"celsius\":60") << 12;
    QTest::newRow("a fraction that could pass it") << QByteArray("{\"celsius\":59.") << 13;
    QTest::newRow("exponent of a bounded number") << QByteArray("{\"celsius\":1e") << 12;
    QTest::newRow("beyond 2^53") << QByteArray("{\"count\":9007199254740992") << 24;
    QTest::newRow("nested required") << QByteArray("{\"address\":{\"city\":\"\"}") << 21;
  }
  void invalidDocuments() {
    QFETCH(QByteArray, text);
    QFETCH(int, stopsAt);
    auto schema = JsonSchema::compile(parse(kPerson), QStringLiteral("schema"));
    QVERIFY2(schema, qPrintable(schema.error()));
    QCOMPARE(accepted(**schema, text), qsizetype(stopsAt));
  }

  // closingCost() is the length of the shortest completion: every required pair with its
  // shortest value.
  void closingCost() {
    const QByteArray schemaText = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"bb\":{\"type\":"
                                  "\"integer\"},\"c\":{\"enum\":[\"xyz\",\"q\"]},"
                                  "\"o\":{\"type\":\"object\",\"properties\":{\"k\":{\"type\":\"boolean\"}},"
                                  "\"required\":[\"k\"]}},\"required\":[\"a\",\"bb\",\"o\"]}";
    auto schema = JsonSchema::compile(parse(schemaText), QStringLiteral("schema"));
    QVERIFY2(schema, qPrintable(schema.error()));
    // {"a":"","bb":0,"o":{"k":true}}
    QCOMPARE((*schema)->minimalDocumentBytes(), 30);
    const QList<QPair<QByteArray, QByteArray>> cases{
        {"", "{\"a\":\"\",\"bb\":0,\"o\":{\"k\":true}}"},
        {"{", "\"a\":\"\",\"bb\":0,\"o\":{\"k\":true}}"},
        {"{\"b", "b\":0,\"a\":\"\",\"o\":{\"k\":true}}"},
        {"{\"c\":\"x", "yz\",\"a\":\"\",\"bb\":0,\"o\":{\"k\":true}}"},
        {"{\"c\":", "\"q\",\"a\":\"\",\"bb\":0,\"o\":{\"k\":true}}"},
        {"{\"o\":{", "\"k\":true},\"a\":\"\",\"bb\":0}"},
        {"{\"o\":{\"k\":f", "alse},\"a\":\"\",\"bb\":0}"},
        {"{\"a\":\"\",\"bb\":0,\"o\":{\"k\":true},", "\"c\":\"q\"}"},
    };
    for (const auto &[prefix, completion] : cases) {
      JsonSchemaMachine m(schema->get());
      QCOMPARE(accepted(**schema, prefix, &m), prefix.size());
      QVERIFY2(m.closingCost() == completion.size(), qPrintable(QStringLiteral("%1: %2, expected %3")
                                                                    .arg(QString::fromUtf8(prefix))
                                                                    .arg(m.closingCost())
                                                                    .arg(completion.size())));
      QCOMPARE(accepted(**schema, prefix + completion, &m), prefix.size() + completion.size());
      QVERIFY(m.isComplete());
    }
  }

  // Issue 18 (response_format json_schema): random logits (the fixture model's answers are no
  // better) sampled at temperature 1 give, for every seed, a document that validates, with the
  // required keys and enum values, within the token budget.
  void randomLogitsGiveValidDocuments() {
    auto tokenizer = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tokenizer, qPrintable(tokenizer.error()));
    auto schema = JsonSchema::compile(parse(kPerson), QStringLiteral("schema"));
    QVERIFY2(schema, qPrintable(schema.error()));
    const qsizetype vocab = tokenizer->vocabSize();
    double stepMs = 0;
    qint64 steps = 0;
    for (quint64 seed = 1; seed <= 30; ++seed) {
      SamplingParams p;
      p.doSample = true;
      p.temperature = 1.0;
      p.seed = seed;
      p.maxNewTokens = seed % 3 == 0 ? 140 : 400; // some cut short by the budget: still valid
      p.eosTokenIds = {151645, 151643};
      p.jsonObject = true;
      p.jsonSchema = *schema;
      GenerationState state(*tokenizer, p, {});
      QRandomGenerator random{quint32(seed)};
      std::vector<float> logits(static_cast<size_t>(vocab), 0.0f);
      while (!state.isFinished()) {
        for (float &l : logits)
          l = float(random.generateDouble() * 4.0);
        QElapsedTimer timer;
        timer.start();
        state.accept(logits.data(), vocab);
        stepMs += timer.nsecsElapsed() / 1e6;
        ++steps;
      }
      const QByteArray text = state.text().toUtf8();
      QJsonParseError error;
      const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
      QVERIFY2(
          doc.isObject(),
          qPrintable(QStringLiteral("seed %1: %2 (%3)").arg(seed).arg(error.errorString(), QString::fromUtf8(text))));
      QString why;
      QVERIFY2(validates(doc.object(), parse(kPerson), &why),
               qPrintable(QStringLiteral("seed %1: %2: %3").arg(seed).arg(why, QString::fromUtf8(text))));
      QCOMPARE(state.finishReason(), FinishReason::Eos);
      QVERIFY(state.generated().size() <= p.maxNewTokens);
    }
    qInfo("%lld steps, %.3f ms each (mask, sampling and bookkeeping)", steps, stepMs / double(steps));
  }

  // The mask's cost per step, where the walk is widest: inside a free string, and before a value.
  void maskCost() {
    auto tokenizer = Tokenizer::loadFromDirectory(Fixtures::checkpointDir());
    QVERIFY2(tokenizer, qPrintable(tokenizer.error()));
    auto schema = JsonSchema::compile(parse(kPerson), QStringLiteral("schema"));
    QVERIFY2(schema, qPrintable(schema.error()));
    const qsizetype vocab = tokenizer->vocabSize();
    std::vector<float> logits(static_cast<size_t>(vocab), 0.0f);
    for (const QByteArray &prefix :
         {QByteArray("{\"name\":\"ab"), QByteArray("{\"name\":\"a\","), QByteArray("{\"score\":")}) {
      JsonConstraint constraint(*tokenizer, *schema);
      for (char c : prefix)
        constraint.accept(tokenizer->encode(QString(QLatin1Char(c))).first());
      QElapsedTimer timer;
      timer.start();
      constexpr int kRounds = 50;
      for (int i = 0; i < kRounds; ++i)
        constraint.mask(logits.data(), vocab, 400);
      qInfo("mask after %s: %.3f ms", prefix.constData(), timer.nsecsElapsed() / 1e6 / kRounds);
    }
  }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
