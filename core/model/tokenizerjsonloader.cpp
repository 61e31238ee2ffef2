#include "model/tokenizerjsonloader.h"

#include "model/bytelevelalphabet.h"
#include "model/tokenizerdata.h"
#include "util/jsonreader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace mdi {

namespace {

bool integralId(const QJsonValue &v, int &id) {
  if (!v.isDouble())
    return false;
  const double d = v.toDouble();
  if (!(d >= 0 && d <= double(BpeModel::kMaxTokenId)) || d != std::floor(d))
    return false;
  id = int(d);
  return true;
}

QString typeOf(const QJsonValue &v) {
  return v.toObject().value(QStringLiteral("type")).toString();
}

} // namespace

TokenizerJsonLoader::TokenizerJsonLoader(const QString &path, Tokenizer::Data &d) : m_path(path), m_d(d) {
  m_d.fileName = QFileInfo(path).fileName();
}

Error TokenizerJsonLoader::fail(const QString &problem) const {
  return makeError(QStringLiteral("%1: %2").arg(m_d.fileName, problem));
}

void TokenizerJsonLoader::setBytes(int id, const QByteArray &bytes) {
  if (size_t(id) >= m_d.bytes.size()) {
    m_d.bytes.resize(size_t(id) + 1);
    m_d.special.resize(size_t(id) + 1, 0);
  }
  m_d.bytes[size_t(id)] = bytes;
}

Status TokenizerJsonLoader::run() {
  Expected<QJsonObject> root = JsonReader::readObjectFile(m_path, 512LL << 20);
  if (!root)
    return makeError(root.error());
  const QJsonObject model = root->value(QStringLiteral("model")).toObject();
  if (model.isEmpty())
    return fail(tr("has no 'model' object"));
  Status st = readModel(model);
  if (st)
    st = readAddedTokens(root->value(QStringLiteral("added_tokens")));
  if (st)
    st = readNormalizer(root->value(QStringLiteral("normalizer")));
  bool byteLevel = false;
  if (st)
    st = readPreTokenizer(root->value(QStringLiteral("pre_tokenizer")), byteLevel);
  if (st && !byteLevel)
    return fail(tr("the pre-tokenizer has no ByteLevel step; only byte-level BPE tokenizers are supported"));
  if (st)
    st = readDecoder(root->value(QStringLiteral("decoder")));
  return st;
}

Status TokenizerJsonLoader::readModel(const QJsonObject &model) {
  const QJsonValue type = model.value(QStringLiteral("type"));
  if (!type.isUndefined() && type.toString() != QLatin1String("BPE"))
    return fail(tr("model type '%1' is not supported (only BPE)").arg(type.toVariant().toString()));
  if (model.value(QStringLiteral("byte_fallback")).toBool())
    return fail(tr("BPE byte_fallback is not supported (only byte-level BPE)"));
  if (!model.value(QStringLiteral("continuing_subword_prefix")).toString().isEmpty() ||
      !model.value(QStringLiteral("end_of_word_suffix")).toString().isEmpty())
    return fail(tr("BPE subword prefixes/suffixes are not supported (only byte-level BPE)"));
  m_d.model.setIgnoreMerges(model.value(QStringLiteral("ignore_merges")).toBool());

  const QJsonValue vocabValue = model.value(QStringLiteral("vocab"));
  if (!vocabValue.isObject())
    return fail(tr("model.vocab is missing or not an object"));
  const QJsonObject vocab = vocabValue.toObject();
  if (vocab.isEmpty())
    return fail(tr("model.vocab is empty"));
  const QJsonValue mergesValue = model.value(QStringLiteral("merges"));
  if (!mergesValue.isArray())
    return fail(tr("model.merges is missing or not an array"));
  const QJsonArray merges = mergesValue.toArray();
  m_d.model.reserve(vocab.size(), merges.size());
  m_d.bytes.reserve(size_t(vocab.size()) + 512);
  const ByteLevelAlphabet &alphabet = ByteLevelAlphabet::instance();
  QByteArray bytes;
  for (auto it = vocab.constBegin(); it != vocab.constEnd(); ++it) {
    int id = -1;
    if (!integralId(it.value(), id))
      return fail(tr("model.vocab entry '%1' has an invalid id").arg(it.key()));
    if (!alphabet.toBytes(it.key(), bytes) || bytes.isEmpty())
      return fail(tr("model.vocab entry '%1' is not spelled in the byte-level alphabet").arg(it.key()));
    if (size_t(id) < m_d.bytes.size() && !m_d.bytes[size_t(id)].isEmpty())
      return fail(tr("model.vocab id %1 is used twice").arg(id));
    m_d.model.addToken(it.key(), bytes, id);
    setBytes(id, bytes);
  }
  std::array<char16_t, 256> spelling{};
  for (int b = 0; b < 256; ++b)
    spelling[size_t(b)] = alphabet.charOf(uchar(b));
  m_d.model.indexBytes(spelling);

  for (qsizetype rank = 0; rank < merges.size(); ++rank) {
    const QJsonValue m = merges.at(rank);
    QString left;
    QString right;
    // "a b" (tokenizers < 0.20) or ["a", "b"] (newer releases).
    if (m.isString()) {
      const QStringList parts = m.toString().split(QLatin1Char(' '));
      if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return fail(tr("model.merges[%1] '%2' is not two tokens separated by one space").arg(rank).arg(m.toString()));
      left = parts[0];
      right = parts[1];
    } else if (m.isArray() && m.toArray().size() == 2 && m.toArray().at(0).isString() && m.toArray().at(1).isString()) {
      left = m.toArray().at(0).toString();
      right = m.toArray().at(1).toString();
    } else {
      return fail(tr("model.merges[%1] is neither \"a b\" nor [\"a\", \"b\"]").arg(rank));
    }
    const int leftId = m_d.model.id(left);
    const int rightId = m_d.model.id(right);
    const int mergedId = m_d.model.id(left + right);
    if (leftId < 0 || rightId < 0)
      return fail(tr("model.merges[%1] '%2 %3' uses a token that is not in the vocabulary").arg(rank).arg(left, right));
    if (mergedId < 0)
      return fail(tr("model.merges[%1]: the merged token '%2' is not in the vocabulary").arg(rank).arg(left + right));
    m_d.model.addMerge(leftId, rightId, int(rank), mergedId);
  }
  return Status::ok();
}

Status TokenizerJsonLoader::readAddedTokens(const QJsonValue &value) {
  if (value.isUndefined() || value.isNull())
    return Status::ok();
  if (!value.isArray())
    return fail(tr("added_tokens is not an array"));
  const QJsonArray tokens = value.toArray();
  for (qsizetype i = 0; i < tokens.size(); ++i) {
    const QJsonObject o = tokens.at(i).toObject();
    AddedTokenMatcher::Token t;
    if (!integralId(o.value(QStringLiteral("id")), t.id))
      return fail(tr("added_tokens[%1] has no valid id").arg(i));
    t.content = o.value(QStringLiteral("content")).toString();
    if (t.content.isEmpty())
      return fail(tr("added_tokens[%1] has no content").arg(i));
    t.singleWord = o.value(QStringLiteral("single_word")).toBool(false);
    t.lstrip = o.value(QStringLiteral("lstrip")).toBool(false);
    t.rstrip = o.value(QStringLiteral("rstrip")).toBool(false);
    t.special = o.value(QStringLiteral("special")).toBool(false);
    t.normalized = o.value(QStringLiteral("normalized")).toBool(!t.special);
    m_d.added.insert(t.content, t.id);
    setBytes(t.id, t.content.toUtf8());
    m_d.special[size_t(t.id)] = t.special ? 1 : 0;
    (t.normalized ? m_d.normalizedAdded : m_d.rawAdded).add(t);
  }
  return Status::ok();
}

Status TokenizerJsonLoader::readNormalizer(const QJsonValue &value) {
  if (value.isUndefined() || value.isNull())
    return Status::ok();
  const QString type = typeOf(value);
  if (type == QLatin1String("Sequence")) {
    const QJsonArray list = value.toObject().value(QStringLiteral("normalizers")).toArray();
    for (const QJsonValue &v : list) {
      Status st = readNormalizer(v);
      if (!st)
        return st;
    }
    return Status::ok();
  }
  static const QHash<QString, QString::NormalizationForm> forms = {
      {QStringLiteral("NFC"), QString::NormalizationForm_C},
      {QStringLiteral("NFD"), QString::NormalizationForm_D},
      {QStringLiteral("NFKC"), QString::NormalizationForm_KC},
      {QStringLiteral("NFKD"), QString::NormalizationForm_KD}};
  if (!forms.contains(type))
    return fail(tr("normalizer '%1' is not supported (NFC, NFD, NFKC, NFKD or a Sequence of them)").arg(type));
  m_d.normalizer.append(forms.value(type));
  return Status::ok();
}

Status TokenizerJsonLoader::addSplit(const QString &pattern, const QString &what) {
  if (Status added = m_d.preTokenizer.addSplit(pattern); !added)
    return fail(tr("%1: the pattern does not compile: %2").arg(what, added.error()));
  return Status::ok();
}

Status TokenizerJsonLoader::readPreTokenizer(const QJsonValue &value, bool &byteLevel) {
  if (value.isUndefined() || value.isNull())
    return Status::ok();
  const QJsonObject o = value.toObject();
  const QString type = typeOf(value);
  if (type == QLatin1String("Sequence")) {
    const QJsonArray list = o.value(QStringLiteral("pretokenizers")).toArray();
    for (const QJsonValue &v : list) {
      Status st = readPreTokenizer(v, byteLevel);
      if (!st)
        return st;
    }
    return Status::ok();
  }
  if (type == QLatin1String("ByteLevel")) {
    byteLevel = true;
    if (o.value(QStringLiteral("add_prefix_space")).toBool(false))
      m_d.preTokenizer.addPrefixSpace();
    if (o.value(QStringLiteral("use_regex")).toBool(true))
      return addSplit(PreTokenizer::gpt2Pattern(), tr("ByteLevel pre-tokenizer"));
    return Status::ok();
  }
  if (type == QLatin1String("Split")) {
    const QString behavior = o.value(QStringLiteral("behavior")).toString();
    if (behavior != QLatin1String("Isolated"))
      return fail(tr("Split pre-tokenizer behavior '%1' is not supported (only Isolated)").arg(behavior));
    if (o.value(QStringLiteral("invert")).toBool(false))
      return fail(tr("inverted Split pre-tokenizers are not supported"));
    const QJsonObject pattern = o.value(QStringLiteral("pattern")).toObject();
    if (pattern.value(QStringLiteral("Regex")).isString())
      return addSplit(pattern.value(QStringLiteral("Regex")).toString(), tr("Split pre-tokenizer"));
    if (pattern.value(QStringLiteral("String")).isString())
      return addSplit(QRegularExpression::escape(pattern.value(QStringLiteral("String")).toString()),
                      tr("Split pre-tokenizer"));
    return fail(tr("Split pre-tokenizer has no Regex or String pattern"));
  }
  return fail(tr("pre-tokenizer '%1' is not supported (Split, ByteLevel or a Sequence of them)").arg(type));
}

Status TokenizerJsonLoader::readDecoder(const QJsonValue &value) {
  if (value.isUndefined() || value.isNull())
    return Status::ok();
  const QString type = typeOf(value);
  if (type == QLatin1String("ByteLevel"))
    return Status::ok();
  if (type == QLatin1String("Sequence")) {
    const QJsonArray list = value.toObject().value(QStringLiteral("decoders")).toArray();
    for (const QJsonValue &v : list) {
      Status st = readDecoder(v);
      if (!st)
        return st;
    }
    return Status::ok();
  }
  return fail(tr("decoder '%1' is not supported (only ByteLevel)").arg(type));
}

} // namespace mdi
