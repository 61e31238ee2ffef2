#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mdi {

// One conversation of the history: its title, its own system prompt and sampling overrides (the
// JSON of SamplingOverrides::toJson(), applied over the Settings to every answer in it; the store
// keeps it verbatim), the leaf of the branch on show and whether it is pinned.
// created and updated are UTC; updated moves when a message is added.
struct Conversation {
  qint64 id = 0;
  QString title;
  QDateTime created;
  QDateTime updated;
  QString systemPrompt;
  QJsonObject sampling;
  qint64 currentLeafId = 0; // 0: no messages yet
  bool pinned = false;      // kept on top of the sidebar

  bool operator==(const Conversation &other) const = default;
};

} // namespace mdi
