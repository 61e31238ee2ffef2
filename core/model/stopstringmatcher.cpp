#include "model/stopstringmatcher.h"

#include <algorithm>

namespace mdi {

StopStringMatcher::StopStringMatcher(const QStringList &stopStrings) {
  for (const QString &s : stopStrings) {
    if (!s.isEmpty() && !m_stopStrings.contains(s))
      m_stopStrings.append(s);
  }
}

QString StopStringMatcher::push(const QString &piece) {
  if (m_stopped)
    return {};
  if (m_stopStrings.isEmpty())
    return piece;
  m_pending += piece;

  // The earliest match wins; at one position, the shortest stop string (it completes first).
  qsizetype matchAt = -1;
  for (const QString &s : m_stopStrings) {
    const qsizetype at = m_pending.indexOf(s);
    if (at >= 0 && (matchAt < 0 || at < matchAt || (at == matchAt && s.size() < m_matched.size()))) {
      matchAt = at;
      m_matched = s;
    }
  }
  if (matchAt >= 0) {
    m_stopped = true;
    const QString out = m_pending.left(matchAt);
    m_pending.clear();
    return out;
  }

  // Hold back the longest suffix that is a proper prefix of some stop string; anything starting
  // earlier cannot begin a match any more (its suffix would have been longer).
  qsizetype hold = 0;
  for (const QString &s : m_stopStrings) {
    for (qsizetype len = std::min(s.size() - 1, m_pending.size()); len > hold; --len) {
      if (QStringView(m_pending).right(len) == QStringView(s).left(len)) {
        hold = len;
        break;
      }
    }
  }
  qsizetype release = m_pending.size() - hold;
  if (release > 0 && m_pending.at(release - 1).isHighSurrogate())
    --release; // keep the pair together
  const QString out = m_pending.left(release);
  m_pending.remove(0, release);
  return out;
}

QString StopStringMatcher::flush() {
  QString out;
  out.swap(m_pending);
  return m_stopped ? QString() : out;
}

} // namespace mdi
