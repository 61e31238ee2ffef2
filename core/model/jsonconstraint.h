#pragma once

#include "model/jsonmachine.h"
#include "model/jsonschema.h"
#include "model/jsonschemamachine.h"
#include "model/tokenizer.h"
#include "model/tokentrie.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace mdi {

// Constrained decoding to one JSON object (OpenAI's response_format json_object): before each
// step, mask() sets the logits of every token that cannot continue a valid document to -infinity,
// walking the vocabulary's TokenTrie with a JsonMachine (each shared prefix stepped once; inside a
// string, the tokens that cannot end or escape it are allowed as one precomputed list and only
// the rest are walked, which keeps a step under a millisecond for Qwen2-VL's 151k tokens); a token
// is also masked when what is left of the token budget could no longer close the document after
// it, so an answer cut by max_tokens still parses. End-of-sequence and other special tokens are
// always masked: GenerationState ends the answer when isComplete(). With a JsonSchema
// (response_format json_schema) the walk steps a JsonSchemaMachine instead, so only documents
// valid for the schema remain; the free-string shortcut applies inside strings that are neither
// keys nor enum values.
class JsonConstraint {
public:
  explicit JsonConstraint(const Tokenizer &tokenizer, std::shared_ptr<const JsonSchema> schema = {});

  // remainingTokens: how many tokens the answer may still have, this one included.
  void mask(float *logits, qsizetype vocab, int remainingTokens);
  // Advances over the chosen token (one that mask() allowed).
  void accept(int token);
  bool isComplete() const { return m_schema ? m_schemaMachine.isComplete() : m_machine.isComplete(); }

  // The vocabulary's tries, built once per tokenizer (about 0.3 s for Qwen2-VL) and shared while
  // any constraint holds them.
  struct Index {
    std::unique_ptr<TokenTrie> all;
    std::unique_ptr<TokenTrie> stringSpecial; // tokens that may end, escape or break a string
    std::vector<int> stringPlain;             // the others: inside a string, always allowed
  };
  static std::shared_ptr<const Index> indexFor(const Tokenizer &tokenizer);

private:
  template <class Machine> void visit(const TokenTrie &trie, quint32 node, const Machine &machine, int budget);
  template <class Machine> void allow(const Machine &machine, int budget);

  std::shared_ptr<const Index> m_index;
  Tokenizer m_tokenizer; // shares the caller's data
  std::shared_ptr<const JsonSchema> m_schema;
  JsonMachine m_machine;             // without a schema
  JsonSchemaMachine m_schemaMachine; // with one
  std::vector<char> m_allowed;       // scratch of mask()
};

} // namespace mdi
