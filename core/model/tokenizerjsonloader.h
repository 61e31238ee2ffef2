#pragma once

#include "model/tokenizer.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mdi {

// Reads a Hugging Face tokenizer.json into a Tokenizer's data: the BPE model (vocabulary in the
// byte-level alphabet, ranked merges in either of the two spellings), added tokens, normalizer,
// pre-tokenizer and decoder. Anything outside byte-level BPE is refused with a message naming
// the file and what is not supported.
class TokenizerJsonLoader {
  Q_DECLARE_TR_FUNCTIONS(mdi::TokenizerJsonLoader)

public:
  TokenizerJsonLoader(const QString &path, Tokenizer::Data &d);

  // Reads the file into the data; an error names the file and the field.
  Status run();

private:
  Error fail(const QString &problem) const;
  Status readModel(const QJsonObject &model);
  Status readAddedTokens(const QJsonValue &value);
  Status readNormalizer(const QJsonValue &value);
  Status readPreTokenizer(const QJsonValue &value, bool &byteLevel);
  Status readDecoder(const QJsonValue &value);
  Status addSplit(const QString &pattern, const QString &what);
  void setBytes(int id, const QByteArray &bytes);

  QString m_path;
  Tokenizer::Data &m_d;
};

} // namespace mdi
