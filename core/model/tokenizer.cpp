#include "model/tokenizer.h"

#include "model/tokenizerdata.h"
#include "model/tokenizerjsonloader.h"
#include "model/utf8.h"

#include <QDir>
#include <QStringEncoder>

#include <algorithm>

namespace mdi {

namespace {

// Replaces unpaired surrogates by U+FFFD: PCRE2 refuses to match invalid UTF-16 at all, and the
// reference tokenizers cannot represent them either.
QString withoutLoneSurrogates(const QString &text) {
  QString out;
  bool copied = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    bool lone = false;
    if (c.isHighSurrogate()) {
      if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        if (copied) {
          out += c;
          out += text[i + 1];
        }
        ++i;
        continue;
      }
      lone = true;
    } else if (c.isLowSurrogate()) {
      lone = true;
    }
    if (lone && !copied) {
      out = text.left(i);
      copied = true;
    }
    if (copied)
      out += lone ? QChar(QChar::ReplacementCharacter) : c;
  }
  return copied ? out : text;
}

} // namespace

Expected<Tokenizer> Tokenizer::load(const QString &tokenizerJsonPath) {
  auto data = std::make_shared<Data>();
  data->path = tokenizerJsonPath;
  TokenizerJsonLoader loader(tokenizerJsonPath, *data);
  Status st = loader.run();
  if (!st)
    return makeError(st.error());
  // Normalized added tokens match against normalized text, so their content is normalized too.
  const UnicodeNormalizer &normalizer = data->normalizer;
  data->normalizedAdded.transformContent([&normalizer](const QString &content) { return normalizer.apply(content); });
  data->rawAdded.finish();
  data->normalizedAdded.finish();
  return Tokenizer(std::move(data));
}

Expected<Tokenizer> Tokenizer::loadFromDirectory(const QString &modelDir) {
  return load(QDir(modelDir).filePath(QStringLiteral("tokenizer.json")));
}

QList<int> Tokenizer::encode(const QString &text, SpecialTokens specials) const {
  const bool match = specials == SpecialTokens::Match;
  return encodeWith(text, [match](qsizetype) { return match; });
}

QList<int> Tokenizer::encode(const QString &text, const QList<qsizetype> &specialTokenOffsets) const {
  // Offsets are ascending and the matcher moves forwards: a cursor finds each in turn.
  qsizetype next = 0;
  return encodeWith(text, [&specialTokenOffsets, &next](qsizetype offset) {
    while (next < specialTokenOffsets.size() && specialTokenOffsets[next] < offset)
      ++next;
    return next < specialTokenOffsets.size() && specialTokenOffsets[next] == offset;
  });
}

template <typename MatchSpecial>
QList<int> Tokenizer::encodeWith(const QString &input, MatchSpecial &&matchSpecial) const {
  QList<int> out;
  if (!m_data || input.isEmpty())
    return out;
  const Data &d = *m_data;
  // Offsets stay those of the input: the replacement is one UTF-16 unit for one.
  const QString text = withoutLoneSurrogates(input);
  out.reserve(text.size() / 3 + 4);
  QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
  QByteArray buffer;
  auto word = [&](QStringView w) { d.model.encodeWord(w, out, buffer, encoder); };
  auto preTokenize = [&](const QString &piece) {
    if (d.preTokenizer.isEmpty())
      word(piece);
    else
      d.preTokenizer.split(piece, word);
  };
  // Special tokens among the normalized ones would have to be found in normalized text, whose
  // offsets are not the input's: they match only when every special token does.
  const bool normalizedSpecials = matchSpecial(-1);
  auto plain = [&](qsizetype begin, qsizetype end) {
    const QString piece =
        d.normalizer.apply((begin == 0 && end == text.size()) ? text : text.sliced(begin, end - begin));
    if (d.normalizedAdded.isEmpty()) {
      preTokenize(piece);
      return;
    }
    d.normalizedAdded.split(
        piece, [normalizedSpecials](qsizetype) { return normalizedSpecials; },
        [&](qsizetype b, qsizetype e, int id) {
          if (id >= 0)
            out.append(id);
          else
            preTokenize(piece.sliced(b, e - b));
        });
  };
  if (d.rawAdded.isEmpty()) {
    plain(0, text.size());
    return out;
  }
  d.rawAdded.split(text, matchSpecial, [&](qsizetype begin, qsizetype end, int id) {
    if (id >= 0)
      out.append(id);
    else
      plain(begin, end);
  });
  return out;
}

QString Tokenizer::decode(const QList<int> &ids, bool skipSpecialTokens) const {
  if (!m_data)
    return {};
  QByteArray bytes;
  bytes.reserve(ids.size() * 4);
  for (int id : ids) {
    if (id < 0 || size_t(id) >= m_data->bytes.size())
      continue;
    if (skipSpecialTokens && m_data->special[size_t(id)])
      continue;
    bytes += m_data->bytes[size_t(id)];
  }
  return decodeUtf8(bytes);
}

// QString::fromUtf8 replaces every invalid byte by its own U+FFFD; the reference replaces each
// maximal invalid subpart once. Valid runs still go through Qt's decoder; only the invalid
// bytes are handled here.
QString Tokenizer::decodeUtf8(QByteArrayView bytes) {
  const qsizetype n = bytes.size();
  QString out;
  qsizetype runStart = 0;
  qsizetype i = 0;
  while (i < n) {
    const auto lead = uchar(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const int length = utf8::sequenceLength(lead);
    int valid = length > 0 ? 1 : 0;
    while (valid > 0 && valid < length && i + valid < n) {
      const auto c = uchar(bytes[i + valid]);
      if (!(valid == 1 ? utf8::validSecond(lead, c) : (c >= 0x80 && c <= 0xBF)))
        break;
      ++valid;
    }
    if (length > 0 && valid == length) {
      i += length;
      continue;
    }
    if (out.isEmpty())
      out.reserve(n);
    out += QString::fromUtf8(bytes.sliced(runStart, i - runStart));
    out += QChar(QChar::ReplacementCharacter);
    i += std::max(valid, 1);
    runStart = i;
  }
  if (runStart == 0)
    return QString::fromUtf8(bytes);
  out += QString::fromUtf8(bytes.sliced(runStart));
  return out;
}

QByteArray Tokenizer::tokenBytes(int id) const {
  if (!m_data || id < 0 || size_t(id) >= m_data->bytes.size())
    return {};
  return m_data->bytes[size_t(id)];
}

int Tokenizer::tokenId(const QString &token) const {
  if (!m_data)
    return -1;
  const auto it = m_data->added.constFind(token);
  if (it != m_data->added.constEnd())
    return it.value();
  return m_data->model.id(token);
}

bool Tokenizer::isSpecial(int id) const {
  return m_data && id >= 0 && size_t(id) < m_data->special.size() && m_data->special[size_t(id)];
}

int Tokenizer::vocabSize() const {
  return m_data ? int(m_data->bytes.size()) : 0;
}

QString Tokenizer::path() const {
  return m_data ? m_data->path : QString();
}

void Tokenizer::clearCache() const {
  if (m_data)
    m_data->model.clearCache();
}

int Tokenizer::cacheSize() const {
  return m_data ? m_data->model.cacheSize() : 0;
}

} // namespace mdi
