#include "model/addedtokenmatcher.h"

#include <algorithm>

namespace mdi {

void AddedTokenMatcher::finish() {
  std::stable_sort(m_tokens.begin(), m_tokens.end(),
                   [](const Token &a, const Token &b) { return a.content.size() > b.content.size(); });
  for (const Token &t : m_tokens) {
    const char16_t u = t.content.at(0).unicode();
    m_firstUnits[u >> 6] |= quint64(1) << (u & 63);
  }
}

} // namespace mdi
