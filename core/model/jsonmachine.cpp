#include "model/jsonmachine.h"

namespace mdi {

namespace {

bool isSpace(unsigned char b) {
  return b == ' ' || b == '\n' || b == '\t' || b == '\r';
}

bool isDigit(unsigned char b) {
  return b >= '0' && b <= '9';
}

bool isHex(unsigned char b) {
  return isDigit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
}

constexpr const char *kLiterals[3] = {"true", "false", "null"};
constexpr int kLiteralLengths[3] = {4, 5, 4};

} // namespace

bool JsonMachine::feed(unsigned char byte) {
  // On a copy, so that a refused byte leaves this machine as it was.
  JsonMachine next = *this;
  switch (next.m_mode) {
  case Mode::Start:
    if (isSpace(byte))
      return true;
    if (byte != '{' || !next.open(true))
      return false;
    next.m_mode = Mode::ObjectFirst;
    break;
  case Mode::ObjectFirst:
  case Mode::ObjectKey:
    if (isSpace(byte))
      return true;
    if (byte == '"') {
      next.m_mode = Mode::String;
      next.m_stringIsKey = true;
    } else if (byte == '}' && next.m_mode == Mode::ObjectFirst) {
      if (!next.closeContainer(byte))
        return false;
    } else {
      return false;
    }
    break;
  case Mode::Colon:
    if (isSpace(byte))
      return true;
    if (byte != ':')
      return false;
    next.m_mode = Mode::Value;
    next.m_arrayFirst = false;
    break;
  case Mode::Value:
    if (isSpace(byte))
      return true;
    if (next.m_arrayFirst && byte == ']') {
      if (!next.closeContainer(byte))
        return false;
    } else if (!next.startValue(byte)) {
      return false;
    }
    break;
  case Mode::AfterValue:
    if (!next.afterValue(byte))
      return false;
    break;
  case Mode::String:
    if (!next.stringByte(byte))
      return false;
    break;
  case Mode::Number:
    if (!next.numberByte(byte))
      return false;
    break;
  case Mode::Literal:
    if (byte != static_cast<unsigned char>(kLiterals[next.m_literal][next.m_pos]))
      return false;
    if (++next.m_pos == kLiteralLengths[next.m_literal])
      next.m_mode = Mode::AfterValue;
    break;
  case Mode::Done:
    return isSpace(byte);
  }
  *this = next;
  return true;
}

bool JsonMachine::open(bool object) {
  if (m_depth >= kMaxDepth)
    return false;
  if (object)
    m_containers |= quint64(1) << m_depth;
  else
    m_containers &= ~(quint64(1) << m_depth);
  ++m_depth;
  return true;
}

bool JsonMachine::closeContainer(unsigned char byte) {
  if (m_depth <= 0 || (byte == '}') != isObject(m_depth - 1))
    return false;
  --m_depth;
  m_mode = m_depth == 0 ? Mode::Done : Mode::AfterValue;
  return true;
}

bool JsonMachine::startValue(unsigned char byte) {
  m_arrayFirst = false;
  switch (byte) {
  case '"':
    m_mode = Mode::String;
    m_stringIsKey = false;
    return true;
  case '{':
    m_mode = Mode::ObjectFirst;
    return open(true);
  case '[':
    m_mode = Mode::Value;
    m_arrayFirst = true;
    return open(false);
  case '-':
    m_mode = Mode::Number;
    m_number = NumberState::Minus;
    return true;
  case 't':
  case 'f':
  case 'n':
    m_mode = Mode::Literal;
    m_literal = byte == 't' ? 0 : byte == 'f' ? 1 : 2;
    m_pos = 1;
    return true;
  default:
    if (!isDigit(byte))
      return false;
    m_mode = Mode::Number;
    m_number = byte == '0' ? NumberState::Zero : NumberState::Int;
    return true;
  }
}

bool JsonMachine::afterValue(unsigned char byte) {
  if (isSpace(byte))
    return true;
  if (byte == ',') {
    m_mode = isObject(m_depth - 1) ? Mode::ObjectKey : Mode::Value;
    m_arrayFirst = false;
    return true;
  }
  if (byte == '}' || byte == ']')
    return closeContainer(byte);
  return false;
}

bool JsonMachine::numberByte(unsigned char byte) {
  const bool digit = isDigit(byte);
  const bool exponent = byte == 'e' || byte == 'E';
  switch (m_number) {
  case NumberState::Minus:
    if (!digit)
      return false;
    m_number = byte == '0' ? NumberState::Zero : NumberState::Int;
    return true;
  case NumberState::Zero:
  case NumberState::Int:
    if (digit && m_number == NumberState::Int)
      return true;
    if (byte == '.') {
      m_number = NumberState::Dot;
      return true;
    }
    if (exponent) {
      m_number = NumberState::Exp;
      return true;
    }
    break; // the number ends here
  case NumberState::Dot:
    if (!digit)
      return false;
    m_number = NumberState::Frac;
    return true;
  case NumberState::Frac:
    if (digit)
      return true;
    if (exponent) {
      m_number = NumberState::Exp;
      return true;
    }
    break;
  case NumberState::Exp:
    if (byte == '+' || byte == '-') {
      m_number = NumberState::ExpSign;
      return true;
    }
    if (!digit)
      return false;
    m_number = NumberState::ExpInt;
    return true;
  case NumberState::ExpSign:
    if (!digit)
      return false;
    m_number = NumberState::ExpInt;
    return true;
  case NumberState::ExpInt:
    if (digit)
      return true;
    break;
  }
  // A complete number followed by what comes after a value (a number has no closing byte).
  m_mode = Mode::AfterValue;
  return afterValue(byte);
}

bool JsonMachine::stringByte(unsigned char byte) {
  if (m_escape == 1) {
    if (byte == 'u') {
      m_escape = 5;
      return true;
    }
    switch (byte) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      m_escape = 0;
      return true;
    default:
      return false;
    }
  }
  if (m_escape > 1) {
    if (!isHex(byte))
      return false;
    m_escape = m_escape == 2 ? 0 : quint8(m_escape - 1);
    return true;
  }
  if (m_utf8Left > 0) {
    if ((byte & 0xC0) != 0x80)
      return false;
    --m_utf8Left;
    return true;
  }
  if (byte == '"') {
    m_mode = m_stringIsKey ? Mode::Colon : Mode::AfterValue;
    return true;
  }
  if (byte == '\\') {
    m_escape = 1;
    return true;
  }
  if (byte < 0x20)
    return false; // control characters must be escaped
  if (byte < 0x80)
    return true;
  if (byte >= 0xC2 && byte <= 0xDF)
    m_utf8Left = 1;
  else if (byte >= 0xE0 && byte <= 0xEF)
    m_utf8Left = 2;
  else if (byte >= 0xF0 && byte <= 0xF4)
    m_utf8Left = 3;
  else
    return false;
  return true;
}

int JsonMachine::containersCost() const {
  return m_depth; // one closing byte each
}

int JsonMachine::closingCost() const {
  switch (m_mode) {
  case Mode::Start:
    return 2; // {}
  case Mode::Done:
    return 0;
  case Mode::ObjectFirst:
  case Mode::AfterValue:
    return containersCost();
  case Mode::ObjectKey:
    return 4 + containersCost(); // "":0
  case Mode::Colon:
    return 2 + containersCost(); // :0
  case Mode::Value:
    return (m_arrayFirst ? 0 : 1) + containersCost(); // 0
  case Mode::String: {
    const int escape = m_escape == 1 ? 1 : m_escape > 1 ? m_escape - 1 : 0;
    return escape + m_utf8Left + 1 + (m_stringIsKey ? 2 : 0) + containersCost();
  }
  case Mode::Number: {
    const bool needsDigit = m_number == NumberState::Minus || m_number == NumberState::Dot ||
                            m_number == NumberState::Exp || m_number == NumberState::ExpSign;
    return (needsDigit ? 1 : 0) + containersCost();
  }
  case Mode::Literal:
    return kLiteralLengths[m_literal] - m_pos + containersCost();
  }
  return 0;
}

} // namespace mdi
