#pragma once

#include <QtGlobal>

namespace mdi {

// A byte-at-a-time recognizer of one JSON object (RFC 8259; the document must be an object, as
// OpenAI's json_object mode asks), for constrained decoding: feed() says whether a byte can
// continue a valid document, closingCost() how many bytes at least would complete it from here,
// isComplete() whether it is complete. Strings must be valid UTF-8 (no overlong or surrogate
// checks beyond the lead byte) without control characters. A plain value with no heap memory, so
// that the token-prefix walk copies one per trie node; nesting deeper than kMaxDepth is refused.
class JsonMachine {
public:
  static constexpr int kMaxDepth = 48;

  // False (and the machine unchanged) when `byte` cannot continue a valid document.
  bool feed(unsigned char byte);
  bool isComplete() const { return m_mode == Mode::Done; }
  // Inside a string, not within an escape or a character.
  bool isInStringAtBoundary() const { return m_mode == Mode::String && m_escape == 0 && m_utf8Left == 0; }
  // The fewest bytes that complete the document from here (each of them is one ASCII byte).
  int closingCost() const;

private:
  // Reads the syntax state to add a schema's rules on top.
  friend class JsonSchemaMachine;

  enum class Mode : quint8 {
    Start,       // before the top-level '{'
    ObjectFirst, // after '{': a key or '}'
    ObjectKey,   // after ',' in an object: a key
    Colon,       // after a key
    Value,       // after ':' or '[' (arrayFirst) or ',' in an array
    AfterValue,  // ',' or the container's close
    String,      // inside a string (key or value)
    Number,
    Literal, // true/false/null, m_literal says which, m_pos how far
    Done,
  };
  enum class NumberState : quint8 { Minus, Zero, Int, Dot, Frac, Exp, ExpSign, ExpInt };

  bool isObject(int level) const { return (m_containers >> level) & 1; }
  bool open(bool object);
  bool closeContainer(unsigned char byte);
  bool startValue(unsigned char byte);
  bool afterValue(unsigned char byte);
  bool numberByte(unsigned char byte);
  bool stringByte(unsigned char byte);
  // Bytes to finish the value in progress and close every open container.
  int containersCost() const;

  quint64 m_containers = 0; // bit i: the container at depth i is an object
  qint8 m_depth = 0;
  Mode m_mode = Mode::Start;
  bool m_arrayFirst = false; // Value right after '[' (']' allowed)
  bool m_stringIsKey = false;
  quint8 m_escape = 0;   // 1: after '\'; 2..5: hex digits of \u still to come + 1
  quint8 m_utf8Left = 0; // continuation bytes the character still needs
  NumberState m_number = NumberState::Int;
  quint8 m_literal = 0; // 0 true, 1 false, 2 null
  quint8 m_pos = 0;
};

} // namespace mdi
