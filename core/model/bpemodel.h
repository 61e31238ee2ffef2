#pragma once

#include "model/bpemergetable.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringEncoder>
#include <QStringView>

#include <array>

namespace mdi {

// The BPE model of a byte-level tokenizer.json: the vocabulary (byte-level spelling -> id), the
// id of each single byte and the ranked merges. encodeWord() turns one pre-token into ids,
// merging the lowest-ranked adjacent pair, leftmost first, as the `tokenizers` library does, and
// caches the result per pre-token (thread-safe: copies of a Tokenizer share one model). Filled by
// TokenizerJsonLoader.
class BpeModel {
public:
  // Ids above this are refused: real vocabularies stay below 300k, and it bounds the id tables.
  static constexpr qint64 kMaxTokenId = 1 << 21;

  void reserve(qsizetype vocabulary, qsizetype merges);
  // Adds a vocabulary entry (its spelling and raw bytes).
  void addToken(const QString &spelled, const QByteArray &bytes, int id);
  // The ids of the single bytes, from the vocabulary; after every addToken().
  void indexBytes(const std::array<char16_t, 256> &byteSpelling);
  void addMerge(int leftId, int rightId, int rank, int mergedId) { m_merges.insert(leftId, rightId, rank, mergedId); }
  // ignore_merges: a pre-token that is a vocabulary entry as a whole is that entry.
  void setIgnoreMerges(bool ignore) { m_ignoreMerges = ignore; }
  bool ignoresMerges() const { return m_ignoreMerges; }
  // Id of a spelling; -1 when unknown.
  int id(const QString &spelled) const { return m_vocab.value(spelled, -1); }

  // Appends the ids of one pre-token (UTF-16; encoded to UTF-8 in buffer with encoder).
  void encodeWord(QStringView word, QList<int> &out, QByteArray &buffer, QStringEncoder &encoder) const;

  void clearCache() const;
  int cacheSize() const;

private:
  void bpe(const uchar *data, qsizetype size, QList<int> &out) const;

  std::array<int, 256> m_byteToId{};     // vocabulary id of each single byte, -1 if missing
  QHash<QString, int> m_vocab;           // byte-level spelling -> id
  QHash<QByteArray, int> m_vocabByBytes; // only for ignore_merges
  BpeMergeTable m_merges;
  bool m_ignoreMerges = false;

  mutable QMutex m_cacheMutex;
  mutable QHash<QByteArray, QList<int>> m_cache;
};

} // namespace mdi
