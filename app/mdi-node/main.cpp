#include "engine/computeenvironment.h"
#include "mdiversion.h"
#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"
#include "net/nodeidentity.h"
#include "net/nodeservice.h"
#include "net/pairingkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

namespace {

QString nodeTr(const char *text) {
  return QCoreApplication::translate("mdi-node", text);
}

void logLine(const QString &line) {
  const QByteArray text =
      (QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + line + QLatin1Char('\n'))
          .toLocal8Bit();
  std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
  std::fflush(stderr);
}

void messageHandler(QtMsgType, const QMessageLogContext &, const QString &message) {
  logLine(message);
}

int fail(const QString &message) {
  logLine(message);
  return 1;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("mdi-node"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING));
  qInstallMessageHandler(messageHandler);
  std::signal(SIGPIPE, SIG_IGN);

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "main", "MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption nameOption(QStringLiteral("name"), nodeTr("Name shown to coordinators."), nodeTr("NAME"),
                                      QHostInfo::localHostName());
  const QCommandLineOption portOption(QStringLiteral("port"), nodeTr("TCP port (0: any free port)."), nodeTr("P"),
                                      QString::number(mdi::DiscoveryService::kDefaultNodePort));
  const QCommandLineOption memoryOption(QStringLiteral("max-memory"), nodeTr("Memory offered, in bytes."),
                                        nodeTr("BYTES"), QStringLiteral("0"));
  const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), nodeTr("Folder of the weight cache."),
                                       nodeTr("DIR"));
  const QCommandLineOption codeOption(QStringLiteral("pairing-code"),
                                      nodeTr("Pairing code (default: generated once and remembered)."), nodeTr("CODE"));
  const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                         nodeTr("Intra-op threads per stage (0: all cores)."), nodeTr("N"),
                                         QStringLiteral("0"));
  const QCommandLineOption deviceOption(QStringLiteral("device"), nodeTr("cpu or cuda."), nodeTr("DEVICE"),
                                        QStringLiteral("cpu"));
  const QCommandLineOption modelOption(QStringLiteral("model"),
                                       nodeTr("A model folder whose tensors are used instead of a transfer when their "
                                              "SHA-256 matches."),
                                       nodeTr("DIR"));
  const QCommandLineOption identityOption(QStringLiteral("identity"), nodeTr("File of the node's id and pairing code."),
                                          nodeTr("FILE"));
  const QCommandLineOption listenOption(QStringLiteral("listen"), nodeTr("Address to listen on (default: all)."),
                                        nodeTr("ADDRESS"));
  const QCommandLineOption noDiscoveryOption(QStringLiteral("no-discovery"), nodeTr("Do not announce on the LAN."));
  const QCommandLineOption loopbackOption(QStringLiteral("discovery-loopback"),
                                          nodeTr("Also announce on 127.0.0.1 (tests, one offline computer)."));
  const QCommandLineOption beaconPortOption(QStringLiteral("discovery-beacon-port"),
                                            nodeTr("UDP port coordinators listen on for beacons (tests)."), nodeTr("P"),
                                            QString::number(mdi::DiscoveryService::kBeaconPort));
  const QCommandLineOption queryPortOption(QStringLiteral("discovery-query-port"),
                                           nodeTr("UDP port this node listens on for queries (tests)."), nodeTr("P"),
                                           QString::number(mdi::DiscoveryService::kQueryPort));
  parser.addOptions({nameOption, portOption, memoryOption, cacheOption, codeOption, threadsOption, deviceOption,
                     modelOption, identityOption, listenOption, noDiscoveryOption, loopbackOption, beaconPortOption,
                     queryPortOption});
  parser.process(app);

  bool ok = false;
  const uint port = parser.value(portOption).toUInt(&ok);
  if (!ok || port > 65535)
    return fail(nodeTr("--port takes a number from 0 to 65535."));
  const qint64 maxMemory = parser.value(memoryOption).toLongLong(&ok);
  if (!ok || maxMemory < 0)
    return fail(nodeTr("--max-memory takes a number of bytes."));
  const int threads = parser.value(threadsOption).toInt(&ok);
  if (!ok || threads < 0 || threads > 1024)
    return fail(nodeTr("--threads takes a number from 0 to 1024."));
  const QString device = parser.value(deviceOption);
  if (device != QLatin1String("cpu") && !device.startsWith(QLatin1String("cuda")))
    return fail(nodeTr("--device takes cpu or cuda."));

  const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  const QString identityPath =
      parser.isSet(identityOption) ? parser.value(identityOption) : QDir(dataDir).filePath(QStringLiteral("node.ini"));
  QDir().mkpath(QFileInfo(identityPath).absolutePath());
  auto identity = mdi::NodeIdentity::loadOrCreate(identityPath);
  if (!identity)
    return fail(identity.error());
  QString code = identity->pairingCode();
  QByteArray key = identity->key();
  if (parser.isSet(codeOption)) {
    auto normalized = mdi::PairingKey::normalizeCode(parser.value(codeOption));
    if (!normalized)
      return fail(normalized.error());
    auto derived = mdi::PairingKey::derive(*normalized, identity->nodeId());
    if (!derived)
      return fail(derived.error());
    code = mdi::PairingKey::formatCode(*normalized);
    key = *derived;
  }

  mdi::NodeService::Options options;
  options.server.nodeId = identity->nodeId();
  options.server.key = key;
  options.server.port = quint16(port);
  if (parser.isSet(listenOption))
    options.server.address = QHostAddress(parser.value(listenOption));
  options.name = parser.value(nameOption);
  options.appVersion = QStringLiteral(MDI_VERSION_STRING);
  options.cacheDirectory =
      parser.isSet(cacheOption)
          ? parser.value(cacheOption)
          : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("weights"));
  options.modelDirectory = parser.value(modelOption);
  options.device = device;
  options.threads = threads;
  options.maxMemoryBytes = maxMemory;
  mdi::NodeService service(options, logLine);
  if (mdi::Status started = service.start(); !started)
    return fail(started.error());

  QStringList addresses;
  for (const QHostAddress &address : QNetworkInterface::allAddresses())
    if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
      addresses.append(address.toString());
  std::printf("mdi-node %s (libtorch %s)\nname: %s\nnode id: %s\naddresses: %s\nport: %u\npairing code: %s\n"
              "weight cache: %s\n",
              MDI_VERSION_STRING, qPrintable(mdi::ComputeEnvironment::torchVersion()), qPrintable(options.name),
              qPrintable(identity->nodeId()), qPrintable(addresses.join(QStringLiteral(", "))),
              unsigned(service.port()), qPrintable(code), qPrintable(QDir::toNativeSeparators(options.cacheDirectory)));
  std::fflush(stdout);

  mdi::DiscoveryService::Options discoveryOptions;
  discoveryOptions.loopback = parser.isSet(loopbackOption);
  const uint beaconPort = parser.value(beaconPortOption).toUInt(&ok);
  if (!ok || beaconPort == 0 || beaconPort > 65535)
    return fail(nodeTr("--discovery-beacon-port takes a number from 1 to 65535."));
  const uint queryPort = parser.value(queryPortOption).toUInt(&ok);
  if (!ok || queryPort == 0 || queryPort > 65535)
    return fail(nodeTr("--discovery-query-port takes a number from 1 to 65535."));
  discoveryOptions.beaconPort = quint16(beaconPort);
  discoveryOptions.queryPort = quint16(queryPort);
  mdi::DiscoveryService discovery(discoveryOptions);
  if (!parser.isSet(noDiscoveryOption)) {
    mdi::DiscoveryBeacon beacon;
    beacon.nodeId = identity->nodeId();
    beacon.name = options.name.left(64);
    beacon.appVersion = QStringLiteral(MDI_VERSION_STRING);
    beacon.tcpPort = service.port();
    beacon.device = device;
    beacon.freeMemoryBytes = maxMemory;
    if (mdi::Status announcing = discovery.startAnnouncing(beacon); !announcing)
      logLine(nodeTr("Discovery is off: %1").arg(announcing.error()));
  }
  return app.exec();
}
