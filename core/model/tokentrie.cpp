#include "model/tokentrie.h"

#include "model/tokenizer.h"

#include <algorithm>
#include <deque>
#include <tuple>

namespace mdi {

std::vector<std::pair<QByteArray, int>> TokenTrie::spell(const Tokenizer &tokenizer) {
  std::vector<std::pair<QByteArray, int>> spelled;
  spelled.reserve(size_t(tokenizer.vocabSize()));
  for (int id = 0; id < tokenizer.vocabSize(); ++id) {
    if (tokenizer.isSpecial(id))
      continue;
    QByteArray bytes = tokenizer.tokenBytes(id);
    if (!bytes.isEmpty())
      spelled.emplace_back(std::move(bytes), id);
  }
  return spelled;
}

TokenTrie::TokenTrie(std::vector<std::pair<QByteArray, int>> spelled, int vocabSize) : m_vocabSize(vocabSize) {
  std::erase_if(spelled, [](const auto &s) { return s.first.isEmpty(); });
  std::sort(spelled.begin(), spelled.end());
  m_tokens.reserve(spelled.size());
  for (const auto &s : spelled)
    m_tokens.push_back(s.second);

  // Breadth first, so that each node's children are appended together. A node covers the sorted
  // range of tokens that start with its path; those exactly as long as the path come first.
  struct Pending {
    quint32 node;
    size_t begin, end, depth;
  };
  m_nodes.emplace_back();
  std::deque<Pending> queue{{0, 0, spelled.size(), 0}};
  while (!queue.empty()) {
    const Pending p = queue.front();
    queue.pop_front();
    size_t i = p.begin;
    while (i < p.end && size_t(spelled[i].first.size()) == p.depth)
      ++i;
    m_nodes[p.node].tokenBegin = quint32(p.begin);
    m_nodes[p.node].tokenEnd = quint32(i);
    m_nodes[p.node].childBegin = quint32(m_nodes.size());
    while (i < p.end) {
      const char byte = spelled[i].first[qsizetype(p.depth)];
      size_t j = i;
      while (j < p.end && spelled[j].first[qsizetype(p.depth)] == byte)
        ++j;
      Node child;
      child.byte = static_cast<unsigned char>(byte);
      m_nodes.push_back(child);
      queue.push_back({quint32(m_nodes.size() - 1), i, j, p.depth + 1});
      i = j;
    }
    m_nodes[p.node].childEnd = quint32(m_nodes.size());
  }
}

} // namespace mdi
