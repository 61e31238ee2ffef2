#include "model/jsonconstraint.h"

#include "model/tokenizer.h"

#include <QHash>
#include <QMutex>

#include <limits>

namespace mdi {

namespace {

// True when the bytes, inside a string at a character boundary, leave it inside the string at a
// character boundary: no quote, backslash or control character, and whole UTF-8 characters.
bool staysInString(const QByteArray &bytes) {
  int left = 0;
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (left > 0) {
      if ((b & 0xC0) != 0x80)
        return false;
      --left;
    } else if (b == '"' || b == '\\' || b < 0x20) {
      return false;
    } else if (b >= 0x80) {
      if (b >= 0xC2 && b <= 0xDF)
        left = 1;
      else if (b >= 0xE0 && b <= 0xEF)
        left = 2;
      else if (b >= 0xF0 && b <= 0xF4)
        left = 3;
      else
        return false;
    }
  }
  return left == 0;
}

} // namespace

std::shared_ptr<const JsonConstraint::Index> JsonConstraint::indexFor(const Tokenizer &tokenizer) {
  static QMutex mutex;
  static QHash<QString, std::weak_ptr<const Index>> cache;
  const QString key = tokenizer.path() + QLatin1Char('#') + QString::number(tokenizer.vocabSize());
  QMutexLocker lock(&mutex);
  if (auto held = cache.value(key).lock())
    return held;
  auto index = std::make_shared<Index>();
  std::vector<std::pair<QByteArray, int>> spelled = TokenTrie::spell(tokenizer);
  std::vector<std::pair<QByteArray, int>> special;
  for (const auto &s : spelled) {
    if (staysInString(s.first))
      index->stringPlain.push_back(s.second);
    else
      special.push_back(s);
  }
  index->all = std::make_unique<TokenTrie>(std::move(spelled), tokenizer.vocabSize());
  index->stringSpecial = std::make_unique<TokenTrie>(std::move(special), tokenizer.vocabSize());
  cache.insert(key, index);
  return index;
}

JsonConstraint::JsonConstraint(const Tokenizer &tokenizer, std::shared_ptr<const JsonSchema> schema) :
    m_index(indexFor(tokenizer)), m_tokenizer(tokenizer), m_schema(std::move(schema)), m_schemaMachine(m_schema.get()) {
}

template <class Machine>
void JsonConstraint::visit(const TokenTrie &trie, quint32 index, const Machine &machine, int budget) {
  const TokenTrie::Node &node = trie.nodes()[index];
  if (node.tokenBegin != node.tokenEnd && machine.closingCost() <= budget) {
    const std::vector<int> &tokens = trie.tokens();
    for (quint32 t = node.tokenBegin; t < node.tokenEnd; ++t)
      m_allowed[size_t(tokens[t])] = 1;
  }
  for (quint32 c = node.childBegin; c < node.childEnd; ++c) {
    Machine next = machine;
    if (next.feed(trie.nodes()[c].byte))
      visit(trie, c, next, budget);
  }
}

template <class Machine> void JsonConstraint::allow(const Machine &machine, int budget) {
  if (machine.isInStringAtBoundary()) {
    // Such tokens leave the state (and so the closing cost) as it is.
    if (machine.closingCost() <= budget) {
      for (int token : m_index->stringPlain)
        m_allowed[size_t(token)] = 1;
    }
    visit(*m_index->stringSpecial, 0, machine, budget);
  } else {
    visit(*m_index->all, 0, machine, budget);
  }
}

void JsonConstraint::mask(float *logits, qsizetype vocab, int remainingTokens) {
  m_allowed.assign(size_t(vocab), 0);
  // After this token, remainingTokens - 1 are left, each able to add one closing byte.
  const int budget = remainingTokens - 1;
  const int cost = m_schema ? m_schemaMachine.closingCost() : m_machine.closingCost();
  if (cost > budget + 1)
    return; // a budget too small for any document: leave the step to the model
  if (m_schema)
    allow(m_schemaMachine, budget);
  else
    allow(m_machine, budget);
  bool any = false;
  for (qsizetype i = 0; i < vocab; ++i) {
    if (m_allowed[size_t(i)]) {
      any = true;
      break;
    }
  }
  if (!any)
    return;
  for (qsizetype i = 0; i < vocab; ++i) {
    if (!m_allowed[size_t(i)])
      logits[i] = -std::numeric_limits<float>::infinity();
  }
}

void JsonConstraint::accept(int token) {
  for (char b : m_tokenizer.tokenBytes(token)) {
    if (m_schema)
      m_schemaMachine.feed(static_cast<unsigned char>(b));
    else
      m_machine.feed(static_cast<unsigned char>(b));
  }
}

} // namespace mdi
