#pragma once

#include "model/jsonmachine.h"
#include "model/jsonschema.h"

#include <QtGlobal>

namespace mdi {

// JsonMachine with a JsonSchema's rules on top, for constrained decoding to a json_schema: the
// syntax machine decides whether a byte continues a JSON document, and this one whether the
// document can still become valid for the schema: a value's first byte must fit its node's types,
// an integer has no fraction or exponent, a key must spell one of its object's properties not
// yet written (any order, each at most once), '}' needs every required key, ',' in an object
// needs a property left to write, and an enum value is matched against the spellings of its
// values. closingCost() counts the bytes that finish the document from here, required keys and
// their shortest values included, so that an answer cut short by its token budget is still
// valid. A plain value with no heap memory (the schema is borrowed and must outlive it), copied
// once per step of the token-prefix walk.
class JsonSchemaMachine {
public:
  explicit JsonSchemaMachine(const JsonSchema *schema) : m_schema(schema) {}

  // False (and the machine unchanged) when `byte` cannot continue a document valid for the schema.
  bool feed(unsigned char byte);
  bool isComplete() const { return m_syntax.isComplete(); }
  // Inside a free string (not a key or an enum value), not within an escape or a character: any
  // byte that keeps a string open keeps the document valid.
  bool isInStringAtBoundary() const { return m_trie == 0 && m_syntax.isInStringAtBoundary(); }
  // The fewest bytes that complete a valid document from here.
  int closingCost() const;

private:
  using Mode = JsonMachine::Mode;
  using Node = JsonSchema::Node;

  const Node &levelNode(int level) const { return m_schema->node(m_node[level]); }
  // Checks the schema's rules for a byte after a complete value (or at an object's start) at
  // level `level`: ',' needs a property left, '}' every required one.
  bool closingOrCommaAllowed(unsigned char byte, int level) const;
  void push(int node, int level);
  // The required properties of the innermost object not written yet: their cost and count.
  void updateMissing();
  // Bytes to close level `level` after a complete value: the missing required pairs, each with
  // its comma, and the closing bracket.
  int afterValueCost() const;

  const JsonSchema *m_schema;
  JsonMachine m_syntax;
  quint16 m_node[JsonSchema::kMaxDepth] = {};   // each open container's node
  quint64 m_seen[JsonSchema::kMaxDepth] = {};   // objects: the properties written so far
  int m_closeBelow[JsonSchema::kMaxDepth] = {}; // bytes that close the levels outside this one
  int m_missingCost = 0;                        // innermost object: required pairs still to write
  int m_missingCount = 0;
  qint16 m_value = -1; // the node of the value being written (or about to be, after a key)
  quint32 m_trie = 0;  // matching a key or an enum value: where in the schema's trie; 0: not
  // A bounded number's integer part so far (JsonSchema::Node::bounded).
  quint64 m_magnitude = 0;
  bool m_negative = false;
  bool m_digits = false;   // a digit of the integer part has been written
  bool m_fraction = false; // after its '.': every fraction is within the bounds
};

} // namespace mdi
