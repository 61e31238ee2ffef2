#include "modelscommand.h"

#include "store/appsettings.h"
#include "store/modelregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace mdi {

int ModelsCommand::run(const QStringList &arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Lists the Qwen2-VL checkpoints in the Hugging Face cache and in model folders."));
  parser.addHelpOption();
  const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
  const QCommandLineOption folder(QStringLiteral("folder"), tr("Also look at this checkpoint folder."), tr("DIR"));
  const QCommandLineOption cache(QStringLiteral("cache"),
                                 tr("The hub cache to search (default: %1).").arg(ModelRegistry::hubCacheDirectory()),
                                 tr("DIR"));
  parser.addOptions({json, folder, cache});
  parser.process(arguments);

  ModelRegistry registry;
  if (parser.isSet(cache))
    registry.setHubCacheDirectory(parser.value(cache));
  AppSettings settings;
  QStringList folders = settings.value(AppSettings::ModelFolders);
  for (const QString &f : parser.values(folder))
    folders.append(QDir(f).absolutePath());
  folders.removeDuplicates();
  registry.setUserFolders(folders);
  const QList<ModelEntry> found = registry.scan();

  if (parser.isSet(json)) {
    QJsonArray list;
    for (const ModelEntry &e : found)
      list.append(QJsonObject{
          {QStringLiteral("name"), e.name},
          {QStringLiteral("directory"), QDir::toNativeSeparators(e.directory)},
          {QStringLiteral("source"),
           e.source == ModelEntry::Source::HubCache ? QStringLiteral("hub-cache") : QStringLiteral("folder")},
          {QStringLiteral("revision"), e.revision},
          {QStringLiteral("refs"), QJsonArray::fromStringList(e.refs)},
          {QStringLiteral("size_bytes"), e.sizeBytes},
          {QStringLiteral("dtype"), e.dtype},
          {QStringLiteral("parameters"), e.parameters},
          {QStringLiteral("ready"), e.isReady()},
          {QStringLiteral("reason"), e.reason},
      });
    std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("hub_cache"), registry.hubCacheDirectoryInUse()},
                                         {QStringLiteral("models"), list}})
                   .toJson()
                   .constData(),
               stdout);
    return 0;
  }
  QString text = tr("Hub cache: %1\n").arg(QDir::toNativeSeparators(registry.hubCacheDirectoryInUse()));
  if (found.isEmpty())
    text += tr("No Qwen2-VL checkpoint found. Download one with: mdi-run download Qwen/Qwen2-VL-2B-Instruct\n");
  for (const ModelEntry &e : found) {
    text +=
        QStringLiteral("\n%1%2\n")
            .arg(e.name, e.refs.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.refs.join(QStringLiteral(", "))));
    text += tr("  folder:     %1\n").arg(QDir::toNativeSeparators(e.directory));
    text += tr("  size:       %1\n").arg(QLocale().formattedDataSize(e.sizeBytes, 1));
    if (e.parameters > 0)
      text += tr("  parameters: %1\n").arg(e.parameters);
    if (!e.dtype.isEmpty())
      text += tr("  dtype:      %1\n").arg(e.dtype);
    text += e.isReady() ? tr("  status:     ready\n") : tr("  status:     broken: %1\n").arg(e.reason);
  }
  std::fputs(text.toUtf8().constData(), stdout);
  return 0;
}

} // namespace mdi
