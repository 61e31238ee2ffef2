#include "downloadcommand.h"

#include "store/appsettings.h"
#include "store/modeldownloader.h"
#include "store/modelregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mdi {

namespace {

QString durationText(qint64 seconds) {
  if (seconds >= 3600)
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DownloadCommand::progressLine(const DownloadProgress &p, int width) {
  const double fraction = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0.0;
  const int filled = qBound(0, int(fraction * width), width);
  QString line = QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.')) +
                 QStringLiteral("] %1%").arg(int(fraction * 100), 3);
  const QLocale locale;
  line += QStringLiteral("  %1 / %2")
              .arg(locale.formattedDataSize(p.bytesDone, 1), locale.formattedDataSize(p.bytesTotal, 1));
  if (p.bytesPerSecond > 0)
    line += QStringLiteral("  %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond), 1));
  if (p.secondsLeft >= 0)
    line += tr("  %1 left").arg(durationText(p.secondsLeft));
  if (!p.file.isEmpty())
    line += QStringLiteral("  %1").arg(p.file);
  return line;
}

int DownloadCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(tr("Downloads a model from the Hugging Face hub into its cache, resumably, "
                                      "verifying every file's hash."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("repo"), tr("Repository, e.g. Qwen/Qwen2-VL-2B-Instruct."));
  const QCommandLineOption revision(QStringLiteral("revision"), tr("Branch, tag or commit (default main)."), tr("R"),
                                    QStringLiteral("main"));
  const QCommandLineOption dir(QStringLiteral("dir"),
                               tr("The hub cache folder to download into (default: %1).")
                                   .arg(QDir::toNativeSeparators(ModelRegistry::hubCacheDirectory())),
                               tr("DIR"));
  const QCommandLineOption baseUrl(
      QStringLiteral("base-url"),
      tr("The hub or a mirror (default: the app's setting, %1).").arg(QLatin1String(AppSettings::kDefaultHubBaseUrl)),
      tr("URL"));
  const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds without data before giving up (default 30)."),
                                   tr("S"), QStringLiteral("30"));
  parser.addOptions({revision, dir, baseUrl, timeout});
  parser.process(arguments);
  if (parser.positionalArguments().size() != 1) {
    std::fputs(qPrintable(parser.helpText()), stderr);
    return 2;
  }
  bool ok = false;
  const double seconds = parser.value(timeout).toDouble(&ok);
  if (!ok || seconds <= 0) {
    std::fputs(qPrintable(tr("--timeout: give a number of seconds above 0\n")), stderr);
    return 2;
  }

  ModelDownloader downloader;
  AppSettings settings;
  downloader.setBaseUrl(parser.isSet(baseUrl) ? parser.value(baseUrl) : settings.value(AppSettings::HubBaseUrl));
  if (parser.isSet(dir))
    downloader.setCacheDirectory(parser.value(dir));
  downloader.setStallTimeout(int(seconds * 1000));

#ifdef Q_OS_UNIX
  const bool terminal = isatty(fileno(stderr));
#else
  const bool terminal = false;
#endif
  int exitCode = 1;
  int lastPercent = -1;
  QObject::connect(&downloader, &ModelDownloader::fileListReady, [&](const HubFileList &list) {
    std::fputs(qPrintable(tr("%1 at %2: %n file(s), %3\n", nullptr, int(list.files.size()))
                              .arg(list.repo, list.commit)
                              .arg(QLocale().formattedDataSize(list.totalBytes(), 1))),
               stderr);
  });
  QObject::connect(&downloader, &ModelDownloader::progress, [&](const DownloadProgress &p) {
    const QString line = progressLine(p);
    if (terminal) {
      std::fputs(qPrintable(QLatin1Char('\r') + line + QStringLiteral("\x1b[K")), stderr);
    } else {
      // Not a terminal: a line per 10%.
      const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) / 10 * 10 : 0;
      if (percent == lastPercent)
        return;
      lastPercent = percent;
      std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    }
    std::fflush(stderr);
  });
  QObject::connect(&downloader, &ModelDownloader::finished, [&](const QString &snapshot) {
    if (terminal)
      std::fputs("\n", stderr);
    std::fputs(qPrintable(QDir::toNativeSeparators(snapshot) + QLatin1Char('\n')), stdout);
    exitCode = 0;
    QCoreApplication::quit();
  });
  QObject::connect(&downloader, &ModelDownloader::failed, [&](const QString &message) {
    if (terminal)
      std::fputs("\n", stderr);
    std::fputs(qPrintable(tr("error: %1\n").arg(message)), stderr);
    exitCode = 1;
    QCoreApplication::quit();
  });
  downloader.start(parser.positionalArguments().first(), parser.value(revision));
  QCoreApplication::exec();
  return exitCode;
}

} // namespace mdi
