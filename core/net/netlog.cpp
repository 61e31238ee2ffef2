#include "net/netlog.h"

namespace mdi {

Q_LOGGING_CATEGORY(lcNet, "mdi.net", QtInfoMsg)

} // namespace mdi
