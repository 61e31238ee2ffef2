#include "model/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>
#include <tuple>

namespace mdi {

namespace {

// A value's JSON spelling as QJsonDocument writes it (compact), which is what the model must write.
QByteArray spellingOf(const QJsonValue &value) {
  const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
  return array.mid(1, array.size() - 2);
}

// Keywords that describe a schema without constraining it.
const QSet<QString> &annotations() {
  static const QSet<QString> set{QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("$schema"),
                                 QStringLiteral("$id"),      QStringLiteral("$comment"),    QStringLiteral("default"),
                                 QStringLiteral("examples"), QStringLiteral("deprecated"),  QStringLiteral("readOnly"),
                                 QStringLiteral("writeOnly")};
  return set;
}

const QSet<QString> &supported() {
  static const QSet<QString> set{QStringLiteral("type"),
                                 QStringLiteral("properties"),
                                 QStringLiteral("required"),
                                 QStringLiteral("additionalProperties"),
                                 QStringLiteral("items"),
                                 QStringLiteral("enum"),
                                 QStringLiteral("const"),
                                 QStringLiteral("minimum"),
                                 QStringLiteral("maximum"),
                                 QStringLiteral("exclusiveMinimum"),
                                 QStringLiteral("exclusiveMaximum")};
  return set;
}

std::optional<quint8> typeNamed(const QString &name) {
  if (name == QLatin1String("string"))
    return JsonSchema::String;
  if (name == QLatin1String("number"))
    return JsonSchema::Number;
  if (name == QLatin1String("integer"))
    return JsonSchema::Integer;
  if (name == QLatin1String("boolean"))
    return JsonSchema::Boolean;
  if (name == QLatin1String("null"))
    return JsonSchema::Null;
  if (name == QLatin1String("object"))
    return JsonSchema::Object;
  if (name == QLatin1String("array"))
    return JsonSchema::Array;
  return std::nullopt;
}

// The type bits a scalar enum value has (an integral number is both a number and an integer).
quint8 typesOf(const QJsonValue &v) {
  switch (v.type()) {
  case QJsonValue::String:
    return JsonSchema::String;
  case QJsonValue::Bool:
    return JsonSchema::Boolean;
  case QJsonValue::Null:
    return JsonSchema::Null;
  case QJsonValue::Double: {
    const double d = v.toDouble();
    return quint8(JsonSchema::Number | (std::isfinite(d) && d == std::floor(d) ? JsonSchema::Integer : 0));
  }
  default:
    return 0;
  }
}

int saturated(qint64 value) {
  return int(std::min<qint64>(value, INT_MAX / 4));
}

} // namespace

JsonSchema::JsonSchema() {
  m_trie.emplace_back(); // index 0 means "none"
}

quint32 JsonSchema::newTrieRoot() {
  m_trie.emplace_back();
  return quint32(m_trie.size() - 1);
}

quint32 JsonSchema::descend(quint32 at, unsigned char byte) {
  if (const quint32 next = child(at, byte))
    return next;
  TrieNode node;
  node.byte = byte;
  node.depth = m_trie[at].depth + 1;
  node.nextSibling = m_trie[at].firstChild;
  m_trie.push_back(node);
  const auto next = quint32(m_trie.size() - 1);
  m_trie[at].firstChild = next;
  return next;
}

quint32 JsonSchema::insert(quint32 root, const QByteArray &spelling) {
  quint32 at = root;
  for (char c : spelling)
    at = descend(at, static_cast<unsigned char>(c));
  m_trie[at].terminal = true;
  return at;
}

Expected<std::shared_ptr<const JsonSchema>> JsonSchema::compile(const QJsonObject &schema, const QString &where) {
  std::shared_ptr<JsonSchema> out(new JsonSchema());
  auto root = out->compileNode(schema, where, 0);
  if (!root)
    return makeError(root.error());
  const Node &r = out->root();
  if (r.types != Object || r.enumTrie != 0)
    return makeError(
        tr("%1: the schema must describe an object ({\"type\": \"object\", ...}), as OpenAI requires").arg(where));
  // Each enum spelling's distance to its nearest end; children come after their parents.
  for (size_t i = out->m_trie.size(); i-- > 1;) {
    TrieNode &n = out->m_trie[i];
    int best = n.terminal ? 0 : INT_MAX / 4;
    for (quint32 c = n.firstChild; c != 0; c = out->m_trie[c].nextSibling)
      best = std::min(best, 1 + out->m_trie[c].distance);
    n.distance = best;
  }
  return std::shared_ptr<const JsonSchema>(std::move(out));
}

Expected<int> JsonSchema::compileNode(const QJsonObject &s, const QString &where, int depth) {
  for (auto it = s.begin(); it != s.end(); ++it) {
    if (!supported().contains(it.key()) && !annotations().contains(it.key()))
      return makeError(tr("%1: '%2' is not supported; the supported subset of JSON Schema is type (object, array, "
                          "string, number, integer, boolean, null), properties, required, additionalProperties, "
                          "items, enum, const, minimum, maximum, exclusiveMinimum and exclusiveMaximum")
                           .arg(where, it.key()));
  }
  if (int(m_nodes.size()) >= kMaxNodes)
    return makeError(tr("%1: the schema has more than %2 parts").arg(where).arg(kMaxNodes));
  const int index = int(m_nodes.size());
  m_nodes.emplace_back(); // no reference into m_nodes is held across the recursion below

  quint8 types = 0;
  const QJsonValue type = s.value(QStringLiteral("type"));
  if (type.isString() || type.isArray()) {
    const QJsonArray names = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &name : names) {
      const std::optional<quint8> t = typeNamed(name.toString());
      if (!t)
        return makeError(tr("%1: type '%2' is not a JSON Schema type (object, array, string, number, integer, "
                            "boolean, null)")
                             .arg(where, name.isString() ? name.toString() : QStringLiteral("?")));
      types |= *t;
    }
    if (types == 0)
      return makeError(tr("%1: 'type' names no type").arg(where));
  } else if (!type.isUndefined()) {
    return makeError(tr("%1: 'type' must be a string or a list of strings").arg(where));
  }

  // Bounds of numbers, as the integers they allow (a fraction is written only where all of its
  // interval fits).
  bool bounded = false;
  double lowBound = -9.2e18;
  double highBound = 9.2e18;
  for (const auto &[key, isLow, exclusive] :
       {std::tuple{QStringLiteral("minimum"), true, false}, std::tuple{QStringLiteral("maximum"), false, false},
        std::tuple{QStringLiteral("exclusiveMinimum"), true, true},
        std::tuple{QStringLiteral("exclusiveMaximum"), false, true}}) {
    if (!s.contains(key))
      continue;
    const QJsonValue v = s.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
      return makeError(tr("%1: '%2' must be a number").arg(where, key));
    double b = v.toDouble();
    if (isLow)
      b = exclusive ? std::floor(b) + 1 : std::ceil(b);
    else
      b = exclusive ? std::ceil(b) - 1 : std::floor(b);
    b = std::clamp(b, -9.2e18, 9.2e18);
    bounded = true;
    if (isLow)
      lowBound = std::max(lowBound, b);
    else
      highBound = std::min(highBound, b);
  }
  if (bounded && lowBound > highBound)
    return makeError(tr("%1: no integer lies within 'minimum' and 'maximum'").arg(where));

  // enum and const: scalar values, spelled as the model must write them.
  const bool hasEnum = s.contains(QStringLiteral("enum"));
  const bool hasConst = s.contains(QStringLiteral("const"));
  if (hasEnum || hasConst) {
    if (hasEnum && !s.value(QStringLiteral("enum")).isArray())
      return makeError(tr("%1: 'enum' must be a list of values").arg(where));
    QJsonArray values = hasEnum ? s.value(QStringLiteral("enum")).toArray() : QJsonArray();
    if (hasConst) {
      const QJsonValue c = s.value(QStringLiteral("const"));
      if (hasEnum && !values.contains(c))
        values = QJsonArray();
      else
        values = QJsonArray{c};
    }
    quint8 valueTypes = 0;
    QList<QByteArray> spellings;
    for (const QJsonValue &v : std::as_const(values)) {
      const quint8 t = typesOf(v);
      if (t == 0)
        return makeError(tr("%1: enum and const values must be strings, numbers, booleans or null").arg(where));
      if (types != 0 && !(t & types))
        continue; // a value the type rules out can never be valid
      if (bounded && v.isDouble() && (v.toDouble() < lowBound || v.toDouble() > highBound))
        continue;
      valueTypes |= t;
      spellings.append(spellingOf(v));
    }
    if (spellings.isEmpty())
      return makeError(tr("%1: no value of 'enum'/'const' is allowed by the schema").arg(where));
    if (types == 0)
      types = valueTypes;
    const quint32 trieRoot = newTrieRoot();
    int shortest = INT_MAX;
    for (const QByteArray &spelling : std::as_const(spellings)) {
      insert(trieRoot, spelling);
      shortest = std::min(shortest, int(spelling.size()));
    }
    m_nodes[size_t(index)].types = types;
    m_nodes[size_t(index)].enumTrie = trieRoot;
    m_nodes[size_t(index)].minCost = shortest;
    return index;
  }
  if (types == 0) {
    if (s.contains(QStringLiteral("properties")))
      types = Object;
    else if (s.contains(QStringLiteral("items")))
      types = Array;
    else
      return makeError(
          tr("%1: the schema has no 'type' (every part of the schema needs a type, an enum or a const)").arg(where));
  }

  if ((types & (Object | Array)) && depth >= kMaxDepth)
    return makeError(tr("%1: objects and arrays are nested more than %2 deep").arg(where).arg(kMaxDepth));

  std::vector<Property> properties;
  quint64 required = 0;
  int requiredCost = 0;
  int requiredCount = 0;
  if (types & Object) {
    const QJsonValue props = s.value(QStringLiteral("properties"));
    if (!props.isUndefined() && !props.isObject())
      return makeError(tr("%1: 'properties' must be an object").arg(where));
    const QJsonObject p = props.toObject();
    if (p.size() > kMaxProperties)
      return makeError(tr("%1: the object has %2 properties; at most %3 are supported")
                           .arg(where)
                           .arg(p.size())
                           .arg(kMaxProperties));
    const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
    if (!additional.isUndefined() && !additional.isBool() && !additional.isObject())
      return makeError(tr("%1: 'additionalProperties' must be a boolean or a schema").arg(where));
    for (auto it = p.begin(); it != p.end(); ++it) {
      if (!it.value().isObject())
        return makeError(tr("%1.properties.%2 must be a schema (an object)").arg(where, it.key()));
      auto child = compileNode(it.value().toObject(), where + QStringLiteral(".properties.") + it.key(), depth + 1);
      if (!child)
        return makeError(child.error());
      Property property;
      property.key = spellingOf(it.key());
      property.key = property.key.mid(1, property.key.size() - 2); // without the quotes
      if (property.key.size() > 255)
        return makeError(tr("%1: the property name '%2...' is longer than 255 bytes").arg(where, it.key().left(20)));
      property.node = *child;
      property.cost = saturated(qint64(property.key.size()) + 3 + m_nodes[size_t(*child)].minCost);
      properties.push_back(property);
    }
    const QJsonValue req = s.value(QStringLiteral("required"));
    if (!req.isUndefined() && !req.isArray())
      return makeError(tr("%1: 'required' must be a list of property names").arg(where));
    for (const QJsonValue &name : req.toArray()) {
      const QStringList keys = p.keys();
      const qsizetype i = keys.indexOf(name.toString());
      if (!name.isString() || i < 0)
        return makeError(tr("%1: 'required' names '%2', which is not in 'properties'")
                             .arg(where, name.isString() ? name.toString() : QStringLiteral("?")));
      if (!(required & (quint64(1) << i))) {
        required |= quint64(1) << i;
        requiredCost = saturated(qint64(requiredCost) + properties[size_t(i)].cost);
        ++requiredCount;
      }
    }
  }
  int items = -1;
  if (types & Array) {
    const QJsonValue itemsValue = s.value(QStringLiteral("items"));
    if (!itemsValue.isObject())
      return makeError(tr("%1: an array needs 'items', one schema for every item").arg(where));
    auto child = compileNode(itemsValue.toObject(), where + QStringLiteral(".items"), depth + 1);
    if (!child)
      return makeError(child.error());
    items = *child;
  }

  int minCost = INT_MAX / 4;
  const auto low = qint64(lowBound);
  const auto high = qint64(highBound);
  if (bounded && (types & (Number | Integer))) {
    // The shortest integer within the bounds.
    const int digits = low > 0    ? int(QByteArray::number(low).size())
                       : high < 0 ? int(QByteArray::number(high).size()) // with its '-'
                                  : 1;
    minCost = std::min(minCost, digits);
  } else if (types & (Number | Integer)) {
    minCost = std::min(minCost, 1); // 0
  }
  if (types & String)
    minCost = std::min(minCost, 2); // ""
  if (types & (Boolean | Null))
    minCost = std::min(minCost, 4); // true, null
  if (types & Array)
    minCost = std::min(minCost, 2); // []
  if (types & Object)
    minCost = std::min(minCost, saturated(2 + qint64(requiredCost) + std::max(0, requiredCount - 1)));

  const quint32 keyTrie = (types & Object) ? newTrieRoot() : 0;
  for (size_t i = 0; i < properties.size(); ++i) {
    quint32 at = keyTrie;
    m_trie[at].below |= quint64(1) << i;
    for (char c : properties[i].key) {
      at = descend(at, static_cast<unsigned char>(c));
      m_trie[at].below |= quint64(1) << i;
    }
    m_trie[at].terminal = true;
    m_trie[at].property = int(i);
  }

  Node &node = m_nodes[size_t(index)];
  node.bounded = bounded;
  node.low = low;
  node.high = high;
  node.types = types;
  node.items = items;
  node.properties = std::move(properties);
  node.required = required;
  node.requiredCost = requiredCost;
  node.keyTrie = keyTrie;
  node.minCost = minCost;
  return index;
}

int JsonSchema::missingDigits(const Node &node, bool negative, quint64 magnitude, bool digits) {
  // The magnitudes the bounds allow on this side of zero.
  __int128 lo = negative ? -__int128(node.high) : __int128(node.low);
  __int128 hi = negative ? -__int128(node.low) : __int128(node.high);
  lo = std::max<__int128>(lo, 0);
  if (hi < lo)
    return -1;
  if (!digits) { // the shortest magnitude within the bounds
    int n = 1;
    for (__int128 p = 10; p <= lo; p *= 10)
      ++n;
    return n;
  }
  if (magnitude == 0)
    return lo == 0 ? 0 : -1; // a leading 0 ends the integer part
  // magnitude followed by n more digits spans [m * 10^n, (m + 1) * 10^n - 1].
  __int128 from = magnitude;
  __int128 to = magnitude;
  for (int n = 0; n <= 19 && from <= hi; ++n) {
    if (to >= lo)
      return n;
    from *= 10;
    to = to * 10 + 9;
  }
  return -1;
}

bool JsonSchema::fractionAllowed(const Node &node, bool negative, quint64 magnitude) {
  // magnitude.xxx lies in [magnitude, magnitude + 1): both ends within the bounds.
  const __int128 a = negative ? -(__int128(magnitude) + 1) : __int128(magnitude);
  const __int128 b = negative ? -__int128(magnitude) : __int128(magnitude) + 1;
  return a >= node.low && b <= node.high;
}

} // namespace mdi
