#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace mdi::test {

QString Fixtures::sharedDir() {
  const QByteArray env = qgetenv("MDI_SHARED_DIR");
  return QDir::cleanPath(env.isEmpty() ? QStringLiteral(MDI_SHARED_DIR) : QString::fromLocal8Bit(env));
}

QString Fixtures::tinyDir() {
  return sharedDir() + QStringLiteral("/fixtures/qwen2vl-tiny");
}
QString Fixtures::checkpointDir() {
  return tinyDir() + QStringLiteral("/checkpoint");
}
QString Fixtures::imagesDir() {
  return tinyDir() + QStringLiteral("/images");
}
QString Fixtures::caseDir(const QString &name) {
  return tinyDir() + QStringLiteral("/cases/") + name;
}

QStringList Fixtures::caseNames() {
  return QDir(tinyDir() + QStringLiteral("/cases")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonObject Fixtures::caseJson(const QString &name) {
  return QJsonDocument::fromJson(readFile(caseDir(name) + QStringLiteral("/case.json"))).object();
}

QString Fixtures::binDir() {
  return QStringLiteral(MDI_BIN_DIR);
}

QString Fixtures::executable(const QString &name) {
#ifdef Q_OS_WIN
  return binDir() + QLatin1Char('/') + name + QStringLiteral(".exe");
#else
  return binDir() + QLatin1Char('/') + name;
#endif
}

QByteArray Fixtures::readFile(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return f.readAll();
}

bool Fixtures::writeFile(const QString &path, const QByteArray &data) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return false;
  return f.write(data) == data.size();
}

} // namespace mdi::test
