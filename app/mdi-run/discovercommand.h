#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdi {

// `mdi-run --discover [--timeout S] [--loopback] [--json] [--beacon-port P] [--query-port P]`: listens for mdi-node
// beacons (and asks nodes to announce themselves) for S seconds (default 3), then lists the nodes heard: id, name,
// address:port, device, free memory, version. Exit code 0, or 2 on a usage error.
class DiscoverCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::DiscoverCommand)

public:
  static int run(const QStringList &arguments);
};

} // namespace mdi
