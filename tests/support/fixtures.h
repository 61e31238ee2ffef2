#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mdi::test {

// What a program run by a test printed and how it ended (exitCode -1: timed out, -2: crashed).
struct ProgramResult {
  int exitCode = -1;
  QString out;
  QString err;
};

// Paths to the golden data in ../shared/fixtures and to the built executables.
class Fixtures {
public:
  static QString sharedDir();
  static QString tinyDir();       // fixtures/qwen2vl-tiny
  static QString checkpointDir(); // fixtures/qwen2vl-tiny/checkpoint
  static QString imagesDir();
  static QString caseDir(const QString &name);
  static QStringList caseNames(); // every case folder, sorted
  static QJsonObject caseJson(const QString &name);
  static QString binDir(); // where mdi-run, mdi-node, mdi-chat are built
  static QString executable(const QString &name);
  // Runs one of the built programs as a user would (offscreen, C.UTF-8 locale) and waits.
  static ProgramResult runProgram(const QString &name, const QStringList &args, int timeoutMs = 240000);

  // Reads a whole file (test data only: small files).
  static QByteArray readFile(const QString &path);
  static bool writeFile(const QString &path, const QByteArray &data);
};

} // namespace mdi::test
