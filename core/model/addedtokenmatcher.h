#pragma once

#include "model/utf16.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace mdi {

// A set of added tokens of a tokenizer.json matched leftmost-longest, non-overlapping, as the
// Aho-Corasick automaton of `tokenizers` does, with their single_word, lstrip and rstrip rules.
// Qwen has a dozen such tokens, all starting with '<': a filter on the first UTF-16 unit and a
// direct comparison suffice.
class AddedTokenMatcher {
public:
  struct Token {
    QString content; // as matched: normalized already for normalized tokens
    int id = -1;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = true;
    bool special = false;
  };

  void add(const Token &token) { m_tokens.push_back(token); }
  bool isEmpty() const { return m_tokens.empty(); }
  // Each token's content replaced by what f makes of it (normalized tokens match normalized text).
  template <typename F> void transformContent(F &&f) {
    for (Token &t : m_tokens)
      t.content = f(t.content);
  }
  // After the last add(): orders the tokens longest first and builds the first-unit filter.
  void finish();

  // Calls emit(start, end, id) for each stretch of text: id is an added token's or -1. A special
  // token matches only where matchSpecial(offset) says so (always, for HF's behaviour; never,
  // for text typed by a person; at the offsets where a chat template put its control tokens).
  template <typename MatchSpecial, typename Emit>
  void split(QStringView text, MatchSpecial &&matchSpecial, Emit &&emit) const {
    qsizetype startOffset = 0;
    for (qsizetype pos = 0; pos < text.size();) {
      const char16_t u = text[pos].unicode();
      const Token *match = nullptr;
      if (m_firstUnits[u >> 6] & (quint64(1) << (u & 63))) {
        for (const Token &t : m_tokens) {
          if ((!t.special || matchSpecial(pos)) && text.sliced(pos).startsWith(t.content)) {
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
        const bool startOk = start == 0 || !utf16::isWordChar(utf16::codePointBefore(text, start));
        const bool stopOk = stop == text.size() || !utf16::isWordChar(utf16::codePointAt(text, stop));
        if (!startOk || !stopOk)
          continue;
      }
      if (match->lstrip) {
        qsizetype s = start;
        while (s > 0 && utf16::isWhiteSpace(utf16::codePointBefore(text, s)))
          s -= QChar::requiresSurrogates(utf16::codePointBefore(text, s)) ? 2 : 1;
        // Spaces taken by the previous match's rstrip stay with it.
        start = std::max(s, startOffset);
      }
      if (match->rstrip) {
        while (stop < text.size() && utf16::isWhiteSpace(utf16::codePointAt(text, stop)))
          stop += QChar::requiresSurrogates(utf16::codePointAt(text, stop)) ? 2 : 1;
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

private:
  std::vector<Token> m_tokens; // longest first
  std::vector<quint64> m_firstUnits = std::vector<quint64>(65536 / 64, 0);
};

} // namespace mdi
