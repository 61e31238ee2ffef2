#include "engine/computeenvironment.h"
#include "engine/precisionchoice.h"
#include "mdiversion.h"
#include "net/discoverybeacon.h"
#include "net/discoveryservice.h"
#include "net/nodeidentity.h"
#include "net/pairingkey.h"
#include "net/psktls.h"
#include "remote/nodeservice.h"
#include "util/languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

// main()'s texts go through this class's tr(): lupdate ignores a tr() outside a class and files
// these under "main", as the translator looks them up.
struct Main {
  Q_DECLARE_TR_FUNCTIONS(main)
};

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
  mdi::PskTls::selectBackend(); // before any TLS socket (peers need a backend with PSK)
  QCoreApplication::setApplicationName(QStringLiteral("mdi-node"));
  QCoreApplication::setOrganizationName(QStringLiteral("MDI Chat"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MDI_VERSION_STRING "\n" MDI_LICENSE_NOTICE)); // --version
  qInstallMessageHandler(messageHandler);
#ifdef SIGPIPE // POSIX only: a peer that goes away must not kill the node (MSVC has no SIGPIPE)
  std::signal(SIGPIPE, SIG_IGN);
#endif
  // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as command-line tools do.
  mdi::LanguageManager::install(QString());

  QCommandLineParser parser;
  parser.setApplicationDescription(
      Main::tr("MDI Chat peer: serves ranges of model layers to paired MDI Chat coordinators on the LAN."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption nameOption(QStringLiteral("name"), Main::tr("Name shown to coordinators."), Main::tr("NAME"),
                                      QHostInfo::localHostName());
  const QCommandLineOption portOption(QStringLiteral("port"), Main::tr("TCP port (0: any free port)."), Main::tr("P"),
                                      QString::number(mdi::DiscoveryService::kDefaultNodePort));
  const QCommandLineOption memoryOption(QStringLiteral("max-memory"), Main::tr("Memory offered, in bytes."),
                                        Main::tr("BYTES"), QStringLiteral("0"));
  const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), Main::tr("Folder of the weight cache."),
                                       Main::tr("DIR"));
  const QCommandLineOption codeOption(QStringLiteral("pairing-code"),
                                      Main::tr("Pairing code (default: generated once and remembered)."),
                                      Main::tr("CODE"));
  const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                         Main::tr("Intra-op threads per stage (0: all cores)."), Main::tr("N"),
                                         QStringLiteral("0"));
  const QCommandLineOption sessionsOption(
      QStringLiteral("max-sessions"),
      Main::tr("Conversations one coordinator may keep cached here; beyond that its least recently used one is "
               "dropped."),
      Main::tr("N"), QStringLiteral("64"));
  const QCommandLineOption deviceOption(QStringLiteral("device"), Main::tr("cpu or cuda."), Main::tr("DEVICE"),
                                        QStringLiteral("cpu"));
  const QCommandLineOption dtypeOption(
      QStringLiteral("dtype"),
      Main::tr(
          "Weight format of the layers served here: auto (what the coordinator asks for), best, f32, bf16, q8 or q4."),
      Main::tr("DTYPE"), QStringLiteral("auto"));
  const QCommandLineOption modelOption(
      QStringLiteral("model"),
      Main::tr("A model folder whose tensors are used instead of a transfer when their "
               "SHA-256 matches."),
      Main::tr("DIR"));
  const QCommandLineOption identityOption(QStringLiteral("identity"),
                                          Main::tr("File of the node's id and pairing code."), Main::tr("FILE"));
  const QCommandLineOption listenOption(QStringLiteral("listen"), Main::tr("Address to listen on (default: all)."),
                                        Main::tr("ADDRESS"));
  const QCommandLineOption noDiscoveryOption(QStringLiteral("no-discovery"), Main::tr("Do not announce on the LAN."));
  const QCommandLineOption loopbackOption(QStringLiteral("discovery-loopback"),
                                          Main::tr("Also announce on 127.0.0.1 (tests, one offline computer)."));
  const QCommandLineOption beaconPortOption(QStringLiteral("discovery-beacon-port"),
                                            Main::tr("UDP port coordinators listen on for beacons (tests)."),
                                            Main::tr("P"), QString::number(mdi::DiscoveryService::kBeaconPort));
  const QCommandLineOption queryPortOption(QStringLiteral("discovery-query-port"),
                                           Main::tr("UDP port this node listens on for queries (tests)."),
                                           Main::tr("P"), QString::number(mdi::DiscoveryService::kQueryPort));
  parser.addOptions({nameOption, portOption, memoryOption, sessionsOption, cacheOption, codeOption, threadsOption,
                     deviceOption, dtypeOption, modelOption, identityOption, listenOption, noDiscoveryOption,
                     loopbackOption, beaconPortOption, queryPortOption});
  parser.process(app);

  bool ok = false;
  const uint port = parser.value(portOption).toUInt(&ok);
  if (!ok || port > 65535)
    return fail(Main::tr("--port takes a number from 0 to 65535."));
  const qint64 maxMemory = parser.value(memoryOption).toLongLong(&ok);
  if (!ok || maxMemory < 0)
    return fail(Main::tr("--max-memory takes a number of bytes."));
  const int threads = parser.value(threadsOption).toInt(&ok);
  if (!ok || threads < 0 || threads > 1024)
    return fail(Main::tr("--threads takes a number from 0 to 1024."));
  const int maxSessions = parser.value(sessionsOption).toInt(&ok);
  if (!ok || maxSessions < 1 || maxSessions > 100000)
    return fail(Main::tr("--max-sessions takes a number from 1 to 100000."));
  const QString device = parser.value(deviceOption);
  if (device != QLatin1String("cpu") && !device.startsWith(QLatin1String("cuda")))
    return fail(Main::tr("--device takes cpu or cuda."));

  const QString dtype = parser.value(dtypeOption).toLower();
  if (!mdi::PrecisionChoice::isValidName(dtype))
    return fail(Main::tr("--dtype takes auto, best, f32, bf16, q8 or q4."));

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
  options.dtype = dtype;
  options.maxMemoryBytes = maxMemory;
  options.maxSessionsPerClient = maxSessions;
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
    return fail(Main::tr("--discovery-beacon-port takes a number from 1 to 65535."));
  const uint queryPort = parser.value(queryPortOption).toUInt(&ok);
  if (!ok || queryPort == 0 || queryPort > 65535)
    return fail(Main::tr("--discovery-query-port takes a number from 1 to 65535."));
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
    beacon.freeMemoryBytes = service.freeMemoryBytes();
    if (mdi::Status announcing = discovery.startAnnouncing(beacon); !announcing) {
      logLine(Main::tr("Discovery is off: %1").arg(announcing.error()));
    } else {
      // Coordinators (the Peers panel, the planner) see what the node has free and how busy it is.
      auto *refresh = new QTimer(&app);
      QObject::connect(refresh, &QTimer::timeout, &app, [&discovery, &service, beacon]() mutable {
        beacon.freeMemoryBytes = service.freeMemoryBytes();
        beacon.load = service.load();
        discovery.setBeacon(beacon);
      });
      refresh->start(2000);
    }
  }
  return app.exec();
}
