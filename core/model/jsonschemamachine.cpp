#include "model/jsonschemamachine.h"

#include <algorithm>
#include <bit>
#include <climits>

namespace mdi {

namespace {

bool isSpace(unsigned char b) {
  return b == ' ' || b == '\n' || b == '\t' || b == '\r';
}

quint64 allProperties(const JsonSchema::Node &node) {
  const size_t n = node.properties.size();
  return n >= 64 ? ~quint64(0) : (quint64(1) << n) - 1;
}

// Whether a value starting with `byte` can have one of `types`.
bool startsType(unsigned char byte, quint8 types) {
  switch (byte) {
  case '"':
    return types & JsonSchema::String;
  case '{':
    return types & JsonSchema::Object;
  case '[':
    return types & JsonSchema::Array;
  case 't':
  case 'f':
    return types & JsonSchema::Boolean;
  case 'n':
    return types & JsonSchema::Null;
  default:
    return (byte == '-' || (byte >= '0' && byte <= '9')) && (types & (JsonSchema::Number | JsonSchema::Integer));
  }
}

} // namespace

bool JsonSchemaMachine::closingOrCommaAllowed(unsigned char byte, int level) const {
  const Node &node = levelNode(level);
  if (byte == ',')
    return !m_syntax.isObject(level) || (allProperties(node) & ~m_seen[level]) != 0;
  if (byte == '}')
    return (node.required & ~m_seen[level]) == 0;
  return true;
}

void JsonSchemaMachine::push(int node, int level) {
  m_node[level] = quint16(node);
  m_seen[level] = 0;
  m_closeBelow[level] = level == 0 ? 0 : m_closeBelow[level - 1] + afterValueCost();
  const Node &n = m_schema->node(node);
  // An array level has no required pairs; its value's node is that of its items.
  m_missingCost = (n.types & JsonSchema::Object) ? n.requiredCost : 0;
  m_missingCount = (n.types & JsonSchema::Object) ? std::popcount(n.required) : 0;
}

void JsonSchemaMachine::updateMissing() {
  const int level = m_syntax.m_depth - 1;
  m_missingCost = 0;
  m_missingCount = 0;
  if (level < 0)
    return;
  const Node &node = levelNode(level);
  for (quint64 missing = node.required & ~m_seen[level]; missing != 0; missing &= missing - 1) {
    m_missingCost += node.properties[size_t(std::countr_zero(missing))].cost;
    ++m_missingCount;
  }
}

int JsonSchemaMachine::afterValueCost() const {
  // Objects: a comma and the pair for each required key not written yet; both: the bracket.
  return m_missingCost + m_missingCount + 1;
}

bool JsonSchemaMachine::feed(unsigned char byte) {
  JsonMachine next = m_syntax;
  if (!next.feed(byte))
    return false;
  const int level = m_syntax.m_depth - 1; // the innermost open container (-1 before the first)
  const auto &trie = m_schema->trie();
  bool popped = false;
  switch (m_syntax.m_mode) {
  case Mode::Start:
    if (byte == '{')
      push(0, 0);
    break;
  case Mode::ObjectFirst:
  case Mode::ObjectKey:
    if (byte == '"') {
      const Node &node = levelNode(level);
      if ((allProperties(node) & ~m_seen[level]) == 0)
        return false;
      m_trie = node.keyTrie;
    } else if (byte == '}') {
      if (!closingOrCommaAllowed(byte, level))
        return false;
      popped = true;
    }
    break;
  case Mode::String:
    if (m_syntax.m_stringIsKey) {
      if (next.m_mode == Mode::Colon) { // the closing quote
        const JsonSchema::TrieNode &at = trie[m_trie];
        if (!at.terminal || at.property < 0 || ((m_seen[level] >> at.property) & 1))
          return false;
        m_seen[level] |= quint64(1) << at.property;
        m_value = qint16(levelNode(level).properties[size_t(at.property)].node);
        m_trie = 0;
        m_syntax = next;
        updateMissing();
        return true;
      }
      const quint32 c = m_schema->child(m_trie, byte);
      if (c == 0 || (trie[c].below & ~m_seen[level]) == 0)
        return false;
      m_trie = c;
    } else if (m_trie != 0) { // an enum value
      const quint32 c = m_schema->child(m_trie, byte);
      if (c == 0 || (next.m_mode != Mode::String && !trie[c].terminal))
        return false;
      m_trie = next.m_mode == Mode::String ? c : 0;
    }
    break;
  case Mode::Colon:
    break;
  case Mode::Value: {
    if (isSpace(byte))
      break;
    if (next.m_depth < m_syntax.m_depth) { // ']' right after '['
      popped = true;
      break;
    }
    const int expected = m_syntax.isObject(level) ? m_value : levelNode(level).items;
    const Node &node = m_schema->node(expected);
    quint32 enumAt = 0;
    if (node.enumTrie != 0) {
      enumAt = m_schema->child(node.enumTrie, byte);
      if (enumAt == 0)
        return false;
    } else if (!startsType(byte, node.types)) {
      return false;
    } else if (node.bounded && (byte == '-' || (byte >= '0' && byte <= '9'))) {
      const bool negative = byte == '-';
      const quint64 magnitude = negative ? 0 : quint64(byte - '0');
      if (JsonSchema::missingDigits(node, negative, magnitude, !negative) < 0)
        return false;
      m_negative = negative;
      m_magnitude = magnitude;
      m_digits = !negative;
      m_fraction = false;
    }
    m_value = qint16(expected);
    m_trie = enumAt;
    if (byte == '{' || byte == '[') {
      m_syntax = next;
      push(expected, level + 1);
      return true;
    }
    break;
  }
  case Mode::Number:
    if (next.m_mode == Mode::Number) {
      if (m_trie != 0) {
        const quint32 c = m_schema->child(m_trie, byte);
        if (c == 0)
          return false;
        m_trie = c;
      } else if (m_schema->node(m_value).integerOnly() && (byte == '.' || byte == 'e' || byte == 'E')) {
        return false;
      } else if (const Node &node = m_schema->node(m_value); node.bounded) {
        if (byte == 'e' || byte == 'E' || byte == '+')
          return false; // an exponent could leave the bounds
        if (byte == '.') {
          if (!m_digits || !JsonSchema::fractionAllowed(node, m_negative, m_magnitude))
            return false;
          m_fraction = true;
        } else if (byte >= '0' && byte <= '9' && !m_fraction) {
          const quint64 magnitude = (m_digits ? m_magnitude * 10 : 0) + quint64(byte - '0');
          if (JsonSchema::missingDigits(node, m_negative, magnitude, true) < 0)
            return false;
          m_magnitude = magnitude;
          m_digits = true;
        }
      }
      break;
    }
    // The number ended at this byte, which then acts as the byte after a value.
    if ((m_trie != 0 && !trie[m_trie].terminal) || !closingOrCommaAllowed(byte, level))
      return false;
    if (const Node &node = m_schema->node(m_value);
        m_trie == 0 && node.bounded && !m_fraction &&
        JsonSchema::missingDigits(node, m_negative, m_magnitude, m_digits) != 0)
      return false;
    m_trie = 0;
    popped = byte == '}' || byte == ']';
    break;
  case Mode::Literal:
    if (m_trie != 0) {
      const quint32 c = m_schema->child(m_trie, byte);
      if (c == 0 || (next.m_mode != Mode::Literal && !trie[c].terminal))
        return false;
      m_trie = next.m_mode == Mode::Literal ? c : 0;
    }
    break;
  case Mode::AfterValue:
    if (!closingOrCommaAllowed(byte, level))
      return false;
    popped = byte == '}' || byte == ']';
    break;
  case Mode::Done:
    break;
  }
  m_syntax = next;
  if (popped)
    updateMissing(); // the enclosing object's (its value is complete: its key was counted)
  return true;
}

int JsonSchemaMachine::closingCost() const {
  const Mode mode = m_syntax.m_mode;
  if (mode == Mode::Start)
    return m_schema->minimalDocumentBytes();
  if (mode == Mode::Done)
    return 0;
  const int level = m_syntax.m_depth - 1;
  const int below = m_closeBelow[level];
  const bool object = m_syntax.isObject(level);
  const Node &container = levelNode(level);
  switch (mode) {
  case Mode::ObjectFirst:
    return below + m_missingCost + std::max(0, m_missingCount - 1) + 1;
  case Mode::ObjectKey: {
    if (m_missingCount > 0)
      return below + m_missingCost + m_missingCount - 1 + 1; // the comma is written
    int cheapest = INT_MAX / 4;
    for (quint64 left = allProperties(container) & ~m_seen[level]; left != 0; left &= left - 1)
      cheapest = std::min(cheapest, container.properties[size_t(std::countr_zero(left))].cost);
    return below + cheapest + 1;
  }
  case Mode::Colon:
    return below + 1 + m_schema->node(m_value).minCost + afterValueCost();
  case Mode::Value:
    if (object)
      return below + m_schema->node(m_value).minCost + afterValueCost();
    return below + (m_syntax.m_arrayFirst ? 0 : m_schema->node(container.items).minCost) + 1;
  case Mode::AfterValue:
    return below + afterValueCost();
  case Mode::String:
    if (m_syntax.m_stringIsKey) {
      // The cheapest property this key can still become: the rest of its name, '":', its
      // shortest value, and the other required pairs.
      const JsonSchema::TrieNode &at = m_schema->trie()[m_trie];
      int best = INT_MAX / 4;
      for (quint64 left = at.below & ~m_seen[level]; left != 0; left &= left - 1) {
        const int i = std::countr_zero(left);
        const JsonSchema::Property &p = container.properties[size_t(i)];
        const bool required = (container.required >> i) & 1;
        const int rest = int(p.key.size()) - at.depth + 2 + m_schema->node(p.node).minCost +
                         (m_missingCost - (required ? p.cost : 0)) + (m_missingCount - (required ? 1 : 0)) + 1;
        best = std::min(best, rest);
      }
      return below + best;
    }
    if (m_trie != 0)
      return below + m_schema->trie()[m_trie].distance + afterValueCost();
    return below + m_syntax.closingCost() - m_syntax.containersCost() + afterValueCost();
  case Mode::Number:
    if (const Node &node = m_schema->node(m_value); m_trie == 0 && node.bounded && !m_fraction)
      return below + std::max(0, JsonSchema::missingDigits(node, m_negative, m_magnitude, m_digits)) + afterValueCost();
    [[fallthrough]];
  case Mode::Literal:
    if (m_trie != 0)
      return below + m_schema->trie()[m_trie].distance + afterValueCost();
    return below + m_syntax.closingCost() - m_syntax.containersCost() + afterValueCost();
  case Mode::Start:
  case Mode::Done:
    break;
  }
  return 0;
}

} // namespace mdi
