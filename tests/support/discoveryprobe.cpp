// A discovery peer for tst_discovery, run inside a network namespace: announces itself as --id,
// listens, and prints "SEEN <node id> <sender address>" once the node --expect is heard. Runs
// until --timeout milliseconds have passed (exit 0 if it saw the node, 2 if not) or it is killed.
#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace mdi;

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("This probe's node id."),
                                    QStringLiteral("id"));
  const QCommandLineOption expectOption(QStringLiteral("expect"), QStringLiteral("The node id to wait for."),
                                        QStringLiteral("id"));
  const QCommandLineOption beaconPortOption(QStringLiteral("beacon-port"), QStringLiteral("UDP beacon port."),
                                            QStringLiteral("port"), QString::number(DiscoveryService::kBeaconPort));
  const QCommandLineOption queryPortOption(QStringLiteral("query-port"), QStringLiteral("UDP query port."),
                                           QStringLiteral("port"), QString::number(DiscoveryService::kQueryPort));
  const QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Announcement interval, ms."),
                                          QStringLiteral("ms"), QStringLiteral("200"));
  const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("Give up after, ms."),
                                         QStringLiteral("ms"), QStringLiteral("30000"));
  const QCommandLineOption noMulticastOption(QStringLiteral("no-multicast"), QStringLiteral("No multicast."));
  const QCommandLineOption noBroadcastOption(QStringLiteral("no-broadcast"), QStringLiteral("No broadcast."));
  const QCommandLineOption queryOption(QStringLiteral("query"),
                                       QStringLiteral("Query every 200 ms until the expected node is heard."));
  parser.addOptions({idOption, expectOption, beaconPortOption, queryPortOption, intervalOption, timeoutOption,
                     noMulticastOption, noBroadcastOption, queryOption});
  parser.process(app);

  DiscoveryService::Options options;
  options.beaconPort = quint16(parser.value(beaconPortOption).toUInt());
  options.queryPort = quint16(parser.value(queryPortOption).toUInt());
  options.intervalMs = parser.value(intervalOption).toInt();
  options.multicast = !parser.isSet(noMulticastOption);
  options.broadcast = !parser.isSet(noBroadcastOption);
  DiscoveryService service(options);

  const QString expect = parser.value(expectOption);
  bool seen = false;
  QObject::connect(&service, &DiscoveryService::beaconReceived, &app,
                   [&](const DiscoveryBeacon &beacon, const QHostAddress &sender) {
                     if (seen || beacon.nodeId != expect)
                       return;
                     seen = true;
                     std::printf("SEEN %s %s\n", qPrintable(beacon.nodeId), qPrintable(sender.toString()));
                     std::fflush(stdout);
                   });
  if (Status listening = service.startListening(parser.value(idOption)); !listening) {
    std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
    return 1;
  }
  DiscoveryBeacon beacon;
  beacon.nodeId = parser.value(idOption);
  beacon.name = QStringLiteral("probe ") + beacon.nodeId;
  beacon.appVersion = QStringLiteral("test");
  beacon.tcpPort = DiscoveryService::kDefaultNodePort;
  beacon.device = QStringLiteral("cpu");
  if (Status announcing = service.startAnnouncing(beacon); !announcing) {
    std::fprintf(stderr, "%s\n", qPrintable(announcing.error()));
    return 1;
  }
  std::printf("ANNOUNCING %s\n", qPrintable(beacon.nodeId));
  std::fflush(stdout);
  QTimer queries;
  if (parser.isSet(queryOption)) {
    QObject::connect(&queries, &QTimer::timeout, &app, [&] {
      if (!seen)
        service.query();
    });
    queries.start(200);
    service.query();
  }
  QTimer::singleShot(parser.value(timeoutOption).toInt(), &app, [&] { app.exit(seen ? 0 : 2); });
  return app.exec();
}
