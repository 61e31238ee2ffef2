#pragma once

#include <QString>

namespace mdi {

// True for ids of nodes and coordinators: 1 to 64 characters of A-Z a-z 0-9 . _ -. A plain
// string rule, here rather than in net/ so that the settings (store/) can check the ids they
// keep without depending on the network layer.
bool isValidPeerId(const QString &id);

} // namespace mdi
