#include "model/tokenizer.h"

#include "model/utf8.h"

#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <queue>
#include <vector>

namespace mdi {

namespace {

// Ids above this are refused: real vocabularies stay below 300k, and it bounds the id tables.
constexpr qint64 kMaxTokenId = 1 << 21;
// Longer pre-tokens are not cached (they are rare and would bloat the cache).
constexpr qsizetype kMaxCachedBytes = 256;
// The cache is emptied when it grows past this many pre-tokens.
constexpr qsizetype kMaxCacheEntries = 1 << 18;
// Words with more symbols than this are merged with a priority queue instead of rescanning.
constexpr int kLinearBpeLimit = 64;

// GPT-2's reversible map from bytes to printable code points, in which byte-level vocabularies
// are spelled: printable Latin-1 bytes stand for themselves, the others become U+0100 upwards.
struct ByteLevelMap {
  std::array<char16_t, 256> byteToChar{};
  std::array<int, 0x144> charToByte{}; // -1 where the code point is not a byte-level character

  ByteLevelMap() {
    charToByte.fill(-1);
    int next = 256;
    for (int b = 0; b < 256; ++b) {
      const bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      const int c = printable ? b : next++;
      byteToChar[b] = char16_t(c);
      charToByte[c] = b;
    }
  }
};

const ByteLevelMap &byteLevelMap() {
  static const ByteLevelMap map;
  return map;
}

// Byte-level spelling -> raw bytes; false when a character is outside the byte-level alphabet.
bool byteLevelToBytes(const QString &spelled, QByteArray &out) {
  const ByteLevelMap &map = byteLevelMap();
  out.clear();
  out.reserve(spelled.size());
  for (QChar c : spelled) {
    const char16_t u = c.unicode();
    if (u >= map.charToByte.size() || map.charToByte[u] < 0)
      return false;
    out.append(char(map.charToByte[u]));
  }
  return true;
}

// Unicode White_Space, which is what \s means to the `tokenizers` library (Oniguruma) and to
// Python's regex module. QChar::isSpace() is exactly that set.
bool isWhiteSpace(char32_t c) {
  return QChar::isSpace(c);
}

// Rust regex's \w: alphabetic, marks, decimal digits, connector punctuation, join controls.
bool isWordChar(char32_t c) {
  if (QChar::isLetter(c) || QChar::isMark(c))
    return true;
  switch (QChar::category(c)) {
  case QChar::Number_DecimalDigit:
  case QChar::Number_Letter:
  case QChar::Punctuation_Connector:
    return true;
  default:
    return c == 0x200C || c == 0x200D;
  }
}

char32_t codePointBefore(QStringView s, qsizetype pos) {
  const QChar low = s[pos - 1];
  if (low.isLowSurrogate() && pos >= 2 && s[pos - 2].isHighSurrogate())
    return QChar::surrogateToUcs4(s[pos - 2], low);
  return low.unicode();
}

char32_t codePointAt(QStringView s, qsizetype pos) {
  const QChar high = s[pos];
  if (high.isHighSurrogate() && pos + 1 < s.size() && s[pos + 1].isLowSurrogate())
    return QChar::surrogateToUcs4(high, s[pos + 1]);
  return high.unicode();
}

// Whether normalization can never combine c with anything before it: a starter that is not the
// second half of a canonical composition. Compatibility forms also decompose c itself (U+3150
// becomes a Hangul vowel that composes with what precedes), so for them only ASCII qualifies.
bool isNormalizationBoundary(char32_t c, QString::NormalizationForm form) {
  if (c < 0x80)
    return true;
  if (form == QString::NormalizationForm_KC || form == QString::NormalizationForm_KD)
    return false;
  if (QChar::combiningClass(c) != 0 || (c >= 0x1100 && c <= 0x11FF)) // marks; Hangul vowels and finals
    return false;
  const QChar::Category category = QChar::category(c);
  return category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
         category != QChar::Mark_Enclosing;
}

// QString::normalized() edits the string one character at a time, which turns quadratic when
// much of a long text changes (Hangul is decomposed and recomposed: a megabyte takes seconds).
// Normalization never reaches across a boundary character, so long texts are normalized in
// pieces of a few hundred characters cut before one.
QString normalizeInPieces(const QString &text, QString::NormalizationForm form) {
  constexpr qsizetype kPiece = 256;
  if (text.size() <= kPiece)
    return text.normalized(form);
  QString out;
  out.reserve(text.size() + text.size() / 8);
  qsizetype start = 0;
  for (qsizetype i = kPiece; i < text.size(); ++i) {
    if (text[i].isLowSurrogate() || !isNormalizationBoundary(codePointAt(text, i), form))
      continue;
    out += text.sliced(start, i - start).normalized(form);
    start = i;
    i += kPiece - 1;
  }
  out += text.sliced(start).normalized(form);
  return out;
}

// PCRE2's \s differs from White_Space (it includes U+180E, and without UCP it is ASCII only),
// so each \s and \S of a split pattern is replaced by the White_Space set written out.
QString adaptPattern(const QString &pattern) {
  static const QString whiteSpace =
      QStringLiteral("\\x{9}-\\x{d}\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                     "\\x{202f}\\x{205f}\\x{3000}");
  QString out;
  out.reserve(pattern.size() + 64);
  bool inClass = false;
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar c = pattern[i];
    if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
      const QChar e = pattern[i + 1];
      ++i;
      if (e == QLatin1Char('s')) {
        out += inClass ? whiteSpace : QLatin1Char('[') + whiteSpace + QLatin1Char(']');
      } else if (e == QLatin1Char('S') && !inClass) {
        out += QStringLiteral("[^") + whiteSpace + QLatin1Char(']');
      } else {
        out += c;
        out += e;
      }
      continue;
    }
    if (!inClass && c == QLatin1Char('[')) {
      inClass = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal member, not the end of the class.
      if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('^')) {
        out += pattern[++i];
      }
      if (i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char(']'))
        out += pattern[++i];
      continue;
    }
    if (inClass && c == QLatin1Char('[') && i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char(':')) {
      // POSIX class [:alpha:] inside a bracket expression: copy it whole.
      const qsizetype end = pattern.indexOf(QLatin1String(":]"), i + 2);
      if (end > 0) {
        out += pattern.mid(i, end + 2 - i);
        i = end + 1;
        continue;
      }
    }
    if (inClass && c == QLatin1Char(']'))
      inClass = false;
    out += c;
  }
  return out;
}

// GPT-2's pre-tokenizer regex, used by a ByteLevel pre-tokenizer with use_regex.
const char *const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

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

// Open-addressing table of merge pairs (left id, right id) -> (rank, merged id). BPE looks up
// every adjacent pair of every new word, and a flat table of 64-bit keys is markedly faster
// than QHash for that.
class MergeTable {
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

struct AddedToken {
  QString content; // as matched: normalized already for normalized tokens
  int id = -1;
  bool singleWord = false;
  bool lstrip = false;
  bool rstrip = false;
  bool normalized = true;
  bool special = false;
};

// A set of added tokens matched leftmost-longest, non-overlapping, as the Aho-Corasick automaton
// of `tokenizers` does. Qwen has a dozen such tokens, all starting with '<': a filter on the
// first UTF-16 unit and a direct comparison suffice.
struct AddedMatcher {
  std::vector<AddedToken> tokens; // longest first
  std::vector<quint64> firstUnits = std::vector<quint64>(65536 / 64, 0);

  bool isEmpty() const { return tokens.empty(); }

  void finish() {
    std::stable_sort(tokens.begin(), tokens.end(),
                     [](const AddedToken &a, const AddedToken &b) { return a.content.size() > b.content.size(); });
    for (const AddedToken &t : tokens) {
      const char16_t u = t.content.at(0).unicode();
      firstUnits[u >> 6] |= quint64(1) << (u & 63);
    }
  }

  // Calls emit(start, end, id) for each stretch of text: id is an added token's or -1.
  template <typename Emit> void split(QStringView text, Emit &&emit) const {
    qsizetype startOffset = 0;
    for (qsizetype pos = 0; pos < text.size();) {
      const char16_t u = text[pos].unicode();
      const AddedToken *match = nullptr;
      if (firstUnits[u >> 6] & (quint64(1) << (u & 63))) {
        for (const AddedToken &t : tokens) {
          if (text.sliced(pos).startsWith(t.content)) {
            match = &t;
            break;
          }
        }
      }
      if (!match) {
        ++pos;
        continue;
      }
      qsizetype start = pos;
      qsizetype stop = pos + match->content.size();
      pos = stop;
      if (match->singleWord) {
        const bool startOk = start == 0 || !isWordChar(codePointBefore(text, start));
        const bool stopOk = stop == text.size() || !isWordChar(codePointAt(text, stop));
        if (!startOk || !stopOk)
          continue;
      }
      if (match->lstrip) {
        qsizetype s = start;
        while (s > 0 && isWhiteSpace(codePointBefore(text, s)))
          s -= QChar::requiresSurrogates(codePointBefore(text, s)) ? 2 : 1;
        // Spaces taken by the previous match's rstrip stay with it.
        start = std::max(s, startOffset);
      }
      if (match->rstrip) {
        while (stop < text.size() && isWhiteSpace(codePointAt(text, stop)))
          stop += QChar::requiresSurrogates(codePointAt(text, stop)) ? 2 : 1;
        pos = stop;
      }
      if (startOffset < start)
        emit(startOffset, start, -1);
      emit(start, stop, match->id);
      startOffset = stop;
    }
    if (startOffset < text.size())
      emit(startOffset, text.size(), -1);
  }
};

struct PreTokenizerStep {
  enum class Kind { Split, PrefixSpace };
  Kind kind = Kind::Split;
  QRegularExpression regex;
};

} // namespace

struct Tokenizer::Data {
  QString path;
  QString fileName;

  std::array<int, 256> byteToId{};     // vocabulary id of each single byte, -1 if missing
  std::vector<QByteArray> bytes;       // id -> raw bytes (vocab and added)
  std::vector<quint8> special;         // id -> 1 for special added tokens
  QHash<QString, int> vocab;           // byte-level spelling -> id
  QHash<QString, int> added;           // added token content -> id
  QHash<QByteArray, int> vocabByBytes; // only for ignore_merges
  MergeTable merges;
  bool ignoreMerges = false;

  AddedMatcher rawAdded;        // matched on the text as given
  AddedMatcher normalizedAdded; // matched after normalization
  QList<QString::NormalizationForm> normalizer;
  std::vector<PreTokenizerStep> preTokenizer;

  mutable QMutex cacheMutex;
  mutable QHash<QByteArray, QList<int>> cache;

  QString normalize(QString text) const {
    for (QString::NormalizationForm form : normalizer)
      text = normalizeInPieces(text, form);
    return text;
  }

  void bpe(const uchar *data, qsizetype size, QList<int> &out) const;
  void encodeWord(QStringView word, QList<int> &out, QByteArray &buffer, QStringEncoder &encoder) const;
  void preTokenize(const QString &text, size_t step, QList<int> &out, QByteArray &buffer,
                   QStringEncoder &encoder) const;
  void encodeNormalizedPiece(const QString &piece, QList<int> &out, QByteArray &buffer, QStringEncoder &encoder) const;
};

// Merges the lowest-ranked adjacent pair, leftmost first, until none is left: the order of the
// `tokenizers` BPE model.
void Tokenizer::Data::bpe(const uchar *data, qsizetype size, QList<int> &out) const {
  if (ignoreMerges) {
    const auto it = vocabByBytes.constFind(QByteArray::fromRawData(reinterpret_cast<const char *>(data), size));
    if (it != vocabByBytes.constEnd()) {
      out.append(it.value());
      return;
    }
  }
  // Bytes without a vocabulary entry are dropped, as `tokenizers` does without an unk token.
  if (size <= kLinearBpeLimit) {
    int ids[kLinearBpeLimit];
    MergeTable::Entry pairs[kLinearBpeLimit];
    int n = 0;
    for (qsizetype i = 0; i < size; ++i) {
      const int id = byteToId[data[i]];
      if (id >= 0)
        ids[n++] = id;
    }
    for (int i = 0; i + 1 < n; ++i)
      pairs[i] = merges.find(ids[i], ids[i + 1]);
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
        pairs[best] = merges.find(ids[best], ids[best + 1]);
      if (best > 0)
        pairs[best - 1] = merges.find(ids[best - 1], ids[best]);
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
    const int id = byteToId[data[i]];
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
    const MergeTable::Entry e = merges.find(symbols[size_t(pos)].id, symbols[size_t(next)].id);
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
    const MergeTable::Entry current = merges.find(left.id, right.id);
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

void Tokenizer::Data::encodeWord(QStringView word, QList<int> &out, QByteArray &buffer, QStringEncoder &encoder) const {
  if (word.isEmpty())
    return;
  const qsizetype need = encoder.requiredSpace(word.size());
  if (buffer.size() < need)
    buffer.resize(need);
  const char *end = encoder.appendToBuffer(buffer.data(), word);
  const qsizetype size = end - buffer.constData();
  const auto *data = reinterpret_cast<const uchar *>(buffer.constData());
  if (size == 1 && byteToId[data[0]] >= 0) {
    out.append(byteToId[data[0]]);
    return;
  }
  if (size > kMaxCachedBytes) {
    bpe(data, size, out);
    return;
  }
  const QByteArray key = QByteArray::fromRawData(buffer.constData(), size);
  {
    QMutexLocker lock(&cacheMutex);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd()) {
      out.append(it.value());
      return;
    }
  }
  const qsizetype first = out.size();
  bpe(data, size, out);
  QMutexLocker lock(&cacheMutex);
  if (cache.size() >= kMaxCacheEntries)
    cache.clear();
  cache.insert(QByteArray(buffer.constData(), size), out.mid(first));
}

void Tokenizer::Data::preTokenize(const QString &text, size_t step, QList<int> &out, QByteArray &buffer,
                                  QStringEncoder &encoder) const {
  if (step == preTokenizer.size()) {
    encodeWord(text, out, buffer, encoder);
    return;
  }
  const PreTokenizerStep &s = preTokenizer[step];
  if (s.kind == PreTokenizerStep::Kind::PrefixSpace) {
    if (text.startsWith(QLatin1Char(' ')))
      preTokenize(text, step + 1, out, buffer, encoder);
    else
      preTokenize(QLatin1Char(' ') + text, step + 1, out, buffer, encoder);
    return;
  }
  // Isolated split: every match and every stretch between matches is a piece of its own.
  const bool last = step + 1 == preTokenizer.size();
  auto piece = [&](qsizetype begin, qsizetype end) {
    if (end <= begin)
      return;
    if (last)
      encodeWord(QStringView(text).sliced(begin, end - begin), out, buffer, encoder);
    else
      preTokenize(text.sliced(begin, end - begin), step + 1, out, buffer, encoder);
  };
  qsizetype done = 0;
  QRegularExpressionMatchIterator it = s.regex.globalMatch(text);
  while (it.hasNext()) {
    const QRegularExpressionMatch m = it.next();
    const qsizetype begin = m.capturedStart();
    const qsizetype end = m.capturedEnd();
    if (end == begin)
      continue;
    piece(done, begin);
    piece(begin, end);
    done = end;
  }
  piece(done, text.size());
}

void Tokenizer::Data::encodeNormalizedPiece(const QString &piece, QList<int> &out, QByteArray &buffer,
                                            QStringEncoder &encoder) const {
  if (normalizedAdded.isEmpty()) {
    preTokenize(piece, 0, out, buffer, encoder);
    return;
  }
  normalizedAdded.split(piece, [&](qsizetype begin, qsizetype end, int id) {
    if (id >= 0)
      out.append(id);
    else
      preTokenize(piece.sliced(begin, end - begin), 0, out, buffer, encoder);
  });
}

namespace {

class Loader {
  Q_DECLARE_TR_FUNCTIONS(mdi::Loader)

public:
  Loader(const QString &path, Tokenizer::Data &d) : m_path(path), m_d(d) { m_d.fileName = QFileInfo(path).fileName(); }

  Status run();

private:
  Error fail(const QString &problem) const { return makeError(QStringLiteral("%1: %2").arg(m_d.fileName, problem)); }
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

bool integralId(const QJsonValue &v, int &id) {
  if (!v.isDouble())
    return false;
  const double d = v.toDouble();
  if (!(d >= 0 && d <= double(kMaxTokenId)) || d != std::floor(d))
    return false;
  id = int(d);
  return true;
}

QString typeOf(const QJsonValue &v) {
  return v.toObject().value(QStringLiteral("type")).toString();
}

void Loader::setBytes(int id, const QByteArray &bytes) {
  if (size_t(id) >= m_d.bytes.size()) {
    m_d.bytes.resize(size_t(id) + 1);
    m_d.special.resize(size_t(id) + 1, 0);
  }
  m_d.bytes[size_t(id)] = bytes;
}

Status Loader::run() {
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

Status Loader::readModel(const QJsonObject &model) {
  const QJsonValue type = model.value(QStringLiteral("type"));
  if (!type.isUndefined() && type.toString() != QLatin1String("BPE"))
    return fail(tr("model type '%1' is not supported (only BPE)").arg(type.toVariant().toString()));
  if (model.value(QStringLiteral("byte_fallback")).toBool())
    return fail(tr("BPE byte_fallback is not supported (only byte-level BPE)"));
  if (!model.value(QStringLiteral("continuing_subword_prefix")).toString().isEmpty() ||
      !model.value(QStringLiteral("end_of_word_suffix")).toString().isEmpty())
    return fail(tr("BPE subword prefixes/suffixes are not supported (only byte-level BPE)"));
  m_d.ignoreMerges = model.value(QStringLiteral("ignore_merges")).toBool();

  const QJsonValue vocabValue = model.value(QStringLiteral("vocab"));
  if (!vocabValue.isObject())
    return fail(tr("model.vocab is missing or not an object"));
  const QJsonObject vocab = vocabValue.toObject();
  if (vocab.isEmpty())
    return fail(tr("model.vocab is empty"));
  m_d.vocab.reserve(vocab.size());
  m_d.bytes.reserve(size_t(vocab.size()) + 512);
  QByteArray bytes;
  for (auto it = vocab.constBegin(); it != vocab.constEnd(); ++it) {
    int id = -1;
    if (!integralId(it.value(), id))
      return fail(tr("model.vocab entry '%1' has an invalid id").arg(it.key()));
    if (!byteLevelToBytes(it.key(), bytes) || bytes.isEmpty())
      return fail(tr("model.vocab entry '%1' is not spelled in the byte-level alphabet").arg(it.key()));
    if (size_t(id) < m_d.bytes.size() && !m_d.bytes[size_t(id)].isEmpty())
      return fail(tr("model.vocab id %1 is used twice").arg(id));
    m_d.vocab.insert(it.key(), id);
    setBytes(id, bytes);
    if (m_d.ignoreMerges)
      m_d.vocabByBytes.insert(bytes, id);
  }
  m_d.byteToId.fill(-1);
  const ByteLevelMap &map = byteLevelMap();
  for (int b = 0; b < 256; ++b)
    m_d.byteToId[b] = m_d.vocab.value(QString(QChar(map.byteToChar[b])), -1);

  const QJsonValue mergesValue = model.value(QStringLiteral("merges"));
  if (!mergesValue.isArray())
    return fail(tr("model.merges is missing or not an array"));
  const QJsonArray merges = mergesValue.toArray();
  m_d.merges.reserve(merges.size());
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
    const int leftId = m_d.vocab.value(left, -1);
    const int rightId = m_d.vocab.value(right, -1);
    const int mergedId = m_d.vocab.value(left + right, -1);
    if (leftId < 0 || rightId < 0)
      return fail(tr("model.merges[%1] '%2 %3' uses a token that is not in the vocabulary").arg(rank).arg(left, right));
    if (mergedId < 0)
      return fail(tr("model.merges[%1]: the merged token '%2' is not in the vocabulary").arg(rank).arg(left + right));
    m_d.merges.insert(leftId, rightId, int(rank), mergedId);
  }
  return Status::ok();
}

Status Loader::readAddedTokens(const QJsonValue &value) {
  if (value.isUndefined() || value.isNull())
    return Status::ok();
  if (!value.isArray())
    return fail(tr("added_tokens is not an array"));
  const QJsonArray tokens = value.toArray();
  for (qsizetype i = 0; i < tokens.size(); ++i) {
    const QJsonObject o = tokens.at(i).toObject();
    AddedToken t;
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
    (t.normalized ? m_d.normalizedAdded : m_d.rawAdded).tokens.push_back(t);
  }
  return Status::ok();
}

Status Loader::readNormalizer(const QJsonValue &value) {
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

Status Loader::addSplit(const QString &pattern, const QString &what) {
  PreTokenizerStep step;
  step.kind = PreTokenizerStep::Kind::Split;
  step.regex = QRegularExpression(adaptPattern(pattern), QRegularExpression::UseUnicodePropertiesOption);
  if (!step.regex.isValid())
    return fail(tr("%1: the pattern does not compile: %2").arg(what, step.regex.errorString()));
  step.regex.optimize();
  m_d.preTokenizer.push_back(std::move(step));
  return Status::ok();
}

Status Loader::readPreTokenizer(const QJsonValue &value, bool &byteLevel) {
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
      m_d.preTokenizer.push_back(PreTokenizerStep{PreTokenizerStep::Kind::PrefixSpace, {}});
    if (o.value(QStringLiteral("use_regex")).toBool(true))
      return addSplit(QString::fromLatin1(kGpt2Pattern), tr("ByteLevel pre-tokenizer"));
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

Status Loader::readDecoder(const QJsonValue &value) {
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

} // namespace

Expected<Tokenizer> Tokenizer::load(const QString &tokenizerJsonPath) {
  auto data = std::make_shared<Data>();
  data->path = tokenizerJsonPath;
  Loader loader(tokenizerJsonPath, *data);
  Status st = loader.run();
  if (!st)
    return makeError(st.error());
  // Normalized added tokens match against normalized text, so their content is normalized too.
  for (AddedToken &t : data->normalizedAdded.tokens)
    t.content = data->normalize(t.content);
  data->rawAdded.finish();
  data->normalizedAdded.finish();
  return Tokenizer(std::move(data));
}

Expected<Tokenizer> Tokenizer::loadFromDirectory(const QString &modelDir) {
  return load(QDir(modelDir).filePath(QStringLiteral("tokenizer.json")));
}

QList<int> Tokenizer::encode(const QString &input) const {
  QList<int> out;
  if (!m_data || input.isEmpty())
    return out;
  const Data &d = *m_data;
  const QString text = withoutLoneSurrogates(input);
  out.reserve(text.size() / 3 + 4);
  QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
  QByteArray buffer;
  auto plain = [&](qsizetype begin, qsizetype end) {
    const QString piece = (begin == 0 && end == text.size()) ? text : text.sliced(begin, end - begin);
    d.encodeNormalizedPiece(d.normalize(piece), out, buffer, encoder);
  };
  if (d.rawAdded.isEmpty()) {
    plain(0, text.size());
    return out;
  }
  d.rawAdded.split(text, [&](qsizetype begin, qsizetype end, int id) {
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
  return m_data->vocab.value(token, -1);
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
  if (!m_data)
    return;
  QMutexLocker lock(&m_data->cacheMutex);
  m_data->cache.clear();
}

int Tokenizer::cacheSize() const {
  if (!m_data)
    return 0;
  QMutexLocker lock(&m_data->cacheMutex);
  return int(m_data->cache.size());
}

} // namespace mdi
