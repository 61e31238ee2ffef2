#pragma once

#include <QtGlobal>

#include <climits>
#include <vector>

namespace mdi {

// Open-addressing table of merge pairs (left id, right id) -> (rank, merged id). BPE looks up
// every adjacent pair of every new word, and a flat table of 64-bit keys is markedly faster
// than QHash for that.
class BpeMergeTable {
public:
  struct Entry {
    int rank = INT_MAX;
    int merged = -1;
  };

  void reserve(qsizetype count) {
    int bits = 4;
    while ((qsizetype(1) << bits) < count * 2)
      ++bits;
    m_shift = 64 - bits;
    m_keys.assign(size_t(1) << bits, kEmpty);
    m_entries.assign(size_t(1) << bits, Entry{});
  }

  // Keeps the first (lowest-ranked) entry of a pair listed twice.
  void insert(int left, int right, int rank, int merged) {
    const quint64 k = key(left, right);
    for (size_t i = slot(k);; i = (i + 1) & (m_keys.size() - 1)) {
      if (m_keys[i] == k)
        return;
      if (m_keys[i] == kEmpty) {
        m_keys[i] = k;
        m_entries[i] = Entry{rank, merged};
        ++m_count;
        return;
      }
    }
  }

  Entry find(int left, int right) const {
    const quint64 k = key(left, right);
    for (size_t i = slot(k);; i = (i + 1) & (m_keys.size() - 1)) {
      if (m_keys[i] == k)
        return m_entries[i];
      if (m_keys[i] == kEmpty)
        return Entry{};
    }
  }

  qsizetype count() const { return m_count; }

private:
  static constexpr quint64 kEmpty = ~quint64(0);
  static quint64 key(int left, int right) { return (quint64(quint32(left)) << 32) | quint32(right); }
  size_t slot(quint64 k) const { return size_t((k * 0x9E3779B97F4A7C15ull) >> m_shift); }

  std::vector<quint64> m_keys;
  std::vector<Entry> m_entries;
  int m_shift = 60;
  qsizetype m_count = 0;
};

} // namespace mdi
