#include "store/hubfilelist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mdi {

namespace {

bool isHex(const QString &s, int length) {
  static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
  return s.size() == length && hex.match(s).hasMatch();
}

bool isSafeName(const QString &name) {
  if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
      name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
    return false;
  for (const QString &part : name.split(QLatin1Char('/'))) {
    if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
      return false;
  }
  return true;
}

} // namespace

qint64 HubFileList::totalBytes() const {
  qint64 total = 0;
  for (const HubFile &f : files)
    total += qMax<qint64>(0, f.size);
  return total;
}

Expected<HubFileList> HubFileList::parse(const QByteArray &json, const QString &source) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject())
    return makeError(tr("%1: the answer is not a JSON object (%2)").arg(source, error.errorString()));
  const QJsonObject o = doc.object();
  HubFileList list;
  list.repo = o.value(QStringLiteral("id")).toString();
  list.commit = o.value(QStringLiteral("sha")).toString();
  if (!isHex(list.commit, 40))
    return makeError(tr("%1: \"sha\" is not a commit hash").arg(source));
  const QJsonValue siblings = o.value(QStringLiteral("siblings"));
  if (!siblings.isArray())
    return makeError(tr("%1: \"siblings\" (the file list) is missing").arg(source));
  for (const QJsonValue &v : siblings.toArray()) {
    const QJsonObject s = v.toObject();
    HubFile f;
    f.name = s.value(QStringLiteral("rfilename")).toString();
    if (!isSafeName(f.name))
      return makeError(tr("%1: unsafe file name \"%2\"").arg(source, f.name));
    f.size = s.value(QStringLiteral("size")).toInteger(-1);
    f.blobId = s.value(QStringLiteral("blobId")).toString();
    const QJsonObject lfs = s.value(QStringLiteral("lfs")).toObject();
    if (!lfs.isEmpty()) {
      f.sha256 = lfs.value(QStringLiteral("sha256")).toString();
      f.size = lfs.value(QStringLiteral("size")).toInteger(f.size);
      if (!isHex(f.sha256, 64))
        return makeError(tr("%1: %2 has no valid LFS sha256").arg(source, f.name));
    } else if (!isHex(f.blobId, 40)) {
      return makeError(tr("%1: %2 has no blob id (ask with ?blobs=true)").arg(source, f.name));
    }
    if (f.size < 0)
      return makeError(tr("%1: %2 has no size").arg(source, f.name));
    list.files.append(f);
  }
  return list;
}

} // namespace mdi
