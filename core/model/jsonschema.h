#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <memory>
#include <vector>

namespace mdi {

// A JSON schema compiled for constrained decoding (OpenAI's response_format json_schema): the
// strict subset of JSON Schema (type: object, array, string, number, integer, boolean, null or a
// list of them; properties, required, additionalProperties, items, enum, const, and minimum,
// maximum, exclusiveMinimum, exclusiveMaximum for numbers; title,
// description and the like are ignored), as a table of nodes that JsonSchemaMachine walks byte by
// byte. An object's property names and a node's enum values are byte tries of their JSON
// spellings, so a key or an enum value is matched as it is written. Only declared properties are
// generated, in any order, each at most once (additionalProperties may say anything: an object
// without extra keys is valid either way). compile() refuses every other keyword with a message
// naming it and where it is, so that nothing the schema asks for is silently dropped. Immutable
// once compiled; shared between the answers that use it.
class JsonSchema {
  Q_DECLARE_TR_FUNCTIONS(mdi::JsonSchema)

public:
  static constexpr int kMaxDepth = 16;      // objects and arrays nested in one another
  static constexpr int kMaxProperties = 64; // per object
  static constexpr int kMaxNodes = 2048;

  enum Type : quint8 {
    String = 1,
    Number = 2,
    Integer = 4,
    Boolean = 8,
    Null = 16,
    Object = 32,
    Array = 64,
  };

  struct Property {
    QByteArray key; // its JSON spelling between the quotes (escaped as QJsonDocument writes it)
    int node = 0;
    int cost = 0; // the fewest bytes of "key":value
  };
  struct Node {
    quint8 types = 0; // Type bits
    int items = -1;   // array: the items' node
    std::vector<Property> properties;
    quint64 required = 0; // bit i: properties[i] is required
    quint32 keyTrie = 0;  // object: the root of its property names in trie()
    quint32 enumTrie = 0; // 0: no enum; else the root of its values' spellings in trie()
    int minCost = 0;      // the fewest bytes of a valid value
    int requiredCost = 0; // the fewest bytes of all required "key":value pairs, without commas
    // minimum/maximum (and the exclusive ones) as the integers they allow: a bounded number is
    // written without exponent, its integer part digit by digit within [low, high], and with a
    // fraction only where every fraction stays within (JsonSchemaMachine).
    bool bounded = false;
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    bool integerOnly() const { return (types & Integer) && !(types & Number); }
  };
  // One byte of a key's or enum value's spelling. Children are found by a scan of the sibling list
  // (a handful each).
  struct TrieNode {
    quint32 firstChild = 0;  // 0: none (index 0 is never a child)
    quint32 nextSibling = 0; // 0: none
    unsigned char byte = 0;
    int depth = 0;         // bytes from the root
    bool terminal = false; // a whole spelling ends here
    int property = -1;     // key tries: the property whose name ends here
    quint64 below = 0;     // key tries: the properties whose names pass through here
    int distance = 0;      // enum tries: bytes to the nearest end of a value
  };

  // `schema` is the "schema" member of response_format.json_schema; `where` names it in messages.
  static Expected<std::shared_ptr<const JsonSchema>> compile(const QJsonObject &schema, const QString &where);

  const Node &node(int index) const { return m_nodes[size_t(index)]; }
  const Node &root() const { return m_nodes.front(); }
  const std::vector<TrieNode> &trie() const { return m_trie; }
  // The child of trie node `at` by `byte`, or 0.
  quint32 child(quint32 at, unsigned char byte) const {
    for (quint32 c = m_trie[at].firstChild; c != 0; c = m_trie[c].nextSibling) {
      if (m_trie[c].byte == byte)
        return c;
    }
    return 0;
  }
  // The fewest bytes of a document valid for the schema.
  int minimalDocumentBytes() const { return root().minCost; }
  // For a bounded number: the fewest digits that still have to follow an integer part of
  // `magnitude` (`digits` false: none written yet) so that it lies within the bounds (0: it does
  // already); -1: no continuation does.
  static int missingDigits(const Node &node, bool negative, quint64 magnitude, bool digits);
  // Whether any fraction may follow the integer part: the whole interval lies within the bounds.
  static bool fractionAllowed(const Node &node, bool negative, quint64 magnitude);

private:
  JsonSchema();
  Expected<int> compileNode(const QJsonObject &schema, const QString &where, int depth);
  quint32 newTrieRoot();
  // The child of `at` by `byte`, made when missing.
  quint32 descend(quint32 at, unsigned char byte);
  quint32 insert(quint32 root, const QByteArray &spelling);

  std::vector<Node> m_nodes;
  std::vector<TrieNode> m_trie; // [0] unused, so that 0 means "none"
};

} // namespace mdi
