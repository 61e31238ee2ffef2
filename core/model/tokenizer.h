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
// tokens matched before anything else). With SpecialTokens::Match, encode() reproduces the
// `tokenizers` library id for id, without BOS/EOS; by default the text of a special token
// ("<|im_start|>") is encoded as the plain text it is, as the OpenAI API treats what a person
// or client sends, and only a chat template's own control tokens (given by their offsets) become
// special ids. decode() turns ids back into text. A Tokenizer is cheap to copy: copies share the
// immutable vocabulary and one thread-safe cache of BPE results per pre-token. Its parts live in
// their own files: UnicodeNormalizer, PreTokenizer, BpeModel, AddedTokenMatcher, and
// TokenizerJsonLoader reads them.
class Tokenizer {
public:
  // An empty tokenizer (isValid() false): encodes and decodes nothing. Use load().
  Tokenizer() = default;
  static Expected<Tokenizer> load(const QString &tokenizerJsonPath);
  static Expected<Tokenizer> loadFromDirectory(const QString &modelDir); // <dir>/tokenizer.json

  // Whether the text of a special added token becomes its id (Match: Hugging Face's behaviour,
  // for its parity tests) or is encoded as plain text (AsText: text from a person or a client).
  // Added tokens that are not special always match.
  enum class SpecialTokens { AsText, Match };

  // Added tokens are matched first (longest match), the rest is normalized, pre-tokenized and
  // BPE-encoded. Adds no BOS/EOS.
  QList<int> encode(const QString &text, SpecialTokens specials = SpecialTokens::AsText) const;
  // A special token matches only where one starts at one of specialTokenOffsets (ascending UTF-16
  // offsets into text: where a chat template put its control tokens); anywhere else its text is
  // plain text. (Special tokens that tokenizer.json marks "normalized" never match here.)
  QList<int> encode(const QString &text, const QList<qsizetype> &specialTokenOffsets) const;
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
  // matchSpecial(offset): whether a special token starting at offset is one (-1: a normalized one
  // anywhere).
  template <typename MatchSpecial> QList<int> encodeWith(const QString &text, MatchSpecial &&matchSpecial) const;

  std::shared_ptr<const Data> m_data;
};

} // namespace mdi
