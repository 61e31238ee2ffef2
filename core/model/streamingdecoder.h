#pragma once

#include "model/tokenizer.h"

#include <QByteArray>
#include <QString>

namespace mdi {

// Turns generated token ids into text as they arrive. A character may be split across tokens
// (CJK, emoji: byte-level BPE cuts UTF-8 anywhere), so the bytes of a character that is not yet
// complete are held back until the token that completes it; bytes that can never become valid
// UTF-8 are emitted at once as U+FFFD. Concatenating every push() and the final flush() gives
// the same text as Tokenizer::decode() of all the ids.
class StreamingDecoder {
public:
  explicit StreamingDecoder(const Tokenizer &tokenizer, bool skipSpecialTokens = false);

  QString push(int id); // text that became complete with this token (may be empty)
  QString flush();      // what is left (invalid trailing bytes as U+FFFD); the decoder is then empty
  void reset();

  // Bytes held back, waiting for the rest of a character.
  qsizetype pendingBytes() const { return m_pending.size(); }

private:
  Tokenizer m_tokenizer;
  bool m_skipSpecialTokens = false;
  QByteArray m_pending;
};

} // namespace mdi
