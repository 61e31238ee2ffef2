#pragma once

#include <QLoggingCategory>

namespace mdi {

// The logging category of the peer network layer ("mdi.net"): refused handshakes, lost peers,
// bad frames and beacons. Enable debug output with QT_LOGGING_RULES="mdi.net.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace mdi
