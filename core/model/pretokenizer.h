#pragma once

#include "util/expected.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <vector>

namespace mdi {

// The pre-tokenizer steps of a tokenizer.json, in order: isolated regex splits (a Split step, or
// the regex of a ByteLevel step with use_regex) and the ByteLevel prefix space. split() cuts
// normalized text into the words that BPE encodes, as the `tokenizers` library does (every match
// and every stretch between matches is a piece of its own, and each piece goes through the
// following steps). Split patterns are adapted to PCRE2 so that \s means Unicode White_Space as
// it does for Oniguruma.
class PreTokenizer {
public:
  // GPT-2's pre-tokenizer regex, used by a ByteLevel pre-tokenizer with use_regex.
  static QString gpt2Pattern();

  // Appends an isolated split on `pattern` (as written in tokenizer.json); an error when it does
  // not compile.
  Status addSplit(const QString &pattern);
  // Appends ByteLevel's add_prefix_space: a space before a piece that does not start with one.
  void addPrefixSpace();
  bool isEmpty() const { return m_steps.empty(); }

  // Calls word(QStringView) for each pre-token of text, in order.
  template <typename Word> void split(const QString &text, Word &&word) const { split(text, 0, word); }

private:
  struct Step {
    enum class Kind { Split, PrefixSpace };
    Kind kind = Kind::Split;
    QRegularExpression regex;
  };

  template <typename Word> void split(const QString &text, size_t step, Word &word) const {
    if (step == m_steps.size()) {
      word(QStringView(text));
      return;
    }
    const Step &s = m_steps[step];
    if (s.kind == Step::Kind::PrefixSpace) {
      if (text.startsWith(QLatin1Char(' ')))
        split(text, step + 1, word);
      else
        split(QLatin1Char(' ') + text, step + 1, word);
      return;
    }
    // Isolated split: every match and every stretch between matches is a piece of its own.
    const bool last = step + 1 == m_steps.size();
    auto piece = [&](qsizetype begin, qsizetype end) {
      if (end <= begin)
        return;
      if (last)
        word(QStringView(text).sliced(begin, end - begin));
      else
        split(text.sliced(begin, end - begin), step + 1, word);
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

  std::vector<Step> m_steps;
};

} // namespace mdi
