#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mdi::test {

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

  // Reads a whole file (test data only: small files).
  static QByteArray readFile(const QString &path);
  static bool writeFile(const QString &path, const QByteArray &data);
};

} // namespace mdi::test
