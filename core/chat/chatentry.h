#pragma once

#include "store/storedmessage.h"

#include <QString>

namespace mdi {

// A message as the chat shows it: the stored message, where it stands among its siblings
// (regenerated answers, edited questions), and the absolute paths of its image files.
struct ChatEntry {
  StoredMessage message;
  int siblingIndex = 0; // 0-based
  int siblingCount = 1;
  QStringList imagePaths;   // parallel to message.images
  QString error;            // why a Failed answer failed
  bool canContinue = false; // the last answer, stopped or cut short: Continue writes on

  bool operator==(const ChatEntry &other) const = default;
};

} // namespace mdi
