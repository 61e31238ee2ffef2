#include "model/bpemodel.h"

#include <algorithm>
#include <queue>

namespace mdi {

namespace {

// Longer pre-tokens are not cached (they are rare and would bloat the cache).
constexpr qsizetype kMaxCachedBytes = 256;
// The cache is emptied when it grows past this many pre-tokens.
constexpr qsizetype kMaxCacheEntries = 1 << 18;
// Words with more symbols than this are merged with a priority queue instead of rescanning.
constexpr int kLinearBpeLimit = 64;

} // namespace

void BpeModel::reserve(qsizetype vocabulary, qsizetype merges) {
  m_vocab.reserve(vocabulary);
  m_merges.reserve(merges);
}

void BpeModel::addToken(const QString &spelled, const QByteArray &bytes, int id) {
  m_vocab.insert(spelled, id);
  if (m_ignoreMerges)
    m_vocabByBytes.insert(bytes, id);
}

void BpeModel::indexBytes(const std::array<char16_t, 256> &byteSpelling) {
  for (size_t b = 0; b < 256; ++b)
    m_byteToId[b] = m_vocab.value(QString(QChar(byteSpelling[b])), -1);
}

// Merges the lowest-ranked adjacent pair, leftmost first, until none is left: the order of the
// `tokenizers` BPE model.
void BpeModel::bpe(const uchar *data, qsizetype size, QList<int> &out) const {
  if (m_ignoreMerges) {
    const auto it = m_vocabByBytes.constFind(QByteArray::fromRawData(reinterpret_cast<const char *>(data), size));
    if (it != m_vocabByBytes.constEnd()) {
      out.append(it.value());
      return;
    }
  }
  // Bytes without a vocabulary entry are dropped, as `tokenizers` does without an unk token.
  if (size <= kLinearBpeLimit) {
    int ids[kLinearBpeLimit];
    BpeMergeTable::Entry pairs[kLinearBpeLimit];
    int n = 0;
    for (qsizetype i = 0; i < size; ++i) {
      const int id = m_byteToId[data[i]];
      if (id >= 0)
        ids[n++] = id;
    }
    for (int i = 0; i + 1 < n; ++i)
      pairs[i] = m_merges.find(ids[i], ids[i + 1]);
    while (n > 1) {
      int best = -1;
      int bestRank = INT_MAX;
      for (int i = 0; i + 1 < n; ++i) {
        if (pairs[i].rank < bestRank) {
          bestRank = pairs[i].rank;
          best = i;
        }
      }
      if (best < 0)
        break;
      ids[best] = pairs[best].merged;
      std::copy(ids + best + 2, ids + n, ids + best + 1);
      if (best + 2 < n - 1)
        std::copy(pairs + best + 2, pairs + n - 1, pairs + best + 1);
      --n;
      if (best + 1 < n)
        pairs[best] = m_merges.find(ids[best], ids[best + 1]);
      if (best > 0)
        pairs[best - 1] = m_merges.find(ids[best - 1], ids[best]);
    }
    for (int i = 0; i < n; ++i)
      out.append(ids[i]);
    return;
  }

  // Long words: a linked list of symbols and a queue of candidate merges ordered by
  // (rank, position), so the cost stays O(n log n).
  struct Symbol {
    int id;
    int prev;
    int next;
    bool alive;
  };
  struct Candidate {
    int rank;
    int pos;
    int merged;
    bool operator>(const Candidate &o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
  };
  std::vector<Symbol> symbols;
  symbols.reserve(size_t(size));
  for (qsizetype i = 0; i < size; ++i) {
    const int id = m_byteToId[data[i]];
    if (id < 0)
      continue;
    const int index = int(symbols.size());
    symbols.push_back(Symbol{id, index - 1, index + 1, true});
  }
  if (symbols.empty())
    return;
  symbols.back().next = -1;
  std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> queue;
  auto push = [&](int pos) {
    const int next = symbols[size_t(pos)].next;
    if (next < 0)
      return;
    const BpeMergeTable::Entry e = m_merges.find(symbols[size_t(pos)].id, symbols[size_t(next)].id);
    if (e.merged >= 0)
      queue.push(Candidate{e.rank, pos, e.merged});
  };
  for (int i = 0; i + 1 < int(symbols.size()); ++i)
    push(i);
  while (!queue.empty()) {
    const Candidate top = queue.top();
    queue.pop();
    Symbol &left = symbols[size_t(top.pos)];
    if (!left.alive || left.next < 0)
      continue;
    Symbol &right = symbols[size_t(left.next)];
    // Skip candidates made stale by an earlier merge of either symbol.
    const BpeMergeTable::Entry current = m_merges.find(left.id, right.id);
    if (current.merged != top.merged)
      continue;
    left.id = top.merged;
    right.alive = false;
    left.next = right.next;
    if (left.next >= 0)
      symbols[size_t(left.next)].prev = top.pos;
    if (left.prev >= 0)
      push(left.prev);
    push(top.pos);
  }
  for (const Symbol &s : symbols) {
    if (s.alive)
      out.append(s.id);
  }
}

void BpeModel::encodeWord(QStringView word, QList<int> &out, QByteArray &buffer, QStringEncoder &encoder) const {
  if (word.isEmpty())
    return;
  const qsizetype need = encoder.requiredSpace(word.size());
  if (buffer.size() < need)
    buffer.resize(need);
  const char *end = encoder.appendToBuffer(buffer.data(), word);
  const qsizetype size = end - buffer.constData();
  const auto *data = reinterpret_cast<const uchar *>(buffer.constData());
  if (size == 1 && m_byteToId[data[0]] >= 0) {
    out.append(m_byteToId[data[0]]);
    return;
  }
  if (size > kMaxCachedBytes) {
    bpe(data, size, out);
    return;
  }
  const QByteArray key = QByteArray::fromRawData(buffer.constData(), size);
  {
    QMutexLocker lock(&m_cacheMutex);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
      out.append(it.value());
      return;
    }
  }
  const qsizetype first = out.size();
  bpe(data, size, out);
  QMutexLocker lock(&m_cacheMutex);
  if (m_cache.size() >= kMaxCacheEntries)
    m_cache.clear();
  m_cache.insert(QByteArray(buffer.constData(), size), out.mid(first));
}

void BpeModel::clearCache() const {
  QMutexLocker lock(&m_cacheMutex);
  m_cache.clear();
}

int BpeModel::cacheSize() const {
  QMutexLocker lock(&m_cacheMutex);
  return int(m_cache.size());
}

} // namespace mdi
