#pragma once

#include <QString>
#include <QStringList>

namespace mdi {

// Finds user-given stop strings in streamed text. Generation emits decoded text piece by piece,
// and a stop string may arrive split over several pieces, so text that could be the start of a
// stop string is held back until it either completes the stop string (generation ends and the
// stop string is never shown) or turns out not to (the held text is released). Matching is
// literal on UTF-16 text, with no normalisation; a surrogate pair is never split between pushes.
class StopStringMatcher {
public:
  explicit StopStringMatcher(const QStringList &stopStrings); // empty strings are ignored

  // Feed decoded text pieces; returns text safe to emit now (holding back a possible stop-string
  // prefix); after a full match, stopped() is true and the returned text ends just before the
  // stop string. Pieces pushed after the match are ignored.
  QString push(const QString &piece);
  QString flush(); // release what was held back (at the end of generation)
  bool stopped() const { return m_stopped; }
  // The stop string that matched, empty until stopped().
  const QString &matched() const { return m_matched; }
  // Text currently held back.
  const QString &pending() const { return m_pending; }

private:
  QStringList m_stopStrings;
  QString m_pending;
  QString m_matched;
  bool m_stopped = false;
};

} // namespace mdi
