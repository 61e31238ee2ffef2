#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

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

ProgramResult Fixtures::runProgram(const QString &name, const QStringList &args, int timeoutMs) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
  p.setProcessEnvironment(env);
  p.start(executable(name), args);
  ProgramResult r;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    return r;
  }
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
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
