#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace mdi {

// Byte-level BPE tokenizer read from a Hugging Face tokenizer.json (Qwen2's layout: NFC
// normalizer, regex Split + ByteLevel pre-tokenizer, BPE with vocab and ranked merges, added
// tokens matched before anything else). encode() reproduces the `tokenizers` library id for id,
// without BOS/EOS; decode() turns ids back into text. A Tokenizer is cheap to copy: copies share
// the immutable vocabulary and one thread-safe cache of BPE results per pre-token.
class Tokenizer {
public:
  // An empty tokenizer (isValid() false): encodes and decodes nothing. Use load().
  Tokenizer() = default;
  static Expected<Tokenizer> load(const QString &tokenizerJsonPath);
  static Expected<Tokenizer> loadFromDirectory(const QString &modelDir); // <dir>/tokenizer.json

  // Added and special tokens are matched first (longest match), the rest is normalized,
  // pre-tokenized and BPE-encoded. Adds no BOS/EOS.
  QList<int> encode(const QString &text) const;
  // Concatenates the tokens' bytes and decodes them with decodeUtf8() (invalid UTF-8 as U+FFFD).
  // Ids outside the vocabulary are skipped.
  QString decode(const QList<int> &ids, bool skipSpecialTokens = false) const;
  // Raw UTF-8 bytes of one token (added tokens: their content); empty for unknown ids.
  QByteArray tokenBytes(int id) const;
  // Id of a vocabulary token (in its byte-level spelling, "Ġworld") or of an added token;
  // -1 when unknown.
  int tokenId(const QString &token) const;
  bool isSpecial(int id) const;
  int vocabSize() const; // including added tokens (highest id + 1)

  bool isValid() const { return m_data != nullptr; }
  // The tokenizer.json it was read from, for messages.
  QString path() const;
  // UTF-8 to text with each maximal invalid subpart replaced by one U+FFFD, as Python's
  // bytes.decode("utf-8", "replace") does in transformers.
  static QString decodeUtf8(QByteArrayView bytes);

  // Empties the shared BPE cache (benchmarks measure the cold path with it).
  void clearCache() const;
  // Number of pre-tokens whose BPE result is cached.
  int cacheSize() const;

  struct Data;

private:
  explicit Tokenizer(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

  std::shared_ptr<const Data> m_data;
};

} // namespace mdi
