#include "discovercommand.h"

#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

#include <cstdio>

namespace mdi {

int DiscoverCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(DiscoverCommand::tr("Lists the MDI Chat nodes (mdi-node) on the local network."));
  parser.addHelpOption();
  const QCommandLineOption discover(QStringLiteral("discover"), DiscoverCommand::tr("List peers."));
  const QCommandLineOption timeout(QStringLiteral("timeout"), DiscoverCommand::tr("Seconds to listen (default 3)."),
                                   QStringLiteral("S"), QStringLiteral("3"));
  const QCommandLineOption loopback(QStringLiteral("loopback"),
                                    DiscoverCommand::tr("Also listen and ask on 127.0.0.1."));
  const QCommandLineOption json(QStringLiteral("json"), DiscoverCommand::tr("Print a JSON array."));
  const QCommandLineOption beaconPort(QStringLiteral("beacon-port"),
                                      DiscoverCommand::tr("UDP port to listen on for beacons."), QStringLiteral("P"),
                                      QString::number(DiscoveryService::kBeaconPort));
  const QCommandLineOption queryPort(QStringLiteral("query-port"),
                                     DiscoverCommand::tr("UDP port nodes take queries on."), QStringLiteral("P"),
                                     QString::number(DiscoveryService::kQueryPort));
  parser.addOptions({discover, timeout, loopback, json, beaconPort, queryPort});
  parser.process(arguments);
  bool ok = false;
  const double seconds = parser.value(timeout).toDouble(&ok);
  if (!ok || seconds < 0 || seconds > 3600) {
    std::fprintf(stderr, "%s\n", qPrintable(DiscoverCommand::tr("--timeout takes seconds from 0 to 3600.")));
    return 2;
  }

  DiscoveryService::Options options;
  options.loopback = parser.isSet(loopback);
  bool beaconOk = false;
  bool queryOk = false;
  const uint beacon = parser.value(beaconPort).toUInt(&beaconOk);
  const uint query = parser.value(queryPort).toUInt(&queryOk);
  if (!beaconOk || !queryOk || beacon == 0 || beacon > 65535 || query == 0 || query > 65535) {
    std::fprintf(stderr, "%s\n",
                 qPrintable(DiscoverCommand::tr("--beacon-port and --query-port take numbers from 1 to 65535.")));
    return 2;
  }
  options.beaconPort = quint16(beacon);
  options.queryPort = quint16(query);
  DiscoveryService service(options);
  struct Heard {
    DiscoveryBeacon beacon;
    QString address;
  };
  QMap<QString, Heard> heard;
  QObject::connect(&service, &DiscoveryService::beaconReceived,
                   [&heard](const DiscoveryBeacon &beacon, const QHostAddress &sender) {
                     heard.insert(beacon.nodeId, {beacon, sender.toString()});
                   });
  if (Status listening = service.startListening(QStringLiteral("mdi-run")); !listening) {
    std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
    return 1;
  }
  service.query();
  QTimer::singleShot(int(seconds * 1000), qApp, &QCoreApplication::quit);
  QCoreApplication::exec();

  if (parser.isSet(json)) {
    QJsonArray array;
    for (const Heard &h : std::as_const(heard))
      array.append(QJsonObject{{QStringLiteral("nodeId"), h.beacon.nodeId},
                               {QStringLiteral("name"), h.beacon.name},
                               {QStringLiteral("address"), h.address},
                               {QStringLiteral("port"), h.beacon.tcpPort},
                               {QStringLiteral("device"), h.beacon.device},
                               {QStringLiteral("freeMemoryBytes"), h.beacon.freeMemoryBytes},
                               {QStringLiteral("version"), h.beacon.appVersion},
                               {QStringLiteral("load"), h.beacon.load}});
    std::printf("%s\n", QJsonDocument(array).toJson(QJsonDocument::Compact).constData());
    return 0;
  }
  if (heard.isEmpty())
    std::printf("%s\n", qPrintable(DiscoverCommand::tr("No nodes answered.")));
  for (const Heard &h : std::as_const(heard))
    std::printf("%s  %s  %s:%u  %s  %.1f GiB free  %s\n", qPrintable(h.beacon.nodeId), qPrintable(h.beacon.name),
                qPrintable(h.address), unsigned(h.beacon.tcpPort), qPrintable(h.beacon.device),
                double(h.beacon.freeMemoryBytes) / double(1ll << 30), qPrintable(h.beacon.appVersion));
  return 0;
}

} // namespace mdi
