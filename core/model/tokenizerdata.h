#pragma once

#include "model/addedtokenmatcher.h"
#include "model/bpemodel.h"
#include "model/pretokenizer.h"
#include "model/tokenizer.h"
#include "model/unicodenormalizer.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace mdi {

// What a Tokenizer shares between its copies: the parts of one tokenizer.json (normalizer,
// pre-tokenizer, BPE model, added tokens) and the id tables decode() uses. Private to the
// tokenizer's files; TokenizerJsonLoader fills it.
struct Tokenizer::Data {
  QString path;
  QString fileName;

  std::vector<QByteArray> bytes; // id -> raw bytes (vocab and added)
  std::vector<quint8> special;   // id -> 1 for special added tokens
  QHash<QString, int> added;     // added token content -> id

  BpeModel model;
  AddedTokenMatcher rawAdded;        // matched on the text as given
  AddedTokenMatcher normalizedAdded; // matched after normalization
  UnicodeNormalizer normalizer;
  PreTokenizer preTokenizer;
};

} // namespace mdi
