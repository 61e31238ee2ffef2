#pragma once

#include <QByteArray>
#include <QList>

#include <memory>
#include <vector>

namespace mdi {

class Tokenizer;

// The token-prefix index of constrained decoding: every ordinary token of a vocabulary (not the
// special ones) by its bytes, in a trie whose children are contiguous. A walk from the root visits
// each shared prefix once, so the tokens that may continue a grammar's state are found by
// stepping the grammar over the trie's edges instead of over each token's bytes. Built once per
// vocabulary (JsonConstraint caches its tries); immutable and thread-safe.
class TokenTrie {
public:
  struct Node {
    quint32 childBegin = 0, childEnd = 0; // into nodes()
    quint32 tokenBegin = 0, tokenEnd = 0; // into tokens(): the tokens spelled by this node's path
    unsigned char byte = 0;               // the edge from the parent
  };

  // The tokens by their bytes (any order; empty spellings are left out).
  explicit TokenTrie(std::vector<std::pair<QByteArray, int>> spelled, int vocabSize);
  // Every ordinary (not special) token of the tokenizer with its bytes.
  static std::vector<std::pair<QByteArray, int>> spell(const Tokenizer &tokenizer);

  const std::vector<Node> &nodes() const { return m_nodes; } // [0] is the root
  const std::vector<int> &tokens() const { return m_tokens; }
  int vocabSize() const { return m_vocabSize; }

private:
  std::vector<Node> m_nodes;
  std::vector<int> m_tokens;
  int m_vocabSize = 0;
};

} // namespace mdi
